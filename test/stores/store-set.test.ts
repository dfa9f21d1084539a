// The StoreSet's backstop: a store call that outlives its bound (a store whose own deadlines
// failed) switches the store off with one warning, closes its connections, and a rejection
// that comes after never goes unhandled.

import { describe, expect, test } from 'vitest';
import { operationBoundMs, STORE_DEADLINES } from '../../src/adapters/deadlines.js';
import type { Key } from '../../src/core/digest.js';
import { BACKSTOP_GRACE_MS, StoreSet } from '../../src/engine/stores.js';
import type { SaveRequest, Store } from '../../src/stores/store.js';
import { randomKey } from './fixtures.js';

/** A store whose every call waits until `release` is called, then rejects. */
function hangingStore() {
  const waiting: ((error: Error) => void)[] = [];
  let closed = 0;
  const hang = <T>() =>
    new Promise<T>((_, reject) => {
      waiting.push(reject);
    });
  const store: Store & { close(): void } = {
    name: 'hanging',
    mode: 'read-write',
    compress: false,
    replaces: false,
    get: () => hang(),
    has: () => hang(),
    put: () => hang(),
    latestRecord: () => hang(),
    close: () => {
      closed += 1;
    },
  };
  return {
    store,
    closed: () => closed,
    release: () => {
      for (const reject of waiting.splice(0)) reject(new Error('late failure'));
    },
  };
}

const request = (key: Key, archiveSize: number): SaveRequest => ({
  key,
  task: 'build',
  scope: 'scope',
  recordText: '{}',
  archivePath: '/nonexistent',
  archiveSize,
});

describe('StoreSet backstop', () => {
  test('a call that never settles switches the store off and closes it', async () => {
    const { store, closed, release } = hangingStore();
    const warnings: string[] = [];
    const set = new StoreSet(
      [store],
      (message) => warnings.push(message),
      () => 200,
    );
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      expect(await set.get(store, randomKey())).toBeUndefined();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/cache store hanging failed \(read: no answer within 0 s\)/);
      expect(set.readable()).toEqual([]);
      expect(closed()).toBe(1);
      // Switched off: no further call reaches it.
      expect(await set.putAll([store], request(randomKey(), 10))).toEqual([]);
      release();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  test('the default backstop is the store deadline for the bytes moved, plus a grace', () => {
    expect(operationBoundMs(0)).toBe(STORE_DEADLINES.operationMs);
    expect(operationBoundMs(STORE_DEADLINES.minBytesPerSecond * 10)).toBe(
      STORE_DEADLINES.operationMs + 10_000,
    );
    expect(BACKSTOP_GRACE_MS).toBeGreaterThan(0);
  });

  test('a write is given time for its bytes', async () => {
    const { store, release } = hangingStore();
    const bounds: number[] = [];
    const set = new StoreSet(
      [store],
      () => {},
      (bytes) => {
        bounds.push(bytes);
        return 50;
      },
    );
    await set.putAll([store], request(randomKey(), 12345));
    release();
    expect(bounds).toEqual([12345]);
  });
});
