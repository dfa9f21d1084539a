import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  KEY_SCHEMA_VERSION,
  LocalStore,
  StoreSet,
  computeKey,
  computeTaskKey,
  createManifest,
  decodeRecord,
  defaultCacheDir,
  describeChanges,
  diffManifests,
  dryRunTask,
  encodeRecord,
  explainTask,
  missReason,
  runTask,
  selectEnv,
  serializeManifest
} from "./chunks/chunk-CRAJKTQ7.js";
import {
  loadConfig
} from "./chunks/chunk-476GHPVO.js";
import {
  canonicalJson
} from "./chunks/chunk-CA5H4JNN.js";
import "./chunks/chunk-Z4Y6RZIQ.js";
import {
  findConfig,
  resolveTask,
  selectTasks
} from "./chunks/chunk-NBQWV23J.js";
import {
  ConfigError,
  UsageError,
  configJsonSchema,
  parseConfig
} from "./chunks/chunk-OAYSP4DE.js";
import "./chunks/chunk-EPCJNCHJ.js";
import {
  canRead,
  canWrite
} from "./chunks/chunk-MWMB4KLZ.js";
import "./chunks/chunk-63LDGXZC.js";
import {
  blake3,
  initBlake3
} from "./chunks/chunk-UDF6BDGM.js";
import {
  validateConfig
} from "./chunks/chunk-DWE2MTY6.js";
import "./chunks/chunk-R3RWRY7A.js";
import "./chunks/chunk-AZEJ7MGI.js";
import {
  STORE_MODES
} from "./chunks/chunk-N7M7VTR6.js";
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
