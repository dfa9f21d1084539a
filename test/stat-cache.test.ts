import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StatCache } from '../src/adapters/stat-cache.js';
import type { Digest } from '../src/core/digest.js';
import { tempDir } from './support/cli.js';

const dir = tempDir('statcache');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const digest = 'ab'.repeat(32) as Digest;
const now = Date.now();
const stat = { path: 'src/a.ts', size: 10, mtimeMs: now - 60_000, ctimeMs: now - 60_000, ino: 42 };

describe('stat cache', () => {
  it('reuses a digest only for the same size, mtime, ctime and inode, across loads', () => {
    const file = path.join(dir, 'one.bin');
    const cache = StatCache.load(file);
    expect(cache.lookup(stat)).toBeUndefined();
    cache.record(stat, digest, now);
    cache.save();
    const again = StatCache.load(file);
    expect(again.lookup(stat)).toBe(digest);
    expect(again.lookup({ ...stat, size: 11 })).toBeUndefined();
    expect(again.lookup({ ...stat, mtimeMs: stat.mtimeMs + 1 })).toBeUndefined();
    expect(again.lookup({ ...stat, ctimeMs: stat.ctimeMs + 1 })).toBeUndefined();
    expect(again.lookup({ ...stat, ino: 43 })).toBeUndefined();
  });

  it('finds rows recorded earlier in the same process, across pieces, until replaced', () => {
    // One invocation's tasks share a cache: a later scan must see an earlier scan's digests.
    const cache = StatCache.load(path.join(dir, 'process.bin'));
    const rows = 6000; // Over 256 KiB of rows: several pieces.
    const at = (i: number) => ({ ...stat, path: `pkg/file-${i}.ts`, ino: 1000 + i });
    const digestOf = (i: number) => i.toString(16).padStart(64, '0') as Digest;
    for (let i = 0; i < rows; i++) cache.record(at(i), digestOf(i), now);
    for (const i of [0, 1, 2999, 5999]) {
      expect(cache.knows(at(i).path)).toBe(true);
      expect(cache.lookup(at(i))).toBe(digestOf(i));
      expect(cache.lookup({ ...at(i), mtimeMs: at(i).mtimeMs + 1 })).toBeUndefined();
    }
    // Recorded again with another stat: only the new one holds; racy: none does.
    cache.record({ ...at(7), size: 99 }, digest, now);
    expect(cache.lookup(at(7))).toBeUndefined();
    expect(cache.lookup({ ...at(7), size: 99 })).toBe(digest);
    cache.record({ ...at(8), mtimeMs: now, ctimeMs: now }, digest, now);
    expect(cache.knows(at(8).path)).toBe(false);
    expect(cache.lookup(at(8))).toBeUndefined();
  });

  it('finds a path recorded twice in one process by its last row, and keeps that one', () => {
    const file = path.join(dir, 'twice.bin');
    const other = 'cd'.repeat(32) as Digest;
    const names = ['é/日本.ts', 'src/a.ts', 'smile-😀.md'];
    const cache = StatCache.load(file);
    for (const name of names) cache.record({ ...stat, path: name }, digest, now);
    for (const name of names) cache.record({ ...stat, path: name, size: 11 }, other, now);
    cache.save();
    const again = StatCache.load(file);
    for (const name of names) {
      expect(again.knows(name)).toBe(true);
      expect(again.lookup({ ...stat, path: name })).toBeUndefined();
      expect(again.lookup({ ...stat, path: name, size: 11 })).toBe(other);
    }
    expect(again.knows('src/a.t')).toBe(false);
    // Saved again with a row replaced: the duplicate rows are not carried over.
    again.record({ ...stat, path: 'new.ts' }, digest, now);
    again.save();
    const rowBytes = (name: string) => 2 + Buffer.byteLength(name) + 32 + 32;
    const expected = 4 + ['new.ts', ...names].reduce((sum, name) => sum + rowBytes(name), 0);
    expect(readFileSync(file).length).toBe(expected);
  });

  it('never trusts a file modified within the racy window of being hashed', () => {
    const file = path.join(dir, 'racy.bin');
    const cache = StatCache.load(file);
    const racy = { ...stat, mtimeMs: now - 500, ctimeMs: now - 500 };
    cache.record(racy, digest, now);
    cache.save();
    expect(StatCache.load(file).lookup(racy)).toBeUndefined();
  });

  it('keeps unchanged rows byte for byte when others are added or replaced', () => {
    const file = path.join(dir, 'many.bin');
    const first = StatCache.load(file);
    const names = ['src/a.ts', 'src/ü/ß.ts', 'src/b.ts'];
    names.forEach((name, i) => {
      first.record({ ...stat, path: name, ino: i }, `${i}`.repeat(64) as Digest, now);
    });
    first.save();
    const second = StatCache.load(file);
    expect(second.knows('src/ü/ß.ts')).toBe(true);
    expect(second.knows('src/c.ts')).toBe(false);
    second.record({ ...stat, path: 'src/c.ts', ino: 9 }, 'c'.repeat(64) as Digest, now);
    second.record({ ...stat, path: 'src/b.ts', ino: 7 }, 'b'.repeat(64) as Digest, now);
    second.save();
    const third = StatCache.load(file);
    expect(third.lookup({ ...stat, path: 'src/a.ts', ino: 0 })).toBe('0'.repeat(64));
    expect(third.lookup({ ...stat, path: 'src/ü/ß.ts', ino: 1 })).toBe('1'.repeat(64));
    expect(third.lookup({ ...stat, path: 'src/b.ts', ino: 2 })).toBeUndefined();
    expect(third.lookup({ ...stat, path: 'src/b.ts', ino: 7 })).toBe('b'.repeat(64));
    expect(third.lookup({ ...stat, path: 'src/c.ts', ino: 9 })).toBe('c'.repeat(64));
  });

  it('keeps the rows around replaced ones, and new rows across many pieces', () => {
    const file = path.join(dir, 'gaps.bin');
    const first = StatCache.load(file);
    for (let i = 0; i < 5; i++) first.record({ ...stat, path: `k${i}`, ino: i }, digest, now);
    first.save();
    const second = StatCache.load(file);
    const other = 'cd'.repeat(32) as Digest;
    second.record({ ...stat, path: 'k1', ino: 11 }, other, now);
    second.record({ ...stat, path: 'k3', ino: 13 }, other, now);
    // Long paths: the new rows fill several of the pieces they are written into.
    const long = (i: number) => `n/${'\u00e9'.repeat(2000)}/${i}`;
    for (let i = 0; i < 400; i++) second.record({ ...stat, path: long(i), ino: i }, other, now);
    second.save();
    const third = StatCache.load(file);
    for (const i of [0, 2, 4])
      expect(third.lookup({ ...stat, path: `k${i}`, ino: i })).toBe(digest);
    for (const i of [1, 3]) {
      expect(third.lookup({ ...stat, path: `k${i}`, ino: i })).toBeUndefined();
      expect(third.lookup({ ...stat, path: `k${i}`, ino: 10 + i })).toBe(other);
    }
    for (const i of [0, 399]) expect(third.lookup({ ...stat, path: long(i), ino: i })).toBe(other);
  });

  it('drops a kept row when the file is hashed again within the racy window', () => {
    const file = path.join(dir, 'again-racy.bin');
    const first = StatCache.load(file);
    first.record(stat, digest, now);
    first.save();
    const second = StatCache.load(file);
    expect(second.knows(stat.path)).toBe(true);
    second.record({ ...stat, mtimeMs: now - 10, ctimeMs: now - 10 }, digest, now);
    expect(second.knows(stat.path)).toBe(false);
    second.save();
    expect(StatCache.load(file).knows(stat.path)).toBe(false);
  });

  it('keeps only the rows of the latest run beyond 250,000', () => {
    const file = path.join(dir, 'big.bin');
    const first = StatCache.load(file);
    for (let i = 0; i < 200_000; i++) first.record({ ...stat, path: `old/${i}` }, digest, now);
    first.save();
    const second = StatCache.load(file);
    expect(second.lookup({ ...stat, path: 'old/7' })).toBe(digest);
    for (let i = 0; i < 60_000; i++) second.record({ ...stat, path: `new/${i}` }, digest, now);
    second.save();
    const third = StatCache.load(file);
    expect(third.lookup({ ...stat, path: 'old/7' })).toBe(digest);
    expect(third.knows('old/8')).toBe(false);
    expect(third.lookup({ ...stat, path: 'new/59999' })).toBe(digest);
    // Under the bound, nothing is dropped.
    third.record({ ...stat, path: 'more' }, digest, now);
    third.save();
    const fourth = StatCache.load(file);
    expect(fourth.knows('old/7') && fourth.knows('new/0') && fourth.knows('more')).toBe(true);
  });

  it('treats a torn or foreign file as empty', () => {
    const file = path.join(dir, 'torn.bin');
    writeFileSync(file, 'TCS1\u0008\u0000src/a.ts');
    expect(StatCache.load(file).lookup(stat)).toBeUndefined();
  });
});
