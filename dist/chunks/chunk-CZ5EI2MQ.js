import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  formatBytes,
  formatDuration
} from "./chunk-H3XAUK45.js";

// src/core/summary.ts
var REPORT_VERSION = 1;
function totals(rows) {
  const hits = rows.filter((r) => r.status === "hit");
  return {
    tasks: rows.length,
    hits: hits.length,
    hitRate: rows.length === 0 ? 0 : hits.length / rows.length,
    timeSavedMs: rows.reduce((sum, r) => sum + r.timeSavedMs, 0),
    bytesRestored: hits.reduce((sum, r) => sum + r.bytes, 0),
    bytesSaved: rows.filter((r) => r.status === "miss").reduce((sum, r) => sum + r.bytes, 0)
  };
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
var RESULT = { hit: "\u2705 hit", miss: "\u26AA miss", failed: "\u274C failed" };
function renderSummary(rows, title = "taskcache") {
  const withJob = rows.some((r) => r.job !== void 0);
  const header = [
    ...withJob ? ["Job"] : [],
    "Task",
    "Result",
    "Source",
    "Duration",
    "Time saved",
    "Size",
    "Reason"
  ];
  const lines = [
    `### ${title}`,
    "",
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`
  ];
  for (const row of rows) {
    const cells = [
      ...withJob ? [row.job ?? ""] : [],
      row.task,
      RESULT[row.status],
      row.source ?? "\u2014",
      formatDuration(row.durationMs),
      row.status === "hit" ? formatDuration(row.timeSavedMs) : "\u2014",
      row.bytes > 0 ? formatBytes(row.bytes) : "\u2014",
      row.status === "hit" ? "" : row.reason ?? ""
    ];
    lines.push(`| ${cells.map(cell).join(" | ")} |`);
  }
  const t = totals(rows);
  lines.push(
    "",
    `**Hit rate:** ${t.hits} of ${t.tasks} (${(t.hitRate * 100).toFixed(0)} %) \xB7 **time saved:** ${formatDuration(t.timeSavedMs)} \xB7 **restored:** ${formatBytes(t.bytesRestored)} \xB7 **saved:** ${formatBytes(t.bytesSaved)}`,
    ""
  );
  return lines.join("\n");
}
function asReport(value) {
  if (value === null || typeof value !== "object") return void 0;
  const report = value;
  if (report.version !== REPORT_VERSION || !Array.isArray(report.rows)) return void 0;
  return report;
}

export {
  REPORT_VERSION,
  renderSummary,
  asReport
};
