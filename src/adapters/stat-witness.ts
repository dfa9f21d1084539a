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
import { collectGarbage } from './collect.js';
import { isRacy } from './stat-cache.js';

/** Numbers a witness keeps per stat. */
export const SEEN_FIELDS = 5;

/** A stat as a witness compares it: mode, inode, size, mtime, ctime (as the stat cache). */
export interface StatNumbers {
  readonly mode: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
}

/** Just those numbers of a Stats (to be kept or written, not the whole object). */
export function statNumbers(stats: StatNumbers): StatNumbers {
  const { mode, ino, size, mtimeMs, ctimeMs } = stats;
  return { mode, ino, size, mtimeMs, ctimeMs };
}

export function sameStat(a: StatNumbers, b: StatNumbers): boolean {
  return (
    a.mode === b.mode &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.ctimeMs === b.ctimeMs
  );
}

const active = new Set<StatWitness>();

/** A path's flags in a witness: looked at with stat (links followed); found; kept relative. */
export const FOLLOWED = 1;
export const FOUND = 2;
export const RELATIVE = 4;

/**
 * Beyond this many looks a witness gives up: what it keeps would grow with the run (megabytes
 * at 50,000 files, at the scan's peak memory), and a replay that checks so many would save
 * less of a keyed run's time.
 */
export const MAX_LOOKS = 20_000;

/** Bytes of a piece of names, and rows of a piece of flags and numbers. */
const NAME_PIECE = 64 * 1024;
const ROW_PIECE = 4096;

/**
 * What an invocation looked at, as compactly as it can be kept through the run: the paths
 * encoded as they come (UTF-8, each ended by a NUL, which no path holds; relative to the
 * workspace below it), a byte of flags and SEEN_FIELDS numbers each, in pieces that are filled
 * and never copied (a growing array would leave its earlier copies to the collector, megabytes
 * at 50,000 paths, at the scan's peak memory). A path looked at twice is kept twice: a replay
 * must find it as both, which it cannot if it changed between them.
 */
export class StatWitness {
  private names: Buffer[] = [];
  private nameAt = NAME_PIECE;
  private flags: Uint8Array[] = [];
  private numbers: Float64Array[] = [];
  /** How many looks were recorded. */
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

  /** What was found at `absolute` (stat when `follow`, else lstat); undefined: nothing. */
  saw(absolute: string, follow: boolean, found: StatNumbers | undefined): void {
    if (this.spoiled !== undefined) return;
    const relative = absolute.length > this.below.length && absolute.startsWith(this.below);
    this.add(relative ? absolute.slice(this.below.length) : absolute, relative, follow, found);
  }

  /**
   * What an lstat found at `relative` below `root` (a scanned file): kept by the name the scan
   * has, when `root` is the workspace, without a path made for the witness alone.
   */
  sawIn(root: string, relative: string, found: StatNumbers | undefined): void {
    if (this.spoiled !== undefined) return;
    if (root === this.workspace) this.add(relative, true, false, found);
    else this.saw(`${root}${path.sep}${relative}`, false, found);
  }

  /** Adds a row, unless the witness gives up instead (MAX_LOOKS). */
  private add(name: string, relative: boolean, follow: boolean, found: StatNumbers | undefined) {
    if (this.count === MAX_LOOKS) {
      this.spoil(`the run looked at more than ${MAX_LOOKS} paths`);
      // Its megabytes go before the scan allocates on top of them.
      collectGarbage();
      return;
    }
    this.addName(name);
    const row = this.count++;
    const inPiece = row % ROW_PIECE;
    if (inPiece === 0) {
      this.flags.push(new Uint8Array(ROW_PIECE));
      this.numbers.push(new Float64Array(ROW_PIECE * SEEN_FIELDS));
    }
    this.flags[this.flags.length - 1]![inPiece] =
      (follow ? FOLLOWED : 0) | (found ? FOUND : 0) | (relative ? RELATIVE : 0);
    if (found === undefined) return;
    const numbers = this.numbers[this.numbers.length - 1]!;
    const at = inPiece * SEEN_FIELDS;
    numbers[at] = found.mode;
    numbers[at + 1] = found.ino;
    numbers[at + 2] = found.size;
    numbers[at + 3] = found.mtimeMs;
    numbers[at + 4] = found.ctimeMs;
  }

