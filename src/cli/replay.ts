// What `taskcache run` shares with the replay of a sealed run before its bundle is loaded
// (replay-main.ts): its flags, the seal of an invocation, the replay itself and the end of the
// run (summary and JSON). Nothing here computes a key or runs a task.

import * as os from 'node:os';
import * as path from 'node:path';
import { debug } from '../adapters/debug.js';
import { touchUsed } from '../adapters/state-touch.js';
import type { LoadedConfig, TaskSpec } from '../engine/config-file.js';
import { UsageError } from '../engine/errors.js';
import { scanStateNames } from '../engine/key-caches.js';
import { keptLogs } from '../engine/restore.js';
import { replayHit } from '../engine/run.js';
import {
  type DecodedSeal,
  readSeal,
  replaySeal,
  sealFile,
  sealFingerprint,
} from '../engine/run-seal.js';
import { prefixedReporter, type ScheduleOutcome } from '../engine/schedule.js';
import type { RunContext, TaskResult } from '../engine/types.js';
import type { LocalStore } from '../stores/local.js';
import type { FlagName, ParsedFlags } from './flags.js';
import { printJson, summarize, taskJson } from './json.js';
import { stderr } from './output.js';

/**
 * Set on the global object when the executable checked this invocation's seal before loading
 * the CLI's bundle (replay-main.ts) and found it no longer holds: `run` does not check it again.
 */
export const SEAL_TRIED = Symbol.for('taskcache.seal-tried');

/** The flags `run` accepts. */
export const RUN_FLAGS: readonly FlagName[] = [
  'config',
  'cache-dir',
  'json',
  'force',
  'remote',
  'concurrency',
  'continue',
  'only',
  'filter',
  'cache',
  'remote-mode',
  'no-remote',
  'verbose',
  'quiet',
];

/** What of the engine a seal and its replay use. */
export type ReplayEngine = Pick<
  RunContext,
  | 'workspace'
  | 'env'
  | 'platform'
  | 'stores'
  | 'stateDir'
  | 'reporter'
  | 'force'
  | 'signer'
  | 'hooks'
  | 'runLog'
>;

/** What of the CLI's context a seal, its replay and the end of a run use. */
export interface ReplayContext {
  readonly loaded: LoadedConfig;
  readonly engine: ReplayEngine;
  readonly local: LocalStore;
  readonly warnings: string[];
  readonly summary: (results: readonly TaskResult[]) => void;
}

export function parseConcurrency(flags: ParsedFlags): number {
  const raw = flags.concurrency;
  if (raw === undefined) return os.availableParallelism();
  if (!/^[1-9][0-9]*$/.test(raw)) {
    throw new UsageError(`run: --concurrency: expected a whole number of at least 1, got "${raw}"`);
  }
  return Number(raw);
}

/** Each task's engine: when several run at once, each line of their output says whose it is. */
export function reporterFor(
  tasks: readonly TaskSpec[],
  concurrency: number,
): <E extends ReplayEngine>(engine: E, task: TaskSpec) => E {
  const prefixed = tasks.length > 1 && concurrency > 1;
  return (engine, task) =>
    prefixed ? { ...engine, reporter: prefixedReporter(engine.reporter, task.name) } : engine;
}

/**
 * The seal of this invocation (its file and fingerprint), when one may replay it: state is
 * kept, the local store is read, nothing signs entries, and no task runs key-commands (whose
 * answers no stat shows), cleans its outputs or is forced.
 */
export function sealOf(
  ctx: ReplayContext,
  tasks: readonly TaskSpec[],
  settings: { readonly flags: ParsedFlags; readonly concurrency: number; readonly mode: string },
): { file: string; fingerprint: string } | undefined {
  const { engine } = ctx;
  if (!engine.stateDir || engine.force || engine.signer || engine.hooks) return undefined;
  if (!engine.stores.readable().includes(ctx.local)) return undefined;
  if (tasks.some((task) => task.keyCommands.length > 0 || task.cleanOutputs)) return undefined;
  return {
    file: sealFile(engine.stateDir, engine.workspace),
    fingerprint: sealFingerprint({
      workspace: engine.workspace,
      specs: tasks,
      settings,
      stores: engine.stores.stores.map((store) => `${store.name}:${store.mode}`),
      env: engine.env,
      platform: engine.platform,
    }),
  };
}

/** The seal's hits shown and recorded, when it still holds; undefined when it does not. */
export async function replaySealed(
  ctx: ReplayContext,
  tasks: readonly TaskSpec[],
  seal: { readonly file: string; readonly fingerprint: string },
  concurrency: number,
  /** The seal, when the caller has read it already. */
  read: DecodedSeal | undefined = readSeal(seal.file),
): Promise<ScheduleOutcome | undefined> {
  const { engine, local } = ctx;
  const logs = keptLogs(engine);
  // Nothing is shown until the seal is found to hold: a failure to tell is a run as usual.
  const sealed =
    logs &&
    read &&
    (await replaySeal(
      read,
      seal.fingerprint,
      engine.workspace,
      tasks.map((task) => task.name),
      local,
      logs,
    ).catch((error: unknown) => {
      debug(`seal: not checked: ${(error as Error).message}`);
      return undefined;
    }));
  if (!sealed) return undefined;
  // Used as a keyed run uses them: `prune` keeps a workspace's scan caches by their mtime.
  for (const name of scanStateNames(engine.workspace)) {
    touchUsed(path.join(engine.stateDir!, name));
  }
  const reporterOf = reporterFor(tasks, concurrency);
  const results: TaskResult[] = [];
  for (const [i, task] of tasks.entries()) {
    const hit = sealed[i]!;
    for (const warning of hit.warnings) engine.reporter.warn(warning);
    results.push(
      await replayHit(task, reporterOf(engine, task), {
        key: hit.key,
        source: local.name,
        entry: hit.shown,
        bytes: hit.bytes,
        log: hit.logBytes,
      }),
    );
  }
  return { results, skipped: [], exitCode: 0 };
}

/** The end of a run: the skipped tasks, the summary line and, with --json, the report. */
export function endRun(ctx: ReplayContext, outcome: ScheduleOutcome, flags: ParsedFlags): number {
  for (const { task, reason } of outcome.skipped) {
    stderr.write(`- ${task} ${reason}\n`);
  }
  ctx.summary(outcome.results);
  if (flags.json) {
    printJson({
      tasks: outcome.results.map(taskJson),
      ...(outcome.skipped.length > 0 ? { skipped: outcome.skipped } : {}),
      summary: summarize(outcome.results),
      warnings: ctx.warnings,
    });
  }
  return outcome.exitCode;
}
