import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/stores/store.ts
var canRead = (mode) => mode === "read-write" || mode === "read";
var canWrite = (mode) => mode === "read-write" || mode === "write";
function releaseBytes(record) {
  if (record === void 0 || typeof record === "string") return;
  const owned = record.buffer;
  if (record.byteOffset === 0 && owned.byteLength === record.byteLength) owned.transfer?.(0);
}
var RECENT_RECORDS = 8;
function pushRecent(key, earlier) {
  return [key, ...earlier.filter((k) => k !== key)].slice(0, RECENT_RECORDS);
}
var UnsupportedError = class extends Error {
  name = "UnsupportedError";
};
var StoreError = class extends Error {
  constructor(store, message) {
    super(message);
    this.store = store;
  }
  store;
  name = "StoreError";
};

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
  canRead,
  canWrite,
  releaseBytes,
  RECENT_RECORDS,
  pushRecent,
  UnsupportedError,
  StoreError,
  STORE_DEADLINES,
  operationBoundMs,
  deadlinesOf
};
