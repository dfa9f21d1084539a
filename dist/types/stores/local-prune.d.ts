import type { Stats } from 'node:fs';
/** tmp/ items and state temporaries older than this belong to a save or write that died. */
export declare const STALE_TMP_MS: number;
/** The age limit of state when prune is given only a size: see docs/cli.md. */
export declare const DEFAULT_STATE_MAX_AGE_MS: number;
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
export declare function evictEntries<E extends EvictableEntry>(entries: readonly E[], options: {
    readonly maxBytes?: number;
    readonly maxAgeMs?: number;
    readonly now: number;
}, remove: (entry: E) => Promise<void>): Promise<{
    removed: number;
    freedBytes: number;
    kept: E[];
    keptBytes: number;
}>;
/** Removes the state files (and kept logs) no run used within the age limit. */
export declare function pruneState(stateDir: string, options: StatePruneOptions): Promise<StatePruneResult>;
/**
 * Removes `file` if it is still the file `judged` describes. It is moved aside first, so a
 * run that renames a new file into place meanwhile either replaces it before (then the new
 * file is what was moved, and it is linked back unless yet another took the name) or after
 * (then it is not touched). A link is removed as a link.
 */
export declare function removeUnchanged(file: string, judged: Stats): Promise<boolean>;
/**
 * The digest of the log a stored record names, read from the record's head: the canonical
 * record has `"log"` before its manifest and outputs (entry.ts), so a few KiB suffice. Null
 * when the head does not name one (a record of another form); never follows a link.
 */
export declare function recordLogDigest(recordFile: string): Promise<string | null | undefined>;
/**
 * The digests of the logs the records name, for prune to keep those logs; undefined when a
 * record does not say (a form whose head has no log), as then no log can be told unused.
 */
export declare function logsNamed(records: readonly string[]): Promise<Set<string> | undefined>;
/** Removes tmp/ items of saves that died, and markers of replaces that died midway. */
export declare function clearStaleTmp(root: string, tmpDir: string, now: number): Promise<void>;
