import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/stores/store.ts
var canRead = (mode) => mode === "read-write" || mode === "read";
var canWrite = (mode) => mode === "read-write" || mode === "write";
var StoreError = class extends Error {
  constructor(store, message) {
    super(message);
    this.store = store;
  }
  store;
  name = "StoreError";
};

export {
  canRead,
  canWrite,
  StoreError
};
