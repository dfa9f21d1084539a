// Hashing files fast: each file is opened once, stat-ed through its descriptor and read into a
// reused buffer, on this thread or on a worker of the pool. The digest is always BLAKE3 of the
// content, whichever path computes it.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Digest } from '../core/digest.js';
import type { Blake3Backend, Hasher } from './blake3.js';

/** Files up to this size are hashed in one call; bigger ones in chunks. */
const WHOLE = 1024 * 1024;
const CHUNK = 1024 * 1024;

/** What a file's stat says, as the stat cache keeps it. */
export interface StatNumbers {
  readonly size: number;
  readonly mode: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

/** A file's digest and its stat, taken from the open file before it was read. */
export interface HashedFile {
  readonly digest: Digest;
  readonly stat: StatNumbers;
}

/** Reads and hashes files one after another, reusing one buffer and one hasher. */
export class FileHasher {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  private constructor(
    private readonly backend: Blake3Backend,
    private readonly hasher: Hasher,
  ) {}

  static async create(backend: Blake3Backend): Promise<FileHasher> {
    return new FileHasher(backend, await backend.createHasher());
  }

  /** The file's digest and stat, or nothing when it no longer exists. */
  hash(absolute: string): HashedFile | undefined {
    let fd: number;
    try {
      fd = openSync(absolute, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const { size, mode, mtimeMs, ctimeMs, ino } = fstatSync(fd);
      const stat = { size, mode, mtimeMs, ctimeMs, ino };
      if (size > WHOLE) return { digest: this.streamed(fd), stat };
      if (this.buffer.length <= size) this.buffer = Buffer.allocUnsafe(size + 1 + (size >> 3));
      // Read to the end, not just the stat's size, since the file may have grown; a short read
      // once the stat's size is reached is the end, which saves a read per file.
      let length = 0;
      for (;;) {
        if (length === this.buffer.length) {
          const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
          this.buffer.copy(bigger, 0, 0, length);
          this.buffer = bigger;
        }
        const wanted = this.buffer.length - length;
        const read = readSync(fd, this.buffer, length, wanted, null);
        length += read;
        if (read === 0 || (read < wanted && length >= size)) break;
      }
      return { digest: this.backend.hash(this.buffer.subarray(0, length)), stat };
    } finally {
      closeSync(fd);
    }
  }

  private streamed(fd: number): Digest {
    const hasher = this.hasher;
    hasher.init();
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      hasher.update(chunk.subarray(0, read));
    }
    return hasher.digest();
  }
}
