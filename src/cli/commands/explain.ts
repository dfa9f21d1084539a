// `taskcache explain TASK`: the key's parts and what changed since the task's last entry.

import { shortKey } from '../../core/digest.js';
import { formatDuration } from '../../core/units.js';
import { selectTasks, UsageError } from '../../engine/config-file.js';
import { explainTask, UncacheableError } from '../../engine/engine.js';
import { predictGraph } from '../../engine/schedule.js';
import { createContext } from '../context.js';
import { parseFlags } from '../flags.js';
import { printJson } from '../json.js';
import { stdout } from '../output.js';
import { createStyle } from '../style.js';

const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
  // In a git checkout: what git ignores is left out; untracked inputs count but differ per clone.
  for (const [label, part] of [
    ['ignored', result.git?.ignored],
    ['untracked', result.git?.untracked],
  ] as const) {
    if (!part || part.count === 0) continue;
    const more =
      part.count > part.first.length ? ` and ${part.count - part.first.length} more` : '';
    const what =
      label === 'ignored'
        ? 'left out (git ignores them)'
        : `input${part.count === 1 ? '' : 's'} git does not track`;
    out.push(`  ${label.padEnd(13)} ${part.count} ${what}: ${part.first.join(', ')}${more}`);
  }
  const previous = result.previous;
  if (!previous) {
    out.push('', 'No earlier entry of this task in the stores: the next run is a first run.');
  } else {
    const age = Date.now() - Date.parse(previous.createdAt);
    const which = `entry ${shortKey(previous.key)}, ${Number.isNaN(age) ? previous.createdAt : `${formatDuration(Math.max(0, age))} ago`}${previous.store ? `, ${previous.store}` : ''}`;
    const nearest =
      previous.among !== undefined && previous.among > 1
        ? `the nearest of ${previous.among} recent entries`
        : 'the most recent entry';
    if (previous.key === result.key) {
      out.push('', `${upper(nearest)} (${which}) has this key.`);
    } else {
      out.push('', `Changed since ${nearest} (${which}):`);
      for (const line of result.lines) out.push(`  - ${line}`);
    }
  }
  stdout.write(`${out.join('\n')}\n`);
  return 0;
}

/** The variables in the key, then the declared ones that are unset: names, never values. */
function envLine(set: readonly string[], unset: readonly string[]): string {
  const names = [...set, ...unset.map((name) => `${name} (unset)`)];
  return names.length > 0 ? names.join(', ') : '(none)';
}
