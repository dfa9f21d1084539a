import type { Digest, HashFn, Key } from './digest.js';
import type { Manifest } from './manifest.js';
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
}
/**
 * The stored form: `{"digest": BLAKE3(canonical record), "signature"?: ..., "record": {...}}`.
 */
export declare function encodeRecord(record: EntryRecord, hash: HashFn, signer?: Signer): string;
export type DecodeResult<R = EntryRecord> = {
    readonly ok: true;
    readonly record: R;
} | {
    readonly ok: false;
    readonly reason: string;
};
/** What a restore needs of a record: all of it but the manifest. */
export type RestoredRecord = Omit<EntryRecord, 'manifest'>;
/**
 * Parses and checks a stored record: its digest, its key (when one is expected), and that
 * every path it would write stays inside the workspace. Anything off is a reason, never a
 * throw.
 */
export declare function decodeRecord(text: string, expectedKey: Key | undefined, hash: HashFn, signer?: Signer): DecodeResult;
/** decodeRecord for a restore: the same checks, without building the manifest. */
export declare function decodeRecordToRestore(text: string, expectedKey: Key, hash: HashFn, signer?: Signer): DecodeResult<RestoredRecord>;
