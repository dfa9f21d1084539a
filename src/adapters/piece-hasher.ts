// Verifying a restore's bytes on a second thread: the restore copies each piece it stages into
// a ring of shared memory and goes on decompressing and writing, while a hash worker hashes the
// ring's pieces in order and answers with each slot's digest. The bytes in flight are bounded by
// the ring: a restore that gets ahead of the worker waits for room. Nothing is placed until every
// digest came back and matched (archive.ts).

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { debug } from './debug.js';
import { workerThreads } from './lazy-builtins.js';
import { workerFile } from './worker-pool.js';

/** What the worker is sent: its ring, once, then segments of it to hash. */
export type PieceMessage =
  | { readonly kind: 'ring'; readonly ring: SharedArrayBuffer }
  | {
      readonly kind: 'pieces';
      /** Per segment: slot, start in the ring, length, 1 when the slot ends there (else 0). */
      readonly segments: Int32Array;
    };

/** The worker's answer to each PieceMessage of segments. */
export interface HashedPieces {
  /** Bytes of the ring hashed (free again). */
  readonly bytes: number;
  /** Slot, digest, for each slot that ended. */
  readonly digests: ReadonlyArray<number | string>;
}

/** The most bytes handed to the worker and not hashed yet. */
export const RING_BYTES = 8 * 1024 * 1024;
/** Segments are sent at least this often (in bytes), so the worker starts early. */
const SEND_BYTES = 1024 * 1024;

/** How restores hash: settable for tests (a bundled worker script, a smaller threshold). */
export const pieceHashing: {
  /** The worker's script; by default the bundled hash worker, if there is one. */
  script: string | undefined | null;
  /** Archives with fewer bytes than this are hashed on the restoring thread. */
  minBytes: number;
  /**
   * Cores wanted for a worker: a restore already keeps about two busy (this thread, and
   * libuv's threads decompressing and creating files). On two cores a worker beside them made
   * restores slower (bench/results/remotes-load-2026-12-04.json); where a core is left it can
   * hash beside them, which no bench here has measured yet.
   */
  minCores: number;
  /** Called with each worker started (tests stop one on purpose). */
  onStart?: (worker: Worker) => void;
  /** The most bytes ever in flight, for tests. */
  maxInFlight: number;
} = { script: null, minBytes: 4 * 1024 * 1024, minCores: 3, maxInFlight: 0 };

interface Thread {
  readonly worker: Worker;
  readonly ring: Uint8Array;
  /** Set when the worker failed or exited. */
  dead?: Error;
  listener?: (answer: HashedPieces) => void;
  onDeath?: (error: Error) => void;
}

/** Workers idle between restores, unreferenced (they keep no process alive). */
const idle: Thread[] = [];

function startThread(script: string): Thread {
  const worker = new (workerThreads().Worker)(script);
  const ring = new Uint8Array(new SharedArrayBuffer(RING_BYTES));
  const thread: Thread = { worker, ring };
  const die = (error: Error) => {
    if (thread.dead) return;
    thread.dead = error;
    const index = idle.indexOf(thread);
    if (index !== -1) idle.splice(index, 1);
    thread.onDeath?.(error);
  };
  worker.on('message', (answer: HashedPieces) => thread.listener?.(answer));
  worker.on('error', die);
  worker.on('exit', (code) => die(new Error(`the hash worker exited with code ${code}`)));
  worker.postMessage({
    kind: 'ring',
    ring: ring.buffer as SharedArrayBuffer,
  } satisfies PieceMessage);
  pieceHashing.onStart?.(worker);
  return thread;
}

/**
 * Hashes the slots of one restore, in order, on a worker; `check` is told each slot's digest
 * as it comes and throws to refuse it. Undefined where a worker would not help (one core, a
 * small archive, no bundled worker script): the caller hashes on its own thread.
 */
export class PieceHasher {
  /** Bytes copied into the ring, and bytes the worker has hashed: both only grow. */
  private written = 0;
  private hashed = 0;
  private segments: number[] = [];
  private unsent = 0;
  private failure: unknown;
  private wake: (() => void) | undefined;
  private slotsEnded = 0;
  private slotsChecked = 0;

