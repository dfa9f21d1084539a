import { type Stats } from 'node:fs';
/** A stat as compared: mode, inode, size, mtime, ctime (as the stat cache). Null: nothing there. */
export type Seen = readonly [mode: number, ino: number, size: number, mtimeMs: number, ctimeMs: number] | null;
/** Numbers per Seen. */
export declare const SEEN_FIELDS = 5;
export declare function seenOf(stats: Stats | undefined): Seen;
export declare function sameSeen(a: Seen, b: Seen): boolean;
/** A path's flags in a witness: looked at with stat (links followed), and found. */
export declare const FOLLOWED = 1;
export declare const FOUND = 2;
export declare class StatWitness {
    /** Where each path (by stat, by lstat) is in `paths`. */
    private readonly followedAt;
    private readonly unfollowedAt;
    /** What was looked at, in order: each path's flags, and SEEN_FIELDS numbers when found. */
    readonly paths: string[];
    flags: Uint8Array<ArrayBuffer>;
    numbers: Float64Array<ArrayBuffer>;
    /** Why what was seen cannot be trusted to describe the invocation, once that is so. */
    spoiled: string | undefined;
    start(): this;
    stop(): void;
    /** Whether `absolute` was looked at (with lstat, or stat when `follow`). */
    has(absolute: string, follow: boolean): boolean;
    /** What was found at `absolute`; `found` false (the numbers ignored) when nothing was. */
    saw(absolute: string, follow: boolean, found: boolean, mode: number, ino: number, size: number, mtimeMs: number, ctimeMs: number): void;
    /** What was seen no longer matters: it is let go, and nothing more is recorded. */
    spoil(reason: string): void;
}
/** Records a stat (`follow`) or lstat of `absolute` for every active witness. */
export declare function witnessStat(absolute: string, follow: boolean, stats: Stats | undefined): void;
/** An lstat's numbers for every active witness (a file hashed: its stat through its descriptor). */
export declare function witnessFound(absolute: string, mode: number, ino: number, size: number, mtimeMs: number, ctimeMs: number): void;
/** Every active witness is spoiled: the invocation looked at the workspace some other way. */
export declare function witnessSpoil(reason: string): void;
/**
 * Records an lstat of each directory from `root` down to `relative`'s parent: a directory
 * swapped for a link (to a copy elsewhere, which keeps the inodes below it) changes one of them.
 */
export declare function witnessAncestors(root: string, relative: string): void;
/** Whether any witness is recording (a scan may skip work it would only do for one). */
export declare function witnessing(): boolean;
