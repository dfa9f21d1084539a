// The part of a CLI command's context that needs no remote store: the config, the local store
// and the reporter. context.ts builds the rest on it; a sealed run's replay (replay-main.ts),
// which uses the local store only, needs no more.

import * as path from 'node:path';
import { initBlake3 } from '../adapters/blake3.js';
import type { StoreMode } from '../core/config-shape.js';
import { parseAge, parseSize } from '../core/units.js';
import {
  DEFAULT_CONFIG,
  findConfig,
  type LoadedConfig,
  loadConfigCached,
  UsageError,
} from '../engine/config-file.js';
import { defaultCacheDir, LocalStore } from '../stores/local.js';
import type { ParsedFlags } from './flags.js';
import { type CliReporter, createCliReporter } from './reporter.js';
import { runCacheMode } from './switches.js';

export interface BaseContext {
  readonly loaded: LoadedConfig;
  readonly local: LocalStore;
  readonly reporter: CliReporter;
  /** --cache / TASKCACHE_CACHE (switches.ts). */
  readonly cacheMode: StoreMode;
  /** The config's bounds on the local store, applied after each save to it. */
  readonly prune: { readonly maxBytes?: number; readonly maxAgeMs?: number };
}

export function localStoreFor(flags: ParsedFlags): LocalStore {
  const dir = flags['cache-dir'] ? path.resolve(flags['cache-dir']) : defaultCacheDir(process.env);
  return new LocalStore(dir);
}

/** `file`: the config, when the caller found it already (else --config, or looked for). */
export async function baseContext(
  flags: ParsedFlags,
  file = flags.config ?? findConfig(process.cwd()),
): Promise<BaseContext> {
  await initBlake3();
  if (!file) {
    throw new UsageError(
      `no ${DEFAULT_CONFIG} in ${process.cwd()} or its parents (pass --config FILE)`,
    );
  }
  const local = localStoreFor(flags);
  const loaded = await loadConfigCached(file, local.stateDir);
  const reporter = createCliReporter({
    json: flags.json === true,
    quiet: flags.quiet === true,
    verbose: flags.verbose === true,
  });
  const cacheMode = runCacheMode(flags, process.env);
  const maxSize = loaded.config['max-size'];
  const maxAge = loaded.config['max-age'];
  const prune = {
    ...(maxSize ? { maxBytes: parseSize(maxSize) } : {}),
    ...(maxAge ? { maxAgeMs: parseAge(maxAge) } : {}),
  };
  // max-age holds on reads too: an entry unused for longer is a miss, and removed.
  local.expireAfter(prune.maxAgeMs);
  return { loaded, local, reporter, cacheMode, prune };
}
