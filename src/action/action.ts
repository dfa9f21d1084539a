// The action's modes: run (key, restore or run and save), restore and save (guard mode for
// steps that are other actions), and the post step that writes the job summary. The entries
// in entries/ call one of these; the engine does not know it runs in an action.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { initBlake3 } from '../adapters/blake3.js';
import { configRemotes, type RemoteSpec } from '../core/config.js';
import type { Key } from '../core/digest.js';
import { isKey } from '../core/digest.js';
import { outputBytes } from '../core/entry.js';
import type { Manifest } from '../core/manifest.js';
import { type ReportRow, renderSummary } from '../core/summary.js';
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
import { remoteStores } from '../engine/remotes.js';
import { signerFromEnv } from '../engine/signing.js';
import { StoreSet } from '../engine/stores.js';
import { GithubStore } from '../stores/github.js';
import { defaultCacheDir, LocalStore } from '../stores/local.js';
import type { Store, StoreMode } from '../stores/store.js';
import { type ActionSettings, InputError, OUTPUT, readInputs } from './inputs.js';
import { claimReport, readReport, recordRow, reportPath } from './report-file.js';
import { createActionReporter } from './reporter.js';
import { applyRunnerFiles, runnerFileHooks } from './runner-files.js';

const STATE = { summaryOwner: 'summary-owner', summary: 'summary' } as const;

/** True for a pull request whose head is another repository: untrusted code. */
export function isForkPullRequest(env: NodeJS.ProcessEnv): boolean {
  if (!env.GITHUB_EVENT_PATH || !existsSync(env.GITHUB_EVENT_PATH)) return false;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { head?: { repo?: { full_name?: string; fork?: boolean } | null } };
    };
    const head = event.pull_request?.head;
    if (!head) return false;
    return !head.repo || head.repo.fork === true || head.repo.full_name !== env.GITHUB_REPOSITORY;
  } catch {
    return false;
  }
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
    const untrusted = isForkPullRequest(env);
    if (untrusted && remoteSpecs.length + settings.remotes.length > 0) {
      core.info('taskcache: pull request from a fork: remote caches are read-only');
    }
    storeList.push(new LocalStore(defaultCacheDir(env), mode));
    storeList.push(
      ...(await remoteStores([...remoteSpecs, ...settings.remotes.map((url) => ({ url, mode }))], {
        env,
        warn: (message) => reporter.warn(message),
        untrusted,
      })),
    );
    storeList.push(new GithubStore({ mode, workspace }));
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
    const { key, manifest } = await keyTask(ctx.spec, ctx.engine);
    const hit = ctx.settings.lookupOnly ? undefined : await restore(ctx.spec, key, ctx.engine);
    const state: GuardState = { key, manifest, hit: hit !== undefined, startedAt: Date.now() };
    const file = guardStatePath(process.env, ctx.spec.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(state));
    if (hit) {
      ctx.engine.reporter.hit(ctx.spec, key, hit.source.name, hit.record, hit.log);
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
        timeSavedMs: hit.record.durationMs,
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
      const manifest =
        state?.key === ctx.settings.key
          ? state.manifest
          : (await computeTaskKey(ctx.spec, ctx.engine)).manifest;
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
      `taskcache: ${ctx.spec.name}: ${saved.stores.length > 0 ? `saved to ${saved.stores.map((s) => s.name).join(', ')}` : 'not saved'} (guarded steps took ${formatDuration(durationMs)})`,
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
