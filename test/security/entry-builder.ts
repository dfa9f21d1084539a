// Crafted entries, as an attacker who can write to a store would make them: any outputs (files
// at any path with any bytes and mode, links with any target), any log, any codec, any
// manifest, sizes that lie, signed or not — always with a valid self-digest, so that nothing
// but the engine's own checks stands between the entry and the workspace.
//
// The archive is laid out as the engine's writer lays it out: every output file's content in
// record order, then the log, compressed as a whole with the codec the record names.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { blake3 } from '../../src/adapters/blake3.js';
import type { Digest, Key } from '../../src/core/digest.js';
import { type Codec, ENTRY_FORMAT, encodeRecord, type Signer } from '../../src/core/entry.js';
import type { SaveOutcome, Store } from '../../src/stores/store.js';

export interface CraftedFile {
  readonly kind: 'file';
  readonly path: string;
  readonly content: Buffer | string;
  readonly executable?: boolean;
  /** The size the record declares; default the content's length. */
  readonly declaredSize?: number;
  /** The digest the record declares; default the content's BLAKE3. */
  readonly declaredDigest?: string;
}

export interface CraftedLink {
  readonly kind: 'link';
  readonly path: string;
  readonly target: string;
}

export type CraftedOutput = CraftedFile | CraftedLink;

export interface CraftOptions {
  readonly key: Key;
  readonly task?: string;
  /** Any JSON: a real manifest, another task's, or a malformed one. */
  readonly manifest: unknown;
  readonly outputs?: readonly CraftedOutput[];
  readonly log?: Buffer | string;
  /** The log size the record declares; default the log's length. */
  readonly declaredLogSize?: number;
  readonly codec?: Codec;
  /** Bytes after the log, before compression: an archive longer than its record. */
  readonly trailing?: Buffer;
  /** Uncompressed archive bytes to use instead of the outputs' contents and the log. */
  readonly rawArchive?: Buffer;
  /** Compressed archive bytes to use as they are (nothing is compressed). */
  readonly archiveBytes?: Buffer;
  readonly runnerFiles?: { output: string; env: string; path: string; summary: string };
  readonly durationMs?: number;
  /** Signs the record (a valid signature for this key and digest). */
  readonly signer?: Signer;
  /** Last edits to the record object before it is digested (and signed). */
  readonly patch?: (record: Record<string, unknown>) => void;
}

export interface CraftedEntry {
  readonly key: Key;
  readonly task: string;
  readonly recordText: string;
  readonly archive: Buffer;
  readonly record: Record<string, unknown>;
}

const bytesOf = (data: Buffer | string): Buffer =>
  typeof data === 'string' ? Buffer.from(data) : data;

export function compress(codec: Codec, data: Buffer): Buffer {
  switch (codec) {
    case 'none':
      return data;
    case 'gzip':
      return gzipSync(data, { level: 1 });
    case 'zstd': {
      const zstd = spawnSync('zstd', ['-1', '-q', '-c'], {
        input: data,
        maxBuffer: 1 << 30,
      });
      if (zstd.status !== 0) throw new Error(`zstd failed: ${zstd.stderr?.toString()}`);
      return zstd.stdout;
    }
  }
}

export function craftEntry(options: CraftOptions): CraftedEntry {
  const outputs = options.outputs ?? [];
  const log = bytesOf(options.log ?? 'crafted log\n');
  const task = options.task ?? 'build';
  const items = outputs.map((output) => {
    if (output.kind === 'link') return { kind: 'link', path: output.path, target: output.target };
    const content = bytesOf(output.content);
    return {
      kind: 'file',
      path: output.path,
      executable: output.executable ?? false,
      size: output.declaredSize ?? content.length,
      digest: (output.declaredDigest ?? blake3(content)) as Digest,
    };
  });
  const codec = options.codec ?? 'none';
  const record: Record<string, unknown> = {
    format: ENTRY_FORMAT,
    key: options.key,
    task,
    manifest: options.manifest,
    createdAt: new Date().toISOString(),
    durationMs: options.durationMs ?? 60_000,
    exitCode: 0,
    outputs: items,
    log: { size: options.declaredLogSize ?? log.length, digest: blake3(log) },
    archive: { codec },
    producer: { host: 'attacker' },
    ...(options.runnerFiles ? { runnerFiles: options.runnerFiles } : {}),
  };
  options.patch?.(record);
  const plain =
    options.rawArchive ??
    Buffer.concat([
      ...outputs.flatMap((o) => (o.kind === 'file' ? [bytesOf(o.content)] : [])),
      log,
      options.trailing ?? Buffer.alloc(0),
    ]);
  const archive = options.archiveBytes ?? compress(codec, plain);
  // encodeRecord takes any JSON: the crafted record is digested (and signed) as written.
  const recordText = encodeRecord(record as never, blake3, options.signer);
  return { key: options.key, task, recordText, archive, record };
}

/** Writes a crafted entry into `store` through its own `put`, as any writer would. */
export async function putEntry(
  store: Store,
  entry: CraftedEntry,
  options: { scope: string; task?: string; replace?: boolean },
): Promise<SaveOutcome> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taskcache-craft-'));
  try {
    const archivePath = path.join(dir, `${randomBytes(4).toString('hex')}.archive`);
    writeFileSync(archivePath, entry.archive);
    return await store.put({
      key: entry.key,
      task: options.task ?? entry.task,
      scope: options.scope,
      recordText: entry.recordText,
      archivePath,
      archiveSize: entry.archive.length,
      ...(options.replace ? { replace: true } : {}),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
