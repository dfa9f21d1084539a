/**
 * Writes `data` (or its pieces, one after another) beside `file` under a unique name, then
 * renames it over `file`.
 */
export declare function writeFileAtomic(file: string, data: string | Uint8Array | readonly Uint8Array[]): void;
/**
 * A name part that no other process, and no other call in this one, uses at the same time:
 * the pid, a count and a random tail. Temporary names are not secrets, so no crypto (whose
 * loading costs a small run more than everything else it does with these names).
 */
export declare function uniqueSuffix(): string;
