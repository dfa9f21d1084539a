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

export {
  isDigest,
  isKey,
  shortKey
};
