// `taskcache explain TASK`: the key's parts and what changed since the task's last entry.

import { shortKey } from '../../core/digest.js';
import { selectTasks, UsageError } from '../../engine/config-file.js';
import { explainTask, UncacheableError } from '../../engine/engine.js';
import { predictGraph } from '../../engine/schedule.js';
import { createContext } from '../context.js';
import { parseFlags } from '../flags.js';
import { printJson } from '../json.js';
import { stdout } from '../output.js';
import { createStyle } from '../style.js';

export default async function explain(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('explain', args, [
    'config',
    'cache-dir',
    'json',
    'remote',
  ]);
  if (positionals.length !== 1) throw new UsageError('explain: expected exactly one TASK');
  const ctx = await createContext(flags);
  const named = selectTasks(ctx.loaded, positionals, { only: true });
  if (named.length !== 1) {
    throw new UsageError(
      `explain: expected exactly one TASK, "${positionals[0]}" matches ${named.map((t) => t.name).join(', ')}`,
    );
  }
  const task = named[0]!;
  // Whether an upstream misses: the task's dependencies dry-run first, in graph order.
  const upstream = selectTasks(ctx.loaded, positionals).filter((t) => t.name !== task.name);
  const predicted = upstream.length > 0 ? await predictGraph(upstream, ctx.engine) : [];
  const upstreamMiss =
    (task.dependsOn ?? []).find((dep) =>
      predicted.some((p) => p.task === dep && p.status === 'miss'),
    ) ?? null;
  const result = await explainTask(task, ctx.engine).catch((error: unknown) => {
    if (error instanceof UncacheableError) return error;
    throw error;
  });
  if (result instanceof UncacheableError) {
    // One behaviour in every command: the reason, and the task is reported as uncacheable.
    if (flags.json)
      printJson({ task: task.name, uncacheable: result.message, warnings: ctx.warnings });
    else stdout.write(`${task.name}  uncacheable: ${result.message}\n`);
    return 0;
  }
  if (flags.json) {
    printJson({ ...result, upstreamMiss, warnings: ctx.warnings });
    return 0;
  }
  const style = createStyle(stdout, process.env);
  const m = result.manifest;
  const out: string[] = [
    `${style.bold(result.task)}  key ${result.key}`,
    `  command       ${m.command}`,
    `  shell         ${m.shell}`,
    `  directory     ${m.cwd}`,
    `  platform      ${m.platform}`,
    `  inputs        ${m.inputs} file${m.inputs === 1 ? '' : 's'}`,
    `  env           ${envLine(m.env, result.unsetEnv)}`,
    `  key-commands  ${m.keyCommands.length > 0 ? m.keyCommands.join(', ') : '(none)'}`,
    `  key-salt      ${m.salt === '' ? '(none)' : JSON.stringify(m.salt)}`,
    `  stores        ${result.stores.map((s) => `${s.store}: ${s.hit === null ? 'error' : s.hit ? 'hit' : 'miss'}`).join(', ')}`,
  ];
  if (upstreamMiss !== null) {
    out.push(
      `  predicted     miss: upstream ${upstreamMiss} misses, and its outputs are inputs here`,
    );
  }
  if (result.unmatched.length > 0) {
    out.push(`  unmatched     ${result.unmatched.join(', ')}`);
  }
  if (!result.previous) {
    out.push('', 'No earlier entry of this task in the stores: the next run is a first run.');
  } else if (result.previous.key === result.key) {
    out.push('', `The most recent entry (${result.previous.createdAt}) has this key.`);
  } else {
    out.push(
      '',
      `Changed since the most recent entry (${result.previous.createdAt}, key ${shortKey(result.previous.key)}):`,
    );
    for (const line of result.lines) out.push(`  - ${line}`);
  }
  stdout.write(`${out.join('\n')}\n`);
  return 0;
}

/** The variables in the key, then the declared ones that are unset: names, never values. */
function envLine(set: readonly string[], unset: readonly string[]): string {
  const names = [...set, ...unset.map((name) => `${name} (unset)`)];
  return names.length > 0 ? names.join(', ') : '(none)';
}
