import type { Key } from '../core/digest.js';
import { type SaveRequest, type Store, type StoredEntry } from '../stores/store.js';
export type Warn = (message: string) => void;
/** Past a call's own bound, how long the backstop waits before switching the store off. */
export declare const BACKSTOP_GRACE_MS = 5000;
export declare class StoreSet {
    readonly stores: readonly Store[];
    private readonly warn;
    /** The backstop for a call moving `bytes`; by default its store deadline plus a grace. */
    private readonly backstopMs;
    private readonly down;
    /** One message per store that failed during the run. */
    readonly failures: string[];
    constructor(stores: readonly Store[], warn: Warn, 
    /** The backstop for a call moving `bytes`; by default its store deadline plus a grace. */
    backstopMs?: (bytes: number) => number);
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
