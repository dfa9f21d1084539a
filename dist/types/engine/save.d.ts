import type { Key } from '../core/digest.js';
import { type RunnerFiles } from '../core/entry.js';
import type { Manifest } from '../core/manifest.js';
import type { Store } from '../stores/store.js';
import type { TaskSpec } from './config-file.js';
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
export declare function save(spec: TaskSpec, taskKey: {
    key: Key;
    manifest: Manifest;
    blobs?: ReadonlyMap<string, string>;
}, context: RunContext, run: {
    log: Buffer;
    durationMs: number;
    runnerFiles: RunnerFiles | undefined;
    replace?: boolean;
}): Promise<SaveResult>;
export declare function scratchFile(context: RunContext, key: Key): string;
