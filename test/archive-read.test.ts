// Reading a large entry: node:zlib's zstd hands on pieces of up to 1 MiB (not of its default
// 16 KiB), and the staging files are opened ahead of their bytes. Restored byte for byte from
// a stream and from a file; a file that is not as its record says leaves no staging file and
// no open file behind.

import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CorruptEntryError,
  placeOutputs,
  stageArchive,
  writeArchive,
} from '../src/adapters/archive.js';
import { initBlake3 } from '../src/adapters/blake3.js';
import { decompressStream } from '../src/adapters/codec.js';
import type { EntryRecord } from '../src/core/entry.js';
import { randomFile, removeDir, tempDir } from './stores/fixtures.js';

const zstd = 'createZstdCompress' in zlib || spawnSync('zstd', ['--version']).status === 0;

let dir: string;
/** Two large files, and many small ones after them: more than the files opened ahead. */
const sizes: Record<string, number> = { 'big/a.bin': 6_000_000, 'big/b.bin': 3_000_000 };
for (let i = 0; i < 120; i++) sizes[`small/${i % 7}/f${i}.txt`] = i % 5 === 0 ? 0 : 500 + i * 37;

beforeAll(async () => {
  await initBlake3();
  dir = tempDir('archive-read');
  for (const [name, size] of Object.entries(sizes)) {
    const file = path.join(dir, 'source', name);
    mkdirSync(path.dirname(file), { recursive: true });
    randomFile(path.dirname(file), path.basename(file), size);
  }
});
afterAll(() => removeDir(dir));

async function archive(name: string): Promise<{ file: string; record: EntryRecord }> {
  const source = path.join(dir, 'source');
  const file = path.join(dir, name);
  const written = await writeArchive({
    files: Object.keys(sizes).map((item) => {
      const absolute = path.join(source, item);
      const stat = statSync(absolute);
      return { path: item, absolute, size: stat.size, mode: stat.mode, symlink: false };
    }),
    workspace: source,
    log: Buffer.from('the log\n'),
    codec: 'zstd',
    dest: file,
  });
  const record = { outputs: written.outputs, log: written.log, archive: { codec: 'zstd' } };
  return { file, record: record as unknown as EntryRecord };
}

function openFiles(): number {
  return readdirSync('/proc/self/fd').length;
}

describe.skipIf(!zstd)('a large zstd archive', () => {
  it.skipIf(!('createZstdDecompress' in zlib))(
    'is decompressed by node:zlib in pieces larger than its default 16 KiB',
    async () => {
      const { file } = await archive('archive-pieces.zst');
      let largest = 0;
      let total = 0;
      for await (const piece of decompressStream(createReadStream(file), 'zstd')) {
        largest = Math.max(largest, (piece as Buffer).length);
        total += (piece as Buffer).length;
      }
      expect(total).toBeGreaterThan(9_000_000);
      // As large as what each piece of input decompresses to, up to 1 MiB.
      expect(largest).toBeGreaterThan(16 * 1024);
    },
  );

  it.each(['file', 'stream'] as const)('is restored byte for byte, read from a %s', async (how) => {
    const { file, record } = await archive(`archive-${how}.zst`);
    const ws = path.join(dir, `ws-${how}`);
    mkdirSync(ws);
    const staged = await stageArchive(how === 'file' ? file : createReadStream(file), record, ws);
    expect(staged.log.toString()).toBe('the log\n');
    placeOutputs(record, staged, ws);
    for (const name of Object.keys(sizes)) {
      const restored = readFileSync(path.join(ws, name));
      expect(restored.equals(readFileSync(path.join(dir, 'source', name))), name).toBe(true);
    }
    expect(readdirSync(ws).sort()).toEqual(['big', 'small']);
  });

  it.skipIf(process.platform !== 'linux')(
    'is corrupt when a file is not as its record says, and leaves no file behind and none open',
    async () => {
      const { file, record } = await archive('archive-damaged.zst');
      // The record of a small file near the end says other bytes: files after it are opened.
      const outputs = record.outputs as unknown as { path: string; digest: string }[];
      const victim = outputs.find((item) => item.path === 'small/2/f100.txt')!;
      victim.digest = '0'.repeat(64);
      const ws = path.join(dir, 'ws-damaged');
      mkdirSync(ws);
      const open = openFiles();
      const source = createReadStream(file);
      await expect(stageArchive(source, record, ws)).rejects.toBeInstanceOf(CorruptEntryError);
      expect(readdirSync(ws)).toEqual([]);
      // As the engine does on a failed restore; the zstd process's pipes close as it exits.
      source.destroy();
      await vi.waitFor(() => expect(openFiles()).toBe(open));
    },
  );
});
