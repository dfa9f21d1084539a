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
} from "./chunks/chunk-CK2HX5CK.js";
import {
  canonicalJson
} from "./chunks/chunk-6MD2LHP5.js";
import {
  canRead,
  canWrite
} from "./chunks/chunk-SIPIBT5M.js";
import "./chunks/chunk-J4CSZDVY.js";
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
} from "./chunks/chunk-2QM55LJL.js";
import "./chunks/chunk-H3XAUK45.js";
import "./chunks/chunk-Q4WV3LEH.js";
import {
  STORE_MODES
} from "./chunks/chunk-N7M7VTR6.js";
import {
  blake3,
  initBlake3
} from "./chunks/chunk-UDF6BDGM.js";
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
