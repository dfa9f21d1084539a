// The stores of one run, in read order. A store that fails is switched off for the rest of
// the run with one warning: a cache never fails a task.

import type { Key } from '../core/digest.js';
import {
  canRead,
  canWrite,
  type SaveRequest,
  type Store,
  type StoredEntry,
} from '../stores/store.js';

export type Warn = (message: string) => void;

export class StoreSet {
  private readonly down = new Set<Store>();
  /** One message per store that failed during the run. */
  readonly failures: string[] = [];

  constructor(
    readonly stores: readonly Store[],
    private readonly warn: Warn,
  ) {}

  readable(): Store[] {
    return this.stores.filter((s) => canRead(s.mode) && !this.down.has(s));
  }

  writable(): Store[] {
    return this.stores.filter((s) => canWrite(s.mode) && !this.down.has(s));
  }

  /** Runs `operation` against `store`; a failure switches the store off and yields undefined. */
  async attempt<T>(
    store: Store,
    what: string,
    operation: () => Promise<T>,
  ): Promise<T | undefined> {
    if (this.down.has(store)) return undefined;
    try {
      return await operation();
    } catch (error) {
      this.fail(store, `${what}: ${messageOf(error)}`);
      return undefined;
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
    return this.attempt(store, 'read', () => store.get(key));
  }

  /** Saves to every writable store at once; the stores that took it. */
  saveAll(request: SaveRequest): Promise<Store[]> {
    return this.putAll(this.writable(), request);
  }

  async putAll(targets: readonly Store[], request: SaveRequest): Promise<Store[]> {
    const saved = await Promise.all(
      targets.map(async (store) => {
        const outcome = await this.attempt(store, 'write', () => store.put(request));
        return outcome === undefined ? undefined : store;
      }),
    );
    return saved.filter((s): s is Store => s !== undefined);
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
