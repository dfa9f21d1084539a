// Entry archives: writing output files and the log into one compressed stream, and
// restoring from one without ever placing an unverified byte. Restore stages every file
// beside the workspace, checks every digest, and only then moves the files into place.

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  fchmodSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  write,
} from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Digest } from '../core/digest.js';
import type { Codec, EntryRecord, OutputItem } from '../core/entry.js';
import { isAbsoluteAnywhere, linkStaysInside } from '../core/paths.js';
import { compressToFile, decompressor } from './codec.js';
import { fileBackend, isExecutable, type ListedFile } from './files.js';

/** A problem with the bytes of an entry: always a miss, never a partial restore. */
export class CorruptEntryError extends Error {
  override readonly name = 'CorruptEntryError';
}

const READ_WHOLE = 8 * 1024 * 1024;

export interface WrittenArchive {
  readonly outputs: OutputItem[];
  readonly log: { size: number; digest: Digest };
  readonly skipped: string[];
}

/**
 * Writes the outputs' contents and the log to `dest`. Each file is read once: the bytes
 * hashed are the bytes stored. Symlinks are recorded by target; one that leaves the
 * workspace is skipped and reported.
 */
/** What writing an output needs to know of a listed file. */
export type OutputSource = Pick<ListedFile, 'path' | 'absolute' | 'size' | 'mode' | 'symlink'>;

export async function writeArchive(options: {
  files: readonly OutputSource[];
  workspace: string;
  log: Buffer;
  codec: Codec;
  dest: string;
}): Promise<WrittenArchive> {
  const outputs: OutputItem[] = [];
  const skipped: string[] = [];
  const backend = await fileBackend();
  const hasher = await backend.createHasher();
  async function* contents(): AsyncGenerator<Buffer> {
    for (const file of options.files) {
      if (file.symlink) {
        const target = linkTarget(options.workspace, file);
        if (target === undefined) skipped.push(file.path);
        else outputs.push({ kind: 'link', path: file.path, target });
        continue;
      }
      hasher.init();
      let size = 0;
      if (file.size <= READ_WHOLE) {
        const data = readFileSync(file.absolute);
        hasher.update(data);
        size = data.length;
        yield data;
      } else {
        for await (const chunk of createReadStream(file.absolute, { highWaterMark: 1 << 20 })) {
          hasher.update(chunk as Buffer);
          size += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
      }
      outputs.push({
        kind: 'file',
        path: file.path,
        executable: isExecutable(file.mode),
        size,
        digest: hasher.digest(),
      });
    }
    yield options.log;
  }
  const sink = compressToFile(options.codec, options.dest);
  await Promise.all([pipeline(batched(contents()), sink.input), sink.done]);
  return { outputs, log: { size: options.log.length, digest: backend.hash(options.log) }, skipped };
}

/** Joins small buffers into writes of about BATCH bytes: thousands of small writes to a pipe cost more than the copy. */
async function* batched(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const BATCH = 4 * 1024 * 1024;
  let pending: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of source) {
    pending.push(chunk);
    bytes += chunk.length;
    if (bytes >= BATCH) {
      yield pending.length === 1 ? pending[0]! : Buffer.concat(pending, bytes);
      pending = [];
      bytes = 0;
    }
  }
  if (bytes > 0) yield Buffer.concat(pending, bytes);
}

