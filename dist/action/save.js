import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  setup
} from "../chunks/chunk-VIBM6UTQ.js";
import {
  computeTaskKey,
  save
} from "../chunks/chunk-XPMELCSR.js";
import "../chunks/chunk-SRAC3I6Q.js";
import {
  isKey
} from "../chunks/chunk-SGE7DEJ6.js";
import {
  InputError,
  checkCacheErrors,
  guarded,
  info,
  readReport,
  recordRow,
  reportRow,
  savedWhere,
  warning
} from "../chunks/chunk-3US2DAIG.js";
import "../chunks/chunk-EUGGKUGV.js";
import "../chunks/chunk-WCZ5FQDO.js";
import "../chunks/chunk-XJK27DBY.js";
import "../chunks/chunk-YMTDA3HV.js";
import "../chunks/chunk-TEIB2ELP.js";
import "../chunks/chunk-UDF6BDGM.js";
import "../chunks/chunk-HB4FSAE6.js";
import {
  UsageError
} from "../chunks/chunk-SQOTPS3B.js";
import {
  formatDuration
} from "../chunks/chunk-R3RWRY7A.js";
import "../chunks/chunk-SM6SODOI.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/modes/save.ts
function saveAction() {
  return guarded(async () => {
    const ctx = await setup("save");
    const { spec } = ctx;
    const state = ctx.guardState.get();
    if (state?.hit) {
      info(`taskcache: ${spec.name}: restored from the cache earlier; nothing to save`);
      return;
    }
    const taskKey = await keyToSave(ctx, state);
    if (!taskKey) return;
    const durationMs = state ? Date.now() - state.startedAt : 0;
    const saved = await save(spec, taskKey, ctx.engine, {
      log: Buffer.alloc(0),
      durationMs,
      runnerFiles: void 0
    });
    const result = {
      task: spec.name,
      key: taskKey.key,
      status: "miss",
      exitCode: 0,
      durationMs,
      bytes: saved.bytes,
      // Why the restore step missed, from the row it wrote.
      reason: readReport(ctx.report).rows.find((r) => r.key === taskKey.key)?.reason ?? "missed in the restore step",
      savedTo: saved.stores.map((s) => s.name),
      keptIn: saved.kept.map((s) => s.name)
    };
    info(
      `taskcache: ${spec.name}: ${savedWhere(result)} (guarded steps took ${formatDuration(durationMs)})`
    );
    recordRow(ctx.report, reportRow(result), { replace: true });
    checkCacheErrors(ctx);
  });
}
async function keyToSave(ctx, state) {
  const { spec, settings } = ctx;
  if (settings.key === void 0) {
    if (state) return { key: state.key, manifest: state.manifest };
    throw new UsageError(
      `${spec.name}: no restore step ran for this task in this job; run the restore action first or pass its key in the "key" input`
    );
  }
  if (!isKey(settings.key)) {
    throw new InputError([
      `input key: expected a 64-character key from the restore step, got "${settings.key}"`
    ]);
  }
  if (state?.key === settings.key) return { key: settings.key, manifest: state.manifest };
  const now = await computeTaskKey(spec, ctx.engine);
  if (now.key !== settings.key) {
    warning(
      `taskcache: ${spec.name}: the inputs no longer give the key ${settings.key.slice(0, 12)} (now ${now.key.slice(0, 12)}); not saving`
    );
    return void 0;
  }
  return { key: settings.key, manifest: now.manifest };
}

// src/action/entries/save.ts
await saveAction();
