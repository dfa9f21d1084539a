// Stored records: decoding checks the digest whether the text is laid out as written (hashed as
// it stands) or reformatted by someone (hashed after canonical re-serialization), for a restore
// without building the manifest, and nothing that does not match the digest is ever returned.

import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import type { Digest, Key } from '../../src/core/digest.js';
import {
  decodeRecord,
  decodeRecordToRestore,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecord,
} from '../../src/core/entry.js';
import { computeKey, createManifest, type Manifest } from '../../src/core/manifest.js';
import { signerFromEnv } from '../../src/engine/signing.js';

const digest = (text: string) => blake3(text) as Digest;

function manifest(): Manifest {
  return createManifest({
    task: 'build',
    // Raw text of the layout's own markers: JSON escapes the quotes inside a string.
    command: `echo '},{' '},"outputs":[' ',"manifest":{'`,
    shell: 'bash',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [],
    inputs: [{ path: 'src/ä ✓.txt', executable: false, digest: digest('in') }],
    keyCommands: [],
    outputs: ['out/**', '},"outputs":['],
    salt: '',
  });
}

let key: Key;

function record(): EntryRecord {
  return {
    format: ENTRY_FORMAT,
    key,
    // Text that looks like the layout's own field marker must not confuse the check.
    task: 'build ,"record":{"x":1}',
    manifest: manifest(),
    createdAt: '2026-11-21T10:00:00.000Z',
    durationMs: 1234,
    exitCode: 0,
    outputs: [
      { kind: 'file', path: 'out/a.txt', executable: false, size: 3, digest: digest('abc') },
    ],
    log: { size: 0, digest: digest('') },
    archive: { codec: 'gzip' },
    producer: {},
  };
}

beforeAll(async () => {
  await initBlake3();
  key = computeKey(manifest(), blake3);
});

describe('decodeRecord', () => {
  it('accepts a record as written, and the same record reformatted', () => {
    const text = encodeRecord(record(), blake3);
    const written = decodeRecord(text, key, blake3);
    expect(written).toEqual({ ok: true, record: record() });
    const reformatted = JSON.stringify(JSON.parse(text), null, 2);
    expect(decodeRecord(reformatted, key, blake3)).toEqual({ ok: true, record: record() });
  });

  it('rejects a changed value, whether laid out as written or reformatted', () => {
    const text = encodeRecord(record(), blake3).replace('"durationMs":1234', '"durationMs":1');
    expect(decodeRecord(text, key, blake3)).toEqual({
      ok: false,
      reason: 'record digest mismatch',
    });
    const reformatted = JSON.stringify(JSON.parse(text));
    expect(decodeRecord(reformatted, key, blake3)).toMatchObject({ ok: false });
  });

  it('rejects a second record field after the genuine one', () => {
    const text = encodeRecord(record(), blake3).trimEnd();
    const evil = JSON.stringify({ ...record(), outputs: [] });
    const doubled = `${text.slice(0, -1)},"record":${evil}}`;
    // JSON keeps the last of two equal keys: the evil record, which does not match the digest.
    expect(decodeRecord(doubled, key, blake3)).toEqual({
      ok: false,
      reason: 'record digest mismatch',
    });
  });

  it('decodes for a restore without the manifest, with the same checks', () => {
    const { manifest: _, ...restorable } = record();
    const text = encodeRecord(record(), blake3);
    expect(decodeRecordToRestore(text, key, blake3)).toEqual({ ok: true, record: restorable });
    // Reformatted: checked the general way, manifest and all.
    const reformatted = JSON.stringify(JSON.parse(text), null, 2);
    expect(decodeRecordToRestore(reformatted, key, blake3)).toMatchObject({
      ok: true,
      record: restorable,
    });
    // The digest covers the manifest a restore leaves out.
    const changed = text.replace('"salt":""', '"salt":"x"');
    expect(changed).not.toBe(text);
    expect(decodeRecordToRestore(changed, key, blake3)).toEqual({
      ok: false,
      reason: 'record digest mismatch',
    });
    expect(decodeRecordToRestore(text, 'cd'.repeat(32) as Key, blake3)).toEqual({
      ok: false,
      reason: 'record belongs to another key',
    });
  });

  it('refuses an output below another output, which a restore could be led through', () => {
    const nested: EntryRecord = {
      ...record(),
      outputs: [
        { kind: 'link', path: 'a/s', target: '../c' },
        { kind: 'file', path: 'a/s/payload', executable: false, size: 0, digest: digest('') },
      ],
    };
    expect(decodeRecord(encodeRecord(nested, blake3), key, blake3)).toEqual({
      ok: false,
      reason: 'output "a/s/payload" lies below another output',
    });
  });

  it('is a reason, not a throw, when a body matching its digest is not JSON', () => {
    const text = `{"digest":"${digest('x{')}","record":x{}\n`;
    expect(decodeRecord(text, key, blake3)).toMatchObject({ ok: false });
    expect(decodeRecordToRestore(text, key, blake3)).toMatchObject({ ok: false });
  });

  it('checks the signature in either layout', () => {
    const signer = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'secret' })!;
    const other = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'other' })!;
    const text = encodeRecord(record(), blake3, signer);
    expect(decodeRecord(text, key, blake3, signer)).toMatchObject({ ok: true });
    expect(decodeRecord(JSON.stringify(JSON.parse(text)), key, blake3, signer)).toMatchObject({
      ok: true,
    });
    expect(decodeRecord(text, key, blake3, other)).toEqual({
      ok: false,
      reason: 'entry signature does not match the signing key',
    });
    expect(decodeRecord(encodeRecord(record(), blake3), key, blake3, signer)).toEqual({
      ok: false,
      reason: 'entry is not signed',
    });
  });
});