/** A link's target as stored: relative, and inside the workspace, or undefined. */
function linkTarget(workspace: string, file: OutputSource): string | undefined {
  let target = readlinkSync(file.absolute);
  if (path.isAbsolute(target)) {
    const relative = path.relative(path.dirname(file.absolute), target);
    if (isAbsoluteAnywhere(relative)) return undefined;
    const inside = path.relative(workspace, target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
    target = relative;
  }
  target = target.split(path.sep).join('/');
  return linkStaysInside(file.path, target) ? target : undefined;
}

interface Slot {
  readonly size: number;
  readonly digest: Digest;
  /** Staging file, or undefined for the log. */
  readonly file: string | undefined;
  /** The file's mode, set when it is created. */
  readonly mode: number;
  readonly label: string;
}

export interface StagedEntry {
  readonly dir: string;
  readonly log: Buffer;
}

/**
 * Decompresses `source` into a fresh staging directory inside `workspace`, checking each
 * file and the log against the record. Throws CorruptEntryError (and removes the staging
 * directory) on any mismatch, short or excess data.
 */
export async function stageArchive(
  source: Readable,
  record: EntryRecord,
  workspace: string,
): Promise<StagedEntry> {
  const dir = path.join(workspace, `.taskcache-tmp-${randomBytes(6).toString('hex')}`);
  mkdirSync(dir);
  try {
    const slots: Slot[] = [];
    record.outputs.forEach((item, index) => {
      if (item.kind === 'file') {
        slots.push({
          size: item.size,
          digest: item.digest,
          file: path.join(dir, String(index)),
          mode: item.executable ? 0o755 : 0o644,
          label: item.path,
        });
      }
    });
    slots.push({
      size: record.log.size,
      digest: record.log.digest,
      file: undefined,
      mode: 0,
      label: 'the log',
    });
    const log = await fillSlots(source, record.archive.codec, slots);
    return { dir, log };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error instanceof CorruptEntryError ? error : new CorruptEntryError(messageOf(error));
  }
}

/**
 * Writes run on libuv's thread pool while this thread hashes and the decompressor keeps
 * going; at most this many bytes are in flight.
 */
const WRITE_AHEAD = 32 * 1024 * 1024;

/** Positional writes into files opened here, in flight at once, closed when done. */
class Writes {
  private readonly pending: { done: Promise<void>; bytes: number }[] = [];
  private bytes = 0;
  private readonly open = new Map<number, Promise<void>[]>();

  async write(fd: number, data: Buffer, position: number): Promise<void> {
    const done = new Promise<void>((resolve, reject) => {
      write(fd, data, 0, data.length, position, (error) => (error ? reject(error) : resolve()));
    });
    // Settled errors surface through drain(); keep an unobserved rejection from crashing.
    done.catch(() => {});
    this.pending.push({ done, bytes: data.length });
    this.open.get(fd)?.push(done) ?? this.open.set(fd, [done]);
    this.bytes += data.length;
    while (this.bytes > WRITE_AHEAD) {
      const oldest = this.pending.shift()!;
      await oldest.done;
      this.bytes -= oldest.bytes;
    }
  }

  /** Closes `fd` once its writes are done. */
  close(fd: number): void {
    const writes = this.open.get(fd) ?? [];
    this.open.delete(fd);
    const closed = Promise.all(writes).then(
      () => closeSync(fd),
      (error) => {
        closeSync(fd);
        throw error;
      },
    );
    closed.catch(() => {});
    this.pending.push({ done: closed, bytes: 0 });
  }

  async drain(): Promise<void> {
    const all = this.pending.splice(0);
    this.bytes = 0;
    await Promise.all(all.map((p) => p.done));
  }
}

async function fillSlots(source: Readable, codec: Codec, slots: readonly Slot[]): Promise<Buffer> {
  const hasher = await (await fileBackend()).createHasher();
  const writes = new Writes();
  const logChunks: Buffer[] = [];
  let index = -1;
  let slot: Slot | undefined;
  let remaining = 0;
  let position = 0;
  let fd: number | undefined;

  const finish = () => {
    if (!slot) return;
    if (fd !== undefined) writes.close(fd);
    fd = undefined;
    if (hasher.digest() !== slot.digest) {
      throw new CorruptEntryError(`content of ${slot.label} does not match its digest`);
    }
  };
  const next = () => {
    // Advance past the current slot and through any empty ones.
    for (;;) {
      finish();
      index += 1;
      slot = slots[index];
      if (!slot) return;
      hasher.init();
      remaining = slot.size;
      position = 0;
      if (slot.file !== undefined) {
        fd = openSync(slot.file, 'wx', slot.mode);
        // The umask may have taken bits away; outputs get exactly their recorded bits.
        if (process.platform !== 'win32') fchmodSync(fd, slot.mode);
      }
      if (remaining > 0) return;
    }
  };

  let failed = false;
  try {
    next();
    const stream = source.pipe(decompressor(codec));
    source.on('error', (error) => stream.destroy(error));
    for await (const raw of stream) {
      const chunk = raw as Buffer;
      let offset = 0;
      while (offset < chunk.length) {
        if (!slot) throw new CorruptEntryError('archive has more data than its record');
        const take = Math.min(remaining, chunk.length - offset);
        const part = chunk.subarray(offset, offset + take);
        hasher.update(part);
        if (fd !== undefined) {
          await writes.write(fd, part, position);
          position += take;
        } else {
          logChunks.push(Buffer.from(part));
        }
        offset += take;
        remaining -= take;
        if (remaining === 0) next();
      }
    }
    if (slot) throw new CorruptEntryError('archive ends before its record does');
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    if (fd !== undefined) writes.close(fd);
    // Every file is complete (or closed) before anyone reads or removes the staging dir; the
    // first error is the one reported.
    const drained = writes.drain();
    if (failed) await drained.catch(() => {});
    else await drained;
  }
  return Buffer.concat(logChunks);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks that every output can be placed without leaving the workspace (no parent that is a
 * symlink out of it, no directory in the way). Run before anything is moved.
 */
export function checkDestinations(record: EntryRecord, workspace: string): void {
  const root = realpathSync(workspace);
  // Outputs share directories: each directory is resolved once.
  const checked = new Map<string, boolean>();
  const inside = (dir: string): boolean => {
    const known = checked.get(dir);
    if (known !== undefined) return known;
    let result: boolean;
    try {
      const real = realpathSync(dir);
      result = real === root || real.startsWith(root + path.sep);
    } catch {
      // Not there yet: it will be created below its nearest existing ancestor.
      result = dir === path.dirname(dir) ? false : inside(path.dirname(dir));
    }
    checked.set(dir, result);
    return result;
  };
  for (const item of record.outputs) {
    const dest = path.join(root, item.path);
    if (!inside(path.dirname(dest))) {
      throw new CorruptEntryError(`output ${item.path} would be written outside the workspace`);
    }
    try {
      if (lstatSync(dest).isDirectory()) {
        throw new CorruptEntryError(`output ${item.path} is a directory in the workspace`);
      }
    } catch (error) {
      if (error instanceof CorruptEntryError) throw error;
    }
  }
}

/** Moves staged, verified outputs into the workspace and removes the staging directory. */
export function placeOutputs(record: EntryRecord, staged: StagedEntry, workspace: string): void {
  const made = new Set<string>();
  try {
    record.outputs.forEach((item, index) => {
      const dest = path.join(workspace, item.path);
      const dir = path.dirname(dest);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      const staging = path.join(staged.dir, String(index));
      if (item.kind === 'link') symlinkSync(item.target, staging);
      renameSync(staging, dest);
    });
  } finally {
    rmSync(staged.dir, { recursive: true, force: true });
  }
}
