// Walking the workspace and hashing what it finds: the input side of the key and the output
// side of an entry. Paths come out workspace-relative and POSIX.
//
// The walk (walk.ts) crawls on this thread, depth first; once a scan has enough files to hash,
// batches of them go to the worker pool as the walk finds them, and this thread joins the
// hashing when its walk is done. The walk replaced fast-glob's asynchronous one, which spent
// most of a 50,000-file listing in callbacks and garbage collection, and then fdir, whose
// per-file filter callbacks and path rewriting cost more than the system calls (see bench/).
//
// Over ~350 lines: listing and hashing are one pipeline (batches go to the workers while the
// walk goes on, and the stat cache and the git index decide what is read); split, each half
// would need the other's internals.

import { lstatSync, readlinkSync, realpathSync, type Stats, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { compareCodeUnits } from '../core/canonical.js';
import type { Digest } from '../core/digest.js';
import type { InputEntry } from '../core/manifest.js';
import { type Blake3Backend, loadBackend } from './blake3.js';
import { debug } from './debug.js';
import type { DirCache } from './dir-cache.js';
import { FileHasher } from './file-digest.js';
import { type IndexEntry, statMatches, type WorkspaceIndex } from './git-index.js';
import { monotonicMs } from './process.js';
import type { ScanMemo } from './scan-memo.js';
import type { BlobHints, StatCache } from './stat-cache.js';
import {
  witnessAncestors,
  witnessing,
  witnessScanned,
  witnessSpoil,
  witnessStat,
} from './stat-witness.js';
import {
  compileWalk,
  crawl,
  excludedDir,
  type ListDir,
  lazyMatcher,
  type OnFile,
  quotePath,
  scanDir,
  type Walk,
} from './walk.js';
import { type HashedBatch, inRoot, packBatch, STAT_FIELDS, WorkerPool } from './worker-pool.js';

/**
 * A listed file: what a save archives by (its absolute path is made where it is opened: a
 * listing of 32,000 outputs lives through the whole archive).
 */
export interface ListedFile {
  /** Workspace-relative POSIX path. */
  readonly path: string;
  readonly size: number;
  readonly mode: number;
  readonly symlink: boolean;
}

export interface ListOptions {
  readonly workspace: string;
  /** Working directory relative to the workspace (POSIX, "." for the root). */
  readonly cwd: string;
  /** Globs relative to `cwd`; a leading `!` excludes. */
  readonly patterns: readonly string[];
  /** More globs relative to `cwd` whose matches are left out (outputs, for inputs). */
  readonly exclude?: readonly string[];
  /**
   * Leaves out, once the walk is done, the files it names (git-ignored inputs: see
   * git-ignore.ts). Without one every matching file counts: a scan that must keep ignored
   * files (a dependency's outputs, which it provides) passes none.
   */
  readonly filter?: ListFilter;
}

/** Which of the files a scan listed (workspace-relative) to leave out. */
export type ListFilter = (files: readonly string[]) => Promise<ReadonlySet<string>>;

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
    const absolute = path.join(base, body);
    let stats: Stats | undefined;
    try {
      stats = statSync(absolute);
    } catch {
      // Missing: kept as written, reported as unmatched.
    }
    witnessStat(absolute, true, stats);
    if (stats?.isDirectory()) return `${negated ? '!' : ''}${body.replace(/\/+$/, '')}/**`;
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

/** A literal path as part of a glob: every character a glob gives a meaning to, escaped. */
function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

/** Alternatives beyond which a pattern's braces are left to the matcher. */
const MAX_ALTERNATIVES = 64;

/**
 * A pattern's brace alternatives as patterns of their own (`{a,b}/**` is `a/**` and `b/**`),
 * as fast-glob expands them: each has its own static base, which is crawled (and resolved
 * through links) as any other. Braces without a comma (`{a}`, ranges) stay as they are.
 */
function expandBraces(pattern: string): string[] {
  const out: string[] = [];
  const expand = (text: string): boolean => {
    let depth = 0;
    let open = -1;
    const commas: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (char === '{') {
        if (depth++ === 0) {
          open = i;
          commas.length = 0;
        }
      } else if (char === ',' && depth === 1) commas.push(i);
      else if (char === '}' && depth > 0 && --depth === 0 && commas.length > 0) {
        const head = text.slice(0, open);
        const tail = text.slice(i + 1);
        let from = open + 1;
        for (const end of [...commas, i]) {
          if (!expand(head + text.slice(from, end) + tail)) return false;
          from = end + 1;
        }
        return true;
      }
    }
    out.push(text);
    return out.length <= MAX_ALTERNATIVES;
  };
  return expand(pattern) ? out : [pattern];
}

