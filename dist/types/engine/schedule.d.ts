import type { TaskSpec } from './config-file.js';
import { type DryRunResult } from './inspect.js';
import type { Reporter, RunContext, TaskResult } from './types.js';
export interface ScheduleOptions {
    /** How many tasks run at once, at least 1. */
    readonly concurrency: number;
    /**
     * Go on after a failure with every task that does not depend on it. Without it, a failure
     * starts no new task; those already running finish.
     */
    readonly continueOnFailure?: boolean;
}
/** A task that did not run, and why. */
export interface SkippedTask {
    readonly task: string;
    readonly reason: string;
}
export interface ScheduleOutcome {
    /** The results of the tasks that ran, in graph order (the order of the specs given). */
    readonly results: readonly TaskResult[];
    readonly skipped: readonly SkippedTask[];
    /** The exit code of the first failed task in graph order; 0 when none failed. */
    readonly exitCode: number;
}
/**
 * Runs `specs` (in graph order: dependencies first) with `run`, each once every dependency of
 * it that is among `specs` succeeded. A task whose dependency failed or did not run is skipped.
 */
export declare function schedule(specs: readonly TaskSpec[], run: (spec: TaskSpec) => Promise<TaskResult>, options: ScheduleOptions): Promise<ScheduleOutcome>;
/** A dry run's answer for a task of a graph, a hit turned into a predicted miss when an upstream misses. */
export interface PredictedResult extends DryRunResult {
    /** The dependency (among those given) whose miss makes this task a predicted miss. */
    readonly upstreamMiss: string | null;
}
/**
 * Dry-runs `specs` in graph order. A task that depends on one that misses is a predicted miss
 * naming it: that task's outputs will be made again, and this task's key is read from them.
 * (It may still hit then, when they come out byte for byte the same.)
 */
export declare function predictGraph(specs: readonly TaskSpec[], context: RunContext): Promise<PredictedResult[]>;
/**
 * The reporter of one of several tasks that run at once (the CLI's and the action's): its live output and the log a hit
 * replays go line by line, each prefixed with the task's name, so they stay readable.
 */
export declare function prefixedReporter(base: Reporter, task: string): Reporter;
