// Staging files are opened ahead of their bytes one at a time, in order: several threads
// creating files in one directory at once spin on its lock and cost more CPU time in all.
// node:fs's open is wrapped to count the opens under way; it still opens the real files.

import * as fs from 'node:fs';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { placeOutputs, stageArchive, writeArchive } from '../src/adapters/archive.js';
import { initBlake3 } from '../src/adapters/blake3.js';
import type { EntryRecord } from '../src/core/entry.js';
import { randomFile, removeDir, tempDir } from './stores/fixtures.js';

const counted = vi.hoisted(() => ({ active: 0, most: 0, total: 0 }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const open = (...args: unknown[]) => {
    const callback = args.at(-1) as (...result: unknown[]) => void;
    counted.active += 1;
    counted.total += 1;
    counted.most = Math.max(counted.most, counted.active);
    (real.open as (...a: unknown[]) => void)(...args.slice(0, -1), (...result: unknown[]) => {
      counted.active -= 1;
      callback(...result);
    });
  };
  return { ...real, default: { ...real, open }, open };
});

let dir: string;
const names = Array.from({ length: 60 }, (_, i) => `out/f${i}.txt`);

beforeAll(async () => {
  await initBlake3();
  dir = tempDir('archive-open-ahead');
  for (const [i, name] of names.entries()) {
    mkdirSync(path.join(dir, 'source', 'out'), { recursive: true });
    randomFile(path.join(dir, 'source', 'out'), path.basename(name), 100 + i * 50);
  }
});
afterAll(() => removeDir(dir));

describe('restoring many small files', () => {
  it('opens one staging file at a time, and restores each byte for byte', async () => {
    const source = path.join(dir, 'source');
    const file = path.join(dir, 'archive.bin');
    const written = await writeArchive({
      files: names.map((item) => {
        const absolute = path.join(source, item);
        const stat = statSync(absolute);
        return { path: item, absolute, size: stat.size, mode: stat.mode, symlink: false };
      }),
      workspace: source,
      log: Buffer.from('log\n'),
      codec: 'none',
      dest: file,
    });
    const record = {
      outputs: written.outputs,
      log: written.log,
      archive: { codec: 'none' },
    } as unknown as EntryRecord;
    const ws = path.join(dir, 'ws');
    mkdirSync(ws);
    counted.most = 0;
    counted.total = 0;
    const staged = await stageArchive(fs.createReadStream(file), record, ws);
    placeOutputs(record, staged, ws);
    expect(counted.total).toBeGreaterThanOrEqual(names.length);
    expect(counted.most).toBe(1);
    for (const name of names) {
      expect(readFileSync(path.join(ws, name)).equals(readFileSync(path.join(source, name)))).toBe(
        true,
      );
    }
  });
});
