#!/usr/bin/env node
// The `taskcache` executable (dist/cli.cjs): loads the CLI's bundle (dist/cli/main.cjs). A hit of
// a small task is mostly the process's start, and part of that is V8 compiling the bundle and
// the functions a run calls. That compiled code is kept between runs in the user's own cache,
// `$XDG_CACHE_HOME/taskcache/code` (else `~/.cache/taskcache/code`), not the shared temporary
// directory: by Node itself where it can (module.enableCompileCache, Node >= 22.8), turned on
// here before the bundle loads so that the bundle itself is cached; else by ./code-cache.ts.
// Node's NODE_DISABLE_COMPILE_CACHE=1 turns either off.

import module from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { debug } from '../adapters/debug.js';
import { userCacheDir } from '../adapters/user-cache.js';
import { requireWithCodeCache } from './code-cache.js';

const bundle = fileURLToPath(new URL('./cli/main.cjs', import.meta.url));

function cacheDir(): string | undefined {
  try {
    return path.join(userCacheDir(), 'code');
  } catch (error) {
    // No home directory, say: the bundle loads without a cache.
    debug(`compile cache not used: ${(error as Error).message}`);
    return undefined;
  }
}

const { enableCompileCache } = module as { enableCompileCache?: (dir: string) => unknown };
const dir = cacheDir();
// Node reports its own failures instead of throwing, and honours NODE_DISABLE_COMPILE_CACHE.
if (enableCompileCache && dir) enableCompileCache(dir);
if (!enableCompileCache && dir && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  requireWithCodeCache(bundle, dir);
} else {
  module.createRequire(bundle)(bundle);
}
