// What every mode's step does the same way: fail the step with a clear message on an expected
// error, set the outputs, and fail it on a store error when the workflow asked to.

import * as core from '@actions/core';
import { UsageError } from '../engine/config-file.js';
import { InputError, OUTPUT } from './inputs.js';
import type { ActionContext } from './setup.js';

/** Turns expected failures into a failed step with a clear message. */
export async function guarded(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      core.setFailed(error.message);
      return;
    }
    core.setFailed(`taskcache: internal error: ${(error as Error)?.stack ?? String(error)}`);
  }
}

/** The step's outputs; `timeSavedMs` is left unset by a step that does not measure it. */
export function setOutputs(values: {
  hit: boolean;
  key: string | null;
  source: string | null;
  timeSavedMs?: number;
  report: string;
}): void {
  core.setOutput(OUTPUT.cacheHit, String(values.hit));
  core.setOutput(OUTPUT.key, values.key ?? '');
  core.setOutput(OUTPUT.source, values.source ?? '');
  if (values.timeSavedMs !== undefined) {
    core.setOutput(OUTPUT.timeSavedMs, String(values.timeSavedMs));
  }
  core.setOutput(OUTPUT.reportPath, values.report);
}

export function checkCacheErrors(ctx: ActionContext): void {
  if (ctx.settings.failOnCacheError && ctx.stores.failures.length > 0) {
    core.setFailed(`cache error (fail-on-cache-error is true): ${ctx.stores.failures.join('; ')}`);
  }
}
