// Archives in every codec, read from a stream and from a file in place (as the local store's
// entries are): restored byte for byte, and a flipped or missing byte is a CorruptEntryError
// that leaves nothing behind; outputs that cannot be placed are refused before any is moved.

import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CorruptEntryError,
  checkDestinations,
  placeOutputs,
  SeenDestinations,
  stageArchive,
  writeArchive,
} from '../src/adapters/archive.js';
import { initBlake3 } from '../src/adapters/blake3.js';
import type { Codec, EntryRecord } from '../src/core/entry.js';
import { randomFile, removeDir, tempDir } from './stores/fixtures.js';

const zstd = 'createZstdCompress' in zlib || spawnSync('zstd', ['--version']).status === 0;
const codecs: Codec[] = zstd ? ['none', 'gzip', 'zstd'] : ['none', 'gzip'];

let dir: string;
// More than the writer's three 4 MiB buffers, so each is filled again while earlier writes may
// still be under way.
const sizes = { 'a.bin': 700_000, 'big.bin': 13_000_000, 'sub/b.bin': 0, 'sub/deep/c.bin': 3_000 };

beforeAll(async () => {
  await initBlake3();
  dir = tempDir('archive');
  const source = path.join(dir, 'source');
  for (const [name, size] of Object.entries(sizes)) {
    const file = path.join(source, name);
    mkdirSync(path.dirname(file), { recursive: true });
    randomFile(path.dirname(file), path.basename(file), size);
  }
});
afterAll(() => removeDir(dir));

/** Writes an archive of the source files in `codec`; returns its file and record. */
async function archive(codec: Codec): Promise<{ file: string; record: EntryRecord }> {
  const source = path.join(dir, 'source');
  const file = path.join(dir, `archive.${codec}`);
  const written = await writeArchive({
    files: Object.keys(sizes).map((name) => {
      const absolute = path.join(source, name);
      const stat = statSync(absolute);
      return { path: name, absolute, size: stat.size, mode: stat.mode, symlink: false };
    }),
    workspace: source,
    log: Buffer.from('the log\n'),
    codec,
    dest: file,
  });
  const record = { outputs: written.outputs, log: written.log, archive: { codec } };
  return { file, record: record as unknown as EntryRecord };
}

function workspace(name: string): string {
  const ws = path.join(dir, name);
  mkdirSync(ws, { recursive: true });
  return ws;
}

