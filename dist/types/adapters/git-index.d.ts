/** A tracked file's entry, as far as a match needs it. */
export interface IndexEntry {
    /** Blob id, hex (SHA-1, or SHA-256 in a repository of that object format). */
    readonly blob: string;
    readonly ctimeSec: number;
    readonly ctimeNsec: number;
    readonly mtimeSec: number;
    readonly mtimeNsec: number;
    readonly ino: number;
    readonly mode: number;
    readonly uid: number;
    readonly gid: number;
    readonly size: number;
}
/** What a file's lstat says, as a match compares it. */
export interface StatLike {
    readonly mode: number;
    readonly size: number;
    readonly mtimeMs: number;
    readonly ctimeMs: number;
    readonly ino: number;
    readonly uid: number;
    readonly gid: number;
}
/**
 * The entries of an index that may be trusted, by repository-relative path. Only where each
 * name and entry start are kept when parsing (name-table.ts); an entry is decoded when it is
 * looked up (a 50,000-file index would otherwise cost as many objects and hex strings, most of
 * them never needed: a run the stat cache serves only asks which files are tracked).
 */
export interface ParsedIndex {
    readonly version: number;
    /** Every trusted entry's path, in the index's order. */
    names(): IterableIterator<string>;
    has(name: string): boolean;
    lookup(name: string): IndexEntry | undefined;
    /** The blob id of the entry of `name` when the stat is the entry's (without decoding it). */
    matching(name: string, stat: StatLike): string | undefined;
}
/** Whether a file's stat is the entry's: its content is then the entry's blob. */
export declare function statMatches(entry: IndexEntry, stat: StatLike): boolean;
/**
 * Parses an index file's bytes. `racyAt` is the index file's mtime (seconds, nanoseconds):
 * entries modified at or after it are left out, as are those a match must not trust. Returns
 * undefined for anything malformed or not understood.
 */
export declare function parseIndex(data: Buffer, racyAt: {
    sec: number;
    nsec: number;
}, hashBytes?: number): ParsedIndex | undefined;
/** The git directory of the checkout `dir` is in (a `.git` file is followed), and its top. */
export declare function findGitDir(dir: string): {
    gitDir: string;
    top: string;
} | undefined;
/** The index of a workspace's checkout, with paths relative to the workspace. */
export interface WorkspaceIndex {
    lookup(relative: string): IndexEntry | undefined;
    /** Whether the index holds a trusted entry for the path (without decoding it). */
    has(relative: string): boolean;
    /** The blob id of the path's entry when the stat is the entry's (without decoding it). */
    matching(relative: string, stat: StatLike): string | undefined;
}
/**
 * Reads the index of the checkout a workspace is in; undefined when there is none, it cannot
 * be read or understood, or the checkout converts files (never an error).
 */
export declare function loadWorkspaceIndex(workspace: string): WorkspaceIndex | undefined;
/** Lets the indexes parsed so far go (a big checkout's is megabytes): no key is left to compute. */
export declare function forgetParsedIndexes(): void;
/** A workspace's index read on first use, which can be let go (and is read again if asked). */
export interface LazyWorkspaceIndex extends WorkspaceIndex {
    release(): void;
}
/**
 * The workspace's index, read on the first lookup: a run whose files all match the stat cache
 * never reads it.
 */
export declare function lazyWorkspaceIndex(workspace: string): LazyWorkspaceIndex;
