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

/** A path's flags in a witness: looked at with stat (links followed); found; kept relative. */
export const FOLLOWED = 1;
export const FOUND = 2;
export const RELATIVE = 4;

/** How the witness's arrays grow: they may hold 50,000 paths through a run's peak memory. */
const GROWTH = 1.5;

/**
 * What an invocation looked at, as compactly as it can be kept through the run: the paths
 * encoded as they come (UTF-8, each ended by a NUL, which no path holds; relative to the
 * workspace below it), a byte of flags and SEEN_FIELDS numbers each. A path looked at twice is
 * kept twice: a replay must find it as both, which it cannot if it changed between them.
 */
export class StatWitness {
  names = Buffer.allocUnsafe(64 * 1024);
  namesLength = 0;
  flags = new Uint8Array(1024);
  numbers = new Float64Array(1024 * SEEN_FIELDS);
  count = 0;
  /** Why what was seen cannot be trusted to describe the invocation, once that is so. */
  spoiled: string | undefined;
  /** The directories above patterns already looked at (witnessAncestors), by absolute path. */
  readonly ancestors = new Set<string>();
  private readonly below: string;

  constructor(readonly workspace: string) {
    this.below = workspace.endsWith(path.sep) ? workspace : workspace + path.sep;
  }

  start(): this {
    active.add(this);
    return this;
  }

  stop(): void {
    active.delete(this);
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
    if (this.spoiled !== undefined) return;
    const relative = absolute.length > this.below.length && absolute.startsWith(this.below);
    const name = relative ? absolute.slice(this.below.length) : absolute;
    // A UTF-16 code unit takes at most 3 bytes of UTF-8; and the NUL.
    if (this.namesLength + name.length * 3 + 1 > this.names.length) {
      const names = Buffer.allocUnsafe(
        Math.ceil((this.namesLength + name.length * 3 + 1) * GROWTH),
      );
      this.names.copy(names, 0, 0, this.namesLength);
      this.names = names;
    }
    this.namesLength += this.names.write(name, this.namesLength, 'utf8');
    this.names[this.namesLength++] = 0;
    const row = this.count++;
    if (row === this.flags.length) {
      const flags = new Uint8Array(Math.ceil(row * GROWTH));
      flags.set(this.flags);
      this.flags = flags;
      const numbers = new Float64Array(flags.length * SEEN_FIELDS);
      numbers.set(this.numbers);
      this.numbers = numbers;
    }
    this.flags[row] = (follow ? FOLLOWED : 0) | (found ? FOUND : 0) | (relative ? RELATIVE : 0);
    if (!found) return;
    const at = row * SEEN_FIELDS;
    this.numbers[at] = mode;
    this.numbers[at + 1] = ino;
    this.numbers[at + 2] = size;
    this.numbers[at + 3] = mtimeMs;
    this.numbers[at + 4] = ctimeMs;
  }

  /** The paths as kept (relative ones relative to the workspace), in order. */
  paths(): string[] {
    if (this.count === 0) return [];
    return this.names.toString('utf8', 0, this.namesLength - 1).split('\0');
  }

  /** What was seen no longer matters: it is let go, and nothing more is recorded. */
  spoil(reason: string): void {
    if (this.spoiled !== undefined) return;
    this.spoiled = reason;
    this.stop();
    this.names = Buffer.alloc(0);
    this.namesLength = 0;
    this.flags = new Uint8Array(0);
    this.numbers = new Float64Array(0);
    this.count = 0;
    this.ancestors.clear();
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
  for (const witness of active) {
    witness.saw(absolute, false, true, mode, ino, size, mtimeMs, ctimeMs);
  }
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
    let stats: Stats | undefined | null = null;
    for (const witness of active) {
      if (witness.ancestors.has(at)) continue;
      witness.ancestors.add(at);
      if (stats === null) stats = lstatIfAny(at);
      const { mode = 0, ino = 0, size = 0, mtimeMs = 0, ctimeMs = 0 } = stats ?? {};
      witness.saw(at, false, stats !== undefined, mode, ino, size, mtimeMs, ctimeMs);
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
