// Walking the workspace and hashing what it finds: the input side of the key and the output
// side of an entry. Paths come out workspace-relative and POSIX.
//
// The walk (walk.ts) crawls on this thread, depth first; once a scan has enough files to hash,
// batches of them go to the worker pool as the walk finds them, and this thread joins the
// hashing when its walk is done. The walk replaced fast-glob's asynchronous one, which spent
// most of a 50,000-file listing in callbacks and garbage collection, and then fdir, whose
// per-file filter callbacks and path rewriting cost more than the system calls (see bench/).

import { lstatSync, readlinkSync, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { compareCodeUnits } from '../core/canonical.js';
import type { Digest } from '../core/digest.js';
import type { InputEntry } from '../core/manifest.js';
import { type Blake3Backend, loadBackend } from './blake3.js';
import { debug } from './debug.js';
import type { DirCache } from './dir-cache.js';
import { FileHasher } from './file-digest.js';
import { monotonicMs } from './process.js';
import type { StatCache } from './stat-cache.js';
import {
  compileWalk,
  crawl,
  type ListDir,
  matcher,
  type OnFile,
  type ScanDir,
  scanDir,
  type Walk,
} from './walk.js';
import { type HashedBatch, inRoot, packBatch, STAT_FIELDS, WorkerPool } from './worker-pool.js';

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
 * Crawls what the patterns select and passes each file to `onFile`; returns the walk (its
 * positive patterns as the matcher saw them), or nothing when there are no positive patterns.
 */
function walkPatterns(options: ListOptions, onFile: OnFile, list?: ListDir): Walk | undefined {
  const base = path.join(options.workspace, options.cwd);
  const patterns = expandDirectories(base, options.patterns).map((p) =>
    p.startsWith('!') ? `!${normalizePattern(p.slice(1))}` : normalizePattern(p),
  );
  const positive = patterns.filter((p) => !p.startsWith('!'));
  if (positive.length === 0) return undefined;
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const exclude = expandDirectories(base, options.exclude ?? [])
    .filter((p) => !p.startsWith('!'))
    .map(normalizePattern);
  const walk = compileWalk({ base, positive, ignore: [...negative, ...exclude] });

  // One crawl per distinct static base; a base inside another's is covered by it, so the
  // crawls never list a file twice.
  const roots = [...new Set(positive.map((p) => picomatch.scan(p).base))].sort();
  const dirs: ScanDir[] = [];
  for (const root of roots.filter(
    (root, i) => !roots.slice(0, i).some((r) => r === '' || root.startsWith(`${r}/`)),
  )) {
    const absolute = path.join(base, root);
    const stats = lstatSync(absolute, { throwIfNoEntry: false });
    if (stats === undefined) continue;
    if (stats.isDirectory()) dirs.push(scanDir(walk, root));
    else if (walk.included(root) && !walk.ignored(root)) {
      onFile(root, stats.isSymbolicLink());
    }
  }
  crawl(walk, dirs, onFile, list);
  return walk;
}

export async function listFiles(options: ListOptions): Promise<Listing> {
  const files: ListedFile[] = [];
  const base = path.join(options.workspace, options.cwd);
  const walk = walkPatterns(options, (relative) => {
    const absolute = path.join(base, relative);
    const stats = lstatSync(absolute, { throwIfNoEntry: false });
    if (stats === undefined || stats.isDirectory()) return; // Gone or replaced meanwhile.
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
  });
  if (!walk) return { files: [], unmatched: [] };
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  return { files, unmatched: unmatchedPatterns(options, walk, files) };
}

function toWorkspacePath(cwd: string, relative: string): string {
  return cwd === '.' ? relative : path.posix.join(cwd, relative);
}

function cwdRelative(cwd: string, workspacePath: string): string {
  return cwd === '.' ? workspacePath : path.posix.relative(cwd, workspacePath);
}

/** The positive patterns, as written, that matched none of the (workspace-relative) files. */
function unmatchedPatterns(
  options: ListOptions,
  walk: Walk,
  files: ReadonlyArray<{ readonly path: string }>,
): string[] {
  const writtenPositive = options.patterns.filter((p) => !p.startsWith('!'));
  const unmatched: string[] = [];
  const relative = files.map((file) => cwdRelative(options.cwd, file.path));
  walk.spec.positive.forEach((pattern, index) => {
    // A pattern that covers a file's whole directory (`src/**`) matches it without a glob.
    const covers = walk.covers[index]!;
    if (relative.some((file) => covers(file.slice(0, Math.max(0, file.lastIndexOf('/')))))) {
      return;
    }
    const matches = matcher(pattern);
    if (!relative.some((file) => matches(file))) unmatched.push(writtenPositive[index] ?? pattern);
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

/** Files a run hashes on this thread; beyond this many, on the worker pool. */
const PARALLEL_MIN_FILES = 1000;
/** Files per request to the worker pool. */
const BATCH = 256;
/** Inputs beyond which a scan counts as large (see onLargeScan). */
const LARGE_SCAN = 1000;

let largeScanHook: (() => void) | undefined;

/** Runs `hook` once, when a scan first lists more than a thousand inputs. */
export function onLargeScan(hook: () => void): void {
  largeScanHook = hook;
}

/** A file of a scan; its digest and executable bit are known once it was looked up or hashed. */
interface Scanned {
  /** Workspace-relative POSIX path. */
  readonly path: string;
  symlink: boolean;
  /** Vanished between the listing and the read: left out. */
  gone: boolean;
  digest: Digest | undefined;
  executable: boolean;
}

/**
 * Lists the inputs and gives the manifest's view of them: path, executable bit and BLAKE3, or
 * a link target. A file whose stat is unchanged since it was hashed (by the stat cache) is not
 * read; the others are hashed while the walk goes on, on worker threads once there are enough
 * of them to pay for starting threads (and, once the walk is done, on this thread too), and
 * stat-ed through their descriptor, so a file the stat cache has never seen costs no separate
 * stat.
 */
export async function scanInputs(
  options: ListOptions,
  context: { statCache?: StatCache; dirCache?: DirCache } = {},
): Promise<{ inputs: InputEntry[]; unmatched: string[] }> {
  const cache = context.statCache;
  // Absolute paths are made where a file is opened (on the worker, for most): 50,000 of them
  // kept here would only cost memory.
  const root = options.workspace;
  const dirs = context.dirCache;
  // Before any file is read: what the racy rule compares modification times with.
  const hashedAt = Date.now();
  const started = monotonicMs();
  const elapsed = () => `${Math.round(monotonicMs() - started)} ms`;
  const scanned: Scanned[] = [];
  let unhashed: Scanned[] = [];
  let misses = 0;
  let pool: WorkerPool | undefined;
  const batches: Array<Promise<void>> = [];

  const settle = (files: readonly Scanned[], batch: HashedBatch) => {
    const { digests, stats } = batch;
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const digest = digests[i];
      if (digest === null || digest === undefined) {
        file.gone = true;
        continue;
      }
      const at = i * STAT_FIELDS;
      file.digest = digest;
      file.executable = isExecutable(stats[at + 1]!);
      cache?.record(
        {
          path: file.path,
          size: stats[at]!,
          mtimeMs: stats[at + 2]!,
          ctimeMs: stats[at + 3]!,
          ino: stats[at + 4]!,
        },
        digest,
        hashedAt,
      );
    }
  };
  const send = (files: Scanned[]) => {
    const batch = pool!
      .hash(
        root,
        files.map((file) => file.path),
      )
      .then((results) => settle(files, results));
    batch.catch(() => {}); // Awaited below, with the others; a failure there fails the scan.
    batches.push(batch);
  };
  const lookup = (file: Scanned): boolean => {
    const stats = lstatSync(inRoot(root, file.path), { throwIfNoEntry: false });
    if (stats === undefined || stats.isDirectory()) file.gone = true;
    else if (stats.isSymbolicLink()) file.symlink = true;
    else {
      const known = cache!.lookup({
        path: file.path,
        size: stats.size,
        mtimeMs: stats.mtimeMs,
        ctimeMs: stats.ctimeMs,
        ino: stats.ino,
      });
      if (known === undefined) return false;
      file.digest = known;
      file.executable = isExecutable(stats.mode);
    }
    return true;
  };

  let walk: Walk | undefined;
  try {
    walk = walkPatterns(
      options,
      (relative, symlink) => {
        const file: Scanned = {
          path: toWorkspacePath(options.cwd, relative),
          symlink,
          gone: false,
          digest: undefined,
          executable: false,
        };
        if (scanned.push(file) === LARGE_SCAN && largeScanHook) {
          largeScanHook();
          largeScanHook = undefined;
        }
        if (symlink || (cache?.knows(file.path) && lookup(file))) return;
        unhashed.push(file);
        if (++misses === PARALLEL_MIN_FILES) pool = WorkerPool.create();
        if (pool && unhashed.length >= BATCH) {
          send(unhashed);
          unhashed = [];
        }
      },
      dirs?.list,
    );
    const reused = dirs ? `; ${dirs.reused} of ${dirs.listed} directory listings reused` : '';
    debug(
      `listed ${scanned.length} inputs at ${elapsed()}; hashing ${misses} on ${pool ? pool.threads + 1 : 1} thread(s)${reused}`,
    );
    if (pool) {
      if (unhashed.length > 0) send(unhashed);
      // This thread would only wait for the workers: it hashes what they have not taken yet,
      // a batch at a time, letting the workers' answers in between.
      const hasher = await FileHasher.create(await fileBackend());
      while (pool.helpWith((absolute) => hasher.hash(absolute))) {
        await new Promise((resolve) => setImmediate(resolve));
      }
    } else if (unhashed.length > 0) {
      const hasher = await FileHasher.create(await fileBackend());
      settle(unhashed, packBatch(unhashed.map((file) => hasher.hash(inRoot(root, file.path)))));
    }
    await Promise.all(batches);
    if (misses > 0) debug(`hashed at ${elapsed()}`);
  } finally {
    // After a failure, hashes still in flight are abandoned with their threads.
    await pool?.close();
  }
  cache?.save();
  dirs?.save();
  const files = scanned.filter((file) => !file.gone);
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  const inputs = files.map(
    (file): InputEntry =>
      file.symlink
        ? { path: file.path, link: readlinkSync(inRoot(root, file.path)).split(path.sep).join('/') }
        : { path: file.path, executable: file.executable, digest: file.digest! },
  );
  const unmatched = walk ? unmatchedPatterns(options, walk, files) : [];
  debug(`scanned at ${elapsed()}`);
  return { inputs, unmatched };
}
