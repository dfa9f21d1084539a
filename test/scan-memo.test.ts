// The scan memo (adapters/scan-memo.ts) holds a scan's files as the scan left them and puts
// them in its map only when a later scan asks: these check that what a later scan is given is
// what it would have been given had each scan's files gone into the map at once.

import { describe, expect, test } from 'vitest';
import { type MemoFile, ScanMemo, type ScannedFile } from '../src/adapters/scan-memo.js';
import type { Digest } from '../src/core/digest.js';

const digest = (char: string) => char.repeat(64) as Digest;
const scanned = (path: string, char: string, memoised = false): ScannedFile => ({
  path,
  digest: digest(char),
  executable: false,
  symlink: false,
  memoised,
});

describe('a scan kept in the memo', () => {
  test('is what a later scan of the invocation finds', () => {
    const memo = new ScanMemo();
    const stamp = memo.stamp;
    expect(memo.get('src/a.c')).toBeUndefined();
    const files = [scanned('src/a.c', 'a'), scanned('src/b.c', 'b')];
    memo.keepScan(stamp, files);
    // The scan sorts its array after keeping it: the memo holds the files, not their order.
    files.reverse();
    expect(memo.get('src/a.c')?.digest).toBe(digest('a'));
    expect(memo.get('src/b.c')?.digest).toBe(digest('b'));
    expect(memo.get('src/c.c')).toBeUndefined();
  });

  test('does not replace what an earlier scan found with what it took from the memo', () => {
    const memo = new ScanMemo();
    const first = scanned('src/a.c', 'a');
    memo.keepScan(memo.stamp, [first]);
    const taken = memo.get('src/a.c')!;
    memo.keepScan(memo.stamp, [{ ...taken, path: 'src/a.c', memoised: true }]);
    expect(memo.get('src/a.c')).toBe(first);
  });

  test('is dropped when the workspace is written, and not kept while it is', () => {
    const memo = new ScanMemo();
    memo.keepScan(memo.stamp, [scanned('src/a.c', 'a')]);
    memo.beginWrite();
    expect(memo.get('src/a.c')).toBeUndefined();
    memo.keepScan(memo.stamp, [scanned('src/b.c', 'b')]);
    memo.endWrite();
    expect(memo.get('src/a.c')).toBeUndefined();
    expect(memo.get('src/b.c')).toBeUndefined();
  });

  test('is not kept when a write began and ended while it ran', () => {
    const memo = new ScanMemo();
    const stamp = memo.stamp;
    memo.beginWrite();
    memo.endWrite();
    memo.keepScan(stamp, [scanned('src/a.c', 'a')]);
    expect(memo.get('src/a.c')).toBeUndefined();
  });

  test('is replaced by what is kept after it', () => {
    const memo = new ScanMemo();
    memo.keepScan(memo.stamp, [scanned('src/a.c', 'a')]);
    const placed: MemoFile = { digest: digest('c'), executable: true, symlink: false };
    memo.keep(memo.stamp, [['src/a.c', placed]]);
    expect(memo.get('src/a.c')).toBe(placed);
  });
});
