// Restoring an entry: the first verified one of the readable stores, confined to the task's
// declared outputs, placed all at once, and copied back into the faster writable stores.

import { createWriteStream, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import {
  CorruptEntryError,
  checkDestinations,
  placeOutputs,
  recoverInterrupted,
  SeenDestinations,
  stageArchive,
} from '../adapters/archive.js';
import { blake3 } from '../adapters/blake3.js';
import { debug } from '../adapters/debug.js';
import { firstUndeclared } from '../adapters/declared-outputs.js';
import { listFiles } from '../adapters/files.js';
import { outputsInPlace } from '../adapters/in-place.js';
import { KeptLogs } from '../adapters/kept-logs.js';
import type { MemoFile } from '../adapters/scan-memo.js';
import { type Key, shortKey } from '../core/digest.js';
import { decodeRecordToRestore, type RestoredRecord } from '../core/entry.js';
import type { Store } from '../stores/store.js';
import type { TaskSpec } from './config-file.js';
import { invocationCaches } from './key-caches.js';
import { scratchFile } from './save.js';
import { messageOf } from './stores.js';
import type { Hit, RunContext } from './types.js';

/**
 * Tries the readable stores in order; the first verified entry is restored. A hit from a later
 * (slower) store is copied into the earlier writable ones, so the next run hits sooner.
 */
export async function restore(
  spec: TaskSpec,
  key: Key,
  context: RunContext,
): Promise<Hit | undefined> {
  return (await restoreOutcome(spec, key, context)).hit;
}

export interface RestoreOutcome {
  readonly hit?: Hit;
  /** Why an entry found under the key could not be used (the save after the run replaces it). */
  readonly unusable?: string;
}

/** restore(), and whether an entry was found but refused. */
export async function restoreOutcome(
  spec: TaskSpec,
  key: Key,
  context: RunContext,
): Promise<RestoreOutcome> {
  const { stores, reporter } = context;
  let unusable: string | undefined;
  const refuse = (store: Store, reason: string, what: 'unusable' | 'corrupt') => {
    unusable ??= reason;
    reporter.warn(
      `${spec.name}: entry ${shortKey(key)} in ${store.name} is ${what} (${reason}); treating it as a miss, outputs left as they were`,
    );
  };
  const logs = keptLogs(context);
  const caches = invocationCaches(context);
  let removed: string[] = [];
  try {
    removed = recoverInterrupted(context.workspace);
  } catch (error) {
    reporter.warn(`cleaning up after an interrupted restore failed: ${messageOf(error)}`);
  }
  if (removed.length > 0) {
    caches?.memo?.forget();
    reporter.warn(
      `removed ${removed.length} output${removed.length === 1 ? '' : 's'} an interrupted restore left half-placed (${removed.slice(0, 3).join(', ')}${removed.length > 3 ? ', …' : ''})`,
    );
  }
  for (const store of stores.readable()) {
    const stored = await stores.get(store, key);
    if (!stored) continue;
    const decoded = decodeRecordToRestore(
      stored.recordBytes ?? stored.recordText,
      key,
      blake3,
      context.signer,
    );
    if (!decoded.ok) {
      refuse(store, decoded.reason, 'unusable');
      continue;
    }
    const record = decoded.record;
    // Whoever can write a store may at most give the declared outputs other bytes.
    const undeclared = firstUndeclared(
      record.outputs.map((item) => item.path),
      spec.cwd,
      spec.outputs,
    );
    if (undeclared !== undefined) {
      refuse(store, `${undeclared} is not a declared output of the task`, 'unusable');
      continue;
    }
    const position = stores.stores.indexOf(store);
    const backfill = stores.writable().filter((s) => stores.stores.indexOf(s) < position);
    // Decoded, the record is needed again only to copy it: it can go before the outputs do.
    if (backfill.length === 0) stored.releaseRecord?.();
    let copy: string | undefined;
    let written: Promise<void> | undefined;
    /** The store's stream, if one was opened: on any failure it is destroyed, never drained. */
    let source: Readable | undefined;
    try {
      const seen = new SeenDestinations();
      checkDestinations(record, context.workspace, {
        externalLinks: spec.allowExternalLinks === true,
        seen,
      });
      // What the workspace already holds as the entry has it is verified, not rewritten. Only
      // where the archive is a file here: a remote's download may already be under way, and
      // must be read on without a pause (or an error of it left unheard) while files are read.
      const local = stored.archiveFile !== undefined;
      const stamp = caches?.memo?.stamp ?? -1;
      const inPlace = local
        ? await outputsInPlace(record, context.workspace, caches?.statCache, seen)
        : new Map<string, MemoFile>();
      // Every output in place and the log kept: nothing of the archive is needed.
      if (inPlace.size === record.outputs.length && backfill.length === 0 && local) {
        const log = logs?.get(record.log);
        if (log && (await staleOutputs(spec, record, context)).length === 0) {
          caches?.memo?.keep(stamp, inPlace);
          debug(`${spec.name}: every output in place; the log kept from an earlier run`);
          context.sealing?.inPlaceHit(spec.name, key, record);
          return { hit: { source: store, record, log } };
        }
      }
      context.sealing?.unsealable(`${spec.name} placed outputs`);
      if (backfill.length > 0) copy = scratchFile(context, key);
      // A file the store holds is read in place, unless a copy for back-filling is wanted.
      let archive: Readable | string;
      if (copy) {
        source = await stored.openArchive();
        const tee = teeToFile(source, copy);
        archive = tee.stream;
        written = tee.written;
        // Awaited below; a failure that comes first (the stream reset) must not go unhandled.
        written.catch(() => {});
      } else if (stored.archiveFile !== undefined) archive = stored.archiveFile;
      else archive = source = await stored.openArchive();
      const staged = await stageArchive(archive, record, context.workspace, inPlace);
      try {
        await written;
      } catch (error) {
        rmSync(staged.dir, { recursive: true, force: true });
        throw error;
      }
      const stale = await staleOutputs(spec, record, context).catch((error: unknown) => {
        rmSync(staged.dir, { recursive: true, force: true });
        throw error;
      });
      // Files placed or removed: what this invocation's scans found there no longer holds.
      // Nothing placed: the outputs are as checked here, for the scans of their dependents.
      if (stale.length > 0 || inPlace.size < record.outputs.length) caches?.memo?.forget();
      else caches?.memo?.keep(stamp, inPlace);
      placeOutputs(record, staged, context.workspace, stale);
      logs?.keep(staged.log);
      if (copy) {
        await stores.putAll(backfill, {
          key,
          task: spec.name,
          scope: context.scope,
          recordText: stored.recordText,
          archivePath: copy,
          archiveSize: statSync(copy).size,
        });
      }
      return { hit: { source: store, record, log: staged.log } };
    } catch (error) {
      source?.destroy();
      // A store switched off meanwhile (its archive went silent) has had its one warning.
      if (!stores.readable().includes(store)) continue;
      if (error instanceof CorruptEntryError) refuse(store, error.message, 'corrupt');
      else stores.fail(store, `restore: ${messageOf(error)}`);
    } finally {
      if (copy) rmSync(copy, { force: true });
    }
  }
  return unusable === undefined ? {} : { unusable };
}

/** Where logs are kept for hits that need no archive, when the run keeps state. */
export function keptLogs(context: { readonly stateDir?: string }): KeptLogs | undefined {
  return context.stateDir ? new KeptLogs(path.join(context.stateDir, 'logs')) : undefined;
}

/**
 * With `clean-outputs`, the files under the declared outputs that the entry does not have:
 * removed as the entry is placed, so a hit leaves exactly the entry's outputs.
 */
async function staleOutputs(
  spec: TaskSpec,
  record: RestoredRecord,
  context: RunContext,
): Promise<string[]> {
  if (!spec.cleanOutputs) return [];
  const keep = new Set(record.outputs.map((item) => item.path));
  const { files } = await listFiles({
    workspace: context.workspace,
    cwd: spec.cwd,
    patterns: spec.outputs,
  });
  return files.map((file) => file.path).filter((file) => !keep.has(file));
}

/** Passes `source` on while writing the same bytes to `file`. */
function teeToFile(source: Readable, file: string): { stream: Readable; written: Promise<void> } {
  const out = createWriteStream(file);
  const pass = new PassThrough();
  source.on('error', (error) => {
    pass.destroy(error);
    out.destroy(error);
  });
  // Destroyed before its end (the restore gave up): the copy is abandoned too.
  source.on('close', () => {
    if (!source.readableEnded) {
      pass.destroy();
      out.destroy();
    }
  });
  source.pipe(out);
  source.pipe(pass);
  return { stream: pass, written: finished(out) };
}
