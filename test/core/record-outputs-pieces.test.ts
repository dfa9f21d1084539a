// A restore parses a record's outputs in pieces of about a megabyte, split between two output
// objects, never as one text of them all (megabytes at 30,000 outputs, beside the record's own
// bytes). The pieces must give exactly the list a whole parse gives, wherever a split lands,
// including where `},{"` stands inside a path; a layout they cannot give is refused or decoded
// as decodeRecord decodes it.

import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import type { Digest, Key } from '../../src/core/digest.js';
import {
  decodeRecord,
  decodeRecordToRestore,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecordBytes,
  type OutputItem,
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

function record(outputs: OutputItem[]): EntryRecord {
  return {
    format: ENTRY_FORMAT,
    key,
    task: 'build',
    manifest: manifest(),
    createdAt: '2026-12-05T10:00:00.000Z',
    durationMs: 5,
    exitCode: 0,
    outputs,
    log: { size: 0, digest: digest('') },
    archive: { codec: 'none' },
    producer: { host: 'h' },
  } as EntryRecord;
}

/** `count` outputs named by `name`, sorted as a save writes them; some links among them. */
function outputs(count: number, name: (i: number) => string): OutputItem[] {
  const items: OutputItem[] = [];
  for (let i = 0; i < count; i++) {
    const path = `out/${String(i).padStart(6, '0')}/${name(i)}`;
    items.push(
      i % 97 === 5
        ? { kind: 'link', path, target: 'x' }
        : { kind: 'file', path, executable: i % 3 === 0, size: i, digest: digest(String(i)) },
    );
  }
  return items;
}

beforeAll(async () => {
  await initBlake3();
  key = computeKey(manifest(), blake3);
});

describe('outputs parsed in pieces', () => {
  it.each([
    ['plain names', (i: number) => `file-${i}.js`],
    ['`},{` ending every name, where a split may land', (i: number) => `f${i}},{`],
    ['escaped quotes and non-ASCII', (i: number) => `"q${i}" ä✓😀`],
    ['names of every length up to 300', (i: number) => 'n'.repeat(1 + (i % 300))],
  ])('give the whole list with %s', (_, name) => {
    // Over 3 MB of outputs: several pieces.
    const items = outputs(24_000, name);
    const bytes = encodeRecordBytes(record(items), blake3);
    expect(bytes.length).toBeGreaterThan(3 * 1024 * 1024);
    const restored = decodeRecordToRestore(bytes, key, blake3);
    expect(restored.ok).toBe(true);
    expect(restored.ok && restored.record.outputs).toEqual(items);
    const whole = decodeRecord(bytes, key, blake3);
    expect(whole.ok && whole.record.outputs).toEqual(items);
  });

  it('gives an empty list and a list of one', () => {
    for (const items of [[], outputs(1, () => 'a')]) {
      const restored = decodeRecordToRestore(encodeRecordBytes(record(items), blake3), key, blake3);
      expect(restored.ok && restored.record.outputs).toEqual(items);
    }
  });

  it('refuses, as decodeRecord does, outputs that only split into pieces by accident', () => {
    // A crafted store writer's body, digest and all: outputs with a field that holds objects
    // `},{"`-apart, and lists between the outputs. Either is where a split lands.
    const body = bodyOf(encodeRecordBytes(record(outputs(9_000, (i) => `f${i}`)), blake3));
    for (const crafted of [
      body.replaceAll('"kind":"file"', '"kind":"file","x":[{},{"y":1}]'),
      body.replaceAll('},{"digest"', '},[{},{"x":1}],{"digest"'),
    ]) {
      expect(crafted).not.toBe(body);
      const stored = storedForm(crafted);
      const restored = decodeRecordToRestore(stored, key, blake3);
      const whole = decodeRecord(stored, key, blake3);
      expect(restored.ok).toBe(false);
      expect(whole.ok).toBe(false);
      expect(!restored.ok && restored.reason).toBe(!whole.ok && whole.reason);
    }
  });
});
