// Stored records decoded from the bytes a store read (issue 17 goal 5, issue 15's cached run):
// the same records and the same refusals as from their text, the digest checked over the bytes
// as they stand, and blob hints read without the outputs.

import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import type { Digest, Key } from '../../src/core/digest.js';
import {
  decodeRecord,
  decodeRecordForHints,
  decodeRecordToRestore,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecord,
  encodeRecordBytes,
} from '../../src/core/entry.js';
import { computeKey, createManifest, type Manifest } from '../../src/core/manifest.js';
import { signerFromEnv } from '../../src/engine/signing.js';

const digest = (text: string) => blake3(text) as Digest;
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function manifest(): Manifest {
  return createManifest({
    task: 'build',
    // Raw text of the layout's own markers: JSON escapes the quotes inside a string.
    command: `echo '},"outputs":[' '],"producer":{' ',"manifest":{'`,
    shell: 'bash',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [],
    inputs: [
      { path: 'src/ä ✓.txt', executable: false, digest: digest('in') },
      { path: 'src/b.txt', executable: true, digest: digest('b') },
    ],
    keyCommands: [],
    outputs: ['out/**'],
    salt: '',
  });
}

let key: Key;

function record(): EntryRecord {
  return {
    format: ENTRY_FORMAT,
    key,
    task: 'build ,"record":{"x":1}',
    manifest: manifest(),
    createdAt: '2026-12-04T10:00:00.000Z',
    durationMs: 1234,
    exitCode: 0,
    outputs: [
      {
        kind: 'file',
        path: 'out/ü],"producer":{.txt',
        executable: false,
        size: 3,
        digest: digest('abc'),
      },
      { kind: 'link', path: 'out/l', target: 'ü],"producer":{.txt' },
    ],
    log: { size: 0, digest: digest('') },
    archive: { codec: 'none' },
    producer: { host: 'h' },
    blobs: { 'src/ä ✓.txt': 'a'.repeat(40) },
  };
}

/** What a restore is given: the record but its manifest and blobs (never used there). */
const restorable = () => {
  const { manifest: _, blobs: __, ...rest } = record();
  return rest;
};

beforeAll(async () => {
  await initBlake3();
  key = computeKey(manifest(), blake3);
});

describe('a record decoded from its bytes', () => {
  it('is the record its text gives, as written and reformatted, for a restore and in full', () => {
    const bytes = encodeRecordBytes(record(), blake3);
    expect(decodeRecordToRestore(bytes, key, blake3)).toEqual({ ok: true, record: restorable() });
    expect(decodeRecord(bytes, key, blake3)).toEqual({ ok: true, record: record() });
    // A view into a larger buffer, as a store may hand it on.
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 7);
    const view = padded.subarray(7, 7 + bytes.length);
    expect(decodeRecordToRestore(view, key, blake3)).toEqual({ ok: true, record: restorable() });
    const reformatted = utf8(JSON.stringify(JSON.parse(Buffer.from(bytes).toString()), null, 2));
    expect(decodeRecordToRestore(reformatted, key, blake3)).toEqual({
      ok: true,
      record: restorable(),
    });
    expect(decodeRecord(reformatted, key, blake3)).toEqual({ ok: true, record: record() });
  });

  it('is refused wherever a byte is changed, as its text is', () => {
    const bytes = encodeRecordBytes(record(), blake3);
    const text = Buffer.from(bytes).toString('utf8');
    for (let at = 0; at < bytes.length; at++) {
      const changed = Buffer.from(bytes);
      changed[at] = changed[at]! ^ 0x04;
      const fromBytes = decodeRecordToRestore(changed, key, blake3);
      // The text a read of the same bytes gives decodes alike.
      expect(fromBytes, `byte ${at}`).toEqual(
        decodeRecordToRestore(changed.toString('utf8'), key, blake3),
      );
      // Only the whitespace after the record may change and still give the record.
      if (fromBytes.ok) {
        expect(at, `byte ${at} of ${text.length}`).toBe(bytes.length - 1);
        expect(fromBytes.record).toEqual(restorable());
      }
    }
  });

  it('that is not UTF-8 decodes as the text a read gives (its digest over the raw bytes)', () => {
    const good = encodeRecord(record(), blake3);
    const body = good.slice(good.indexOf(',"record":') + 10, good.lastIndexOf('}'));
    // A byte no UTF-8 holds in an output path, the digest made over the raw bytes.
    const raw = Buffer.concat([
      utf8(body.slice(0, body.indexOf('out/l'))),
      Buffer.from([0xff]),
      utf8(body.slice(body.indexOf('out/l'))),
    ]);
    const bytes = Buffer.concat([utf8(`{"digest":"${blake3(raw)}","record":`), raw, utf8('}\n')]);
    const fromBytes = decodeRecordToRestore(bytes, key, blake3);
    expect(fromBytes).toEqual(decodeRecordToRestore(bytes.toString('utf8'), key, blake3));
    expect(fromBytes).toEqual({ ok: false, reason: 'record digest mismatch' });
  });

  it('checks the signature as its text does', () => {
    const signer = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'secret' })!;
    const other = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'other' })!;
    const signed = encodeRecordBytes(record(), blake3, signer);
    expect(decodeRecordToRestore(signed, key, blake3, signer)).toEqual({
      ok: true,
      record: restorable(),
    });
    expect(decodeRecordToRestore(signed, key, blake3, other)).toEqual({
      ok: false,
      reason: 'entry signature does not match the signing key',
    });
    expect(decodeRecordToRestore(encodeRecordBytes(record(), blake3), key, blake3, signer)).toEqual(
      { ok: false, reason: 'entry is not signed' },
    );
  });

  it('whose manifest is not its key is refused', () => {
    const other = { ...record(), manifest: { ...manifest(), salt: 'x' } };
    expect(decodeRecordToRestore(encodeRecordBytes(other, blake3), key, blake3)).toEqual({
      ok: false,
      reason: "record's manifest does not give its key",
    });
  });
});

