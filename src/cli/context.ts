// Builds the engine for a CLI command from its flags: config, local store, reporter
// (base-context.ts), and the remote and plug-in stores.

import * as os from 'node:os';
import type { LoadedConfig } from '../engine/config-file.js';
import type { RunContext, TaskResult } from '../engine/engine.js';
import { KeyCommandMemo } from '../engine/key-commands.js';
import { type PluginEntry, pluginStores } from '../engine/plugins.js';
import { producerFromEnv } from '../engine/producer.js';
import { projectScope } from '../engine/project.js';
import { remoteStores } from '../engine/remotes.js';
import { signerFromEnv } from '../engine/signing.js';
import { StoreSet } from '../engine/stores.js';
import type { LocalStore } from '../stores/local.js';
import { baseContext } from './base-context.js';
import type { ParsedFlags } from './flags.js';
import { runRemotes } from './switches.js';

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

export async function createContext(flags: ParsedFlags): Promise<CliContext> {
  const { loaded, local, reporter, cacheMode, prune } = await baseContext(flags);
  const warn = (message: string) => reporter.warn(message);
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
  const engine: RunContext = {
    workspace: loaded.workspace,
    env: process.env,
    platform: { os: os.platform(), arch: os.arch() },
    stores: all.restrictedTo(cacheMode),
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
  return {
    loaded,
    engine,
    local,
    prune,
    warnings: reporter.warnings,
    summary: (results) => reporter.summary(results),
  };
}
