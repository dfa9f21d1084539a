import { KeptLogs } from '../adapters/kept-logs.js';
import { type Key } from '../core/digest.js';
import type { TaskSpec } from './config-file.js';
import type { Hit, RunContext } from './types.js';
/**
 * Tries the readable stores in order; the first verified entry is restored. A hit from a later
 * (slower) store is copied into the earlier writable ones, so the next run hits sooner.
 */
export declare function restore(spec: TaskSpec, key: Key, context: RunContext): Promise<Hit | undefined>;
export interface RestoreOutcome {
    readonly hit?: Hit;
    /** Why an entry found under the key could not be used (the save after the run replaces it). */
    readonly unusable?: string;
}
/** restore(), and whether an entry was found but refused. */
export declare function restoreOutcome(spec: TaskSpec, key: Key, context: RunContext): Promise<RestoreOutcome>;
/** Where logs are kept for hits that need no archive, when the run keeps state. */
export declare function keptLogs(context: {
    readonly stateDir?: string;
}): KeptLogs | undefined;
