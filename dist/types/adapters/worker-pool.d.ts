import type { Digest } from '../core/digest.js';
import type { HashedFile } from './file-digest.js';
export interface WorkerRequest {
    readonly id: number;
    /** The absolute directory `files` are relative to. */
    readonly root: string;
    /** POSIX paths relative to `root`. */
    readonly files: readonly string[];
    /** One word of shared memory, 0 until a thread claims the request (see claim()). */
    readonly claim: Int32Array;
}
/** A file's absolute path from its root and its POSIX path below it. */
export declare function inRoot(root: string, file: string): string;
/** Takes a request for the calling thread; false when another thread already has. */
export declare function claim(request: WorkerRequest): boolean;
/** Digests and stats of a batch of files, in the batch's order. */
export interface HashedBatch {
    /** Per file, its digest, or null when it no longer exists. */
    readonly digests: Array<Digest | null>;
    /** Per file STAT_FIELDS numbers: size, mode, mtime, ctime and inode, from the open file. */
    readonly stats: Float64Array;
}
export interface WorkerResponse extends Partial<HashedBatch> {
    readonly id: number;
    readonly error?: string;
}
export declare const STAT_FIELDS = 5;
/** Hashed files as one batch: digests, and the stats packed into one transferable array. */
export declare function packBatch(files: ReadonlyArray<HashedFile | undefined>): HashedBatch;
/** Where the bundled worker entry is, relative to the module that holds this code. */
export declare function workerFile(): string | undefined;
/**
 * Every request goes to every worker at once, with a claim word in shared memory: the first
 * thread to set it hashes the batch, the others skip it. So a worker never waits for the
 * thread that feeds it (which may be busy walking and not read answers for a while), and a
 * thread with nothing else to do takes the newest batches no one has started, from the back.
 */
export declare class WorkerPool {
    private readonly script;
    readonly threads: number;
    private workers;
    /** Requests sent and not answered, oldest first. */
    private readonly pending;
    /** Requests perhaps not claimed yet, oldest first; helpWith() takes from the back. */
    private readonly unclaimed;
    private nextId;
    private closed;
    private constructor();
    /**
     * A pool of one worker per core but the caller's (at most 3 in all), which is expected to
     * take part through helpWith() once it has nothing else to do; or none where threads would
     * not help: one core, or a run from the sources without the bundled worker entry.
     */
    static create(threads?: number): WorkerPool | undefined;
    /** The digests and stats of `files` (POSIX, below `root`), in order, from whichever thread. */
    hash(root: string, files: readonly string[]): Promise<HashedBatch>;
    /**
     * Claims the newest request no thread has started and hashes it on the calling thread with
     * `hash` (given absolute paths); whether there was one. Lets a thread that would only wait
     * take part.
     */
    helpWith(hash: (absolute: string) => HashedFile | undefined): boolean;
    private start;
    private settle;
    /**
     * A worker that fails takes every request not answered yet down, and every later one: the
     * caller's run fails.
     */
    private fail;
    close(): Promise<void>;
}
