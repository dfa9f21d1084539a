// The caches that speed up computing keys (stat cache, directory listings, git index, blob
// hints), loaded once per invocation and saved once at its end: the tasks of a monorepo run
// scan the same files (a package's build, lint and test), and a cache loaded and written per
// task would cost a file read and write each, with the last writer's view winning.

import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { blake3 } from '../adapters/blake3.js';
import { collectGarbage } from '../adapters/collect.js';
import { DirCache } from '../adapters/dir-cache.js';
import {
  forgetParsedIndexes,
  type LazyWorkspaceIndex,
  lazyWorkspaceIndex,
} from '../adapters/git-index.js';
import { ScanMemo } from '../adapters/scan-memo.js';
import { BlobHints, StatCache } from '../adapters/stat-cache.js';
import { touchUsed } from '../adapters/state-touch.js';

export interface ScanCaches {
  readonly statCache?: StatCache;
  readonly dirCache?: DirCache;
  readonly gitIndex?: LazyWorkspaceIndex;
  readonly blobHints?: BlobHints;
  /** What this invocation's scans found, while nothing it runs writes (one per invocation). */
  readonly memo?: ScanMemo;
}

/**
 * The stat cache and the directory listing cache of a workspace, when state is kept. Listings
 * are kept from the second run on: keeping them costs a stat per directory, which a run whose
 * state is never reused (a fresh CI machine) should not pay.
 */
export function loadScanCaches(stateDir: string | undefined, workspace: string): ScanCaches {
  if (!stateDir) return {};
  const id = scanStateId(workspace);
  const statCache = StatCache.load(path.join(stateDir, `stat-${id}.bin`));
  // Blob hints name content, so one file serves every workspace (a fresh clone among them).
  const git = {
    gitIndex: lazyWorkspaceIndex(workspace),
    blobHints: BlobHints.load(path.join(stateDir, 'blobs.bin')),
  };
  if (statCache.empty) return { statCache, ...git };
  // The listing cache of earlier versions (JSON) is never read again: not left to linger.
  removeLegacyListings(path.join(stateDir, `dirs-${id}.json`));
  return {
    statCache,
    dirCache: DirCache.load(path.join(stateDir, `dirs-${id}.bin`)),
    ...git,
  };
}

/** What names a workspace's scan caches in the state directory. */
function scanStateId(workspace: string): string {
  return blake3(workspace).slice(0, 24);
}

/** The name of a workspace's sealed run (run-seal.ts) in the state directory. */
export function sealStateName(workspace: string): string {
  return `seal-${scanStateId(workspace)}.bin`;
}

/**
 * The names of a workspace's stat and listing caches and its seal in the state directory (for
 * prune, and touched as used).
 */
export function scanStateNames(workspace: string): readonly string[] {
  const id = scanStateId(workspace);
  return [`stat-${id}.bin`, `dirs-${id}.bin`, sealStateName(workspace)];
}

/** Removes a file of a format no longer read; failing only leaves it. */
function removeLegacyListings(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Not ours to remove (a directory, no permission): left as it is.
  }
}

/** Writes what a computation learnt; failures only cost speed. */
export function saveScanCaches(caches: ScanCaches): void {
  caches.statCache?.save();
  caches.dirCache?.save();
  caches.blobHints?.save();
}

/** The scan caches of one invocation, by state directory and workspace. */
export class KeyCaches {
  private readonly loaded = new Map<string, ScanCaches>();
  private keys = 0;

  /**
   * `tasks`: how many tasks the invocation keys, when known (see keyed). One keeps no memo:
   * nothing would ask it, and it would hold every input's entry through the restore or the save
   * (megabytes at 32,000 files).
   */
  constructor(private readonly options: { readonly tasks?: number } = {}) {}

  of(stateDir: string | undefined, workspace: string): ScanCaches {
    const id = `${stateDir ?? ''}\0${workspace}`;
    let caches = this.loaded.get(id);
    if (caches === undefined) {
      const { tasks } = this.options;
      const memo = tasks === 1 ? undefined : new ScanMemo();
      caches = { ...loadScanCaches(stateDir, workspace), ...(memo ? { memo } : {}) };
      if (caches.dirCache && memo) caches.dirCache.memo = memo;
      // Used now, written or not at the end: `prune` keeps a workspace's caches by their mtime.
      if (stateDir && caches.statCache?.empty === false) {
        for (const name of scanStateNames(workspace)) touchUsed(path.join(stateDir, name));
      }
      this.loaded.set(id, caches);
    }
    return caches;
  }

  /**
   * Told each time a task's key is computed (or given up). After the last task's, what only
   * keys read goes: the git index, the directory listings and the blob hints (the last two
   * written now) are megabytes in a big checkout, which the restores and saves after the keys
   * would otherwise carry. The stat cache stays: a restore checks outputs in place with it.
   */
  keyed(): void {
    this.keys += 1;
    if (this.options.tasks === undefined || this.keys < this.options.tasks) return;
    for (const [id, caches] of this.loaded) {
      caches.dirCache?.save();
      caches.blobHints?.save();
      caches.gitIndex?.release();
      const { dirCache: _, gitIndex: __, blobHints: ___, ...rest } = caches;
      this.loaded.set(id, rest);
    }
    forgetParsedIndexes();
    collectGarbage();
  }

  /** Writes every cache loaded; called once, when the invocation is done. */
  save(): void {
    for (const caches of this.loaded.values()) saveScanCaches(caches);
  }
}

/** The scan caches of the context's invocation, when it has them. */
export function invocationCaches(context: {
  readonly keyCaches?: KeyCaches;
  readonly stateDir?: string;
  readonly workspace: string;
}): ScanCaches | undefined {
  return context.keyCaches?.of(context.stateDir, context.workspace);
}

/**
 * Runs `use` with one set of scan caches for all its keys, saved when it is done; `tasks`, when
 * known, is how many tasks it keys (one shares its scans with nothing).
 */
export async function withKeyCaches<C extends { readonly keyCaches?: KeyCaches }, T>(
  context: C,
  use: (context: C) => Promise<T>,
  tasks?: number,
): Promise<T> {
  const keyCaches = new KeyCaches(tasks === undefined ? {} : { tasks });
  try {
    return await use({ ...context, keyCaches });
  } finally {
    keyCaches.save();
  }
}
