import type { Key } from '../core/digest.js';
import type { TaskSpec } from './config-file.js';
import { type Hit, type HitEntry, type HitResult, type RunContext, type TaskResult } from './types.js';
/** Runs a task through the cache: restore and replay on a hit, run and store on a miss. */
export declare function runTask(spec: TaskSpec, taskContext: RunContext): Promise<TaskResult>;
/**
 * A hit's result, its one time-saved figure computed here: how long the command took when the
 * entry was made, less this run's time since `started`.
 */
export declare function hitResult(task: string, key: Key, hit: Hit, started: number): HitResult;
/**
 * A hit a sealed run replays (run-seal.ts): shown, reported and recorded as runTask does one
 * whose outputs were all in place, from what the seal kept.
 */
export declare function replayHit(spec: TaskSpec, context: Pick<RunContext, 'reporter' | 'runLog'>, hit: {
    readonly key: Key;
    readonly source: string;
    readonly entry: HitEntry;
    readonly bytes: number;
    readonly log: Buffer;
}): Promise<TaskResult>;
