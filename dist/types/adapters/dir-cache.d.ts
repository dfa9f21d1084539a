import type { ScanMemo } from './scan-memo.js';
import { type ListDir } from './walk.js';
export declare class DirCache {
    private readonly file;
    private readonly rows;
    private readonly now;
    private readonly updates;
    /** Per loaded row, 1 once its directory was listed in this run, 2 once listed anew. */
    private readonly seen;
    /** Directories listed during this run, and how many of them came from the cache. */
    listed: number;
    reused: number;
    private constructor();
    /**
     * Loads the cache; a missing, foreign or torn file is an empty cache. `now` is the clock the
     * racy rule reads (tests pass one that runs ahead).
     */
    static load(file: string, now?: () => number): DirCache;
    /** A loaded row's listing, if the directory's stat is still the row's. */
    private kept;
    /** What this invocation listed while nothing it runs wrote (engine/key-caches.ts sets it). */
    memo: ScanMemo | undefined;
    /** Lists directories through the cache (and the invocation's memo, when it has one). */
    readonly list: ListDir;
    private listOnDisk;
    /** Writes the cache atomically when anything changed; failures only cost speed. */
    save(): void;
}
