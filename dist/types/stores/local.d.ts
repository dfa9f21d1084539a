import { type StatNumbers } from '../adapters/stat-witness.js';
import type { Key } from '../core/digest.js';
import { type StatePruneOptions, type StatePruneResult } from './local-prune.js';
import { type ListedEntry, type SaveOutcome, type SaveRequest, type Store, type StoreCapabilities, type StoredEntry, type StoreMode } from './store.js';
/** `--cache-dir`, else TASKCACHE_DIR, else $XDG_CACHE_HOME/taskcache, else ~/.cache/taskcache. */
export declare function defaultCacheDir(env?: NodeJS.ProcessEnv): string;
export interface LocalEntryInfo {
    readonly key: Key;
    readonly dir: string;
    readonly bytes: number;
    /** Last time the entry was saved or restored. */
    readonly usedAt: number;
    readonly createdAt: number;
}
export interface PruneResult {
    readonly removed: number;
    readonly freedBytes: number;
    readonly kept: number;
    readonly keptBytes: number;
    /** What went from state/, when prune was asked to prune it. */
    readonly state?: StatePruneResult;
}
export interface RunRecord {
    readonly time: string;
    readonly task: string;
    readonly key: string;
    readonly status: 'hit' | 'miss' | 'failed';
    readonly source: string | null;
    readonly durationMs: number;
    readonly savedMs: number;
    /** Output bytes restored (hit) or stored (miss); absent in runs recorded before it was. */
    readonly bytes?: number;
}
export declare class LocalStore implements Store {
    readonly root: string;
    readonly mode: StoreMode;
    readonly replaces = true;
    readonly name = "local";
    readonly compress = false;
    readonly capabilities: StoreCapabilities;
    readonly credentials = "none needed";
    constructor(root: string, mode?: StoreMode);
    private entryDir;
    get tmpDir(): string;
    /** State that only speeds up later runs (the stat cache); safe to delete. */
    get stateDir(): string;
    /**
     * Entries unused (neither saved nor restored) for longer than `maxAgeMs` become misses, and
     * are removed when the store can write: the config's max-age, honoured on reads too.
     */
    expireAfter(maxAgeMs: number | undefined): void;
    private maxAgeMs;
    /** Whether the entry in `dir` is past max-age by its last use; if so, it is removed. */
    private expired;
    /**
     * The entry's directory as it is now, for a sealed run (engine/run-seal.ts): a replace, a
     * removal or a new archive changes it. Undefined when there is no entry.
     */
    entryStat(key: Key): StatNumbers | undefined;
    /**
     * Uses the entry again without reading it, as get() does when a sealed run replays a hit:
     * true when its directory is as `sealed` (the same entry, still whole), it is not past
     * max-age, and it is touched as a use; false leaves the caller to look it up.
     */
    reuse(key: Key, sealed: StatNumbers): Promise<boolean>;
    get(key: Key): Promise<StoredEntry | undefined>;
    has(key: Key): Promise<boolean>;
    put(request: SaveRequest): Promise<SaveOutcome>;
    /**
     * Puts `staging` in the place of the entry at `final`: the old entry moves into tmp/, the
     * new one is renamed in. A marker beside the entry tells a lookup that finds no entry
     * between the two renames to look again. Replacing writers that race go on until one is
     * last; the old entries are removed after the swap.
     */
    private swapIn;
    /** A regular file's text; anything else where one belongs is a StoreError, never a wait. */
    private readRegular;
    /** readRegular's bytes, not decoded. */
    private readRegularBytes;
    /** Opens a regular file without blocking on a FIFO or following a final link. */
    private openRegular;
    private notRegular;
    private latestFile;
    /** The keys of the task's recent entries in a scope, newest first, one a line. */
    private recentFile;
    private recentKeys;
    private setLatest;
    recentRecords(task: string, scope: string, limit?: number): Promise<string[]>;
    recentRecordBytes(task: string, scope: string, limit?: number): Promise<Buffer[]>;
    latestRecord(task: string, scope: string): Promise<string | undefined>;
    /** Every entry with its size and last use. */
    list(): Promise<LocalEntryInfo[]>;
    /** Every entry, with the task its record names (`taskcache ls`). */
    listEntries(): Promise<ListedEntry[]>;
    /** Deletes one entry the way eviction does: out of sight first, then removed. */
    deleteEntry(key: Key): Promise<boolean>;
    /**
     * Evicts entries unused for longer than `maxAgeMs`, then least-recently-used entries
     * until the store fits in `maxBytes`; also clears debris of saves that died. With `state`,
     * also removes state/ files unused for longer than its age (local-prune.ts), and kept logs
     * that no remaining entry names.
     */
    prune(options: {
        maxBytes?: number;
        maxAgeMs?: number;
        now?: number;
        state?: Omit<StatePruneOptions, 'now' | 'logs'>;
    }): Promise<PruneResult>;
    /** Moves the entry out of sight first, so readers never see half of it. */
    private remove;
    recordRun(run: RunRecord): Promise<void>;
    runs(): Promise<RunRecord[]>;
}
