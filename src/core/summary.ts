// The job summary: one table over every taskcache step of a job (or several jobs' reports
// merged), rendered as markdown. Data in, text out.

import { formatBytes, formatDuration } from './units.js';

export const REPORT_VERSION = 1;

export interface ReportRow {
  readonly task: string;
  readonly status: 'hit' | 'miss' | 'failed';
  readonly source: string | null;
  /** The original run's duration for a hit; this run's for a miss or failure. */
  readonly durationMs: number;
  readonly timeSavedMs: number;
  /** Output bytes restored (hit) or saved (miss). */
  readonly bytes: number;
  readonly reason: string | null;
  readonly key: string | null;
  readonly job?: string;
}

export interface Report {
  readonly version: number;
  readonly rows: readonly ReportRow[];
}

export interface Totals {
  readonly tasks: number;
  readonly hits: number;
  readonly hitRate: number;
  readonly timeSavedMs: number;
  readonly bytesRestored: number;
  readonly bytesSaved: number;
}

export function totals(rows: readonly ReportRow[]): Totals {
  const hits = rows.filter((r) => r.status === 'hit');
  return {
    tasks: rows.length,
    hits: hits.length,
    hitRate: rows.length === 0 ? 0 : hits.length / rows.length,
    timeSavedMs: rows.reduce((sum, r) => sum + r.timeSavedMs, 0),
    bytesRestored: hits.reduce((sum, r) => sum + r.bytes, 0),
    bytesSaved: rows.filter((r) => r.status === 'miss').reduce((sum, r) => sum + r.bytes, 0),
  };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const RESULT = { hit: '✅ hit', miss: '⚪ miss', failed: '❌ failed' } as const;

export function renderSummary(rows: readonly ReportRow[], title = 'taskcache'): string {
  const withJob = rows.some((r) => r.job !== undefined);
  const header = [
    ...(withJob ? ['Job'] : []),
    'Task',
    'Result',
    'Source',
    'Duration',
    'Time saved',
    'Size',
    'Reason',
  ];
  const lines = [
    `### ${title}`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
  ];
  for (const row of rows) {
    const cells = [
      ...(withJob ? [row.job ?? ''] : []),
      row.task,
      RESULT[row.status],
      row.source ?? '—',
      formatDuration(row.durationMs),
      row.status === 'hit' ? formatDuration(row.timeSavedMs) : '—',
      row.bytes > 0 ? formatBytes(row.bytes) : '—',
      row.status === 'hit' ? '' : (row.reason ?? ''),
    ];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  const t = totals(rows);
  lines.push(
    '',
    `**Hit rate:** ${t.hits} of ${t.tasks} (${(t.hitRate * 100).toFixed(0)} %) · ` +
      `**time saved:** ${formatDuration(t.timeSavedMs)} · ` +
      `**restored:** ${formatBytes(t.bytesRestored)} · **saved:** ${formatBytes(t.bytesSaved)}`,
    '',
  );
  return lines.join('\n');
}

/** Checks a parsed report file; undefined when it is not one. */
export function asReport(value: unknown): Report | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const report = value as Report;
  if (report.version !== REPORT_VERSION || !Array.isArray(report.rows)) return undefined;
  return report;
}

/** Where a miss's entry went: written, kept as it was (the store had one), or nowhere. */
export function savedWhere(result: {
  readonly savedTo: readonly string[];
  readonly keptIn?: readonly string[] | undefined;
}): string {
  const parts: string[] = [];
  if (result.savedTo.length > 0) parts.push(`saved to ${result.savedTo.join(', ')}`);
  if (result.keptIn && result.keptIn.length > 0) {
    parts.push(`kept the existing entry in ${result.keptIn.join(', ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'not saved';
}

/**
 * A hit's one time-saved figure in words: a hit that cost more than running the command took
 * is shown as the loss it is.
 */
export function describeTimeSaved(ms: number): string {
  return ms >= 0
    ? `saved ${formatDuration(ms)}`
    : `cost ${formatDuration(-ms)} more than running it`;
}
