// BLAKE3 through hash-wasm: WebAssembly inlined in the JavaScript, so the bundled dist/
// hashes on every runner platform without native or .wasm assets to ship beside it. Where
// the optional native addon (@napi-rs/blake-hash) is installed, bulk file hashing uses it
// instead (about 4x faster); both give the same digests, checked by the tests.

import { createRequire } from 'node:module';
import type { IHasher } from 'hash-wasm';
import { createBLAKE3 } from 'hash-wasm/dist/blake3.umd.min.js';
import type { Digest, HashFn } from '../core/digest.js';

let shared: IHasher | undefined;

/** Loads the hasher once; every other function here needs it. */
export async function initBlake3(): Promise<void> {
  shared ??= await createBLAKE3();
}

function hasher(): IHasher {
  if (!shared) throw new Error('initBlake3() must be awaited before hashing');
  return shared;
}

export const blake3: HashFn = (data) => {
  const h = hasher();
  h.init();
  h.update(data);
  return h.digest('hex') as Digest;
};

export interface Hasher {
  init(): void;
  update(chunk: Uint8Array): void;
  digest(): Digest;
}

/** A hasher of its own, for incremental hashing that may interleave with other work. */
export async function createHasher(): Promise<Hasher> {
  const h = await createBLAKE3();
  h.init();
  return {
    init: () => {
      h.init();
    },
    update: (chunk) => {
      h.update(chunk);
    },
    digest: () => h.digest('hex') as Digest,
  };
}

/** One-shot and incremental BLAKE3, from whichever implementation is available. */
export interface Blake3Backend {
  readonly name: 'native' | 'wasm';
  hash(data: Uint8Array): Digest;
  /** A fresh incremental hasher, owned by the caller. */
  createHasher(): Promise<Hasher>;
}

interface NativeBlake3 {
  blake3(data: Uint8Array): Buffer;
  Blake3Hasher: new () => {
    update(data: Uint8Array): void;
    digest(encoding: 'hex'): string;
    reset(): void;
  };
}

function loadNative(): NativeBlake3 | undefined {
  try {
    // Resolved at run time: a native addon cannot be bundled, and dist/ runs without it.
    return createRequire(import.meta.url)('@napi-rs/blake-hash') as NativeBlake3;
  } catch {
    return undefined;
  }
}

/** The native addon when installed (and TASKCACHE_BLAKE3 is not "wasm"), else hash-wasm. */
export async function loadBackend(env: NodeJS.ProcessEnv = process.env): Promise<Blake3Backend> {
  const native = env.TASKCACHE_BLAKE3 === 'wasm' ? undefined : loadNative();
  if (native) {
    return {
      name: 'native',
      hash: (data) => native.blake3(data).toString('hex') as Digest,
      createHasher: async () => {
        const h = new native.Blake3Hasher();
        return {
          init: () => h.reset(),
          update: (chunk) => h.update(chunk),
          digest: () => h.digest('hex') as Digest,
        };
      },
    };
  }
  await initBlake3();
  return { name: 'wasm', hash: (data) => blake3(data), createHasher };
}
