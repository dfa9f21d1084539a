// The action's modes: run (key, restore or run and save), restore and save (guard mode for
// steps that are other actions), and the post step that writes the job summary. The entries
// in entries/ call one of these; the engine does not know it runs in an action.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { initBlake3 } from '../adapters/blake3.js';
import { monotonicMs } from '../adapters/process.js';
import { configRemotes, type RemoteSpec } from '../core/config.js';
import type { Key } from '../core/digest.js';
import { isKey } from '../core/digest.js';
import { outputBytes } from '../core/entry.js';
import type { Manifest } from '../core/manifest.js';
import { type ReportRow, renderSummary, savedWhere } from '../core/summary.js';
import { formatDuration } from '../core/units.js';
import { resolveTask, selectTasks, type TaskSpec, UsageError } from '../engine/config-file.js';
import { loadConfig } from '../engine/config-load.js';
import {
  dryRunTask,
  type Engine,
  explainMiss,
  keyTask,
  restore,
  runTask,
  save,
  type TaskResult,
} from '../engine/engine.js';
import { computeTaskKey } from '../engine/key.js';
import { producerFromEnv } from '../engine/producer.js';
import { readOnly, remoteStores } from '../engine/remotes.js';
import { signerFromEnv } from '../engine/signing.js';
import { StoreSet } from '../engine/stores.js';
import { GithubStore } from '../stores/github.js';
import { defaultCacheDir, LocalStore } from '../stores/local.js';
import type { Store, StoreMode } from '../stores/store.js';
import { type ActionSettings, INPUT, InputError, OUTPUT, readInputs } from './inputs.js';
import { claimReport, readReport, recordRow, reportPath } from './report-file.js';
import { createActionReporter, noticeHit } from './reporter.js';
import { applyRunnerFiles, runnerFileHooks } from './runner-files.js';

const STATE = { summaryOwner: 'summary-owner', summary: 'summary' } as const;

interface EventPayload {
  pull_request?: { head?: { repo?: { full_name?: string; fork?: boolean } | null } };
  workflow_run?: { head_repository?: { full_name?: string; fork?: boolean } | null };
}

function readEvent(env: NodeJS.ProcessEnv): EventPayload | undefined {
  if (!env.GITHUB_EVENT_PATH || !existsSync(env.GITHUB_EVENT_PATH)) return undefined;
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
  } catch {
    return undefined;
  }
}

/**
 * True when the job builds another repository's code: a pull request (`pull_request`,
 * `pull_request_target`, ...) whose head is another repository, or a `workflow_run` of a run
 * whose head repository is another one.
 */
export function isForkPullRequest(env: NodeJS.ProcessEnv): boolean {
  const event = readEvent(env);
  if (!event) return false;
  const foreign = (repo: { full_name?: string; fork?: boolean } | null | undefined) =>
    !repo || repo.fork === true || repo.full_name !== env.GITHUB_REPOSITORY;
  const head = event.pull_request?.head;
  if (head) return foreign(head.repo);
  if (env.GITHUB_EVENT_NAME === 'workflow_run' && event.workflow_run) {
    return foreign(event.workflow_run.head_repository);
  }
  return false;
}

/**
 * Events whose jobs hold the base repository's trust (its secrets, its cache scope) whatever
 * code they check out. From a fork, what they save is read by the base branch's runs.
 */
const BASE_TRUST_EVENTS = ['pull_request_target', 'workflow_run'];

/** A fork's code built with the base branch's trust: the GitHub cache is not written. */
export function isUntrustedWithBaseTrust(env: NodeJS.ProcessEnv): boolean {
  return BASE_TRUST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '') && isForkPullRequest(env);
}

interface Setup {
  readonly settings: ActionSettings;
  readonly spec: TaskSpec;
  readonly engine: Engine;
  readonly stores: StoreSet;
  readonly report: string;
}

function workspaceOf(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd());
}

