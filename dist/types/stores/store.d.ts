import type { Readable } from 'node:stream';
import { STORE_MODES, type StoreMode } from '../core/config-shape.js';
import type { Key } from '../core/digest.js';
export { STORE_MODES, type StoreMode };
export declare const canRead: (mode: StoreMode) => boolean;
export declare const canWrite: (mode: StoreMode) => boolean;
/**
 * Frees a record's bytes at once where the runtime can (Node 21+) rather than at a full
 * collection: an array of its own (never a slice of Node's pool) is detached; text is left.
 */
export declare function releaseBytes(record: string | Uint8Array | undefined): void;
export interface StoredEntry {
    /** The stored record text, unverified. */
    readonly recordText: string;
    /**
     * recordText's UTF-8 as the store read it, when it reads bytes: a reader takes these and
     * leaves recordText (which may then be made only when asked for) alone.
     */
    readonly recordBytes?: Uint8Array;
    /**
     * Lets go of the record's text and bytes, which are not read after (a record can be
     * megabytes, and the restore that follows long).
     */
    releaseRecord?(): void;
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
    /**
     * recordText as UTF-8, when the writer has it: a store that writes bytes takes these instead
     * of encoding the text again (a record can be megabytes).
     */
    readonly recordBytes?: Uint8Array;
    /**
     * A file holding recordBytes, when the writer wrote the record there (never whole in memory:
     * see save.ts): a store that writes files copies or links it, never moves it; recordText and
     * recordBytes are then read from it only when asked for.
     */
    readonly recordFile?: string;
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
    /**
     * The record texts of the task's recently saved entries in `scope`, newest first, at most
     * `limit` (RECENT_RECORDS by default); entries gone since are left out. A store without it
     * knows the latest one only (`recentRecords` in engine/inspect.ts falls back to it).
     */
    recentRecords?(task: string, scope: string, limit?: number): Promise<string[]>;
    /**
     * recentRecords as the stored UTF-8, from a store that reads bytes (never decoded to text):
     * arrays the caller owns, which it may detach when done.
     */
    recentRecordBytes?(task: string, scope: string, limit?: number): Promise<Uint8Array[]>;
    /** What the store can do beyond get and put (`taskcache doctor`, `ls`, `clear`). */
    readonly capabilities?: StoreCapabilities;
    /**
     * Which credentials the store found, by name and whether present, never their values
     * (`AWS_SECRET_ACCESS_KEY present`).
     */
    readonly credentials?: string;
    /**
     * Every entry the store holds, with what it knows of each. Throws UnsupportedError when the
     * server cannot list, StoreError on a store failure.
     */
    listEntries?(): Promise<ListedEntry[]>;
    /** Deletes the entry under `key`; false when there was none. */
    deleteEntry?(key: Key): Promise<boolean>;
}
/** How many of a task's recent entries a store keeps track of, per scope. */
export declare const RECENT_RECORDS = 8;
/** `key` first, then the earlier keys without it: the recent list after saving `key`. */
export declare function pushRecent<K extends string>(key: K, earlier: readonly K[]): K[];
/** One entry as a listing sees it; fields the store cannot know are left out. */
export interface ListedEntry {
    readonly key: Key;
    readonly task?: string;
    /** Bytes stored for the entry (the archive, and the record where the store keeps it apart). */
    readonly size?: number;
    /** ISO 8601. */
    readonly createdAt?: string;
    /** ISO 8601: the last restore or save, where the store tracks it. */
    readonly usedAt?: string;
}
export interface StoreCapabilities {
    readonly list: boolean;
    readonly delete: boolean;
    readonly replace: boolean;
    /** One line on what the store cannot do and why (shown by doctor, ls and clear). */
    readonly note?: string;
}
/** The capabilities a store declares, or what its methods show. */
export declare function capabilitiesOf(store: Store): StoreCapabilities;
/** The server cannot do this (list, delete): one line in the output, not a failure. */
export declare class UnsupportedError extends Error {
    readonly name = "UnsupportedError";
}
/** A store failure: the store is switched off for the rest of the run with one warning. */
export declare class StoreError extends Error {
    readonly store: string;
    readonly name = "StoreError";
    constructor(store: string, message: string);
}
