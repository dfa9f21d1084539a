// Reading git's index (.git/index) to learn, without reading a file, which blob it holds: a
// tracked file whose stat data matches its index entry has the entry's content, by the same
// rule `git status` relies on. Only the stat rule is taken from git; the digest still comes
// from content taskcache hashed once (see BlobHints in stat-cache.ts).
//
// Versions 2, 3 and 4 (path prefix compression) are read; extensions are skipped, but an index
// split with `core.splitIndex` (the "link" extension) is not used, since its entries are only
// a part of the index. Anything malformed or unknown means no index: every file is read.
//
// What a match compares, as git does with core.checkStat=default and core.trustctime=true:
// mtime and ctime (seconds exactly; nanoseconds as finely as Node's millisecond floats keep
// them, finer than git, which ignores nanoseconds unless built with USE_NSEC), inode, uid,
// gid and size (each as the 32 bits the index keeps), the file type and the executable bit.
// The device is not compared (git compares it only when built with USE_STDEV). An entry is
// never trusted when it is racy (its mtime not older than the index file's, to the
// nanosecond), has size 0 (git writes that size to mark a racily clean entry), is not at
// stage 0, or is marked assume-unchanged, skip-worktree or intent-to-add.

import {
  closeSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  type Stats,
  statSync,
} from 'node:fs';
import * as path from 'node:path';
import { debug } from './debug.js';
import { NameTable } from './name-table.js';
import { witnessing, witnessStat } from './stat-witness.js';

const ASSUME_VALID = 0x8000;
const EXTENDED = 0x4000;
const STAGE = 0x3000;
const SKIP_WORKTREE = 0x4000;
const INTENT_TO_ADD = 0x2000;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;

/** A tracked file's entry, as far as a match needs it. */
export interface IndexEntry {
  /** Blob id, hex (SHA-1, or SHA-256 in a repository of that object format). */
  readonly blob: string;
  readonly ctimeSec: number;
  readonly ctimeNsec: number;
  readonly mtimeSec: number;
  readonly mtimeNsec: number;
  readonly ino: number;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
}

/** What a file's lstat says, as a match compares it. */
export interface StatLike {
  readonly mode: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  readonly uid: number;
  readonly gid: number;
}

/**
 * The entries of an index that may be trusted, by repository-relative path. Only where each
 * name and entry start are kept when parsing (name-table.ts); an entry is decoded when it is
 * looked up (a 50,000-file index would otherwise cost as many objects and hex strings, most of
 * them never needed: a run the stat cache serves only asks which files are tracked).
 */
export interface ParsedIndex {
  readonly version: number;
  /** Every trusted entry's path, in the index's order. */
  names(): IterableIterator<string>;
  has(name: string): boolean;
  lookup(name: string): IndexEntry | undefined;
  /** The blob id of the entry of `name` when the stat is the entry's (without decoding it). */
  matching(name: string, stat: StatLike): string | undefined;
}

/** Milliseconds as Node computes them from seconds and nanoseconds (so equal inputs are equal). */
function ms(sec: number, nsec: number): number {
  return sec * 1e3 + nsec / 1e6;
}

const U32 = 2 ** 32;

/** Whether a file's stat is the entry's: its content is then the entry's blob. */
export function statMatches(entry: IndexEntry, stat: StatLike): boolean {
  return (
    (stat.mode & S_IFMT) === S_IFREG &&
    (stat.mode & 0o100) === (entry.mode & 0o100) &&
    stat.size % U32 === entry.size &&
    stat.ino % U32 === entry.ino &&
    stat.uid % U32 === entry.uid &&
    stat.gid % U32 === entry.gid &&
    stat.mtimeMs === ms(entry.mtimeSec, entry.mtimeNsec) &&
    stat.ctimeMs === ms(entry.ctimeSec, entry.ctimeNsec)
  );
}

