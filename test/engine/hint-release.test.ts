// Blob hints free each record's bytes once read (issue 17 goal 5): a store's recent records are
// the caller's arrays, detached after decoding where the runtime can (Node 21+), and the hints
// they give are the same.

import { beforeAll, describe, expect, test } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import type { Digest } from '../../src/core/digest.js';
import { ENTRY_FORMAT, type EntryRecord, encodeRecordBytes } from '../../src/core/entry.js';
import { computeKey, createManifest } from '../../src/core/manifest.js';
import { storeBlobHints } from '../../src/engine/store-hints.js';
import type { Store } from '../../src/stores/store.js';

beforeAll(() => initBlake3());

function recordBytes(): Uint8Array {
  const manifest = createManifest({
    task: 'build',
    command: 'make',
    shell: 'bash',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [],
    inputs: [{ path: 'src/a.ts', executable: false, digest: blake3('a') as Digest }],
    keyCommands: [],
    outputs: ['out/**'],
    salt: '',
  });
  const record: EntryRecord = {
    format: ENTRY_FORMAT,
    key: computeKey(manifest, blake3),
    task: 'build',
    manifest,
    createdAt: '2026-12-04T10:00:00.000Z',
    durationMs: 1,
    exitCode: 0,
    outputs: [],
    log: { size: 0, digest: blake3('') as Digest },
    archive: { codec: 'none' },
    producer: {},
    blobs: { 'src/a.ts': 'a'.repeat(40) },
  };
  // An array of its own, as a store that reads a file gives.
  return new Uint8Array(encodeRecordBytes(record, blake3));
}

describe('blob hints from records read as bytes', () => {
  test('give the pairs and free each record', async () => {
    const records = [recordBytes(), recordBytes()];
    const store = {
      name: 'bytes',
      recentRecordBytes: async () => [...records],
      recentRecords: async () => {
        throw new Error('not asked for text');
      },
    } as unknown as Store;
    const hints = await storeBlobHints('build', {
      stores: { readable: () => [store], attempt: (_s, _w, operation) => operation() },
      scope: 's',
      platform: { os: 'linux', arch: 'x64' },
    });
    expect(hints).toEqual(new Map([['a'.repeat(40), blake3('a')]]));
    const detachable = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer;
    const freed = records.map((bytes) => bytes.byteLength === 0);
    expect(freed).toEqual(detachable === 'function' ? [true, true] : [false, false]);
  });
});
