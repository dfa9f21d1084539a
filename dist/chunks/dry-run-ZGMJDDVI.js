import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  createContext,
  createStyle
} from "./chunk-V62OVWAU.js";
import {
  printJson
} from "./chunk-LMDOGKNU.js";
import {
  parseFlags
} from "./chunk-HFIXXTT2.js";
import "./chunk-2LVUP7Q5.js";
import {
  dryRunTask
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

// src/cli/commands/dry-run.ts
async function dryRun(args) {
  const { flags, positionals } = parseFlags("dry-run", args, [
    "config",
    "cache-dir",
    "json",
    "remote"
  ]);
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
