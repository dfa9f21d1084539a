// Running a task through the cache: restore and replay on a hit, run and store on a miss.

import { debug } from '../adapters/debug.js';
import { physicalDir } from '../adapters/files.js';
import { monotonicMs, runCommand } from '../adapters/process.js';
import type { Key } from '../core/digest.js';
import { outputBytes, type RunnerFiles } from '../core/entry.js';
import { commandEnv, redact, secretValues } from '../core/env.js';
import { canRead } from '../stores/store.js';
import type { TaskSpec } from './config-file.js';
import { explainMiss, keyTask } from './inspect.js';
import type { TaskKey } from './key.js';
import { invocationCaches } from './key-caches.js';
import { keptLogs, restoreOutcome } from './restore.js';
import { save } from './save.js';
import { messageOf } from './stores.js';
import {
  type Hit,
  type HitEntry,
  type HitResult,
  hitEntry,
  type Reporter,
  type RunContext,
  type TaskResult,
} from './types.js';

/** Runs a task through the cache: restore and replay on a hit, run and store on a miss. */
export async function runTask(spec: TaskSpec, taskContext: RunContext): Promise<TaskResult> {
  const started = monotonicMs();
  // The task's `cache` mode narrows the run's (--cache); `off` runs without a key.
  const context =
    spec.cache === undefined
      ? taskContext
      : { ...taskContext, stores: taskContext.stores.restrictedTo(spec.cache) };
  const cacheMode = context.stores.mode;
  const { reporter } = context;
  let taskKey: TaskKey | undefined;
  try {
    taskKey = cacheMode === 'off' ? undefined : await keyTask(spec, context);
  } catch (error) {
    reporter.warn(
      `${spec.name}: cannot compute the key (${messageOf(error)}); running without the cache`,
    );
  }
  // Key time (key-commands included) is reported apart from restoring or running.
  const keyMs = Math.round(monotonicMs() - started);
  debug(`${spec.name}: key in ${keyMs} ms`);
  context.keyCaches?.keyed();

  let unusable: string | undefined;
  if (taskKey && !context.force && canRead(cacheMode)) {
    const lookup = monotonicMs();
    const outcome = await restoreOutcome(spec, taskKey.key, context);
    debug(
      `${spec.name}: lookup${outcome.hit ? ' and restore' : ''} in ${Math.round(monotonicMs() - lookup)} ms`,
    );
    unusable = outcome.unusable;
    const hit = outcome.hit;
    if (hit) {
      const result = { ...hitResult(spec.name, taskKey.key, hit, started), keyMs };
      if (hit.record.runnerFiles) context.hooks?.apply(hit.record.runnerFiles);
      reporter.hit(spec, taskKey.key, hit.source.name, hitEntry(hit.record), hit.log);
      await finish(context, result);
      return result;
    }
  }

  context.sealing?.unsealable(`${spec.name} did not hit`);
  const reason = !canRead(cacheMode)
    ? `cache ${cacheMode === 'off' ? 'off' : 'write-only'}`
    : taskKey
      ? context.force
        ? 'forced'
        : unusable !== undefined
          ? `the entry is unusable (${unusable})`
          : (await explainMiss(spec, taskKey.manifest, context)).reason
      : 'no key';
  if (taskKey) reporter.miss(spec, taskKey.key, reason);

  let cwd: string;
  try {
    cwd = physicalDir(context.workspace, spec.cwd);
  } catch (error) {
    // Running there would read and write outside the workspace: refused like a config error.
    reporter.warn(`${spec.name}: ${messageOf(error)}; not running the command`);
    const result = failedResult(spec, taskKey?.key ?? null, 2, started, reason);
    await finish(context, result);
    return result;
  }
  // What a workflow `run:` step would see: no runner tokens, no signing key or remote secrets.
  const env = commandEnv(context.env);
  // The command may write anywhere in the workspace: scans meanwhile see the files anew.
  const memo = invocationCaches(context)?.memo;
  memo?.beginWrite();
  const run = await runCommand({
    shell: spec.shell,
    command: spec.command,
    cwd,
    env: context.hooks ? context.hooks.prepare(env) : env,
    live: reporter.live,
  }).finally(() => memo?.endWrite());
  if (run.spawnError) reporter.warn(`${spec.name}: ${run.spawnError}`);
  if (run.exitCode !== 0) reporter.failedOutput?.(spec, run.log);
  const runnerFiles = context.hooks?.collect();

  let bytes = 0;
  let savedTo: string[] = [];
  let keptIn: string[] = [];
  if (run.exitCode === 0 && taskKey) {
    const secrets = [
      ...secretValues(context.env),
      ...spec.redact.map((name) => context.env[name]).filter((v): v is string => !!v),
    ];
    const log = Buffer.from(redact(run.log.toString('utf8'), secrets));
    const saving = monotonicMs();
    const saved = await save(spec, taskKey, context, {
      log,
      durationMs: run.durationMs,
      runnerFiles: runnerFiles && redactRunnerFiles(spec, runnerFiles, secrets, reporter),
      // A forced run, or one that found the entry unusable, replaces it where it can.
      replace: context.force || unusable !== undefined,
    });
    debug(`${spec.name}: save in ${Math.round(monotonicMs() - saving)} ms`);
    // The next hit over these outputs, still in place, replays the log without the archive.
    if (saved.stores.length > 0) keptLogs(context)?.keep(log);
    bytes = saved.bytes;
    savedTo = saved.stores.map((s) => s.name);
    keptIn = saved.kept.map((s) => s.name);
  }
  const base = {
    task: spec.name,
    key: taskKey?.key ?? null,
    exitCode: run.exitCode,
    durationMs: Math.round(monotonicMs() - started),
    keyMs,
    bytes,
    reason,
    ...(runnerFiles ? { runnerFiles } : {}),
  };
  const result: TaskResult =
    run.exitCode === 0
      ? { ...base, status: 'miss', savedTo, keptIn }
      : { ...base, status: 'failed' };
  await finish(context, result);
  return result;
}

