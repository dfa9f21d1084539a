import type { Digest } from '../core/digest.js';
import type { Blake3Backend } from './blake3.js';
/** What a file's stat says, as the stat cache keeps it. */
export interface StatNumbers {
    readonly size: number;
    readonly mode: number;
    readonly mtimeMs: number;
    readonly ctimeMs: number;
    readonly ino: number;
}
/** A file's digest and its stat, taken from the open file before it was read. */
export interface HashedFile {
    readonly digest: Digest;
    readonly stat: StatNumbers;
}
/** Reads and hashes files one after another, reusing one buffer and one hasher. */
export declare class FileHasher {
    private readonly backend;
    private readonly hasher;
    private buffer;
    private constructor();
    static create(backend: Blake3Backend): Promise<FileHasher>;
    /** The file's digest and stat, or nothing when it no longer exists. */
    hash(absolute: string): HashedFile | undefined;
    private streamed;
}
