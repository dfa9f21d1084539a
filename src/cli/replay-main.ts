// The replay of a sealed run (engine/run-seal.ts) before the CLI's bundle is loaded. Built as
// a bundle of its own (dist/cli/replay.cjs, under a third of the CLI's), which the executable
// loads first for `taskcache run` (src/cli/bin.ts): an invocation whose seal holds is shown,
// recorded and ended from here, with the same code as `run` (replay.ts); any other gets
// undefined, having shown nothing, and the CLI's bundle runs it as usual. Only a run on the
// local store alone replays here: with remote or plug-in stores configured, `run` itself
// checks the seal.

import * as os from 'node:os';
import * as path from 'node:path';
import { initBlake3 } from '../adapters/blake3.js';
import { debug } from '../adapters/debug.js';
import { findConfig, selectTasks } from '../engine/config-file.js';
import { readSeal, sealFile, sealPathsHold } from '../engine/run-seal.js';
import { signerFromEnv } from '../engine/signing.js';
import { StoreSet } from '../engine/stores.js';
import { baseContext, localStoreFor } from './base-context.js';
import { parseFlags } from './flags.js';
import {
  endRun,
  parseConcurrency,
  type ReplayContext,
  RUN_FLAGS,
  replaySealed,
  SEAL_TRIED,
  sealOf,
} from './replay.js';
import { runRemotes } from './switches.js';

/** The exit code of `taskcache run ARGS` when its seal held and it was replayed; else undefined. */
export async function replayRun(args: readonly string[]): Promise<number | undefined> {
  const prepared = await prepare(args).catch((error: unknown) => {
    // A usage or config error: the CLI's bundle reports it.
    debug(`seal: not replayed before the CLI's bundle: ${(error as Error).message}`);
    return undefined;
  });
  if (prepared === undefined) return undefined;
  const { ctx, tasks, seal, read, concurrency, flags } = prepared;
  const outcome = await replaySealed(ctx, tasks, seal, concurrency, read);
  if (outcome === undefined) {
    (globalThis as Record<symbol, unknown>)[SEAL_TRIED] = true;
    return undefined;
  }
  debug("seal: replayed before the CLI's bundle was loaded");
  return endRun(ctx, outcome, flags);
}

/**
 * The context, tasks and seal of the invocation, when it is one this bundle may replay;
 * undefined (or a throw: a usage or config error, which the CLI's bundle reports) otherwise.
 */
async function prepare(args: readonly string[]) {
  const { flags, positionals } = parseFlags('run', args, RUN_FLAGS);
  if (flags.help || flags.force || signerFromEnv(process.env)) return undefined;
  const concurrency = parseConcurrency(flags);
  // The paths first, the config after: a run whose workspace changed learns it at the cost of
  // the stats up to the first change.
  const file = flags.config ?? findConfig(process.cwd());
  if (file === undefined) return undefined;
  const workspace = path.dirname(path.resolve(file));
  await initBlake3(); // The seal's name is a digest of the workspace.
  const read = readSeal(sealFile(localStoreFor(flags).stateDir, workspace));
  if (read === undefined) return undefined;
  if (!sealPathsHold(read, workspace)) {
    (globalThis as Record<symbol, unknown>)[SEAL_TRIED] = true;
    return undefined;
  }
  const { loaded, local, reporter, cacheMode } = await baseContext(flags, file);
  if (loaded.workspace !== workspace) return undefined;
  if (runRemotes(flags, loaded.config).length > 0) return undefined;
  if (!flags['no-remote'] && (loaded.config.stores ?? []).length > 0) return undefined;
  const stores = new StoreSet([local], (message) => reporter.warn(message));
  stores.progress = reporter.progress;
  const ctx: ReplayContext = {
    loaded,
    local,
    engine: {
      workspace: loaded.workspace,
      env: process.env,
      platform: { os: os.platform(), arch: os.arch() },
      stores: stores.restrictedTo(cacheMode),
      stateDir: local.stateDir,
      reporter,
      force: false,
      ...(local.mode === 'off' ? {} : { runLog: local }),
    },
    warnings: reporter.warnings,
    summary: (results) => reporter.summary(results),
  };
  const tasks = selectTasks(loaded, positionals, {
    filters: flags.filter ?? [],
    only: flags.only === true,
  });
  const seal = sealOf(ctx, tasks, { flags, concurrency, mode: ctx.engine.stores.mode });
  return seal && { ctx, tasks, seal, read, concurrency, flags };
}
