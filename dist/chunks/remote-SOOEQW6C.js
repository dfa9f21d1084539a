import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  HTTP_DEFAULTS
} from "./chunk-BXXTKQ27.js";
import {
  RemoteUrlError,
  redactUrl
} from "./chunk-JL4XKUOT.js";
import "./chunk-SGE7DEJ6.js";
import {
  STORE_DEADLINES
} from "./chunk-XJK27DBY.js";
import {
  initBlake3
} from "./chunk-UDF6BDGM.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-CUVSUTYU.js";

// src/stores/remote.ts
var REMOTE_SCHEMES = [
  "http",
  "https",
  "s3",
  "turbo+http",
  "turbo+https",
  "redis",
  "rediss"
];
async function createRemoteStore(url, options) {
  const parsed = parseRemoteUrl(url);
  await initBlake3();
  const settings = {
    name: redactUrl(url),
    mode: options.mode,
    env: options.env,
    // The deadlines' defaults live in adapters/deadlines.ts, shared by every store.
    connectTimeoutMs: options.connectTimeoutMs ?? STORE_DEADLINES.connectMs,
    idleTimeoutMs: options.timeoutMs ?? STORE_DEADLINES.firstByteMs,
    minBytesPerSecond: options.minBytesPerSecond ?? STORE_DEADLINES.minBytesPerSecond,
    throughputWindowMs: options.throughputWindowMs ?? STORE_DEADLINES.throughputWindowMs,
    operationMs: options.operationMs ?? STORE_DEADLINES.operationMs,
    maxAttempts: options.maxAttempts ?? HTTP_DEFAULTS.maxAttempts,
    retryBaseDelayMs: options.retryBaseDelayMs ?? HTTP_DEFAULTS.baseDelayMs,
    retryMaxDelayMs: options.retryMaxDelayMs ?? HTTP_DEFAULTS.maxDelayMs,
    warn: options.warn ?? ((message) => process.stderr.write(`warning: ${message}
`)),
    chunkBytes: options.chunkBytes
  };
  switch (parsed.protocol) {
    case "http:":
    case "https:": {
      const { HttpStore } = await import("./http-AFFEF5Z5.js");
      return new HttpStore(parsed, settings);
    }
    case "s3:": {
      const { S3Store } = await import("./s3-IZAL3OIF.js");
      return new S3Store(parsed, settings);
    }
    case "turbo+http:":
    case "turbo+https:": {
      const { TurboStore } = await import("./turbo-KCLUABNA.js");
      return new TurboStore(parsed, settings);
    }
    case "redis:":
    case "rediss:": {
      const { RedisStore } = await import("./redis-2XIQ27II.js");
      return new RedisStore(parsed, settings);
    }
    default:
      throw new RemoteUrlError(
        `unknown remote store scheme in ${redactUrl(url)}: expected one of ${REMOTE_SCHEMES.map((s) => `${s}://`).join(", ")}`
      );
  }
}
function parseRemoteUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new RemoteUrlError(`malformed remote store URL ${redactUrl(url)}`);
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (!REMOTE_SCHEMES.includes(scheme)) {
    throw new RemoteUrlError(
      `unknown remote store scheme in ${redactUrl(url)}: expected one of ${REMOTE_SCHEMES.map((s) => `${s}://`).join(", ")}`
    );
  }
  if (!parsed.hostname) {
    throw new RemoteUrlError(`remote store URL ${redactUrl(url)} has no host`);
  }
  if (parsed.hash) {
    throw new RemoteUrlError(`remote store URL ${redactUrl(url)} must not have a #fragment`);
  }
  return parsed;
}
export {
  REMOTE_SCHEMES,
  RemoteUrlError,
  createRemoteStore,
  parseRemoteUrl,
  redactUrl
};
