// The one contract every store meets, run against each store's real server (and the local
// store on a temp dir): misses, byte-identical round trips of small, empty and large
// archives, `has`, first-writer-stays, replacing an entry (where the store says it can),
// concurrent writers of one key, the per-task "latest" record and recent records, scoped. Keys and scopes are random, so servers that outlive a run can be
// reused.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initBlake3 } from '../../src/adapters/blake3.js';
import type { Key } from '../../src/core/digest.js';
import { capabilitiesOf, RECENT_RECORDS, type Store } from '../../src/stores/store.js';
import {
  randomFile,
  randomKey,
  readAll,
  removeDir,
  saveRequest,
  sha256,
  tempDir,
} from './fixtures.js';

export interface ContractOptions {
  /** Skip the whole suite (no server). */
  readonly skip?: boolean;
  /** Size of the large archive (default ~20 MB). */
  readonly largeBytes?: number;
  /** Told every key the suite writes (for cleaning up servers that keep data in memory). */
  readonly track?: (key: Key, task: string, scope: string) => void;
  /** The store knows a task's latest entry only (no recentRecords; the engine falls back). */
  readonly latestOnly?: boolean;
}

const LARGE_BYTES = 20 * 1000 * 1000;

export function defineStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  options: ContractOptions = {},
): void {
  describe.skipIf(options.skip === true)(`store contract: ${name}`, () => {
    let store: Store;
    let dir: string;
    let small: string;
    let empty: string;
    let large: string;
    const scope = `contract-${randomBytes(6).toString('hex')}`;

    const put = async (
      key: Key,
      archivePath: string,
      extra: { recordText?: string; task?: string; scope?: string; replace?: boolean } = {},
    ) => {
      const { replace, ...rest } = extra;
      const request = {
        ...saveRequest({ key, archivePath, scope, ...rest }),
        ...(replace !== undefined ? { replace } : {}),
      };
      options.track?.(key, request.task, request.scope);
      return { request, outcome: await store.put(request) };
    };

    const expectEntry = async (key: Key, recordText: string, archivePath: string) => {
      const entry = await store.get(key);
      expect(entry, 'entry').toBeDefined();
      expect(entry!.recordText).toBe(recordText);
      const bytes = await readAll(await entry!.openArchive());
      const expected = readFileSync(archivePath);
      expect(bytes.length).toBe(expected.length);
      expect(sha256(bytes)).toBe(sha256(expected));
    };

    beforeAll(async () => {
      await initBlake3();
      dir = tempDir('contract');
      small = randomFile(dir, 'small.archive', 4096 + 17);
      empty = randomFile(dir, 'empty.archive', 0);
      large = randomFile(dir, 'large.archive', options.largeBytes ?? LARGE_BYTES);
      store = await makeStore();
    });

    afterAll(async () => {
      await (store as { close?: () => unknown } | undefined)?.close?.();
      if (dir) removeDir(dir);
    });

    test('an unknown key is a miss', async () => {
      const key = randomKey();
      expect(await store.get(key)).toBeUndefined();
      expect(await store.has(key)).toBe(false);
    });

    test('put then get gives back the record text and the archive byte for byte', async () => {
      const key = randomKey();
      const { request, outcome } = await put(key, small);
      expect(outcome).toBe('saved');
      await expectEntry(key, request.recordText, small);
    });

    test('an empty archive round-trips', async () => {
      const key = randomKey();
      const { request, outcome } = await put(key, empty);
      expect(outcome).toBe('saved');
      await expectEntry(key, request.recordText, empty);
    });

    test('a large archive round-trips', async () => {
      const key = randomKey();
      const { request, outcome } = await put(key, large);
      expect(outcome).toBe('saved');
      await expectEntry(key, request.recordText, large);
    });

    test('has tells an entry from a miss', async () => {
      const key = randomKey();
      expect(await store.has(key)).toBe(false);
      await put(key, small);
      expect(await store.has(key)).toBe(true);
    });

    test('a second put of a key answers exists and keeps the first entry', async () => {
      const key = randomKey();
      const first = await put(key, small, { recordText: '{"first":true}\n' });
      expect(first.outcome).toBe('saved');
      const other = randomFile(dir, `other-${key.slice(0, 8)}.archive`, 999);
      const second = await put(key, other, { recordText: '{"second":true}\n' });
      expect(second.outcome).toBe('exists');
      await expectEntry(key, '{"first":true}\n', small);
    });

    test('a put with replace replaces the entry where the store can, else keeps it', async () => {
      const key = randomKey();
      expect((await put(key, small, { recordText: '{"a":true}\n' })).outcome).toBe('saved');
      const other = randomFile(dir, `replace-${key.slice(0, 8)}.archive`, 2345);
      const second = await put(key, other, { recordText: '{"b":true}\n', replace: true });
      if (store.replaces) {
        expect(second.outcome).toBe('saved');
        await expectEntry(key, '{"b":true}\n', other);
        expect(await store.has(key)).toBe(true);
      } else {
        expect(second.outcome).toBe('exists');
        await expectEntry(key, '{"a":true}\n', small);
      }
    });

    test('a put without replace keeps the entry, also after a replace', async () => {
      const key = randomKey();
      await put(key, small, { recordText: '{"a":true}\n' });
      const other = randomFile(dir, `keep-${key.slice(0, 8)}.archive`, 777);
      expect((await put(key, other, { recordText: '{"b":true}\n' })).outcome).toBe('exists');
      await expectEntry(key, '{"a":true}\n', small);
      if (!store.replaces) return;
      const third = randomFile(dir, `keep3-${key.slice(0, 8)}.archive`, 555);
      await put(key, third, { recordText: '{"c":true}\n', replace: true });
      expect((await put(key, small, { recordText: '{"d":true}\n' })).outcome).toBe('exists');
      await expectEntry(key, '{"c":true}\n', third);
    });

    test('a replace back to the first archive is whole (content shared by two entries)', async () => {
      if (!store.replaces) return;
      const key = randomKey();
      const other = randomFile(dir, `back-${key.slice(0, 8)}.archive`, 1500);
      await put(key, small, { recordText: '{"a":1}\n' });
      await put(key, other, { recordText: '{"a":2}\n', replace: true });
      expect((await put(key, small, { recordText: '{"a":3}\n', replace: true })).outcome).toBe(
        'saved',
      );
      await expectEntry(key, '{"a":3}\n', small);
    });

    test('readers during concurrent replaces see one whole entry each time', async () => {
      if (!store.replaces) return;
      const key = randomKey();
      const archives = [0, 1, 2].map((n) =>
        randomFile(dir, `race-${n}-${key.slice(0, 8)}.archive`, 3000 + n * 1000),
      );
      const records = archives.map((_, n) => `{"race":${n}}\n`);
      await put(key, archives[0]!, { recordText: records[0]! });
      const writers = Promise.all(
        [1, 2, 1, 2].map((n) => put(key, archives[n]!, { recordText: records[n]!, replace: true })),
      );
      for (let i = 0; i < 6; i += 1) {
        const entry = await store.get(key);
        expect(entry).toBeDefined();
        const n = records.indexOf(entry!.recordText);
        expect(n).toBeGreaterThanOrEqual(0);
        // A reader that lost its entry to a replace may fail to open or read it, never read a
        // mix.
        const bytes = await entry!
          .openArchive()
          .then(readAll)
          .catch(() => undefined);
        if (bytes) expect(sha256(bytes)).toBe(sha256(readFileSync(archives[n]!)));
      }
      for (const { outcome } of await writers) expect(outcome).toBe('saved');
    });

    test('four concurrent puts of one key all resolve and leave one entry', async () => {
      const key = randomKey();
      const recordText = `{"concurrent":"${key}"}\n`;
      const outcomes = await Promise.all(
        Array.from({ length: 4 }, () => put(key, small, { recordText }).then((r) => r.outcome)),
      );
      for (const outcome of outcomes) expect(['saved', 'exists']).toContain(outcome);
      expect(outcomes).toContain('saved');
      await expectEntry(key, recordText, small);
    });

    test('latestRecord gives the most recent entry of a task, per scope', async () => {
      const task = `task-${randomBytes(4).toString('hex')}`;
      const first = randomKey();
      const second = randomKey();
      await put(first, small, { task, recordText: '{"n":1}\n' });
      await put(second, small, { task, recordText: '{"n":2}\n' });
      expect(await store.latestRecord(task, scope)).toBe('{"n":2}\n');
      expect(await store.latestRecord(`${task}-unknown`, scope)).toBeUndefined();
      expect(await store.latestRecord(task, `${scope}-elsewhere`)).toBeUndefined();
      // Another scope has its own latest entry.
      const third = randomKey();
      await put(third, small, { task, scope: `${scope}-elsewhere`, recordText: '{"n":3}\n' });
      expect(await store.latestRecord(task, `${scope}-elsewhere`)).toBe('{"n":3}\n');
      expect(await store.latestRecord(task, scope)).toBe('{"n":2}\n');
    });

    test('recentRecords gives the recent entries of a task newest first, per scope, bounded', async () => {
      if (options.latestOnly) {
        expect(store.recentRecords).toBeUndefined();
        return;
      }
      expect(store.recentRecords).toBeTypeOf('function');
      if (!store.recentRecords) return;
      const task = `recent-${randomBytes(4).toString('hex')}`;
      expect(await store.recentRecords(task, scope)).toEqual([]);
      const keys = Array.from({ length: RECENT_RECORDS + 2 }, () => randomKey());
      for (const [n, key] of keys.entries()) {
        await put(key, small, { task, recordText: `{"n":${n}}\n` });
      }
      const newestFirst = keys.map((_, n) => `{"n":${n}}\n`).reverse();
      expect(await store.recentRecords(task, scope)).toEqual(newestFirst.slice(0, RECENT_RECORDS));
      expect(await store.recentRecords(task, scope, 3)).toEqual(newestFirst.slice(0, 3));
      expect(await store.recentRecords(task, `${scope}-elsewhere`)).toEqual([]);
      // The latest record is the first recent one.
      expect(await store.latestRecord(task, scope)).toBe(newestFirst[0]);
    });

    test('recentRecords keeps a key once when it is saved again', async () => {
      if (!store.recentRecords) return;
      const task = `again-${randomBytes(4).toString('hex')}`;
      const [a, b] = [randomKey(), randomKey()];
      await put(a, small, { task, recordText: '{"a":1}\n' });
      await put(b, small, { task, recordText: '{"b":1}\n' });
      if (store.replaces) {
        await put(a, small, { task, recordText: '{"a":2}\n', replace: true });
        expect(await store.recentRecords(task, scope)).toEqual(['{"a":2}\n', '{"b":1}\n']);
      } else {
        expect(await store.recentRecords(task, scope)).toEqual(['{"b":1}\n', '{"a":1}\n']);
      }
    });

    test('listEntries shows an entry with its task and size, where the store can list', async () => {
      const caps = capabilitiesOf(store);
      if (!caps.list) {
        expect(caps.note ?? '', 'a store that cannot list says why').not.toBe('');
        return;
      }
      const key = randomKey();
      const task = `listed-${randomBytes(4).toString('hex')}`;
      const recordText = `{"digest":"x","record":{"task":"${task}","createdAt":"2026-01-02T03:04:05.000Z"}}\n`;
      await put(key, small, { task, recordText });
      const listed = (await store.listEntries!()).find((entry) => entry.key === key);
      expect(listed?.task).toBe(task);
      expect(listed?.size).toBeGreaterThanOrEqual(4096 + 17);
    });

    test('deleteEntry removes an entry, and answers false for a missing one', async () => {
      const caps = capabilitiesOf(store);
      if (!caps.delete) {
        expect(caps.note ?? '', 'a store that cannot delete says why').not.toBe('');
        return;
      }
      const key = randomKey();
      await put(key, small);
      expect(await store.has(key)).toBe(true);
      expect(await store.deleteEntry!(key)).toBe(true);
      expect(await store.has(key)).toBe(false);
      expect(await store.get(key)).toBeUndefined();
      expect(await store.deleteEntry!(key)).toBe(false);
    });
  });
}