/** A pattern relative to the workspace, and the directory (or file) its matches are below. */
interface Rooted {
  readonly pattern: string;
  /** The pattern's static base; for a static pattern, the path itself. */
  readonly root: string;
  /** Whether the pattern is static: it selects at most that one path. */
  readonly literal: boolean;
}

/**
 * A normalized pattern relative to `cwd` as one relative to the workspace: its static base
 * joined to `cwd` (so `../shared/**` from `pkg` is `shared/**`), then its glob. Every path the
 * walk sees is workspace-relative, so two patterns reaching one file through different `..`
 * name it the same way.
 */
function rooted(cwd: string, pattern: string, written: string): Rooted {
  const { base, glob } = picomatch.scan(pattern);
  const joined = path.posix.normalize(path.posix.join(cwd, base)).replace(/\/+$/, '');
  const root = joined === '.' ? '' : joined;
  if (root === '..' || root.startsWith('../') || root.startsWith('/')) {
    throw new Error(`pattern ${quotePath(written)} leaves the workspace`);
  }
  const escaped = escapeGlob(root);
  const literal = glob === '';
  return { pattern: literal ? escaped : root === '' ? glob : `${escaped}/${glob}`, root, literal };
}

/**
 * Patterns relative to `cwd` as workspace-relative globs, the way a listing reads them (braces
 * expanded, each rooted at the workspace), for matching paths without listing: `positive` and
 * `negative` (`!` patterns). A static pattern also stands for everything below it, as it does
 * when it names a directory. Throws for a pattern that leaves the workspace.
 */
export function workspacePatterns(
  cwd: string,
  patterns: readonly string[],
): { positive: string[]; negative: string[] } {
  const positive: string[] = [];
  const negative: string[] = [];
  for (const written of patterns) {
    const negated = written.startsWith('!');
    const body = negated ? written.slice(1) : written;
    for (const alternative of expandBraces(normalizePattern(body))) {
      const { pattern, literal, root } = rooted(cwd, alternative, written);
      const list = negated ? negative : positive;
      list.push(pattern);
      if (literal) list.push(root === '' ? '**' : `${escapeGlob(root)}/**`);
    }
  }
  return { positive, negative };
}

/** The real paths of directories below a workspace, each resolved once per listing. */
class Physical {
  readonly workspace: string;
  private readonly known = new Map<string, string>();

  constructor(readonly root: string) {
    this.workspace = realpathSync.native(root);
    this.known.set('', this.workspace);
  }

  /** The real path of a workspace-relative directory, which must exist. */
  dir(relative: string): string {
    let real = this.known.get(relative);
    if (real === undefined) {
      real = realpathSync.native(path.join(this.root, relative));
      this.known.set(relative, real);
    }
    return real;
  }

  /** Whether `relative` is `ancestor`'s path below it on disk: no link in between. */
  continues(ancestor: string, realAncestor: string, relative: string, real: string): boolean {
    const rest = ancestor === '' ? relative : relative.slice(ancestor.length + 1);
    return real === path.join(realAncestor, rest);
  }

