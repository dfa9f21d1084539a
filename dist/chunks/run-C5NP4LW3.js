import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  createContext
} from "./chunk-V62OVWAU.js";
import {
  printJson,
  summarize
} from "./chunk-LMDOGKNU.js";
import {
  parseFlags
} from "./chunk-HFIXXTT2.js";
import "./chunk-2LVUP7Q5.js";
import {
  runTask
} from "./chunk-T2SBXF43.js";
import "./chunk-VXN4XADK.js";
import {
  selectTasks
} from "./chunk-LQ4F5YKE.js";
import "./chunk-TRFYQJTT.js";
import "./chunk-H3XAUK45.js";
import "./chunk-NYFVR33M.js";
import "./chunk-UV2KENB3.js";
import "./chunk-JKM5XJ5H.js";
import "./chunk-MWMB4KLZ.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-Z26XVRZI.js";
import "./chunk-JQJ6SPEN.js";
import "./chunk-KT46YR3W.js";
import "./chunk-4GG4RZH4.js";
import "./chunk-CUVSUTYU.js";

// src/cli/commands/run.ts
async function run(args) {
  const { flags, positionals } = parseFlags("run", args, ["config", "cache-dir", "json", "force"]);
  const ctx = await createContext(flags);
  const tasks = selectTasks(ctx.loaded, positionals);
  const results = [];
  let exitCode = 0;
  for (const task of tasks) {
    const result = await runTask(task, ctx.engine);
    results.push(result);
    if (result.status === "failed") {
      exitCode = result.exitCode;
      break;
    }
  }
  if (flags.json) {
    printJson({
      tasks: results.map(({ runnerFiles: _runnerFiles, ...rest }) => rest),
      summary: summarize(results),
      warnings: ctx.warnings
    });
  }
  return exitCode;
}
export {
  run as default
};
