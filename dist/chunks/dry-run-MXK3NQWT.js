import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  dryRunTask
} from "./chunk-MPYCWJAG.js";
import {
  printJson
} from "./chunk-LMDOGKNU.js";
import {
  createContext,
  createStyle,
  parseFlags
} from "./chunk-AGQGQ6C7.js";
import "./chunk-64FWYHF5.js";
import {
  selectTasks
} from "./chunk-ZHUSPT5Q.js";

// src/cli/commands/dry-run.ts
async function dryRun(args) {
  const { flags, positionals } = parseFlags("dry-run", args, ["config", "cache-dir", "json"]);
  const ctx = await createContext(flags);
  const results = [];
  for (const task of selectTasks(ctx.loaded, positionals)) {
    results.push(await dryRunTask(task, ctx.engine));
  }
  if (flags.json) {
    printJson({ tasks: results, warnings: ctx.warnings });
    return 0;
  }
  const style = createStyle(process.stdout, process.env);
  for (const r of results) {
    const status = r.status === "hit" ? style.green("hit") : style.yellow("miss");
    const stores = r.stores.map((s) => `${s.store}: ${s.hit === null ? "error" : s.hit ? "hit" : "miss"}`).join(", ");
    process.stdout.write(
      `${style.bold(r.task)}  ${status}  ${r.key}
  ${style.dim(stores)}${r.reason ? `
  ${style.dim(`why: ${r.reason}`)}` : ""}
`
    );
  }
  return 0;
}
export {
  dryRun as default
};
