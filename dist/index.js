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
} from "./chunks/chunk-ZOVX6ES3.js";
import {
  LocalStore,
  StoreSet,
  defaultCacheDir
} from "./chunks/chunk-74ZI3U42.js";
import {
  ConfigError,
  UsageError,
  findConfig,
  loadConfig,
  resolveTask,
  selectTasks
} from "./chunks/chunk-QQNJWC67.js";
import {
  canonicalJson
} from "./chunks/chunk-LIM4FPKG.js";
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
import "./chunks/chunk-R2ZZD5TQ.js";
import {
  blake3,
  initBlake3
} from "./chunks/chunk-PLJ54MU6.js";
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
