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
    timeSavedMs: results.reduce((sum, r) => sum + (r.status === 'hit' ? r.timeSavedMs : 0), 0),
  };
}

/**
 * A task's result as `run --json` prints it: every field present, null where it does not apply
 * to the status (the documented flat shape), and never the runner files.
 */
export function taskJson(result: TaskResult): Record<string, unknown> {
  const hit = result.status === 'hit' ? result : undefined;
  return {
    task: result.task,
    key: result.key,
    status: result.status,
    source: hit?.source ?? null,
    exitCode: result.exitCode,
    durationMs: result.durationMs,
    originalDurationMs: hit?.originalDurationMs ?? null,
    timeSavedMs: hit?.timeSavedMs ?? 0,
    bytes: result.bytes,
    reason: result.status === 'hit' ? null : result.reason,
    savedTo: result.status === 'miss' ? result.savedTo : [],
    keptIn: result.status === 'miss' ? result.keptIn : [],
    cachedAt: hit?.cachedAt ?? null,
  };
}
