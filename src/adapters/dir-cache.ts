// Directory listings kept between runs, so a repeated run lists only the directories that
// changed. Adding, removing or renaming an entry changes its directory's mtime and ctime, and
// nothing can set a ctime back, so a directory whose mtime, ctime and inode are what they were
// when it was listed holds the same entries (git's untracked cache rests on the same facts).
// By the stat cache's racy rule, a directory changed within 2 s of being listed is never
// trusted: a later change in the same timestamp tick would look like no change.

import { readFileSync, type Stats, statSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file.js';
import type { ScanMemo } from './scan-memo.js';
import { isRacy } from './stat-cache.js';
import { type DirListing, type ListDir, readListing } from './walk.js';

const FORMAT = 1;
/** Beyond this many directories, only those of the latest run are kept. */
const MAX_DIRS = 100_000;

/** mtime, ctime and inode when listed; names joined by "/" (which no name holds); kinds. */
type Row = [mtimeMs: number, ctimeMs: number, ino: number, names: string, kinds: string];

export class DirCache {
  private readonly updates = new Map<string, Row | null>();
  private readonly seen = new Set<string>();
  /** Directories listed during this run, and how many of them came from the cache. */
  listed = 0;
  reused = 0;

  private constructor(
    private readonly file: string,
    private readonly rows: Map<string, Row>,
    private readonly now: () => number,
  ) {}

  /**
   * Loads the cache; a missing, foreign or torn file is an empty cache. `now` is the clock the
   * racy rule reads (tests pass one that runs ahead).
   */
  static load(file: string, now: () => number = Date.now): DirCache {
    let rows = new Map<string, Row>();
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; dirs?: unknown };
      if (parsed.format === FORMAT && parsed.dirs !== null && typeof parsed.dirs === 'object') {
        rows = new Map(Object.entries(parsed.dirs as Record<string, Row>));
      }
    } catch {
      // Nothing usable: every directory is listed.
    }
    return new DirCache(file, rows, now);
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
    this.seen.add(absolute);
    // What this invocation listed (another task's scan) first, then what an earlier run wrote.
    const update = this.updates.get(absolute);
    const row = update === undefined ? this.rows.get(absolute) : (update ?? undefined);
    // Taken before the listing: what the racy rule compares the directory's times with.
    const listedAt = this.now();
    // Followed as readdir follows it: a crawl's root may be a link to a directory.
    const stats = statIfAny(absolute);
    if (stats === undefined || !stats.isDirectory()) {
      this.updates.set(absolute, null);
      return undefined;
    }
    if (
      row !== undefined &&
      Array.isArray(row) &&
      row[0] === stats.mtimeMs &&
      row[1] === stats.ctimeMs &&
      row[2] === stats.ino &&
      typeof row[3] === 'string' &&
      typeof row[4] === 'string'
    ) {
      const names = row[3] === '' ? [] : row[3].split('/');
      if (names.length === row[4].length) {
        this.reused += 1;
        return { names, kinds: row[4] };
      }
    }
    const listing = readListing(absolute);
    // A name that is not valid UTF-8 is not kept: the row holds decoded names only, and the
    // walk must see the raw one to refuse it.
    const keep = listing !== undefined && listing.invalid === undefined && !isRacy(stats, listedAt);
    this.updates.set(absolute, keep ? toRow(stats, listing) : null);
    return listing;
  }

  /** Writes the cache atomically when anything changed; failures only cost speed. */
  save(): void {
    if (this.listed === this.reused) return;
    const many = this.rows.size + this.updates.size > MAX_DIRS;
    const dirs: Record<string, Row> = {};
    for (const [dir, row] of this.rows) {
      if (!this.updates.has(dir) && (!many || this.seen.has(dir))) dirs[dir] = row;
    }
    for (const [dir, row] of this.updates) if (row !== null) dirs[dir] = row;
    try {
      writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, dirs }));
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
