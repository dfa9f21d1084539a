import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import { StatCache } from '../../src/adapters/stat-cache.js';
import type { Digest } from '../../src/core/digest.js';
import { type KeyCaches, loadScanCaches, withKeyCaches } from '../../src/engine/key-caches.js';
import { tempDir } from '../support/cli.js';

const dir = tempDir('key-caches');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  await initBlake3();
});

/** A state directory whose stat cache for `workspace` has a row, as after a first run. */
function stateWithStats(name: string, workspace: string): { state: string; id: string } {
  const state = path.join(dir, name);
  mkdirSync(state, { recursive: true });
  const id = blake3(workspace).slice(0, 24);
  const cache = StatCache.load(path.join(state, `stat-${id}.bin`));
  const now = Date.now();
  const stat = { path: 'a', size: 1, mtimeMs: now - 60_000, ctimeMs: now - 60_000, ino: 7 };
  cache.record(stat, 'ab'.repeat(32) as Digest, now);
  cache.save();
  return { state, id };
}

describe('the scan caches of a state directory', () => {
  it('removes the listing cache an earlier version kept as JSON', () => {
    const workspace = path.join(dir, 'ws');
    const { state, id } = stateWithStats('legacy', workspace);
    const legacy = path.join(state, `dirs-${id}.json`);
    writeFileSync(legacy, '{"dirs":{}}');
    const other = path.join(state, 'dirs-0123456789abcdef01234567.json');
    writeFileSync(other, '{"dirs":{}}');
    const caches = loadScanCaches(state, workspace);
    expect(caches.dirCache).toBeDefined();
    expect(existsSync(legacy)).toBe(false);
    // Another workspace's file is its own invocation's to remove.
    expect(existsSync(other)).toBe(true);
  });

  it('leaves what it cannot remove, and loads anyway', () => {
    const workspace = path.join(dir, 'ws2');
    const { state, id } = stateWithStats('legacy-dir', workspace);
    const inTheWay = path.join(state, `dirs-${id}.json`);
    mkdirSync(path.join(inTheWay, 'inside'), { recursive: true });
    expect(() => loadScanCaches(state, workspace)).not.toThrow();
    expect(existsSync(path.join(inTheWay, 'inside'))).toBe(true);
  });
});

describe('the scan caches of an invocation', () => {
  it('share scans between tasks, and keep no memo for an invocation of one task', async () => {
    const { state } = stateWithStats('memo', '/w/memo');
    const seen: Array<boolean> = [];
    for (const tasks of [undefined, 3, 1]) {
      await withKeyCaches(
        { keyCaches: undefined as KeyCaches | undefined },
        async (context) => {
          const caches = context.keyCaches!.of(state, '/w/memo');
          seen.push(caches.memo !== undefined);
          // One memo per invocation, and the listing cache shares it.
          expect(context.keyCaches!.of(state, '/w/memo').memo).toBe(caches.memo);
          expect(caches.dirCache?.memo).toBe(caches.memo);
        },
        tasks,
      );
    }
    expect(seen).toEqual([true, true, false]);
  });
});
