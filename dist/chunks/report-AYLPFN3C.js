import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  printJson
} from "./chunk-LMDOGKNU.js";
import {
  parseFlags
} from "./chunk-HFIXXTT2.js";
import {
  asReport,
  renderSummary
} from "./chunk-CZ5EI2MQ.js";
import "./chunk-LQ4F5YKE.js";
import {
  UsageError
} from "./chunk-TRFYQJTT.js";
import "./chunk-H3XAUK45.js";
import "./chunk-UV2KENB3.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-JQJ6SPEN.js";
import "./chunk-4GG4RZH4.js";
import "./chunk-CUVSUTYU.js";

// src/cli/commands/report.ts
import { readFileSync } from "node:fs";
import * as path from "node:path";
async function report(args) {
  const { flags, positionals } = parseFlags("report", args, ["json"]);
  if (positionals.length === 0) throw new UsageError("report: expected one or more report files");
  const rows = [];
  for (const file of positionals) {
    let parsed;
    try {
      parsed = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new UsageError(`report: cannot read ${file}: ${error.message}`);
    }
    const report2 = asReport(parsed);
    if (!report2)
      throw new UsageError(`report: ${file}: expected a taskcache report (version 1 with rows)`);
    const job = positionals.length > 1 ? path.basename(path.dirname(path.resolve(file))) : void 0;
    for (const row of report2.rows)
      rows.push(job !== void 0 && row.job === void 0 ? { ...row, job } : row);
  }
  if (flags.json) printJson({ version: 1, rows });
  else process.stdout.write(renderSummary(rows));
  return 0;
}
export {
  report as default
};
