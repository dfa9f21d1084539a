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
 * What most restored paths look like: segments of letters, digits and `_ @ + - .`, none
 * starting with a dot. Such a path passes every rule of isSafeRelativePath (no empty, `.` or
 * `..` segment, nothing reserved, nothing absolute), without a look at each segment: an entry
 * of thousands of outputs is checked on every hit.
 */
const PLAIN_RELATIVE = /^[\w@+-][\w.@+-]*(?:\/[\w@+-][\w.@+-]*)*$/;

/**
 * True when `path` is a safe workspace-relative file path to restore: relative, normalized,
 * no `..` segment, no empty segment, no backslash or NUL, and nothing inside a `.git`
 * directory (a restored `.git/config` runs code on the next git command) or a staging
 * directory of taskcache's own.
 */
export function isSafeRelativePath(path: string): boolean {
  if (PLAIN_RELATIVE.test(path)) return true;
  if (path.length === 0 || isAbsoluteAnywhere(path)) return false;
  if (path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every(isSafeSegment);
}

function isSafeSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false;
  return !isReservedName(segment);
}

/**
 * Names nothing is ever restored into: `.git` in any case (case-insensitive file systems, and
 * Windows, which ignores trailing dots and spaces) and taskcache's own staging directories.
 */
export function isReservedName(segment: string): boolean {
  const name = segment.toLowerCase().replace(/[. ]+$/, '');
  return name === '.git' || segment.startsWith('.taskcache-tmp-');
}

/** True when a symlink at `linkPath` with `target` resolves inside the workspace. */
export function linkStaysInside(linkPath: string, target: string): boolean {
  if (isAbsoluteAnywhere(target) || target.includes('\0')) return false;
  const resolved = posix.normalize(posix.join(posix.dirname(linkPath), target.replace(/\\/g, '/')));
  return !escapes(resolved) && resolved !== '.';
}

/**
 * The workspace-relative paths a link's target passes through, in order, as the file system
 * walks them from the link's directory (`..` steps back; the last one is what it points at).
 * Undefined when the walk leaves the workspace. Lexically inside is not enough: when one of
 * these paths is itself a link, the walk goes where that link points (`out/b -> .` makes
 * `out/a -> b/b/b/../../..` resolve above the workspace), so the caller refuses targets that
 * pass through a link.
 */
export function linkWalk(linkPath: string, target: string): string[] | undefined {
  if (isAbsoluteAnywhere(target) || target.includes('\0')) return undefined;
  const stack = linkPath.split('/').slice(0, -1);
  const walked: string[] = [];
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (stack.length === 0) return undefined;
      stack.pop();
    } else stack.push(segment);
    walked.push(stack.join('/'));
  }
  // `.` names the link's own directory.
  return walked.length > 0 ? walked : [stack.join('/')];
}
