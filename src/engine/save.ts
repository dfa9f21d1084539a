// Saving a task's outputs, log and manifest as one entry in every writable store.

import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';
import { type WrittenArchive, writeArchive } from '../adapters/archive.js';
import { uniqueSuffix } from '../adapters/atomic-file.js';
import { preferredCodec } from '../adapters/codec.js';
import { fileBackend, listFiles } from '../adapters/files.js';
import type { Key } from '../core/digest.js';
import {
  type Codec,
  ENTRY_FORMAT,
  MAX_OUTPUTS,
  outputBytes,
  type RecordToWrite,
  type RunnerFiles,
  streamRecord,
} from '../core/entry.js';
import type { Manifest } from '../core/manifest.js';
import type { SaveRequest, Store } from '../stores/store.js';
import type { TaskSpec } from './config-file.js';
import { messageOf } from './stores.js';
import type { RunContext } from './types.js';

export interface SaveResult {
  readonly bytes: number;
  /** The stores the entry was written to. */
  readonly stores: Store[];
  /** The stores that kept an entry they had under the key. */
  readonly kept: Store[];
}

/**
 * Stores the task's outputs and log under its key in every writable store. With `replace`, an
 * existing entry is replaced where the store can; a store whose keys are immutable says so.
 * An output that cannot be stored means no entry at all: a partial entry would be a hit that
 * restores broken outputs.
 */
export async function save(
  spec: TaskSpec,
  taskKey: { key: Key; manifest: Manifest; blobs?: ReadonlyMap<string, string> },
  context: RunContext,
  run: {
    log: Buffer;
    durationMs: number;
    runnerFiles: RunnerFiles | undefined;
    replace?: boolean;
  },
): Promise<SaveResult> {
  const { reporter } = context;
  const none: SaveResult = { bytes: 0, stores: [], kept: [] };
  if (context.stores.writable().length === 0) return none;
  let archivePath: string | undefined;
  let recordFile: string | undefined;
  try {
    archivePath = scratchFile(context, taskKey.key);
    const { written, codec } = await archiveOutputs(spec, context, run.log, archivePath);
    if (written.skipped.length > 0) {
      reporter.warn(
        `${spec.name}: not saved: output ${written.skipped[0]} is a symlink leaving the workspace${written.skipped.length > 1 ? ` (and ${written.skipped.length - 1} more)` : ''}, which the entry cannot hold unless the task sets allow-external-links; a hit without it would restore a broken output`,
      );
      return none;
    }
    recordFile = `${archivePath}.record`;
    const bytes = await writeRecordFile(spec, taskKey, context, run, written, codec, recordFile);
    const file = recordFile;
    let recordBytes: Uint8Array | undefined;
    let recordText: string | undefined;
    // Read back only for a store that asks (the local store links the file): a record of tens
    // of thousands of items is megabytes, the largest thing a save holds.
    const bytesOf = (): Uint8Array => {
      recordBytes ??= readFileSync(file);
      return recordBytes;
    };
    const request: SaveRequest = {
      key: taskKey.key,
      task: spec.name,
      scope: context.scope,
      get recordText() {
        recordText ??= new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytesOf());
        return recordText;
      },
      get recordBytes() {
        return bytesOf();
      },
      recordFile,
      archivePath,
      archiveSize: statSync(archivePath).size,
      ...(run.replace ? { replace: true } : {}),
    };
    const targets = context.stores.writable();
    if (run.replace) {
      for (const store of targets.filter((s) => !s.replaces)) {
        reporter.warn(
          `${spec.name}: ${store.name} cannot replace an entry (its keys are immutable); an existing entry there stays`,
        );
      }
    }
    const outcomes = await Promise.all(
      targets.map(async (store) => ({
        store,
        outcome: await context.stores.attempt(
          store,
          'write',
          () => store.put(request),
          request.archiveSize,
        ),
      })),
    );
    const stores = outcomes.filter((o) => o.outcome === 'saved').map((o) => o.store);
    const kept = outcomes.filter((o) => o.outcome === 'exists').map((o) => o.store);
    return { bytes, stores, kept };
  } catch (error) {
    reporter.warn(
      `${spec.name}: saving the outputs failed (${messageOf(error)}); the task itself succeeded`,
    );
    return none;
  } finally {
    if (archivePath) rmSync(archivePath, { force: true });
    if (recordFile) rmSync(recordFile, { force: true });
  }
}

/**
 * Lists the outputs and writes them and the log to `dest`. Apart from save() so that the
 * listing (an object and two paths per output) is garbage once the archive is written.
 */
async function archiveOutputs(
  spec: TaskSpec,
  context: RunContext,
  log: Buffer,
  dest: string,
): Promise<{ written: WrittenArchive; codec: Codec }> {
  const listing = await listFiles({
    workspace: context.workspace,
    cwd: spec.cwd,
    patterns: spec.outputs,
  });
  for (const pattern of listing.unmatched) {
    context.reporter.warn(`${spec.name}: output pattern "${pattern}" matched no file`);
  }
  const codec = preferredCodec(
    listing.files.reduce((sum, file) => sum + file.size, 0) + log.length,
    context.stores.writable().some((store) => store.compress),
  );
  const written = await writeArchive({
    files: listing.files,
    workspace: context.workspace,
    log,
    codec,
    dest,
    externalLinks: spec.allowExternalLinks === true,
  });
  return { written, codec };
}

/**
 * Writes the record's stored form to `file` as it is made (streamRecord: never whole in memory)
 * and gives the output bytes it describes.
 */
async function writeRecordFile(
  spec: TaskSpec,
  taskKey: { key: Key; manifest: Manifest; blobs?: ReadonlyMap<string, string> },
  context: RunContext,
  run: { durationMs: number; runnerFiles: RunnerFiles | undefined },
  written: WrittenArchive,
  codec: Codec,
  file: string,
): Promise<number> {
  const record: RecordToWrite = {
    format: ENTRY_FORMAT,
    key: taskKey.key,
    task: spec.name,
    manifest: taskKey.manifest,
    createdAt: new Date().toISOString(),
    durationMs: run.durationMs,
    exitCode: 0,
    outputs: written.outputs,
    log: written.log,
    archive: { codec },
    producer: context.producer,
    ...(run.runnerFiles ? { runnerFiles: run.runnerFiles } : {}),
    // Beside the manifest: a fresh clone maps these blob ids to its digests (store-hints.ts).
    // Written from the Map: an object of a property per input made of it would be megabytes.
    ...(taskKey.blobs && taskKey.blobs.size > 0 && taskKey.blobs.size <= MAX_OUTPUTS
      ? { blobs: taskKey.blobs }
      : {}),
  };
  const hasher = await (await fileBackend()).createHasher();
  const fd = openSync(file, 'w');
  try {
    const length = streamRecord(
      record,
      hasher,
      (bytes, at) => writeAt(fd, bytes, at),
      context.signer,
    );
    ftruncateSync(fd, length);
  } finally {
    closeSync(fd);
  }
  return outputBytes(record);
}

/** Writes all of `bytes` at `position` of the open file. */
function writeAt(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) {
    done += writeSync(fd, bytes, done, bytes.length - done, position + done);
  }
}

export function scratchFile(context: RunContext, key: Key): string {
  mkdirSync(context.tmpDir, { recursive: true });
  return path.join(context.tmpDir, `${key}.${uniqueSuffix()}.archive`);
}
