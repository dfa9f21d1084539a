// The job's report: one JSON file in RUNNER_TEMP (which lives as long as the job) that every
// taskcache step of the job adds its rows to. The first step to create it owns the summary
// and writes it from its post step, which the runner runs after every other step.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../adapters/atomic-file.js';
import { asReport, REPORT_VERSION, type Report, type ReportRow } from '../core/summary.js';
import type { TaskResult } from '../engine/engine.js';

/** Keys of the step state the main step hands to its post step, which writes the summary. */
export const SUMMARY_STATE = { owner: 'summary-owner', enabled: 'summary' } as const;

export function reportPath(env: NodeJS.ProcessEnv): string {
  const temp =
    env.RUNNER_TEMP || path.join(env.GITHUB_WORKSPACE || process.cwd(), '.taskcache-tmp-report');
  return path.join(temp, 'taskcache', 'report.json');
}

/** A task's row: for a hit, the duration is the original run's (what the hit saved running). */
export function reportRow(result: TaskResult): ReportRow {
  return {
    task: result.task,
    status: result.status,
    source: result.status === 'hit' ? result.source : null,
    durationMs: result.status === 'hit' ? result.originalDurationMs : result.durationMs,
    timeSavedMs: result.status === 'hit' ? result.timeSavedMs : 0,
    bytes: result.bytes,
    reason: result.status === 'hit' ? null : result.reason,
    key: result.key,
  };
}

export function readReport(file: string): Report {
  if (!existsSync(file)) return { version: REPORT_VERSION, rows: [] };
  try {
    return (
      asReport(JSON.parse(readFileSync(file, 'utf8'))) ?? { version: REPORT_VERSION, rows: [] }
    );
  } catch {
    return { version: REPORT_VERSION, rows: [] };
  }
}

/** Creates the report if missing; true when this call created it (the summary owner). */
export function claimReport(file: string): boolean {
  if (existsSync(file)) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, JSON.stringify({ version: REPORT_VERSION, rows: [] }), { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds a row. With `replace`, the row of the same task and key is replaced instead (the
 * guard save completing the row its restore step wrote).
 */
export function recordRow(file: string, row: ReportRow, options: { replace?: boolean } = {}): void {
  const report = readReport(file);
  const rows = options.replace
    ? report.rows.filter((r) => !(r.task === row.task && r.key === row.key))
    : report.rows;
  const next: Report = { version: REPORT_VERSION, rows: [...rows, row] };
  writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
}
