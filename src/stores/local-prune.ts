// What `prune` removes from the local store besides entries (local.ts evicts those): debris of
// saves that died in tmp/, and state/ files that no run used within an age limit.
//
// state/ only speeds up later runs and is safe to delete: `config-<hash>.json` (a validated
// parse per config text), `stat-<id>.bin`, `dirs-<id>.bin` and `seal-<id>.bin` (a stat and a
// listing cache and a sealed run per workspace), `blobs.bin` (blob hints shared by every workspace, bounded by its own limit) and
// `logs/<digest>` (logs of entries kept for hits whose outputs are in place). A run that
// reuses a file refreshes its mtime (adapters/state-touch.ts) or rewrites it, so the mtime is
// its last use; blobs.bin is rewritten whenever a run learns a hint, and goes by that.
//
// Runs write state by renaming a finished file into place (adapters/atomic-file.ts), and may
// do so while this runs: a file is removed only if it is still the one judged old (moved
// aside first, then checked), and a file under a write's temporary name is left until it is
// STALE_TMP_MS old. The store's directory is untrusted input (SECURITY.md): nothing here
// follows a link, so a link planted in state/ is at most removed itself, never its target.

import type { Stats } from 'node:fs';
import * as path from 'node:path';
import { uniqueSuffix } from '../adapters/atomic-file.js';

/** tmp/ items and state temporaries older than this belong to a save or write that died. */
export const STALE_TMP_MS = 60 * 60 * 1000;
/** The age limit of state when prune is given only a size: see docs/cli.md. */
export const DEFAULT_STATE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** How much of a record is read for the log it names (its canonical form has it up front). */
const RECORD_HEAD_BYTES = 4096;

/** What a prune did to the state directory. */
export interface StatePruneResult {
  readonly removed: number;
  readonly freedBytes: number;
  readonly kept: number;
  readonly keptBytes: number;
}

export interface StatePruneOptions {
  /** Files unused for longer than this are removed. */
  readonly maxAgeMs: number;
  readonly now: number;
  /** Names in state/ kept whatever their age (the scan caches of the workspace prune runs in). */
  readonly keep?: readonly string[];
  /**
   * The log digests that the store's remaining entries name; a kept log none names is
   * removed. Undefined when not known: then logs go by age only.
   */
  readonly logs?: ReadonlySet<string>;
  /** For tests: runs after a file is judged old and before it is removed. */
  readonly beforeRemove?: (file: string) => void | Promise<void>;
}

/** What eviction needs to know of an entry (local.ts LocalEntryInfo). */
export interface EvictableEntry {
  readonly dir: string;
  readonly bytes: number;
  /** Last time the entry was saved or restored. */
  readonly usedAt: number;
}

/**
 * Evicts entries unused for longer than `maxAgeMs`, then least-recently-used entries until
 * the rest fit in `maxBytes`, each through `remove`; returns the entries kept.
 */
export async function evictEntries<E extends EvictableEntry>(
  entries: readonly E[],
  options: { readonly maxBytes?: number; readonly maxAgeMs?: number; readonly now: number },
  remove: (entry: E) => Promise<void>,
): Promise<{ removed: number; freedBytes: number; kept: E[]; keptBytes: number }> {
  const byUse = [...entries].sort((a, b) => b.usedAt - a.usedAt);
  const out = { removed: 0, freedBytes: 0, kept: [] as E[], keptBytes: 0 };
  // Least recently used first out: keep the most recently used entries while they fit;
  // once one does not, it and everything used less recently go.
  let full = false;
  for (const entry of byUse) {
    const tooOld = options.maxAgeMs !== undefined && options.now - entry.usedAt > options.maxAgeMs;
    full ||= options.maxBytes !== undefined && out.keptBytes + entry.bytes > options.maxBytes;
    if (tooOld || full) {
      await remove(entry);
      out.removed += 1;
      out.freedBytes += entry.bytes;
    } else {
      out.kept.push(entry);
      out.keptBytes += entry.bytes;
    }
  }
  return out;
}

/** A name written by writeFileAtomic before its rename: `<name>.<pid>.<count and random>`. */
const IN_PROGRESS = /\.\d+\.[0-9a-z]{9,}$/;

/** Removes the state files (and kept logs) no run used within the age limit. */
export async function pruneState(
  stateDir: string,
  options: StatePruneOptions,
): Promise<StatePruneResult> {
  const totals = { removed: 0, freedBytes: 0, kept: 0, keptBytes: 0 };
  const keep = new Set(options.keep ?? []);
  await pruneDir(stateDir, options, totals, (name, info) => {
    if (info.isDirectory()) return name === 'logs' ? 'descend' : 'leave';
    return keep.has(name) ? 'keep' : 'age';
  });
  return totals;
}

/** How a name in state/ goes: by age; kept whatever its age; a kept log; a directory. */
type Verdict = 'age' | 'keep' | 'log' | 'descend' | 'leave';

