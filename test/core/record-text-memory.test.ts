// A record's text is written into one array allocated once (issue 17, goal 5: a save's memory
// as work grows). Grown by doubling, the array of a record of 32,000 inputs and outputs was
// allocated a dozen times, the copies left behind as garbage outside the JS heap at the moment
// the record is written. Counted by wrapping the global Uint8Array the writer allocates with.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import { canonicalJson, type Json } from '../../src/core/canonical.js';
import type { Key } from '../../src/core/digest.js';
import {
  decodeRecordToRestore,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecord,
} from '../../src/core/entry.js';
import { computeKey, createManifest } from '../../src/core/manifest.js';

beforeAll(async () => {
  await initBlake3();
});

const original = globalThis.Uint8Array;
afterEach(() => {
  globalThis.Uint8Array = original;
});

/** Runs `fn`, counting the arrays of at least `min` bytes made by `new Uint8Array(length)`. */
function countingLarge<T>(min: number, fn: () => T): { value: T; sizes: number[] } {
  const sizes: number[] = [];
  class Counting extends original {
    constructor(...args: unknown[]) {
      // biome-ignore lint/suspicious/noExplicitAny: the constructor's overloads, passed through
      super(...(args as [any]));
      if (typeof args[0] === 'number' && args[0] >= min) sizes.push(args[0]);
    }
  }
  globalThis.Uint8Array = Counting as unknown as Uint8ArrayConstructor;
  try {
    return { value: fn(), sizes };
  } finally {
    globalThis.Uint8Array = original;
  }
}

function record(files: number, path: (i: number) => string): EntryRecord {
  const manifest = createManifest({
    task: 'copy',
    command: 'node -e 0',
    shell: 'sh',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [],
    inputs: Array.from({ length: files }, (_, i) => ({
      path: `packages/${path(i)}`,
      executable: i % 7 === 0,
      digest: blake3(`in ${i}`),
    })),
    keyCommands: [],
    outputs: ['out/**'],
    salt: '',
  });
  return {
    format: ENTRY_FORMAT,
    key: computeKey(manifest, blake3) as Key,
    task: 'copy',
    manifest,
    createdAt: '2026-12-04T10:00:00.000Z',
    durationMs: 5,
    exitCode: 0,
    outputs: Array.from({ length: files }, (_, i) => ({
      kind: 'file' as const,
      path: `out/${path(i)}`,
      executable: false,
      size: i * 1000,
      digest: blake3(`out ${i}`),
    })),
    log: { size: 0, digest: blake3('') },
    archive: { codec: 'zstd' },
    producer: { host: 'ci' },
    blobs: Object.fromEntries(
      manifest.inputs.map((input, i) => [input.path, blake3(`blob ${i}`).slice(0, 40)]),
    ),
  };
}

function generic(r: EntryRecord): string {
  const body = canonicalJson(r as unknown as Json);
  return `{"digest":"${blake3(body)}","record":${body}}\n`;
}

describe("a record's text", () => {
  it('of 32,000 inputs and outputs is written into one array allocated once', () => {
    const r = record(32_000, (i) => `pkg-${i % 64}/src/dir-${i % 13}/file-${i}.ts`);
    const { value: text, sizes } = countingLarge(1024 * 1024, () => encodeRecord(r, blake3));
    expect(text).toBe(generic(r));
    expect(sizes).toHaveLength(1);
    // Not much larger than the text (its UTF-8 is as long as the text: ASCII).
    expect(sizes[0]!).toBeLessThan(text.length * 1.25);
    expect(decodeRecordToRestore(text, r.key, blake3).ok).toBe(true);
  });

  it('of paths of many bytes per character grows past its expected length and stays exact', () => {
    const r = record(4_000, (i) => `пакет-${i % 16}/文件-${'é'.repeat(i % 40)}-${i}.ts`);
    const { value: text, sizes } = countingLarge(64 * 1024, () => encodeRecord(r, blake3));
    expect(text).toBe(generic(r));
    // Grown by a quarter at a time, not allocated anew per doubling from a small start.
    expect(sizes.length).toBeLessThan(3);
    expect(decodeRecordToRestore(text, r.key, blake3).ok).toBe(true);
  });
});
