import type { Digest } from '../core/digest.js';
import type { HashedFile } from './file-digest.js';
export interface WorkerRequest {
    readonly id: number;
    /** Absolute paths. */
    readonly files: readonly string[];
}
export interface WorkerResponse {
    readonly id: number;
    /** Per file, its digest, or null when it no longer exists. */
    readonly digests?: Array<Digest | null>;
    /** Per file: size, mode, mtime, ctime and inode, from the open file. */
    readonly stats?: Float64Array;
    readonly error?: string;
}
/** A worker's answer: digests, and the stats packed into one transferable array. */
export declare function packResponse(id: number, files: ReadonlyArray<HashedFile | undefined>): {
    response: WorkerResponse;
    transfer: ArrayBuffer[];
};
export declare class WorkerPool {
    private readonly script;
    readonly threads: number;
    private slots;
    private readonly queue;
    private readonly pending;
    private nextId;
    private closed;
    private constructor();
    /**
     * A pool of one worker per core but the caller's (at most 3 in all), which is expected to
     * take part through helpWith() once it has nothing else to do; or none where threads would
     * not help: one core, or a run from the sources without the bundled worker entry.
     */
    static create(threads?: number): WorkerPool | undefined;
    /** The digests and stats of `files` (absolute paths), in order, from the next free worker. */
    hash(files: readonly string[]): Promise<Array<HashedFile | undefined>>;
    /**
     * Hashes the oldest request no worker has taken yet on the calling thread, with `hash`;
     * whether there was one. Lets a thread that would only wait take part.
     */
    helpWith(hash: (file: string) => HashedFile | undefined): boolean;
    private start;
    private dispatch;
    private settle;
    /** A worker that fails takes its requests down, and every later one: the caller's run fails. */
    private fail;
    close(): Promise<void>;
}
