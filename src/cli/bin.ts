#!/usr/bin/env node
// The `taskcache` executable (dist/cli.cjs): loads the CLI's bundle (dist/cli/main.cjs), after,
// for `run`, the smaller bundle that replays a sealed run (dist/cli/replay.cjs). The CLI's
// bundle itself is run with a code cache taken at the end of a run (warm-load.ts), and on Node
// 22.8 and later the parts it loads later use Node's own compile cache
// (module.enableCompileCache). Both are kept in `$XDG_CACHE_HOME/taskcache-code` (else
// `~/.cache/taskcache-code`): the user's, not the shared temporary directory, and not the local
// store's directory, which may come from a cache others can write.
// NODE_DISABLE_COMPILE_CACHE=1 turns both off.

import module from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { debug } from '../adapters/debug.js';
import { codeCacheDir } from '../adapters/user-cache.js';
import { loadWarm } from './warm-load.js';

const bundle = fileURLToPath(new URL('./cli/main.cjs', import.meta.url));
const replayBundle = fileURLToPath(new URL('./cli/replay.cjs', import.meta.url));

const { enableCompileCache } = module as { enableCompileCache?: (dir: string) => unknown };
if (enableCompileCache) {
  try {
    // Node reports its own failures instead of throwing, and honours NODE_DISABLE_COMPILE_CACHE.
    enableCompileCache(codeCacheDir());
  } catch (error) {
    // No home directory, say: the bundle loads without a cache.
    debug(`compile cache not used: ${(error as Error).message}`);
  }
}
// The bundle's import() has no loader in a vm script: plug-in stores are imported through this
// module's (src/engine/plugins.ts), by a function the bundler leaves as it is.
(globalThis as Record<symbol, unknown>)[Symbol.for('taskcache.import')] = new Function(
  'specifier',
  'return import(specifier)',
);
let warmDir: string | undefined;
try {
  if (!process.env.NODE_DISABLE_COMPILE_CACHE) warmDir = path.join(codeCacheDir(), 'warm');
} catch {
  // No home directory: no cache.
}
const argv = process.argv.slice(2);
const startBundle = () => {
  if (!loadWarm(bundle, warmDir, argv)) module.createRequire(bundle)(bundle);
};
// `run` first tries its sealed run's replay, from a bundle under a third the size (replay-main.ts).
if (argv[0] === 'run') {
  // As in the CLI's bundle (main.ts): a run left pending (a bug) fails instead of exiting 0.
  process.exitCode = 1;
  replayFirst(argv.slice(1)).then(
    (code) => {
      if (code === undefined) startBundle();
      else process.exitCode = code;
    },
    (error: unknown) => {
      // After the replay began to show its hits: not run again.
      process.stderr.write(
        `taskcache: internal error: ${(error as Error)?.stack ?? String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
} else {
  startBundle();
}

/** The replay's exit code; undefined when the bundle is missing or the seal does not hold. */
async function replayFirst(args: readonly string[]): Promise<number | undefined> {
  let replay: typeof import('./replay-main.js');
  try {
    replay = module.createRequire(replayBundle)(replayBundle);
  } catch (error) {
    debug(`replay bundle not loaded: ${(error as Error).message}`);
    return undefined;
  }
  return replay.replayRun(args);
}
