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
export declare function nativeOneShot(native: NativeBlake3): (data: Uint8Array) => Digest;
/**
 * The addon's platform package where its name follows from `process.platform` and `arch` alone
 * (glibc Linux and macOS, on x64 and arm64). The addon's own loader finds the same file, but
 * first tells glibc from musl by reading /usr/bin/ldd and resolves two packages: about 3 ms,
 * most of a small task's hit beyond Node's start. Windows is left to the loader, which also
 * tells MinGW builds of Node apart.
 */
export declare function nativePackage(platform?: string, arch?: string): string | undefined;
/** The addon, or undefined where it is not installed or does not load. */
export declare function loadNative(): NativeBlake3 | undefined;
