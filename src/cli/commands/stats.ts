// `taskcache stats [--task [TASK...]]`: what the local store holds and how often recorded runs
// hit, with the time hits saved; with --task, the same per task (runs, hits, misses, time
// saved, bytes moved, and the task's entries in the local store).

import { formatBytes, formatDuration } from '../../core/units.js';
import type { RunRecord } from '../../stores/local.js';
import type { ListedEntry } from '../../stores/store.js';
import { localStoreFor } from '../base-context.js';
import { parseFlags } from '../flags.js';
import { printJson } from '../json.js';
import { stdout } from '../output.js';

export interface TaskStats {
  readonly task: string;
  readonly runs: number;
  readonly hits: number;
  readonly misses: number;
  readonly failed: number;
  readonly hitRate: number;
  readonly timeSavedMs: number;
  /** Output bytes restored by hits and stored by misses (runs that recorded them). */
  readonly bytes: number;
  /** The task's entries in the local store, and their size. */
  readonly entries: number;
  readonly entryBytes: number;
}

export default async function stats(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('stats', args, ['cache-dir', 'json', 'task']);
  const local = localStoreFor(flags);
  const entries = await local.list();
  const runs = await local.runs();
  const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  const created = entries.map((e) => e.createdAt).sort((a, b) => a - b);
  const hits = runs.filter((r) => r.status === 'hit').length;
  const counted = runs.filter((r) => r.status !== 'failed').length;
  const result = {
    directory: local.root,
    entries: entries.length,
    bytes,
    oldest: created.length > 0 ? new Date(created[0]!).toISOString() : null,
    newest: created.length > 0 ? new Date(created[created.length - 1]!).toISOString() : null,
    runs: runs.length,
    hits,
    misses: runs.filter((r) => r.status === 'miss').length,
    failed: runs.filter((r) => r.status === 'failed').length,
    hitRate: counted === 0 ? 0 : hits / counted,
    timeSavedMs: runs.reduce((sum, r) => sum + (r.savedMs ?? 0), 0),
  };
  const tasks = flags.task ? perTask(runs, await local.listEntries(), positionals) : undefined;
  if (flags.json) {
    printJson(tasks ? { ...result, tasks } : result);
    return 0;
  }
  const pct = (result.hitRate * 100).toFixed(1);
  const lines = [
    `local store  ${result.directory}`,
    `entries      ${result.entries} (${formatBytes(result.bytes)})`,
    `oldest       ${result.oldest ?? '-'}`,
    `newest       ${result.newest ?? '-'}`,
    `runs         ${result.runs}: ${result.hits} hits, ${result.misses} misses, ${result.failed} failed`,
    `hit rate     ${pct} % (${result.hits} of ${counted})`,
    `time saved   ${formatDuration(result.timeSavedMs)}`,
  ];
  if (tasks) lines.push('', ...taskTable(tasks));
  stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** The runs and entries of each task (only `names` when given), by name. */
export function perTask(
  runs: readonly RunRecord[],
  entries: readonly ListedEntry[],
  names: readonly string[] = [],
): TaskStats[] {
  const by = new Map<string, { runs: RunRecord[]; entries: ListedEntry[] }>();
  const slot = (task: string) => {
    let found = by.get(task);
    if (!found) {
      found = { runs: [], entries: [] };
      by.set(task, found);
    }
    return found;
  };
  for (const run of runs) slot(run.task).runs.push(run);
  for (const entry of entries) if (entry.task !== undefined) slot(entry.task).entries.push(entry);
  const wanted = names.length > 0 ? new Set(names) : undefined;
  return [...by.entries()]
    .filter(([task]) => wanted === undefined || wanted.has(task))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([task, { runs: own, entries: stored }]) => {
      const hits = own.filter((r) => r.status === 'hit').length;
      const misses = own.filter((r) => r.status === 'miss').length;
      return {
        task,
        runs: own.length,
        hits,
        misses,
        failed: own.length - hits - misses,
        hitRate: hits + misses === 0 ? 0 : hits / (hits + misses),
        timeSavedMs: own.reduce((sum, r) => sum + (r.savedMs ?? 0), 0),
        bytes: own.reduce((sum, r) => sum + (r.bytes ?? 0), 0),
        entries: stored.length,
        entryBytes: stored.reduce((sum, e) => sum + (e.size ?? 0), 0),
      };
    });
}

function taskTable(tasks: readonly TaskStats[]): string[] {
  if (tasks.length === 0) return ['no recorded runs or entries for these tasks'];
  const header = [
    'task',
    'runs',
    'hits',
    'misses',
    'failed',
    'hit rate',
    'time saved',
    'moved',
    'entries',
  ];
  const rows = tasks.map((t) => [
    t.task,
    String(t.runs),
    String(t.hits),
    String(t.misses),
    String(t.failed),
    `${(t.hitRate * 100).toFixed(0)} %`,
    formatDuration(t.timeSavedMs),
    formatBytes(t.bytes),
    `${t.entries} (${formatBytes(t.entryBytes)})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(header), ...rows.map(format)];
}
