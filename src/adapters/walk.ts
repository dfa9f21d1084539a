// Crawling directories for the files a set of patterns selects, with their stat.
//
// The semantics are fast-glob's (dotfiles match, `!` excludes, symlinks are listed and never
// followed); directories that no pattern can reach are not entered, and a directory that a
// pattern covers entirely (`src/**`), where no exclusion can reach, takes its files without
// matching each one. Files are not stat-ed here: the caller decides whether it needs to.
// A name that is not valid UTF-8 has no path the key could hold: selecting one is an error.

import { isUtf8 } from 'node:buffer';
import { type Dirent, readdirSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

/**
 * Never inputs or outputs: version control internals and taskcache's own staging dirs. As
 * globs, `**\/.git/**` and `**\/.taskcache-tmp-*\/**`; written as the expression they compile
 * to, so that a walk compiles no glob for them (test/walk.test.ts checks the two agree).
 */
export const ALWAYS_IGNORED = /(?:^|\/)\.git(?:\/|$)|(?:^|\/)\.taskcache-tmp-[^/]*\//;
/** Directories never entered; files of these names are matched against the patterns above. */
const IGNORED_NAME = (name: string) => name === '.git' || name.startsWith('.taskcache-tmp-');
/** Whether a path has a segment IGNORED_NAME never enters: such a directory is left out. */
const IGNORED_SEGMENT = /(?:^|\/)(?:\.git|\.taskcache-tmp-[^/]*)(?:\/|$)/;

export const MATCH_OPTIONS = { dot: true } as const;

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

const compiled = new Map<string, Matcher>();

/** Characters that make a pattern more than a path (escapes included). */
const GLOB_SYNTAX = /[\\*?[\]{}()!+@]/;

/** The matcher of a glob, compiled once per process; a plain path is compared as it is. */
export function matcher(pattern: string): Matcher {
  let matches = compiled.get(pattern);
  if (matches === undefined) {
    matches = GLOB_SYNTAX.test(pattern)
      ? picomatch(pattern, MATCH_OPTIONS)
      : (path: string) => path === pattern;
    compiled.set(pattern, matches);
  }
  return matches;
}

/** The matcher of a glob, compiled when first called. */
export function lazyMatcher(pattern: string): Matcher {
  let matches: Matcher | undefined;
  return (path: string) => {
    matches ??= matcher(pattern);
    return matches(path);
  };
}

/** Matches any of `patterns`, each compiled when first needed: many walks never need some. */
function anyOf(patterns: readonly string[]): Matcher {
  const lazy = patterns.map(lazyMatcher);
  return (path) => lazy.some((matches) => matches(path));
}

/** A path segment's matcher: a plain name is compared as it is, without compiling a glob. */
function segmentMatcher(segment: string): Matcher {
  return GLOB_SYNTAX.test(segment) ? anyOf([segment]) : (name) => name === segment;
}

/**
 * Whether a directory (base-relative, POSIX) can hold a match of `pattern`: each of its
 * segments matches the pattern's segment at the same depth, until a `**`.
 */
function mayContain(pattern: string): (dir: string) => boolean {
  // A brace or extglob spanning a slash cannot be split into segments: never prune.
  if (/[{(][^})]*\//.test(pattern)) return () => true;
  const segments = pattern.split('/');
  const matchers = segments.map((segment) =>
    segment === '**' ? undefined : segmentMatcher(segment),
  );
  return (dir) => {
    // The root holds every match: '' is no segment (split, it would be one empty segment
    // compared with the pattern's first, and `!*` would never be checked at the root).
    if (dir === '') return true;
    const parts = dir.split('/');
    for (let i = 0; i < parts.length; i++) {
      if (i >= segments.length - 1) return segments.includes('**');
      const matcher = matchers[i];
      if (matcher === undefined) return true;
      if (!matcher(parts[i]!)) return false;
    }
    return true;
  };
}

/**
 * Whether `pattern` matches every path below a directory: it is static or single-segment
 * globs up to a final `**`, and the directory matches those segments.
 */
function coversAll(pattern: string): (dir: string) => boolean {
  const segments = pattern.split('/');
  const head = segments.slice(0, -1);
  if (segments.at(-1) !== '**' || head.includes('**') || /[{(][^})]*\//.test(pattern)) {
    return () => false;
  }
  const matchers = head.map(segmentMatcher);
  return (dir) => {
    if (head.length === 0) return true;
    const parts = dir === '' ? [] : dir.split('/');
    return parts.length >= head.length && matchers.every((matches, i) => matches(parts[i]!));
  };
}

/**
 * Whether an exclusion that matches a directory leaves out everything below it, as fast-glob
 * decides: when it ends in `**` or its last segment is a plain name (`dist`,
 * `node_modules` at any depth).
 * Otherwise only the files it matches are left out: `src/*` matches the directory `src/sub`,
 * not `src/sub/x`.
 */
function excludesDirs(pattern: string): boolean {
  const last = pattern.slice(pattern.lastIndexOf('/') + 1);
  return last === '**' || !picomatch.scan(last).isGlob;
}

export function compileWalk(spec: WalkSpec): Walk {
  const userIgnores = spec.ignore.map(mayContain);
  const userIgnored = anyOf(spec.ignore);
  const userIgnoredDir = anyOf(spec.ignore.filter(excludesDirs));
  return {
    spec,
    included: anyOf(spec.positive),
    ignored: (relative) => ALWAYS_IGNORED.test(relative) || userIgnored(relative),
    ignoredDir: (dir) => IGNORED_SEGMENT.test(dir) || userIgnoredDir(dir),
    reachable: spec.positive.map(mayContain),
    covers: spec.positive.map(coversAll),
    mayIgnore: (dir) => userIgnores.some((may) => may(dir)),
  };
}

/**
 * Whether a directory (base-relative) is left out with all it holds: it, or a directory above
 * it, is never entered or matches an exclusion of whole directories. (A crawl checks each
 * directory as it enters it; this is for where a crawl starts.)
 */
export function excludedDir(walk: Walk, dir: string): boolean {
  if (dir === '') return false;
  const parts = dir.split('/');
  return parts.some(
    (name, i) => IGNORED_NAME(name) || walk.ignoredDir(parts.slice(0, i + 1).join('/')),
  );
}

export function scanDir(walk: Walk, dir: string, parentCovered = false): ScanDir {
  return { dir, covered: parentCovered || walk.covers.some((covers) => covers(dir)) };
}

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

export const readListing: ListDir = (absolute) => {
  let entries: Dirent[];
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch {
    return undefined; // Vanished or unreadable: nothing to list, as fast-glob does.
  }
  const names: string[] = new Array(entries.length);
  const kinds: string[] = new Array(entries.length);
  let lossy = false;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    names[i] = entry.name;
    kinds[i] = kindOf(entry);
    // Invalid UTF-8 decodes to U+FFFD; so does a valid name that holds it, which is rare.
    if (entry.name.includes('\uFFFD')) lossy = true;
  }
  return lossy ? rawListing(absolute) : { names, kinds: kinds.join('') };
};

function kindOf(entry: Dirent<string | Buffer>): string {
  return entry.isDirectory() ? 'd' : entry.isSymbolicLink() ? 'l' : 'f';
}

/** A directory listed by raw names, for one where a name may not be valid UTF-8. */
function rawListing(absolute: string): DirListing | undefined {
  let entries: Dirent<Buffer>[];
  try {
    entries = readdirSync(absolute, { withFileTypes: true, encoding: 'buffer' });
  } catch {
    return undefined;
  }
  const invalid = new Map<number, Buffer>();
  const names = entries.map((entry, i) => {
    if (!isUtf8(entry.name)) invalid.set(i, entry.name);
    return entry.name.toString('utf8');
  });
  const kinds = entries.map(kindOf).join('');
  return invalid.size > 0 ? { names, kinds, invalid } : { names, kinds };
}

/**
 * A path as an error message shows it: quoted, with backslashes, quotes, control characters
 * and bytes that are not UTF-8 escaped, so the message names the file unambiguously.
 */
export function quotePath(path: string | Buffer): string {
  const bytes = typeof path === 'string' ? Buffer.from(path, 'utf8') : path;
  let out = '';
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at]!;
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 0;
    const sequence = bytes.subarray(at, at + length);
    if (length > 1 && sequence.length === length && isUtf8(sequence)) {
      out += sequence.toString('utf8');
      at += length;
      continue;
    }
    if (byte === 0x5c) out += '\\\\';
    else if (byte === 0x22) out += '\\"';
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\x${byte.toString(16).padStart(2, '0')}`;
    at += 1;
  }
  return `"${out}"`;
}

/** The error for a selected entry whose name is not valid UTF-8. */
function invalidName(dir: string, raw: Buffer): Error {
  const prefix = Buffer.from(dir === '' ? '' : `${dir}/`, 'utf8');
  return new Error(
    `${quotePath(Buffer.concat([prefix, raw]))}: the file name is not valid UTF-8, which a cache key cannot hold; rename it or exclude it`,
  );
}

/**
 * Reads one directory: its selected files are passed to `onFile`; the subdirectories that may
 * hold matches are added to `subdirs`.
 */
function readDir(walk: Walk, at: ScanDir, onFile: OnFile, subdirs: ScanDir[], list: ListDir): void {
  const { dir, covered } = at;
  const absoluteDir = path.join(walk.spec.base, dir);
  const listing = list(absoluteDir);
  if (listing === undefined) return;
  const { names, kinds, invalid } = listing;
  const prefix = dir === '' ? '' : `${dir}/`;
  const checkIgnored = walk.mayIgnore(dir);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const kind = kinds.charCodeAt(i);
    const relative = prefix + name;
    if (kind === DIR) {
      if (IGNORED_NAME(name)) continue;
      if (!walk.reachable.some((may) => may(relative)) || walk.ignoredDir(relative)) continue;
      if (invalid?.has(i)) throw invalidName(dir, invalid.get(i)!);
      subdirs.push(scanDir(walk, relative, covered));
      continue;
    }
    if (!covered && !walk.included(relative)) continue;
    if ((checkIgnored || IGNORED_NAME(name)) && walk.ignored(relative)) continue;
    if (invalid?.has(i)) throw invalidName(dir, invalid.get(i)!);
    onFile(relative, kind === LINK);
  }
}

const DIR = 'd'.charCodeAt(0);
const LINK = 'l'.charCodeAt(0);

/** Crawls every directory below `dirs`, depth first, listing each with `list`. */
export function crawl(
  walk: Walk,
  dirs: readonly ScanDir[],
  onFile: OnFile,
  list: ListDir = readListing,
): void {
  const stack = [...dirs];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    readDir(walk, next, onFile, stack, list);
  }
}
