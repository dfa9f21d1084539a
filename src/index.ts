// The library: key computation, stores and the run-or-restore engine, for other tools to embed.

export { blake3, initBlake3 } from './adapters/blake3.js';
export { canonicalJson } from './core/canonical.js';
export {
  type Config,
  type ConfigIssue,
  configJsonSchema,
  parseConfig,
  type TaskConfig,
  validateConfig,
} from './core/config.js';
export { describeChanges, diffManifests, type ManifestChange, missReason } from './core/diff.js';
export type { Digest, Key } from './core/digest.js';
export { decodeRecord, type EntryRecord, encodeRecord } from './core/entry.js';
export { selectEnv } from './core/env.js';
export {
  computeKey,
  createManifest,
  KEY_SCHEMA_VERSION,
  type Manifest,
  serializeManifest,
} from './core/manifest.js';
export {
  ConfigError,
  findConfig,
  resolveTask,
  selectTasks,
  type TaskSpec,
  UsageError,
} from './engine/config-file.js';
export { loadConfig } from './engine/config-load.js';
export {
  dryRunTask,
  explainTask,
  type HitEntry,
  type Reporter,
  type RunContext,
  runTask,
  type TaskResult,
} from './engine/engine.js';
export { buildGraph, type TaskGraph } from './engine/graph.js';
export { computeTaskKey } from './engine/key.js';
export { predictGraph, type ScheduleOutcome, schedule } from './engine/schedule.js';
export { StoreSet } from './engine/stores.js';
export { defaultCacheDir, LocalStore } from './stores/local.js';
export {
  canRead,
  canWrite,
  type SaveRequest,
  STORE_MODES,
  type Store,
  type StoredEntry,
  type StoreMode,
} from './stores/store.js';
