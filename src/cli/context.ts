// Builds the engine for a CLI command from its flags: config, local store, reporter.

import * as os from 'node:os';
import * as path from 'node:path';
import { initBlake3 } from '../adapters/blake3.js';
import { configRemotes } from '../core/config-shape.js';
import { parseAge, parseSize } from '../core/units.js';
import {
  DEFAULT_CONFIG,
  findConfig,
  type LoadedConfig,
  loadConfigCached,
  UsageError,
} from '../engine/config-file.js';
import type { RunContext } from '../engine/engine.js';
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

export interface CliContext {
  readonly loaded: LoadedConfig;
  readonly engine: RunContext;
  readonly local: LocalStore;
  /** The config's bounds on the local store, applied after each save to it. */
  readonly prune: { readonly maxBytes?: number; readonly maxAgeMs?: number };
  readonly warnings: string[];
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
  const reporter = createCliReporter({ json: flags.json === true });
  const warn = (message: string) => reporter.warn(message);
  const remotes = await remoteStores(
    [
      ...configRemotes(loaded.config),
      ...(flags.remote ?? []).map((url) => ({ url, mode: 'read-write' as const })),
    ],
    { env: process.env, warn },
  );
  const plugins = await pluginStores((loaded.config.stores ?? []) as PluginEntry[], {
    configFile: loaded.file,
    env: process.env,
    warn,
  });
  const stores = new StoreSet([local, ...remotes, ...plugins], warn);
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
  return { loaded, engine, local, prune, warnings: reporter.warnings };
}