  /** Throws unless a real path is the workspace or inside it. */
  confine(relative: string, real: string): void {
    if (real === this.workspace || real.startsWith(`${this.workspace}${path.sep}`)) return;
    throw new Error(
      `${quotePath(relative)} is reached through a symbolic link that leads out of the workspace (to ${quotePath(real)})`,
    );
  }
}

/**
 * The physical directory of a working directory: its real path, which must be inside the
 * workspace's (a working directory through a link leading out would run the command, and read
 * and store files, outside it). A directory that does not exist yet is resolved from its
 * nearest existing parent. Throws an error naming the directory otherwise.
 */
export function physicalDir(workspace: string, cwd: string): string {
  const realWorkspace = realpathSync.native(workspace);
  let dir = path.resolve(workspace, cwd);
  const missing: string[] = [];
  let real: string;
  for (;;) {
    try {
      real = realpathSync.native(dir);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = path.dirname(dir);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === dir) throw error;
      missing.unshift(path.basename(dir));
      dir = parent;
    }
  }
  const resolved = path.join(real, ...missing);
  if (resolved !== realWorkspace && !resolved.startsWith(`${realWorkspace}${path.sep}`)) {
    throw new Error(
      `working directory ${quotePath(cwd)} leads out of the workspace (to ${quotePath(resolved)})`,
    );
  }
  return resolved;
}

/** One crawl: a root, the patterns it serves and the files it found (workspace-relative). */
interface Crawl {
  readonly root: string;
  /** A directory crawled, a single path looked at, or nothing to list. */
  readonly kind: 'dir' | 'path' | 'none';
  /** Real path of a crawled directory. */
  readonly real?: string;
  readonly patterns: Rooted[];
  readonly written: string[];
  readonly files: string[];
  walk?: Walk;
}

/**
 * Crawls what the patterns select and passes each file (workspace-relative) to `onFile`;
 * returns the positive patterns, as written, that matched no file.
 *
 * Each pattern lists what fast-glob lists for it alone: the static base of a glob is resolved
 * as the file system resolves it (through links) and crawled, nothing below it is followed; a
 * static pattern is the path itself. One crawl per base, unless the crawl of an ancestor
 * reaches it on disk without a link in between; a file found by a crawl is matched against
 * that crawl's patterns only, so no file is listed twice and none through a link the patterns
 * do not name. A base reached through a link that leads out of the workspace is refused with
 * an error naming it.
 */