/** Whether a file's stat is the entry's that starts at `start` in an index's bytes. */
function matchesAt(data: Buffer, start: number, stat: StatLike): boolean {
  const mode = data.readUInt32BE(start + 24);
  return (
    (stat.mode & S_IFMT) === S_IFREG &&
    (stat.mode & 0o100) === (mode & 0o100) &&
    stat.size % U32 === data.readUInt32BE(start + 36) &&
    stat.ino % U32 === data.readUInt32BE(start + 20) &&
    stat.uid % U32 === data.readUInt32BE(start + 28) &&
    stat.gid % U32 === data.readUInt32BE(start + 32) &&
    stat.mtimeMs === ms(data.readUInt32BE(start + 8), data.readUInt32BE(start + 12)) &&
    stat.ctimeMs === ms(data.readUInt32BE(start), data.readUInt32BE(start + 4))
  );
}

/** git's varint of index v4 (each continuation adds one, so every number has one encoding). */
function varint(data: Buffer, at: number): [value: number, next: number] {
  let byte = data[at++]!;
  let value = byte & 0x7f;
  while (byte & 0x80) {
    if (at >= data.length) throw new Error('truncated varint');
    byte = data[at++]!;
    value = (value + 1) * 128 + (byte & 0x7f);
  }
  return [value, at];
}

/** An entry's fields, decoded from where it starts in the index. */
function entryAt(data: Buffer, start: number, hashBytes: number): IndexEntry {
  return {
    blob: data.toString('hex', start + 40, start + 40 + hashBytes),
    ctimeSec: data.readUInt32BE(start),
    ctimeNsec: data.readUInt32BE(start + 4),
    mtimeSec: data.readUInt32BE(start + 8),
    mtimeNsec: data.readUInt32BE(start + 12),
    ino: data.readUInt32BE(start + 20),
    mode: data.readUInt32BE(start + 24),
    uid: data.readUInt32BE(start + 28),
    gid: data.readUInt32BE(start + 32),
    size: data.readUInt32BE(start + 36),
  };
}

/**
 * Parses an index file's bytes. `racyAt` is the index file's mtime (seconds, nanoseconds):
 * entries modified at or after it are left out, as are those a match must not trust. Returns
 * undefined for anything malformed or not understood.
 */
export function parseIndex(
  data: Buffer,
  racyAt: { sec: number; nsec: number },
  hashBytes = 20,
): ParsedIndex | undefined {
  try {
    if (data.length < 12 || data.toString('latin1', 0, 4) !== 'DIRC') return undefined;
    const version = data.readUInt32BE(4);
    if (version < 2 || version > 4) return undefined;
    const count = data.readUInt32BE(8);
    const end = data.length - hashBytes;
    // More entries than the bytes could hold: malformed (and the table is sized by the count).
    if (count * (40 + hashBytes + 2) > end - 12) return undefined;
    const table = new NameTable(count, version === 4 ? undefined : data);
    let at = 12;
    // Version 4: the previous name's bytes, which the next one shares a prefix with.
    let previous = Buffer.allocUnsafe(version === 4 ? 4096 : 0);
    let previousLength = 0;
    for (let i = 0; i < count; i++) {
      const start = at;
      if (at + 40 + hashBytes + 2 > end) return undefined;
      const flags = data.readUInt16BE(at + 40 + hashBytes);
      at += 40 + hashBytes + 2;
      let extended = 0;
      if (flags & EXTENDED) {
        if (version < 3 || at + 2 > end) return undefined;
        extended = data.readUInt16BE(at);
        at += 2;
      }
      // The name's bytes: in `previous` (version 4) or in `data`, from `nameAt`.
      let nameAt: number;
      let nameLength: number;
      if (version === 4) {
        const [strip, next] = varint(data, at);
        if (strip > previousLength) return undefined;
        const nul = data.indexOf(0, next);
        if (nul < 0 || nul >= end) return undefined;
        const kept = previousLength - strip;
        const length = kept + nul - next;
        if (length > previous.length) {
          const grown = Buffer.allocUnsafe(Math.max(length, previous.length * 2));
          previous.copy(grown, 0, 0, kept);
          previous = grown;
        }
        data.copy(previous, kept, next, nul);
        previousLength = length;
        nameAt = 0;
        nameLength = length;
        at = nul + 1;
      } else {
        // The flags hold the name's length, unless it is 0xfff or more.
        const short = flags & 0xfff;
        const nul = short < 0xfff ? at + short : data.indexOf(0, at);
        if (nul < 0 || nul >= end || data[nul] !== 0) return undefined;
        nameAt = at;
        nameLength = nul - at;
        // One to eight NULs pad the entry to a multiple of eight bytes.
        at = start + ((nul - start + 8) & ~7);
        if (at > end) return undefined;
      }
      if (
        flags & (ASSUME_VALID | STAGE) ||
        extended & (SKIP_WORKTREE | INTENT_TO_ADD) ||
        nameLength === 0
      ) {
        continue;
      }
      const mode = data.readUInt32BE(start + 24);
      const mtimeSec = data.readUInt32BE(start + 8);
      const mtimeNsec = data.readUInt32BE(start + 12);
      const size = data.readUInt32BE(start + 36);
      const racy = mtimeSec > racyAt.sec || (mtimeSec === racyAt.sec && mtimeNsec >= racyAt.nsec);
      if ((mode & S_IFMT) !== S_IFREG || size === 0 || racy) continue;
      if (version === 4) table.add(previous, nameAt, nameLength, start);
      else table.add(data, nameAt, nameLength, start);
    }
    // Extensions: a four-byte signature and a 32-bit size each, up to the checksum.
    while (at < end) {
      if (at + 8 > end) return undefined;
      const signature = data.toString('latin1', at, at + 4);
      if (signature === 'link') return undefined; // A split index: its entries are partial.
      at += 8 + data.readUInt32BE(at + 4);
    }
    if (at !== end) return undefined;
    table.seal();
    return {
      version,
      names: () => table.names(),
      has: (name) => table.find(name) >= 0,
      lookup(name) {
        const row = table.find(name);
        return row < 0 ? undefined : entryAt(data, table.value(row), hashBytes);
      },
      matching(name, stat) {
        const row = table.find(name);
        if (row < 0) return undefined;
        const start = table.value(row);
        if (!matchesAt(data, start, stat)) return undefined;
        return data.toString('hex', start + 40, start + 40 + hashBytes);
      },
    };
  } catch {
    return undefined;
  }
}