/** One directory's files, each by `judge`'s verdict; directories only when it says descend. */
async function pruneDir(
  dir: string,
  options: StatePruneOptions,
  totals: { removed: number; freedBytes: number; kept: number; keptBytes: number },
  judge: (name: string, info: Stats) => Verdict,
): Promise<void> {
  const { lstat, readdir } = await fsp();
  // A link where the directory belongs is not followed (nor is one inside it, below).
  const self = await lstat(dir).catch(() => undefined);
  if (!self?.isDirectory()) return;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const file = path.join(dir, name);
    const info = await lstat(file).catch(() => undefined);
    if (info === undefined) continue;
    const verdict = judge(name, info);
    if (verdict === 'descend') {
      await pruneDir(file, options, totals, (_, inner) => (inner.isDirectory() ? 'leave' : 'log'));
      continue;
    }
    if (verdict === 'leave') continue;
    if (isOld(name, verdict, options.now - info.mtimeMs, options)) {
      await options.beforeRemove?.(file);
      if (await removeUnchanged(file, info)) {
        totals.removed += 1;
        totals.freedBytes += info.size;
        continue;
      }
    }
    totals.kept += 1;
    totals.keptBytes += info.size;
  }
}

function isOld(name: string, verdict: Verdict, age: number, options: StatePruneOptions): boolean {
  // A write in progress, until it is so old that its writer died.
  if (IN_PROGRESS.test(name)) return age > STALE_TMP_MS;
  if (verdict === 'keep') return false;
  if (age > options.maxAgeMs) return true;
  // A log no entry names, once past the time a run takes from its save to keeping the log.
  return (
    verdict === 'log' && options.logs !== undefined && !options.logs.has(name) && age > STALE_TMP_MS
  );
}

/**
 * Removes `file` if it is still the file `judged` describes. It is moved aside first, so a
 * run that renames a new file into place meanwhile either replaces it before (then the new
 * file is what was moved, and it is linked back unless yet another took the name) or after
 * (then it is not touched). A link is removed as a link.
 */
export async function removeUnchanged(file: string, judged: Stats): Promise<boolean> {
  const { link, lstat, rename, unlink } = await fsp();
  const aside = `${file}.prune-${uniqueSuffix()}`;
  try {
    await rename(file, aside);
  } catch {
    return false; // Gone already: removed by another prune, or replaced by a run just now.
  }
  const taken = await lstat(aside).catch(() => undefined);
  const same =
    taken !== undefined &&
    taken.ino === judged.ino &&
    taken.dev === judged.dev &&
    taken.mtimeMs === judged.mtimeMs;
  if (!same) await link(aside, file).catch(() => {});
  await unlink(aside).catch(() => {});
  return same;
}

/**
 * The digest of the log a stored record names, read from the record's head: the canonical
 * record has `"log"` before its manifest and outputs (entry.ts), so a few KiB suffice. Null
 * when the head does not name one (a record of another form); never follows a link.
 */
export async function recordLogDigest(recordFile: string): Promise<string | null | undefined> {
  const { constants, open } = await fsp();
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(
      recordFile,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0),
    );
  } catch {
    return undefined; // Removed meanwhile, or a link: no entry to keep a log for.
  }
  try {
    if (!(await handle.stat()).isFile()) return undefined;
    const head = Buffer.alloc(RECORD_HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const match = /"log":\{"digest":"([0-9a-f]{64})"/.exec(
      head.subarray(0, bytesRead).toString('latin1'),
    );
    return match?.[1] ?? null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * The digests of the logs the records name, for prune to keep those logs; undefined when a
 * record does not say (a form whose head has no log), as then no log can be told unused.
 */
export async function logsNamed(records: readonly string[]): Promise<Set<string> | undefined> {
  const named = new Set<string>();
  for (const record of records) {
    const digest = await recordLogDigest(record);
    if (digest === null) return undefined;
    if (digest !== undefined) named.add(digest);
  }
  return named;
}

/** Removes tmp/ items of saves that died, and markers of replaces that died midway. */
export async function clearStaleTmp(root: string, tmpDir: string, now: number): Promise<void> {
  const { readdir, rm, stat } = await fsp();
  for (const name of await readdir(tmpDir).catch(() => [] as string[])) {
    const item = path.join(tmpDir, name);
    const info = await stat(item).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_TMP_MS) await rm(item, { recursive: true, force: true });
  }
  // Markers of replaces that died between their two renames.
  const base = path.join(root, 'entries');
  for (const shard of await readdir(base).catch(() => [] as string[])) {
    for (const name of await readdir(path.join(base, shard)).catch(() => [] as string[])) {
      if (!name.endsWith('.replacing')) continue;
      const marker = path.join(base, shard, name);
      const info = await stat(marker).catch(() => undefined);
      if (info && now - info.mtimeMs > STALE_TMP_MS) await rm(marker, { force: true });
    }
  }
}

function fsp(): Promise<typeof import('node:fs/promises')> {
  return import('node:fs/promises');
}
