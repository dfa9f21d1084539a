import type { Key } from '../core/digest.js';
import { type SaveRequest, type Store, type StoredEntry, type StoreMode } from '../stores/store.js';
export type Warn = (message: string) => void;
/** Past a call's own bound, how long the backstop waits before switching the store off. */
export declare const BACKSTOP_GRACE_MS = 5000;
/** The environment variable that narrows every store's mode for a whole run (a kill switch). */
export declare const CACHE_ENV = "TASKCACHE_CACHE";
/**
 * The stricter of two modes: what both allow. read-write with read is read; read with write
 * is off. How a run-wide mode (--cache), a task's `cache` and a store's mode combine.
 */
export declare function stricterMode(a: StoreMode, b: StoreMode): StoreMode;
/** Records a store's own bound on one operation, so the backstop follows it. */
export declare function setOperationBound(store: Store, operationMs: number): void;
/** One archive moving to or from a store, as a progress display sees it. */
export interface Transfer {
    /** Bytes moved since the last call (restores; a save knows its total only). */
    add(bytes: number): void;
    end(ok: boolean): void;
}
/** Told of each archive a store set moves: restores read, saves written. */
export type ProgressSink = (kind: 'restore' | 'save', store: string, totalBytes: number | undefined) => Transfer;
export declare class StoreSet {
    readonly stores: readonly Store[];
    private readonly warn;
    /** The backstop for a call moving `bytes`; by default its store deadline plus a grace. */
    private readonly backstopMs;
    /** Where archive transfers are reported (a terminal's progress line); none by default. */
    progress: ProgressSink | undefined;
    private down;
    /** One message per store that failed during the run. */
    failures: string[];
    /** What this view of the set may do, beside each store's own mode (see restrictedTo). */
    private allowed;
    constructor(stores: readonly Store[], warn: Warn, 
    /** The backstop for a call moving `bytes`; by default its store deadline plus a grace. */
    backstopMs?: (bytes: number, store?: Store) => number);
    /** The mode this view allows (a run-wide or task mode); each store's own mode applies too. */
    get mode(): StoreMode;
    /**
     * A view of the same stores that does at most what `mode` allows: a store switched off in
     * one view is off in every view of the set.
     */
    restrictedTo(mode: StoreMode): StoreSet;
    readable(): Store[];
    writable(): Store[];
    /**
     * Runs `operation` against `store`; a failure, or no answer within the backstop for a call
     * moving `bytes`, switches the store off and yields undefined.
     */
    attempt<T>(store: Store, what: string, operation: () => Promise<T>, bytes?: number): Promise<T | undefined>;
    fail(store: Store, message: string): void;
    get(store: Store, key: Key): Promise<StoredEntry | undefined>;
    /**
     * The entry, with its archive's opening under the backstop, and its reading too: silence
     * for the backstop while the reader waits errors the stream and switches the store off.
     * Other errors pass as they are (an archive gone from a store is the engine's to judge).
     */
    private watched;
    /** Saves to every writable store at once; the stores that took it. */
    saveAll(request: SaveRequest): Promise<Store[]>;
    putAll(targets: readonly Store[], request: SaveRequest): Promise<Store[]>;
}
export declare function messageOf(error: unknown): string;
