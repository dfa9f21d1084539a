import type { InputEntry } from '../core/manifest.js';
import { type Blake3Backend } from './blake3.js';
import type { DirCache } from './dir-cache.js';
import type { StatCache } from './stat-cache.js';
export interface ListedFile {
    /** Workspace-relative POSIX path. */
    readonly path: string;
    readonly absolute: string;
    readonly size: number;
    readonly mode: number;
    readonly symlink: boolean;
    readonly mtimeMs: number;
    readonly ctimeMs: number;
    readonly ino: number;
}
export interface ListOptions {
    readonly workspace: string;
    /** Working directory relative to the workspace (POSIX, "." for the root). */
    readonly cwd: string;
    /** Globs relative to `cwd`; a leading `!` excludes. */
    readonly patterns: readonly string[];
    /** More globs relative to `cwd` whose matches are left out (outputs, for inputs). */
    readonly exclude?: readonly string[];
}
export interface Listing {
    readonly files: ListedFile[];
    /** Positive patterns that matched no file. */
    readonly unmatched: string[];
}
export declare function listFiles(options: ListOptions): Promise<Listing>;
export declare function isExecutable(mode: number): boolean;
/** The BLAKE3 implementation for bulk file hashing, loaded once per process. */
export declare function fileBackend(): Promise<Blake3Backend>;
/** Runs `hook` once, when a scan first lists more than a thousand inputs. */
export declare function onLargeScan(hook: () => void): void;
/**
 * Lists the inputs and gives the manifest's view of them: path, executable bit and BLAKE3, or
 * a link target. A file whose stat is unchanged since it was hashed (by the stat cache) is not
 * read; the others are hashed while the walk goes on, on worker threads once there are enough
 * of them to pay for starting threads (and, once the walk is done, on this thread too), and
 * stat-ed through their descriptor, so a file the stat cache has never seen costs no separate
 * stat.
 */
export declare function scanInputs(options: ListOptions, context?: {
    statCache?: StatCache;
    dirCache?: DirCache;
}): Promise<{
    inputs: InputEntry[];
    unmatched: string[];
}>;
