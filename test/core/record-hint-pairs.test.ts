// Blob hints read a record's inputs and blobs as they stand in its bytes (decodeHintPairs),
// never as text or objects: on a fresh clone of 30,000 inputs those were the most the decision
// held. The oracle is the parse (decodeRecordForHints, its inputs joined with its blobs): on
// random records and crafted ones the pairs must be the same, and a record the parse refuses
// gives none.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import type { Digest } from '../../src/core/digest.js';
import {
  decodeHintPairs,
  decodeRecordForHints,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecordBytes,
  hintDecodes,
  type StoredRecord,
} from '../../src/core/entry.js';
import {
  computeKey,
  createManifest,
  type InputEntry,
  KEY_SCHEMA_VERSION,
  type Manifest,
} from '../../src/core/manifest.js';
import { signerFromEnv } from '../../src/engine/signing.js';
import { bodyOf, storedForm } from '../support/records.js';

beforeAll(() => initBlake3());

const digest = (text: string) => blake3(text) as Digest;
const id = (n: number) => n.toString(16).padStart(40, '0');

function record(manifest: Manifest, blobs?: Record<string, string>): EntryRecord {
  return {
    format: ENTRY_FORMAT,
    key: computeKey(manifest, blake3),
    task: 'build',
    manifest,
    createdAt: '2026-12-05T10:00:00.000Z',
    durationMs: 1,
    exitCode: 0,
    outputs: [{ kind: 'file', path: 'out/a', executable: false, size: 1, digest: digest('x') }],
    log: { size: 0, digest: digest('') },
    archive: { codec: 'zstd' },
    producer: { host: 'h' },
    ...(blobs ? { blobs } : {}),
  };
}

const manifestOf = (inputs: InputEntry[]) =>
  createManifest({
    task: 'build',
    command: 'make',
    shell: 'bash',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [{ name: 'CI', digest: digest('true') }],
    inputs,
    keyCommands: [],
    outputs: ['out/**'],
    salt: '',
  });

/** The parse's pairs: what store hints took from a record before decodeHintPairs. */
function oracle(stored: StoredRecord, signer?: ReturnType<typeof signerFromEnv>) {
  const decoded = decodeRecordForHints(stored, blake3, signer);
  if (!decoded.ok) return decoded;
  const { manifest, blobs } = decoded.record;
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const input of blobs ? manifest.inputs : []) {
    if (!('digest' in input) || !Object.hasOwn(blobs!, input.path)) continue;
    const blob = blobs![input.path]!;
    if (!seen.has(blob)) pairs.push([blob, input.digest]);
    seen.add(blob);
  }
  return { ok: true, platform: manifest.platform, pairs };
}

/** decodeHintPairs on its own copy of the bytes (the decoder may let them go). */
function pairsOf(bytes: Uint8Array, signer?: ReturnType<typeof signerFromEnv>) {
  const decoded = decodeHintPairs(Buffer.from(bytes), blake3, signer);
  if (!decoded.ok) return decoded;
  return { ok: true, platform: decoded.record.platform, pairs: [...decoded.record.pairs] };
}

/** How decodeHintPairs read the record: as it stands, or parsed. */
function howRead(bytes: Uint8Array): 'as written' | 'parsed' {
  const before = hintDecodes.asWritten;
  decodeHintPairs(Buffer.from(bytes), blake3);
  return hintDecodes.asWritten > before ? 'as written' : 'parsed';
}

/** A stored form of any body text with that text's digest: what a store writer can make. */
const stored = storedForm;

