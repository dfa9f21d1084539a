// A save hands the stores its record's UTF-8 beside the text, and the local store writes those
// bytes, so a record of megabytes is neither decoded nor encoded again (issue 17, goal 5: a
// save's memory as work grows). The text is still there for any store that reads it, and what
// the local store writes is the text's bytes: an entry saved so restores.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Key } from '../../src/core/digest.js';
import { runTask } from '../../src/engine/engine.js';
import { LocalStore } from '../../src/stores/local.js';
import type { SaveOutcome, SaveRequest } from '../../src/stores/store.js';
import { MemoryStore } from '../support/memory-store.js';
import { cleanupAll, ready, taskSpec, tempDir, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

const COMMAND = 'mkdir -p out && for i in $(seq 1 50); do echo "é $i" > "out/fïle-$i.txt"; done';

/** A memory store that keeps what each put was handed, and whether it read the text. */
class WatchingStore extends MemoryStore {
  readonly handed: { text: string; bytes: Uint8Array | undefined }[] = [];
  override async put(request: SaveRequest): Promise<SaveOutcome> {
    this.handed.push({ text: request.recordText, bytes: request.recordBytes });
    return super.put(request);
  }
}

/** A local store that says whether a put read the request's text. */
class LocalReadingText extends LocalStore {
  textRead = 0;
  override async put(request: SaveRequest): Promise<SaveOutcome> {
    const counting = Object.create(request, {
      recordText: {
        get: () => {
          this.textRead++;
          return request.recordText;
        },
      },
    }) as SaveRequest;
    return super.put(counting);
  }
}

describe("a save's record", () => {
  test('is handed to the stores as its text and as that text in UTF-8', async () => {
    const tree = workspaceTree();
    const store = new WatchingStore();
    const ctx = testEngine({ workspace: tree.workspace, stores: [store] });
    const result = await runTask(taskSpec({ command: COMMAND }), ctx.engine);
    expect(result).toMatchObject({ status: 'miss', savedTo: ['memory'] });
    expect(store.handed).toHaveLength(1);
    const { text, bytes } = store.handed[0]!;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes!).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  test('is written by the local store from its bytes, without the text, and restores', async () => {
    const root = tempDir('save-record-local');
    const store = new LocalReadingText(root);
    const spec = taskSpec({ command: COMMAND });
    const first = workspaceTree();
    const saved = await runTask(
      spec,
      testEngine({ workspace: first.workspace, stores: [store] }).engine,
    );
    expect(saved).toMatchObject({ status: 'miss', savedTo: ['local'] });
    expect(store.textRead).toBe(0);
    // The file holds the text as UTF-8: the text a store reading it back hands on.
    const key = saved.key as Key;
    const stored = await store.get(key);
    const file = path.join(root, 'entries', key.slice(0, 2), key, 'record.json');
    expect(readFileSync(file, 'utf8')).toBe(stored!.recordText);
    const second = workspaceTree();
    const hit = await runTask(
      spec,
      testEngine({ workspace: second.workspace, stores: [store] }).engine,
    );
    expect(hit.status).toBe('hit');
    expect(readFileSync(path.join(second.workspace, 'out/fïle-7.txt'), 'utf8')).toBe('é 7\n');
  });
});
