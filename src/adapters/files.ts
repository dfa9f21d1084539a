// Walking the workspace and hashing what it finds: the input side of the key and the output
// side of an entry. Paths come out workspace-relative and POSIX.
//
// The walk is fdir's synchronous crawl from each pattern's static base, filtered by picomatch
// with fast-glob's semantics (dotfiles match, `!` excludes, symlinks are listed and never
// followed), and directories that no pattern can reach are not entered. It replaced
// fast-glob's asynchronous walk, which spent most of a 50,000-file listing in callbacks and
// garbage collection (see bench/).

import { lstatSync, readlinkSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fdir } from 'fdir';
import picomatch from 'picomatch';
import { compareCodeUnits } from '../core/canonical.js';
import type { Digest } from '../core/digest.js';
import type { InputEntry } from '../core/manifest.js';
import { type Blake3Backend, loadBackend } from './blake3.js';
import { hashFiles } from './file-digest.js';
import type { StatCache } from './stat-cache.js';

/** Never inputs or outputs: version control internals and taskcache's own staging dirs. */
const ALWAYS_IGNORED = ['**/.git/**', '**/.taskcache-tmp-*/**'];
const IGNORED_DIR = (name: string) => name === '.git' || name.startsWith('.taskcache-tmp-');

const MATCH_OPTIONS = { dot: true } as const;

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

/** A pattern naming an existing directory means everything below it. */
function expandDirectories(base: string, patterns: readonly string[]): string[] {
  return patterns.map((pattern) => {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    if (picomatch.scan(body).isGlob) return pattern;
    try {
      if (statSync(path.join(base, body)).isDirectory()) {
        return `${negated ? '!' : ''}${body.replace(/\/+$/, '')}/**`;
      }
    } catch {
      // Missing: kept as written, reported as unmatched.
    }
    return pattern;
  });
}

/** `./a/b` and `a//b` as the matcher expects them: `a/b`. */
function normalizePattern(pattern: string): string {
  return pattern
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/{2,}/g, '/');
}

/**
 * Whether a directory (cwd-relative, POSIX) can hold a match of `pattern`: each of its
 * segments matches the pattern's segment at the same depth, until a `**`.
 */
function mayContain(pattern: string): (dir: string) => boolean {
  // A brace or extglob spanning a slash cannot be split into segments: never prune.
  if (/[{(][^})]*\//.test(pattern)) return () => true;
  const segments = pattern.split('/');
  const matchers = segments.map((segment) =>
    segment === '**' ? undefined : picomatch(segment, MATCH_OPTIONS),
  );
  return (dir) => {
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

export async function listFiles(options: ListOptions): Promise<Listing> {
  const base = path.join(options.workspace, options.cwd);
  const patterns = expandDirectories(base, options.patterns).map((p) =>
    p.startsWith('!') ? `!${normalizePattern(p.slice(1))}` : normalizePattern(p),
  );
  const positive = patterns.filter((p) => !p.startsWith('!'));
  if (positive.length === 0) return { files: [], unmatched: [] };
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const exclude = expandDirectories(base, options.exclude ?? [])
    .filter((p) => !p.startsWith('!'))
    .map(normalizePattern);
  const ignored = picomatch([...ALWAYS_IGNORED, ...negative, ...exclude], MATCH_OPTIONS);
  const included = picomatch(positive, MATCH_OPTIONS);
  const reachable = positive.map(mayContain);

  // One crawl per distinct static base; a base inside another's is covered by it.
  const roots = [...new Set(positive.map((p) => picomatch.scan(p).base))].sort();
  const crawled = roots.filter(
    (root, i) => !roots.slice(0, i).some((r) => r === '' || root.startsWith(`${r}/`)),
  );
  const found = new Set<string>();
  for (const root of crawled) {
    const start = path.join(base, root);
    try {
      if (!statSync(start).isDirectory()) {
        if (included(root) && !ignored(root)) found.add(root);
        continue;
      }
    } catch {
      continue;
    }
    const prefix = root === '' ? '' : `${root}/`;
    const paths = new fdir()
      .withRelativePaths()
      .exclude((name, dirPath) => {
        if (IGNORED_DIR(name)) return true;
        const relative = prefix + path.relative(start, dirPath).split(path.sep).join('/');
        return !reachable.some((may) => may(relative)) || ignored(`${relative}/`);
      })
      .filter((file) => {
        const relative = prefix + file.split(path.sep).join('/');
        return included(relative) && !ignored(relative);
      })
      .crawl(start)
      .sync();
    for (const file of paths) found.add(prefix + file.split(path.sep).join('/'));
  }

  const files: ListedFile[] = [];
  for (const relative of found) {
    const absolute = path.join(base, relative);
    const stats = lstatSync(absolute);
    if (stats.isDirectory()) continue;
    files.push({
      path: toWorkspacePath(options.cwd, relative),
      absolute,
      size: stats.size,
      mode: stats.mode,
      symlink: stats.isSymbolicLink(),
      mtimeMs: stats.mtimeMs,
      ctimeMs: stats.ctimeMs,
      ino: stats.ino,
    });
  }
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  return { files, unmatched: unmatchedPatterns(options.patterns, positive, [...found]) };
}

function toWorkspacePath(cwd: string, relative: string): string {
  const posixRelative = relative.split(path.sep).join('/');
  return cwd === '.' ? posixRelative : path.posix.join(cwd, posixRelative);
}

function unmatchedPatterns(
  written: readonly string[],
  positive: readonly string[],
  found: readonly string[],
): string[] {
  const writtenPositive = written.filter((p) => !p.startsWith('!'));
  const unmatched: string[] = [];
  positive.forEach((pattern, index) => {
    const matches = picomatch(pattern, MATCH_OPTIONS);
    if (!found.some((relative) => matches(relative))) {
      unmatched.push(writtenPositive[index] ?? pattern);
    }
  });
  return unmatched;
}

export function isExecutable(mode: number): boolean {
  return process.platform !== 'win32' && (mode & 0o111) !== 0;
}

let backend: Promise<Blake3Backend> | undefined;

/** The BLAKE3 implementation for bulk file hashing, loaded once per process. */
export function fileBackend(): Promise<Blake3Backend> {
  backend ??= loadBackend();
  return backend;
}

/**
 * The manifest's view of listed files: path, executable bit and BLAKE3, or a link target.
 * With a stat cache, files whose stat is unchanged since they were hashed are not read.
 */
export async function hashInputs(
  files: readonly ListedFile[],
  options: { statCache?: StatCache } = {},
): Promise<InputEntry[]> {
  const cache = options.statCache;
  const known = new Map<ListedFile, Digest>();
  const toHash: ListedFile[] = [];
  for (const file of files) {
    if (file.symlink) continue;
    const digest = cache?.lookup(file);
    if (digest) known.set(file, digest);
    else toHash.push(file);
  }
  const hashedAt = Date.now();
  const digests = toHash.length > 0 ? await hashFiles(toHash, await fileBackend()) : [];
  toHash.forEach((file, i) => {
    known.set(file, digests[i]!);
    cache?.record(file, digests[i]!, hashedAt);
  });
  cache?.save();
  return files.map((file) =>
    file.symlink
      ? { path: file.path, link: readlinkSync(file.absolute).split(path.sep).join('/') }
      : { path: file.path, executable: isExecutable(file.mode), digest: known.get(file)! },
  );
}
