// A restore is given a record without its blobs (issue 17, goal 5: a restore's memory as work
// grows): a path and a git blob id per input, of no use to a restore, held through all of it.
// Laid out as written, the blobs are checked as they stand in the bytes and never parsed;
// anything the byte check is not certain of is parsed and checked as before, so a restore
// refuses every record decodeRecord refuses, with the same reason.

import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import type { Digest, Key } from '../../src/core/digest.js';
import {
  decodeRecord,
  decodeRecordToRestore,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecord,
  encodeRecordBytes,
  MAX_PATH_LENGTH,
} from '../../src/core/entry.js';
import { computeKey, createManifest, type Manifest } from '../../src/core/manifest.js';
import { bodyOf, storedForm } from '../support/records.js';

const digest = (text: string) => blake3(text) as Digest;
let key: Key;

function manifest(): Manifest {
  return createManifest({
    task: 'build',
    command: 'make',
    shell: 'bash',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [],
    inputs: [{ path: 'src/a.ts', executable: false, digest: digest('a') }],
    keyCommands: [],
    outputs: ['out/**'],
    salt: '',
  });
}

function record(blobs?: unknown, codec = 'none'): EntryRecord {
  return {
    format: ENTRY_FORMAT,
    key,
    task: 'build',
    manifest: manifest(),
    createdAt: '2026-12-04T10:00:00.000Z',
    durationMs: 5,
    exitCode: 0,
    outputs: [{ kind: 'file', path: 'out/a', executable: false, size: 1, digest: digest('x') }],
    log: { size: 0, digest: digest('') },
    archive: { codec } as EntryRecord['archive'],
    producer: { host: 'h' },
    ...(blobs === undefined ? {} : { blobs }),
  } as EntryRecord;
}

/** A stored form of any body text, with the digest of that text: what a store writer can make. */
const stored = storedForm;

const body = (rec: EntryRecord) => bodyOf(encodeRecord(rec, blake3));

beforeAll(async () => {
  await initBlake3();
  key = computeKey(manifest(), blake3);
});

