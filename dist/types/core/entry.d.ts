import type { Digest, HashFn, Key } from './digest.js';
import { type Manifest } from './manifest.js';
export declare const ENTRY_FORMAT = 1;
export declare const CODECS: readonly ["zstd", "gzip", "none"];
export type Codec = (typeof CODECS)[number];
export interface OutputFile {
    readonly kind: 'file';
    readonly path: string;
    readonly executable: boolean;
    readonly size: number;
    readonly digest: Digest;
}
export interface OutputLink {
    readonly kind: 'link';
    readonly path: string;
    readonly target: string;
    /**
     * The target leaves the workspace (stored only for a task with `allow-external-links`, and
     * restored only for one): kept as it was read, absolute or relative.
     */
    readonly external?: true;
}
export type OutputItem = OutputFile | OutputLink;
/** Where and by what an entry was produced (CI facts when in CI). */
export interface Producer {
    readonly host?: string;
    readonly repository?: string;
    readonly ref?: string;
    readonly commit?: string;
    readonly workflow?: string;
    readonly runUrl?: string;
    readonly job?: string;
}
/** Values the command wrote to the Actions runner's files, re-applied on a hit. */
export interface RunnerFiles {
    readonly output: string;
    readonly env: string;
    readonly path: string;
    readonly summary: string;
}
export interface EntryRecord {
    readonly format: number;
    readonly key: Key;
    readonly task: string;
    readonly manifest: Manifest;
    readonly createdAt: string;
    readonly durationMs: number;
    readonly exitCode: number;
    readonly outputs: readonly OutputItem[];
    readonly log: {
        readonly size: number;
        readonly digest: Digest;
    };
    readonly archive: {
        readonly codec: Codec;
    };
    readonly producer: Producer;
    readonly runnerFiles?: RunnerFiles;
    /**
     * Optional, beside the manifest (whose text must hash to the key): the git blob id (hex) of
     * each input the key computation took from the git index with a stat match, by path, so a
     * fresh clone can map those ids to the manifest's digests without reading the files.
     */
    readonly blobs?: {
        readonly [path: string]: string;
    };
}
/** Total bytes of output file content in an entry. */
export declare function outputBytes(record: Pick<EntryRecord, 'outputs'>): number;
/**
 * Signs and checks entries: an HMAC over the key and the record's digest. The record holds a
 * digest of every output file and of the log, so this covers the whole entry.
 */
export interface Signer {
    sign(key: Key, recordDigest: Digest): string;
    verify(key: Key, recordDigest: Digest, signature: string): boolean;
    /**
     * A keyed digest (with a key derived from the signing key, never the signing key itself),
     * for values that enter the key but must not be guessable from a stored manifest: the values
     * of environment variables.
     */
    keyedHash?: HashFn;
}
/**
 * The stored form: `{"digest": BLAKE3(canonical record), "signature"?: ..., "record": {...}}`.
 */
/**
 * The stored form: `{"digest": BLAKE3(canonical record), "signature"?: ..., "record": {...}}`.
 * The manifest inside is its canonical JSON, which is serializeManifest()'s text: the text the
 * key is the hash of. (Any JSON is taken and digested as it is, for tests that craft entries.)
 */
export declare function encodeRecord(record: EntryRecord, hash: HashFn, signer?: Signer): string;
/** encodeRecord's text as UTF-8, for a store that writes bytes (see SaveRequest.recordBytes). */
export declare function encodeRecordBytes(record: EntryRecord, hash: HashFn, signer?: Signer): Uint8Array;
/** An incremental hash of the kind HashFn gives in one call. */
export interface IncrementalHash {
    update(bytes: Uint8Array): void;
    digest(): Digest;
}
/**
 * A record as streamRecord takes it: its blobs may be a Map, written as the object
 * Object.fromEntries would make of it (a save has them as one, of a path per input).
 */
export type RecordToWrite = Omit<EntryRecord, 'blobs'> & {
    readonly blobs?: EntryRecord['blobs'] | ReadonlyMap<string, string>;
};
/** Where streamRecord writes: bytes at a position of the stored form. */
export type RecordSink = (bytes: Uint8Array, position: number) => void;
/**
 * encodeRecordBytes's bytes, written to `sink` as they are made rather than held whole (a
 * record holds an item per input and per output: megabytes, the largest thing a save holds).
 * The header holds the digest of the text after it, so the text is written after room for the
 * header, hashed on the way, and the header last: its length is known beforehand, a digest's
 * and an HMAC's being fixed. Should the header come out of another length after all (a signer
 * whose signatures vary), the text is written a second time after it. `hasher` is fresh; the
 * result is the stored form's length (the sink's bytes past it are not the record's).
 */
