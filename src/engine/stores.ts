// The stores of one run, in read order. A store that fails is switched off for the rest of
// the run with one warning: a cache never fails a task. Every store bounds its own calls (see
// adapters/deadlines.ts); as a backstop, a call that has not settled by its bound plus a grace
// switches the store off too, and its connections are closed so the process can exit. The
// backstop covers opening an entry's archive and reading it: an archive silent for the bound
// while it is read errors, and switches its store off.

import { Readable } from 'node:stream';
import { operationBoundMs } from '../adapters/deadlines.js';
import type { Key } from '../core/digest.js';
import {
  canRead,
  canWrite,
  type SaveRequest,
  type Store,
  type StoredEntry,
  StoreError,
} from '../stores/store.js';

export type Warn = (message: string) => void;

/** Past a call's own bound, how long the backstop waits before switching the store off. */
export const BACKSTOP_GRACE_MS = 5_000;

export class StoreSet {
  private readonly down = new Set<Store>();
  /** One message per store that failed during the run. */
  readonly failures: string[] = [];

  constructor(
    readonly stores: readonly Store[],
    private readonly warn: Warn,
    /** The backstop for a call moving `bytes`; by default its store deadline plus a grace. */
    private readonly backstopMs: (bytes: number) => number = (bytes) =>
      operationBoundMs(bytes) + BACKSTOP_GRACE_MS,
  ) {}

  readable(): Store[] {
    return this.stores.filter((s) => canRead(s.mode) && !this.down.has(s));
  }

  writable(): Store[] {
    return this.stores.filter((s) => canWrite(s.mode) && !this.down.has(s));
  }

  /**
   * Runs `operation` against `store`; a failure, or no answer within the backstop for a call
   * moving `bytes`, switches the store off and yields undefined.
   */
  async attempt<T>(
    store: Store,
    what: string,
    operation: () => Promise<T>,
    bytes = 0,
  ): Promise<T | undefined> {
    if (this.down.has(store)) return undefined;
    const limit = this.backstopMs(bytes);
    let timer: NodeJS.Timeout | undefined;
    const backstop = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), limit);
    });
    try {
      const pending = operation();
      // Settles after the backstop too: never an unhandled rejection.
      pending.catch(() => {});
      const outcome = await Promise.race([pending, backstop]);
      if (outcome === TIMED_OUT) {
        this.fail(store, `${what}: no answer within ${Math.round(limit / 1000)} s`);
        // Aborts what the store still has under way (sockets, connections).
        await Promise.resolve((store as { close?: () => unknown }).close?.()).catch(() => {});
        return undefined;
      }
      return outcome as T;
    } catch (error) {
      this.fail(store, `${what}: ${messageOf(error)}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  fail(store: Store, message: string): void {
    if (this.down.has(store)) return;
    this.down.add(store);
    this.failures.push(`${store.name}: ${message}`);
    this.warn(
      `cache store ${store.name} failed (${message}); not using it for the rest of this run`,
    );
  }

  get(store: Store, key: Key): Promise<StoredEntry | undefined> {
    return this.attempt(store, 'read', async () => {
      const entry = await store.get(key);
      return entry === undefined ? undefined : this.watched(store, entry);
    });
  }

  /**
   * The entry, with its archive's opening under the backstop, and its reading too: silence
   * for the backstop while the reader waits errors the stream and switches the store off.
   * Other errors pass as they are (an archive gone from a store is the engine's to judge).
   */
  private watched(store: Store, entry: StoredEntry): StoredEntry {
    const limit = this.backstopMs(0);
    const timedOut = (what: string) => {
      const message = `${what}: no answer within ${Math.round(limit / 1000)} s`;
      this.fail(store, message);
      void Promise.resolve((store as { close?: () => unknown }).close?.()).catch(() => {});
      return new StoreError(store.name, `${store.name}: ${message}`);
    };
    return {
      recordText: entry.recordText,
      ...(entry.archiveFile !== undefined ? { archiveFile: entry.archiveFile } : {}),
      openArchive: async () => {
        if (this.down.has(store)) {
          throw new StoreError(store.name, `${store.name}: switched off for this run`);
        }
        let timer: NodeJS.Timeout | undefined;
        const backstop = new Promise<typeof TIMED_OUT>((resolve) => {
          timer = setTimeout(() => resolve(TIMED_OUT), limit);
        });
        try {
          const pending = entry.openArchive();
          pending.then(
            (stream) => {
              // Opened after the backstop: nobody reads it.
              if (this.down.has(store)) stream.destroy();
            },
            () => {},
          );
          const opened = await Promise.race([pending, backstop]);
          if (opened === TIMED_OUT) throw timedOut('read archive');
          return silenceGuard(opened, limit, () => timedOut('read archive'));
        } finally {
          clearTimeout(timer);
        }
      },
    };
  }

  /** Saves to every writable store at once; the stores that took it. */
  saveAll(request: SaveRequest): Promise<Store[]> {
    return this.putAll(this.writable(), request);
  }

  async putAll(targets: readonly Store[], request: SaveRequest): Promise<Store[]> {
    const saved = await Promise.all(
      targets.map(async (store) => {
        const outcome = await this.attempt(
          store,
          'write',
          () => store.put(request),
          request.archiveSize,
        );
        return outcome === undefined ? undefined : store;
      }),
    );
    return saved.filter((s): s is Store => s !== undefined);
  }
}

const TIMED_OUT: unique symbol = Symbol('timed out');

/**
 * `source` passed on, erroring with `onSilence()` when it is silent for `limitMs` while the
 * reader waits for data (time the reader spends not asking never counts).
 */
function silenceGuard(source: Readable, limitMs: number, onSilence: () => Error): Readable {
  let timer: NodeJS.Timeout | undefined;
  let ended = false;
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const out: Readable = new Readable({
    read() {
      if (ended) return;
      stop();
      timer = setTimeout(() => {
        if (!out.destroyed) out.destroy(onSilence());
      }, limitMs);
      source.resume();
    },
    destroy(error, callback) {
      stop();
      if (!ended) source.destroy();
      callback(error);
    },
  });
  source.on('data', (chunk: Buffer) => {
    stop();
    if (!out.push(chunk)) source.pause();
  });
  source.on('end', () => {
    ended = true;
    stop();
    out.push(null);
  });
  source.on('error', (error) => {
    stop();
    if (!out.destroyed) out.destroy(error);
  });
  source.on('close', () => {
    stop();
    if (!ended && !out.destroyed) out.destroy(new Error('the archive closed before its end'));
  });
  source.pause();
  return out;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
