// The stat cache: what a file's digest was when it had a given size, mtime, ctime and inode,
// so a repeated local run rehashes only what changed. The key never depends on it: a digest
// is reused only for the same content, by git's rule for racy timestamps — a file modified
// within RACY_MS of being hashed is never trusted, since a later write in the same timestamp
// tick would look unchanged.
//
// Over ~350 lines: the stat cache and the blob hints share one on-disk format, its locking and
// its racy-time rule.

import { readFileSync, statSync } from 'node:fs';
import type { Digest } from '../core/digest.js';
import { writeFileAtomic } from './atomic-file.js';
import { NameTable } from './name-table.js';

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

function sameStat(stat: FileStat, size: number, mtimeMs: number, ctimeMs: number, ino: number) {
  return (
    size === stat.size && mtimeMs === stat.mtimeMs && ctimeMs === stat.ctimeMs && ino === stat.ino
  );
}

/** Bytes of the pieces new rows are written into. */
const PIECE_BYTES = 256 * 1024;
/** A row's place in this process's pieces: the piece's index times this, plus its offset. */
const PIECE_INDEX = 2 ** 32;
/** Bytes of a row after its path. */
const ROW_TAIL = NUMBERS + DIGEST_BYTES;

export class StatCache {
  /** Rows loaded from disk, by path (name-table.ts): where their numbers start in `data`. */
  private readonly offsets: NameTable;
  /** Per loaded row, 1 once recorded again in this run: the loaded row is dropped. */
  private readonly superseded: Uint8Array;
  private supersededRows = 0;
  /** Per loaded row, 1 once looked up in this run. */
  private readonly seen: Uint8Array;
  /**
   * Rows recorded in this run, encoded as the file holds them as they come, so 50,000 new rows
   * cost no objects and saving is a write: full pieces, then the one being filled.
   */
  private readonly added: Buffer[] = [];
  private piece = Buffer.allocUnsafe(0);
  private pieceBytes = 0;
  private addedRows = 0;
  /**
   * Rows recorded in this process, by path: where their numbers are in `added` (the piece's
   * index times 2^32, plus the offset), so a later scan of the same invocation (another task
   * over the same files) finds them.
   */
  private readonly recent = new Map<string, number>();

  private constructor(
    private readonly file: string,
    private readonly data: Buffer,
  ) {
    // Rows are counted first, then added (a row's path is a u16 length and that many bytes).
    let rows = 0;
    const usable = data.toString('latin1', 0, MAGIC.length) === MAGIC;
    for (let at = MAGIC.length; usable && at + 2 <= data.length; rows++) {
      const end = at + 2 + data.readUInt16LE(at) + ROW_TAIL;
      if (end > data.length) break;
      at = end;
    }
    this.offsets = new NameTable(rows, data);
    for (let row = 0, at = MAGIC.length; row < rows; row++) {
      const length = data.readUInt16LE(at);
      this.offsets.add(data, at + 2, length, at + 2 + length);
      at += 2 + length + ROW_TAIL;
    }
    this.offsets.seal();
    this.superseded = new Uint8Array(rows);
    this.seen = new Uint8Array(rows);
  }