export declare function streamRecord(record: RecordToWrite, hasher: IncrementalHash, sink: RecordSink, signer?: Signer): number;
/** Records longer than this (in UTF-16 code units of text) are refused unread. */
export declare const MAX_RECORD_CHARS: number;
/** At most this many outputs in one entry. */
export declare const MAX_OUTPUTS = 1000000;
/** The longest output path or link target a record may name (PATH_MAX on Linux). */
export declare const MAX_PATH_LENGTH = 4096;
/** The largest size a record may declare, for one file, the log, or all of an entry's files. */
export declare const MAX_SIZE: number;
export type DecodeResult<R = EntryRecord> = {
    readonly ok: true;
    readonly record: R;
} | {
    readonly ok: false;
    readonly reason: string;
};
/**
 * What a restore needs of a record: all of it but the manifest and the blobs (both checked, as
 * every field is, and the blobs left unparsed where the layout allows).
 */
export type RestoredRecord = Omit<EntryRecord, 'manifest' | 'blobs'>;
/** What blob hints need of a record: all of it but the outputs. */
export type HintRecord = Omit<EntryRecord, 'outputs'>;
/**
 * A stored record: its text, or that text's UTF-8 as a store read it (unchecked: bytes that are
 * not UTF-8 are decoded as a text read would decode them, and checked as that text).
 */
export type StoredRecord = string | Uint8Array;
/**
 * Parses and checks a stored record: its size, its digest, its key (when one is expected), its
 * signature (with a signer), every field against the record's schema and the manifest's, that
 * the manifest gives the record's key, and that every path it would write stays inside the
 * workspace. Anything off is a reason, never a throw.
 */
export declare function decodeRecord(stored: StoredRecord, expectedKey: Key | undefined, hash: HashFn, signer?: Signer): DecodeResult;
/**
 * decodeRecord for a restore: the same checks, without building the manifest. When the record
 * is laid out as encodeRecord writes it, the manifest is checked against the key by hashing
 * its bytes as they stand (one pass, no parse, and from bytes no text of it); otherwise it is
 * read and checked in full.
 */
export declare function decodeRecordToRestore(stored: StoredRecord, expectedKey: Key, hash: HashFn, signer?: Signer): DecodeResult<RestoredRecord>;
/**
 * decodeRecord for blob hints, which read the manifest and the blobs of a task's earlier
 * records: the same checks but of the outputs, which are not parsed when the record is laid
 * out as encodeRecord writes it (a record holds an item per output; nothing of them is used),
 * and are checked as decodeRecord checks them otherwise. `release` is called when the bytes of
 * `stored` are read no more, which may be before the manifest is parsed (then the caller may
 * free them meanwhile: a record is megabytes), or not at all.
 */
export declare function decodeRecordForHints(stored: StoredRecord, hash: HashFn, signer?: Signer, release?: () => void): DecodeResult<HintRecord>;
/** What blob hints take from a record: its platform, and its inputs' blob ids and digests. */
export interface HintPairs {
    readonly platform: {
        readonly os: string;
        readonly arch: string;
    };
    /** Blob id (hex) -> digest, in input order: an id that inputs share keeps the first digest. */
    readonly pairs: Map<string, Digest>;
}
/** How many records decodeHintPairs read as they stand, and how many it parsed (for tests). */
export declare const hintDecodes: {
    asWritten: number;
    parsed: number;
};
/**
 * decodeRecordForHints, its inputs joined with its blobs. Laid out as encodeRecord writes it,
 * the pairs are read from the bytes as they stand: the manifest's inputs and the blobs are never
 * made text or objects, which at 30,000 inputs were the most a fresh clone's decision held
 * beside the record's bytes. Whatever that reading is not certain of goes to
 * decodeRecordForHints, which gives the same pairs and refuses what it refuses. `release` as
 * for decodeRecordForHints.
 */
export declare function decodeHintPairs(stored: StoredRecord, hash: HashFn, signer?: Signer, release?: () => void): DecodeResult<HintPairs>;
