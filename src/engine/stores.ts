// The stores of one run, in read order. A store that fails is switched off for the rest of
// the run with one warning: a cache never fails a task. Every store bounds its own calls (see
// adapters/deadlines.ts); as a backstop, a call that has not settled by its bound plus a grace
// switches the store off too, and its connections are closed so the process can exit. The
// backstop covers opening an entry's archive and reading it: an archive silent for the bound
// while it is read errors, and switches its store off.

import { pipeline, Readable, Transform } from 'node:stream';
import { operationBoundMs, STORE_DEADLINES } from '../adapters/deadlines.js';
import type { Key } from '../core/digest.js';
import {
  canRead,
  canWrite,
  type SaveRequest,
  type Store,
  type StoredEntry,
  StoreError,
  type StoreMode,
} from '../stores/store.js';

export type Warn = (message: string) => void;

/** Past a call's own bound, how long the backstop waits before switching the store off. */
export const BACKSTOP_GRACE_MS = 5_000;

/** The environment variable that narrows every store's mode for a whole run (a kill switch). */
export const CACHE_ENV = 'TASKCACHE_CACHE';

/**
 * The stricter of two modes: what both allow. read-write with read is read; read with write
 * is off. How a run-wide mode (--cache), a task's `cache` and a store's mode combine.
 */
export function stricterMode(a: StoreMode, b: StoreMode): StoreMode {
  const read = canRead(a) && canRead(b);
  const write = canWrite(a) && canWrite(b);
  return read ? (write ? 'read-write' : 'read') : write ? 'write' : 'off';
}

/** Operation bounds set per store (a remote's `timeout`), for the backstop. */
const operationBounds = new WeakMap<Store, number>();

/** Records a store's own bound on one operation, so the backstop follows it. */
export function setOperationBound(store: Store, operationMs: number): void {
  operationBounds.set(store, operationMs);
}

/** The default backstop: the store's bound for `bytes` plus a grace. */
function defaultBackstop(bytes: number, store?: Store): number {
  const own = store === undefined ? undefined : operationBounds.get(store);
  const deadlines = own === undefined ? STORE_DEADLINES : { ...STORE_DEADLINES, operationMs: own };
  return operationBoundMs(bytes, deadlines) + BACKSTOP_GRACE_MS;
}

/** One archive moving to or from a store, as a progress display sees it. */
export interface Transfer {
  /** Bytes moved since the last call (restores; a save knows its total only). */
  add(bytes: number): void;
  end(ok: boolean): void;
}

/** Told of each archive a store set moves: restores read, saves written. */
export type ProgressSink = (
  kind: 'restore' | 'save',
  store: string,
  totalBytes: number | undefined,
) => Transfer;

export class StoreSet {
  /** Where archive transfers are reported (a terminal's progress line); none by default. */
  progress: ProgressSink | undefined;
  private down = new Set<Store>();
  /** One message per store that failed during the run. */
  failures: string[] = [];
  /** What this view of the set may do, beside each store's own mode (see restrictedTo). */
  private allowed: StoreMode = 'read-write';

  constructor(
    readonly stores: readonly Store[],
    private readonly warn: Warn,
    /** The backstop for a call moving `bytes`; by default its store deadline plus a grace. */
    private readonly backstopMs: (bytes: number, store?: Store) => number = defaultBackstop,
  ) {}

  /** The mode this view allows (a run-wide or task mode); each store's own mode applies too. */
  get mode(): StoreMode {
    return this.allowed;
  }

  /**
   * A view of the same stores that does at most what `mode` allows: a store switched off in
   * one view is off in every view of the set.
   */
  restrictedTo(mode: StoreMode): StoreSet {
    const allowed = stricterMode(this.allowed, mode);
    if (allowed === this.allowed) return this;
    const view = new StoreSet(this.stores, this.warn, this.backstopMs);
    view.down = this.down;
    view.failures = this.failures;
    view.allowed = allowed;
    view.progress = this.progress;
    return view;
  }

  readable(): Store[] {
    if (!canRead(this.allowed)) return [];
    return this.stores.filter((s) => canRead(s.mode) && !this.down.has(s));
  }

  writable(): Store[] {
    if (!canWrite(this.allowed)) return [];
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
    const limit = this.backstopMs(bytes, store);
    let timer: NodeJS.Timeout | undefined;
    const backstop = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), limit);
    });
    const transfer = what === 'write' ? this.progress?.('save', store.name, bytes) : undefined;
    let ok = false;
    try {
      const pending = operation();
      // Settles after the backstop too: never an unhandled rejection.
      pending.catch(() => {});
      const outcome = await Promise.race([pending, backstop]);
      ok = outcome !== TIMED_OUT;
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
      transfer?.end(ok);
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
    const limit = this.backstopMs(0, store);
    const timedOut = (what: string) => {
      const message = `${what}: no answer within ${Math.round(limit / 1000)} s`;
      this.fail(store, message);
      void Promise.resolve((store as { close?: () => unknown }).close?.()).catch(() => {});
      return new StoreError(store.name, `${store.name}: ${message}`);
    };
    return {
      // Made only when asked for: a store that read bytes gives those, and the text may be unused.
      get recordText() {
        return entry.recordText;
      },
      get recordBytes() {
        return entry.recordBytes;
      },
      releaseRecord: () => entry.releaseRecord?.(),
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
          const guarded = silenceGuard(opened, limit, () => timedOut('read archive'));
          return this.progress
            ? counted(guarded, this.progress('restore', store.name, undefined))
            : guarded;
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

/** `source` passed on, its bytes told to `transfer` as the reader takes them. */
function counted(source: Readable, transfer: Transfer): Readable {
  const out = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      transfer.add(chunk.length);
      callback(null, chunk);
    },
  });
  // Errors pass through to the reader either way; a reader that stops destroys the source.
  pipeline(source, out, (error) => transfer.end(!error));
  return out;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