  /** Loads the cache; a missing, foreign or torn file is an empty cache. */
  static load(file: string): StatCache {
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      return new StatCache(file, Buffer.alloc(0));
    }
    return new StatCache(file, data);
  }

  /** Whether nothing was loaded: this workspace was never hashed with this state. */
  get empty(): boolean {
    return this.offsets.size === 0;
  }

  /**
   * Whether a digest was kept for this path at all: if not, a stat would not help. (A scan
   * asks once per path, before recording it.)
   */
  knows(name: string): boolean {
    if (this.recent.has(name)) return true;
    const row = this.offsets.find(name);
    return row >= 0 && this.superseded[row] === 0;
  }

  /** The digest kept for this exact stat, unless it was racy when recorded. */
  lookup(stat: FileStat): Digest | undefined {
    const fresh = this.recent.get(stat.path);
    if (fresh !== undefined) {
      const piece = Math.floor(fresh / PIECE_INDEX);
      return this.digestAt(
        stat,
        piece < this.added.length ? this.added[piece]! : this.piece,
        fresh % PIECE_INDEX,
      );
    }
    const row = this.offsets.find(stat.path);
    if (row < 0 || this.superseded[row] === 1) return undefined;
    this.seen[row] = 1;
    return this.digestAt(stat, this.data, this.offsets.value(row));
  }

  /** The digest of the row whose numbers start at `at` in `d`, if the stat is the row's. */
  private digestAt(stat: FileStat, d: Buffer, at: number): Digest | undefined {
    // Compared in place: most lookups of a repeated run hit, and allocate only the digest.
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
    const row = this.offsets.find(stat.path);
    if (row >= 0 && this.superseded[row] === 0) {
      this.superseded[row] = 1;
      this.supersededRows += 1;
    }
    this.recent.delete(stat.path);
    if (isRacy(stat, hashedAt)) return;
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    const most = 2 + stat.path.length * 3 + ROW_TAIL;
    if (this.pieceBytes + most > this.piece.length) {
      if (this.pieceBytes > 0) this.added.push(this.piece.subarray(0, this.pieceBytes));
      this.piece = Buffer.allocUnsafe(Math.max(PIECE_BYTES, most));
      this.pieceBytes = 0;
    }
    const out = this.piece;
    let at = this.pieceBytes;
    const length = out.write(stat.path, at + 2, 'utf8');
    out.writeUInt16LE(length, at);
    at += 2 + length;
    this.recent.set(stat.path, this.added.length * PIECE_INDEX + at);
    at = out.writeDoubleLE(stat.size, at);
    at = out.writeDoubleLE(stat.mtimeMs, at);
    at = out.writeDoubleLE(stat.ctimeMs, at);
    at = out.writeDoubleLE(stat.ino, at);
    this.pieceBytes = at + out.write(digest, at, 'hex');
    this.addedRows += 1;
  }

  /**
   * Writes the cache atomically when anything changed; failures only cost speed. Loaded rows
   * still valid are written as they were read (runs of them in one piece), then this run's rows.
   */
  save(): void {
    // Unchanged unless a row was added or a kept one dropped.
    if (this.addedRows === 0 && this.supersededRows === 0) return;
    const many = this.offsets.size - this.supersededRows + this.addedRows > MAX_ENTRIES;
    const pieces: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
    let run: [start: number, end: number] | undefined;
    for (let row = 0; row < this.offsets.size; row++) {
      if (this.superseded[row] === 1 || this.offsets.isShadowed(row)) continue;
      if (many && this.seen[row] === 0) continue;
      const numbers = this.offsets.value(row);
      const start = this.offsets.nameStart(row) - 2;
      if (run?.[1] === start) run[1] = numbers + ROW_TAIL;
      else {
        if (run) pieces.push(this.data.subarray(...run));
        run = [start, numbers + ROW_TAIL];
      }
    }
    if (run) pieces.push(this.data.subarray(...run));
    pieces.push(...this.added, this.piece.subarray(0, this.pieceBytes));
    try {
      writeFileAtomic(this.file, pieces);
    } catch {
      // Read-only or full disk: the next run rehashes.
    }
  }
}

/**
 * Blob hints: the content digest of each git blob taskcache has hashed, so a file whose stat
 * matches its index entry (git-index.ts) is not read when its blob was seen before, in this
 * workspace or another on the same machine (a fresh clone). A blob id names content, so the
 * map is shared by every workspace; a hint is recorded only from a file that was read while its
 * stat (from the open file) matched a trusted index entry. Like the stat cache, it trusts that
 * a file is not rewritten while it is being read. The key never depends on it.
 *
 * "TCB1", then per row a u8 blob id length, the blob id and the 32-byte digest.
 */
const HINTS_MAGIC = 'TCB1';

/** Hints kept in this process by file, with the file's stat when they were (or were to be) read. */
const keptHints = new Map<string, { stamp: string; hints: BlobHints }>();

function fileStamp(file: string): string {
  const stats = statSync(file, { throwIfNoEntry: false, bigint: true });
  return stats ? `${stats.mtimeNs}:${stats.ctimeNs}:${stats.size}:${stats.ino}` : 'none';
}
/** Beyond this many hints, only those of the latest run are kept. */
const MAX_HINTS = 500_000;

/**
 * The rows of a hints file, found by blob id without a string per row: an open-addressing
 * table of row offsets keyed by the id's first four bytes (ids are uniformly distributed).
 */
interface HintRows {
  readonly data: Buffer;
  /** Offset of each row (its length byte). */
  readonly rows: Int32Array;
  /** Row number + 1 per slot, 0 for empty; its size a power of two. */
  readonly table: Int32Array;
  /** Per row, 1 once looked up or recorded again in this run. */
  readonly used: Uint8Array;
}

/** The value of a lowercase hex digit's char code (what Buffer's hex encoding writes). */
function nibble(code: number): number {
  return code <= 0x39 ? code - 0x30 : code - 0x57;
}

/** Byte `i` of a hex id, read without allocating. */
function hexByte(blob: string, i: number): number {
  return (nibble(blob.charCodeAt(i * 2)) << 4) | nibble(blob.charCodeAt(i * 2 + 1));
}

/** The first four bytes of a hex blob id as a number (0 for anything shorter). */
function hexKey(blob: string): number {
  if (blob.length < 8) return 0;
  return (
    ((hexByte(blob, 0) << 24) |
      (hexByte(blob, 1) << 16) |
      (hexByte(blob, 2) << 8) |
      hexByte(blob, 3)) >>>
    0
  );
}

