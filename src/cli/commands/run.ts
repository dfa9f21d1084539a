// `taskcache run [TASK...]`: the selected tasks and their dependencies through the cache, as a
// graph: independent tasks at once (--concurrency), a failure stopping new tasks unless
// --continue, the summary in graph order and the exit code the first failure's.

import * as os from 'node:os';
import * as path from 'node:path';
import { touchUsed } from '../../adapters/state-touch.js';
import { selectTasks, type TaskSpec, UsageError } from '../../engine/config-file.js';
import {
  keptLogs,
  type RunContext,
  replayHit,
  runTask,
  type TaskResult,
} from '../../engine/engine.js';
import { scanStateNames, withKeyCaches } from '../../engine/key-caches.js';
import { RunSealer, replaySeal, sealFile, sealFingerprint } from '../../engine/run-seal.js';
import { prefixedReporter, type ScheduleOutcome, schedule } from '../../engine/schedule.js';
import { messageOf } from '../../engine/stores.js';
import { type CliContext, createContext } from '../context.js';
import { type ParsedFlags, parseFlags } from '../flags.js';
import { printJson, summarize, taskJson } from '../json.js';
import { stderr } from '../output.js';

export default async function run(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('run', args, [
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
  ]);
  const concurrency = parseConcurrency(flags);
  const ctx = await createContext(flags);
  const tasks = selectTasks(ctx.loaded, positionals, {
    filters: flags.filter ?? [],
    only: flags.only === true,
  });
  // Several tasks at once: each line of their output says whose it is.
  const prefixed = tasks.length > 1 && concurrency > 1;
  const reporterOf = (engine: RunContext, task: TaskSpec) =>
    prefixed ? { ...engine, reporter: prefixedReporter(engine.reporter, task.name) } : engine;
  // Nothing changed since a run of these tasks that hit with every output in place: its hits
  // again, without keys (run-seal.ts).
  const seal = sealOf(ctx, tasks, { flags, concurrency, mode: ctx.engine.stores.mode });
  const replayed = seal && (await replaySealed(ctx, tasks, seal, reporterOf));
  const sealer =
    seal && !replayed
      ? new RunSealer(seal.file, seal.fingerprint, ctx.engine.workspace, ctx.local)
      : undefined;
  const warnedBefore = ctx.warnings.length;
  // Prunes run one after another: one pass at a time over the local store.
  let pruning = Promise.resolve();
  // The tasks share one load of the stat and listing caches, saved once at the end.
  const outcome =
    replayed ??
    (await withKeyCaches(
      sealer ? { ...ctx.engine, sealing: sealer.hooks } : ctx.engine,
      (engine) =>
        schedule(
          tasks,
          async (task) => {
            const result = await runTask(task, reporterOf(engine, task));
            if (result.status === 'miss' && result.savedTo.includes(ctx.local.name)) {
              pruning = pruning.then(() => pruneLocal(ctx));
              await pruning;
            }
            return result;
          },
          { concurrency, continueOnFailure: flags.continue === true },
        ),
      tasks.length,
    ).finally(() => sealer?.stop()));
  if (sealer && outcome.results.length === tasks.length) {
    sealer.seal(
      outcome.results.map((r) => ({ task: r.task, source: r.status === 'hit' ? r.source : null })),
      ctx.warnings.length - warnedBefore,
    );
  }
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

function parseConcurrency(flags: ParsedFlags): number {
  const raw = flags.concurrency;
  if (raw === undefined) return os.availableParallelism();
  if (!/^[1-9][0-9]*$/.test(raw)) {
    throw new UsageError(`run: --concurrency: expected a whole number of at least 1, got "${raw}"`);
  }
  return Number(raw);
}

/** The config's max-size and max-age, applied after each save to the local store. */
async function pruneLocal(ctx: CliContext): Promise<void> {
  const { maxBytes, maxAgeMs } = ctx.prune;
  if (maxBytes === undefined && maxAgeMs === undefined) return;
  await ctx.local.prune({ maxBytes, maxAgeMs }).catch((error: unknown) => {
    ctx.engine.reporter.warn(`pruning the local store failed: ${messageOf(error)}`);
  });
}

/**
 * The seal of this invocation (its file and fingerprint), when one may replay it: state is
 * kept, the local store is read, nothing signs entries, and no task runs key-commands (whose
 * answers no stat shows), cleans its outputs or is forced.
 */
function sealOf(
  ctx: CliContext,
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
async function replaySealed(
  ctx: CliContext,
  tasks: readonly TaskSpec[],
  seal: { readonly file: string; readonly fingerprint: string },
  reporterOf: (engine: RunContext, task: TaskSpec) => RunContext,
): Promise<ScheduleOutcome | undefined> {
  const { engine, local } = ctx;
  const logs = keptLogs(engine);
  const sealed =
    logs &&
    (await replaySeal(
      seal.file,
      seal.fingerprint,
      engine.workspace,
      tasks.map((task) => task.name),
      local,
      logs,
    ));
  if (!sealed) return undefined;
  // Used as a keyed run uses them: `prune` keeps a workspace's scan caches by their mtime.
  for (const name of scanStateNames(engine.workspace)) {
    touchUsed(path.join(engine.stateDir!, name));
  }
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
