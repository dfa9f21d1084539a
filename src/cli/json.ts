// JSON output: the only thing on stdout in --json mode.

import type { TaskResult } from '../engine/engine.js';
import { stdout } from './output.js';

export function printJson(value: unknown): void {
  stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export interface RunSummary {
  readonly tasks: number;
  readonly hits: number;
  readonly misses: number;
  readonly failed: number;
  readonly hitRate: number;
  readonly timeSavedMs: number;
}

export function summarize(results: readonly TaskResult[]): RunSummary {
  const hits = results.filter((r) => r.status === 'hit').length;
  const misses = results.filter((r) => r.status === 'miss').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  return {
    tasks: results.length,
    hits,
    misses,
    failed,
    hitRate: results.length === 0 ? 0 : hits / results.length,
    timeSavedMs: results.reduce((sum, r) => sum + r.timeSavedMs, 0),
  };
}
