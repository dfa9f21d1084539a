// The stat cache: what a file's digest was when it had a given size, mtime, ctime and inode,
// so a repeated local run rehashes only what changed. The key never depends on it: a digest
// is reused only for the same content, by git's rule for racy timestamps — a file modified
// within RACY_MS of being hashed is never trusted, since a later write in the same timestamp
// tick would look unchanged.

import { readFileSync } from 'node:fs';
import type { Digest } from '../core/digest.js';
import { writeFileAtomic } from './atomic-file.js';

/**
 * A binary file, because it is read on every run and JSON for 50,000 files costs more to
 * parse than it saves: "TCS1", then per row a u16 path length, the UTF-8 path, size, mtime,
 * ctime and inode as float64, and the 32-byte digest.
 */
const MAGIC = 'TCS1';
const NUMBERS = 4 * 8;
const DIGEST_BYTES = 32;
/** Coarse filesystems keep 1-2 s timestamps; anything modified this close to hashing is racy. */
const RACY_MS = 2000;

/**
 * Whether something last changed at these times may change again unseen: within RACY_MS of
 * `readAt`, when it was read (hashed or listed), a later change could keep the same times.
 */
export function isRacy(times: { mtimeMs: number; ctimeMs: number }, readAt: number): boolean {
  return Math.max(times.mtimeMs, times.ctimeMs) >= readAt - RACY_MS;
}
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

function sameStat(stat: FileStat, size: number, mtimeMs: number, ctimeMs: number, ino: number) {
  return (
    size === stat.size && mtimeMs === stat.mtimeMs && ctimeMs === stat.ctimeMs && ino === stat.ino
  );
}

export class StatCache {
  /** Rows loaded from disk, by path: where their numbers start in `data`. */
  private readonly offsets = new Map<string, number>();
  /** Rows recorded or removed during this run, which win over the loaded ones. */
  private readonly updates = new Map<string, Row | null>();
  private readonly seen = new Set<string>();

  private constructor(
    private readonly file: string,
    private readonly data: Buffer,
  ) {}

  /** Loads the cache; a missing, foreign or torn file is an empty cache. */
  static load(file: string): StatCache {
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      return new StatCache(file, Buffer.alloc(0));
    }
    const cache = new StatCache(file, data);
    if (data.toString('latin1', 0, MAGIC.length) !== MAGIC)
      return new StatCache(file, Buffer.alloc(0));
    let at = MAGIC.length;
    while (at + 2 <= data.length) {
      const length = data.readUInt16LE(at);
      const end = at + 2 + length + NUMBERS + DIGEST_BYTES;
      if (end > data.length) break;
      cache.offsets.set(data.toString('utf8', at + 2, at + 2 + length), at + 2 + length);
      at = end;
    }
    return cache;
  }

  /** Whether nothing was loaded: this workspace was never hashed with this state. */
  get empty(): boolean {
    return this.offsets.size === 0;
  }

  /** Whether a digest was recorded for this path at all: if not, a stat would not help. */
  knows(name: string): boolean {
    const update = this.updates.get(name);
    return update !== undefined ? update !== null : this.offsets.has(name);
  }

  /** The digest recorded for this exact stat, unless it was racy when recorded. */
  lookup(stat: FileStat): Digest | undefined {
    this.seen.add(stat.path);
    const update = this.updates.get(stat.path);
    if (update !== undefined) {
      return update !== null && sameStat(stat, update[0], update[1], update[2], update[3])
        ? update[4]
        : undefined;
    }
    const at = this.offsets.get(stat.path);
    if (at === undefined) return undefined;
    // Compared in place: most lookups of a repeated run hit, and allocate only the digest.
    const d = this.data;
    return sameStat(
      stat,
      d.readDoubleLE(at),
      d.readDoubleLE(at + 8),
      d.readDoubleLE(at + 16),
      d.readDoubleLE(at + 24),
    )
      ? (d.toString('hex', at + NUMBERS, at + NUMBERS + DIGEST_BYTES) as Digest)
      : undefined;
  }

  /** Records a digest computed from content read at or after `hashedAt`. */
  record(stat: FileStat, digest: Digest, hashedAt: number): void {
    this.seen.add(stat.path);
    const racy = isRacy(stat, hashedAt);
    this.updates.set(
      stat.path,
      racy ? null : [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, digest],
    );
  }

  /**
   * Writes the cache atomically when anything changed; failures only cost speed. Unchanged
   * rows are copied as they were read.
   */
  save(): void {
    if (this.updates.size === 0) return;
    const many = this.offsets.size + this.updates.size > MAX_ENTRIES;
    const keep = (name: string) => !many || this.seen.has(name);
    const rowBytes = (nameBytes: number) => 2 + nameBytes + NUMBERS + DIGEST_BYTES;
    // Unchanged rows as [start, end] in the loaded data; new rows re-encoded.
    const kept: Array<[start: number, end: number]> = [];
    let bytes = MAGIC.length;
    for (const [name, numbers] of this.offsets) {
      if (this.updates.has(name) || !keep(name)) continue;
      const start = numbers - 2 - Buffer.byteLength(name);
      kept.push([start, numbers + NUMBERS + DIGEST_BYTES]);
      bytes += numbers + NUMBERS + DIGEST_BYTES - start;
    }
    const added: Array<[name: string, row: Row]> = [];
    for (const [name, row] of this.updates) {
      if (row === null || !keep(name)) continue;
      added.push([name, row]);
      bytes += rowBytes(Buffer.byteLength(name));
    }
    const out = Buffer.allocUnsafe(bytes);
    let at = out.write(MAGIC, 0, 'latin1');
    for (const [start, end] of kept) at += this.data.copy(out, at, start, end);
    for (const [name, row] of added) {
      const length = out.write(name, at + 2, 'utf8');
      out.writeUInt16LE(length, at);
      at += 2 + length;
      for (let i = 0; i < 4; i++) at = out.writeDoubleLE(row[i] as number, at);
      at += out.write(row[4], at, 'hex');
    }
    try {
      writeFileAtomic(this.file, out.subarray(0, at));
    } catch {
      // Read-only or full disk: the next run rehashes.
    }
  }
}
