// Walking the workspace with fast-glob and hashing what it finds: the input side of the key
// and the output side of an entry. Paths come out workspace-relative and POSIX.

import { lstatSync, readlinkSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { compareCodeUnits } from '../core/canonical.js';
import type { Digest } from '../core/digest.js';
import type { InputEntry } from '../core/manifest.js';
import { type Blake3Backend, loadBackend } from './blake3.js';
import { hashFiles } from './file-digest.js';
import type { StatCache } from './stat-cache.js';

/** Never inputs or outputs: version control internals and taskcache's own staging dirs. */
const ALWAYS_IGNORED = ['**/.git/**', '**/.taskcache-tmp-*/**'];

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
    if (fg.isDynamicPattern(body)) return pattern;
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

export async function listFiles(options: ListOptions): Promise<Listing> {
  const base = path.join(options.workspace, options.cwd);
  const patterns = expandDirectories(base, options.patterns);
  const positive = patterns.filter((p) => !p.startsWith('!'));
  if (positive.length === 0) return { files: [], unmatched: [] };
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const exclude = expandDirectories(base, options.exclude ?? []).filter((p) => !p.startsWith('!'));
  const entries = await fg(positive, {
    cwd: base,
    ignore: [...ALWAYS_IGNORED, ...negative, ...exclude],
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    unique: true,
  });
  const files: ListedFile[] = [];
  for (const entry of entries) {
    if (entry.dirent.isDirectory()) continue;
    const absolute = path.join(base, entry.path);
    const stats = lstatSync(absolute);
    if (stats.isDirectory()) continue;
    files.push({
      path: toWorkspacePath(options.cwd, entry.path),
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
  return { files, unmatched: unmatchedPatterns(options.patterns, positive, entries) };
}

function toWorkspacePath(cwd: string, relative: string): string {
  const posixRelative = relative.split(path.sep).join('/');
  return cwd === '.' ? posixRelative : path.posix.join(cwd, posixRelative);
}

function unmatchedPatterns(
  written: readonly string[],
  positive: readonly string[],
  entries: readonly fg.Entry[],
): string[] {
  const writtenPositive = written.filter((p) => !p.startsWith('!'));
  const unmatched: string[] = [];
  positive.forEach((pattern, index) => {
    const matches = picomatch(pattern, { dot: true });
    if (!entries.some((entry) => !entry.dirent.isDirectory() && matches(entry.path))) {
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
