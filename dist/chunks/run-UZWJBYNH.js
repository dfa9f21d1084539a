import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  runTask
} from "./chunk-MPYCWJAG.js";
import {
  printJson,
  summarize
} from "./chunk-LMDOGKNU.js";
import {
  createContext,
  parseFlags
} from "./chunk-AGQGQ6C7.js";
import "./chunk-64FWYHF5.js";
import {
  selectTasks
} from "./chunk-ZHUSPT5Q.js";

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
