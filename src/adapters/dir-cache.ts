// Directory listings kept between runs, so a repeated run lists only the directories that
// changed. Adding, removing or renaming an entry changes its directory's mtime and ctime, and
// nothing can set a ctime back, so a directory whose mtime, ctime and inode are what they were
// when it was listed holds the same entries (git's untracked cache rests on the same facts).
// By the stat cache's racy rule, a directory changed within 2 s of being listed is never
// trusted: a later change in the same timestamp tick would look like no change.
//
// A binary file, read on every run (JSON for 9,000 directories cost a repeated run more to parse
// than the rows it used): "TCD1", then per directory a u16 path length and the UTF-8 path;
// mtime, ctime and inode as float64; a u32 length and the names, UTF-8, joined by "/" (which no
// name holds); a u32 count and the kinds, one byte per name (walk.ts's DirListing). A file of
// an earlier format does not start so: it is an empty cache.

import { readFileSync, type Stats, statSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file.js';
import { NameTable } from './name-table.js';
import type { ScanMemo } from './scan-memo.js';
import { isRacy } from './stat-cache.js';
import { witnessStat } from './stat-witness.js';
import { type DirListing, type ListDir, readListing } from './walk.js';

const MAGIC = 'TCD1';
/** Beyond this many directories, only those of the latest run are kept. */
const MAX_DIRS = 100_000;
/** Bytes of a row between its path and its names: three float64 and the names' length. */
const NUMBERS = 3 * 8 + 4;

/** mtime, ctime and inode when listed; names joined by "/"; kinds. */
type Row = [mtimeMs: number, ctimeMs: number, ino: number, names: string, kinds: string];

/** The rows of a loaded file: by path, where their numbers start; and where each row ends. */
interface Loaded {
  readonly data: Buffer;
  readonly table: NameTable;
  readonly ends: Float64Array;
}

/** Reads a file's rows; a missing, foreign or torn file has none (a torn last row is dropped). */
function loadRows(file: string): Loaded {
  let data: Buffer;
  try {
    data = readFileSync(file);
    if (data.toString('latin1', 0, MAGIC.length) !== MAGIC) data = Buffer.alloc(0);
  } catch {
    data = Buffer.alloc(0);
  }
  const starts: number[] = [];
  for (let at = MAGIC.length; at + 2 <= data.length; ) {
    const numbers = at + 2 + data.readUInt16LE(at);
    if (numbers + NUMBERS > data.length) break;
    const kinds = numbers + NUMBERS + data.readUInt32LE(numbers + 24);
    if (kinds + 4 > data.length) break;
    const end = kinds + 4 + data.readUInt32LE(kinds);
    if (end > data.length) break;
    starts.push(at, end);
    at = end;
  }
  const table = new NameTable(starts.length / 2, data);
  const ends = new Float64Array(starts.length / 2);
  for (let row = 0; row < ends.length; row++) {
    const at = starts[row * 2]!;
    const length = data.readUInt16LE(at);
    table.add(data, at + 2, length, at + 2 + length);
    ends[row] = starts[row * 2 + 1]!;
  }
  table.seal();
  return { data, table, ends };
}

export class DirCache {
  private readonly updates = new Map<string, Row | null>();
  /** Per loaded row, 1 once its directory was listed in this run, 2 once listed anew. */
  private readonly seen: Uint8Array;
  /** Directories listed during this run, and how many of them came from the cache. */
  listed = 0;
  reused = 0;

  private constructor(
    private readonly file: string,
    private readonly rows: Loaded,
    private readonly now: () => number,
  ) {
    this.seen = new Uint8Array(rows.ends.length);
  }

  /**
   * Loads the cache; a missing, foreign or torn file is an empty cache. `now` is the clock the
   * racy rule reads (tests pass one that runs ahead).
   */
  static load(file: string, now: () => number = Date.now): DirCache {
    return new DirCache(file, loadRows(file), now);
  }

  /** A loaded row's listing, if the directory's stat is still the row's. */
  private kept(row: number, stats: Stats): DirListing | undefined {
    const { data, table } = this.rows;
    const at = table.value(row);
    if (
      data.readDoubleLE(at) !== stats.mtimeMs ||
      data.readDoubleLE(at + 8) !== stats.ctimeMs ||
      data.readDoubleLE(at + 16) !== stats.ino
    ) {
      return undefined;
    }
    const namesAt = at + NUMBERS;
    const kindsAt = namesAt + data.readUInt32LE(at + 24);
    const joined = data.toString('utf8', namesAt, kindsAt);
    const kinds = data.toString('latin1', kindsAt + 4, this.rows.ends[row]!);
    const names = joined === '' ? [] : joined.split('/');
    return names.length === kinds.length ? { names, kinds } : undefined;
  }

  /** What this invocation listed while nothing it runs wrote (engine/key-caches.ts sets it). */
  memo: ScanMemo | undefined;

  /** Lists directories through the cache (and the invocation's memo, when it has one). */
  readonly list: ListDir = (absolute) => {
    const known = this.memo?.listing(absolute);
    if (known !== undefined) {
      this.listed += 1;
      this.reused += 1;
      return known ?? undefined;
    }
    const stamp = this.memo?.stamp ?? -1;
    const listing = this.listOnDisk(absolute);
    this.memo?.keepListing(stamp, absolute, listing);
    return listing;
  };

  private listOnDisk(absolute: string): DirListing | undefined {
    this.listed += 1;
    // What this invocation listed (another task's scan) first, then what an earlier run wrote.
    const update = this.updates.get(absolute);
    const row = update === undefined ? this.rows.table.find(absolute) : -1;
    if (row >= 0) this.seen[row] = 1;
    const replace = (update: Row | null) => {
      this.updates.set(absolute, update);
      if (row >= 0) this.seen[row] = 2;
    };
    // Taken before the listing: what the racy rule compares the directory's times with.
    const listedAt = this.now();
    // Followed as readdir follows it: a crawl's root may be a link to a directory.
    const stats = statIfAny(absolute);
    witnessStat(absolute, true, stats);
    if (stats === undefined || !stats.isDirectory()) {
      replace(null);
      return undefined;
    }
    // This invocation's row for the directory, else the one loaded (none after a null update).
    let known: DirListing | undefined;
    if (update) known = fromRow(update, stats);
    else if (row >= 0) known = this.kept(row, stats);
    if (known !== undefined) {
      this.reused += 1;
      return known;
    }
    const listing = readListing(absolute);
    // A name that is not valid UTF-8 is not kept: the row holds decoded names only, and the
    // walk must see the raw one to refuse it.
    const keep = listing !== undefined && listing.invalid === undefined && !isRacy(stats, listedAt);
    replace(keep ? toRow(stats, listing) : null);
    return listing;
  }

  /** Writes the cache atomically when anything changed; failures only cost speed. */
  save(): void {
    if (this.listed === this.reused) return;
    const { data, table, ends } = this.rows;
    const many = table.size + this.updates.size > MAX_DIRS;
    const pieces: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
    // Rows kept as they were read (runs of them in one piece); those listed again are replaced.
    let run: [start: number, end: number] | undefined;
    for (let row = 0; row < table.size; row++) {
      const seen = this.seen[row];
      if (table.isShadowed(row) || seen === 2 || (many && seen === 0)) continue;
      const start = table.nameStart(row) - 2;
      if (run?.[1] === start) run[1] = ends[row]!;
      else {
        if (run) pieces.push(data.subarray(...run));
        run = [start, ends[row]!];
      }
    }
    if (run) pieces.push(data.subarray(...run));
    pieces.push(encodeRows(this.updates));
    try {
      writeFileAtomic(this.file, pieces);
    } catch {
      // Read-only or full disk: the next run lists every directory.
    }
  }
}

/** A path's stat; undefined when it is missing, below a file or a dangling link. */
function statIfAny(absolute: string): Stats | undefined {
  try {
    return statSync(absolute, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function toRow(stats: { mtimeMs: number; ctimeMs: number; ino: number }, listing: DirListing): Row {
  return [stats.mtimeMs, stats.ctimeMs, stats.ino, listing.names.join('/'), listing.kinds];
}

/** A row of this invocation's listing, if the directory's stat is still the row's. */
function fromRow(row: Row, stats: Stats): DirListing | undefined {
  if (row[0] !== stats.mtimeMs || row[1] !== stats.ctimeMs || row[2] !== stats.ino) {
    return undefined;
  }
  const names = row[3] === '' ? [] : row[3].split('/');
  return names.length === row[4].length ? { names, kinds: row[4] } : undefined;
}

/** Rows as the file holds them, in one buffer (a buffer per row cost more than the rows). */
function encodeRows(rows: ReadonlyMap<string, Row | null>): Buffer {
  // A UTF-16 code unit takes at most 3 bytes of UTF-8.
  let most = 0;
  for (const [dir, row] of rows) {
    if (row !== null) most += 2 + dir.length * 3 + NUMBERS + row[3].length * 3 + 4 + row[4].length;
  }
  const out = Buffer.allocUnsafe(most);
  let at = 0;
  for (const [dir, row] of rows) {
    if (row === null) continue;
    const length = out.write(dir, at + 2, 'utf8');
    if (length > 0xffff) continue; // No such path on any filesystem: not kept.
    out.writeUInt16LE(length, at);
    at += 2 + length;
    at = out.writeDoubleLE(row[0], at);
    at = out.writeDoubleLE(row[1], at);
    at = out.writeDoubleLE(row[2], at);
    const names = out.write(row[3], at + 4, 'utf8');
    out.writeUInt32LE(names, at);
    at += 4 + names;
    at = out.writeUInt32LE(row[4].length, at);
    at += out.write(row[4], at, 'latin1');
  }
  return out.subarray(0, at);
}
