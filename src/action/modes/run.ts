// Run mode: the action runs the command itself on a miss and skips it on a hit.

import * as core from '@actions/core';
import { dryRunTask, runTask } from '../../engine/engine.js';
import { recordRow, reportRow } from '../report-file.js';
import { setup } from '../setup.js';
import { checkCacheErrors, guarded, setOutputs } from '../step.js';

export function runAction(): Promise<void> {
  return guarded(async () => {
    const ctx = await setup('run');
    if (ctx.settings.lookupOnly) {
      const dry = await dryRunTask(ctx.spec, ctx.engine);
      setOutputs({
        hit: dry.status === 'hit',
        key: dry.key,
        source: dry.source,
        timeSavedMs: 0,
        report: ctx.report,
      });
      core.info(
        `taskcache: ${ctx.spec.name}: ${dry.status}${dry.reason ? ` (${dry.reason})` : ''} (lookup only)`,
      );
      checkCacheErrors(ctx);
      return;
    }
    const result = await runTask(ctx.spec, ctx.engine);
    recordRow(ctx.report, reportRow(result));
    setOutputs({
      hit: result.status === 'hit',
      key: result.key,
      source: result.status === 'hit' ? result.source : null,
      timeSavedMs: result.status === 'hit' ? result.timeSavedMs : 0,
      report: ctx.report,
    });
    if (result.status === 'failed') {
      core.setFailed(`${ctx.spec.name}: the command failed with exit code ${result.exitCode}`);
      process.exitCode = result.exitCode;
      return;
    }
    checkCacheErrors(ctx);
  });
}
