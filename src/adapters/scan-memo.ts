// What one invocation's scans found, file by file, while nothing it runs has written to the
// workspace: in a monorepo run a package's build, lint and test scan the same sources, and each
// dependent scans its upstream's outputs, so without it a fully cached run stats most files
// several times. Anything the invocation does that may write (a task's command or key-command,
// a restore placing files) is bracketed by beginWrite/endWrite: while one runs nothing is
// taken from or added to the memo, and what was kept before is dropped. A scan keeps what it
// found only if no write began while it ran.
//
// Files changed by something outside the invocation while it runs are the same race as a file
// changed between two tasks' scans without the memo: each task's key is the files as some scan
// of this invocation saw them.

import type { Digest } from '../core/digest.js';
import type { DirListing } from './walk.js';

/** A file as a scan settled it. */
export interface MemoFile {
  /** Absent for a symlink (its target is read where the manifest needs it). */
  readonly digest?: Digest;
  readonly executable: boolean;
  readonly symlink: boolean;
  /** The file's git blob id, when its stat matched its index entry. */
  readonly blob?: string;
}

/** A file a scan found, with its path; `memoised` when the scan took it from the memo. */
export interface ScannedFile extends MemoFile {
  readonly path: string;
  readonly memoised: boolean;
}

export class ScanMemo {
  private files = new Map<string, MemoFile>();
  /** Directory listings by absolute path; null for one that was gone. */
  private listings = new Map<string, DirListing | null>();
  /**
   * Scans kept but not yet put in `files`: an invocation of one task never asks for them, and
   * 50,000 entries in a map cost it more than its scan's other work on them.
   */
  private scans: Array<readonly ScannedFile[]> = [];
  private generation = 0;
  private writers = 0;

  /** Something of the invocation is about to write to the workspace. */
  beginWrite(): void {
    this.writers += 1;
    this.forget();
  }

  /** What began writing is done; what it wrote is seen by the next scan. */
  endWrite(): void {
    this.writers = Math.max(0, this.writers - 1);
    this.forget();
  }

  /** The workspace changed (a restore placed files): nothing kept holds. */
  forget(): void {
    this.generation += 1;
    if (this.files.size > 0) this.files = new Map();
    if (this.listings.size > 0) this.listings = new Map();
    if (this.scans.length > 0) this.scans = [];
  }

  /** Taken when a scan starts: what keep() compares with. */
  get stamp(): number {
    return this.writers === 0 ? this.generation : -1;
  }

  /** What an earlier scan of this invocation found at `path`, while nothing writes. */
  get(path: string): MemoFile | undefined {
    if (this.writers !== 0) return undefined;
    if (this.scans.length > 0) this.settleScans();
    // Nothing kept yet (the first scan): the path is not hashed for the look-up.
    return this.files.size === 0 ? undefined : this.files.get(path);
  }

  /** What a scan of this invocation listed in `absolute`, while nothing writes. */
  listing(absolute: string): DirListing | null | undefined {
    return this.writers === 0 ? this.listings.get(absolute) : undefined;
  }

  /** Keeps a listing taken since `stamp`, if nothing began writing meanwhile. */
  keepListing(stamp: number, absolute: string, listing: DirListing | undefined): void {
    if (stamp < 0 || stamp !== this.generation || this.writers !== 0) return;
    // One with names that are not UTF-8 is listed again: the walk must see them raw.
    if (listing?.invalid !== undefined) return;
    this.listings.set(absolute, listing ?? null);
  }

  /** Keeps a scan's findings, if nothing began writing since the scan's stamp. */
  keep(stamp: number, files: Iterable<readonly [string, MemoFile]>): void {
    if (stamp < 0 || stamp !== this.generation || this.writers !== 0) return;
    // After the scans kept before: a later finding replaces an earlier one.
    this.settleScans();
    for (const [path, file] of files) this.files.set(path, file);
  }

  /**
   * Keeps a scan's files, if nothing began writing since the scan's stamp. The array is held as
   * it is (its order may change, its files must not) and looked into only when a later scan
   * asks; files the scan took from the memo are there already.
   */
  keepScan(stamp: number, files: readonly ScannedFile[]): void {
    if (stamp < 0 || stamp !== this.generation || this.writers !== 0) return;
    this.scans.push(files);
  }

  private settleScans(): void {
    for (const files of this.scans) {
      for (const file of files) if (!file.memoised) this.files.set(file.path, file);
    }
    this.scans = [];
  }
}
