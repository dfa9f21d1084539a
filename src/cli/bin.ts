#!/usr/bin/env node
// The `taskcache` executable (dist/cli.cjs): loads the CLI's bundle (dist/cli/main.cjs). On Node
// 22.8 and later it first turns on Node's own compile cache (module.enableCompileCache), kept in
// the user's cache, `$XDG_CACHE_HOME/taskcache/code` (else `~/.cache/taskcache/code`), not the
// shared temporary directory, so that the bundle's compiled code is reused between runs. Older
// Node compiles the bundle on every start. NODE_DISABLE_COMPILE_CACHE=1 turns the cache off.

import module from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { debug } from '../adapters/debug.js';
import { userCacheDir } from '../adapters/user-cache.js';

const bundle = fileURLToPath(new URL('./cli/main.cjs', import.meta.url));

const { enableCompileCache } = module as { enableCompileCache?: (dir: string) => unknown };
if (enableCompileCache) {
  try {
    // Node reports its own failures instead of throwing, and honours NODE_DISABLE_COMPILE_CACHE.
    enableCompileCache(path.join(userCacheDir(), 'code'));
  } catch (error) {
    // No home directory, say: the bundle loads without a cache.
    debug(`compile cache not used: ${(error as Error).message}`);
  }
}
module.createRequire(bundle)(bundle);
