// A pool of worker threads that hash files. Workers start on the first request, so a pool can
// be handed down to code that may or may not have enough work to need it.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Digest } from '../core/digest.js';
import type { HashedFile } from './file-digest.js';

export interface WorkerRequest {
  readonly id: number;
  /** Absolute paths. */
  readonly files: readonly string[];
}

export interface WorkerResponse {
  readonly id: number;
  /** Per file, its digest, or null when it no longer exists. */
  readonly digests?: Array<Digest | null>;
  /** Per file: size, mode, mtime, ctime and inode, from the open file. */
  readonly stats?: Float64Array;
  readonly error?: string;
}

const STAT_FIELDS = 5;

/** A worker's answer: digests, and the stats packed into one transferable array. */
export function packResponse(id: number, files: ReadonlyArray<HashedFile | undefined>) {
  const stats = new Float64Array(files.length * STAT_FIELDS);
  files.forEach((file, i) => {
    const stat = file?.stat;
    if (stat)
      stats.set([stat.size, stat.mode, stat.mtimeMs, stat.ctimeMs, stat.ino], i * STAT_FIELDS);
  });
  const response: WorkerResponse = {
    id,
    digests: files.map((file) => file?.digest ?? null),
    stats,
  };
  return { response, transfer: [stats.buffer as ArrayBuffer] };
}

function unpack(response: WorkerResponse): Array<HashedFile | undefined> {
  const { digests, stats } = response;
  if (!digests || !stats) throw new Error('hash worker sent no digests');
  return digests.map((digest, i) => {
    if (digest === null) return undefined;
    const at = i * STAT_FIELDS;
    const [size, mode, mtimeMs, ctimeMs, ino] = stats.subarray(at, at + STAT_FIELDS);
    return {
      digest,
      stat: { size: size!, mode: mode!, mtimeMs: mtimeMs!, ctimeMs: ctimeMs!, ino: ino! },
    };
  });
}

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

/** Requests a worker holds at once: one running, one waiting in its message queue. */
const IN_FLIGHT = 2;

interface Slot {
  readonly worker: Worker;
  busy: number;
}

export class WorkerPool {
  private slots: Slot[] | undefined;
  private readonly queue: Array<{
    request: WorkerRequest;
    resolve: (response: WorkerResponse) => void;
    reject: (error: Error) => void;
  }> = [];
  private readonly pending = new Map<
    number,
    { slot: Slot; resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }
  >();
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

  /** The digests and stats of `files` (absolute paths), in order, from the next free worker. */
  hash(files: readonly string[]): Promise<Array<HashedFile | undefined>> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, files }, resolve, reject });
      this.dispatch();
    }).then(unpack);
  }

  /**
   * Hashes the oldest request no worker has taken yet on the calling thread, with `hash`;
   * whether there was one. Lets a thread that would only wait take part.
   */
  helpWith(hash: (file: string) => HashedFile | undefined): boolean {
    const job = this.queue.shift();
    if (!job) return false;
    try {
      const { response } = packResponse(job.request.id, job.request.files.map(hash));
      job.resolve(response);
    } catch (error) {
      job.reject(error as Error);
    }
    return true;
  }

  private start(): Slot[] {
    // Loaded here: most runs never start a worker.
    const threads = createRequire(import.meta.url)(
      'node:worker_threads',
    ) as typeof import('node:worker_threads');
    this.slots = Array.from({ length: this.threads }, () => {
      const slot: Slot = { worker: new threads.Worker(this.script), busy: 0 };
      slot.worker.on('message', (response: WorkerResponse) => this.settle(slot, response));
      slot.worker.on('error', (error) => this.fail(slot, error));
      slot.worker.on('exit', (code) => {
        if (!this.closed) this.fail(slot, new Error(`worker thread exited with code ${code}`));
      });
      return slot;
    });
    return this.slots;
  }

  private dispatch(): void {
    const slots = this.slots ?? this.start();
    while (this.queue.length > 0) {
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (slot.busy >= IN_FLIGHT) return;
      const job = this.queue.shift()!;
      slot.busy++;
      this.pending.set(job.request.id, { slot, resolve: job.resolve, reject: job.reject });
      slot.worker.postMessage(job.request);
    }
  }

  private settle(slot: Slot, response: WorkerResponse): void {
    const job = this.pending.get(response.id);
    if (!job) return;
    this.pending.delete(response.id);
    slot.busy--;
    if (response.error !== undefined) job.reject(new Error(response.error));
    else job.resolve(response);
    this.dispatch();
  }

  /** A worker that fails takes its requests down, and every later one: the caller's run fails. */
  private fail(slot: Slot, error: Error): void {
    for (const [id, job] of this.pending) {
      if (job.slot !== slot) continue;
      this.pending.delete(id);
      job.reject(error);
    }
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(error);
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots ?? [];
    this.slots = undefined;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
