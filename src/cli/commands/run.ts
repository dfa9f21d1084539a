// `taskcache run [TASK...]`: the selected tasks and their dependencies through the cache, as a
// graph: independent tasks at once (--concurrency), a failure stopping new tasks unless
// --continue, the summary in graph order and the exit code the first failure's.

import { selectTasks } from '../../engine/config-file.js';
import { runTask } from '../../engine/engine.js';
import { withKeyCaches } from '../../engine/key-caches.js';
import { RunSealer } from '../../engine/run-seal.js';
import { schedule } from '../../engine/schedule.js';
import { messageOf } from '../../engine/stores.js';
import { type CliContext, createContext } from '../context.js';
import { parseFlags } from '../flags.js';
import {
  endRun,
  parseConcurrency,
  RUN_FLAGS,
  replaySealed,
  reporterFor,
  SEAL_TRIED,
  sealOf,
} from '../replay.js';

export default async function run(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('run', args, RUN_FLAGS);
  const concurrency = parseConcurrency(flags);
  const ctx = await createContext(flags);
  const tasks = selectTasks(ctx.loaded, positionals, {
    filters: flags.filter ?? [],
    only: flags.only === true,
  });
  const reporterOf = reporterFor(tasks, concurrency);
  // Nothing changed since a run of these tasks that hit with every output in place: its hits
  // again, without keys (run-seal.ts). The executable may have found that out already, before
  // this bundle was loaded (replay-main.ts).
  const seal = sealOf(ctx, tasks, { flags, concurrency, mode: ctx.engine.stores.mode });
  const replayed =
    seal && !(globalThis as Record<symbol, unknown>)[SEAL_TRIED]
      ? await replaySealed(ctx, tasks, seal, concurrency)
      : undefined;
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
  return endRun(ctx, outcome, flags);
}

/** The config's max-size and max-age, applied after each save to the local store. */
async function pruneLocal(ctx: CliContext): Promise<void> {
  const { maxBytes, maxAgeMs } = ctx.prune;
  if (maxBytes === undefined && maxAgeMs === undefined) return;
  await ctx.local.prune({ maxBytes, maxAgeMs }).catch((error: unknown) => {
    ctx.engine.reporter.warn(`pruning the local store failed: ${messageOf(error)}`);
  });
}
