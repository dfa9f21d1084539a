// The post step: the step that created the job's report writes the one summary table.

import * as core from '@actions/core';
import { renderSummary } from '../../core/summary.js';
import { readReport, reportPath, SUMMARY_STATE } from '../report-file.js';
import { guarded } from '../step.js';

export function postAction(): Promise<void> {
  return guarded(async () => {
    if (core.getState(SUMMARY_STATE.owner) !== 'true') return;
    if (core.getState(SUMMARY_STATE.enabled) === 'false') return;
    const report = readReport(reportPath(process.env));
    if (report.rows.length === 0) return;
    await core.summary.addRaw(renderSummary(report.rows)).write();
  });
}
