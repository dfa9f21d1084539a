// BLAKE3 through hash-wasm: WebAssembly inlined in the JavaScript, so the bundled dist/
// hashes on every runner platform without native or .wasm assets to ship beside it. Where
// the optional native addon (@napi-rs/blake-hash) is installed, it is used instead (about 4x
// faster, and no WebAssembly to compile at start); both give the same digests, checked by
// the tests. TASKCACHE_BLAKE3=wasm forces the WebAssembly one.

import type { IHasher } from 'hash-wasm';
import type { Digest, HashFn } from '../core/digest.js';
import { loadNative, nativeOneShot } from './blake3-native.js';

/** hash-wasm, loaded only where the native addon is not used (a CommonJS bundle). */
async function createBLAKE3(): Promise<IHasher> {
  const wasm = await import('hash-wasm/dist/blake3.umd.min.js');
  return (wasm.createBLAKE3 ?? wasm.default.createBLAKE3)();
}

let shared: IHasher | undefined;
let oneShot: HashFn | undefined;

/** Loads the one-shot hasher once; `blake3` needs it. */
export async function initBlake3(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (oneShot) return;
  const native = env.TASKCACHE_BLAKE3 === 'wasm' ? undefined : loadNative();
  if (native) {
    const hash = nativeOneShot(native);
    oneShot = (data) => hash(typeof data === 'string' ? Buffer.from(data) : data);
    return;
  }
  shared ??= await createBLAKE3();
  const wasm = shared;
  oneShot = (data) => {
    wasm.init();
    wasm.update(data);
    return wasm.digest('hex') as Digest;
  };
}

export const blake3: HashFn = (data) => {
  if (!oneShot) throw new Error('initBlake3() must be awaited before hashing');
  return oneShot(data);
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

/** The native addon when installed (and TASKCACHE_BLAKE3 is not "wasm"), else hash-wasm. */
export async function loadBackend(env: NodeJS.ProcessEnv = process.env): Promise<Blake3Backend> {
  const native = env.TASKCACHE_BLAKE3 === 'wasm' ? undefined : loadNative();
  if (native) {
    return {
      name: 'native',
      hash: nativeOneShot(native),
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
  shared ??= await createBLAKE3();
  const wasm = shared;
  return {
    name: 'wasm',
    hash: (data) => {
      wasm.init();
      wasm.update(data);
      return wasm.digest('hex') as Digest;
    },
    createHasher,
  };
}
