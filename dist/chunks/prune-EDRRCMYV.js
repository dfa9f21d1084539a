import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  localStoreFor
} from "./chunk-V62OVWAU.js";
import {
  parseFlags
} from "./chunk-HFIXXTT2.js";
import "./chunk-2LVUP7Q5.js";
import "./chunk-VXN4XADK.js";
import "./chunk-LQ4F5YKE.js";
import {
  UsageError
} from "./chunk-TRFYQJTT.js";
import {
  formatBytes,
  parseAge,
  parseSize
} from "./chunk-H3XAUK45.js";
import "./chunk-UV2KENB3.js";
import "./chunk-MWMB4KLZ.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-JQJ6SPEN.js";
import "./chunk-4GG4RZH4.js";
import "./chunk-CUVSUTYU.js";

// src/cli/commands/prune.ts
async function prune(args) {
  const { flags, positionals } = parseFlags("prune", args, ["cache-dir", "max-size", "max-age"]);
  if (positionals.length > 0)
    throw new UsageError(`prune: unexpected argument "${positionals[0]}"`);
  const maxBytes = flags["max-size"] === void 0 ? void 0 : parseSize(flags["max-size"]);
  if (flags["max-size"] !== void 0 && maxBytes === void 0) {
    throw new UsageError(
      `prune: --max-size: expected a size such as "10GB", got "${flags["max-size"]}"`
    );
  }
  const maxAgeMs = flags["max-age"] === void 0 ? void 0 : parseAge(flags["max-age"]);
  if (flags["max-age"] !== void 0 && maxAgeMs === void 0) {
    throw new UsageError(
      `prune: --max-age: expected an age such as "7d" or "12h", got "${flags["max-age"]}"`
    );
  }
  if (maxBytes === void 0 && maxAgeMs === void 0) {
    throw new UsageError("prune: give --max-size SIZE, --max-age AGE, or both");
  }
  const local = localStoreFor(flags);
  const result = await local.prune({ maxBytes, maxAgeMs });
  process.stdout.write(
    `removed ${result.removed} entr${result.removed === 1 ? "y" : "ies"} (${formatBytes(result.freedBytes)}); kept ${result.kept} (${formatBytes(result.keptBytes)})
`
  );
  return 0;
}
export {
  prune as default
};
