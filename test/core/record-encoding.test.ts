// The record's stored text is canonicalJson of the record, byte for byte, however encodeRecord
// writes it (issue 17, goal 5: a save of tens of thousands of files writes the text piece by
// piece instead of through the generic form): an entry saved by one version restores with the
// other. Checked against the generic form on arbitrary records, on records of shapes the types
// do not declare (crafted by a store writer or a test), and on one of 32,000 inputs and outputs.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import { canonicalJson, type Json } from '../../src/core/canonical.js';
import type { Digest, Key } from '../../src/core/digest.js';
import {
  decodeRecordToRestore,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecord,
} from '../../src/core/entry.js';
import { computeKey, createManifest, type Manifest } from '../../src/core/manifest.js';

beforeAll(async () => {
  await initBlake3();
});

/** The stored form as it was first written: the generic canonical JSON of the whole record. */
function generic(record: unknown): string {
  const body = canonicalJson(record as Json);
  return `{"digest":"${blake3(body)}","record":${body}}\n`;
}

const hex = fc.constantFrom(...'0123456789abcdef'.split(''));
const digest = fc.string({ unit: hex, minLength: 64, maxLength: 64 }) as fc.Arbitrary<Digest>;
const blobId = fc.string({ unit: hex, minLength: 40, maxLength: 40 });
// Quotes, backslashes, control characters, lone surrogates: every escape JSON has.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom('a', '"', '\\', '\n', '\u0001', '\ud800', 'é', '/'),
    maxLength: 8,
  }),
);

const manifestArb: fc.Arbitrary<Manifest> = fc
  .record({
    task: text,
    command: text,
    shell: fc.constantFrom('bash', 'sh'),
    cwd: fc.constantFrom('.', 'pkg'),
    platform: fc.record({ os: text, arch: text }),
    env: fc.uniqueArray(fc.record({ name: text, digest }), {
      selector: (e) => e.name,
      maxLength: 3,
    }),
    inputs: fc.uniqueArray(
      fc.oneof(
        fc.record({ path: text, executable: fc.boolean(), digest }),
        fc.record({ path: text, link: text }),
      ),
      { selector: (e) => e.path, maxLength: 6 },
    ),
    keyCommands: fc.array(fc.record({ command: text, digest }), { maxLength: 2 }),
    outputs: fc.array(text, { maxLength: 3 }),
    salt: text,
  })
  .map(createManifest);

const outputArb = fc.oneof(
  fc.record({
    kind: fc.constant('file' as const),
    path: text,
    executable: fc.boolean(),
    size: fc.oneof(fc.nat(), fc.constant(2 ** 40)),
    digest,
  }),
  fc.record({ kind: fc.constant('link' as const), path: text, target: text }),
  fc.record({
    kind: fc.constant('link' as const),
    path: text,
    target: text,
    external: fc.constant(true as const),
  }),
);

const recordArb: fc.Arbitrary<EntryRecord> = fc
  .record({
    manifest: manifestArb,
    outputs: fc.array(outputArb, { maxLength: 6 }),
    blobs: fc.option(fc.dictionary(text, blobId, { maxKeys: 6 }), { nil: undefined }),
    runnerFiles: fc.option(fc.record({ output: text, env: text, path: text, summary: text }), {
      nil: undefined,
    }),
    producer: fc.dictionary(fc.constantFrom('host', 'repository', 'ref', 'job'), text),
    durationMs: fc.nat(),
    codec: fc.constantFrom('zstd', 'gzip', 'none' as const),
  })
  .map(({ manifest, outputs, blobs, runnerFiles, producer, durationMs, codec }) => ({
    format: ENTRY_FORMAT,
    key: computeKey(manifest, blake3),
    task: manifest.task,
    manifest,
    createdAt: '2026-12-04T10:00:00.000Z',
    durationMs,
    exitCode: 0,
    outputs,
    log: { size: 3, digest: blake3('log') },
    archive: { codec },
    producer,
    ...(runnerFiles ? { runnerFiles } : {}),
    ...(blobs ? { blobs } : {}),
  }));

