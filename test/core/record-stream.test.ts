// A record streamed as it is made (issue 17, goal 5: a save's memory as work grows): the save
// writes the stored form to a file piece by piece, hashing the text on the way, and never holds
// it whole. What it writes is byte for byte what encodeRecordBytes builds, the format every
// build reads, for records laid out as written and crafted ones, with and without a signer.

import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, createHasher, initBlake3 } from '../../src/adapters/blake3.js';
import type { Digest, Key } from '../../src/core/digest.js';
import {
  decodeRecord,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecordBytes,
  type RecordToWrite,
  type Signer,
  streamRecord,
} from '../../src/core/entry.js';
import { computeKey, createManifest, type Manifest } from '../../src/core/manifest.js';
import { signerFromEnv } from '../../src/engine/signing.js';

beforeAll(async () => {
  await initBlake3();
});

const digest = (text: string) => blake3(text) as Digest;

function manifest(files: number, path: (i: number) => string): Manifest {
  return createManifest({
    task: 'build',
    // Raw text of the layout's own markers: JSON escapes the quotes inside a string.
    command: `echo '},"outputs":[' '],"producer":{'`,
    shell: 'bash',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [{ name: 'CI', digest: digest('true') }],
    inputs: Array.from({ length: files }, (_, i) => ({
      path: `src/${path(i)}`,
      executable: i % 5 === 0,
      digest: digest(`in ${i}`),
    })),
    keyCommands: [],
    outputs: ['out/**'],
    salt: '',
  });
}

function record(files: number, path: (i: number) => string): EntryRecord {
  const m = manifest(files, path);
  return {
    format: ENTRY_FORMAT,
    key: computeKey(m, blake3),
    task: 'build',
    manifest: m,
    createdAt: '2026-12-04T10:00:00.000Z',
    durationMs: 1234,
    exitCode: 0,
    outputs: [
      ...Array.from({ length: files }, (_, i) => ({
        kind: 'file' as const,
        path: `out/${path(i)}`,
        executable: i % 3 === 0,
        size: i * 17,
        digest: digest(`out ${i}`),
      })),
      { kind: 'link', path: 'out/zz-link', target: `out/${path(0)}` },
    ],
    log: { size: 5, digest: digest('hello') },
    archive: { codec: 'zstd' },
    producer: { host: 'h', repository: 'o/r' },
    runnerFiles: { output: 'a=1\n', env: '', path: '', summary: 'ü' },
    blobs: Object.fromEntries(
      Array.from({ length: files }, (_, i) => [`src/${path(i)}`, i.toString(16).padStart(40, '0')]),
    ),
  };
}

/** What streamRecord writes, gathered into one array as a file would hold it. */
function streamed(rec: RecordToWrite, signer?: Signer): { bytes: Buffer; pieces: Uint8Array[] } {
  let file = Buffer.alloc(0);
  const pieces: Uint8Array[] = [];
  const sink = (bytes: Uint8Array, at: number) => {
    pieces.push(bytes);
    if (at + bytes.length > file.length) {
      const grown = Buffer.alloc(at + bytes.length);
      file.copy(grown);
      file = grown;
    }
    file.set(bytes, at);
  };
  const hasher = hasherOf();
  const length = streamRecord(rec, hasher, sink, signer);
  return { bytes: file.subarray(0, length), pieces };
}

let wasm: Awaited<ReturnType<typeof createHasher>>;
beforeAll(async () => {
  wasm = await createHasher();
});
const hasherOf = () => {
  wasm.init();
  return wasm;
};

const ascii = (i: number) => `pkg-${i % 7}/file-${i}.ts`;
// Two- to four-byte characters, so that pieces end inside what a character takes in UTF-8.
const wide = (i: number) => `päck-${i % 7}/ファイル-${i}-😀.ts`;

const signer = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'a secret of the tests' })!;
/** A signer whose signatures vary in length with the digest (no real one does). */
const varying: Signer = {
  sign: (key, d) => `sig-${key.slice(0, 4)}-${'x'.repeat(parseInt(d.slice(0, 2), 16) % 50)}`,
  verify: () => true,
};

describe('a streamed record', () => {
  const cases: [string, () => EntryRecord][] = [
    ['small', () => record(3, ascii)],
    ['of thousands of ASCII paths', () => record(3000, ascii)],
    ['of thousands of non-ASCII paths', () => record(3000, wide)],
  ];

  for (const [name, make] of cases) {
    it(`${name} is byte for byte encodeRecordBytes's, unsigned and signed`, () => {
      const rec = make();
      for (const s of [undefined, signer, varying]) {
        const { bytes } = streamed(rec, s);
        const built = Buffer.from(encodeRecordBytes(rec, blake3, s));
        expect(bytes.length).toBe(built.length);
        expect(bytes.equals(built)).toBe(true);
      }
    });
  }

  it('is handed on in pieces of one reused array, never as one array of the whole', () => {
    const rec = record(3000, wide);
    const { bytes, pieces } = streamed(rec);
    expect(pieces.length).toBeGreaterThan(10);
    // The text's pieces (before the closing brace and the header, written last) are views of
    // one array.
    const buffers = new Set(pieces.slice(0, -2).map((p) => p.buffer));
    expect(buffers.size).toBe(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(bytes.length / 4);
  });

  it('with its blobs as a Map is the record with them as an object', () => {
    for (const make of [() => record(3000, wide), () => record(3, ascii)]) {
      const rec = make();
      // In another order than the paths' (a save's Map is in the order of its scan).
      const map = new Map(Object.entries(rec.blobs!).reverse());
      map.set('__proto__', 'f'.repeat(64));
      const asObject = { ...rec, blobs: Object.fromEntries(map) };
      for (const s of [undefined, signer]) {
        const { bytes } = streamed({ ...rec, blobs: map }, s);
        expect(bytes.equals(Buffer.from(encodeRecordBytes(asObject, blake3, s)))).toBe(true);
      }
    }
  });

  it('with a Map of blobs that are not all text is as canonicalJson writes them', () => {
    const rec = record(3, ascii);
    const map = new Map<string, unknown>([
      ['b', 'x'],
      ['a', 7],
    ]) as unknown as ReadonlyMap<string, string>;
    const { bytes } = streamed({ ...rec, blobs: map });
    const asObject = { ...rec, blobs: { b: 'x', a: 7 } } as unknown as EntryRecord;
    expect(bytes.equals(Buffer.from(encodeRecordBytes(asObject, blake3)))).toBe(true);
  });

  it('of a crafted record (fields of other shapes) is still encodeRecordBytes', () => {
    const rec = record(40, ascii);
    const crafted = {
      ...rec,
      manifest: { ...rec.manifest, extra: [1, 'two'] },
      outputs: [...rec.outputs, { kind: 'file', path: 'out/odd', size: 1.5, extra: true }],
      blobs: { b: 'x', a: 7 },
      weird: { z: null, a: '\ud800' },
    } as unknown as EntryRecord;
    const { bytes } = streamed(crafted);
    expect(bytes.equals(Buffer.from(encodeRecordBytes(crafted, blake3)))).toBe(true);
  });

  it('decodes as the record it was made from, and not once a byte is changed', () => {
    const rec = record(500, wide);
    const { bytes } = streamed(rec, signer);
    const decoded = decodeRecord(bytes, rec.key as Key, blake3, signer);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.record).toEqual(rec);
    const at = bytes.indexOf('"size":17');
    const tampered = Buffer.from(bytes);
    tampered[at + 8] = '8'.charCodeAt(0);
    expect(decodeRecord(tampered, rec.key as Key, blake3, signer).ok).toBe(false);
  });
});
