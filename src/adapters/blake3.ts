// BLAKE3 through hash-wasm: WebAssembly inlined in the JavaScript, so the bundled dist/
// hashes on every runner platform without native or .wasm assets to ship beside it. Where
// the optional native addon (@napi-rs/blake-hash) is installed, it is used instead (about 4x
// faster, and no WebAssembly to compile at start); both give the same digests, checked by
// the tests. TASKCACHE_BLAKE3=wasm forces the WebAssembly one.

import { createRequire } from 'node:module';
import type { IHasher } from 'hash-wasm';
import type { Digest, HashFn } from '../core/digest.js';

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

interface NativeBlake3 {
  Blake3Hasher: new () => {
    update(data: Uint8Array): void;
    digest(encoding: 'hex'): string;
    reset(): void;
  };
}

/**
 * One-shot hashing through one reused native hasher: reset, update, hex digest. The addon's own
 * one-shot function costs about 2 µs more per call (it builds a result buffer to turn into hex),
 * which is a fifth of hashing a 10 KB file.
 */
function nativeOneShot(native: NativeBlake3): (data: Uint8Array) => Digest {
  const h = new native.Blake3Hasher();
  return (data) => {
    h.reset();
    h.update(data);
    return h.digest('hex') as Digest;
  };
}

/**
 * The addon's platform package where its name follows from `process.platform` and `arch` alone
 * (glibc Linux, macOS, Windows on x64 and arm64). The addon's own loader finds the same file,
 * but first tells glibc from musl by reading /usr/bin/ldd and resolves two packages: about 3 ms,
 * most of a small task's hit beyond Node's start.
 */
export function nativePackage(
  platform: string = process.platform,
  arch: string = process.arch,
): string | undefined {
  if (arch !== 'x64' && arch !== 'arm64') return undefined;
  if (platform === 'linux') return `@napi-rs/blake-hash-linux-${arch}-gnu`;
  if (platform === 'darwin') return `@napi-rs/blake-hash-darwin-${arch}`;
  if (platform === 'win32') return `@napi-rs/blake-hash-win32-${arch}-msvc`;
  return undefined;
}

function loadNative(): NativeBlake3 | undefined {
  // Resolved at run time: a native addon cannot be bundled, and dist/ runs without it.
  const require = createRequire(import.meta.url);
  const direct = process.env.NAPI_RS_NATIVE_LIBRARY_PATH ? undefined : nativePackage();
  if (direct) {
    try {
      return require(direct) as NativeBlake3;
    } catch {
      // Not installed (musl, say: npm skips a glibc package there), or it does not load: the
      // addon's loader decides.
    }
  }
  try {
    return require('@napi-rs/blake-hash') as NativeBlake3;
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
