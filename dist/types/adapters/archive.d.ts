import { type Stats } from 'node:fs';
import { Readable } from 'node:stream';
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
export type OutputSource = Pick<ListedFile, 'path' | 'size' | 'mode' | 'symlink'>;
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
    /** Keep links that leave the workspace, marked external, instead of skipping them. */
    externalLinks?: boolean;
}): Promise<WrittenArchive>;
/** Outputs a restore leaves as they are (in-place.ts): a set of paths, or a map by path. */
export interface OutputsInPlace {
    has(path: string): boolean;
}
export interface StagedEntry {
    readonly dir: string;
    readonly log: Buffer;
    /** Outputs not staged, since the workspace already has them as the record says. */
    readonly inPlace?: OutputsInPlace;
}
/** The mode a restore gives a file: exactly this, whatever the umask. */
export declare function restoredMode(executable: boolean): number;
/**
 * Decompresses `source` (a stream, or a file read in place) into a fresh staging directory
 * inside `workspace`, checking each file and the log against the record. Files are staged at
 * their own relative paths, so a directory the workspace lacks is moved into place whole.
 * Throws CorruptEntryError (and removes the staging directory) on any mismatch, short or
 * excess data. Outputs in `inPlace` are verified like the others but not staged.
 */
export declare function stageArchive(source: Readable | string, record: RestoredRecord, workspace: string, inPlace?: OutputsInPlace): Promise<StagedEntry>;
/**
 * Checks that every output can be placed without leaving the workspace, before anything is
 * moved: no directory on the way is a link (a restore never writes through a link that was in
 * the workspace before it), nothing is in the way, and every restored link's target stays
 * inside when walked on disk — through no other link, restored or already there, and into no
 * `.git` directory.
 */
/**
 * What checkDestinations found on disk, for the caller's reuse (outputsInPlace): what each path
 * it looked up was, and the directories found below a missing one, whose outputs it did not
 * look up: nothing is there.
 */
export declare class SeenDestinations {
    readonly stats: Map<string, Stats | null>;
    readonly absentDirs: Set<string>;
    /** What is at `relative` (null: nothing), or undefined when it was not looked up. */
    get(relative: string): Stats | null | undefined;
}
export declare function checkDestinations(record: RestoredRecord, workspace: string, options?: {
    externalLinks?: boolean;
    /** Filled with what was found, for the caller's reuse. */
    seen?: SeenDestinations;
}): void;
/**
 * Moves staged, verified outputs into the workspace and removes the staging directory. A
 * directory the workspace does not have yet is moved whole, in one rename. `remove` lists
 * workspace files to delete first (outputs of an earlier run the entry does not have). A run
 * killed meanwhile leaves the in-progress list behind, and the next run's recoverInterrupted
 * removes what it names: outputs are then all old, all new, or absent — never mixed.
 */
export declare function placeOutputs(record: RestoredRecord, staged: StagedEntry, workspace: string, remove?: readonly string[]): void;
/**
 * Repairs what runs killed during a restore left in `workspace`: the outputs an interrupted
 * placement named are removed (they may be old and new mixed; the task then restores or runs
 * again), and stale staging directories are deleted. Returns the outputs removed.
 */
export declare function recoverInterrupted(workspace: string): string[];
