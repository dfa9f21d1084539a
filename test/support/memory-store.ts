// An in-memory Store for the engine and security tests: a Map of key → record text and archive
// bytes, the latest record per task and scope, `replaces = true` (a put with `replace` swaps the
// entry whole). Each call can be made to fail on demand — throw, hang until released, or (for
// openArchive) hand over a stream that errors part-way — and every call is counted, as are the
// archive bytes readers pulled.

import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Key } from '../../src/core/digest.js';
import type {
  SaveOutcome,
  SaveRequest,
  Store,
  StoredEntry,
  StoreMode,
} from '../../src/stores/store.js';

export const STORE_CALLS = ['get', 'has', 'put', 'latestRecord', 'openArchive'] as const;
export type StoreCall = (typeof STORE_CALLS)[number];

export type Fault =
  /** The call rejects with `message`. */
  | { readonly kind: 'throw'; readonly message?: string; readonly times?: number }
  /** The call never settles until release() (then it rejects). */
  | { readonly kind: 'hang'; readonly times?: number }
  /**
   * openArchive only: the stream hands over `afterBytes` bytes, then errors (a connection
   * reset mid-body).
   */
  /** openArchive only: the stream hands over `afterBytes` bytes, then goes silent for good. */
  | { readonly kind: 'stall'; readonly afterBytes?: number; readonly times?: number }
  | {
      readonly kind: 'stream-error';
      readonly afterBytes?: number;
      readonly message?: string;
      readonly times?: number;
    };

export interface MemoryEntry {
  readonly recordText: string;
  readonly archive: Buffer;
  readonly task: string;
  readonly scope: string;
}

/** Pieces a reader gets the archive in (a network store's chunk size). */
const PIECE = 64 * 1024;

export class MemoryStore implements Store {
  readonly replaces = true;
  readonly entries = new Map<Key, MemoryEntry>();
  /** `${scope}\0${task}` → key of the latest entry. */
  private readonly latest = new Map<string, Key>();
  readonly calls: Record<StoreCall, number> = {
    get: 0,
    has: 0,
    put: 0,
    latestRecord: 0,
    openArchive: 0,
  };
  /** Every save request seen, in order (including failed ones). */
  readonly requests: SaveRequest[] = [];
  /** Archive bytes handed to readers, over every stream this store opened. */
  bytesServed = 0;
  private readonly faults = new Map<StoreCall, Fault & { left: number }>();
  private readonly hanging = new Set<(error: Error) => void>();

  constructor(
    readonly name = 'memory',
    readonly mode: StoreMode = 'read-write',
    readonly compress = false,
  ) {}

  /** Makes `call` fail as `fault` says (every time, or `fault.times` times). */
  inject(call: StoreCall, fault: Fault): this {
    this.faults.set(call, { ...fault, left: fault.times ?? Number.POSITIVE_INFINITY });
    return this;
  }

  /** Removes the faults of `call`, or all. */
  heal(call?: StoreCall): this {
    if (call) this.faults.delete(call);
    else this.faults.clear();
    return this;
  }

  /** Rejects every call left hanging. */
  release(): void {
    for (const reject of this.hanging) reject(new Error(`${this.name}: released`));
    this.hanging.clear();
  }

  /** Stores an entry directly, bypassing faults and counters (seeding a test). */
  seed(key: Key, entry: { recordText: string; archive: Buffer; task?: string; scope?: string }) {
    const full: MemoryEntry = {
      recordText: entry.recordText,
      archive: entry.archive,
      task: entry.task ?? 'task',
      scope: entry.scope ?? 'scope',
    };
    this.entries.set(key, full);
    this.latest.set(`${full.scope}\0${full.task}`, key);
  }

  private async enter(call: StoreCall): Promise<void> {
    this.calls[call] += 1;
    const fault = this.faults.get(call);
    if (!fault || fault.kind === 'stream-error' || fault.kind === 'stall' || fault.left <= 0) {
      return;
    }
    fault.left -= 1;
    if (fault.kind === 'throw') {
      throw new Error(fault.message ?? `${this.name}: injected failure of ${call}`);
    }
    await new Promise<void>((_resolve, reject) => {
      this.hanging.add(reject);
    });
  }

  async get(key: Key): Promise<StoredEntry | undefined> {
    await this.enter('get');
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    return { recordText: entry.recordText, openArchive: () => this.openArchive(entry) };
  }

  async has(key: Key): Promise<boolean> {
    await this.enter('has');
    return this.entries.has(key);
  }

  async put(request: SaveRequest): Promise<SaveOutcome> {
    this.requests.push(request);
    await this.enter('put');
    if (this.entries.has(request.key) && !request.replace) return 'exists';
    // Read whole before the entry changes: a reader sees the old entry or the new one.
    const archive = readFileSync(request.archivePath);
    this.entries.set(request.key, {
      recordText: request.recordText,
      archive,
      task: request.task,
      scope: request.scope,
    });
    this.latest.set(`${request.scope}\0${request.task}`, request.key);
    return 'saved';
  }

  async latestRecord(task: string, scope: string): Promise<string | undefined> {
    await this.enter('latestRecord');
    const key = this.latest.get(`${scope}\0${task}`);
    return key === undefined ? undefined : this.entries.get(key)?.recordText;
  }

  private async openArchive(entry: MemoryEntry): Promise<Readable> {
    await this.enter('openArchive');
    const fault = this.faults.get('openArchive');
    let failAt = Number.POSITIVE_INFINITY;
    let message = '';
    let stall = false;
    if ((fault?.kind === 'stream-error' || fault?.kind === 'stall') && fault.left > 0) {
      fault.left -= 1;
      failAt = fault.afterBytes ?? Math.floor(entry.archive.length / 2);
      if (fault.kind === 'stall') stall = true;
      else message = fault.message ?? 'read ECONNRESET';
    }
    const hanging = this.hanging;
    const bytes = entry.archive;
    const count = (n: number) => {
      this.bytesServed += n;
    };
    let offset = 0;
    return new Readable({
      read() {
        if (offset >= failAt && stall) {
          // Silent until released: then it fails as a closed connection would.
          hanging.add((error) => this.destroy(error));
          return;
        }
        if (offset >= failAt) {
          // Asynchronous, as a socket's reset is.
          setImmediate(() =>
            this.destroy(Object.assign(new Error(message), { code: 'ECONNRESET' })),
          );
          return;
        }
        if (offset >= bytes.length) {
          this.push(null);
          return;
        }
        const end = Math.min(bytes.length, offset + PIECE, failAt);
        const piece = bytes.subarray(offset, end);
        offset = end;
        count(piece.length);
        this.push(piece);
      },
    });
  }
}
