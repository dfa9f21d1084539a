import type { Digest } from '../core/digest.js';
import type { InputEntry } from '../core/manifest.js';
import { type Blake3Backend } from './blake3.js';
import type { DirCache } from './dir-cache.js';
import { type WorkspaceIndex } from './git-index.js';
import type { ScanMemo } from './scan-memo.js';
import type { BlobHints, StatCache } from './stat-cache.js';
/**
 * A listed file: what a save archives by (its absolute path is made where it is opened: a
 * listing of 32,000 outputs lives through the whole archive).
 */
export interface ListedFile {
    /** Workspace-relative POSIX path. */
    readonly path: string;
    readonly size: number;
    readonly mode: number;
    readonly symlink: boolean;
}
export interface ListOptions {
    readonly workspace: string;
    /** Working directory relative to the workspace (POSIX, "." for the root). */
    readonly cwd: string;
    /** Globs relative to `cwd`; a leading `!` excludes. */
    readonly patterns: readonly string[];
    /** More globs relative to `cwd` whose matches are left out (outputs, for inputs). */
    readonly exclude?: readonly string[];
    /**
     * Leaves out, once the walk is done, the files it names (git-ignored inputs: see
     * git-ignore.ts). Without one every matching file counts: a scan that must keep ignored
     * files (a dependency's outputs, which it provides) passes none.
     */
    readonly filter?: ListFilter;
}
/** Which of the files a scan listed (workspace-relative) to leave out. */
export type ListFilter = (files: readonly string[]) => Promise<ReadonlySet<string>>;
export interface Listing {
    readonly files: ListedFile[];
    /** Positive patterns that matched no file. */
    readonly unmatched: string[];
}
/**
 * Patterns relative to `cwd` as workspace-relative globs, the way a listing reads them (braces
 * expanded, each rooted at the workspace), for matching paths without listing: `positive` and
 * `negative` (`!` patterns). A static pattern also stands for everything below it, as it does
 * when it names a directory. Throws for a pattern that leaves the workspace.
 */
export declare function workspacePatterns(cwd: string, patterns: readonly string[]): {
    positive: string[];
    negative: string[];
};
/**
 * The physical directory of a working directory: its real path, which must be inside the
 * workspace's (a working directory through a link leading out would run the command, and read
 * and store files, outside it). A directory that does not exist yet is resolved from its
 * nearest existing parent. Throws an error naming the directory otherwise.
 */
export declare function physicalDir(workspace: string, cwd: string): string;
/**
 * Lists the files the patterns select, with their stat: the output side of an entry. A file
 * whose name has a backslash is refused with an error naming it (a restore refuses such
 * names, so the entry could never be used), as is a name that is not valid UTF-8.
 */
export declare function listFiles(options: ListOptions): Promise<Listing>;
export declare function isExecutable(mode: number): boolean;
/** The BLAKE3 implementation for bulk file hashing, loaded once per process. */
export declare function fileBackend(): Promise<Blake3Backend>;
/** Runs `hook` once, when a scan first lists more than a thousand inputs. */
export declare function onLargeScan(hook: () => void): void;
/** What a scan of inputs found, and what it took from the git index. */
export interface ScannedInputs {
    inputs: InputEntry[];
    unmatched: string[];
    /** Blob id (hex) by path of each input whose stat matched its git index entry. */
    blobs: Map<string, string>;
    /** How many files were read to be hashed. */
    read: number;
}
/**
 * Lists the inputs and gives the manifest's view of them: path, executable bit and BLAKE3, or
 * a link target. A file whose stat is unchanged since it was hashed (by the stat cache), or that
 * an earlier scan of the invocation settled (the memo), is not read; the others are hashed while
 * the walk goes on, on worker threads once there are enough of them to pay for starting threads
 * (and, once the walk is done, on this thread too), and stat-ed through their descriptor, so a
 * file the stat cache has never seen costs no separate stat. The caches are saved by their
 * owner, once per invocation or per key.
 */
export declare function scanInputs(options: ListOptions, context?: {
    statCache?: StatCache;
    dirCache?: DirCache;
    /** In a git checkout: a file matching its index entry takes its blob's digest from hints. */
    gitIndex?: WorkspaceIndex;
    blobHints?: BlobHints;
    /**
     * Blob id -> digest pairs from the store (verified records), asked for once, when the walk
     * first finds a file matching its index entry with no local hint; files wait for it only then.
     */
    storeHints?: () => Promise<ReadonlyMap<string, Digest> | undefined>;
    /** What earlier scans of this invocation found, while nothing has written since. */
    memo?: ScanMemo;
}): Promise<ScannedInputs>;
