import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  producerFromEnv,
  remoteStores,
  signerFromEnv
} from "./chunk-2LVUP7Q5.js";
import {
  LocalStore,
  StoreSet,
  defaultCacheDir
} from "./chunk-VXN4XADK.js";
import {
  DEFAULT_CONFIG,
  findConfig,
  loadConfigCached
} from "./chunk-LQ4F5YKE.js";
import {
  UsageError
} from "./chunk-TRFYQJTT.js";
import {
  formatBytes,
  formatDuration,
  parseAge,
  parseSize
} from "./chunk-H3XAUK45.js";
import {
  configRemotes
} from "./chunk-N7M7VTR6.js";
import {
  initBlake3
} from "./chunk-4GG4RZH4.js";

// src/cli/style.ts
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var plain = (s) => s;
function createStyle(stream, env) {
  const color = stream.isTTY === true && !("NO_COLOR" in env) && env.TERM !== "dumb";
  if (!color)
    return { bold: plain, dim: plain, green: plain, yellow: plain, red: plain, cyan: plain };
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    red: wrap(31, 39),
    cyan: wrap(36, 39)
  };
}

// src/cli/context.ts
import * as os from "node:os";
import * as path from "node:path";

// src/cli/reporter.ts
function createCliReporter(options) {
  const err = process.stderr;
  const style = createStyle(err, process.env);
  const out = options.json ? process.stderr : process.stdout;
  const warnings = [];
  const line = (text) => err.write(`${text}
`);
  const short = (key) => key.slice(0, 12);
  return {
    warnings,
    live: { stdout: out, stderr: process.stderr },
    warn(message) {
      warnings.push(message);
      line(`${style.yellow("taskcache: warning:")} ${message}`);
    },
    miss(task, key, reason) {
      line(
        `${style.cyan("\u25B8")} ${style.bold(task.name)} ${style.yellow("miss")} ${style.dim(`(${reason}) key ${short(key)}`)}`
      );
      line(style.dim(`  $ ${task.command}`));
    },
    hit(task, key, source, record, log) {
      line(
        `${style.cyan("\u25B8")} ${style.bold(task.name)} ${style.green("hit")} ${style.dim(`from ${source}: cached ${record.createdAt}, took ${formatDuration(record.durationMs)}, key ${short(key)}`)}`
      );
      out.write(log);
    },
    done(result) {
      if (result.status === "failed") {
        line(
          `${style.red("\u2717")} ${style.bold(result.task)} ${style.red(`failed with exit code ${result.exitCode}`)} ${style.dim("(not cached)")}`
        );
      } else if (result.status === "miss") {
        const where = result.savedTo.length > 0 ? `saved to ${result.savedTo.join(", ")}` : "not saved";
        line(
          `${style.green("\u2713")} ${style.bold(result.task)} ${style.dim(`${where}, ${formatBytes(result.bytes)} of outputs, ${formatDuration(result.durationMs)}`)}`
        );
      } else {
        line(
          `${style.green("\u2713")} ${style.bold(result.task)} ${style.dim(`restored ${formatBytes(result.bytes)} in ${formatDuration(result.durationMs)}, saved ${formatDuration(result.timeSavedMs)}`)}`
        );
      }
    }
  };
}

// src/cli/context.ts
function localStoreFor(flags) {
  const dir = flags["cache-dir"] ? path.resolve(flags["cache-dir"]) : defaultCacheDir(process.env);
  return new LocalStore(dir);
}
async function createContext(flags) {
  await initBlake3();
  const file = flags.config ?? findConfig(process.cwd());
  if (!file) {
    throw new UsageError(
      `no ${DEFAULT_CONFIG} in ${process.cwd()} or its parents (pass --config FILE)`
    );
  }
  const local = localStoreFor(flags);
  const loaded = await loadConfigCached(file, local.stateDir);
  const reporter = createCliReporter({ json: flags.json === true });
  const warn = (message) => reporter.warn(message);
  const remotes = await remoteStores(
    [
      ...configRemotes(loaded.config),
      ...(flags.remote ?? []).map((url) => ({ url, mode: "read-write" }))
    ],
    { env: process.env, warn }
  );
  const stores = new StoreSet([local, ...remotes], warn);
  const maxSize = loaded.config["max-size"];
  const maxAge = loaded.config["max-age"];
  const engine = {
    workspace: loaded.workspace,
    env: process.env,
    platform: { os: os.platform(), arch: os.arch() },
    stores,
    scope: loaded.workspace,
    tmpDir: local.tmpDir,
    stateDir: local.stateDir,
    reporter,
    force: flags.force === true,
    producer: producerFromEnv(process.env),
    signer: signerFromEnv(process.env),
    local,
    prune: {
      ...maxSize ? { maxBytes: parseSize(maxSize) } : {},
      ...maxAge ? { maxAgeMs: parseAge(maxAge) } : {}
    }
  };
  return { loaded, engine, local, warnings: reporter.warnings };
}

export {
  createStyle,
  localStoreFor,
  createContext
};