  /** Appends a name and its NUL; one that does not fit starts the next piece. */
  private addName(name: string): void {
    const bytes = Buffer.byteLength(name, 'utf8') + 1;
    let piece = this.names[this.names.length - 1];
    if (piece === undefined || this.nameAt + bytes > NAME_PIECE) {
      if (piece !== undefined) this.names[this.names.length - 1] = piece.subarray(0, this.nameAt);
      piece = Buffer.allocUnsafe(Math.max(NAME_PIECE, bytes));
      this.names.push(piece);
      this.nameAt = 0;
    }
    this.nameAt += piece.write(name, this.nameAt, 'utf8');
    piece[this.nameAt++] = 0;
  }

  /**
   * What was recorded, as the pieces of a seal's file hold them: the names joined by NUL
   * (without the last), the flags, and the numbers (unset for rows that found nothing).
   */
  pieces(): { names: Buffer[]; flags: Uint8Array[]; numbers: Float64Array[] } {
    const names = this.names.map((piece, i) =>
      i === this.names.length - 1 ? piece.subarray(0, this.nameAt) : piece,
    );
    // Without the last NUL: the names are joined by it.
    const last = names.length - 1;
    if (last >= 0) names[last] = names[last]!.subarray(0, names[last]!.length - 1);
    const rest = this.count % ROW_PIECE;
    const trim = <T extends Uint8Array | Float64Array>(list: T[], per: number): T[] =>
      list.map((piece, i) =>
        i === list.length - 1 && rest > 0 ? (piece.subarray(0, rest * per) as T) : piece,
      );
    return { names, flags: trim(this.flags, 1), numbers: trim(this.numbers, SEEN_FIELDS) };
  }

  /** The row's flags and its numbers. */
  row(i: number): { flags: number; numbers: readonly number[] } {
    const piece = Math.floor(i / ROW_PIECE);
    const at = (i % ROW_PIECE) * SEEN_FIELDS;
    return {
      flags: this.flags[piece]![i % ROW_PIECE]!,
      numbers: [...this.numbers[piece]!.subarray(at, at + SEEN_FIELDS)],
    };
  }

  /** The first path found changed within the racy window of `readAt` (isRacy), if any. */
  racyPath(readAt: number): string | undefined {
    for (let i = 0; i < this.count; i++) {
      const piece = Math.floor(i / ROW_PIECE);
      if ((this.flags[piece]![i % ROW_PIECE]! & FOUND) === 0) continue;
      const numbers = this.numbers[piece]!;
      const at = (i % ROW_PIECE) * SEEN_FIELDS;
      if (isRacy({ mtimeMs: numbers[at + 3]!, ctimeMs: numbers[at + 4]! }, readAt)) {
        return this.paths()[i];
      }
    }
    return undefined;
  }

  /** The paths as kept (relative ones relative to the workspace), in order. */
  paths(): string[] {
    if (this.count === 0) return [];
    return Buffer.concat(this.pieces().names).toString('utf8').split('\0');
  }

  /** What was seen no longer matters: it is let go, and nothing more is recorded. */
  spoil(reason: string): void {
    if (this.spoiled !== undefined) return;
    this.spoiled = reason;
    this.stop();
    this.names = [];
    this.flags = [];
    this.numbers = [];
    this.count = 0;
    this.ancestors.clear();
  }
}

/** Records a stat (`follow`) or lstat of `absolute` for every active witness. */
export function witnessStat(absolute: string, follow: boolean, stats: Stats | undefined): void {
  if (active.size === 0) return;
  for (const witness of active) witness.saw(absolute, follow, stats);
}

/**
 * Records an lstat of the scanned file `relative` below `root` for every active witness: one
 * taken, or (a file hashed) what its stat through its descriptor says an lstat would.
 */
export function witnessScanned(
  root: string,
  relative: string,
  stats: StatNumbers | undefined,
): void {
  if (active.size === 0) return;
  for (const witness of active) witness.sawIn(root, relative, stats);
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
      witness.saw(at, false, stats);
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
