// `taskcache report FILE...`: merges JSON run reports (such as the action's report-path of
// each matrix job, or what `taskcache run --json` printed) into one markdown table on stdout.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  asReport,
  REPORT_VERSION,
  type Report,
  type ReportRow,
  renderSummary,
} from '../../core/summary.js';
import { UsageError } from '../../engine/config-file.js';
import { parseFlags } from '../flags.js';
import { printJson } from '../json.js';
import { stdout } from '../output.js';

export default async function report(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('report', args, ['json']);
  if (positionals.length === 0) throw new UsageError('report: expected one or more report files');
  const rows: ReportRow[] = [];
  for (const file of positionals) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`report: cannot read ${file}: ${(error as Error).message}`);
    }
    const report = asReport(parsed) ?? runJsonReport(parsed);
    if (!report) {
      throw new UsageError(
        `report: ${file}: expected a taskcache report (version 1 with rows, or the output of run --json)`,
      );
    }
    // Several files: the job column says which file (job) each row came from.
    const job =
      positionals.length > 1 ? path.basename(path.dirname(path.resolve(file))) : undefined;
    for (const row of report.rows)
      rows.push(job !== undefined && row.job === undefined ? { ...row, job } : row);
  }
  if (flags.json) printJson({ version: 1, rows });
  else stdout.write(renderSummary(rows));
  return 0;
}

const STATUSES = new Set(['hit', 'miss', 'failed']);

/** The rows of `run --json` output ({tasks: [...], summary}), or undefined when it is not one. */
export function runJsonReport(value: unknown): Report | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { tasks, summary } = value as { tasks?: unknown; summary?: unknown };
  if (!Array.isArray(tasks) || summary === null || typeof summary !== 'object') return undefined;
  const rows: ReportRow[] = [];
  for (const item of tasks) {
    const t = item as Record<string, unknown> | null;
    if (t === null || typeof t !== 'object') return undefined;
    if (typeof t.task !== 'string' || !STATUSES.has(t.status as string)) return undefined;
    const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    const hit = t.status === 'hit';
    rows.push({
      task: t.task,
      status: t.status as ReportRow['status'],
      source: text(t.source),
      // As the action's rows: a hit's duration is the original run's.
      durationMs: number(hit && t.originalDurationMs != null ? t.originalDurationMs : t.durationMs),
      timeSavedMs: hit ? number(t.timeSavedMs) : 0,
      bytes: number(t.bytes),
      reason: hit ? null : text(t.reason),
      key: text(t.key),
    });
  }
  return { version: REPORT_VERSION, rows };
}