function walkPatterns(options: ListOptions, onFile: OnFile, list?: ListDir): string[] {
  const { workspace, cwd } = options;
  // Listings are seen through the directory cache, which stats each directory it lists.
  if (list === undefined) witnessSpoil('a walk listed directories without the listing cache');
  const base = path.join(workspace, cwd);
  const positive: Array<Rooted & { written: string }> = [];
  const ignore: string[] = [];
  expandDirectories(base, options.patterns).forEach((pattern, i) => {
    const written = options.patterns[i]!;
    if (pattern.startsWith('!')) {
      for (const alternative of expandBraces(normalizePattern(pattern.slice(1)))) {
        ignore.push(rooted(cwd, alternative, written).pattern);
      }
    } else {
      for (const alternative of expandBraces(normalizePattern(pattern))) {
        positive.push({ ...rooted(cwd, alternative, written), written });
      }
    }
  });
  if (positive.length === 0) return [];
  for (const pattern of expandDirectories(base, options.exclude ?? [])) {
    if (pattern.startsWith('!')) continue;
    for (const alternative of expandBraces(normalizePattern(pattern))) {
      ignore.push(rooted(cwd, alternative, pattern).pattern);
    }
  }

  const physical = new Physical(workspace);
  const crawls: Crawl[] = [];
  const byRoot = new Map<string, Crawl>();
  const rootOf = (p: Rooted) => `${p.literal ? 'p' : 'd'}:${p.root}`;
  // Directories first, ancestors before what is below them; then single paths.
  const dirRoots = [...new Set(positive.filter((p) => !p.literal).map((p) => p.root))].sort();
  for (const root of dirRoots) {
    const crawl = dirCrawl(physical, crawls, root);
    if (crawl.root === root && crawl.kind === 'dir') crawls.push(crawl);
    byRoot.set(`d:${root}`, crawl);
  }
  for (const root of new Set(positive.filter((p) => p.literal).map((p) => p.root))) {
    byRoot.set(`p:${root}`, pathCrawl(physical, crawls, root));
  }
  const all = new Set<Crawl>();
  for (const pattern of positive) {
    const crawl = byRoot.get(rootOf(pattern))!;
    crawl.patterns.push(pattern);
    crawl.written.push(pattern.written);
    all.add(crawl);
  }
  for (const at of all) {
    const walk = compileWalk({
      base: workspace,
      positive: at.patterns.map((p) => p.pattern),
      ignore,
    });
    at.walk = walk;
    const found: OnFile = (relative, symlink) => {
      at.files.push(relative);
      onFile(relative, symlink);
    };
    if (at.kind === 'dir') {
      if (!excludedDir(walk, at.root)) crawl(walk, [scanDir(walk, at.root)], found, list);
    } else if (at.kind === 'path') {
      const absolute = path.join(workspace, at.root);
      const stats = lstatIfAny(absolute);
      witnessStat(absolute, false, stats);
      if (
        stats !== undefined &&
        !stats.isDirectory() &&
        !excludedDir(walk, at.root.slice(0, Math.max(0, at.root.lastIndexOf('/')))) &&
        walk.included(at.root) &&
        !walk.ignored(at.root)
      ) {
        found(at.root, stats.isSymbolicLink());
      }
    }
  }
  // A pattern with braces matched when any of its alternatives did.
  const matched = new Set<string>();
  for (const at of all) {
    for (const pattern of matchedPatterns(at.walk!, at.files, at.written)) matched.add(pattern);
  }
  return [...new Set(positive.map((p) => p.written))].filter((written) => !matched.has(written));
}

