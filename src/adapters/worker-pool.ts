// A pool of worker threads that hash files. Workers start on the first request, so a pool can
// be handed down to code that may or may not have enough work to need it.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Digest } from '../core/digest.js';
import type { HashedFile } from './file-digest.js';
import { workerThreads } from './lazy-builtins.js';

export interface WorkerRequest {
  readonly id: number;
  /** The absolute directory `files` are relative to. */
  readonly root: string;
  /** POSIX paths relative to `root`. */
  readonly files: readonly string[];
  /** One word of shared memory, 0 until a thread claims the request (see claim()). */
  readonly claim: Int32Array;
}

/** A file's absolute path from its root and its POSIX path below it. */
export function inRoot(root: string, file: string): string {
  return `${root}${sep}${file}`;
}

/** Takes a request for the calling thread; false when another thread already has. */
export function claim(request: WorkerRequest): boolean {
  return Atomics.compareExchange(request.claim, 0, 0, 1) === 0;
}

/** Digests and stats of a batch of files, in the batch's order. */
export interface HashedBatch {
  /** Per file, its digest, or null when it no longer exists. */
  readonly digests: Array<Digest | null>;
  /** Per file STAT_FIELDS numbers: size, mode, mtime, ctime and inode, from the open file. */
  readonly stats: Float64Array;
}

export interface WorkerResponse extends Partial<HashedBatch> {
  readonly id: number;
  readonly error?: string;
}

export const STAT_FIELDS = 5;

/** Hashed files as one batch: digests, and the stats packed into one transferable array. */
export function packBatch(files: ReadonlyArray<HashedFile | undefined>): HashedBatch {
  const stats = new Float64Array(files.length * STAT_FIELDS);
  files.forEach((file, i) => {
    const stat = file?.stat;
    if (stat)
      stats.set([stat.size, stat.mode, stat.mtimeMs, stat.ctimeMs, stat.ino], i * STAT_FIELDS);
  });
  return { digests: files.map((file) => file?.digest ?? null), stats };
}

function unpack(response: WorkerResponse): HashedBatch {
  const { digests, stats } = response;
  if (!digests || !stats) throw new Error('hash worker sent no digests');
  return { digests, stats };
}

/** Where the bundled worker entry is, relative to the module that holds this code. */
export function workerFile(): string | undefined {
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

interface Job {
  readonly request: WorkerRequest;
  readonly resolve: (response: WorkerResponse) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Every request goes to every worker at once, with a claim word in shared memory: the first
 * thread to set it hashes the batch, the others skip it. So a worker never waits for the
 * thread that feeds it (which may be busy walking and not read answers for a while), and a
 * thread with nothing else to do takes the newest batches no one has started, from the back.
 */
export class WorkerPool {
  private workers: Worker[] | undefined;
  /** Requests sent and not answered, oldest first. */
  private readonly pending = new Map<number, Job>();
  /** Requests perhaps not claimed yet, oldest first; helpWith() takes from the back. */
  private readonly unclaimed: Job[] = [];
  private nextId = 0;
  private closed = false;

  private constructor(
    private readonly script: string,
    readonly threads: number,
  ) {}

  /**
   * A pool of one worker per core but the caller's (at most 3 in all), which is expected to
   * take part through helpWith() once it has nothing else to do; or none where threads would
   * not help: one core, or a run from the sources without the bundled worker entry.
   */
  static create(threads = Math.min(4, availableParallelism()) - 1): WorkerPool | undefined {
    const script = workerFile();
    if (script === undefined || threads < 1) return undefined;
    return new WorkerPool(script, threads);
  }

  /** The digests and stats of `files` (POSIX, below `root`), in order, from whichever thread. */
  hash(root: string, files: readonly string[]): Promise<HashedBatch> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    const workers = this.workers ?? this.start();
    return new Promise<WorkerResponse>((resolve, reject) => {
      const request: WorkerRequest = {
        id: this.nextId++,
        root,
        files,
        claim: new Int32Array(new SharedArrayBuffer(4)),
      };
      const job = { request, resolve, reject };
      this.pending.set(request.id, job);
      this.unclaimed.push(job);
      for (const worker of workers) worker.postMessage(request);
    }).then(unpack);
  }

  /**
   * Claims the newest request no thread has started and hashes it on the calling thread with
   * `hash` (given absolute paths); whether there was one. Lets a thread that would only wait
   * take part.
   */
  helpWith(hash: (absolute: string) => HashedFile | undefined): boolean {
    for (let job = this.unclaimed.pop(); job !== undefined; job = this.unclaimed.pop()) {
      if (!claim(job.request)) continue;
      this.pending.delete(job.request.id);
      try {
        const { id, root, files } = job.request;
        job.resolve({ id, ...packBatch(files.map((file) => hash(inRoot(root, file)))) });
      } catch (error) {
        job.reject(error as Error);
      }
      return true;
    }
    return false;
  }

  private start(): Worker[] {
    this.workers = Array.from({ length: this.threads }, () => {
      const worker = new (workerThreads().Worker)(this.script);
      worker.on('message', (response: WorkerResponse) => this.settle(response));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`worker thread exited with code ${code}`));
      });
      return worker;
    });
    return this.workers;
  }

  private settle(response: WorkerResponse): void {
    const job = this.pending.get(response.id);
    if (!job) return;
    this.pending.delete(response.id);
    if (response.error !== undefined) job.reject(new Error(response.error));
    else job.resolve(response);
  }

  /**
   * A worker that fails takes every request not answered yet down, and every later one: the
   * caller's run fails.
   */
  private fail(error: Error): void {
    this.closed = true;
    this.unclaimed.length = 0;
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers ?? [];
    this.workers = undefined;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
