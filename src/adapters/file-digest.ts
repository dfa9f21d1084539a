// Hashing many files fast: each file is read once into a reused buffer, and large sets are
// spread over worker threads. The digest is always BLAKE3 of the content, whichever path
// computes it.

import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Digest } from '../core/digest.js';
import type { Blake3Backend, Hasher } from './blake3.js';

/** Files up to this size are hashed in one call; bigger ones in chunks. */
const WHOLE = 8 * 1024 * 1024;
const CHUNK = 1024 * 1024;

export interface FileToHash {
  readonly absolute: string;
  readonly size: number;
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

  digest(file: FileToHash): Digest {
    const fd = openSync(file.absolute, 'r');
    try {
      if (file.size > WHOLE) return this.streamed(fd);
      // Read until the end, not just the listed size: the file may have grown since.
      let length = 0;
      for (;;) {
        if (length === this.buffer.length) {
          const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, file.size + 1));
          this.buffer.copy(bigger, 0, 0, length);
          this.buffer = bigger;
        }
        const read = readSync(fd, this.buffer, length, this.buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      return this.backend.hash(this.buffer.subarray(0, length));
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

export interface HashRequest {
  readonly id: number;
  readonly files: readonly FileToHash[];
}

export interface HashResponse {
  readonly id: number;
  readonly digests?: Digest[];
  readonly error?: string;
}

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_MIN_FILES = 1000;
const BATCH = 256;

/** Where the bundled worker entry is, relative to the module that holds this code. */
function workerFile(): string | undefined {
  for (const candidate of [
    './hash-worker.js',
    './chunks/hash-worker.js',
    '../chunks/hash-worker.js',
  ]) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}

/**
 * Digests of `files`, in order. Large sets go to worker threads (one per core, at most 4);
 * small ones, or a run without the bundled worker, are hashed here.
 */
export async function hashFiles(
  files: readonly FileToHash[],
  backend: Blake3Backend,
  options: { threads?: number } = {},
): Promise<Digest[]> {
  const threads = options.threads ?? Math.min(4, availableParallelism());
  const script = workerFile();
  const parallel = files.length >= PARALLEL_MIN_FILES && threads >= 2 && script !== undefined;
  if (process.env.TASKCACHE_DEBUG) {
    process.stderr.write(
      `taskcache: debug: hashing ${files.length} files with ${backend.name} BLAKE3 on ${parallel ? threads : 1} thread(s)\n`,
    );
  }
  if (!parallel) {
    const hasher = await FileHasher.create(backend);
    return files.map((file) => hasher.digest(file));
  }
  const digests: Digest[] = new Array(files.length);
  const workers = Array.from({ length: threads }, () => new Worker(script));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const send = () => {
              if (next >= files.length) {
                resolve();
                return;
              }
              current = next;
              next += BATCH;
              const request: HashRequest = {
                id: current,
                files: files.slice(current, current + BATCH),
              };
              worker.postMessage(request);
            };
            worker.on('message', (response: HashResponse) => {
              if (response.error !== undefined || !response.digests) {
                reject(new Error(response.error ?? 'hash worker sent no digests'));
                return;
              }
              response.digests.forEach((digest, i) => {
                digests[current + i] = digest;
              });
              send();
            });
            worker.on('error', reject);
            // After the work is done, exits come from terminate() and no longer matter.
            worker.on('exit', (code) => reject(new Error(`hash worker exited with code ${code}`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return digests;
}