/** The git directory of the checkout `dir` is in (a `.git` file is followed), and its top. */
export function findGitDir(dir: string): { gitDir: string; top: string } | undefined {
  for (let at = path.resolve(dir); ; ) {
    const dotGit = path.join(at, '.git');
    try {
      let stats: Stats | undefined;
      try {
        stats = statSync(dotGit);
      } finally {
        // Missing too: a checkout made here later would change what is ignored.
        witnessStat(dotGit, true, stats);
      }
      if (stats.isDirectory()) return { gitDir: dotGit, top: at };
      // A worktree or a submodule: "gitdir: <path>".
      const match = /^gitdir: (.+?)\r?\n?$/.exec(readFileSync(dotGit, 'utf8'));
      if (!match) return undefined;
      return { gitDir: path.resolve(at, match[1]!), top: at };
    } catch {
      // No .git here.
    }
    const parent = path.dirname(at);
    if (parent === at) return undefined;
    at = parent;
  }
}

/** Bytes of a blob id in this repository: 32 when its object format is SHA-256. */
function hashBytesOf(gitDir: string): number {
  let config = '';
  try {
    config = readFileSync(path.join(gitDir, 'config'), 'utf8');
  } catch {
    // A worktree's own directory has no config: SHA-1 is assumed, and a SHA-256 index then
    // fails to parse (no index, every file read).
  }
  return /^\s*objectformat\s*=\s*sha256\s*$/im.test(config) ? 32 : 20;
}

/**
 * Settings under which the working file is not the blob byte for byte (line endings converted,
 * a filter such as Git LFS): the index is not used. Only .git/config and the top-level
 * .gitattributes are looked at.
 */
function converts(gitDir: string, top: string): boolean {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  if (/^\s*autocrlf\s*=\s*(true|input)\s*$/im.test(read(path.join(gitDir, 'config')))) return true;
  return /\b(filter|eol|text|crlf|ident|working-tree-encoding)\b/.test(
    read(path.join(top, '.gitattributes')),
  );
}

/** The index of a workspace's checkout, with paths relative to the workspace. */
export interface WorkspaceIndex {
  lookup(relative: string): IndexEntry | undefined;
  /** Whether the index holds a trusted entry for the path (without decoding it). */
  has(relative: string): boolean;
  /** The blob id of the path's entry when the stat is the entry's (without decoding it). */
  matching(relative: string, stat: StatLike): string | undefined;
}

