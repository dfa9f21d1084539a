// Task logs kept beside the local state, by digest, so a hit whose outputs are all in place
// (adapters/in-place.ts) replays its log without opening the entry's archive, where the log
// is the last part. A kept log is used only when its size and BLAKE3 are the verified
// record's: a changed or planted file is ignored. Only small logs are kept, and the oldest
// half goes when the directory grows past a bound. A log used is touched, so its mtime is its
// last use: for that bound, and for `prune`, which removes logs unused for its age limit.

import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Digest } from '../core/digest.js';
import { writeFileAtomic } from './atomic-file.js';
import { blake3 } from './blake3.js';
import { touchUsed } from './state-touch.js';

/** Logs bigger than this are read from the archive. */
const MAX_LOG_BYTES = 64 * 1024;
/** Beyond this many kept logs, the older half is removed. */
const MAX_LOGS = 4000;

export class KeptLogs {
  private readonly maxBytes: number;
  private readonly maxLogs: number;

  /** `limits` are for tests; taskcache keeps logs of up to 64 KiB, and up to 4,000 of them. */
  constructor(
    private readonly dir: string,
    limits: { readonly maxBytes?: number; readonly maxLogs?: number } = {},
  ) {
    this.maxBytes = limits.maxBytes ?? MAX_LOG_BYTES;
    this.maxLogs = limits.maxLogs ?? MAX_LOGS;
  }

  /** The log with this size and digest, if kept and intact. */
  get(log: { readonly size: number; readonly digest: Digest }): Buffer | undefined {
    if (log.size > this.maxBytes || !/^[0-9a-f]{64}$/.test(log.digest)) return undefined;
    const file = path.join(this.dir, log.digest);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    if (bytes.length !== log.size || blake3(bytes) !== log.digest) return undefined;
    touchUsed(file);
    return bytes;
  }

  /** Keeps a log read from a verified entry (or just saved); failures only cost speed. */
  keep(log: Buffer): void {
    if (log.length > this.maxBytes) return;
    const digest = blake3(log);
    const file = path.join(this.dir, digest);
    try {
      if (statSync(file, { throwIfNoEntry: false })?.size === log.length) return;
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(file, [log]);
      this.trim();
    } catch {
      // Read-only or full disk: the next hit reads the log from its archive.
    }
  }

  private trim(): void {
    const names = readdirSync(this.dir);
    if (names.length <= this.maxLogs) return;
    const aged = names
      .map((name) => ({ name, at: statSync(path.join(this.dir, name)).mtimeMs }))
      .sort((a, b) => a.at - b.at);
    for (const { name } of aged.slice(0, aged.length >> 1)) {
      rmSync(path.join(this.dir, name), { force: true });
    }
  }
}
