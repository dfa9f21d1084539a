// `taskcache run [TASK...]`: each task through the cache, in order, stopping at a failure.

import { selectTasks } from '../../engine/config-file.js';
import { runTask, type TaskResult } from '../../engine/engine.js';
import { messageOf } from '../../engine/stores.js';
import { type CliContext, createContext } from '../context.js';
import { parseFlags } from '../flags.js';
import { printJson, summarize, taskJson } from '../json.js';

export default async function run(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('run', args, [
    'config',
    'cache-dir',
    'json',
    'force',
    'remote',
  ]);
  const ctx = await createContext(flags);
  const tasks = selectTasks(ctx.loaded, positionals);
  const results: TaskResult[] = [];
  let exitCode = 0;
  for (const task of tasks) {
    const result = await runTask(task, ctx.engine);
    results.push(result);
    if (result.status === 'miss' && result.savedTo.includes(ctx.local.name)) {
      await pruneLocal(ctx);
    }
    if (result.status === 'failed') {
      exitCode = result.exitCode;
      break;
    }
  }
  if (flags.json) {
    printJson({
      tasks: results.map(taskJson),
      summary: summarize(results),
      warnings: ctx.warnings,
    });
  }
  return exitCode;
}

/** The config's max-size and max-age, applied after each save to the local store. */
async function pruneLocal(ctx: CliContext): Promise<void> {
  const { maxBytes, maxAgeMs } = ctx.prune;
  if (maxBytes === undefined && maxAgeMs === undefined) return;
  await ctx.local.prune({ maxBytes, maxAgeMs }).catch((error: unknown) => {
    ctx.engine.reporter.warn(`pruning the local store failed: ${messageOf(error)}`);
  });
}