/** A path's lstat; undefined when it is missing or below a file. */
function lstatIfAny(absolute: string): Stats | undefined {
  try {
    return lstatSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}

const nothing = (root: string): Crawl => ({
  root,
  kind: 'none',
  patterns: [],
  written: [],
  files: [],
});

/** The crawl among `crawls` that reaches a (workspace-relative) directory on disk, if any. */
function reachedBy(physical: Physical, crawls: readonly Crawl[], dir: string, real: string) {
  return crawls.find(
    (at) =>
      (at.root === '' || dir === at.root || dir.startsWith(`${at.root}/`)) &&
      physical.continues(at.root, at.real!, dir, real),
  );
}

/**
 * The crawl of a glob's static base: its own, or an earlier one that reaches it, or nothing
 * when it is not a directory (fast-glob lists nothing below a file). Throws when it is
 * reached through a link leading out of the workspace.
 */
function dirCrawl(physical: Physical, crawls: readonly Crawl[], root: string): Crawl {
  const absolute = path.join(physical.root, root);
  let stats: Stats | undefined;
  try {
    stats = statSync(absolute);
  } catch {
    // Missing, a dangling link, or below a file.
  }
  witnessStat(absolute, true, stats);
  witnessAncestors(physical.root, root);
  if (!stats?.isDirectory()) return nothing(root);
  const real = physical.dir(root);
  physical.confine(root, real);
  const crawl = reachedBy(physical, crawls, root, real);
  return crawl ?? { root, kind: 'dir', real, patterns: [], written: [], files: [] };
}

/**
 * The crawl that meets a static pattern's path: one that reaches its directory, or a look at
 * the path alone. Throws when its directory is reached through a link leading out of the
 * workspace.
 */
function pathCrawl(physical: Physical, crawls: readonly Crawl[], root: string): Crawl {
  // Its directory's look (above a missing path too) sees a file appear there; a path that is
  // there is looked at by the walk below.
  witnessAncestors(physical.root, root);
  const slash = root.lastIndexOf('/');
  const parent = slash < 0 ? '' : root.slice(0, slash);
  let real: string;
  try {
    real = physical.dir(parent);
  } catch {
    return nothing(root); // Its directory is missing.
  }
  physical.confine(root, path.join(real, root.slice(slash + 1)));
  const crawl = reachedBy(physical, crawls, parent, real);
  return crawl ?? { root, kind: 'path', patterns: [], written: [], files: [] };
}

/**
 * Lists the files the patterns select, with their stat: the output side of an entry. A file
 * whose name has a backslash is refused with an error naming it (a restore refuses such
 * names, so the entry could never be used), as is a name that is not valid UTF-8.
 */
export async function listFiles(options: ListOptions): Promise<Listing> {
  const files: ListedFile[] = [];
  const { workspace } = options;
  const unmatched = walkPatterns(options, (relative) => {
    if (relative.includes('\\')) {
      throw new Error(
        `output ${quotePath(relative)}: a file name with a backslash cannot be restored`,
      );
    }
    const stats = lstatSync(path.join(workspace, relative), { throwIfNoEntry: false });
    if (stats === undefined || stats.isDirectory()) return; // Gone or replaced meanwhile.
    files.push({
      path: relative,
      size: stats.size,
      mode: stats.mode,
      symlink: stats.isSymbolicLink(),
    });
  });
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  return { files, unmatched };
}

/** The patterns, as written, that matched any of a crawl's (workspace-relative) files. */
function matchedPatterns(
  walk: Walk,
  files: readonly string[],
  written: readonly string[],
): string[] {
  // Each file a crawl found was selected by one of its patterns: a crawl of one pattern
  // matched when it found anything, without a look at each file.
  if (walk.spec.positive.length === 1) return files.length > 0 ? [written[0]!] : [];
  const matched: string[] = [];
  walk.spec.positive.forEach((pattern, index) => {
    // A pattern that covers a file's whole directory (`src/**`) matches it without a glob.
    // One pass, stopping at the first file the pattern selects.
    const covers = walk.covers[index]!;
    // Compiled only if a file is not covered: most crawls of `dir/**` patterns never need it.
    const matches = lazyMatcher(pattern);
    if (
      files.some(
        (file) => covers(file.slice(0, Math.max(0, file.lastIndexOf('/')))) || matches(file),
      )
    ) {
      matched.push(written[index]!);
    }
  });
  return matched;
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
  /** Its git index entry, when its stat matched it (its blob's digest was not known yet). */
  entry: IndexEntry | undefined;
  /** Its blob id (hex), when its stat matched its git index entry. */
  blob: string | undefined;
  /** Taken from the invocation's memo: already kept there. */
  memoised: boolean;
}

/** Numbers kept per file waiting for the store's hints: size, mode, mtime, ctime, inode. */
const WAITING_FIELDS = 5;

/** What a scan of inputs found, and what it took from the git index. */
export interface ScannedInputs {
  inputs: InputEntry[];
  unmatched: string[];
  /** Blob id (hex) by path of each input whose stat matched its git index entry. */
  blobs: Map<string, string>;
  /** How many files were read to be hashed. */
  read: number;
}

/**
 * Lists the inputs and gives the manifest's view of them: path, executable bit and BLAKE3, or
 * a link target. A file whose stat is unchanged since it was hashed (by the stat cache), or that
 * an earlier scan of the invocation settled (the memo), is not read; the others are hashed while
 * the walk goes on, on worker threads once there are enough of them to pay for starting threads
 * (and, once the walk is done, on this thread too), and stat-ed through their descriptor, so a
 * file the stat cache has never seen costs no separate stat. The caches are saved by their
 * owner, once per invocation or per key.
 */
export async function scanInputs(
  options: ListOptions,
  context: {
    statCache?: StatCache;
    dirCache?: DirCache;
    /** In a git checkout: a file matching its index entry takes its blob's digest from hints. */
    gitIndex?: WorkspaceIndex;
    blobHints?: BlobHints;
    /**
     * Blob id -> digest pairs from the store (verified records), asked for once, when the walk
     * first finds a file matching its index entry with no local hint; files wait for it only then.
     */
    storeHints?: () => Promise<ReadonlyMap<string, Digest> | undefined>;
    /** What earlier scans of this invocation found, while nothing has written since. */
    memo?: ScanMemo;
  } = {},
): Promise<ScannedInputs> {
  const cache = context.statCache;
  const memo = context.memo;
  const stamp = memo?.stamp ?? -1;
  const index = context.blobHints ? context.gitIndex : undefined;
  const hints = context.blobHints;
  let fromIndex = 0;
  let storeHints: Promise<ReadonlyMap<string, Digest> | undefined> | undefined;
  /** Files matching their index entry, with no local hint, while the store's hints are asked. */
  const waiting: Scanned[] = [];
  // Their blob ids and stats, kept as strings and numbers: an entry and a Stats object for each
  // of 50,000 files, alive until the walk is done, cost the collector more than the rest.
  const waitingBlobs: string[] = [];
  let waitingStats = new Float64Array(WAITING_FIELDS * 1024);
  // Absolute paths are made where a file is opened (on the worker, for most): 50,000 of them
  // kept here would only cost memory.
  const root = options.workspace;
  const dirs = context.dirCache;
  // The listing cache may serve a whole invocation: this scan's share of its counts.
  const listedBefore = dirs?.listed ?? 0;
  const reusedBefore = dirs?.reused ?? 0;
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
      // Hashed through its descriptor, a regular file: what an lstat of it would say.
      if (witnessing()) {
        witnessScanned(root, file.path, {
          mode: stats[at + 1]!,
          ino: stats[at + 4]!,
          size: stats[at]!,
          mtimeMs: stats[at + 2]!,
          ctimeMs: stats[at + 3]!,
        });
      }
      file.digest = digest;
      file.executable = isExecutable(stats[at + 1]!);
      // Read while its stat (from the open file) was still its index entry's: the blob's content.
      const entry = file.entry;
      if (
        entry &&
        statMatches(entry, {
          size: stats[at]!,
          mode: stats[at + 1]!,
          mtimeMs: stats[at + 2]!,
          ctimeMs: stats[at + 3]!,
          ino: stats[at + 4]!,
          uid: entry.uid,
          gid: entry.gid,
        })
      ) {
        hints!.record(entry.blob, digest);
        file.blob = entry.blob;
      }
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
    witnessScanned(root, file.path, stats);
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
  /** Whether the git index (and a hint) settled the file without reading it. */
  const indexed = (file: Scanned): boolean => {
    if (!index!.has(file.path)) return false;
    const stats = lstatSync(inRoot(root, file.path), { throwIfNoEntry: false });
    witnessScanned(root, file.path, stats);
    if (stats === undefined || stats.isDirectory()) file.gone = true;
    else if (stats.isSymbolicLink()) file.symlink = true;
    else {
      // Compared in the index's bytes: only a match costs its blob id, as a string.
      const blob = index!.matching(file.path, stats);
      if (blob === undefined) return false;
      const known = hints!.digestOf(blob);
      if (known === undefined) {
        if (!context.storeHints) {
          file.entry = index!.lookup(file.path);
          return false;
        }
        storeHints ??= context.storeHints().catch(() => undefined);
        const at = waiting.length * WAITING_FIELDS;
        if (at === waitingStats.length) {
          const grown = new Float64Array(waitingStats.length * 2);
          grown.set(waitingStats);
          waitingStats = grown;
        }
        waitingStats[at] = stats.size;
        waitingStats[at + 1] = stats.mode;
        waitingStats[at + 2] = stats.mtimeMs;
        waitingStats[at + 3] = stats.ctimeMs;
        waitingStats[at + 4] = stats.ino;
        waiting.push(file);
        waitingBlobs.push(blob);
        return true;
      }
      file.blob = blob;
      file.digest = known;
      file.executable = isExecutable(stats.mode);
      fromIndex++;
      const { size, mtimeMs, ctimeMs, ino } = stats;
      cache?.record({ path: file.path, size, mtimeMs, ctimeMs, ino }, known, hashedAt);
    }
    return true;
  };

  let unmatched: string[];
  try {
    unmatched = walkPatterns(
      options,
      (relative, symlink) => {
        const file: Scanned = {
          path: relative,
          symlink,
          gone: false,
          digest: undefined,
          executable: false,
          entry: undefined,
          blob: undefined,
          memoised: false,
        };
        if (scanned.push(file) === LARGE_SCAN && largeScanHook) {
          largeScanHook();
          largeScanHook = undefined;
        }
        const known = memo?.get(relative);
        if (known !== undefined && known.symlink === symlink) {
          file.digest = known.digest;
          file.executable = known.executable;
          file.memoised = true;
          file.blob = known.blob;
          return;
        }
        if (symlink || (cache?.knows(file.path) && lookup(file))) return;
        if (index && indexed(file)) return;
        unhashed.push(file);
        if (++misses === PARALLEL_MIN_FILES) pool = WorkerPool.create();
        if (pool && unhashed.length >= BATCH) {
          send(unhashed);
          unhashed = [];
        }
      },
      dirs?.list,
    );
    if (waiting.length > 0) {
      // The walk is done: only now does the store's answer hold anything up.
      const borrowed = await storeHints!;
      let left = 0;
      for (let i = 0; i < waiting.length; i++) {
        const file = waiting[i]!;
        const blob = waitingBlobs[i]!;
        const known = borrowed?.get(blob);
        if (known === undefined) {
          // Read, and its digest kept as the blob's hint if its stat is still the entry's.
          file.entry = index!.lookup(file.path);
          unhashed.push(file);
          left++;
          if (++misses === PARALLEL_MIN_FILES) pool = WorkerPool.create();
          continue;
        }
        const at = i * WAITING_FIELDS;
        const size = waitingStats[at]!;
        const mtimeMs = waitingStats[at + 2]!;
        const ctimeMs = waitingStats[at + 3]!;
        const ino = waitingStats[at + 4]!;
        file.digest = known;
        file.executable = isExecutable(waitingStats[at + 1]!);
        file.blob = blob;
        fromIndex++;
        // The next run here knows it from its stat, without asking the store again.
        cache?.record({ path: file.path, size, mtimeMs, ctimeMs, ino }, known, hashedAt);
      }
      debug(`${waiting.length - left} of ${waiting.length} known from the store's hints`);
    }
    const reused = dirs
      ? `; ${dirs.reused - reusedBefore} of ${dirs.listed - listedBefore} directory listings reused`
      : '';
    debug(
      `listed ${scanned.length} inputs at ${elapsed()}; ${fromIndex} known from the git index; hashing ${misses} on ${pool ? pool.threads + 1 : 1} thread(s)${reused}`,
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
  let files = scanned.filter((file) => !file.gone);
  // A scanned file is what the memo keeps (its digest, bits and blob): kept as it is, it costs
  // no second object per file.
  memo?.keepScan(stamp, files);
  if (options.filter) {
    const left = await options.filter(files.map((file) => file.path));
    if (left.size > 0) files = files.filter((file) => !left.has(file.path));
  }
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  const kept = new Map<string, string>();
  const inputs = files.map((file): InputEntry => {
    if (file.symlink) {
      return {
        path: file.path,
        link: readlinkSync(inRoot(root, file.path)).split(path.sep).join('/'),
      };
    }
    if (file.blob !== undefined) kept.set(file.path, file.blob);
    return { path: file.path, executable: file.executable, digest: file.digest! };
  });
  debug(`scanned at ${elapsed()}`);
  return { inputs, unmatched, blobs: kept, read: misses };
}
