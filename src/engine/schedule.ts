// Running a selection of tasks as a graph: each task once its dependencies (among those
// selected) have succeeded, independent tasks at once up to a bound, results in graph order.

import type { TaskSpec } from './config-file.js';
import { type DryRunResult, dryRunTask } from './inspect.js';
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
export async function schedule(
  specs: readonly TaskSpec[],
  run: (spec: TaskSpec) => Promise<TaskResult>,
  options: ScheduleOptions,
): Promise<ScheduleOutcome> {
  const limit = Math.max(1, Math.floor(options.concurrency));
  const selected = new Set(specs.map((spec) => spec.name));
  const results = new Map<string, TaskResult>();
  const skipped = new Map<string, string>();
  const running = new Map<string, Promise<void>>();
  let pending = [...specs];
  let stoppedBy: string | undefined;
  let thrown: { error: unknown } | undefined;

  const deps = (spec: TaskSpec) => (spec.dependsOn ?? []).filter((dep) => selected.has(dep));
  const start = (spec: TaskSpec) => {
    const done = run(spec).then(
      (result) => {
        results.set(spec.name, result);
        if (result.status === 'failed' && !options.continueOnFailure) stoppedBy ??= spec.name;
      },
      (error: unknown) => {
        thrown ??= { error };
        stoppedBy ??= spec.name;
      },
    );
    running.set(
      spec.name,
      done.finally(() => running.delete(spec.name)),
    );
  };

  for (;;) {
    const waiting: TaskSpec[] = [];
    for (const spec of pending) {
      if (stoppedBy !== undefined) {
        skipped.set(spec.name, `not run: ${stoppedBy} failed`);
        continue;
      }
      const blocker = deps(spec).find(
        (dep) => skipped.has(dep) || results.get(dep)?.status === 'failed',
      );
      if (blocker !== undefined) {
        skipped.set(
          spec.name,
          skipped.has(blocker) ? `not run: ${blocker} did not run` : `not run: ${blocker} failed`,
        );
      } else if (running.size < limit && deps(spec).every((dep) => results.has(dep))) {
        start(spec);
      } else {
        waiting.push(spec);
      }
    }
    pending = waiting;
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  if (thrown) throw thrown.error;

  const ordered = specs.flatMap((spec) => results.get(spec.name) ?? []);
  const firstFailure = ordered.find((result) => result.status === 'failed');
  return {
    results: ordered,
    skipped: specs.flatMap((spec) => {
      const reason = skipped.get(spec.name);
      return reason === undefined ? [] : [{ task: spec.name, reason }];
    }),
    exitCode: firstFailure?.exitCode ?? 0,
  };
}

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
export async function predictGraph(
  specs: readonly TaskSpec[],
  context: RunContext,
): Promise<PredictedResult[]> {
  const status = new Map<string, 'hit' | 'miss'>();
  const out: PredictedResult[] = [];
  for (const spec of specs) {
    const dry = await dryRunTask(spec, context);
    const upstream = (spec.dependsOn ?? []).find((dep) => status.get(dep) === 'miss') ?? null;
    const result: PredictedResult =
      upstream === null
        ? { ...dry, upstreamMiss: null }
        : {
            ...dry,
            status: 'miss',
            source: null,
            reason: `predicted miss: upstream ${upstream} misses${
              dry.status === 'hit'
                ? ' (the key hits today, and still will if the rebuilt outputs are byte for byte the same)'
                : dry.reason
                  ? `; and ${dry.reason}`
                  : ''
            }`,
            upstreamMiss: upstream,
          };
    status.set(spec.name, result.status);
    out.push(result);
  }
  return out;
}

/** Writes whole lines, each prefixed; a partial line waits for its end (or for flush). */
function prefixedLines(target: { write(chunk: Uint8Array): unknown }, prefix: string) {
  let partial = '';
  return {
    write(chunk: Uint8Array): void {
      const text = partial + Buffer.from(chunk).toString('utf8');
      const end = text.lastIndexOf('\n');
      partial = text.slice(end + 1);
      if (end < 0) return;
      const lines = text.slice(0, end).split('\n');
      target.write(Buffer.from(lines.map((line) => `${prefix}${line}\n`).join('')));
    },
    flush(): void {
      if (partial !== '') target.write(Buffer.from(`${prefix}${partial}\n`));
      partial = '';
    },
  };
}

/**
 * The reporter of one of several tasks that run at once (the CLI's and the action's): its live output and the log a hit
 * replays go line by line, each prefixed with the task's name, so they stay readable.
 */
export function prefixedReporter(base: Reporter, task: string): Reporter {
  if (!base.live) return base;
  const prefix = `${task} | `;
  const out = prefixedLines(base.live.stdout, prefix);
  const err = prefixedLines(base.live.stderr, prefix);
  return {
    // Whatever else the base reports (its methods use no `this`), as it does.
    ...base,
    live: { stdout: out, stderr: err },
    hit(spec, key, source, record, log) {
      base.hit(spec, key, source, record, Buffer.alloc(0));
      out.write(log);
    },
    done(result) {
      out.flush();
      err.flush();
      base.done(result);
    },
  };
}
