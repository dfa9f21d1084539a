// Progress of archive transfers: the store set counts a restore's bytes as the reader takes
// them and times a save; the CLI's display redraws one line on a terminal after a second, and
// elsewhere (CI logs) writes one line when a long transfer is done. Mode views of a store set
// share which stores are switched off.

import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createProgress, liveProgress } from '../src/cli/progress.js';
import type { Key } from '../src/core/digest.js';
import { type ProgressSink, StoreSet, stricterMode } from '../src/engine/stores.js';
import type { Store, StoreMode } from '../src/stores/store.js';

function fakeOutput(isTTY: boolean) {
  let text = '';
  return {
    isTTY,
    write(data: string | Uint8Array) {
      text += typeof data === 'string' ? data : Buffer.from(data).toString();
    },
    get text() {
      return text;
    },
  };
}

describe('the progress display', () => {
  test('on a terminal: nothing for a second, then one line redrawn in place, cleared at the end', () => {
    const out = fakeOutput(true);
    let now = 0;
    const progress = createProgress(out, { live: true, now: () => now, intervalMs: 0 });
    const transfer = progress.sink('restore', 'redis://cache', undefined);
    transfer.add(3_000_000);
    now = 500;
    progress.draw();
    expect(out.text).toBe('');
    transfer.add(3_000_000);
    now = 2000;
    progress.draw();
    expect(out.text).toBe('\r\x1b[K  restoring from redis://cache: 6.0 MB, 3.0 MB/s');
    transfer.end(true);
    expect(out.text.endsWith('\r\x1b[K')).toBe(true);
    expect(out.text).not.toContain('\n');
  });

  test('in a CI log: one line when a long transfer is done, none for a short one or a failure', () => {
    const out = fakeOutput(false);
    let now = 0;
    const progress = createProgress(out, { live: false, now: () => now, intervalMs: 0 });
    const quick = progress.sink('save', 's3://bucket', 1000);
    now = 200;
    quick.end(true);
    const failed = progress.sink('restore', 'local', undefined);
    now = 5000;
    failed.end(false);
    expect(out.text).toBe('');
    const slow = progress.sink('save', 's3://bucket', 8_000_000);
    now = 9000;
    progress.draw();
    expect(out.text).toBe('');
    slow.end(true);
    expect(out.text).toBe('  saved 8.0 MB to s3://bucket in 4.0s (2.0 MB/s)\n');
  });

  test('live only on a terminal outside CI', () => {
    expect(liveProgress(fakeOutput(true), {})).toBe(true);
    expect(liveProgress(fakeOutput(true), { CI: 'true' })).toBe(false);
    expect(liveProgress(fakeOutput(false), {})).toBe(false);
  });
});

function store(name: string, data: Buffer, mode: StoreMode = 'read-write'): Store {
  return {
    name,
    mode,
    compress: false,
    replaces: false,
    get: async () => ({
      recordText: '{}',
      openArchive: async () => Readable.from([data.subarray(0, 1000), data.subarray(1000)]),
    }),
    has: async () => true,
    put: async () => 'saved',
    latestRecord: async () => undefined,
  };
}

describe('the store set’s transfers', () => {
  test('a restore’s bytes are counted as read, whole, and its end told once', async () => {
    const data = Buffer.alloc(5000, 7);
    const seen: string[] = [];
    const set = new StoreSet([store('a', data)], () => {});
    const sink: ProgressSink = (kind, name, total) => {
      seen.push(`start ${kind} ${name} ${total}`);
      return { add: (n) => seen.push(`add ${n}`), end: (ok) => seen.push(`end ${ok}`) };
    };
    set.progress = sink;
    const entry = await set.get(set.stores[0]!, 'k'.repeat(64) as Key);
    const chunks: Buffer[] = [];
    for await (const chunk of await entry!.openArchive()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
    expect(seen).toEqual(['start restore a undefined', 'add 1000', 'add 4000', 'end true']);
  });

  test('a save is told with its size', async () => {
    const seen: string[] = [];
    const set = new StoreSet([store('a', Buffer.alloc(0))], () => {});
    set.progress = (kind, name, total) => {
      seen.push(`${kind} ${name} ${total}`);
      return { add: () => {}, end: (ok) => seen.push(`end ${ok}`) };
    };
    await set.attempt(set.stores[0]!, 'write', async () => 'saved', 1234);
    expect(seen).toEqual(['save a 1234', 'end true']);
  });
});

describe('mode views of a store set', () => {
  test('the stricter of two modes is what both allow', () => {
    expect(stricterMode('read-write', 'read')).toBe('read');
    expect(stricterMode('read', 'write')).toBe('off');
    expect(stricterMode('write', 'read-write')).toBe('write');
    expect(stricterMode('off', 'read-write')).toBe('off');
  });

  test('a view reads and writes what its mode and each store’s allow, and shares failures', async () => {
    const a = store('a', Buffer.alloc(0));
    const b = store('b', Buffer.alloc(0), 'read');
    const set = new StoreSet([a, b], () => {});
    const read = set.restrictedTo('read');
    expect(read.readable()).toEqual([a, b]);
    expect(read.writable()).toEqual([]);
    expect(set.restrictedTo('write').readable()).toEqual([]);
    expect(set.restrictedTo('write').writable()).toEqual([a]);
    expect(read.restrictedTo('write').mode).toBe('off');
    read.fail(a, 'broken');
    expect(set.readable()).toEqual([b]);
    expect(set.failures).toHaveLength(1);
  });
});
