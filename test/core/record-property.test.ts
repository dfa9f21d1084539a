// Properties of decoding over arbitrary mutations of valid records (#19.6): whatever a store
// writer makes of a record — any field set to any JSON, removed or added, with the digest and
// even the key recomputed, or the text itself cut and edited — decoding never throws, a record
// it accepts never makes the miss explanation throw, its manifest gives its key, and the
// restore's cheap check agrees with the full one.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import { describeChanges, diffManifests, missReason } from '../../src/core/diff.js';
import type { Digest, Key } from '../../src/core/digest.js';
import {
  decodeRecord,
  decodeRecordToRestore,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecord,
} from '../../src/core/entry.js';
import {
  computeKey,
  createManifest,
  type InputEntry,
  type Manifest,
} from '../../src/core/manifest.js';

beforeAll(async () => {
  await initBlake3();
});

const hex = fc.constantFrom(...'0123456789abcdef'.split(''));
const digest = fc.string({ unit: hex, minLength: 64, maxLength: 64 }) as fc.Arbitrary<Digest>;
const text = fc.string({ unit: 'binary', maxLength: 12 });
const segment = fc.stringMatching(/^[a-z0-9_-]{1,6}$/);
const relPath = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));

const input: fc.Arbitrary<InputEntry> = fc.oneof(
  fc.record({ path: text, executable: fc.boolean(), digest }),
  fc.record({ path: text, link: text }),
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
    inputs: fc.uniqueArray(input, { selector: (e) => e.path, maxLength: 4 }),
    keyCommands: fc.array(fc.record({ command: text, digest }), { maxLength: 2 }),
    outputs: fc.array(text, { maxLength: 3 }),
    salt: text,
  })
  .map(createManifest);

const recordArb: fc.Arbitrary<EntryRecord> = fc
  .record({
    manifest: manifestArb,
    outputs: fc.uniqueArray(
      fc.oneof(
        fc.record({
          kind: fc.constant('file' as const),
          path: relPath,
          executable: fc.boolean(),
          size: fc.nat(),
          digest,
        }),
        fc.record({ kind: fc.constant('link' as const), path: relPath, target: segment }),
      ),
      // Distinct, and none below another.
      { selector: (o) => o.path.split('/')[0], maxLength: 3 },
    ),
    durationMs: fc.nat(),
    codec: fc.constantFrom('zstd', 'gzip', 'none' as const),
  })
  .map(({ manifest, outputs, durationMs, codec }) => ({
    format: ENTRY_FORMAT,
    key: computeKey(manifest, blake3),
    task: manifest.task,
    manifest,
    createdAt: '2026-11-21T10:00:00.000Z',
    durationMs,
    exitCode: 0,
    outputs,
    log: { size: 0, digest: blake3('') },
    archive: { codec },
    producer: { host: 'ci' },
  }));

type JsonPath = (string | number)[];

/** Every path to a value inside `value` (the root excluded). */
function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return keys.flatMap((key) => {
    const at = [...prefix, key];
    return [at, ...pathsOf((value as Record<string | number, unknown>)[key], at)];
  });
}

type Edit =
  | { kind: 'retype'; pick: number; text: string; number: number }
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'add'; pick: number; name: string; value: unknown };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // A value of the same type: what most often still decodes, and then reaches the diff.
  fc.record({
    kind: fc.constant('retype' as const),
    pick: fc.nat(),
    text: fc.string({ unit: 'binary', maxLength: 12 }),
    number: fc.oneof(fc.integer(), fc.double()),
  }),
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    name: fc.string({ maxLength: 10 }),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

/** Applies the edit to a copy of `record`, as parsed JSON. */
function applyEdit(record: EntryRecord, change: Edit): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  const paths = pathsOf(copy);
  const at = paths[change.pick % paths.length]!;
  // biome-ignore lint/suspicious/noExplicitAny: a walk through untyped JSON
  const parent = at.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  const last = at[at.length - 1]!;
  if (change.kind === 'retype') {
    const old: unknown = parent[last];
    if (typeof old === 'string') parent[last] = change.text;
    else if (typeof old === 'number') parent[last] = change.number;
    else if (typeof old === 'boolean') parent[last] = !old;
  } else if (change.kind === 'set') parent[last] = change.value;
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      target[change.name] = change.value;
    } else parent[last] = { [change.name]: change.value };
  }
  return copy;
}

/** The key the edited manifest gives, when it can be computed: a writer can recompute it. */
function rekey(record: Record<string, unknown>): void {
  try {
    record.key = computeKey(record.manifest as Manifest, blake3);
  } catch {
    // Not a manifest computeKey can read: the key is left as it was.
  }
}

/** Decodes the text every way and checks what any accepted record lets a caller do. */
function checkDecoding(recordText: string, expected: Key, base: Manifest): void {
  const results = [
    decodeRecord(recordText, undefined, blake3),
    decodeRecord(recordText, expected, blake3),
  ];
  const restore = decodeRecordToRestore(recordText, expected, blake3);
  for (const decoded of results) {
    if (!decoded.ok) {
      expect(typeof decoded.reason).toBe('string');
      continue;
    }
    const { manifest, key } = decoded.record;
    expect(computeKey(manifest, blake3)).toBe(key);
    // The miss explanation, both ways round.
    for (const changes of [diffManifests(manifest, base), diffManifests(base, manifest)]) {
      describeChanges(changes);
      describeChanges(changes, 1);
      missReason(changes);
    }
    // The restore's cheap check agrees with the full one for the key the record has.
    expect(decodeRecordToRestore(recordText, key, blake3).ok).toBe(true);
  }
  // And a full decode accepts whatever a restore accepts.
  if (restore.ok) expect(results[1]!.ok).toBe(true);
}

describe('decoding mutated records', () => {
  it('never throws, digest and key recomputed or not', () => {
    fc.assert(
      fc.property(
        recordArb,
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (record, edits, recomputeKey) => {
          let mutated: Record<string, unknown> = record as never;
          for (const change of edits) mutated = applyEdit(mutated as never, change);
          if (recomputeKey) rekey(mutated);
          let recordText: string;
          try {
            recordText = encodeRecord(mutated as never, blake3);
          } catch {
            return; // Not even JSON a writer could digest (a value canonicalJson refuses).
          }
          checkDecoding(recordText, record.key, record.manifest);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on a cut or edited text', () => {
    fc.assert(
      fc.property(
        recordArb,
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        (record, at, cut, insert) => {
          const written = encodeRecord(record, blake3);
          const start = at % written.length;
          const edited = written.slice(0, start) + insert + written.slice(start + cut);
          checkDecoding(edited, record.key, record.manifest);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('accepts every record as written, every way', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const written = encodeRecord(record, blake3);
        expect(decodeRecord(written, record.key, blake3)).toEqual({ ok: true, record });
        const { manifest: _, ...restored } = record;
        expect(decodeRecordToRestore(written, record.key, blake3)).toEqual({
          ok: true,
          record: restored,
        });
        const reformatted = JSON.stringify(JSON.parse(written), null, 2);
        expect(decodeRecordToRestore(reformatted, record.key, blake3)).toEqual({
          ok: true,
          record: restored,
        });
      }),
      { numRuns: 200 },
    );
  });
});
