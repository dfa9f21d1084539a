// Guard mode, first half: key the task and restore its outputs on a hit, for steps that are
// other actions. What it found is handed to the save step through the guard state.

import * as core from '@actions/core';
import { monotonicMs } from '../../adapters/process.js';
import {
  explainMiss,
  hitEntry,
  hitResult,
  keyTask,
  restore,
  type TaskResult,
} from '../../engine/engine.js';
import { recordRow, reportRow } from '../report-file.js';
import { noticeHit } from '../reporter.js';
import { applyRunnerFiles } from '../runner-files.js';
import { setup, workspaceOf } from '../setup.js';
import { checkCacheErrors, guarded, setOutputs } from '../step.js';

export function restoreAction(): Promise<void> {
  return guarded(async () => {
    const ctx = await setup('restore');
    const { spec, engine } = ctx;
    const started = monotonicMs();
    const { key, manifest } = await keyTask(spec, engine);
    const hit = ctx.settings.lookupOnly ? undefined : await restore(spec, key, engine);
    ctx.guardState.set({ key, manifest, hit: hit !== undefined, startedAt: Date.now() });
    let result: TaskResult;
    if (hit) {
      // As the run mode's: the original run less this step's work.
      const { runnerFiles: _, ...figures } = hitResult(spec.name, key, hit, started);
      result = figures;
      engine.reporter.hit(spec, key, hit.source.name, hitEntry(hit.record), hit.log);
      noticeHit(spec.name, hit.source.name, key, figures.timeSavedMs);
      if (hit.record.runnerFiles) {
        applyRunnerFiles(hit.record.runnerFiles, process.env, {
          workspace: workspaceOf(process.env),
          notice: (message) => core.notice(message),
        });
      }
    } else {
      const { reason } = await explainMiss(spec, manifest, engine);
      core.info(`taskcache: ${spec.name}: miss (${reason}), key ${key.slice(0, 12)}`);
      // The guarded steps run next; the save step completes this row.
      result = {
        task: spec.name,
        key,
        status: 'miss',
        exitCode: 0,
        durationMs: 0,
        bytes: 0,
        reason,
        savedTo: [],
        keptIn: [],
      };
    }
    recordRow(ctx.report, reportRow(result));
    setOutputs({
      hit: hit !== undefined,
      key,
      source: result.status === 'hit' ? result.source : null,
      report: ctx.report,
    });
    checkCacheErrors(ctx);
  });
}
