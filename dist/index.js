import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  KEY_SCHEMA_VERSION,
  canonicalJson,
  computeKey,
  computeTaskKey,
  createManifest,
  decodeRecord,
  describeChanges,
  diffManifests,
  dryRunTask,
  encodeRecord,
  explainTask,
  missReason,
  runTask,
  selectEnv,
  serializeManifest
} from "./chunks/chunk-C6ICAO47.js";
import {
  LocalStore,
  STORE_MODES,
  StoreSet,
  blake3,
  canRead,
  canWrite,
  defaultCacheDir,
  initBlake3
} from "./chunks/chunk-OE6COSCA.js";
import {
  ConfigError,
  UsageError,
  configJsonSchema,
  findConfig,
  loadConfig,
  parseConfig,
  resolveTask,
  selectTasks,
  validateConfig
} from "./chunks/chunk-IEXQFGVA.js";
import "./chunks/chunk-7P4J3FUG.js";
export {
  ConfigError,
  KEY_SCHEMA_VERSION,
  LocalStore,
  STORE_MODES,
  StoreSet,
  UsageError,
  blake3,
  canRead,
  canWrite,
  canonicalJson,
  computeKey,
  computeTaskKey,
  configJsonSchema,
  createManifest,
  decodeRecord,
  defaultCacheDir,
  describeChanges,
  diffManifests,
  dryRunTask,
  encodeRecord,
  explainTask,
  findConfig,
  initBlake3,
  loadConfig,
  missReason,
  parseConfig,
  resolveTask,
  runTask,
  selectEnv,
  selectTasks,
  serializeManifest,
  validateConfig
};
