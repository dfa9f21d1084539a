// A hit lets go of its record once decoded (issue 17 goal 5): the local store's bytes of a
// record (megabytes for tens of thousands of files) are released before the outputs are
// restored, unless a faster store is to be back-filled with them, which then gets the record.

import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Key } from '../../src/core/digest.js';
import { runTask } from '../../src/engine/engine.js';
import { LocalStore } from '../../src/stores/local.js';
import type { StoredEntry } from '../../src/stores/store.js';
import { cleanupAll, ready, taskSpec, tempDir, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

/** A local store that keeps the entries it handed out. */
class WatchedLocal extends LocalStore {
  readonly handed: StoredEntry[] = [];
  override async get(key: Key): Promise<StoredEntry | undefined> {
    const entry = await super.get(key);
    if (entry) this.handed.push(entry);
    return entry;
  }
}

const BUILD = 'mkdir -p out && printf AAAA > out/a.txt && printf BB > out/b.txt';

describe('a hit from the local store', () => {
  test('releases the record before restoring the outputs', async () => {
    const { workspace } = workspaceTree();
    const store = new WatchedLocal(tempDir('release-store'));
    const spec = taskSpec({ command: BUILD });
    const run = () => runTask(spec, testEngine({ workspace, stores: [store] }).engine);
    expect((await run()).status).toBe('miss');
    rmSync(path.join(workspace, 'out'), { recursive: true });
    expect((await run()).status).toBe('hit');
    expect(store.handed).toHaveLength(1);
    expect(() => store.handed[0]!.recordBytes).toThrow('the record was released');
    expect(() => store.handed[0]!.recordText).toThrow('the record was released');
  });

  test('keeps it for back-filling a faster store, which gets the record', async () => {
    const { workspace } = workspaceTree();
    const slow = new WatchedLocal(tempDir('release-slow'));
    const fast = new LocalStore(tempDir('release-fast'));
    const spec = taskSpec({ command: BUILD });
    expect((await runTask(spec, testEngine({ workspace, stores: [slow] }).engine)).status).toBe(
      'miss',
    );
    rmSync(path.join(workspace, 'out'), { recursive: true });
    const both = testEngine({ workspace, stores: [fast, slow] }).engine;
    const hit = await runTask(spec, both);
    expect(hit.status).toBe('hit');
    const handed = slow.handed[0]!;
    expect(handed.recordBytes).toBeInstanceOf(Uint8Array);
    const copied = await fast.get(hit.key as Key);
    expect(copied && Buffer.from(copied.recordBytes!).equals(handed.recordBytes!)).toBe(true);
  });
});