describe('a record parsed in parts around its manifest', () => {
  it('leaves the bytes it was given as they were', () => {
    const bytes = encodeRecordBytes(record(), blake3);
    const copy = Buffer.from(bytes);
    expect(decodeRecordToRestore(bytes, key, blake3)).toMatchObject({ ok: true });
    expect(decodeRecordForHints(bytes, blake3)).toMatchObject({ ok: true });
    expect(decodeRecord(bytes, key, blake3)).toMatchObject({ ok: true });
    expect(Buffer.from(bytes).equals(copy)).toBe(true);
  });

  it.each([
    ['a field after the outputs', '"zz":1', 'record has an unknown field "zz"'],
    [
      'a "__proto__" after the outputs',
      '"__proto__":{"format":2}',
      'record has an unknown field "__proto__"',
    ],
    ['a second task after the outputs', '"task":"other"', undefined],
    ['a second manifest after the outputs', '"manifest":{}', undefined],
  ])('with %s decodes as one parse of the whole would', (_, field, reason) => {
    const text = encodeRecord(record(), blake3);
    const body = text.slice(text.indexOf(',"record":') + 10, text.lastIndexOf('}'));
    const crafted = `${body.slice(0, -1)},${field}}`;
    const stored = utf8(`{"digest":"${blake3(crafted)}","record":${crafted}}\n`);
    const decoded = decodeRecordToRestore(stored, key, blake3);
    if (reason !== undefined) expect(decoded).toEqual({ ok: false, reason });
    else if (field.startsWith('"task"')) {
      // JSON keeps the last of two equal keys, checked the general way.
      expect(decoded).toMatchObject({ ok: true, record: { task: 'other' } });
    } else expect(decoded).toMatchObject({ ok: false });
    expect(Object.getPrototypeOf(decoded.ok ? decoded.record : {})).toBe(Object.prototype);
  });
});

describe('a record decoded for blob hints', () => {
  const hinted = () => {
    const { outputs: _, ...rest } = record();
    return rest;
  };

  it('gives the manifest and the blobs, not the outputs, from bytes or text', () => {
    const bytes = encodeRecordBytes(record(), blake3);
    expect(decodeRecordForHints(bytes, blake3)).toEqual({ ok: true, record: hinted() });
    expect(decodeRecordForHints(Buffer.from(bytes).toString(), blake3)).toEqual({
      ok: true,
      record: hinted(),
    });
  });

  it('checks the outputs of a record laid out otherwise, as decodeRecord does', () => {
    const text = encodeRecord(record(), blake3);
    const reformatted = JSON.stringify(JSON.parse(text), null, 1);
    const decoded = decodeRecordForHints(reformatted, blake3);
    expect(decoded).toMatchObject({ ok: true, record: { blobs: record().blobs } });
    const unsafe = { ...record(), outputs: [{ kind: 'link', path: 'x', target: '/etc' }] };
    const crafted = JSON.stringify(
      JSON.parse(encodeRecord(unsafe as EntryRecord, blake3)),
      null,
      1,
    );
    expect(decodeRecordForHints(crafted, blake3)).toEqual({
      ok: false,
      reason: 'symlink x points outside the workspace',
    });
  });

  it('is refused when the outputs, the manifest or the signature do not match', () => {
    const text = encodeRecord(record(), blake3);
    const outputs = text.replace('"size":3', '"size":4');
    expect(outputs).not.toBe(text);
    expect(decodeRecordForHints(utf8(outputs), blake3)).toEqual({
      ok: false,
      reason: 'record digest mismatch',
    });
    const inputs = text.replace('"executable":true', '"executable":false');
    expect(inputs).not.toBe(text);
    expect(decodeRecordForHints(utf8(inputs), blake3)).toMatchObject({ ok: false });
    const signer = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'secret' })!;
    expect(decodeRecordForHints(utf8(text), blake3, signer)).toEqual({
      ok: false,
      reason: 'entry is not signed',
    });
    const signed = encodeRecordBytes(record(), blake3, signer);
    expect(decodeRecordForHints(signed, blake3, signer)).toEqual({ ok: true, record: hinted() });
  });
});
