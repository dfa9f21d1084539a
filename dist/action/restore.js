import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  applyRunnerFiles,
  noticeHit,
  setup,
  workspaceOf
} from "../chunks/chunk-VIBM6UTQ.js";
import {
  explainMiss,
  hitEntry,
  hitResult,
  keyTask,
  restore
} from "../chunks/chunk-XPMELCSR.js";
import "../chunks/chunk-SRAC3I6Q.js";
import "../chunks/chunk-SGE7DEJ6.js";
import {
  checkCacheErrors,
  guarded,
  info,
  notice,
  recordRow,
  reportRow,
  setOutputs
} from "../chunks/chunk-3US2DAIG.js";
import "../chunks/chunk-EUGGKUGV.js";
import {
  monotonicMs
} from "../chunks/chunk-WCZ5FQDO.js";
import "../chunks/chunk-XJK27DBY.js";
import "../chunks/chunk-YMTDA3HV.js";
import "../chunks/chunk-TEIB2ELP.js";
import "../chunks/chunk-UDF6BDGM.js";
import "../chunks/chunk-HB4FSAE6.js";
import "../chunks/chunk-SQOTPS3B.js";
import "../chunks/chunk-R3RWRY7A.js";
import "../chunks/chunk-SM6SODOI.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/modes/restore.ts
function restoreAction() {
  return guarded(async () => {
    const ctx = await setup("restore");
    const { spec, engine } = ctx;
    const started = monotonicMs();
    const { key, manifest } = await keyTask(spec, engine);
    const hit = ctx.settings.lookupOnly ? void 0 : await restore(spec, key, engine);
    ctx.guardState.set({ key, manifest, hit: hit !== void 0, startedAt: Date.now() });
    let result;
    if (hit) {
      const { runnerFiles: _, ...figures } = hitResult(spec.name, key, hit, started);
      result = figures;
      engine.reporter.hit(spec, key, hit.source.name, hitEntry(hit.record), hit.log);
      noticeHit(spec.name, hit.source.name, key, figures.timeSavedMs);
      if (hit.record.runnerFiles) {
        applyRunnerFiles(hit.record.runnerFiles, process.env, {
          workspace: workspaceOf(process.env),
          notice: (message) => notice(message)
        });
      }
    } else {
      const { reason } = await explainMiss(spec, manifest, engine);
      info(`taskcache: ${spec.name}: miss (${reason}), key ${key.slice(0, 12)}`);
      result = {
        task: spec.name,
        key,
        status: "miss",
        exitCode: 0,
        durationMs: 0,
        bytes: 0,
        reason,
        savedTo: [],
        keptIn: []
      };
    }
    recordRow(ctx.report, reportRow(result));
    setOutputs({
      hit: hit !== void 0,
      key,
      source: result.status === "hit" ? result.source : null,
      report: ctx.report
    });
    checkCacheErrors(ctx);
  });
}

// src/action/entries/restore.ts
await restoreAction();
