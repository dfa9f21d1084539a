import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  localStoreFor
} from "./chunk-V62OVWAU.js";
import {
  printJson
} from "./chunk-LMDOGKNU.js";
import {
  parseFlags
} from "./chunk-HFIXXTT2.js";
import "./chunk-2LVUP7Q5.js";
import "./chunk-VXN4XADK.js";
import "./chunk-LQ4F5YKE.js";
import "./chunk-TRFYQJTT.js";
import {
  formatBytes
} from "./chunk-H3XAUK45.js";
import "./chunk-UV2KENB3.js";
import "./chunk-MWMB4KLZ.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-JQJ6SPEN.js";
import "./chunk-4GG4RZH4.js";
import "./chunk-CUVSUTYU.js";

// src/cli/commands/stats.ts
async function stats(args) {
  const { flags } = parseFlags("stats", args, ["cache-dir", "json"]);
  const local = localStoreFor(flags);
  const entries = await local.list();
  const runs = await local.runs();
  const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  const created = entries.map((e) => e.createdAt).sort((a, b) => a - b);
  const hits = runs.filter((r) => r.status === "hit").length;
  const counted = runs.filter((r) => r.status !== "failed").length;
  const result = {
    directory: local.root,
    entries: entries.length,
    bytes,
    oldest: created.length > 0 ? new Date(created[0]).toISOString() : null,
    newest: created.length > 0 ? new Date(created[created.length - 1]).toISOString() : null,
    runs: runs.length,
    hits,
    misses: runs.filter((r) => r.status === "miss").length,
    failed: runs.filter((r) => r.status === "failed").length,
    hitRate: counted === 0 ? 0 : hits / counted,
    timeSavedMs: runs.reduce((sum, r) => sum + (r.savedMs ?? 0), 0)
  };
  if (flags.json) {
    printJson(result);
    return 0;
  }
  const pct = (result.hitRate * 100).toFixed(1);
  process.stdout.write(
    [
      `local store  ${result.directory}`,
      `entries      ${result.entries} (${formatBytes(result.bytes)})`,
      `oldest       ${result.oldest ?? "-"}`,
      `newest       ${result.newest ?? "-"}`,
      `runs         ${result.runs}: ${result.hits} hits, ${result.misses} misses, ${result.failed} failed`,
      `hit rate     ${pct} % (${result.hits} of ${counted})`,
      ""
    ].join("\n")
  );
  return 0;
}
export {
  stats as default
};
