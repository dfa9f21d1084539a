// `taskcache dry-run [TASK...]`: keys and each store's answer for the selected tasks and their
// dependencies, a task whose upstream misses a predicted miss; runs nothing, writes nothing.

import { selectTasks } from '../../engine/config-file.js';
import { withKeyCaches } from '../../engine/key-caches.js';
import { predictGraph } from '../../engine/schedule.js';
import { createContext } from '../context.js';
import { parseFlags } from '../flags.js';
import { printJson } from '../json.js';
import { stdout } from '../output.js';
import { createStyle } from '../style.js';

export default async function dryRun(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('dry-run', args, [
    'config',
    'cache-dir',
    'json',
    'remote',
    'only',
    'filter',
  ]);
  const ctx = await createContext(flags);
  const tasks = selectTasks(ctx.loaded, positionals, {
    filters: flags.filter ?? [],
    only: flags.only === true,
  });
  const results = await withKeyCaches(
    ctx.engine,
    (engine) => predictGraph(tasks, engine),
    tasks.length,
  );
  if (flags.json) {
    printJson({ tasks: results, warnings: ctx.warnings });
    return 0;
  }
  const style = createStyle(stdout, process.env);
  for (const r of results) {
    const status = r.status === 'hit' ? style.green('hit') : style.yellow('miss');
    const stores = r.stores
      .map((s) => `${s.store}: ${s.hit === null ? 'error' : s.hit ? 'hit' : 'miss'}`)
      .join(', ');
    stdout.write(
      `${style.bold(r.task)}  ${status}  ${r.key ?? '(no key)'}\n  ${style.dim(stores)}${r.reason ? `\n  ${style.dim(`why: ${r.reason}`)}` : ''}\n`,
    );
  }
  return 0;
}
