// The bound on the local store's run log (runs.jsonl, one JSON line per task run, read by
// `stats`): once the file passes RUN_LOG_MAX_BYTES, it is rewritten with its last
// RUN_LOG_KEEP lines, atomically (a new file renamed over the old one), so a reader sees the
// old log or the trimmed one. A line another process appends while the log is being trimmed
// may be lost: a statistic, never an entry.

import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../adapters/atomic-file.js';

/** The runs a trimmed log keeps. */
export const RUN_LOG_KEEP = 10_000;
/** The size past which the log is trimmed: about twice what RUN_LOG_KEEP lines take. */
export const RUN_LOG_MAX_BYTES = 4 * 1024 * 1024;

/** Keeps the last `keep` lines of the log at `file`; a log already that short is left alone. */
export function trimRunLog(file: string, keep = RUN_LOG_KEEP): void {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').filter((line) => line !== '');
  if (lines.length <= keep) return;
  writeFileAtomic(file, `${lines.slice(-keep).join('\n')}\n`);
}
