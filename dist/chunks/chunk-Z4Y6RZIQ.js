import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/core/digest.ts
var HEX64 = /^[0-9a-f]{64}$/;
function isDigest(value) {
  return typeof value === "string" && HEX64.test(value);
}
function isKey(value) {
  return isDigest(value);
}
function shortKey(key) {
  return key.slice(0, 12);
}

// src/adapters/deadlines.ts
var STORE_DEADLINES = {
  connectMs: 5e3,
  firstByteMs: 1e4,
  minBytesPerSecond: 16 * 1024,
  throughputWindowMs: 1e4,
  operationMs: 3e4
};
function operationBoundMs(bytes, deadlines = STORE_DEADLINES) {
  return deadlines.operationMs + Math.ceil(Math.max(0, bytes) * 1e3 / deadlines.minBytesPerSecond);
}
function deadlinesOf(settings) {
  return {
    connectMs: settings.connectTimeoutMs,
    firstByteMs: settings.idleTimeoutMs,
    minBytesPerSecond: settings.minBytesPerSecond,
    throughputWindowMs: settings.throughputWindowMs,
    operationMs: settings.operationMs
  };
}

export {
  isDigest,
  isKey,
  shortKey,
  STORE_DEADLINES,
  operationBoundMs,
  deadlinesOf
};
