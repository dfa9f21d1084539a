import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  predictGraph,
  schedule
} from "./chunks/chunk-SFEFJOLF.js";
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
} from "./chunks/chunk-XPMELCSR.js";
import {
  canonicalJson
} from "./chunks/chunk-SRAC3I6Q.js";
import "./chunks/chunk-SGE7DEJ6.js";
import {
  StoreSet,
  buildGraph,
  findConfig,
  resolveTask,
  selectTasks
} from "./chunks/chunk-EUGGKUGV.js";
import "./chunks/chunk-WCZ5FQDO.js";
import {
  canRead,
  canWrite
} from "./chunks/chunk-XJK27DBY.js";
import "./chunks/chunk-YMTDA3HV.js";
import "./chunks/chunk-TEIB2ELP.js";
import {
  blake3,
  initBlake3
} from "./chunks/chunk-UDF6BDGM.js";
import {
  loadConfig
} from "./chunks/chunk-HB4FSAE6.js";
import {
  ConfigError,
  UsageError,
  configJsonSchema,
  parseConfig,
  validateConfig
} from "./chunks/chunk-SQOTPS3B.js";
import "./chunks/chunk-R3RWRY7A.js";
import "./chunks/chunk-SM6SODOI.js";
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
