import type { Readable } from 'node:stream';
import type { Digest } from '../core/digest.js';
import type { Codec, OutputItem, RestoredRecord } from '../core/entry.js';
import { type ListedFile } from './files.js';
/** A problem with the bytes of an entry: always a miss, never a partial restore. */
export declare class CorruptEntryError extends Error {
    readonly name = "CorruptEntryError";
}
export interface WrittenArchive {
    readonly outputs: OutputItem[];
    readonly log: {
        size: number;
        digest: Digest;
    };
    readonly skipped: string[];
}
/** What writing an output needs to know of a listed file. */
export type OutputSource = Pick<ListedFile, 'path' | 'absolute' | 'size' | 'mode' | 'symlink'>;
/**
 * Writes the outputs' contents and the log to `dest`. Each file is read once, straight into
 * the buffer handed to the compressor: the bytes hashed are the bytes stored. Symlinks are
 * recorded by target; one that leaves the workspace is skipped and reported.
 */
export declare function writeArchive(options: {
    files: readonly OutputSource[];
    workspace: string;
    log: Buffer;
    codec: Codec;
    dest: string;
}): Promise<WrittenArchive>;
export interface StagedEntry {
    readonly dir: string;
    readonly log: Buffer;
}
/**
 * Decompresses `source` (a stream, or a file read in place) into a fresh staging directory
 * inside `workspace`, checking each file and the log against the record. Files are staged at
 * their own relative paths, so a directory the workspace lacks is moved into place whole.
 * Throws CorruptEntryError (and removes the staging directory) on any mismatch, short or
 * excess data.
 */
export declare function stageArchive(source: Readable | string, record: RestoredRecord, workspace: string): Promise<StagedEntry>;
/**
 * Checks that every output can be placed without leaving the workspace (no parent that is a
 * symlink out of it, no directory in the way). Run before anything is moved.
 */
export declare function checkDestinations(record: RestoredRecord, workspace: string): void;
/**
 * Moves staged, verified outputs into the workspace and removes the staging directory. A
 * directory the workspace does not have yet is moved whole, in one rename.
 */
export declare function placeOutputs(record: RestoredRecord, staged: StagedEntry, workspace: string): void;
