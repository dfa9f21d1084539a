// Branded digest types, so a path or a log line is never mistaken for a hash.

declare const digestBrand: unique symbol;
declare const keyBrand: unique symbol;

/** Lower-case hex BLAKE3 digest (32 bytes) of some content. */
export type Digest = string & { readonly [digestBrand]: true };

/** The cache key of a task: the BLAKE3 digest of its canonical manifest. */
export type Key = string & { readonly [keyBrand]: true };

const HEX64 = /^[0-9a-f]{64}$/;

export function isDigest(value: unknown): value is Digest {
  return typeof value === 'string' && HEX64.test(value);
}

export function isKey(value: unknown): value is Key {
  return isDigest(value);
}

/** A key as users see it in one line: its first 12 hex digits. */
export function shortKey(key: string): string {
  return key.slice(0, 12);
}

/** A function that hashes bytes or text to a digest (BLAKE3, provided by an adapter). */
export type HashFn = (data: Uint8Array | string) => Digest;
