import type { Digest, HashFn } from '../core/digest.js';
/** Loads the one-shot hasher once; `blake3` needs it. */
export declare function initBlake3(env?: NodeJS.ProcessEnv): Promise<void>;
export declare const blake3: HashFn;
export interface Hasher {
    init(): void;
    update(chunk: Uint8Array): void;
    digest(): Digest;
}
/** A hasher of its own, for incremental hashing that may interleave with other work. */
export declare function createHasher(): Promise<Hasher>;
/** One-shot and incremental BLAKE3, from whichever implementation is available. */
export interface Blake3Backend {
    readonly name: 'native' | 'wasm';
    hash(data: Uint8Array): Digest;
    /** A fresh incremental hasher, owned by the caller. */
    createHasher(): Promise<Hasher>;
}
/** The native addon when installed (and TASKCACHE_BLAKE3 is not "wasm"), else hash-wasm. */
export declare function loadBackend(env?: NodeJS.ProcessEnv): Promise<Blake3Backend>;
