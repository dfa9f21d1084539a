import type { Worker } from 'node:worker_threads';
/** What the worker is sent: its ring, once, then segments of it to hash. */
export type PieceMessage = {
    readonly kind: 'ring';
    readonly ring: SharedArrayBuffer;
} | {
    readonly kind: 'pieces';
    /** Per segment: slot, start in the ring, length, 1 when the slot ends there (else 0). */
    readonly segments: Int32Array;
};
/** The worker's answer to each PieceMessage of segments. */
export interface HashedPieces {
    /** Bytes of the ring hashed (free again). */
    readonly bytes: number;
    /** Slot, digest, for each slot that ended. */
    readonly digests: ReadonlyArray<number | string>;
}
/** The most bytes handed to the worker and not hashed yet. */
export declare const RING_BYTES: number;
/** How restores hash: settable for tests (a bundled worker script, a smaller threshold). */
export declare const pieceHashing: {
    /** The worker's script; by default the bundled hash worker, if there is one. */
    script: string | undefined | null;
    /** Archives with fewer bytes than this are hashed on the restoring thread. */
    minBytes: number;
    /**
     * Cores wanted for a worker: a restore already keeps about two busy (this thread, and
     * libuv's threads decompressing and creating files). On two cores a worker beside them made
     * restores slower (bench/results/remotes-load-2026-12-04.json); where a core is left it can
     * hash beside them, which no bench here has measured yet.
     */
    minCores: number;
    /** Called with each worker started (tests stop one on purpose). */
    onStart?: (worker: Worker) => void;
    /** The most bytes ever in flight, for tests. */
    maxInFlight: number;
};
/**
 * Hashes the slots of one restore, in order, on a worker; `check` is told each slot's digest
 * as it comes and throws to refuse it. Undefined where a worker would not help (one core, a
 * small archive, no bundled worker script): the caller hashes on its own thread.
 */
export declare class PieceHasher {
    private readonly thread;
    private readonly check;
    /** Bytes copied into the ring, and bytes the worker has hashed: both only grow. */
    private written;
    private hashed;
    private segments;
    private unsent;
    private failure;
    private wake;
    private slotsEnded;
    private slotsChecked;
    private constructor();
    static start(bytes: number, check: (slot: number, digest: string) => void): PieceHasher | undefined;
    /** Why the restore must stop, once known: a digest that did not match, a dead worker. */
    get failed(): unknown;
    /** Hands the next bytes of `slot` on; a promise when the ring had no room for them yet. */
    update(slot: number, part: Uint8Array): Promise<void> | undefined;
    /** Says that `slot` has no more bytes. */
    end(slot: number): void;
    /** Sends what is gathered: after each SEND_BYTES, and at the end. */
    send(): void;
    /** Waits for every digest and throws the first failure. */
    finish(): Promise<void>;
    /** Hands the worker back for the next restore, or stops it if it may still be busy. */
    release(): void;
    private copy;
    private updateSlowly;
    private answer;
    private answered;
    private fail;
    private wakeUp;
}
