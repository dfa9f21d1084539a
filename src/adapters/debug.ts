// Debug lines on stderr, for the CLI's executable and its bundle alike.

/** A line on stderr when TASKCACHE_DEBUG is set: which paths a run took. */
export function debug(message: string): void {
  if (process.env.TASKCACHE_DEBUG) process.stderr.write(`taskcache: debug: ${message}\n`);
}
