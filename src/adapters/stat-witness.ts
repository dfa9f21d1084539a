// What an invocation looked at, for a sealed run (engine/run-seal.ts): every stat and lstat
// its scans and its checks of outputs in place took, and the listings behind them, recorded
// while a witness is active. A later invocation that finds every one of them as it was has the
// same inputs, the same outputs in place and the same listings, by the stat cache's rule (an
// inode's size, mtime and ctime unchanged, and nothing among them changed within 2 s of the
// run: see isRacy). Recording too much only costs a check; recording too little would let a
// change go unseen, so a scan that looks at the workspace some other way (git asked, a listing
// not through the directory cache) spoils the witness instead.

import { lstatSync, type Stats } from 'node:fs';
import * as path from 'node:path';

/** A stat as compared: mode, inode, size, mtime, ctime (as the stat cache). Null: nothing there. */
export type Seen =
  | readonly [mode: number, ino: number, size: number, mtimeMs: number, ctimeMs: number]
  | null;

/** Numbers per Seen. */
export const SEEN_FIELDS = 5;

export function seenOf(stats: Stats | undefined): Seen {
  return stats === undefined
    ? null
    : [stats.mode, stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs];
}

export function sameSeen(a: Seen, b: Seen): boolean {
  if (a === null || b === null) return a === b;
  for (let i = 0; i < SEEN_FIELDS; i++) if (a[i] !== b[i]) return false;
  return true;
}

const active = new Set<StatWitness>();

/** A path's flags in a witness: looked at with stat (links followed), and found. */
export const FOLLOWED = 1;
export const FOUND = 2;

export class StatWitness {
  /** Where each path (by stat, by lstat) is in `paths`. */
  private readonly followedAt = new Map<string, number>();
  private readonly unfollowedAt = new Map<string, number>();
  /** What was looked at, in order: each path's flags, and SEEN_FIELDS numbers when found. */
  readonly paths: string[] = [];
  flags = new Uint8Array(1024);
  numbers = new Float64Array(1024 * SEEN_FIELDS);
  /** Why what was seen cannot be trusted to describe the invocation, once that is so. */
  spoiled: string | undefined;

  start(): this {
    active.add(this);
    return this;
  }

  stop(): void {
    active.delete(this);
  }

  /** Whether `absolute` was looked at (with lstat, or stat when `follow`). */
  has(absolute: string, follow: boolean): boolean {
    return (follow ? this.followedAt : this.unfollowedAt).has(absolute);
  }

  /** What was found at `absolute`; `found` false (the numbers ignored) when nothing was. */
  saw(
    absolute: string,
    follow: boolean,
    found: boolean,
    mode: number,
    ino: number,
    size: number,
    mtimeMs: number,
    ctimeMs: number,
  ): void {
    const index = follow ? this.followedAt : this.unfollowedAt;
    const known = index.get(absolute);
    if (known !== undefined) {
      const at = known * SEEN_FIELDS;
      const numbers = this.numbers;
      const same =
        (this.flags[known]! & FOUND) === 0
          ? !found
          : found &&
            numbers[at] === mode &&
            numbers[at + 1] === ino &&
            numbers[at + 2] === size &&
            numbers[at + 3] === mtimeMs &&
            numbers[at + 4] === ctimeMs;
      if (!same) this.spoil(`${absolute} changed during the run`);
      return;
    }
    const row = this.paths.length;
    if (row === this.flags.length) {
      const flags = new Uint8Array(row * 2);
      flags.set(this.flags);
      this.flags = flags;
      const numbers = new Float64Array(row * 2 * SEEN_FIELDS);
      numbers.set(this.numbers);
      this.numbers = numbers;
    }
    this.paths.push(absolute);
    index.set(absolute, row);
    this.flags[row] = (follow ? FOLLOWED : 0) | (found ? FOUND : 0);
    if (!found) return;
    const at = row * SEEN_FIELDS;
    this.numbers[at] = mode;
    this.numbers[at + 1] = ino;
    this.numbers[at + 2] = size;
    this.numbers[at + 3] = mtimeMs;
    this.numbers[at + 4] = ctimeMs;
  }

  /** What was seen no longer matters: it is let go, and nothing more is recorded. */
  spoil(reason: string): void {
    if (this.spoiled !== undefined) return;
    this.spoiled = reason;
    this.stop();
    this.followedAt.clear();
    this.unfollowedAt.clear();
    this.paths.length = 0;
    this.flags = new Uint8Array(0);
    this.numbers = new Float64Array(0);
  }
}

/** Records a stat (`follow`) or lstat of `absolute` for every active witness. */
export function witnessStat(absolute: string, follow: boolean, stats: Stats | undefined): void {
  if (active.size === 0) return;
  for (const witness of active) {
    if (stats === undefined) witness.saw(absolute, follow, false, 0, 0, 0, 0, 0);
    else {
      const { mode, ino, size, mtimeMs, ctimeMs } = stats;
      witness.saw(absolute, follow, true, mode, ino, size, mtimeMs, ctimeMs);
    }
  }
}

/** An lstat's numbers for every active witness (a file hashed: its stat through its descriptor). */
export function witnessFound(
  absolute: string,
  mode: number,
  ino: number,
  size: number,
  mtimeMs: number,
  ctimeMs: number,
): void {
  if (active.size === 0) return;
  for (const witness of active)
    witness.saw(absolute, false, true, mode, ino, size, mtimeMs, ctimeMs);
}

/** Every active witness is spoiled: the invocation looked at the workspace some other way. */
export function witnessSpoil(reason: string): void {
  if (active.size === 0) return;
  for (const witness of active) witness.spoil(reason);
}

/**
 * Records an lstat of each directory from `root` down to `relative`'s parent: a directory
 * swapped for a link (to a copy elsewhere, which keeps the inodes below it) changes one of them.
 */
export function witnessAncestors(root: string, relative: string): void {
  if (active.size === 0) return;
  const look = (at: string) => {
    for (const witness of active) {
      if (!witness.has(at, false)) {
        witnessStat(at, false, lstatIfAny(at));
        return;
      }
    }
  };
  let at = root;
  look(at);
  const parts = relative.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] === '') continue;
    at = path.join(at, parts[i]!);
    look(at);
  }
}

function lstatIfAny(absolute: string): Stats | undefined {
  try {
    return lstatSync(absolute, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Whether any witness is recording (a scan may skip work it would only do for one). */
export function witnessing(): boolean {
  return active.size > 0;
}