describe('encodeRecord', () => {
  it('writes the generic canonical text of any record', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(encodeRecord(record, blake3)).toBe(generic(record));
      }),
      { numRuns: 300 },
    );
  });

  it('writes records of shapes the types do not declare as the generic form does', () => {
    // Any field set to any JSON (or to undefined, which the generic form leaves out).
    const anything = fc.oneof(
      fc.jsonValue(),
      fc.constant(undefined),
      fc.constant([]),
      fc.constant({ kind: 'file' }),
    );
    const spots = [
      'manifest',
      'outputs',
      'blobs',
      'manifest.inputs.0',
      'manifest.inputs.0.extra',
      'manifest.inputs.0.digest',
      'manifest.env.0.extra',
      'manifest.platform.extra',
      'manifest.schema',
      'manifest.extra',
      'outputs.0',
      'outputs.0.extra',
      'outputs.0.external',
      'outputs.0.size',
      'outputs.0.digest',
      'blobs.a',
      'producer',
    ];
    fc.assert(
      fc.property(recordArb, fc.constantFrom(...spots), anything, (record, spot, value) => {
        const copy = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
        const steps = spot.split('.');
        let at: Record<string, unknown> | undefined = copy;
        for (const step of steps.slice(0, -1)) {
          const next: unknown = at?.[step];
          at =
            next !== null && typeof next === 'object'
              ? (next as Record<string, unknown>)
              : undefined;
        }
        if (at) at[steps.at(-1)!] = value;
        expect(encodeRecord(copy as unknown as EntryRecord, blake3)).toBe(generic(copy));
      }),
      { numRuns: 400 },
    );
  });

  it('writes a schema 1 manifest as its own fields, not as its key text', () => {
    const v2 = createManifest({
      task: 't',
      command: 'c',
      shell: 'sh',
      cwd: '.',
      platform: { os: 'linux', arch: 'x64' },
      env: [],
      inputs: [{ path: 'a', executable: true, digest: blake3('a') }],
      keyCommands: [],
      salt: '',
    });
    const { outputs: _, ...rest } = v2;
    const manifest = { ...rest, schema: 1 } as unknown as Manifest;
    const record = {
      format: ENTRY_FORMAT,
      key: computeKey(manifest, blake3),
      task: 't',
      manifest,
      createdAt: '2026-12-04T10:00:00.000Z',
      durationMs: 1,
      exitCode: 0,
      outputs: [],
      log: { size: 0, digest: blake3('') },
      archive: { codec: 'none' as const },
      producer: {},
    };
    expect(encodeRecord(record, blake3)).toBe(generic(record));
  });

  it('writes a signature, short or long, as the generic form does', () => {
    fc.assert(
      fc.property(recordArb, fc.nat({ max: 2000 }), (record, length) => {
        const signer = {
          sign: (key: string, digest: string) => `${key}:${digest}`.padEnd(length, 'é'),
          verify: () => true,
        };
        const body = canonicalJson(record as unknown as Json);
        const digest = blake3(body);
        const signature = JSON.stringify(signer.sign(record.key, digest));
        expect(encodeRecord(record, blake3, signer)).toBe(
          `{"digest":"${digest}","signature":${signature},"record":${body}}\n`,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('digests text of many bytes per character as the generic form does', () => {
    const record = {
      format: ENTRY_FORMAT,
      key: blake3('k') as string as Key,
      task: '€'.repeat(70_000),
      createdAt: '2026-12-04T10:00:00.000Z',
      durationMs: 1,
      exitCode: 0,
      outputs: [
        { kind: 'link' as const, path: `out/${'😀'.repeat(40_000)}`, target: '\ud800'.repeat(9) },
      ],
      log: { size: 0, digest: blake3('') },
      archive: { codec: 'none' as const },
      producer: { host: 'é'.repeat(100_000) },
    } as unknown as EntryRecord;
    expect(encodeRecord(record, blake3)).toBe(generic(record));
  });

  it('restores a record whose text around the manifest is long and holds surrogate pairs', () => {
    // The bytes before and after the manifest are counted a piece at a time: one of the two
    // shifts puts a pair across a piece's end.
    for (const shift of [0, 1]) {
      const manifest = createManifest({
        task: 't',
        command: 'c',
        shell: 'sh',
        cwd: '.',
        platform: { os: 'linux', arch: 'x64' },
        env: [],
        inputs: [{ path: 'a', executable: false, digest: blake3('a') }],
        keyCommands: [],
        salt: '',
      });
      const names = Array.from(
        { length: 24 },
        (_, i) =>
          `${'a'.repeat(i === 0 ? shift : 0)}${String(i).padStart(2, '0')}${'😀'.repeat(2000)}`,
      );
      const key = computeKey(manifest, blake3);
      const record: EntryRecord = {
        format: ENTRY_FORMAT,
        key,
        task: 't',
        manifest,
        createdAt: '2026-12-04T10:00:00.000Z',
        durationMs: 1,
        exitCode: 0,
        outputs: names.map((name, i) => ({
          kind: 'file' as const,
          path: `out/${name}`,
          executable: false,
          size: i,
          digest: blake3(name),
        })),
        log: { size: 0, digest: blake3('') },
        archive: { codec: 'none' },
        producer: {},
        blobs: Object.fromEntries(names.map((name) => [name, blake3(name).slice(0, 40)])),
      };
      const decoded = decodeRecordToRestore(encodeRecord(record, blake3), key, blake3);
      expect(decoded.ok && decoded.record.outputs.length).toBe(names.length);
    }
  });

  it('writes a record of 32,000 inputs and outputs as the generic form, and it restores', () => {
    const files = 32_000;
    const manifest = createManifest({
      task: 'copy',
      command: 'node -e 0',
      shell: 'sh',
      cwd: '.',
      platform: { os: 'linux', arch: 'x64' },
      env: [],
      inputs: Array.from({ length: files }, (_, i) => ({
        path: `packages/pkg-${i % 64}/src/file-${i}.ts`,
        executable: i % 7 === 0,
        digest: blake3(`in ${i}`),
      })),
      keyCommands: [],
      outputs: ['out/**'],
      salt: '',
    });
    const key = computeKey(manifest, blake3) as Key;
    const record: EntryRecord = {
      format: ENTRY_FORMAT,
      key,
      task: 'copy',
      manifest,
      createdAt: '2026-12-04T10:00:00.000Z',
      durationMs: 5,
      exitCode: 0,
      outputs: Array.from({ length: files }, (_, i) => ({
        kind: 'file' as const,
        path: `out/pkg-${i % 64}/file-${i}.ts`,
        executable: false,
        size: i,
        digest: blake3(`out ${i}`),
      })),
      log: { size: 0, digest: blake3('') },
      archive: { codec: 'none' },
      producer: { host: 'ci' },
      blobs: Object.fromEntries(
        manifest.inputs.map((input, i) => [input.path, blake3(`blob ${i}`).slice(0, 40)]),
      ),
    };
    const text = encodeRecord(record, blake3);
    expect(text).toBe(generic(record));
    const decoded = decodeRecordToRestore(text, key, blake3);
    expect(decoded.ok).toBe(true);
  });
});
