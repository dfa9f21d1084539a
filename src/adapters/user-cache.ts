// The user's own cache directories for taskcache: the local store's default location, and
// beside it (never inside it) the CLI executable's compiled code (a module of its own: the
// executable bundles it without the local store).

import { homedir } from 'node:os';
import * as path from 'node:path';

function cacheHome(env: NodeJS.ProcessEnv): string {
  return env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
}

/** $XDG_CACHE_HOME/taskcache, else ~/.cache/taskcache. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheHome(env), 'taskcache');
}

/**
 * $XDG_CACHE_HOME/taskcache-code, else ~/.cache/taskcache-code. Compiled code runs as it is, so
 * it is kept out of the local store's directory, which a workflow may carry between runs with
 * actions/cache, where any job of the repository can write it (SECURITY.md).
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheHome(env), 'taskcache-code');
}
