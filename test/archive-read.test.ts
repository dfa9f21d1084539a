// Reading a large entry: a zstd archive of more than a few megabytes is decompressed by the
// `zstd` binary where there is one (a process of its own, beside this one's hashing and
// writing), and its files are opened ahead of their bytes. Restored byte for byte from a stream
// and from a file; a flipped byte leaves no staging file and no open file behind.

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  createReadStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CorruptEntryError,
  placeOutputs,
  stageArchive,
  writeArchive,
} from '../src/adapters/archive.js';
import { initBlake3 } from '../src/adapters/blake3.js';
import type { EntryRecord } from '../src/core/entry.js';
import { randomFile, removeDir, tempDir } from './stores/fixtures.js';

const zstdPath = spawnSync('sh', ['-c', 'command -v zstd'], { encoding: 'utf8' }).stdout.trim();

let dir: string;
let calls: string;
/** Two files over the binary's threshold together, and many small ones after them. */
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
  // A zstd on PATH that notes each call and runs the real one.
  if (zstdPath) {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    calls = path.join(dir, 'zstd-calls');
    writeFileSync(calls, '');
    const shim = path.join(bin, 'zstd');
    writeFileSync(shim, `#!/bin/sh\necho "$*" >> '${calls}'\nexec '${zstdPath}' "$@"\n`);
    chmodSync(shim, 0o755);
    process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
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

/** Decompressing calls of the zstd on PATH so far. */
function decompressions(): number {
  return readFileSync(calls, 'utf8')
    .split('\n')
    .filter((line) => /(^| )-d( |$)/.test(line)).length;
}

function openFiles(): number {
  return readdirSync('/proc/self/fd').length;
}

describe.skipIf(!zstdPath)('a large zstd archive', () => {
  it.each(['file', 'stream'] as const)(
    'is decompressed by the zstd binary and restored byte for byte, read from a %s',
    async (how) => {
      const { file, record } = await archive(`archive-${how}.zst`);
      const ws = path.join(dir, `ws-${how}`);
      mkdirSync(ws);
      const before = decompressions();
      const staged = await stageArchive(how === 'file' ? file : createReadStream(file), record, ws);
      expect(decompressions()).toBe(before + 1);
      expect(staged.log.toString()).toBe('the log\n');
      placeOutputs(record, staged, ws);
      for (const name of Object.keys(sizes)) {
        const restored = readFileSync(path.join(ws, name));
        expect(restored.equals(readFileSync(path.join(dir, 'source', name))), name).toBe(true);
      }
      expect(readdirSync(ws).sort()).toEqual(['big', 'small']);
    },
  );

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
