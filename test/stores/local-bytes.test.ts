// The local store reads a record's bytes (issue 17 goal 5): a lookup and the recent records
// give them as they lie on disk, the text only when asked for, and a run through the store set
// passes them on to the restore.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initBlake3 } from '../../src/adapters/blake3.js';
import { LocalStore } from '../../src/stores/local.js';
import { randomFile, randomKey, removeDir, saveRequest, tempDir } from './fixtures.js';

const root = tempDir('local-bytes');
beforeAll(() => initBlake3());
afterAll(() => removeDir(root));

describe('local store: record bytes', () => {
  test('a lookup gives the record as its bytes, and the same text', async () => {
    const store = new LocalStore(path.join(root, 'store'));
    const key = randomKey();
    const archive = randomFile(root, 'archive', 100);
    // Not UTF-8 at one byte: given as it lies, the text as a read decodes it.
    const recordText = `{"record":"${key}","note":"héllo ✓ ?"}\n`;
    const recordBytes = Buffer.from(recordText);
    recordBytes[recordBytes.indexOf('?')] = 0xff;
    const request = saveRequest({ key, archivePath: archive, recordText, scope: 's' });
    await store.put({ ...request, recordBytes });
    const onDisk = readFileSync(
      path.join(root, 'store', 'entries', key.slice(0, 2), key, 'record.json'),
    );
    const entry = await store.get(key);
    expect(entry?.recordBytes).toBeInstanceOf(Uint8Array);
    expect(onDisk.equals(recordBytes)).toBe(true);
    expect(Buffer.from(entry!.recordBytes!).equals(onDisk)).toBe(true);
    expect(entry!.recordText).toBe(onDisk.toString('utf8'));
    const recent = await store.recentRecordBytes?.('build', 's');
    expect(recent?.map((bytes) => Buffer.from(bytes).equals(onDisk))).toEqual([true]);
    expect(await store.recentRecords('build', 's')).toEqual([onDisk.toString('utf8')]);
  });
});

describe('local store: a released record', () => {
  test('is gone: its text and bytes are not read after, and its memory is given back', async () => {
    const store = new LocalStore(path.join(root, 'released'));
    const key = randomKey();
    const archive = randomFile(root, 'archive-2', 100);
    // Larger than a slice of Node's buffer pool: an array of its own.
    const recordText = `{"record":"${key}","note":"${'x'.repeat(64 * 1024)}"}\n`;
    await store.put(saveRequest({ key, archivePath: archive, recordText, scope: 's' }));
    const entry = await store.get(key);
    const bytes = entry!.recordBytes!;
    expect(bytes.byteLength).toBe(recordText.length);
    entry!.releaseRecord!();
    expect(() => entry!.recordBytes).toThrow('the record was released');
    expect(() => entry!.recordText).toThrow('the record was released');
    // Detached where the runtime can (Node 21+): the bytes are freed at once.
    const detachable = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer;
    expect(bytes.byteLength).toBe(detachable === 'function' ? 0 : recordText.length);
    // The archive is still there to restore.
    expect(entry!.archiveFile).toBeDefined();
  });
});