async function setup(needsCommand: boolean, env = process.env): Promise<Setup> {
  await initBlake3();
  const settings = readInputs({ needsCommand, env });
  let workspace = workspaceOf(env);
  let spec: TaskSpec;
  const remoteSpecs: RemoteSpec[] = [];
  if (settings.task !== undefined) {
    const loaded = loadConfig(path.resolve(workspace, settings.config));
    workspace = loaded.workspace;
    [spec] = selectTasks(loaded, [settings.task]) as [TaskSpec];
    remoteSpecs.push(...configRemotes(loaded.config));
  } else {
    spec = resolveTask(settings.name, settings.inline!);
  }
  const reporter = createActionReporter();
  const storeList: Store[] = [];
  const mode: StoreMode = settings.cache;
  if (mode !== 'off') {
    // Remotes are read-only whenever the job builds a fork's code; the GitHub cache also when
    // the job holds the base branch's trust (its entries are then the base branch's).
    const fork = isForkPullRequest(env) && !settings.saveUntrusted;
    const baseTrust = isUntrustedWithBaseTrust(env) && !settings.saveUntrusted;
    if (baseTrust && mode !== 'read') {
      core.notice(
        `taskcache: ${env.GITHUB_EVENT_NAME} from a fork: the GitHub cache and remote caches are read-only (input ${INPUT.saveUntrusted}: true saves)`,
      );
    } else if (fork && remoteSpecs.length + settings.remotes.length > 0) {
      core.info('taskcache: pull request from a fork: remote caches are read-only');
    }
    storeList.push(new LocalStore(defaultCacheDir(env), mode));
    storeList.push(
      ...(await remoteStores([...remoteSpecs, ...settings.remotes.map((url) => ({ url, mode }))], {
        env,
        warn: (message) => reporter.warn(message),
        untrusted: fork,
      })),
    );
    const githubMode = baseTrust ? readOnly(mode) : mode;
    if (githubMode !== 'off') storeList.push(new GithubStore({ mode: githubMode }));
  }
  const stores = new StoreSet(storeList, (message) => reporter.warn(message));
  const tmpDir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'taskcache', 'tmp');
  const engine: Engine = {
    workspace,
    env,
    platform: { os: os.platform(), arch: os.arch() },
    stores,
    scope: env.GITHUB_REPOSITORY || workspace,
    tmpDir,
    ...(storeList[0] instanceof LocalStore ? { stateDir: storeList[0].stateDir } : {}),
    reporter,
    force: false,
    producer: producerFromEnv(env),
    signer: signerFromEnv(env),
    local: storeList[0] as LocalStore | undefined,
    hooks: runnerFileHooks(path.join(tmpDir, `runner-files-${process.pid}`), env, {
      workspace: workspaceOf(env),
      notice: (message) => core.notice(message),
    }),
  };
  const report = reportPath(env);
  if (claimReport(report)) core.saveState(STATE.summaryOwner, 'true');
  core.saveState(STATE.summary, String(settings.summary));
  return { settings, spec, engine, stores, report };
}

function rowOf(result: TaskResult): ReportRow {
  return {
    task: result.task,
    status: result.status,
    source: result.source,
    durationMs: result.status === 'hit' ? (result.originalDurationMs ?? 0) : result.durationMs,
    timeSavedMs: result.timeSavedMs,
    bytes: result.bytes,
    reason: result.reason,
    key: result.key,
  };
}

function setOutputs(values: {
  hit: boolean;
  key: string | null;
  source: string | null;
  timeSavedMs: number;
  report: string;
}): void {
  core.setOutput(OUTPUT.cacheHit, String(values.hit));
  core.setOutput(OUTPUT.key, values.key ?? '');
  core.setOutput(OUTPUT.source, values.source ?? '');
  core.setOutput(OUTPUT.timeSavedMs, String(values.timeSavedMs));
  core.setOutput(OUTPUT.reportPath, values.report);
}

function checkCacheErrors(ctx: Setup): void {
  if (ctx.settings.failOnCacheError && ctx.stores.failures.length > 0) {
    core.setFailed(`cache error (fail-on-cache-error is true): ${ctx.stores.failures.join('; ')}`);
  }
}

/** Turns expected failures into a failed step with a clear message. */
async function guarded(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      core.setFailed(error.message);
      return;
    }
    core.setFailed(`taskcache: internal error: ${(error as Error)?.stack ?? String(error)}`);
  }
}

/** Run mode: the action runs the command itself on a miss and skips it on a hit. */
export function runAction(): Promise<void> {
  return guarded(async () => {
    const ctx = await setup(true);
    if (ctx.settings.lookupOnly) {
      const dry = await dryRunTask(ctx.spec, ctx.engine);
      setOutputs({
        hit: dry.status === 'hit',
        key: dry.key,
        source: dry.source,
        timeSavedMs: 0,
        report: ctx.report,
      });
      core.info(
        `taskcache: ${ctx.spec.name}: ${dry.status}${dry.reason ? ` (${dry.reason})` : ''} (lookup only)`,
      );
      checkCacheErrors(ctx);
      return;
    }
    const result = await runTask(ctx.spec, ctx.engine);
    recordRow(ctx.report, rowOf(result));
    setOutputs({
      hit: result.status === 'hit',
      key: result.key,
      source: result.source,
      timeSavedMs: result.timeSavedMs,
      report: ctx.report,
    });
    if (result.status === 'failed') {
      core.setFailed(`${ctx.spec.name}: the command failed with exit code ${result.exitCode}`);
      process.exitCode = result.exitCode;
      return;
    }
    checkCacheErrors(ctx);
  });
}

/** What the restore step hands to the save step of the same task. */
interface GuardState {
  readonly key: Key;
  readonly manifest: Manifest;
  readonly hit: boolean;
  readonly startedAt: number;
}

function guardStatePath(env: NodeJS.ProcessEnv, name: string): string {
  const temp = env.RUNNER_TEMP || os.tmpdir();
  return path.join(temp, 'taskcache', 'guard', `${encodeURIComponent(name)}.json`);
}

