import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/engine/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  UsageError
};
