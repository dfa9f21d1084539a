// Issue 14, item 13: limits. An archive that goes on far past the sizes its record declares is
// read no further than the first byte past them (the bytes pulled from the store are counted,
// with and without a back-fill copy being written); a compressed archive that expands far past
// them is a miss that writes nothing; a record declaring absurd path lengths or output counts
// is refused from the record alone, before its archive is opened.

import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Key } from '../../src/core/digest.js';
import { restore, runTask } from '../../src/engine/engine.js';
import type { Store, StoredEntry } from '../../src/stores/store.js';
import { cleanupAll, ready } from '../engine/harness.js';
import { MemoryStore } from '../support/memory-store.js';
import { diffTrees, snapshotTree } from '../support/tree-snapshot.js';
import type { CraftedOutput } from './entry-builder.js';
import { scenario } from './scenario.js';
import { storeFactories } from './stores.js';

beforeAll(ready);
afterAll(cleanupAll);

/** Past the declared sizes: far more than any read-ahead. */
const EXCESS = 24 * 1024 * 1024;
/** Read-ahead allowed past the declared sizes (stream buffers, one network chunk). */
const SLACK = 2 * 1024 * 1024;

/** `inner`, with the archive always streamed and the bytes pulled from it counted. */
function counting(inner: Store): Store & { pulled: number } {
  const wrapper = {
    name: inner.name,
    mode: inner.mode,
    compress: inner.compress,
    replaces: inner.replaces,
    pulled: 0,
    has: (key: Key) => inner.has(key),
    put: (request: Parameters<Store['put']>[0]) => inner.put(request),
    latestRecord: (task: string, scope: string) => inner.latestRecord(task, scope),
    async get(key: Key): Promise<StoredEntry | undefined> {
      const entry = await inner.get(key);
      if (!entry) return undefined;
      return {
        recordText: entry.recordText,
        openArchive: async () => {
          const source: Readable = await entry.openArchive();
          const counter = new Transform({
            highWaterMark: 16 * 1024,
            transform(chunk: Buffer, _encoding, callback) {
              wrapper.pulled += chunk.length;
              callback(null, chunk);
            },
          });
          source.on('error', (error) => counter.destroy(error));
          return source.pipe(counter);
        },
      };
    },
  };
  return wrapper;
}

const small: CraftedOutput[] = [{ kind: 'file', path: 'out/a.txt', content: 'ten bytes!' }];
const declared = 10 + 'crafted log\n'.length;

for (const factory of storeFactories()) {
  describe.skipIf(!factory.available)(`limits (#14.13): ${factory.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await factory.make();
    });
    afterAll(() => factory.teardown());

    test('an archive longer than its record is read no further than the declared sizes', async () => {
      const counted = counting(store);
      const s = await scenario([counted]);
      await s.plant({ outputs: small, trailing: Buffer.alloc(EXCESS, 0x61) });
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(s.exists('out')).toBe(false);
      expect(counted.pulled).toBeLessThanOrEqual(declared + SLACK + (factory.readAhead ?? 0));
    });

    test('the same with a back-fill copy being written: the download stops too', async () => {
      const first = new MemoryStore('first');
      const counted = counting(store);
      const s = await scenario([first, counted]);
      await s.plant({ outputs: small, trailing: Buffer.alloc(EXCESS, 0x61) });
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(counted.pulled).toBeLessThanOrEqual(declared + SLACK + (factory.readAhead ?? 0));
      expect(first.entries.size).toBe(0);
    });
  });
}

describe('limits (#14.13): compressed archives and records', () => {
  for (const codec of ['gzip', 'zstd'] as const) {
    test(`a ${codec} archive expanding far past its record is a miss that writes nothing`, async () => {
      const store = new MemoryStore();
      const s = await scenario([store], { files: { 'out/a.txt': 'old\n' } });
      // 256 MiB of zeros after the declared bytes: a few hundred kB compressed.
      await s.plant({ codec, outputs: small, trailing: Buffer.alloc(256 * 1024 * 1024) });
      const before = snapshotTree(s.tree.parent);
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(diffTrees(before, snapshotTree(s.tree.parent))).toEqual([]);
      expect(s.reporter.warnings).toHaveLength(1);
    });
  }

  test('a file declared far larger than its bytes is a miss that writes nothing', async () => {
    const store = new MemoryStore();
    const s = await scenario([store], { files: { 'out/a.txt': 'old\n' } });
    await s.plant({
      outputs: [{ kind: 'file', path: 'out/a.txt', content: 'new', declaredSize: 2 ** 40 }],
    });
    const before = snapshotTree(s.tree.parent);
    expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
    expect(diffTrees(before, snapshotTree(s.tree.parent))).toEqual([]);
  });

  test('a path of 5000 characters is refused from the record, before the archive is opened', async () => {
    const store = new MemoryStore();
    const s = await scenario([store]);
    const long = `out/${Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(249, 'x')).join('/')}`;
    expect(long.length).toBeGreaterThan(5000);
    await s.plant({ outputs: [{ kind: 'file', path: long, content: 'x' }] });
    expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
    expect(store.calls.openArchive).toBe(0);
    expect(s.exists('out')).toBe(false);
    expect(s.reporter.warnings).toHaveLength(1);
  });

  test('a record declaring over a million outputs is refused before the archive is opened', async () => {
    const store = new MemoryStore();
    // Should the count ever pass, the archive fails at once rather than restoring a million links.
    store.inject('openArchive', { kind: 'stream-error', afterBytes: 0 });
    const s = await scenario([store], { spec: { command: 'true' } });
    const outputs: CraftedOutput[] = [];
    for (let i = 0; i <= 1 << 20; i += 1)
      outputs.push({ kind: 'link', path: `out/l${i}`, target: 'x' });
    await s.plant({ outputs });
    const result = await runTask(s.spec, s.engine);
    expect(result.status).toBe('miss');
    expect(store.calls.openArchive).toBe(0);
  });
});
