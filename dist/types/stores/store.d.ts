import type { Readable } from 'node:stream';
import { STORE_MODES, type StoreMode } from '../core/config-shape.js';
import type { Key } from '../core/digest.js';
export { STORE_MODES, type StoreMode };
export declare const canRead: (mode: StoreMode) => boolean;
export declare const canWrite: (mode: StoreMode) => boolean;
export interface StoredEntry {
    /** The stored record text, unverified. */
    readonly recordText: string;
    /** Opens the archive's bytes, unverified. */
    openArchive(): Promise<Readable>;
    /** A file on this machine holding the same bytes, when the store has one: read in place. */
    readonly archiveFile?: string;
}
export interface SaveRequest {
    readonly key: Key;
    readonly task: string;
    /** Identifies the project the entry came from, for finding a task's latest entry. */
    readonly scope: string;
    readonly recordText: string;
    /** A file holding the archive; the store copies or links it, never moves it. */
    readonly archivePath: string;
    readonly archiveSize: number;
    /**
     * Replace an existing entry under `key` (after `--force`, or when the entry was found
     * unusable). Readers see the old entry or the new one, never a mix. A store whose keys are
     * immutable (`replaces` false) keeps the old entry and answers 'exists'.
     */
    readonly replace?: boolean;
}
/** 'saved': bytes were written; 'exists': an entry was there and was kept. */
export type SaveOutcome = 'saved' | 'exists';
export interface Store {
    /** Shown to users: a kind and a location, never a credential. */
    readonly name: string;
    readonly mode: StoreMode;
    /**
     * Whether archives for this store are worth compressing. Not for the local disk (reading and
     * writing plain bytes is faster than compressing them); for stores that move bytes over a
     * network, the GitHub cache among them (it stores the blob it is given), yes.
     */
    readonly compress: boolean;
    /** Whether `put` with `replace` can replace an existing entry (false: keys are immutable). */
    readonly replaces: boolean;
    /** The entry under `key`, or undefined when there is none. Throws on a store failure. */
    get(key: Key): Promise<StoredEntry | undefined>;
    /** Whether an entry exists, without fetching it (for dry-run). */
    has(key: Key): Promise<boolean>;
    /**
     * Stores an entry; when one exists already it is kept ('exists'), unless the request asks to
     * replace it and the store can.
     */
    put(request: SaveRequest): Promise<SaveOutcome>;
    /** The record text of the task's most recently saved entry in `scope`, if known. */
    latestRecord(task: string, scope: string): Promise<string | undefined>;
}
/** A store failure: the store is switched off for the rest of the run with one warning. */
export declare class StoreError extends Error {
    readonly store: string;
    readonly name = "StoreError";
    constructor(store: string, message: string);
}