describe('a record decoded for a restore', () => {
  const blobSets: [string, Record<string, string>][] = [
    ['SHA-1 and SHA-256 ids', { 'src/a.ts': 'a'.repeat(40), 'src/b.ts': 'b'.repeat(64) }],
    ['non-ASCII paths', { 'src/ä ✓.ts': 'c'.repeat(40), 'src/😀.ts': 'd'.repeat(40) }],
    // Escapes: checked by a parse, as before.
    ['a path with a quote and a tab', { 'src/"q"\t.ts': 'e'.repeat(40) }],
    ['a path of exactly the longest length', { ['é'.repeat(MAX_PATH_LENGTH)]: 'f'.repeat(40) }],
    ['no paths', {}],
  ];
  for (const [name, blobs] of blobSets) {
    for (const codec of ['none', 'zstd', 'gzip']) {
      it(`with blobs of ${name} (${codec}) is the record but its manifest and blobs`, () => {
        const rec = record(blobs, codec);
        const { manifest: _m, blobs: _b, ...expected } = rec;
        const bytes = encodeRecordBytes(rec, blake3);
        expect(decodeRecord(bytes, key, blake3)).toEqual({ ok: true, record: rec });
        expect(decodeRecordToRestore(bytes, key, blake3)).toEqual({ ok: true, record: expected });
        // Reformatted (the general check): the same record.
        const reformatted = JSON.stringify(JSON.parse(Buffer.from(bytes).toString()), null, 2);
        expect(decodeRecordToRestore(reformatted, key, blake3)).toEqual({
          ok: true,
          record: expected,
        });
      });
    }
  }

  it('leaves the bytes it was given as they were', () => {
    const rec = record({ 'src/a.ts': 'a'.repeat(40) });
    const bytes = Buffer.from(encodeRecordBytes(rec, blake3));
    const copy = Buffer.from(bytes);
    expect(decodeRecordToRestore(bytes, key, blake3).ok).toBe(true);
    expect(bytes.equals(copy)).toBe(true);
  });

  it('without blobs is the record but its manifest', () => {
    const rec = record();
    const { manifest: _m, ...expected } = rec;
    const bytes = encodeRecordBytes(rec, blake3);
    expect(decodeRecordToRestore(bytes, key, blake3)).toEqual({ ok: true, record: expected });
  });

  const bad: [string, unknown, string][] = [
    [
      'an upper-case id',
      { 'src/a.ts': 'A'.repeat(40) },
      'record field blobs["src/a.ts"] is not a git blob id (40 or 64 lowercase hex digits)',
    ],
    [
      'an id of 41 digits',
      { 'src/a.ts': 'a'.repeat(41) },
      'record field blobs["src/a.ts"] is not a git blob id (40 or 64 lowercase hex digits)',
    ],
    [
      'an id that is a number',
      { 'src/a.ts': 7 },
      'record field blobs["src/a.ts"] is not a git blob id (40 or 64 lowercase hex digits)',
    ],
    [
      'an id that is an object',
      { 'src/a.ts': { id: 'a'.repeat(40) } },
      'record field blobs["src/a.ts"] is not a git blob id (40 or 64 lowercase hex digits)',
    ],
    [
      'a path one character too long',
      { ['é'.repeat(MAX_PATH_LENGTH + 1)]: 'a'.repeat(40) },
      'record field blobs has a path longer than 4096 characters',
    ],
    [
      'a path of surrogate pairs one code unit too long',
      { [`${'😀'.repeat(MAX_PATH_LENGTH / 2)}x`]: 'a'.repeat(40) },
      'record field blobs has a path longer than 4096 characters',
    ],
    ['a list', ['a'.repeat(40)], 'record field blobs is not an object of path: blob id'],
    ['a string', 'a'.repeat(40), 'record field blobs is not an object of path: blob id'],
  ];
  for (const [name, blobs, reason] of bad) {
    it(`with blobs of ${name} is refused as decodeRecord refuses it`, () => {
      const bytes = encodeRecordBytes(record(blobs), blake3);
      expect(decodeRecord(bytes, key, blake3)).toEqual({ ok: false, reason });
      expect(decodeRecordToRestore(bytes, key, blake3)).toEqual({ ok: false, reason });
    });
  }

  it('with a second blobs field after good ones is refused (the last one counts)', () => {
    const good = body(record({ 'src/a.ts': 'a'.repeat(40) }));
    const twice = good.replace(',"createdAt":', ',"blobs":"x","createdAt":');
    expect(twice).not.toBe(good);
    const reason = 'record field blobs is not an object of path: blob id';
    expect(decodeRecord(stored(twice), key, blake3)).toEqual({ ok: false, reason });
    expect(decodeRecordToRestore(stored(twice), key, blake3)).toEqual({ ok: false, reason });
  });

  it('with blobs inside its archive, not beside it, is refused', () => {
    const id = 'a'.repeat(40);
    const good = body(record({ 'src/a.ts': id }));
    const nested = good.replace(
      `"none"},"blobs":{"src/a.ts":"${id}"},`,
      `"none","blobs":{"src/a.ts":"${id}"}},`,
    );
    expect(nested).not.toBe(good);
    const reason = 'record field archive is not {codec} with a codec of zstd, gzip, none';
    expect(decodeRecord(stored(nested), key, blake3)).toEqual({ ok: false, reason });
    expect(decodeRecordToRestore(stored(nested), key, blake3)).toEqual({ ok: false, reason });
  });

  it('with whitespace inside its blobs is checked by a parse and restores', () => {
    const good = body(record({ 'src/a.ts': 'a'.repeat(40) }));
    const spaced = good.replace('"blobs":{"src/a.ts":', '"blobs":{ "src/a.ts" : ');
    expect(spaced).not.toBe(good);
    const result = decodeRecordToRestore(stored(spaced), key, blake3);
    expect(result.ok).toBe(true);
    if (result.ok) expect('blobs' in result.record).toBe(false);
  });

  it('is refused wherever a byte of its blobs is changed, as decodeRecord refuses it', () => {
    const good = body(record({ 'src/ä.ts': 'a'.repeat(40), 'src/b.ts': 'b'.repeat(64) }));
    const from = good.indexOf('"blobs":');
    const to = good.indexOf(',"createdAt"') + 1;
    const bytes = Buffer.from(good);
    const start = Buffer.byteLength(good.slice(0, from));
    const end = Buffer.byteLength(good.slice(0, to));
    for (let at = start; at < end; at++) {
      for (const flip of [0x01, 0x20, 0x40]) {
        const changed = Buffer.from(bytes);
        changed[at] = changed[at]! ^ flip;
        // Re-digested: only the field checks stand between the bytes and a restore.
        const text = changed.toString('utf8');
        const full = decodeRecord(stored(text), key, blake3);
        const restore = decodeRecordToRestore(stored(text), key, blake3);
        if (full.ok) expect(restore.ok, `byte ${at} ^ ${flip}`).toBe(true);
        else expect(restore, `byte ${at} ^ ${flip}`).toEqual(full);
      }
    }
  });
});
