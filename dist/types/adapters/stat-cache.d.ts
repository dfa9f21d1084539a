import type { Digest } from '../core/digest.js';
/**
 * Whether something last changed at these times may change again unseen: within RACY_MS of
 * `readAt`, when it was read (hashed or listed), a later change could keep the same times.
 */
export declare function isRacy(times: {
    mtimeMs: number;
    ctimeMs: number;
}, readAt: number): boolean;
export interface FileStat {
    readonly path: string;
    readonly size: number;
    readonly mtimeMs: number;
    readonly ctimeMs: number;
    readonly ino: number;
}
export declare class StatCache {
    private readonly file;
    private readonly data;
    /** Rows loaded from disk, by path (name-table.ts): where their numbers start in `data`. */
    private readonly offsets;
    /** Per loaded row, 1 once recorded again in this run: the loaded row is dropped. */
    private readonly superseded;
    private supersededRows;
    /** Per loaded row, 1 once looked up in this run. */
    private readonly seen;
    /**
     * Rows recorded in this run, encoded as the file holds them as they come, so 50,000 new rows
     * cost no objects and saving is a write: full pieces, then the one being filled.
     */
    private readonly added;
    private piece;
    private pieceBytes;
    private addedRows;
    /**
     * Rows recorded in this process, by path: where their numbers are in `added` (the piece's
     * index times 2^32, plus the offset), so a later scan of the same invocation (another task
     * over the same files) finds them.
     */
    private readonly recent;
    private constructor();
    /** Loads the cache; a missing, foreign or torn file is an empty cache. */
    static load(file: string): StatCache;
    /** Whether nothing was loaded: this workspace was never hashed with this state. */
    get empty(): boolean;
    /**
     * Whether a digest was kept for this path at all: if not, a stat would not help. (A scan
     * asks once per path, before recording it.)
     */
    knows(name: string): boolean;
    /** The digest kept for this exact stat, unless it was racy when recorded. */
    lookup(stat: FileStat): Digest | undefined;
    /** The digest of the row whose numbers start at `at` in `d`, if the stat is the row's. */
    private digestAt;
    /** Records a digest computed from content read at or after `hashedAt`. */
    record(stat: FileStat, digest: Digest, hashedAt: number): void;
    /**
     * Writes the cache atomically when anything changed; failures only cost speed. Loaded rows
     * still valid are written as they were read (runs of them in one piece), then this run's rows.
     */
    save(): void;
}
export declare class BlobHints {
    private readonly file;
    private loaded;
    private readonly added;
    private constructor();
    /**
     * The hints of a file, read when first asked (a run the stat cache serves never reads it),
     * and kept for the rest of the process while the file is as this process left it: the tasks
     * of one run read it once.
     */
    static load(file: string): BlobHints;
    /** The hints on disk; a missing, foreign or torn file is none (a torn last row is dropped). */
    private get known();
    /** The row of a blob in the file, or -1. */
    private rowOf;
    /** The digest of a blob's content, when it was hashed before. */
    digestOf(blob: string): Digest | undefined;
    /** Records that a blob's content has this digest. */
    record(blob: string, digest: Digest): void;
    /** Writes the hints atomically when any were added; failures only cost speed. */
    save(): void;
}
