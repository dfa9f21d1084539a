/** True when a (possibly `!`-negated) glob pattern stays inside the workspace from `cwd`. */
export declare function patternStaysInside(cwd: string, pattern: string): boolean;
/** True for a POSIX or Windows absolute path (`/x`, `C:\x`, `C:/x`, `\\server`). */
export declare function isAbsoluteAnywhere(path: string): boolean;
/** A workspace-relative directory that stays inside; normalized, "." for the root. */
export declare function normalizeWorkingDirectory(dir: string): string | undefined;
/**
 * True when `path` is a safe workspace-relative file path to restore: relative, normalized,
 * no `..` segment, no empty segment, no backslash or NUL.
 */
export declare function isSafeRelativePath(path: string): boolean;
/** True when a symlink at `linkPath` with `target` resolves inside the workspace. */
export declare function linkStaysInside(linkPath: string, target: string): boolean;
