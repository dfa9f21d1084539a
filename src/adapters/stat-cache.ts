// The stat cache: what a file's digest was when it had a given size, mtime, ctime and inode,
// so a repeated local run rehashes only what changed. The key never depends on it: a digest
// is reused only for the same content, by git's rule for racy timestamps — a file modified
// within RACY_MS of being hashed is never trusted, since a later write in the same timestamp
// tick would look unchanged.

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Digest, isDigest } from '../core/digest.js';

const VERSION = 1;
/** Coarse filesystems keep 1-2 s timestamps; anything modified this close to hashing is racy. */
const RACY_MS = 2000;
/** Beyond this many entries, only the files of the latest run are kept. */
const MAX_ENTRIES = 250_000;

export interface FileStat {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

type Row = [size: number, mtimeMs: number, ctimeMs: number, ino: number, digest: Digest];

export class StatCache {
  private readonly rows: Map<string, Row>;
  private readonly seen = new Set<string>();
  private changed = false;

  private constructor(
    private readonly file: string,
    rows: Map<string, Row>,
  ) {
    this.rows = rows;
  }

  /** Loads the cache; a missing or unreadable file is an empty cache. */
  static load(file: string): StatCache {
    const rows = new Map<string, Row>();
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
        version?: number;
        rows?: Record<string, Row>;
      };
      if (parsed.version === VERSION && parsed.rows && typeof parsed.rows === 'object') {
        for (const [name, row] of Object.entries(parsed.rows)) {
          if (Array.isArray(row) && row.length === 5 && isDigest(row[4])) rows.set(name, row);
        }
      }
    } catch {
      // First run, or a torn file: start empty.
    }
    return new StatCache(file, rows);
  }

  /** The digest recorded for this exact stat, unless it was racy when recorded. */
  lookup(stat: FileStat): Digest | undefined {
    this.seen.add(stat.path);
    const row = this.rows.get(stat.path);
    if (!row) return undefined;
    const [size, mtimeMs, ctimeMs, ino, digest] = row;
    if (
      size !== stat.size ||
      mtimeMs !== stat.mtimeMs ||
      ctimeMs !== stat.ctimeMs ||
      ino !== stat.ino
    ) {
      return undefined;
    }
    return digest;
  }

  /** Records a digest computed from content read at or after `hashedAt`. */
  record(stat: FileStat, digest: Digest, hashedAt: number): void {
    this.seen.add(stat.path);
    if (Math.max(stat.mtimeMs, stat.ctimeMs) >= hashedAt - RACY_MS) {
      if (this.rows.delete(stat.path)) this.changed = true;
      return;
    }
    this.rows.set(stat.path, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, digest]);
    this.changed = true;
  }

  /** Writes the cache atomically when anything changed; failures only cost speed. */
  save(): void {
    if (!this.changed) return;
    const keep =
      this.rows.size > MAX_ENTRIES
        ? [...this.rows].filter(([name]) => this.seen.has(name))
        : [...this.rows];
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      writeFileSync(tmp, JSON.stringify({ version: VERSION, rows: Object.fromEntries(keep) }));
      renameSync(tmp, this.file);
    } catch {
      // Read-only or full disk: the next run rehashes.
    }
  }
}