/** Whether the bytes at `at` are the hex id `blob`. */
function sameId(data: Buffer, at: number, length: number, blob: string): boolean {
  if (blob.length !== length * 2) return false;
  for (let i = 0; i < length; i++) if (data[at + i] !== hexByte(blob, i)) return false;
  return true;
}

export class BlobHints {
  private loaded: HintRows | undefined;
  private readonly added = new Map<string, Digest>();

  private constructor(private readonly file: string) {}

  /**
   * The hints of a file, read when first asked (a run the stat cache serves never reads it),
   * and kept for the rest of the process while the file is as this process left it: the tasks
   * of one run read it once.
   */
  static load(file: string): BlobHints {
    const stamp = fileStamp(file);
    const kept = keptHints.get(file);
    if (kept && kept.stamp === stamp) return kept.hints;
    const hints = new BlobHints(file);
    keptHints.set(file, { stamp, hints });
    return hints;
  }

  /** The hints on disk; a missing, foreign or torn file is none (a torn last row is dropped). */
  private get known(): HintRows {
    if (this.loaded) return this.loaded;
    let data: Buffer;
    try {
      data = readFileSync(this.file);
      if (data.toString('latin1', 0, HINTS_MAGIC.length) !== HINTS_MAGIC) data = Buffer.alloc(0);
    } catch {
      data = Buffer.alloc(0);
    }
    const offsets: number[] = [];
    for (let at = HINTS_MAGIC.length; at < data.length; ) {
      const end = at + 1 + data[at]! + DIGEST_BYTES;
      if (end > data.length) break;
      offsets.push(at);
      at = end;
    }
    const rows = Int32Array.from(offsets);
    let size = 16;
    while (size < rows.length * 2) size *= 2;
    const table = new Int32Array(size);
    for (let row = 0; row < rows.length; row++) {
      const at = rows[row]!;
      let slot = data[at]! >= 4 ? data.readUInt32BE(at + 1) & (size - 1) : 0;
      while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
      table[slot] = row + 1;
    }
    this.loaded = { data, rows, table, used: new Uint8Array(rows.length) };
    return this.loaded;
  }

  /** The row of a blob in the file, or -1. */
  private rowOf(blob: string): number {
    const { data, rows, table } = this.known;
    const mask = table.length - 1;
    for (let slot = hexKey(blob) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const row = table[slot]! - 1;
      const at = rows[row]!;
      if (sameId(data, at + 1, data[at]!, blob)) return row;
    }
    return -1;
  }

  /** The digest of a blob's content, when it was hashed before. */
  digestOf(blob: string): Digest | undefined {
    const added = this.added.get(blob);
    if (added !== undefined) return added;
    const row = this.rowOf(blob);
    if (row < 0) return undefined;
    const { data, rows, used } = this.known;
    used[row] = 1;
    const at = rows[row]! + 1 + data[rows[row]!]!;
    return data.toString('hex', at, at + DIGEST_BYTES) as Digest;
  }

  /** Records that a blob's content has this digest. */
  record(blob: string, digest: Digest): void {
    const row = this.rowOf(blob);
    if (row >= 0) {
      const { data, rows, used } = this.known;
      const at = rows[row]! + 1 + data[rows[row]!]!;
      if (data.toString('hex', at, at + DIGEST_BYTES) === digest) {
        used[row] = 1;
        return;
      }
    }
    this.added.set(blob, digest);
  }

  /** Writes the hints atomically when any were added; failures only cost speed. */
  save(): void {
    if (this.added.size === 0) return;
    const { data, rows, used } = this.known;
    const many = rows.length + this.added.size > MAX_HINTS;
    // Rows whose blob was recorded with another digest are replaced.
    const replaced = new Uint8Array(rows.length);
    for (const blob of this.added.keys()) {
      const row = this.rowOf(blob);
      if (row >= 0) replaced[row] = 1;
    }
    const pieces: Buffer[] = [Buffer.from(HINTS_MAGIC, 'latin1')];
    for (let row = 0; row < rows.length; row++) {
      const at = rows[row]!;
      if (replaced[row] || (many && !used[row])) continue;
      pieces.push(data.subarray(at, at + 1 + data[at]! + DIGEST_BYTES));
    }
    for (const [blob, digest] of this.added) {
      const row = Buffer.allocUnsafe(1 + blob.length / 2 + DIGEST_BYTES);
      row[0] = blob.length / 2;
      row.write(blob, 1, 'hex');
      row.write(digest, 1 + blob.length / 2, 'hex');
      pieces.push(row);
    }
    try {
      writeFileAtomic(this.file, pieces);
    } catch {
      // Read-only or full disk: the next run reads these files again.
      return;
    }
    // Read again when next asked: the file now holds what this instance knew and added.
    this.loaded = undefined;
    this.added.clear();
    keptHints.set(this.file, { stamp: fileStamp(this.file), hints: this });
  }
}