function failedResult(
  spec: TaskSpec,
  key: Key | null,
  exitCode: number,
  started: number,
  reason: string,
): TaskResult {
  return {
    task: spec.name,
    key,
    status: 'failed',
    exitCode,
    durationMs: Math.round(monotonicMs() - started),
    bytes: 0,
    reason,
  };
}

/**
 * Secrets never go into an entry: what the command wrote to the runner's files is redacted
 * like the log. A hit then re-applies `***` in their place, so the user is told.
 */
function redactRunnerFiles(
  spec: TaskSpec,
  files: RunnerFiles,
  secrets: readonly string[],
  reporter: Reporter,
): RunnerFiles {
  const redacted: RunnerFiles = {
    output: redact(files.output, secrets),
    env: redact(files.env, secrets),
    path: redact(files.path, secrets),
    summary: redact(files.summary, secrets),
  };
  const touched = (Object.keys(files) as (keyof RunnerFiles)[]).filter(
    (field) => files[field] !== redacted[field],
  );
  if (touched.length > 0) {
    reporter.warn(
      `${spec.name}: the command wrote secret values to GITHUB_${touched.map((f) => (f === 'summary' ? 'STEP_SUMMARY' : f.toUpperCase())).join(', GITHUB_')}; the cache entry keeps *** in their place, which a hit will re-apply`,
    );
  }
  return redacted;
}

async function finish(
  context: Pick<RunContext, 'reporter' | 'runLog'>,
  result: TaskResult,
): Promise<void> {
  context.reporter.done(result);
  if (!context.runLog || result.key === null) return;
  await context.runLog
    .recordRun({
      time: new Date().toISOString(),
      task: result.task,
      key: result.key,
      status: result.status,
      source: result.status === 'hit' ? result.source : null,
      durationMs: result.durationMs,
      savedMs: result.status === 'hit' ? result.timeSavedMs : 0,
      bytes: result.bytes,
    })
    .catch(() => {});
}

/**
 * A hit's result, its one time-saved figure computed here: how long the command took when the
 * entry was made, less this run's time since `started`.
 */
export function hitResult(task: string, key: Key, hit: Hit, started: number): HitResult {
  return {
    ...hitFigures(task, key, hit.source.name, hit.record, outputBytes(hit.record), started),
    ...(hit.record.runnerFiles ? { runnerFiles: hit.record.runnerFiles } : {}),
  };
}

function hitFigures(
  task: string,
  key: Key,
  source: string,
  entry: { readonly durationMs: number; readonly createdAt: string },
  bytes: number,
  started: number,
): HitResult {
  const durationMs = Math.round(monotonicMs() - started);
  return {
    task,
    key,
    status: 'hit',
    source,
    exitCode: 0,
    durationMs,
    originalDurationMs: entry.durationMs,
    timeSavedMs: entry.durationMs - durationMs,
    bytes,
    cachedAt: entry.createdAt,
  };
}

/**
 * A hit a sealed run replays (run-seal.ts): shown, reported and recorded as runTask does one
 * whose outputs were all in place, from what the seal kept.
 */
export async function replayHit(
  spec: TaskSpec,
  context: Pick<RunContext, 'reporter' | 'runLog'>,
  hit: {
    readonly key: Key;
    readonly source: string;
    readonly entry: HitEntry;
    readonly bytes: number;
    readonly log: Buffer;
  },
): Promise<TaskResult> {
  const started = monotonicMs();
  context.reporter.hit(spec, hit.key, hit.source, hit.entry, hit.log);
  const result = hitFigures(spec.name, hit.key, hit.source, hit.entry, hit.bytes, started);
  await finish(context, result);
  return result;
}
