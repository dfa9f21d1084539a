import { type Digest, type HashFn, type Key } from './digest.js';
/**
 * Bumped only when the manifest's shape or meaning changes. Upgrading taskcache without a
 * schema change must not invalidate caches, so the tool version is deliberately absent.
 */
export declare const KEY_SCHEMA_VERSION = 2;
/**
 * The schemas whose manifests can still be read (and their keys re-derived) to explain a miss:
 * 1 had no outputs and wrote an input's executable bit as "x".
 */
export declare const READABLE_KEY_SCHEMAS: readonly number[];
/** One input file: workspace-relative POSIX path, executable bit and content digest. */
export interface FileInput {
    readonly path: string;
    readonly executable: boolean;
    readonly digest: Digest;
}
/** A symlink among the inputs contributes its target path, not the target's content. */
export interface LinkInput {
    readonly path: string;
    readonly link: string;
}
export type InputEntry = FileInput | LinkInput;
export interface EnvInput {
    readonly name: string;
    /** Digest of the value; the value itself is never stored. */
    readonly digest: Digest;
}
export interface KeyCommandInput {
    readonly command: string;
    /** Digest of the command's stdout. */
    readonly digest: Digest;
}
export interface Manifest {
    readonly schema: number;
    readonly task: string;
    readonly command: string;
    readonly shell: string;
    /** Working directory relative to the workspace, POSIX, "." for the root. */
    readonly cwd: string;
    readonly platform: {
        readonly os: string;
        readonly arch: string;
    };
    readonly env: readonly EnvInput[];
    readonly inputs: readonly InputEntry[];
    readonly keyCommands: readonly KeyCommandInput[];
    /**
     * The declared output patterns, as declared (relative to the working directory), in declared
     * order: a task that stores more or other files is another task. Empty in schema 1.
     */
    readonly outputs: readonly string[];
    readonly salt: string;
}
export interface ManifestParts {
    task: string;
    command: string;
    shell: string;
    cwd: string;
    platform: {
        os: string;
        arch: string;
    };
    env: readonly EnvInput[];
    inputs: readonly InputEntry[];
    keyCommands: readonly KeyCommandInput[];
    /** The declared output patterns; none when left out. */
    outputs?: readonly string[];
    salt: string;
}
/** Builds a manifest with every list in canonical order. */
export declare function createManifest(parts: ManifestParts): Manifest;
export declare function isLink(entry: InputEntry): entry is LinkInput;
/** JSON.stringify of a string; most paths need no escaping, and are only quoted. */
export declare function jsonString(text: string): string;
/**
 * Writes the canonical text the key is computed from, in pieces: everything before the inputs,
 * then one piece per input, then the rest. Joined, they are serializeManifest()'s text.
 */
export declare function writeManifest(manifest: Manifest, write: (piece: string) => void): void;
/** The canonical text the key is computed from. */
export declare function serializeManifest(manifest: Manifest): string;
export declare function computeKey(manifest: Manifest, hash: HashFn): Key;
/** An incremental hash over bytes (BLAKE3, provided by an adapter). */
export interface IncrementalHash {
    /** Takes the chunk's bytes before returning: the caller reuses the chunk. */
    update(chunk: Uint8Array): void;
    digest(): Digest;
}
/**
 * The same key as computeKey(), hashed as the text is written, some 16 KB at a time: the text
 * of 50,000 inputs is 7 MB that would otherwise be built as one string, then encoded as a whole.
 */
export declare function hashManifest(manifest: Manifest, hash: IncrementalHash): Key;
/** The digest recorded for an environment value: never the value itself. */
export declare function envValueDigest(name: string, value: string, hash: HashFn): Digest;
export type ManifestCheck = {
    readonly ok: true;
    readonly manifest: Manifest;
} | {
    readonly ok: false;
    readonly reason: string;
};
/**
 * A manifest read from a record (untrusted JSON), checked field by field: every field of its
 * schema with the right type, and nothing else (the record's key is the hash of exactly these
 * fields). Schema 1 manifests are read with no outputs. Anything off is a reason naming the
 * field, never a throw.
 */
export declare function readManifest(value: unknown): ManifestCheck;
