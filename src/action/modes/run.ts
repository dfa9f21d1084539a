// Run mode: the action runs the command itself on a miss and skips it on a hit. With several
// tasks (the `task` input's names and globs, and their dependencies), it runs their graph as
// the CLI does: independent tasks at once, a report row each, the outputs for all of them.

import * as os from 'node:os';
import * as core from '@actions/core';
import { runTask, type TaskResult } from '../../engine/engine.js';
import { predictGraph, prefixedReporter, schedule } from '../../engine/schedule.js';
import { recordRow, reportRow } from '../report-file.js';
import { setup } from '../setup.js';
import { checkCacheErrors, guarded, setOutputs } from '../step.js';

export function runAction(): Promise<void> {
  return guarded(async () => {
    const ctx = await setup('run');
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
    const prefixed = specs.length > 1;
    const outcome = await schedule(
      specs,
      (spec) =>
        runTask(
          spec,
          prefixed
            ? { ...ctx.engine, reporter: prefixedReporter(ctx.engine.reporter, spec.name) }
            : ctx.engine,
        ),
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
  });
}
