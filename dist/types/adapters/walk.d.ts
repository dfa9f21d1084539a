/**
 * Never inputs or outputs: version control internals and taskcache's own staging dirs. As
 * globs, `**\/.git/**` and `**\/.taskcache-tmp-*\/**`; written as the expression they compile
 * to, so that a walk compiles no glob for them (test/walk.test.ts checks the two agree).
 */
export declare const ALWAYS_IGNORED: RegExp;
export declare const MATCH_OPTIONS: {
    readonly dot: true;
};
/** What a walk needs. */
export interface WalkSpec {
    /** Absolute directory the patterns are relative to. */
    readonly base: string;
    /** Normalized positive patterns. */
    readonly positive: readonly string[];
    /** Normalized patterns whose matches are left out (`!` patterns and excludes). */
    readonly ignore: readonly string[];
}
/** A directory to crawl, relative to the spec's base, and whether a pattern covers it all. */
export interface ScanDir {
    readonly dir: string;
    readonly covered: boolean;
}
export interface Walk {
    readonly spec: WalkSpec;
    readonly included: (relative: string) => boolean;
    readonly ignored: (relative: string) => boolean;
    /** Whether everything below a directory is left out: it is not entered. */
    readonly ignoredDir: (relative: string) => boolean;
    readonly reachable: ReadonlyArray<(dir: string) => boolean>;
    readonly covers: ReadonlyArray<(dir: string) => boolean>;
    /** Whether any `!` or exclude pattern may match below a directory. */
    readonly mayIgnore: (dir: string) => boolean;
}
/** Called for each selected file: its base-relative POSIX path, and whether the directory
 * entry is a symbolic link. */
export type OnFile = (relative: string, symlink: boolean) => void;
type Matcher = (path: string) => boolean;
/** The matcher of a glob, compiled once per process; a plain path is compared as it is. */
export declare function matcher(pattern: string): Matcher;
/** The matcher of a glob, compiled when first called. */
export declare function lazyMatcher(pattern: string): Matcher;
export declare function compileWalk(spec: WalkSpec): Walk;
/**
 * Whether a directory (base-relative) is left out with all it holds: it, or a directory above
 * it, is never entered or matches an exclusion of whole directories. (A crawl checks each
 * directory as it enters it; this is for where a crawl starts.)
 */
export declare function excludedDir(walk: Walk, dir: string): boolean;
export declare function scanDir(walk: Walk, dir: string, parentCovered?: boolean): ScanDir;
/**
 * A directory's entries: their names, and per name (same index) `d` for a directory, `l` for a
 * symbolic link, `f` for anything else.
 */
export interface DirListing {
    readonly names: readonly string[];
    readonly kinds: string;
    /** Entries whose names are not valid UTF-8 (`names` holds them decoded lossily): their
     * raw names, by index. Absent when there are none. */
    readonly invalid?: ReadonlyMap<number, Buffer>;
}
/** Lists a directory (absolute path); undefined when it is gone or unreadable. */
export type ListDir = (absolute: string) => DirListing | undefined;
export declare const readListing: ListDir;
/**
 * A path as an error message shows it: quoted, with backslashes, quotes, control characters
 * and bytes that are not UTF-8 escaped, so the message names the file unambiguously.
 */
export declare function quotePath(path: string | Buffer): string;
/** Crawls every directory below `dirs`, depth first, listing each with `list`. */
export declare function crawl(walk: Walk, dirs: readonly ScanDir[], onFile: OnFile, list?: ListDir): void;
export {};