describe('the blob hints of a record', () => {
  it('are read as they stand, and are the pairs the parse gives', () => {
    const inputs: InputEntry[] = [];
    const blobs: Record<string, string> = {};
    for (let i = 0; i < 500; i++) {
      const path = `src/f-${String(i).padStart(4, '0')}.ts`;
      if (i % 17 === 3) inputs.push({ path, link: 'target' });
      else inputs.push({ path, executable: i % 2 === 0, digest: digest(String(i)) });
      // Some without a blob id, some sharing one, a link with one, ids of files not inputs.
      if (i % 5 !== 0) blobs[path] = id(i % 7 === 0 ? 7 : i);
      if (i % 50 === 0) blobs[`src/g-${i}.ts`] = id(9000 + i);
    }
    const bytes = encodeRecordBytes(record(manifestOf(inputs), blobs), blake3);
    expect(howRead(bytes)).toBe('as written');
    const read = pairsOf(bytes);
    expect(read).toEqual(oracle(Buffer.from(bytes)));
    expect(read.ok && read.pairs.length).toBeGreaterThan(300);
  });

  it("are the parse's on random records, paths of any characters among them", () => {
    const segment = fc.constantFrom('a', 'b', 'ä', '✓', '\ue000', '😀', '"q"', 'x\\y', ' ', 'Z');
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `src/${s.join('')}`);
    fc.assert(
      fc.property(
        fc.uniqueArray(path, { minLength: 0, maxLength: 30 }),
        fc.array(fc.nat(4), { minLength: 30, maxLength: 30 }),
        (paths, kinds) => {
          const inputs: InputEntry[] = paths.map((p, i) =>
            kinds[i] === 0
              ? { path: p, link: 'l' }
              : { path: p, executable: kinds[i] === 1, digest: digest(p) },
          );
          const blobs: Record<string, string> = {};
          paths.forEach((p, i) => {
            if (kinds[i] !== 2) blobs[p] = id(kinds[i]! * 1000 + (i % 3));
          });
          const bytes = encodeRecordBytes(record(manifestOf(inputs), blobs), blake3);
          expect(pairsOf(bytes)).toEqual(oracle(Buffer.from(bytes)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("of a record without blobs, or signed, are the parse's", () => {
    const inputs = [{ path: 'src/a.ts', executable: false, digest: digest('a') }];
    const plain = encodeRecordBytes(record(manifestOf(inputs)), blake3);
    expect(pairsOf(plain)).toEqual({ ok: true, platform: { os: 'linux', arch: 'x64' }, pairs: [] });
    const signer = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'a' });
    const other = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'b' });
    const signed = encodeRecordBytes(
      record(manifestOf(inputs), { 'src/a.ts': id(1) }),
      blake3,
      signer,
    );
    expect(pairsOf(signed, signer)).toEqual({
      ok: true,
      platform: { os: 'linux', arch: 'x64' },
      pairs: [[id(1), digest('a')]],
    });
    expect(pairsOf(signed, other)).toEqual(oracle(Buffer.from(signed), other));
    expect(pairsOf(signed, other).ok).toBe(false);
  });

  it("are none where the parse refuses the record: a changed byte, a key that is not the manifest's", () => {
    const inputs = [{ path: 'src/a.ts', executable: false, digest: digest('a') }];
    const bytes = Buffer.from(
      encodeRecordBytes(record(manifestOf(inputs), { 'src/a.ts': id(1) }), blake3),
    );
    // A digest of an input changed, the record's own digest left: the body no longer has it.
    const flipped = Buffer.from(bytes);
    const at = flipped.indexOf(digest('a'));
    flipped[at] = flipped[at] === 0x30 ? 0x31 : 0x30;
    expect(pairsOf(flipped).ok).toBe(false);
    // The same change with the record's digest made again: the manifest no longer gives the key.
    const rehashed = stored(bodyOf(flipped));
    expect(pairsOf(rehashed)).toEqual(oracle(rehashed));
    expect(pairsOf(rehashed)).toEqual({
      ok: false,
      reason: "record's manifest does not give its key",
    });
  });

  it("are the parse's for layouts it does not read as they stand", () => {
    const inputs: InputEntry[] = ['src/a.ts', 'src/b.ts', 'src/c.ts'].map((path) => ({
      path,
      executable: false,
      digest: digest(path),
    }));
    const good = encodeRecordBytes(
      record(manifestOf(inputs), { 'src/a.ts': id(1), 'src/c.ts': id(3) }),
      blake3,
    );
    const body = bodyOf(good);
    const crafted = [
      // A path named twice in the blobs, the second after the last input: a parse keeps the last.
      body.replace(`"src/c.ts":"${id(3)}"}`, `"src/c.ts":"${id(3)}","src/a.ts":"${id(9)}"}`),
      // Blobs out of order.
      body.replace(
        `"src/a.ts":"${id(1)}","src/c.ts":"${id(3)}"`,
        `"src/c.ts":"${id(3)}","src/a.ts":"${id(1)}"`,
      ),
      // Spaces the encoder never writes.
      body.replace('"blobs":{', '"blobs": {'),
    ];
    for (const text of crafted) {
      expect(text).not.toBe(body);
      expect(howRead(stored(text))).toBe('parsed');
      expect(pairsOf(stored(text))).toEqual(oracle(stored(text)));
    }
    // Inputs out of order: a manifest of its own key, as a writer may make one.
    const unsorted: Manifest = { ...manifestOf(inputs), inputs: [...inputs].reverse() };
    expect(unsorted.schema).toBe(KEY_SCHEMA_VERSION);
    const bytes = encodeRecordBytes(
      record(unsorted, { 'src/a.ts': id(1), 'src/c.ts': id(3) }),
      blake3,
    );
    expect(howRead(bytes)).toBe('parsed');
    expect(pairsOf(bytes)).toEqual(oracle(Buffer.from(bytes)));
  });
});
