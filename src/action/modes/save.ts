// Guard mode, second half: store the declared outputs under the restore step's key, after the
// guarded steps made them.

import * as core from '@actions/core';
import { isKey, type Key } from '../../core/digest.js';
import type { Manifest } from '../../core/manifest.js';
import { savedWhere } from '../../core/summary.js';
import { formatDuration } from '../../core/units.js';
import { UsageError } from '../../engine/config-file.js';
import { type MissResult, save } from '../../engine/engine.js';
import { computeTaskKey } from '../../engine/key.js';
import { InputError } from '../inputs.js';
import { readReport, recordRow, reportRow } from '../report-file.js';
import { type ActionContext, setup } from '../setup.js';
import { checkCacheErrors, guarded } from '../step.js';

export function saveAction(): Promise<void> {
  return guarded(async () => {
    const ctx = await setup('save');
    const { spec } = ctx;
    const state = ctx.guardState.get();
    if (state?.hit) {
      core.info(`taskcache: ${spec.name}: restored from the cache earlier; nothing to save`);
      return;
    }
    const taskKey = await keyToSave(ctx, state);
    if (!taskKey) return;
    const durationMs = state ? Date.now() - state.startedAt : 0;
    const saved = await save(spec, taskKey, ctx.engine, {
      log: Buffer.alloc(0),
      durationMs,
      runnerFiles: undefined,
    });
    const result: MissResult = {
      task: spec.name,
      key: taskKey.key,
      status: 'miss',
      exitCode: 0,
      durationMs,
      bytes: saved.bytes,
      // Why the restore step missed, from the row it wrote.
      reason:
        readReport(ctx.report).rows.find((r) => r.key === taskKey.key)?.reason ??
        'missed in the restore step',
      savedTo: saved.stores.map((s) => s.name),
      keptIn: saved.kept.map((s) => s.name),
    };
    core.info(
      `taskcache: ${spec.name}: ${savedWhere(result)} (guarded steps took ${formatDuration(durationMs)})`,
    );
    recordRow(ctx.report, reportRow(result), { replace: true });
    checkCacheErrors(ctx);
  });
}

/**
 * The key and manifest to save under: the `key` input's (which the inputs must still give,
 * unless the restore step's state holds its manifest), else the restore step's. Undefined when
 * the inputs changed since (a warning says so).
 */
async function keyToSave(
  ctx: ActionContext,
  state: { key: Key; manifest: Manifest } | undefined,
): Promise<{ key: Key; manifest: Manifest } | undefined> {
  const { spec, settings } = ctx;
  if (settings.key === undefined) {
    if (state) return { key: state.key, manifest: state.manifest };
    throw new UsageError(
      `${spec.name}: no restore step ran for this task in this job; run the restore action first or pass its key in the "key" input`,
    );
  }
  if (!isKey(settings.key)) {
    throw new InputError([
      `input key: expected a 64-character key from the restore step, got "${settings.key}"`,
    ]);
  }
  if (state?.key === settings.key) return { key: settings.key, manifest: state.manifest };
  // A stored entry must hold the manifest of its key (readers refuse any other), so the
  // inputs must still give the key the restore step computed.
  const now = await computeTaskKey(spec, ctx.engine);
  if (now.key !== settings.key) {
    core.warning(
      `taskcache: ${spec.name}: the inputs no longer give the key ${settings.key.slice(0, 12)} (now ${now.key.slice(0, 12)}); not saving`,
    );
    return undefined;
  }
  return { key: settings.key, manifest: now.manifest };
}
