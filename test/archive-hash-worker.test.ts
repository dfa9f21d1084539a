// A large restore is verified on a hash worker while the restoring thread decompresses and
// writes (src/adapters/piece-hasher.ts). The worker is the bundled hash-worker entry, built
// here with esbuild as scripts/build.mjs builds it. Still refused: a byte changed late in a
// large file; a worker that stops mid-restore refuses the entry (a miss), never crashes or
// places anything; the bytes handed on and not hashed yet stay within the ring.

import { mkdirSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CorruptEntryError,
  placeOutputs,
  stageArchive,
  writeArchive,
} from '../src/adapters/archive.js';
import { initBlake3 } from '../src/adapters/blake3.js';
import { pieceHashing, RING_BYTES } from '../src/adapters/piece-hasher.js';
import type { EntryRecord } from '../src/core/entry.js';
import { randomFile, removeDir, tempDir } from './stores/fixtures.js';

let dir: string;
/** A file larger than the ring, then small ones. */
const sizes: Record<string, number> = { 'big/a.bin': 3 * RING_BYTES + 12345 };
for (let i = 0; i < 40; i++) sizes[`small/f${i}.txt`] = i % 9 === 0 ? 0 : 300 + i * 91;
const workers: Worker[] = [];

beforeAll(async () => {
  await initBlake3();
  dir = tempDir('archive-hash-worker');
  for (const [name, size] of Object.entries(sizes)) {
    const file = path.join(dir, 'source', name);
    mkdirSync(path.dirname(file), { recursive: true });
    randomFile(path.dirname(file), path.basename(file), size);
  }
  const script = path.join(dir, 'worker', 'hash-worker.mjs');
  await esbuild.build({
    entryPoints: [path.join(import.meta.dirname, '..', 'src', 'adapters', 'hash-worker.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    external: ['@napi-rs/blake-hash'],
    logLevel: 'silent',
  });
  pieceHashing.script = script;
  pieceHashing.minBytes = 1024 * 1024;
  pieceHashing.minCores = 1;
  pieceHashing.onStart = (worker) => workers.push(worker);
});
afterAll(async () => {
  pieceHashing.script = null;
  pieceHashing.minCores = 3;
  pieceHashing.onStart = undefined;
  await Promise.all(workers.map((worker) => worker.terminate()));
  removeDir(dir);
});
beforeEach(() => {
  pieceHashing.maxInFlight = 0;
});

let archives = 0;
/** An uncompressed archive of the source files: its bytes are the files' bytes in order. */
async function archive(): Promise<{ file: string; record: EntryRecord }> {
  const source = path.join(dir, 'source');
  const file = path.join(dir, `archive-${archives++}`);
  const written = await writeArchive({
    files: Object.keys(sizes).map((item) => {
      const absolute = path.join(source, item);
      const stat = statSync(absolute);
      return { path: item, absolute, size: stat.size, mode: stat.mode, symlink: false };
    }),
    workspace: source,
    log: Buffer.from('the log\n'),
    codec: 'none',
    dest: file,
  });
  const record = { outputs: written.outputs, log: written.log, archive: { codec: 'none' } };
  return { file, record: record as unknown as EntryRecord };
}

/** Whether two files hold the same bytes (expect's deep equality is slow on large buffers). */
function same(a: string, b: string): boolean {
  return readFileSync(a).equals(readFileSync(b));
}

function workspace(): string {
  const ws = path.join(dir, `ws-${archives++}`);
  mkdirSync(ws);
  return ws;
}

describe('a large restore hashed on a worker', () => {
  it('is restored byte for byte, the bytes in flight within the ring', async () => {
    const { file, record } = await archive();
    const ws = workspace();
    const started = workers.length;
    const staged = await stageArchive(file, record, ws);
    placeOutputs(record, staged, ws);
    expect(workers.length).toBe(started + 1);
    for (const name of Object.keys(sizes)) {
      expect(same(path.join(ws, name), path.join(dir, 'source', name)), name).toBe(true);
    }
    expect(staged.log.toString()).toBe('the log\n');
    expect(pieceHashing.maxInFlight).toBeGreaterThan(0);
    expect(pieceHashing.maxInFlight).toBeLessThanOrEqual(RING_BYTES);
    // The next restore takes the worker that is waiting.
    const again = workspace();
    placeOutputs(record, await stageArchive(file, record, again), again);
    expect(workers.length).toBe(started + 1);
  });

  it('refuses a byte changed late in the large file, placing nothing', async () => {
    const { file, record } = await archive();
    const fd = openSync(file, 'r+');
    const at = sizes['big/a.bin']! - 7;
    const byte = readFileSync(file).subarray(at, at + 1);
    writeSync(fd, Buffer.from([byte[0]! ^ 0x01]), 0, 1, at);
    const ws = workspace();
    const error = await stageArchive(file, record, ws).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptEntryError);
    expect((error as Error).message).toMatch(/big\/a\.bin does not match its digest/);
    expect(readdirSync(ws)).toEqual([]);
    expect(workers.length).toBeGreaterThan(0);
  });

  it('is refused, not crashed, when the worker stops mid-restore; the next one works', async () => {
    const { file, record } = await archive();
    const bytes = readFileSync(file);
    const source = new PassThrough();
    const ws = workspace();
    const staging = stageArchive(source, record, ws).catch((e: unknown) => e);
    // Half of the large file, then every worker stops, then the rest.
    source.write(bytes.subarray(0, RING_BYTES));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all(workers.map((worker) => worker.terminate()));
    source.end(bytes.subarray(RING_BYTES));
    const error = await staging;
    expect(error).toBeInstanceOf(CorruptEntryError);
    expect((error as Error).message).toMatch(/hash worker/);
    expect(readdirSync(ws)).toEqual([]);
    const started = workers.length;
    const again = workspace();
    placeOutputs(record, await stageArchive(file, record, again), again);
    expect(workers.length).toBe(started + 1);
    expect(same(path.join(again, 'big/a.bin'), path.join(dir, 'source', 'big/a.bin'))).toBe(true);
  });
});
