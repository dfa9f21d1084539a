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
  explainTask
} from "./chunk-T2SBXF43.js";
import "./chunk-VXN4XADK.js";
import {
  selectTasks
} from "./chunk-LQ4F5YKE.js";
import {
  UsageError
} from "./chunk-TRFYQJTT.js";
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

// src/cli/commands/explain.ts
async function explain(args) {
  const { flags, positionals } = parseFlags("explain", args, [
    "config",
    "cache-dir",
    "json",
    "remote"
  ]);
  if (positionals.length !== 1) throw new UsageError("explain: expected exactly one TASK");
  const ctx = await createContext(flags);
  const [task] = selectTasks(ctx.loaded, positionals);
  const result = await explainTask(task, ctx.engine);
  if (flags.json) {
    printJson({ ...result, warnings: ctx.warnings });
    return 0;
  }
  const style = createStyle(process.stdout, process.env);
  const m = result.manifest;
  const out = [
    `${style.bold(result.task)}  key ${result.key}`,
    `  command       ${m.command}`,
    `  shell         ${m.shell}`,
    `  directory     ${m.cwd}`,
    `  platform      ${m.platform}`,
    `  inputs        ${m.inputs} file${m.inputs === 1 ? "" : "s"}`,
    `  env           ${m.env.length > 0 ? m.env.join(", ") : "(none)"}`,
    `  key-commands  ${m.keyCommands.length > 0 ? m.keyCommands.join(", ") : "(none)"}`,
    `  key-salt      ${m.salt === "" ? "(none)" : JSON.stringify(m.salt)}`,
    `  stores        ${result.stores.map((s) => `${s.store}: ${s.hit === null ? "error" : s.hit ? "hit" : "miss"}`).join(", ")}`
  ];
  if (result.unmatched.length > 0) {
    out.push(`  unmatched     ${result.unmatched.join(", ")}`);
  }
  if (!result.previous) {
    out.push("", "No earlier entry of this task in the stores: the next run is a first run.");
  } else if (result.previous.key === result.key) {
    out.push("", `The most recent entry (${result.previous.createdAt}) has this key.`);
  } else {
    out.push(
      "",
      `Changed since the most recent entry (${result.previous.createdAt}, key ${result.previous.key.slice(0, 12)}):`
    );
    for (const line of result.lines) out.push(`  - ${line}`);
  }
  process.stdout.write(`${out.join("\n")}
`);
  return 0;
}
export {
  explain as default
};
