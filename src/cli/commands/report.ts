// `taskcache report FILE...`: merges JSON run reports (such as the action's report-path of
// each matrix job) into one markdown table on stdout.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { asReport, type ReportRow, renderSummary } from '../../core/summary.js';
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
    const report = asReport(parsed);
    if (!report)
      throw new UsageError(`report: ${file}: expected a taskcache report (version 1 with rows)`);
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
