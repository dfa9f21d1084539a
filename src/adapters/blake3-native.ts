// The native BLAKE3 addon (@napi-rs/blake-hash), where it is installed: loaded by the hashing
// code (./blake3.ts) and by the CLI's executable, which checks its code cache with it before
// the bundle loads. It holds no state, so both may bundle it.

import { createRequire } from 'node:module';
import type { Digest } from '../core/digest.js';

export interface NativeBlake3 {
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
export function nativeOneShot(native: NativeBlake3): (data: Uint8Array) => Digest {
  const h = new native.Blake3Hasher();
  return (data) => {
    h.reset();
    h.update(data);
    return h.digest('hex') as Digest;
  };
}

/**
 * The addon's platform package where its name follows from `process.platform` and `arch` alone
 * (glibc Linux and macOS, on x64 and arm64). The addon's own loader finds the same file, but
 * first tells glibc from musl by reading /usr/bin/ldd and resolves two packages: about 3 ms,
 * most of a small task's hit beyond Node's start. Windows is left to the loader, which also
 * tells MinGW builds of Node apart.
 */
export function nativePackage(
  platform: string = process.platform,
  arch: string = process.arch,
): string | undefined {
  if (arch !== 'x64' && arch !== 'arm64') return undefined;
  if (platform === 'linux') return `@napi-rs/blake-hash-linux-${arch}-gnu`;
  if (platform === 'darwin') return `@napi-rs/blake-hash-darwin-${arch}`;
  return undefined;
}

const ADDON = '@napi-rs/blake-hash';

/** The addon, or undefined where it is not installed or does not load. */
export function loadNative(): NativeBlake3 | undefined {
  // Resolved at run time: a native addon cannot be bundled, and dist/ runs without it.
  const require = createRequire(import.meta.url);
  let loader: string;
  try {
    loader = require.resolve(ADDON);
  } catch {
    return undefined;
  }
  const direct = process.env.NAPI_RS_NATIVE_LIBRARY_PATH ? undefined : nativePackage();
  if (direct) {
    try {
      // From the addon's own directory, as its loader would: with pnpm, say, the platform
      // package is found only from there.
      return createRequire(loader)(direct) as NativeBlake3;
    } catch {
      // Not installed (musl, say: npm skips a glibc package there), or it does not load: the
      // addon's loader decides.
    }
  }
  try {
    return require(loader) as NativeBlake3;
  } catch {
    return undefined;
  }
}
