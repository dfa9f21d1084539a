import type { TaskResult } from '../engine/engine.js';
export declare function printJson(value: unknown): void;
export interface RunSummary {
    readonly tasks: number;
    readonly hits: number;
    readonly misses: number;
    readonly failed: number;
    readonly hitRate: number;
    readonly timeSavedMs: number;
}
export declare function summarize(results: readonly TaskResult[]): RunSummary;
