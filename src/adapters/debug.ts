// Debug lines on stderr, for the CLI's executable and its bundle alike: which paths a run took
// and how long its steps took (scan, hash, key, lookup and restore, save). On with
// TASKCACHE_DEBUG set, or with the CLI's -v/--verbose.

let forced = false;

/** Turns debug lines on for the rest of the process (`-v`/`--verbose`). */
export function enableDebug(): void {
  forced = true;
}

export function debugEnabled(): boolean {
  return forced || !!process.env.TASKCACHE_DEBUG;
}

/** A line on stderr when debug lines are on. */
export function debug(message: string): void {
  if (debugEnabled()) process.stderr.write(`taskcache: debug: ${message}\n`);
}
