// `taskcache run [TASK...]`: the selected tasks and their dependencies through the cache, as a
// graph: independent tasks at once (--concurrency), a failure stopping new tasks unless
// --continue, the summary in graph order and the exit code the first failure's.

import * as os from 'node:os';
import { selectTasks, UsageError } from '../../engine/config-file.js';
import { runTask } from '../../engine/engine.js';
import { withKeyCaches } from '../../engine/key-caches.js';
import { prefixedReporter, schedule } from '../../engine/schedule.js';
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
  // Prunes run one after another: one pass at a time over the local store.
  let pruning = Promise.resolve();
  // The tasks share one load of the stat and listing caches, saved once at the end.
  const outcome = await withKeyCaches(
    ctx.engine,
    (engine) =>
      schedule(
        tasks,
        async (task) => {
          const reporter = prefixed ? prefixedReporter(engine.reporter, task.name) : undefined;
          const result = await runTask(task, reporter ? { ...engine, reporter } : engine);
          if (result.status === 'miss' && result.savedTo.includes(ctx.local.name)) {
            pruning = pruning.then(() => pruneLocal(ctx));
            await pruning;
          }
          return result;
        },
        { concurrency, continueOnFailure: flags.continue === true },
      ),
    tasks.length,
  );
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
