import type { TaskSpec } from './config-file.js';
import type { RunContext, TaskResult } from './types.js';
/** Runs a task through the cache: restore and replay on a hit, run and store on a miss. */
export declare function runTask(spec: TaskSpec, context: RunContext): Promise<TaskResult>;
