import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  predictGraph,
  schedule
} from "./chunks/chunk-CNSTHJJR.js";
import {
  KEY_SCHEMA_VERSION,
  LocalStore,
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
} from "./chunks/chunk-RHWCCBYB.js";
import {
  loadConfig
} from "./chunks/chunk-NEGLMK3Z.js";
import {
  canonicalJson
} from "./chunks/chunk-MFMGRBE7.js";
import "./chunks/chunk-SGE7DEJ6.js";
import {
  StoreSet,
  buildGraph,
  findConfig,
  resolveTask,
  selectTasks
} from "./chunks/chunk-PWVATDDL.js";
import {
  ConfigError,
  UsageError,
  configJsonSchema,
  parseConfig
} from "./chunks/chunk-RXQO5GUJ.js";
import "./chunks/chunk-Y3XWQFZK.js";
import {
  canRead,
  canWrite
} from "./chunks/chunk-4Z5QRU4E.js";
import "./chunks/chunk-63LDGXZC.js";
import {
  blake3,
  initBlake3
} from "./chunks/chunk-UDF6BDGM.js";
import {
  validateConfig
} from "./chunks/chunk-RHCA6Y7F.js";
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
  buildGraph,
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
  predictGraph,
  resolveTask,
  runTask,
  schedule,
  selectEnv,
  selectTasks,
  serializeManifest,
  validateConfig
};
