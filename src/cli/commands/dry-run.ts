// `taskcache dry-run [TASK...]`: keys and each store's answer; runs nothing, writes nothing.

import { selectTasks } from '../../engine/config-file.js';
import { type DryRunResult, dryRunTask } from '../../engine/engine.js';
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
  ]);
  const ctx = await createContext(flags);
  const results: DryRunResult[] = [];
  for (const task of selectTasks(ctx.loaded, positionals)) {
    results.push(await dryRunTask(task, ctx.engine));
  }
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
