import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  SUMMARY_STATE,
  getState,
  guarded,
  readReport,
  renderSummary,
  reportPath,
  summary
} from "../chunks/chunk-3US2DAIG.js";
import "../chunks/chunk-EUGGKUGV.js";
import "../chunks/chunk-WCZ5FQDO.js";
import "../chunks/chunk-XJK27DBY.js";
import "../chunks/chunk-TEIB2ELP.js";
import "../chunks/chunk-UDF6BDGM.js";
import "../chunks/chunk-SQOTPS3B.js";
import "../chunks/chunk-R3RWRY7A.js";
import "../chunks/chunk-SM6SODOI.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/modes/post.ts
function postAction() {
  return guarded(async () => {
    if (getState(SUMMARY_STATE.owner) !== "true") return;
    if (getState(SUMMARY_STATE.enabled) === "false") return;
    const report = readReport(reportPath(process.env));
    if (report.rows.length === 0) return;
    await summary.addRaw(renderSummary(report.rows)).write();
  });
}

// src/action/entries/post.ts
await postAction();
