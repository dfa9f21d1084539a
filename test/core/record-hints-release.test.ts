// Blob hints let a record's bytes go before its manifest is parsed (issue 17, goal 5: deciding
// on a fresh clone, whose peak RSS was a record's bytes and its parsed manifest at once). The
// decoder says when it reads the bytes no more; whatever becomes of them after, the record it
// gives, or the reason it refuses one, is the same.

import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import type { Digest } from '../../src/core/digest.js';
import {
  decodeRecord,
  decodeRecordForHints,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecord,
  encodeRecordBytes,
} from '../../src/core/entry.js';
import { computeKey, createManifest } from '../../src/core/manifest.js';
import { signerFromEnv } from '../../src/engine/signing.js';

beforeAll(() => initBlake3());

const digest = (text: string) => blake3(text) as Digest;

function record(files = 200): EntryRecord {
  const manifest = createManifest({
    task: 'build',
    command: 'make',
    shell: 'bash',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [],
    inputs: Array.from({ length: files }, (_, i) => ({
      path: `src/ä-${i}.ts`,
      executable: i % 2 === 0,
      digest: digest(`in ${i}`),
    })),
    keyCommands: [],
    outputs: ['out/**'],
    salt: '',
  });
  return {
    format: ENTRY_FORMAT,
    key: computeKey(manifest, blake3),
    task: 'build',
    manifest,
    createdAt: '2026-12-04T10:00:00.000Z',
    durationMs: 1,
    exitCode: 0,
    outputs: [{ kind: 'file', path: 'out/a', executable: false, size: 1, digest: digest('x') }],
    log: { size: 0, digest: digest('') },
    archive: { codec: 'none' },
    producer: {},
    blobs: Object.fromEntries(
      Array.from({ length: files }, (_, i) => [`src/ä-${i}.ts`, i.toString(16).padStart(40, '0')]),
    ),
  };
}

/** decodeRecordForHints with a release that overwrites the bytes, as a freed array may be. */
function decodeOverwritten(bytes: Uint8Array, signer?: ReturnType<typeof signerFromEnv>) {
  let calls = 0;
  const result = decodeRecordForHints(bytes, blake3, signer, () => {
    calls++;
    bytes.fill(0x20);
  });
  return { result, calls };
}

const withoutOutputs = (r: EntryRecord) => {
  const { outputs: _, ...rest } = r;
  return rest;
};

describe('a record decoded for blob hints', () => {
  it('lets its bytes go once, before its manifest is made, and is the same record', () => {
    const rec = record();
    const { result, calls } = decodeOverwritten(encodeRecordBytes(rec, blake3));
    expect(calls).toBe(1);
    expect(result).toEqual({ ok: true, record: withoutOutputs(rec) });
  });

  it('signed, is the same record, and refused under another key', () => {
    const signer = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'a' });
    const other = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'b' });
    const rec = record();
    expect(decodeOverwritten(encodeRecordBytes(rec, blake3, signer), signer).result).toEqual({
      ok: true,
      record: withoutOutputs(rec),
    });
    expect(decodeOverwritten(encodeRecordBytes(rec, blake3, signer), other).result).toEqual({
      ok: false,
      reason: 'entry signature does not match the signing key',
    });
  });

  it('whose manifest does not give its key is refused as decodeRecord refuses it', () => {
    const rec = { ...record(), key: 'f'.repeat(64) } as EntryRecord;
    const bytes = encodeRecordBytes(rec, blake3);
    const expected = decodeRecord(Buffer.from(bytes).toString(), undefined, blake3);
    expect(expected).toEqual({ ok: false, reason: "record's manifest does not give its key" });
    expect(decodeOverwritten(bytes).result).toEqual(expected);
  });

  it('whose manifest is not a manifest is refused as decodeRecord refuses it', () => {
    const rec = record();
    const broken = { ...rec, manifest: { ...rec.manifest, shell: 7 } } as unknown as EntryRecord;
    const bytes = encodeRecordBytes(broken, blake3);
    const expected = decodeRecord(Buffer.from(bytes).toString(), undefined, blake3);
    expect(expected.ok).toBe(false);
    expect(decodeOverwritten(bytes).result).toEqual(expected);
  });

  it('in another layout is read as before, whenever its bytes are let go', () => {
    const rec = record(20);
    const reformatted = JSON.stringify(JSON.parse(encodeRecord(rec, blake3)), null, 2);
    const { result } = decodeOverwritten(Buffer.from(reformatted));
    // The general check parses the outputs too; the hints read the manifest and the blobs.
    expect(result).toMatchObject({ ok: true, record: withoutOutputs(rec) });
  });
});
