import type { Key } from '../core/digest.js';
import { type SaveRequest, type Store, type StoredEntry } from '../stores/store.js';
export type Warn = (message: string) => void;
export declare class StoreSet {
    readonly stores: readonly Store[];
    private readonly warn;
    private readonly down;
    /** One message per store that failed during the run. */
    readonly failures: string[];
    constructor(stores: readonly Store[], warn: Warn);
    readable(): Store[];
    writable(): Store[];
    /** Runs `operation` against `store`; a failure switches the store off and yields undefined. */
    attempt<T>(store: Store, what: string, operation: () => Promise<T>): Promise<T | undefined>;
    fail(store: Store, message: string): void;
    get(store: Store, key: Key): Promise<StoredEntry | undefined>;
    /** Saves to every writable store at once; the stores that took it. */
    saveAll(request: SaveRequest): Promise<Store[]>;
    putAll(targets: readonly Store[], request: SaveRequest): Promise<Store[]>;
}
export declare function messageOf(error: unknown): string;
