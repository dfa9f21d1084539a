// Entries for the store tests: random keys, archives of chosen sizes on disk, and real
// entries (an archive written by writeArchive with a record that describes it) for the tests
// that drive downloads through the engine's verification.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { writeArchive } from '../../src/adapters/archive.js';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import { preferredCodec } from '../../src/adapters/codec.js';
import type { ListedFile } from '../../src/adapters/files.js';
import type { Digest, Key } from '../../src/core/digest.js';
import { ENTRY_FORMAT, type EntryRecord, encodeRecord } from '../../src/core/entry.js';
import { computeKey, createManifest, type Manifest } from '../../src/core/manifest.js';
import type { SaveRequest } from '../../src/stores/store.js';

export function randomKey(): Key {
  return randomBytes(32).toString('hex') as Key;
}

export function tempDir(label: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `taskcache-${label}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A file of `size` random bytes in `dir`. */
export function randomFile(dir: string, name: string, size: number): string {
  const file = path.join(dir, name);
  writeFileSync(file, size === 0 ? Buffer.alloc(0) : randomBytes(size));
  return file;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A save request for an arbitrary archive file (stores never look inside). */
export function saveRequest(options: {
  key: Key;
  archivePath: string;
  recordText?: string;
  task?: string;
  scope?: string;
}): SaveRequest {
  return {
    key: options.key,
    task: options.task ?? 'build',
    scope: options.scope ?? `scope-${randomBytes(4).toString('hex')}`,
    recordText: options.recordText ?? `{"record":"${options.key}","note":"héllo ✓"}\n`,
    archivePath: options.archivePath,
    archiveSize: statSync(options.archivePath).size,
  };
}

export interface RealEntry {
  readonly key: Key;
  readonly record: EntryRecord;
  readonly request: SaveRequest;
}

/**
 * A genuine entry: output files of random content archived by writeArchive, and the record
 * the engine would write for them, so stageArchive can verify a download byte for byte.
 */
export async function realEntry(dir: string, outputBytes = 256 * 1024): Promise<RealEntry> {
  await initBlake3();
  // A reader checks that the manifest gives the key: a random salt gives a random key.
  const manifest: Manifest = createManifest({
    task: 'build',
    command: 'make',
    shell: 'bash',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [],
    inputs: [{ path: 'in.txt', executable: false, digest: blake3('in') as Digest }],
    keyCommands: [],
    outputs: ['*.bin'],
    salt: randomKey(),
  });
  const key = computeKey(manifest, blake3);
  const workspace = path.join(dir, `src-${key.slice(0, 8)}`);
  mkdirSync(workspace, { recursive: true });
  const files: ListedFile[] = ['a.bin', 'b.bin'].map((name, index) => {
    const absolute = randomFile(workspace, name, index === 0 ? outputBytes : 1000);
    const info = statSync(absolute);
    return {
      path: name,
      absolute,
      size: info.size,
      mode: info.mode,
      symlink: false,
      mtimeMs: info.mtimeMs,
      ctimeMs: info.ctimeMs,
      ino: info.ino,
    };
  });
  const archivePath = path.join(dir, `${key}.archive`);
  const codec = preferredCodec(outputBytes);
  const written = await writeArchive({
    files,
    workspace,
    log: Buffer.from('build log\n'),
    codec,
    dest: archivePath,
  });
  const record: EntryRecord = {
    format: ENTRY_FORMAT,
    key,
    task: 'build',
    manifest,
    createdAt: new Date().toISOString(),
    durationMs: 1234,
    exitCode: 0,
    outputs: written.outputs,
    log: written.log,
    archive: { codec },
    producer: {},
  };
  return {
    key,
    record,
    request: saveRequest({ key, archivePath, recordText: encodeRecord(record, blake3) }),
  };
}
