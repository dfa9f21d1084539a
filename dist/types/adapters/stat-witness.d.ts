import { type Stats } from 'node:fs';
/** Numbers a witness keeps per stat. */
export declare const SEEN_FIELDS = 5;
/** A stat as a witness compares it: mode, inode, size, mtime, ctime (as the stat cache). */
export interface StatNumbers {
    readonly mode: number;
    readonly ino: number;
    readonly size: number;
    readonly mtimeMs: number;
    readonly ctimeMs: number;
}
/** Just those numbers of a Stats (to be kept or written, not the whole object). */
export declare function statNumbers(stats: StatNumbers): StatNumbers;
export declare function sameStat(a: StatNumbers, b: StatNumbers): boolean;
/** A path's flags in a witness: looked at with stat (links followed); found; kept relative. */
export declare const FOLLOWED = 1;
export declare const FOUND = 2;
export declare const RELATIVE = 4;
/**
 * Beyond this many looks a witness gives up: what it keeps would grow with the run (megabytes
 * at 50,000 files, at the scan's peak memory), and a replay that checks so many would save
 * less of a keyed run's time.
 */
export declare const MAX_LOOKS = 20000;
/**
 * What an invocation looked at, as compactly as it can be kept through the run: the paths
 * encoded as they come (UTF-8, each ended by a NUL, which no path holds; relative to the
 * workspace below it), a byte of flags and SEEN_FIELDS numbers each, in pieces that are filled
 * and never copied (a growing array would leave its earlier copies to the collector, megabytes
 * at 50,000 paths, at the scan's peak memory). A path looked at twice is kept twice: a replay
 * must find it as both, which it cannot if it changed between them.
 */
export declare class StatWitness {
    readonly workspace: string;
    private names;
    private nameAt;
    private flags;
    private numbers;
    /** How many looks were recorded. */
    count: number;
    /** Why what was seen cannot be trusted to describe the invocation, once that is so. */
    spoiled: string | undefined;
    /** The directories above patterns already looked at (witnessAncestors), by absolute path. */
    readonly ancestors: Set<string>;
    private readonly below;
    constructor(workspace: string);
    start(): this;
    stop(): void;
    /** What was found at `absolute` (stat when `follow`, else lstat); undefined: nothing. */
    saw(absolute: string, follow: boolean, found: StatNumbers | undefined): void;
    /**
     * What an lstat found at `relative` below `root` (a scanned file): kept by the name the scan
     * has, when `root` is the workspace, without a path made for the witness alone.
     */
    sawIn(root: string, relative: string, found: StatNumbers | undefined): void;
    /** Adds a row, unless the witness gives up instead (MAX_LOOKS). */
    private add;
    /** Appends a name and its NUL; one that does not fit starts the next piece. */
    private addName;
    /**
     * What was recorded, as the pieces of a seal's file hold them: the names joined by NUL
     * (without the last), the flags, and the numbers (unset for rows that found nothing).
     */
    pieces(): {
        names: Buffer[];
        flags: Uint8Array[];
        numbers: Float64Array[];
    };
    /** The row's flags and its numbers. */
    row(i: number): {
        flags: number;
        numbers: readonly number[];
    };
    /** The first path found changed within the racy window of `readAt` (isRacy), if any. */
    racyPath(readAt: number): string | undefined;
    /** The paths as kept (relative ones relative to the workspace), in order. */
    paths(): string[];
    /** What was seen no longer matters: it is let go, and nothing more is recorded. */
    spoil(reason: string): void;
}
/** Records a stat (`follow`) or lstat of `absolute` for every active witness. */
export declare function witnessStat(absolute: string, follow: boolean, stats: Stats | undefined): void;
/**
 * Records an lstat of the scanned file `relative` below `root` for every active witness: one
 * taken, or (a file hashed) what its stat through its descriptor says an lstat would.
 */
export declare function witnessScanned(root: string, relative: string, stats: StatNumbers | undefined): void;
/** Every active witness is spoiled: the invocation looked at the workspace some other way. */
export declare function witnessSpoil(reason: string): void;
/**
 * Records an lstat of each directory from `root` down to `relative`'s parent: a directory
 * swapped for a link (to a copy elsewhere, which keeps the inodes below it) changes one of them.
 */
export declare function witnessAncestors(root: string, relative: string): void;
/** Whether any witness is recording (a scan may skip work it would only do for one). */
export declare function witnessing(): boolean;
