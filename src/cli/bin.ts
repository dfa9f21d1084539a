#!/usr/bin/env node
// The `taskcache` executable (dist/cli.cjs): loads the CLI's bundle (dist/cli/main.cjs). A hit of
// a small task is mostly the process's start, and part of that is V8 compiling the bundle and
// the functions a run calls. Node >= 22.8 can keep that compiled code between runs
// (module.enableCompileCache, checksummed by Node); it is turned on here, before the bundle
// loads, so that the bundle itself is cached. It lives in the user's own cache,
// `$XDG_CACHE_HOME/taskcache/code` (else `~/.cache/taskcache/code`), not the shared temporary
// directory; Node's NODE_DISABLE_COMPILE_CACHE=1 turns it off. Older Node versions load the
// bundle as it is: V8's raw code cache, fed to node:vm by hand, carries no checksum of its own,
// and a damaged one crashes V8 instead of being refused.

import module from 'node:module';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { debug } from '../adapters/debug.js';

const bundle = fileURLToPath(new URL('./cli/main.cjs', import.meta.url));

const { enableCompileCache } = module as { enableCompileCache?: (dir: string) => unknown };
if (enableCompileCache) {
  try {
    const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
    enableCompileCache(path.join(base, 'taskcache', 'code'));
  } catch (error) {
    // No home directory, say (Node itself reports its failures instead of throwing): the
    // bundle loads without the cache.
    debug(`compile cache not used: ${(error as Error).message}`);
  }
}
module.createRequire(bundle)(bundle);
