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
} from "./chunks/chunk-T2SBXF43.js";
import {
  LocalStore,
  StoreSet,
  defaultCacheDir
} from "./chunks/chunk-VXN4XADK.js";
import {
  configJsonSchema,
  loadConfig,
  parseConfig,
  validateConfig
} from "./chunks/chunk-TJYF4JRJ.js";
import {
  ConfigError,
  findConfig,
  resolveTask,
  selectTasks
} from "./chunks/chunk-LQ4F5YKE.js";
import {
  UsageError
} from "./chunks/chunk-TRFYQJTT.js";
import "./chunks/chunk-H3XAUK45.js";
import "./chunks/chunk-NYFVR33M.js";
import "./chunks/chunk-UV2KENB3.js";
import "./chunks/chunk-JKM5XJ5H.js";
import {
  canRead,
  canWrite
} from "./chunks/chunk-MWMB4KLZ.js";
import {
  STORE_MODES
} from "./chunks/chunk-N7M7VTR6.js";
import {
  canonicalJson
} from "./chunks/chunk-Z26XVRZI.js";
import "./chunks/chunk-JQJ6SPEN.js";
import "./chunks/chunk-KT46YR3W.js";
import {
  blake3,
  initBlake3
} from "./chunks/chunk-4GG4RZH4.js";
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
