import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  createContext
} from "./chunk-RSWK66RQ.js";
import {
  printJson,
  summarize
} from "./chunk-LMDOGKNU.js";
import {
  parseFlags
} from "./chunk-ZYGTA5T3.js";
import "./chunk-BHTZBK5E.js";
import {
  runTask
} from "./chunk-C6ICAO47.js";
import "./chunk-OE6COSCA.js";
import {
  selectTasks
} from "./chunk-IEXQFGVA.js";
import "./chunk-7P4J3FUG.js";

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