/**
 * Reads the index of the checkout a workspace is in; undefined when there is none, it cannot
 * be read or understood, or the checkout converts files (never an error).
 */
export function loadWorkspaceIndex(workspace: string): WorkspaceIndex | undefined {
  const found = findGitDir(workspace);
  if (!found) return undefined;
  if (converts(found.gitDir, found.top)) {
    debug('git index: not used, this checkout converts files (line endings or filters)');
    return undefined;
  }
  const parsed = readIndex(path.join(found.gitDir, 'index'), found.gitDir);
  if (!parsed) {
    debug('git index: not understood, every input is read');
    return undefined;
  }
  const prefix = path.relative(found.top, workspace).split(path.sep).join('/');
  if (prefix === '') return parsed;
  if (prefix.startsWith('..')) return undefined;
  return {
    lookup: (relative) => parsed.lookup(`${prefix}/${relative}`),
    has: (relative) => parsed.has(`${prefix}/${relative}`),
    matching: (relative, stat) => parsed.matching(`${prefix}/${relative}`, stat),
  };
}

/**
 * Indexes parsed in this process, by file, with the stat they were read at: the tasks of one
 * run (a monorepo's many) parse an unchanged index once.
 */
const parsedIndexes = new Map<string, { stamp: string; parsed: ParsedIndex | undefined }>();

/** Lets the indexes parsed so far go (a big checkout's is megabytes): no key is left to compute. */
export function forgetParsedIndexes(): void {
  parsedIndexes.clear();
}

/** An index file parsed, or undefined when it cannot be read or understood. */
function readIndex(file: string, gitDir: string): ParsedIndex | undefined {
  let fd: number | undefined;
  try {
    if (witnessing()) witnessStat(file, true, statIfAny(file));
    fd = openSync(file, 'r');
    const stats = fstatSync(fd, { bigint: true });
    const stamp = `${stats.mtimeNs}:${stats.ctimeNs}:${stats.size}:${stats.ino}`;
    const known = parsedIndexes.get(file);
    if (known?.stamp === stamp) return known.parsed;
    const data = readAll(fd, Number(stats.size));
    const mtimeNs = stats.mtimeNs;
    const racyAt = {
      sec: Number(mtimeNs / 1_000_000_000n),
      nsec: Number(mtimeNs % 1_000_000_000n),
    };
    const parsed = parseIndex(data, racyAt, hashBytesOf(gitDir));
    parsedIndexes.set(file, { stamp, parsed });
    return parsed;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The rest of an open file, whatever its stat said: read into one buffer of the size its stat
 * gave (one copy), and only if the file turns out longer, on in pieces.
 */
function readAll(fd: number, size: number): Buffer {
  const first = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    const read = readSync(fd, first, length, first.length - length, null);
    if (read === 0) return first.subarray(0, length);
    length += read;
    if (length === first.length) break;
  }
  const pieces: Buffer[] = [first];
  for (;;) {
    const piece = Buffer.allocUnsafe(1 << 20);
    const read = readSync(fd, piece, 0, piece.length, null);
    if (read === 0) break;
    pieces.push(piece.subarray(0, read));
  }
  return Buffer.concat(pieces);
}

/** A workspace's index read on first use, which can be let go (and is read again if asked). */
export interface LazyWorkspaceIndex extends WorkspaceIndex {
  release(): void;
}

/**
 * The workspace's index, read on the first lookup: a run whose files all match the stat cache
 * never reads it.
 */
export function lazyWorkspaceIndex(workspace: string): LazyWorkspaceIndex {
  let loaded: WorkspaceIndex | null | undefined;
  const load = () => {
    if (loaded === undefined) loaded = loadWorkspaceIndex(workspace) ?? null;
    return loaded;
  };
  return {
    lookup: (relative) => load()?.lookup(relative),
    has: (relative) => load()?.has(relative) ?? false,
    matching: (relative, stat) => load()?.matching(relative, stat),
    release: () => {
      loaded = undefined;
    },
  };
}

function statIfAny(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
