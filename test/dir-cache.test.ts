// The directory listing cache on its own: what it keeps, what it refuses to trust, and that a
// damaged state file only costs a listing. (test/fast-paths.test.ts drives it through the CLI
// on a tree whose directories gain, lose and rename entries.)

import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DirCache } from '../src/adapters/dir-cache.js';
import { readListing } from '../src/adapters/walk.js';
import { tempDir } from './support/cli.js';

let root: string;
let state: string;

beforeEach(() => {
  root = tempDir('dirs');
  state = path.join(tempDir('dirs-state'), 'dirs.json');
  mkdirSync(path.join(root, 'sub'));
  writeFileSync(path.join(root, 'a.txt'), 'a');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(path.dirname(state), { recursive: true, force: true });
});

/** A clock 2.1 s ahead: what the racy rule sees when the listing comes that long after. */
const later = () => Date.now() + 2100;

/**
 * Lists `root` through a cache loaded from `state` (reading the time from `now`), saves it, and
 * says whether it reused.
 */
function listOnce(now?: () => number): { names: string[]; reused: number } {
  const cache = DirCache.load(state, now);
  const listing = cache.list(root);
  cache.save();
  return { names: [...(listing?.names ?? [])].sort(), reused: cache.reused };
}

describe('DirCache', () => {
  it('lists like readdir, and does not keep a directory changed within 2 s of its listing', () => {
    const plain = readListing(root)!;
    expect(listOnce()).toEqual({ names: [...plain.names].sort(), reused: 0 });
    // Just created: racy, so the second run lists it again rather than trusting the first.
    expect(listOnce()).toEqual({ names: ['a.txt', 'sub'], reused: 0 });
  });

  it('reuses a listing kept from before the racy window, and lists a changed directory again', () => {
    expect(listOnce(later)).toEqual({ names: ['a.txt', 'sub'], reused: 0 });
    expect(listOnce(later)).toEqual({ names: ['a.txt', 'sub'], reused: 1 });
    writeFileSync(path.join(root, 'b.txt'), 'b');
    expect(listOnce(later)).toEqual({ names: ['a.txt', 'b.txt', 'sub'], reused: 0 });
  });

  it('in one invocation, reuses its own new listing and sees a change made meanwhile', async () => {
    // Kept from an earlier run, then the directory changes: this invocation lists it anew.
    expect(listOnce(later)).toEqual({ names: ['a.txt', 'sub'], reused: 0 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(path.join(root, 'b.txt'), 'b');
    const cache = DirCache.load(state, later);
    expect([...cache.list(root)!.names].sort()).toEqual(['a.txt', 'b.txt', 'sub']);
    // A second scan of the same invocation (another task) takes that listing, not the old row.
    expect([...cache.list(root)!.names].sort()).toEqual(['a.txt', 'b.txt', 'sub']);
    expect(cache.reused).toBe(1);
    // Past the filesystem's timestamp tick, so the change shows in the directory's mtime.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(path.join(root, 'c.txt'), 'c');
    expect([...cache.list(root)!.names].sort()).toEqual(['a.txt', 'b.txt', 'c.txt', 'sub']);
    expect(cache.reused).toBe(1);
  });

  it('treats a damaged or foreign state file as empty', () => {
    for (const text of ['{"format":1,"dirs":', '{"format":99,"dirs":{}}', 'null', '[]']) {
      writeFileSync(state, text);
      expect(listOnce()).toEqual({ names: ['a.txt', 'sub'], reused: 0 });
    }
  });

  it('ignores a kept row whose names and kinds disagree', () => {
    expect(listOnce(later)).toEqual({ names: ['a.txt', 'sub'], reused: 0 });
    // The row's last byte is its last kind: one kind too few.
    const kept = readFileSync(state);
    const kindsAt = kept.length - 2 - 4;
    expect(kept.readUInt32LE(kindsAt)).toBe(2);
    kept.writeUInt32LE(1, kindsAt);
    writeFileSync(state, kept.subarray(0, kept.length - 1));
    expect(listOnce(later)).toEqual({ names: ['a.txt', 'sub'], reused: 0 });
    expect(listOnce(later)).toEqual({ names: ['a.txt', 'sub'], reused: 1 });
  });

  it('treats a file of the earlier JSON format as empty', () => {
    expect(listOnce(later)).toEqual({ names: ['a.txt', 'sub'], reused: 0 });
    const { mtimeMs, ctimeMs, ino } = statSync(root);
    const dirs = { [root]: [mtimeMs, ctimeMs, ino, 'a.txt/sub/ghost', 'ffd'] };
    writeFileSync(state, JSON.stringify({ format: 1, dirs }));
    expect(listOnce(later)).toEqual({ names: ['a.txt', 'sub'], reused: 0 });
  });

  it('keeps the rows before a torn one, and rows it did not list again as they were', () => {
    const other = tempDir('dirs-other');
    try {
      writeFileSync(path.join(other, 'o.txt'), 'o');
      const cache = DirCache.load(state, later);
      cache.list(root);
      cache.list(other);
      cache.save();
      // A later run lists only `root`, which changed: `other`'s row is kept byte for byte.
      writeFileSync(path.join(root, 'b.txt'), 'b');
      const next = DirCache.load(state, later);
      expect([...next.list(root)!.names].sort()).toEqual(['a.txt', 'b.txt', 'sub']);
      next.save();
      const again = DirCache.load(state, later);
      expect([...again.list(other)!.names]).toEqual(['o.txt']);
      expect([...again.list(root)!.names].sort()).toEqual(['a.txt', 'b.txt', 'sub']);
      expect(again.reused).toBe(2);
      // Torn within its last row: the rows before it are still used.
      const kept = readFileSync(state);
      writeFileSync(state, kept.subarray(0, kept.length - 3));
      const torn = DirCache.load(state, later);
      torn.list(root);
      torn.list(other);
      expect(torn.reused).toBe(1);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
