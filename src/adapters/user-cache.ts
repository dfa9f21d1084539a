// The user's own cache directory for taskcache, shared by the local store's default location
// and the CLI executable's compiled code (a module of its own: the executable bundles it
// without the local store).

import { homedir } from 'node:os';
import * as path from 'node:path';

/** $XDG_CACHE_HOME/taskcache, else ~/.cache/taskcache. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'taskcache');
  return path.join(homedir(), '.cache', 'taskcache');
}
