// Pure path rules for patterns and restored paths: POSIX, relative to the workspace, and
// never escaping it.

import * as posix from 'node:path/posix';

/** True when a (possibly `!`-negated) glob pattern stays inside the workspace from `cwd`. */
export function patternStaysInside(cwd: string, pattern: string): boolean {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body.length === 0) return false;
  if (isAbsoluteAnywhere(body)) return false;
  const joined = posix.normalize(posix.join(cwd, body));
  return !escapes(joined);
}

/** True for a POSIX or Windows absolute path (`/x`, `C:\x`, `C:/x`, `\\server`). */
export function isAbsoluteAnywhere(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[a-zA-Z]:/.test(path);
}

function escapes(normalized: string): boolean {
  return normalized === '..' || normalized.startsWith('../');
}

/** A workspace-relative directory that stays inside; normalized, "." for the root. */
export function normalizeWorkingDirectory(dir: string): string | undefined {
  if (isAbsoluteAnywhere(dir)) return undefined;
  const normalized = posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
  return escapes(normalized) ? undefined : normalized;
}

/**
 * True when `path` is a safe workspace-relative file path to restore: relative, normalized,
 * no `..` segment, no empty segment, no backslash or NUL.
 */
export function isSafeRelativePath(path: string): boolean {
  if (path.length === 0 || isAbsoluteAnywhere(path)) return false;
  if (path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** True when a symlink at `linkPath` with `target` resolves inside the workspace. */
export function linkStaysInside(linkPath: string, target: string): boolean {
  if (isAbsoluteAnywhere(target) || target.includes('\0')) return false;
  const resolved = posix.normalize(posix.join(posix.dirname(linkPath), target.replace(/\\/g, '/')));
  return !escapes(resolved) && resolved !== '.';
}
