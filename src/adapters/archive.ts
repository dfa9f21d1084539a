// Entry archives: writing output files and the log into one archive (compressed or not), and
// restoring from one without ever placing an unverified byte. Restore stages every file in a
// directory inside the workspace, checks every digest, and only then moves the files into place.
//
// Over ~350 lines: writing and restoring share the archive format and the checks on every
// path and link; apart, the writer and the reader could drift.

import {
  closeSync,
  fchmodSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  open,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  renameSync,
  rmdirSync,
  rmSync,
  type Stats,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import type { Digest } from '../core/digest.js';
import type { Codec, OutputFile, OutputItem, RestoredRecord } from '../core/entry.js';
import {
  isAbsoluteAnywhere,
  isReservedName,
  isSafeRelativePath,
  linkStaysInside,
  linkWalk,
} from '../core/paths.js';
import { uniqueSuffix } from './atomic-file.js';
import type { Hasher } from './blake3.js';
import { compressToFile, decompressFile, decompressStream } from './codec.js';
import { fileBackend, isExecutable, type ListedFile } from './files.js';
import { PieceHasher } from './piece-hasher.js';
import { witnessStat } from './stat-witness.js';

/** A problem with the bytes of an entry: always a miss, never a partial restore. */
export class CorruptEntryError extends Error {
  override readonly name = 'CorruptEntryError';
}

export interface WrittenArchive {
  readonly outputs: OutputItem[];
  readonly log: { size: number; digest: Digest };
  readonly skipped: string[];
}

/** What writing an output needs to know of a listed file. */
export type OutputSource = Pick<ListedFile, 'path' | 'size' | 'mode' | 'symlink'>;

/**
 * Writes the outputs' contents and the log to `dest`. Each file is read once, straight into
 * the buffer handed to the compressor: the bytes hashed are the bytes stored. Symlinks are
 * recorded by target; one that leaves the workspace is skipped and reported.
 */
export async function writeArchive(options: {
  files: readonly OutputSource[];
  workspace: string;
  log: Buffer;
  codec: Codec;
  dest: string;
  /** Keep links that leave the workspace, marked external, instead of skipping them. */
  externalLinks?: boolean;
}): Promise<WrittenArchive> {
  const outputs: OutputItem[] = [];
  const skipped: string[] = [];
  const backend = await fileBackend();
  const hasher = await backend.createHasher();
  const sink = compressToFile(options.codec, options.dest);
  // Awaited below; until then a failure (a full disk, a killed zstd) must not go unhandled.
  sink.done.catch(() => {});
  const batches = new Batches(sink.input);
  try {
    for (const file of options.files) {
      const absolute = path.join(options.workspace, file.path);
      if (file.symlink) {
        const target = linkTarget(options.workspace, file.path, absolute);
        if (target !== undefined) outputs.push({ kind: 'link', path: file.path, target });
        else if (options.externalLinks) {
          const raw = readlinkSync(absolute);
          outputs.push({ kind: 'link', path: file.path, target: raw, external: true });
        } else skipped.push(file.path);
        continue;
      }
      hasher.init();
      const size = await batches.readFile(absolute, hasher);
      outputs.push({
        kind: 'file',
        path: file.path,
        executable: isExecutable(file.mode),
        size,
        digest: hasher.digest(),
      });
    }
    await batches.append(options.log);
    await batches.end();
  } catch (error) {
    sink.input.destroy();
    await sink.done.catch(() => {});
    throw error;
  }
  await sink.done;
  return { outputs, log: { size: options.log.length, digest: backend.hash(options.log) }, skipped };
}

/** Bytes gathered for each write to the compressor: thousands of small writes cost more. */
const BATCH = 4 * 1024 * 1024;
/** Buffers filled in turn: one being filled while the others are being written. */
const BUFFERS = 3;

/**
 * Gathers file contents into a few reused buffers and writes each full one to `sink`; a
 * buffer is filled again only once its previous write's callback came, which for the sinks of
 * compressToFile means the bytes left the buffer. No buffer per file, no copy.
 */
class Batches {
  private readonly buffers: Buffer[] = [];
  private readonly writes: (Promise<void> | undefined)[] = [];
  private current = 0;
  private fill = 0;

  constructor(private readonly sink: Writable) {
    // Failures reach the write callbacks and the sink's `done`.
    sink.on('error', () => {});
  }

  /** Appends a file's bytes, hashing them on the way; returns how many there were. */
  async readFile(file: string, hasher: Hasher): Promise<number> {
    const fd = openSync(file, 'r');
    try {
      const expected = fstatSync(fd).size;
      let size = 0;
      for (;;) {
        const buffer = await this.room();
        const want = BATCH - this.fill;
        const read = readSync(fd, buffer, this.fill, want, null);
        if (read === 0) break;
        hasher.update(buffer.subarray(this.fill, this.fill + read));
        this.fill += read;
        size += read;
        // A short read at or past the size the file had when opened is its end.
        if (read < want && size >= expected) break;
      }
      return size;
    } finally {
      closeSync(fd);
    }
  }

  async append(data: Buffer): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      const buffer = await this.room();
      const copied = data.copy(buffer, this.fill, offset);
      this.fill += copied;
      offset += copied;
    }
  }

  async end(): Promise<void> {
    await this.flush();
    await Promise.all(this.writes);
    await new Promise<void>((resolve) => this.sink.end(resolve));
  }

  /** The buffer being filled, with room in it (allocated on first use: most archives are small). */
  private async room(): Promise<Buffer> {
    if (this.fill === BATCH) await this.flush();
    this.buffers[this.current] ??= Buffer.allocUnsafe(BATCH);
    return this.buffers[this.current]!;
  }

  private async flush(): Promise<void> {
    if (this.fill === 0) return;
    const chunk = this.buffers[this.current]!.subarray(0, this.fill);
    const written = new Promise<void>((resolve, reject) => {
      this.sink.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
    written.catch(() => {});
    this.writes[this.current] = written;
    this.current = (this.current + 1) % BUFFERS;
    this.fill = 0;
    await this.writes[this.current];
  }
}

/** A link's target as stored: relative, and inside the workspace, or undefined. */
function linkTarget(workspace: string, file: string, absolute: string): string | undefined {
  let target = readlinkSync(absolute);
  if (path.isAbsolute(target)) {
    const relative = path.relative(path.dirname(absolute), target);
    if (isAbsoluteAnywhere(relative)) return undefined;
    const inside = path.relative(workspace, target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
    target = relative;
  }
  target = target.split(path.sep).join('/');
  return linkStaysInside(file, target) ? target : undefined;
}

/**
 * What fills the archive's pieces, in order: each file output of the record, then the log.
 * Staging paths are made as their files are opened, not up front: on a 30,000-file entry a
 * path and an object per file, all held through the whole fill, were megabytes of heap.
 */
interface Slots {
  readonly count: number;
  size(index: number): number;
  digest(index: number): Digest;
  label(index: number): string;
  /** Verified and dropped: the workspace already has these bytes (in-place.ts). */
  inPlace(index: number): boolean;
  /**
   * The slot's staging file (its directory made) and its mode, or undefined for the log and
   * for bytes only verified. Called once per slot, in order.
   */
  stage(index: number): { readonly file: string; readonly mode: number } | undefined;
}

/** Outputs a restore leaves as they are (in-place.ts): a set of paths, or a map by path. */
export interface OutputsInPlace {
  has(path: string): boolean;
}

export interface StagedEntry {
  readonly dir: string;
  readonly log: Buffer;
  /** Outputs not staged, since the workspace already has them as the record says. */
  readonly inPlace?: OutputsInPlace;
}

/** The mode a restore gives a file: exactly this, whatever the umask. */
export function restoredMode(executable: boolean): number {
  return executable ? 0o755 : 0o644;
}

/**
 * Decompresses `source` (a stream, or a file read in place) into a fresh staging directory
 * inside `workspace`, checking each file and the log against the record. Files are staged at
 * their own relative paths, so a directory the workspace lacks is moved into place whole.
 * Throws CorruptEntryError (and removes the staging directory) on any mismatch, short or
 * excess data. Outputs in `inPlace` are verified like the others but not staged.
 */
export async function stageArchive(
  source: Readable | string,
  record: RestoredRecord,
  workspace: string,
  inPlace: OutputsInPlace = new Set(),
): Promise<StagedEntry> {
  const dir = path.join(workspace, `${STAGING_PREFIX}${uniqueSuffix()}`);
  try {
    // Made when the first output is staged (none is when every one is in place), by a call
    // that fails if anything is there already.
    const made = new Set<string>();
    const staged = (item: OutputItem): string => {
      const file = path.join(dir, item.path);
      const parent = path.dirname(file);
      if (made.size === 0) {
        mkdirSync(dir);
        made.add(dir);
      }
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      return file;
    };
    const files = record.outputs.filter((item): item is OutputFile => item.kind === 'file');
    const slots: Slots = {
      count: files.length + 1,
      size: (index) => files[index]?.size ?? record.log.size,
      digest: (index) => files[index]?.digest ?? record.log.digest,
      label: (index) => files[index]?.path ?? 'the log',
      inPlace: (index) => index < files.length && inPlace.has(files[index]!.path),
      stage: (index) => {
        const item = files[index];
        if (item === undefined || inPlace.has(item.path)) return undefined;
        return { file: staged(item), mode: restoredMode(item.executable) };
      },
    };
    const log = await fillSlots(source, record.archive.codec, slots);
    // Links last, once every file is in: no file is ever opened through a staged link (and a
    // record with an output below another one is refused when it is decoded).
    for (const item of record.outputs) {
      if (item.kind === 'link' && !inPlace.has(item.path)) symlinkSync(item.target, staged(item));
    }
    return { dir, log, inPlace };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error instanceof CorruptEntryError ? error : new CorruptEntryError(messageOf(error));
  }
}

/**
 * Files are created with their recorded mode; the umask may take bits away, and then each
 * file's mode is set. Whether it does is found out once per mode, on the first such file.
 */
class Modes {
  private readonly kept = new Map<number, boolean>();

  apply(fd: number, mode: number): void {
    if (process.platform === 'win32') return;
    let kept = this.kept.get(mode);
    if (kept === undefined) {
      kept = (fstatSync(fd).mode & 0o7777) === mode;
      this.kept.set(mode, kept);
    }
    if (!kept) fchmodSync(fd, mode);
  }
}

/** Staging files opened ahead of the bytes that fill them, counted in slots. */
const OPEN_AHEAD = 16;

/**
 * Opens the staging files of the slots a little ahead of their bytes, on libuv's threads:
 * creating a file is most of the cost of a small one, and meanwhile this thread hashes and
 * writes the files before it.
 */
class OpenAhead {
  private readonly opened: ({ fd: Promise<number>; mode: number } | undefined)[] = [];
  private started = 0;
  /** The last open started: the next waits for it (see take). */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly slots: Slots) {}

  /**
   * The staging file of slot `index`, opened, and its mode; undefined for a slot that stages
   * nothing. Fails as the open did.
   */
  take(index: number): { fd: Promise<number>; mode: number } | undefined {
    for (; this.started <= index + OPEN_AHEAD && this.started < this.slots.count; this.started++) {
      const staged = this.slots.stage(this.started);
      if (staged === undefined) continue;
      const { file, mode } = staged;
      // One at a time, in order: creating files in one directory on several threads at once
      // costs more CPU time in all (they spin on the directory's lock) and no less wall time.
      const fd = this.tail.then(
        () =>
          new Promise<number>((resolve, reject) =>
            open(file, 'wx', mode, (error, fd) => (error ? reject(error) : resolve(fd))),
          ),
      );
      // Taken (and its failure thrown) in order, or closed by closeRest: the tail's handler
      // keeps a failure from going unhandled meanwhile.
      this.tail = fd.catch(() => {});
      this.opened[this.started] = { fd, mode };
    }
    const opened = this.opened[index];
    this.opened[index] = undefined;
    return opened;
  }

  /** Waits for the opens under way and closes the files no slot took. */
  async closeRest(): Promise<void> {
    for (const [index, opened] of this.opened.entries()) {
      if (opened === undefined) continue;
      this.opened[index] = undefined;
      await opened.fd.then(closeSync, () => {});
    }
  }
}

async function fillSlots(source: Readable | string, codec: Codec, slots: Slots): Promise<Buffer> {
  // Large archives are hashed on a worker while this thread decompresses and writes; each
  // slot's digest is checked as it comes back, and all of them before this returns.
  let total = 0;
  for (let i = 0; i < slots.count; i++) total += slots.size(i);
  const pieces = PieceHasher.start(total, (index, digest) => {
    if (digest !== slots.digest(index)) {
      throw new CorruptEntryError(`content of ${slots.label(index)} does not match its digest`);
    }
  });
  const hasher = pieces ? undefined : await (await fileBackend()).createHasher();
  const modes = new Modes();
  const ahead = new OpenAhead(slots);
  const logChunks: Buffer[] = [];
  let index = -1;
  /** Whether `index` is a slot (not past the last one). */
  let slot = false;
  let remaining = 0;
  let position = 0;
  let fd: number | undefined;

  const finish = () => {
    if (!slot) return;
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    if (pieces) pieces.end(index);
    else if (hasher!.digest() !== slots.digest(index)) {
      throw new CorruptEntryError(`content of ${slots.label(index)} does not match its digest`);
    }
  };
  const next = async () => {
    // Advance past the current slot and through any empty ones.
    for (;;) {
      finish();
      index += 1;
      slot = index < slots.count;
      if (!slot) return;
      hasher?.init();
      remaining = slots.size(index);
      position = 0;
      const opened = ahead.take(index);
      if (opened !== undefined) {
        fd = await opened.fd;
        modes.apply(fd, opened.mode);
      }
      if (remaining > 0) return;
    }
  };

  try {
    // Taken before anything is awaited: a source that fails meanwhile fails the stream, whose
    // error the loop below throws (an errored stream throws when iterated).
    const stream =
      typeof source === 'string' ? decompressFile(codec, source) : decompressStream(source, codec);
    if (stream instanceof Readable) stream.on('error', () => {});
    try {
      await next();
    } catch (error) {
      if (stream instanceof Readable) stream.destroy();
      throw error;
    }
    // Each piece is used up (hashed or copied for the worker, written or copied) before the
    // next is asked for.
    for await (const raw of stream) {
      const chunk = raw as Buffer;
      let offset = 0;
      while (offset < chunk.length) {
        if (!slot) throw new CorruptEntryError('archive has more data than its record');
        const take = Math.min(remaining, chunk.length - offset);
        const part = chunk.subarray(offset, offset + take);
        if (pieces) {
          const room = pieces.update(index, part);
          if (room) await room;
        } else hasher!.update(part);
        // Synchronous: into the page cache this costs less than handing each piece to
        // another thread, and the decompressor runs in its own process meanwhile.
        if (fd !== undefined) {
          // A write may take less than it was given (a disk filling up): the rest follows.
          for (let done = 0; done < take; ) {
            done += writeSync(fd, part, done, take - done, position + done);
          }
          position += take;
        } else if (!slots.inPlace(index)) logChunks.push(Buffer.from(part));
        offset += take;
        remaining -= take;
        if (remaining === 0) await next();
      }
      if (pieces?.failed) throw pieces.failed;
    }
    if (slot) throw new CorruptEntryError('archive ends before its record does');
    await pieces?.finish();
  } finally {
    if (fd !== undefined) closeSync(fd);
    await ahead.closeRest();
    pieces?.release();
  }
  return Buffer.concat(logChunks);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks that every output can be placed without leaving the workspace, before anything is
 * moved: no directory on the way is a link (a restore never writes through a link that was in
 * the workspace before it), nothing is in the way, and every restored link's target stays
 * inside when walked on disk — through no other link, restored or already there, and into no
 * `.git` directory.
 */
/**
 * What checkDestinations found on disk, for the caller's reuse (outputsInPlace): what each path
 * it looked up was, and the directories found below a missing one, whose outputs it did not
 * look up: nothing is there.
 */
export class SeenDestinations {
  readonly stats = new Map<string, Stats | null>();
  readonly absentDirs = new Set<string>();

  /** What is at `relative` (null: nothing), or undefined when it was not looked up. */
  get(relative: string): Stats | null | undefined {
    const stats = this.stats.get(relative);
    if (stats !== undefined || this.absentDirs.size === 0) return stats;
    return this.absentDirs.has(relative.slice(0, Math.max(0, relative.lastIndexOf('/'))))
      ? null
      : undefined;
  }
}

export function checkDestinations(
  record: RestoredRecord,
  workspace: string,
  options: {
    externalLinks?: boolean;
    /** Filled with what was found, for the caller's reuse. */
    seen?: SeenDestinations;
  } = {},
): void {
  // What each workspace-relative path is on disk, looked up once: outputs share directories.
  const kinds = new Map<string, 'dir' | 'link' | 'other' | 'none'>();
  // The record's paths are checked normalized and relative (checkRecord): joined by hand.
  const prefix = workspace.endsWith(path.sep) ? workspace : workspace + path.sep;
  const kindOf = (relative: string): 'dir' | 'link' | 'other' | 'none' => {
    let kind = kinds.get(relative);
    if (kind === undefined) {
      const stats = lstatSync(prefix + relative, { throwIfNoEntry: false });
      witnessStat(prefix + relative, false, stats);
      options.seen?.stats.set(relative, stats ?? null);
      kind = !stats
        ? 'none'
        : stats.isSymbolicLink()
          ? 'link'
          : stats.isDirectory()
            ? 'dir'
            : 'other';
      kinds.set(relative, kind);
    }
    return kind;
  };
  /**
   * Whether one of `item`'s parents is missing (the restore creates it, and nothing below it
   * exists); throws when one is a link or not a directory.
   */
  const parentMissing = (item: string): boolean => {
    for (const dir of parents(item)) {
      const kind = kindOf(dir);
      if (kind === 'none') return true;
      if (kind === 'link') {
        throw new CorruptEntryError(`output ${item} would be written through the link ${dir}`);
      }
      if (kind === 'other') {
        throw new CorruptEntryError(
          `output ${item} cannot be placed: a file is where its directory would be`,
        );
      }
    }
    return false;
  };
  const links = new Set<string>();
  for (const item of record.outputs) if (item.kind === 'link') links.add(item.path);
  // The directory whose parents were checked last: outputs are sorted, so most share it.
  let checkedDir: string | undefined;
  let missing = false;
  for (const item of record.outputs) {
    const dir = item.path.slice(0, Math.max(0, item.path.lastIndexOf('/')));
    if (dir !== checkedDir) {
      missing = parentMissing(item.path);
      checkedDir = dir;
      if (missing) options.seen?.absentDirs.add(dir);
    }
    // Below a missing directory nothing exists: not looked up, one lstat per output saved.
    if (!missing && kindOf(item.path) === 'dir') {
      throw new CorruptEntryError(`output ${item.path} is a directory in the workspace`);
    }
    if (item.kind !== 'link') continue;
    if (item.external) {
      // Placed as it was recorded, for a task that accepts links leaving the workspace.
      if (options.externalLinks) continue;
      throw new CorruptEntryError(
        `symlink ${item.path} points outside the workspace and the task does not set allow-external-links`,
      );
    }
    const walked = linkWalk(item.path, item.target);
    if (walked === undefined || walked.length === 0 || walked.at(-1) === '') {
      throw new CorruptEntryError(`symlink ${item.path} points outside the workspace`);
    }
    for (const [index, step] of walked.entries()) {
      if (step.split('/').some(isReservedName)) {
        throw new CorruptEntryError(`symlink ${item.path} points into ${step}`);
      }
      // The last step is what the link names; the ones before are walked through.
      if (index === walked.length - 1) break;
      if (step !== '' && (links.has(step) || kindOf(step) === 'link')) {
        throw new CorruptEntryError(`symlink ${item.path} resolves through the link ${step}`);
      }
    }
  }
}

/** The directories above a workspace-relative path, outermost first. */
function parents(relative: string): string[] {
  const dirs: string[] = [];
  for (let slash = relative.indexOf('/'); slash !== -1; slash = relative.indexOf('/', slash + 1)) {
    dirs.push(relative.slice(0, slash));
  }
  return dirs;
}

/** Whether anything (a dangling link included) is at `file`; false below a non-directory. */
function exists(file: string): boolean {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** Staging directories are named so; the walk never enters them and no output may be one. */
const STAGING_PREFIX = '.taskcache-tmp-';
/**
 * Written into the staging directory before the first output is moved and removed after the
 * last: while it is there, the workspace may hold old and new outputs mixed. Its name can
 * never be an output's (staging names are reserved).
 */
const IN_PROGRESS = `${STAGING_PREFIX}restoring`;

/**
 * Moves staged, verified outputs into the workspace and removes the staging directory. A
 * directory the workspace does not have yet is moved whole, in one rename. `remove` lists
 * workspace files to delete first (outputs of an earlier run the entry does not have). A run
 * killed meanwhile leaves the in-progress list behind, and the next run's recoverInterrupted
 * removes what it names: outputs are then all old, all new, or absent — never mixed.
 */
export function placeOutputs(
  record: RestoredRecord,
  staged: StagedEntry,
  workspace: string,
  remove: readonly string[] = [],
): void {
  // Relative directories: whether the workspace had them before anything was moved.
  const present = new Map<string, boolean>();
  const moved = new Set<string>();
  /** What placing `file` moves: the highest of its directories the workspace lacks, or itself. */
  const unit = (file: string): string => {
    for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1)) {
      const dir = file.slice(0, slash);
      let there = present.get(dir);
      if (there === undefined) {
        there = exists(path.join(workspace, dir));
        present.set(dir, there);
      }
      if (!there) return dir;
    }
    return file;
  };
  const marker = path.join(staged.dir, IN_PROGRESS);
  const placed: string[] = [];
  const inPlace = staged.inPlace ?? new Set<string>();
  const moving = record.outputs.filter((item) => !inPlace.has(item.path));
  // Every output in place, nothing to remove: nothing was staged and nothing moves.
  if (moving.length === 0 && remove.length === 0) return;
  if (moving.length === 0) mkdirSync(staged.dir);
  try {
    writeFileSync(marker, JSON.stringify([...moving.map((item) => item.path), ...remove]));
    for (const file of remove) rmSync(path.join(workspace, file), { force: true });
    for (const item of moving) {
      const what = unit(item.path);
      if (moved.has(what)) continue;
      renameSync(path.join(staged.dir, what), path.join(workspace, what));
      placed.push(what);
      if (what !== item.path) moved.add(what);
    }
    rmSync(marker);
  } finally {
    // After a failed move, what was not moved keeps the staging directory from being empty.
    if (!removeEmptyParents(staged.dir, placed)) {
      rmSync(staged.dir, { recursive: true, force: true });
    }
  }
}

/** Staging directories left by runs that are gone are removed once per process and workspace. */
const recovered = new Set<string>();
/** A staging directory whose process still runs is another run's, unless it is this old. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Repairs what runs killed during a restore left in `workspace`: the outputs an interrupted
 * placement named are removed (they may be old and new mixed; the task then restores or runs
 * again), and stale staging directories are deleted. Returns the outputs removed.
 */
export function recoverInterrupted(workspace: string): string[] {
  if (recovered.has(workspace)) return [];
  recovered.add(workspace);
  let names: string[];
  try {
    names = readdirSync(workspace).filter((name) => name.startsWith(STAGING_PREFIX));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const dir = path.join(workspace, name);
    const pid = Number(/^\.taskcache-tmp-(\d+)\./.exec(name)?.[1]);
    const stats = lstatSync(dir, { throwIfNoEntry: false });
    if (!stats?.isDirectory()) continue;
    const old = Date.now() - stats.mtimeMs > STALE_MS;
    if (pid !== process.pid && isRunning(pid) && !old) continue;
    let named: unknown;
    try {
      named = JSON.parse(readFileSync(path.join(dir, IN_PROGRESS), 'utf8'));
    } catch {
      named = [];
    }
    if (Array.isArray(named)) {
      for (const file of named) {
        if (typeof file !== 'string' || !isSafeRelativePath(file)) continue;
        // Never through a link: only paths whose every directory is a real one.
        if (parents(file).some((dir) => !isPlainDirectory(path.join(workspace, dir)))) continue;
        const target = path.join(workspace, file);
        if (exists(target)) {
          rmSync(target, { recursive: true, force: true });
          removed.push(file);
        }
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPlainDirectory(dir: string): boolean {
  return lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() === true;
}

/**
 * Removes `root`, once all it held was moved out: the staged parents of what was moved are
 * left, empty, and a few rmdir calls remove them (a recursive removal lists and stats each).
 * False if anything is left, for the caller to remove recursively.
 */
function removeEmptyParents(root: string, moved: readonly string[]): boolean {
  const dirs = new Set<string>();
  for (const item of moved) {
    for (let slash = item.lastIndexOf('/'); slash > 0; slash = item.lastIndexOf('/', slash - 1)) {
      dirs.add(item.slice(0, slash));
    }
  }
  try {
    // A directory's path is longer than its parent's: children go first.
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
      rmdirSync(path.join(root, dir));
    }
    rmdirSync(root);
    return true;
  } catch {
    return false;
  }
}
