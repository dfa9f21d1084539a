// A save writes its record to a file beside the archive as the record is made (issue 17, goal 5:
// a save's memory as work grows), and the local store links that file into the entry: the
// record is never held whole, neither as text nor as bytes. A store that asks for the text or
// the bytes still gets them, the same bytes the local store keeps, and the scratch file goes.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { blake3 } from '../../src/adapters/blake3.js';
import type { Key } from '../../src/core/digest.js';
import { decodeRecord, encodeRecordBytes } from '../../src/core/entry.js';
import { runTask } from '../../src/engine/engine.js';
import { LocalStore } from '../../src/stores/local.js';
import type { SaveOutcome, SaveRequest } from '../../src/stores/store.js';
import { MemoryStore } from '../support/memory-store.js';
import { cleanupAll, ready, taskSpec, tempDir, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

const COMMAND = 'mkdir -p out && for i in $(seq 1 400); do echo "é $i" > "out/fïle-$i.txt"; done';

/** A local store that counts how often a put read the request's text or bytes. */
class CountingLocal extends LocalStore {
  read = { text: 0, bytes: 0 };
  override async put(request: SaveRequest): Promise<SaveOutcome> {
    const counting = Object.create(request, {
      recordText: {
        get: () => {
          this.read.text++;
          return request.recordText;
        },
      },
      recordBytes: {
        get: () => {
          this.read.bytes++;
          return request.recordBytes;
        },
      },
    }) as SaveRequest;
    return super.put(counting);
  }
}

/** A memory store that keeps the text and bytes each put was handed. */
class Watching extends MemoryStore {
  readonly handed: { text: string; bytes: Uint8Array | undefined }[] = [];
  override async put(request: SaveRequest): Promise<SaveOutcome> {
    this.handed.push({ text: request.recordText, bytes: request.recordBytes });
    return super.put(request);
  }
}

describe("a save's record, written to a file as it is made", () => {
  test('is taken by the local store without its text or bytes, and restores', async () => {
    const root = tempDir('save-stream');
    const store = new CountingLocal(root);
    const tmp = path.join(tempDir('save-stream-tmp'), 'tmp');
    const spec = taskSpec({ command: COMMAND });
    const first = workspaceTree();
    const saved = await runTask(
      spec,
      testEngine({ workspace: first.workspace, stores: [store], tmpDir: tmp }).engine,
    );
    expect(saved).toMatchObject({ status: 'miss', savedTo: ['local'] });
    expect(store.read).toEqual({ text: 0, bytes: 0 });
    // Nothing of the save is left in its scratch folder.
    expect(readdirSync(tmp)).toEqual([]);
    const key = saved.key as Key;
    const file = readFileSync(path.join(root, 'entries', key.slice(0, 2), key, 'record.json'));
    const decoded = decodeRecord(file, key, blake3);
    expect(decoded.ok).toBe(true);
    // The file is the stored form encodeRecordBytes gives for its record, byte for byte.
    if (decoded.ok) {
      expect(Buffer.from(encodeRecordBytes(decoded.record, blake3)).equals(file)).toBe(true);
    }
    const second = workspaceTree();
    const hit = await runTask(
      spec,
      testEngine({ workspace: second.workspace, stores: [store] }).engine,
    );
    expect(hit.status).toBe('hit');
    expect(readFileSync(path.join(second.workspace, 'out/fïle-7.txt'), 'utf8')).toBe('é 7\n');
  });

  test('is handed as text and bytes to a store that asks, the bytes the local store keeps', async () => {
    const root = tempDir('save-stream-both');
    const local = new LocalStore(root);
    const memory = new Watching();
    const tree = workspaceTree();
    const saved = await runTask(
      taskSpec({ command: COMMAND }),
      testEngine({ workspace: tree.workspace, stores: [local, memory] }).engine,
    );
    expect(saved).toMatchObject({ status: 'miss' });
    expect(saved.status === 'miss' && [...saved.savedTo].sort()).toEqual(['local', 'memory']);
    const key = saved.key as Key;
    const file = readFileSync(path.join(root, 'entries', key.slice(0, 2), key, 'record.json'));
    const { text, bytes } = memory.handed[0]!;
    expect(Buffer.from(bytes!).equals(file)).toBe(true);
    expect(text).toBe(file.toString('utf8'));
  });
});
