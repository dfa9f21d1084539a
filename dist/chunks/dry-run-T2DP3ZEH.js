import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  createContext,
  createStyle
} from "./chunk-RSWK66RQ.js";
import {
  printJson
} from "./chunk-LMDOGKNU.js";
import {
  parseFlags
} from "./chunk-ZYGTA5T3.js";
import "./chunk-BHTZBK5E.js";
import {
  dryRunTask
} from "./chunk-C6ICAO47.js";
import "./chunk-OE6COSCA.js";
import {
  selectTasks
} from "./chunk-IEXQFGVA.js";
import "./chunk-7P4J3FUG.js";

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
