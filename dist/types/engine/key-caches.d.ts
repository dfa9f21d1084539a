import { DirCache } from '../adapters/dir-cache.js';
import { type LazyWorkspaceIndex } from '../adapters/git-index.js';
import { ScanMemo } from '../adapters/scan-memo.js';
import { BlobHints, StatCache } from '../adapters/stat-cache.js';
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
export declare function loadScanCaches(stateDir: string | undefined, workspace: string): ScanCaches;
/** The name of a workspace's sealed run (run-seal.ts) in the state directory. */
export declare function sealStateName(workspace: string): string;
/**
 * The names of a workspace's stat and listing caches and its seal in the state directory (for
 * prune, and touched as used).
 */
export declare function scanStateNames(workspace: string): readonly string[];
/** Writes what a computation learnt; failures only cost speed. */
export declare function saveScanCaches(caches: ScanCaches): void;
/** The scan caches of one invocation, by state directory and workspace. */
export declare class KeyCaches {
    private readonly options;
    private readonly loaded;
    private keys;
    /**
     * `tasks`: how many tasks the invocation keys, when known (see keyed). One keeps no memo:
     * nothing would ask it, and it would hold every input's entry through the restore or the save
     * (megabytes at 32,000 files).
     */
    constructor(options?: {
        readonly tasks?: number;
    });
    of(stateDir: string | undefined, workspace: string): ScanCaches;
    /**
     * Told each time a task's key is computed (or given up). After the last task's, what only
     * keys read goes: the git index, the directory listings and the blob hints (the last two
     * written now) are megabytes in a big checkout, which the restores and saves after the keys
     * would otherwise carry. The stat cache stays: a restore checks outputs in place with it.
     */
    keyed(): void;
    /** Writes every cache loaded; called once, when the invocation is done. */
    save(): void;
}
/** The scan caches of the context's invocation, when it has them. */
export declare function invocationCaches(context: {
    readonly keyCaches?: KeyCaches;
    readonly stateDir?: string;
    readonly workspace: string;
}): ScanCaches | undefined;
/**
 * Runs `use` with one set of scan caches for all its keys, saved when it is done; `tasks`, when
 * known, is how many tasks it keys (one shares its scans with nothing).
 */
export declare function withKeyCaches<C extends {
    readonly keyCaches?: KeyCaches;
}, T>(context: C, use: (context: C) => Promise<T>, tasks?: number): Promise<T>;
