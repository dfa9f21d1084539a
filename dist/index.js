import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  KEY_SCHEMA_VERSION,
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
} from "./chunks/chunk-JNXXGFT3.js";
import {
  LocalStore,
  StoreSet,
  defaultCacheDir
} from "./chunks/chunk-73U6SJRW.js";
import {
  ConfigError,
  findConfig,
  loadConfig,
  resolveTask,
  selectTasks
} from "./chunks/chunk-NWE26NDA.js";
import {
  UsageError
} from "./chunks/chunk-TRFYQJTT.js";
import {
  canonicalJson
} from "./chunks/chunk-INWRYIKV.js";
import "./chunks/chunk-JKM5XJ5H.js";
import {
  canRead,
  canWrite
} from "./chunks/chunk-MWMB4KLZ.js";
import {
  STORE_MODES,
  configJsonSchema,
  parseConfig,
  validateConfig
} from "./chunks/chunk-3GW2XNFS.js";
import "./chunks/chunk-TNJFJCCN.js";
import {
  blake3,
  initBlake3
} from "./chunks/chunk-G4XQRJRI.js";
import "./chunks/chunk-CUVSUTYU.js";
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
