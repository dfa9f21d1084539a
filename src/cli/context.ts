// Builds the engine for a CLI command from its flags: config, local store, reporter.

import * as os from 'node:os';
import * as path from 'node:path';
import { initBlake3 } from '../adapters/blake3.js';
import { parseAge, parseSize } from '../core/units.js';
import {
  DEFAULT_CONFIG,
  findConfig,
  type LoadedConfig,
  loadConfigCached,
  UsageError,
} from '../engine/config-file.js';
import type { RunContext, TaskResult } from '../engine/engine.js';
import { KeyCommandMemo } from '../engine/key-commands.js';
import { type PluginEntry, pluginStores } from '../engine/plugins.js';
import { producerFromEnv } from '../engine/producer.js';
import { projectScope } from '../engine/project.js';
import { remoteStores } from '../engine/remotes.js';
import { signerFromEnv } from '../engine/signing.js';
import { StoreSet } from '../engine/stores.js';
import { defaultCacheDir, LocalStore } from '../stores/local.js';
import type { ParsedFlags } from './flags.js';
import { createCliReporter } from './reporter.js';
import { runCacheMode, runRemotes } from './switches.js';

export interface CliContext {
  readonly loaded: LoadedConfig;
  readonly engine: RunContext;
  readonly local: LocalStore;
  /** The config's bounds on the local store, applied after each save to it. */
  readonly prune: { readonly maxBytes?: number; readonly maxAgeMs?: number };
  readonly warnings: string[];
  /** The end-of-run line (after several tasks, or in quiet mode). */
  readonly summary: (results: readonly TaskResult[]) => void;
}

export function localStoreFor(flags: ParsedFlags): LocalStore {
  const dir = flags['cache-dir'] ? path.resolve(flags['cache-dir']) : defaultCacheDir(process.env);
  return new LocalStore(dir);
}

export async function createContext(flags: ParsedFlags): Promise<CliContext> {
  await initBlake3();
  const file = flags.config ?? findConfig(process.cwd());
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
  const warn = (message: string) => reporter.warn(message);
  // --cache / TASKCACHE_CACHE, --remote-mode and --no-remote: see switches.ts.
  const cacheMode = runCacheMode(flags, process.env);
  const remotes = await remoteStores(runRemotes(flags, loaded.config), {
    env: process.env,
    warn,
  });
  const plugins = flags['no-remote']
    ? []
    : await pluginStores((loaded.config.stores ?? []) as PluginEntry[], {
        configFile: loaded.file,
        env: process.env,
        warn,
      });
  const all = new StoreSet([local, ...remotes, ...plugins], warn);
  all.progress = reporter.progress;
  const stores = all.restrictedTo(cacheMode);
  const maxSize = loaded.config['max-size'];
  const maxAge = loaded.config['max-age'];
  const engine: RunContext = {
    workspace: loaded.workspace,
    env: process.env,
    platform: { os: os.platform(), arch: os.arch() },
    stores,
    scope: await projectScope(loaded.file),
    tmpDir: local.tmpDir,
    stateDir: local.stateDir,
    reporter,
    force: flags.force === true,
    producer: producerFromEnv(process.env),
    signer: signerFromEnv(process.env),
    keyCommandMemo: new KeyCommandMemo(),
    ...(local.mode === 'off' ? {} : { runLog: local }),
  };
  const prune = {
    ...(maxSize ? { maxBytes: parseSize(maxSize) } : {}),
    ...(maxAge ? { maxAgeMs: parseAge(maxAge) } : {}),
  };
  // max-age holds on reads too: an entry unused for longer is a miss, and removed.
  local.expireAfter(prune.maxAgeMs);
  return {
    loaded,
    engine,
    local,
    prune,
    warnings: reporter.warnings,
    summary: (results) => reporter.summary(results),
  };
}
