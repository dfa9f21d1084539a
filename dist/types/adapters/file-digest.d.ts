import type { Digest } from '../core/digest.js';
import type { Blake3Backend } from './blake3.js';
export interface FileToHash {
    readonly absolute: string;
    readonly size: number;
}
/** Reads and hashes files one after another, reusing one buffer and one hasher. */
export declare class FileHasher {
    private readonly backend;
    private readonly hasher;
    private buffer;
    private constructor();
    static create(backend: Blake3Backend): Promise<FileHasher>;
    digest(file: FileToHash): Digest;
    private streamed;
}
export interface HashRequest {
    readonly id: number;
    readonly files: readonly FileToHash[];
}
export interface HashResponse {
    readonly id: number;
    readonly digests?: Digest[];
    readonly error?: string;
}
/**
 * Digests of `files`, in order. Large sets go to worker threads (one per core, at most 4);
 * small ones, or a run without the bundled worker, are hashed here.
 */
export declare function hashFiles(files: readonly FileToHash[], backend: Blake3Backend, options?: {
    threads?: number;
}): Promise<Digest[]>;
