import { type ListDir } from './walk.js';
export declare class DirCache {
    private readonly file;
    private readonly rows;
    private readonly updates;
    private readonly seen;
    /** Directories listed during this run, and how many of them came from the cache. */
    listed: number;
    reused: number;
    private constructor();
    /** Loads the cache; a missing, foreign or torn file is an empty cache. */
    static load(file: string): DirCache;
    /** Lists directories through the cache. */
    readonly list: ListDir;
    /** Writes the cache atomically when anything changed; failures only cost speed. */
    save(): void;
}