  private constructor(
    private readonly thread: Thread,
    private readonly check: (slot: number, digest: string) => void,
  ) {
    thread.worker.ref();
    thread.listener = (answer) => this.answered(answer);
    thread.onDeath = (error) => this.fail(error);
  }

  static start(
    bytes: number,
    check: (slot: number, digest: string) => void,
  ): PieceHasher | undefined {
    if (bytes < pieceHashing.minBytes || availableParallelism() < pieceHashing.minCores) {
      return undefined;
    }
    const script = pieceHashing.script === null ? workerFile() : pieceHashing.script;
    if (script === undefined) return undefined;
    const thread = idle.pop();
    debug(`restore: hashing on ${thread ? 'a waiting' : 'a new'} worker thread`);
    return new PieceHasher(thread ?? startThread(script), check);
  }

  /** Why the restore must stop, once known: a digest that did not match, a dead worker. */
  get failed(): unknown {
    return this.failure;
  }

  /** Hands the next bytes of `slot` on; a promise when the ring had no room for them yet. */
  update(slot: number, part: Uint8Array): Promise<void> | undefined {
    if (part.length <= RING_BYTES - (this.written - this.hashed) && !this.failure) {
      this.copy(slot, part);
      return undefined;
    }
    return this.updateSlowly(slot, part);
  }

  /** Says that `slot` has no more bytes. */
  end(slot: number): void {
    this.segments.push(slot, 0, 0, 1);
    this.slotsEnded += 1;
    if (this.segments.length >= 4096) this.send();
  }

  /** Sends what is gathered: after each SEND_BYTES, and at the end. */
  send(): void {
    if (this.segments.length === 0 || this.failure) return;
    const segments = Int32Array.from(this.segments);
    this.segments = [];
    this.unsent = 0;
    this.thread.worker.postMessage({ kind: 'pieces', segments } satisfies PieceMessage, [
      segments.buffer,
    ]);
  }

  /** Waits for every digest and throws the first failure. */
  async finish(): Promise<void> {
    this.send();
    while (!this.failure && this.slotsChecked < this.slotsEnded) await this.answer();
    if (this.failure) throw this.failure;
  }

  /** Hands the worker back for the next restore, or stops it if it may still be busy. */
  release(): void {
    const { thread } = this;
    thread.listener = undefined;
    thread.onDeath = undefined;
    if (!thread.dead && this.hashed === this.written && this.segments.length === 0) {
      thread.worker.unref();
      idle.push(thread);
    } else void thread.worker.terminate();
  }

  private copy(slot: number, part: Uint8Array): void {
    const { ring } = this.thread;
    let offset = 0;
    while (offset < part.length) {
      const at = this.written % RING_BYTES;
      const length = Math.min(RING_BYTES - at, part.length - offset);
      ring.set(part.subarray(offset, offset + length), at);
      this.segments.push(slot, at, length, 0);
      this.written += length;
      offset += length;
    }
    pieceHashing.maxInFlight = Math.max(pieceHashing.maxInFlight, this.written - this.hashed);
    this.unsent += part.length;
    if (this.unsent >= SEND_BYTES) this.send();
  }

  private async updateSlowly(slot: number, part: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < part.length) {
      if (this.failure) throw this.failure;
      const room = RING_BYTES - (this.written - this.hashed);
      if (room === 0) {
        this.send();
        await this.answer();
        continue;
      }
      const length = Math.min(room, part.length - offset);
      this.copy(slot, part.subarray(offset, offset + length));
      offset += length;
    }
  }

  private answer(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  private answered(answer: HashedPieces): void {
    this.hashed += answer.bytes;
    const { digests } = answer;
    try {
      for (let i = 0; i < digests.length; i += 2) {
        this.slotsChecked += 1;
        this.check(digests[i] as number, digests[i + 1] as string);
      }
    } catch (error) {
      this.fail(error);
    }
    this.wakeUp();
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