/** Guard mode, first half: key the task and restore its outputs on a hit. */
export function restoreAction(): Promise<void> {
  return guarded(async () => {
    const ctx = await setup(false);
    const started = monotonicMs();
    const { key, manifest } = await keyTask(ctx.spec, ctx.engine);
    const hit = ctx.settings.lookupOnly ? undefined : await restore(ctx.spec, key, ctx.engine);
    const state: GuardState = { key, manifest, hit: hit !== undefined, startedAt: Date.now() };
    const file = guardStatePath(process.env, ctx.spec.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(state));
    if (hit) {
      // As the engine's TaskResult.timeSavedMs: the original run less this step's work.
      const timeSavedMs = hit.record.durationMs - Math.round(monotonicMs() - started);
      ctx.engine.reporter.hit(ctx.spec, key, hit.source.name, hit.record, hit.log);
      noticeHit(ctx.spec.name, hit.source.name, key, timeSavedMs);
      if (hit.record.runnerFiles) {
        applyRunnerFiles(hit.record.runnerFiles, process.env, {
          workspace: workspaceOf(process.env),
          notice: (message) => core.notice(message),
        });
      }
      recordRow(ctx.report, {
        task: ctx.spec.name,
        status: 'hit',
        source: hit.source.name,
        durationMs: hit.record.durationMs,
        timeSavedMs,
        bytes: outputBytes(hit.record),
        reason: null,
        key,
      });
    } else {
      const { reason } = await explainMiss(ctx.spec, manifest, ctx.engine);
      core.info(`taskcache: ${ctx.spec.name}: miss (${reason}), key ${key.slice(0, 12)}`);
      recordRow(ctx.report, {
        task: ctx.spec.name,
        status: 'miss',
        source: null,
        durationMs: 0,
        timeSavedMs: 0,
        bytes: 0,
        reason,
        key,
      });
    }
    core.setOutput(OUTPUT.cacheHit, String(hit !== undefined));
    core.setOutput(OUTPUT.key, key);
    core.setOutput(OUTPUT.source, hit?.source.name ?? '');
    core.setOutput(OUTPUT.reportPath, ctx.report);
    checkCacheErrors(ctx);
  });
}

/** Guard mode, second half: store the declared outputs under the restore step's key. */
export function saveAction(): Promise<void> {
  return guarded(async () => {
    const ctx = await setup(false);
    const file = guardStatePath(process.env, ctx.spec.name);
    const state = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as GuardState)
      : undefined;
    if (state?.hit) {
      core.info(`taskcache: ${ctx.spec.name}: restored from the cache earlier; nothing to save`);
      return;
    }
    let taskKey: { key: Key; manifest: Manifest };
    if (ctx.settings.key !== undefined) {
      if (!isKey(ctx.settings.key)) {
        throw new InputError([
          `input key: expected a 64-character key from the restore step, got "${ctx.settings.key}"`,
        ]);
      }
      let manifest: Manifest;
      if (state?.key === ctx.settings.key) manifest = state.manifest;
      else {
        // A stored entry must hold the manifest of its key (readers refuse any other), so the
        // inputs must still give the key the restore step computed.
        const now = await computeTaskKey(ctx.spec, ctx.engine);
        if (now.key !== ctx.settings.key) {
          core.warning(
            `taskcache: ${ctx.spec.name}: the inputs no longer give the key ${ctx.settings.key.slice(0, 12)} (now ${now.key.slice(0, 12)}); not saving`,
          );
          return;
        }
        manifest = now.manifest;
      }
      taskKey = { key: ctx.settings.key, manifest };
    } else if (state) {
      taskKey = { key: state.key, manifest: state.manifest };
    } else {
      throw new UsageError(
        `${ctx.spec.name}: no restore step ran for this task in this job; run the restore action first or pass its key in the "key" input`,
      );
    }
    const durationMs = state ? Date.now() - state.startedAt : 0;
    const saved = await save(ctx.spec, taskKey, ctx.engine, {
      log: Buffer.alloc(0),
      durationMs,
      runnerFiles: undefined,
    });
    core.info(
      `taskcache: ${ctx.spec.name}: ${savedWhere({ savedTo: saved.stores.map((s) => s.name), keptIn: saved.kept.map((s) => s.name) })} (guarded steps took ${formatDuration(durationMs)})`,
    );
    recordRow(
      ctx.report,
      {
        task: ctx.spec.name,
        status: 'miss',
        source: null,
        durationMs,
        timeSavedMs: 0,
        bytes: saved.bytes,
        reason: readReport(ctx.report).rows.find((r) => r.key === taskKey.key)?.reason ?? null,
        key: taskKey.key,
      },
      { replace: true },
    );
    checkCacheErrors(ctx);
  });
}

/** The post step: the step that created the job's report writes the one summary table. */
export function postAction(): Promise<void> {
  return guarded(async () => {
    if (core.getState(STATE.summaryOwner) !== 'true') return;
    if (core.getState(STATE.summary) === 'false') return;
    const report = readReport(reportPath(process.env));
    if (report.rows.length === 0) return;
    await core.summary.addRaw(renderSummary(report.rows)).write();
  });
}
