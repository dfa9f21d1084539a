// Marking a file of the local store's state as used. `taskcache prune` removes state by its
// mtime (stores/local-prune.ts); a file that a run only reads (a reused config parse, an
// unchanged stat cache, a replayed kept log) would otherwise age as if nobody used it.

import { lutimesSync } from 'node:fs';

/**
 * Sets the file's times to now: of the file itself, or of a link in its place, never of what
 * a link points to. One call per file and invocation; a failure (read-only state, no such
 * file) only lets the file age.
 */
export function touchUsed(file: string): void {
  const now = Date.now() / 1000;
  try {
    lutimesSync(file, now, now);
  } catch {
    // Read-only or gone: the file ages as if unused, which costs at most a later rebuild.
  }
}
