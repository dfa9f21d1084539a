declare const digestBrand: unique symbol;
declare const keyBrand: unique symbol;
/** Lower-case hex BLAKE3 digest (32 bytes) of some content. */
export type Digest = string & {
    readonly [digestBrand]: true;
};
/** The cache key of a task: the BLAKE3 digest of its canonical manifest. */
export type Key = string & {
    readonly [keyBrand]: true;
};
export declare function isDigest(value: unknown): value is Digest;
export declare function isKey(value: unknown): value is Key;
/** A key as users see it in one line: its first 12 hex digits. */
export declare function shortKey(key: string): string;
/** A function that hashes bytes or text to a digest (BLAKE3, provided by an adapter). */
export type HashFn = (data: Uint8Array | string) => Digest;
export {};
