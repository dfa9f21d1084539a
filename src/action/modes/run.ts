// Run mode: the action runs the command itself on a miss and skips it on a hit. With several
// tasks (the `task` input's names and globs, and their dependencies), it runs their graph as
// the CLI does: independent tasks at once, a report row each, the outputs for all of them.

import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import type { TaskSpec } from '../../engine/config-file.js';
import { type RunContext, runTask, type TaskResult } from '../../engine/engine.js';
import { withKeyCaches } from '../../engine/key-caches.js';
import { predictGraph, prefixedReporter, schedule } from '../../engine/schedule.js';
import { recordRow, reportRow } from '../report-file.js';
import { runnerFileHooks } from '../runner-files.js';
import { type ActionContext, setup, workspaceOf } from '../setup.js';
import { checkCacheErrors, guarded, setOutputs } from '../step.js';

export function runAction(): Promise<void> {
  return guarded(async () => {
    const ready = await setup('run');
    // The tasks share one load of the stat and listing caches, saved once at the end.
    await withKeyCaches(ready.engine, (engine) => runGraph({ ...ready, engine }));
  });
}

async function runGraph(ctx: ActionContext): Promise<void> {
  const { specs } = ctx;
  if (ctx.settings.lookupOnly) {
    const dry = await predictGraph(specs, ctx.engine);
    const last = dry.at(-1)!;
    setOutputs({
      hit: dry.every((r) => r.status === 'hit'),
      key: last.key,
      source: last.source,
      timeSavedMs: 0,
      report: ctx.report,
    });
    for (const r of dry) {
      core.info(
        `taskcache: ${r.task}: ${r.status}${r.reason ? ` (${r.reason})` : ''} (lookup only)`,
      );
    }
    checkCacheErrors(ctx);
    return;
  }
  const outcome = await schedule(
    specs,
    (spec) =>
      runTask(spec, specs.length > 1 ? ownContext(ctx, spec, specs.indexOf(spec)) : ctx.engine),
    { concurrency: os.availableParallelism() },
  );
  const { results } = outcome;
  for (const result of results) recordRow(ctx.report, reportRow(result));
  for (const { task, reason } of outcome.skipped) core.info(`taskcache: ${task}: ${reason}`);
  const last: TaskResult | undefined = results.at(-1);
  const allHit = outcome.skipped.length === 0 && results.every((r) => r.status === 'hit');
  setOutputs({
    hit: allHit,
    // The last task's in graph order: the named one when one is named with its dependencies.
    key: outcome.skipped.length === 0 ? (last?.key ?? null) : null,
    source: last?.status === 'hit' ? last.source : null,
    timeSavedMs: results.reduce((sum, r) => sum + (r.status === 'hit' ? r.timeSavedMs : 0), 0),
    report: ctx.report,
  });
  const failed = results.find((r) => r.status === 'failed');
  if (failed) {
    core.setFailed(`${failed.task}: the command failed with exit code ${failed.exitCode}`);
    process.exitCode = outcome.exitCode;
    return;
  }
  checkCacheErrors(ctx);
}

/**
 * The run context of one of several tasks that may run at once: its output prefixed with its
 * name, and runner files of its own (a shared set would mix what the tasks write).
 */
function ownContext(ctx: ActionContext, spec: TaskSpec, index: number): RunContext {
  return {
    ...ctx.engine,
    reporter: prefixedReporter(ctx.engine.reporter, spec.name),
    hooks: runnerFileHooks(
      path.join(ctx.engine.tmpDir, `runner-files-${process.pid}-${index}`),
      process.env,
      { workspace: workspaceOf(process.env), notice: (message) => core.notice(message) },
    ),
  };
}