describe.each(codecs)('a %s archive', (codec) => {
  it.each(['file', 'stream'] as const)('restores byte for byte, read from a %s', async (how) => {
    const { file, record } = await archive(codec);
    const ws = workspace(`restore-${codec}-${how}`);
    const source = how === 'file' ? file : createReadStream(file);
    const staged = await stageArchive(source, record, ws);
    expect(staged.log.toString()).toBe('the log\n');
    placeOutputs(record, staged, ws);
    for (const name of Object.keys(sizes)) {
      const restored = readFileSync(path.join(ws, name));
      // Buffer.equals: a deep comparison of 700,000 elements would take seconds.
      expect(restored.equals(readFileSync(path.join(dir, 'source', name))), name).toBe(true);
    }
    expect(readdirSync(ws).sort()).toEqual(['a.bin', 'big.bin', 'sub']);
  });

  it.each([
    [
      'a flipped byte',
      (file: string) => {
        const bytes = readFileSync(file);
        bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
        writeFileSync(file, bytes);
      },
    ],
    ['a cut end', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
  ] as const)('is corrupt with %s, and leaves nothing behind', async (what, damage) => {
    const { file, record } = await archive(codec);
    damage(file);
    const ws = workspace(`damaged-${codec}-${what.replace(/ /g, '-')}`);
    await expect(stageArchive(file, record, ws)).rejects.toBeInstanceOf(CorruptEntryError);
    expect(readdirSync(ws)).toEqual([]);
  });
});

describe('checkDestinations', () => {
  it.each([
    ['a file', (at: string) => writeFileSync(at, 'in the way')],
    ['a dangling link', (at: string) => symlinkSync('nowhere', at)],
  ] as const)('refuses outputs below %s, before anything is moved', async (what, block) => {
    const { record } = await archive('none');
    const ws = workspace(`blocked-${what.replace(/ /g, '-')}`);
    block(path.join(ws, 'sub'));
    expect(() => checkDestinations(record, ws)).toThrow(CorruptEntryError);
    expect(() => checkDestinations(record, ws)).toThrow(
      /sub\/b\.bin (cannot be placed|would be written through the link sub)/,
    );
    // What the engine does first: nothing was staged or placed.
    expect(readdirSync(ws)).toEqual(['sub']);
  });

  it('knows outputs below a missing directory are absent without looking each one up', async () => {
    const { record } = await archive('none');
    const ws = workspace('missing-dir');
    const seen = new SeenDestinations();
    checkDestinations(record, ws, { seen });
    // sub/ is missing: sub/b.bin and sub/deep/c.bin are known absent, their paths never lstat-ed.
    expect(seen.get('sub/b.bin')).toBeNull();
    expect(seen.get('sub/deep/c.bin')).toBeNull();
    expect([...seen.stats.keys()].sort()).toEqual(['a.bin', 'big.bin', 'sub']);
    // Once sub/ exists, what is in it is looked up.
    mkdirSync(path.join(ws, 'sub'));
    writeFileSync(path.join(ws, 'sub', 'b.bin'), '');
    const again = new SeenDestinations();
    checkDestinations(record, ws, { seen: again });
    expect(again.get('sub/b.bin')?.isFile()).toBe(true);
    expect(again.get('sub/deep/c.bin')).toBeNull();
  });
});

describe('checkDestinations and links', () => {
  const linksRecord = (links: Array<[string, string]>) =>
    ({
      outputs: links.map(([p, target]) => ({ kind: 'link', path: p, target })),
    }) as unknown as EntryRecord;

  it('refuses a link whose target walks through another restored link', () => {
    // Lexically `out/b/b/b/../../..` is `out`; on disk, with out/b -> ., it is two levels up.
    const ws = workspace('link-chain');
    const record = linksRecord([
      ['out/b', '.'],
      ['out/a', 'b/b/b/../../..'],
    ]);
    expect(() => checkDestinations(record, ws)).toThrow(/out\/a resolves through the link out\/b/);
  });

  it('refuses a link whose target walks through a link already in the workspace', () => {
    const ws = workspace('link-through-existing');
    mkdirSync(path.join(ws, 'out'));
    symlinkSync('.', path.join(ws, 'out', 'b'));
    const record = linksRecord([['out/a', 'b/b/../..']]);
    expect(() => checkDestinations(record, ws)).toThrow(/resolves through the link out\/b/);
  });

  it('never writes through a link that was in the workspace before the restore', () => {
    const ws = workspace('write-through');
    const elsewhere = workspace('write-through-elsewhere');
    symlinkSync(elsewhere, path.join(ws, 'out'));
    const record = {
      outputs: [{ kind: 'file', path: 'out/x', size: 0, digest: 'a'.repeat(64) }],
    } as unknown as EntryRecord;
    expect(() => checkDestinations(record, ws)).toThrow(/written through the link out/);
  });

  it('checks the parents of every directory, not only of the first output in it', () => {
    const ws = workspace('many-dirs');
    const elsewhere = workspace('many-dirs-elsewhere');
    mkdirSync(path.join(ws, 'out', 'ok'), { recursive: true });
    symlinkSync(elsewhere, path.join(ws, 'out', 'ok', 'deep'));
    const file = (p: string) => ({ kind: 'file', path: p, size: 0, digest: 'a'.repeat(64) });
    const outputs = ['out/ok/a', 'out/ok/b', 'out/ok/deep/c'].map(file);
    const record = { outputs } as unknown as EntryRecord;
    expect(() => checkDestinations(record, ws)).toThrow(/written through the link out\/ok\/deep/);
    // Below a directory the restore creates, then below an existing one that is a link.
    const later = ['new/a', 'new/b', 'out/ok/deep/c'].map(file);
    expect(() => checkDestinations({ outputs: later } as unknown as EntryRecord, ws)).toThrow(
      /written through the link out\/ok\/deep/,
    );
    const fine = ['new/a', 'new/b', 'out/ok/a', 'out/ok/b', 'top'].map(file);
    expect(() => checkDestinations({ outputs: fine } as unknown as EntryRecord, ws)).not.toThrow();
  });

  it('refuses links into .git and links to the workspace root', () => {
    const ws = workspace('link-git');
    expect(() => checkDestinations(linksRecord([['out/a', '../.git/config']]), ws)).toThrow(
      /points into \.git/,
    );
    expect(() => checkDestinations(linksRecord([['out/a', '..']]), ws)).toThrow(/outside/);
  });

  it('accepts links that stay inside without passing through links', () => {
    const ws = workspace('link-ok');
    const record = linksRecord([
      ['out/a', '../src/x'],
      ['out/b', 'a'],
    ]);
    expect(() => checkDestinations(record, ws)).not.toThrow();
  });
});

describe('placeOutputs', () => {
  it('moves files into directories the workspace has, and leaves no staging behind', async () => {
    const { file, record } = await archive('none');
    const ws = workspace('place-into-existing');
    // sub/ and sub/deep/ exist: their files are moved one by one, and the staged copies of
    // those directories are left empty for the cleanup.
    mkdirSync(path.join(ws, 'sub', 'deep'), { recursive: true });
    writeFileSync(path.join(ws, 'sub', 'deep', 'kept.txt'), 'not an output\n');
    placeOutputs(record, await stageArchive(file, record, ws), ws);
    expect(readdirSync(ws).sort()).toEqual(['a.bin', 'big.bin', 'sub']);
    expect(readdirSync(path.join(ws, 'sub', 'deep')).sort()).toEqual(['c.bin', 'kept.txt']);
    expect(readFileSync(path.join(ws, 'sub', 'deep', 'c.bin')).length).toBe(3_000);
  });

  it('removes the staging directory when a move fails', async () => {
    const { file, record } = await archive('none');
    const ws = workspace('place-fails');
    // A non-empty directory where a.bin goes: the rename of a.bin fails.
    mkdirSync(path.join(ws, 'a.bin', 'inside'), { recursive: true });
    const staged = await stageArchive(file, record, ws);
    expect(() => placeOutputs(record, staged, ws)).toThrow();
    expect(readdirSync(ws).filter((name) => name.startsWith('.taskcache-tmp-'))).toEqual([]);
  });
});
