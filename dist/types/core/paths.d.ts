/** True when a (possibly `!`-negated) glob pattern stays inside the workspace from `cwd`. */
export declare function patternStaysInside(cwd: string, pattern: string): boolean;
/** True for a POSIX or Windows absolute path (`/x`, `C:\x`, `C:/x`, `\\server`). */
export declare function isAbsoluteAnywhere(path: string): boolean;
/** A workspace-relative directory that stays inside; normalized, "." for the root. */
export declare function normalizeWorkingDirectory(dir: string): string | undefined;
/**
 * True when `path` is a safe workspace-relative file path to restore: relative, normalized,
 * no `..` segment, no empty segment, no backslash or NUL, and nothing inside a `.git`
 * directory (a restored `.git/config` runs code on the next git command) or a staging
 * directory of taskcache's own.
 */
export declare function isSafeRelativePath(path: string): boolean;
/**
 * Names nothing is ever restored into: `.git` in any case (case-insensitive file systems, and
 * Windows, which ignores trailing dots and spaces) and taskcache's own staging directories.
 */
export declare function isReservedName(segment: string): boolean;
/** True when a symlink at `linkPath` with `target` resolves inside the workspace. */
export declare function linkStaysInside(linkPath: string, target: string): boolean;
/**
 * The workspace-relative paths a link's target passes through, in order, as the file system
 * walks them from the link's directory (`..` steps back; the last one is what it points at).
 * Undefined when the walk leaves the workspace. Lexically inside is not enough: when one of
 * these paths is itself a link, the walk goes where that link points (`out/b -> .` makes
 * `out/a -> b/b/b/../../..` resolve above the workspace), so the caller refuses targets that
 * pass through a link.
 */
export declare function linkWalk(linkPath: string, target: string): string[] | undefined;
