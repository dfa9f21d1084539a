import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  setup
} from "../chunks/chunk-GX4KD2KR.js";
import {
  dryRunTask,
  runTask
} from "../chunks/chunk-CRAJKTQ7.js";
import "../chunks/chunk-476GHPVO.js";
import "../chunks/chunk-CA5H4JNN.js";
import "../chunks/chunk-Z4Y6RZIQ.js";
import {
  checkCacheErrors,
  guarded,
  info,
  recordRow,
  reportRow,
  setFailed,
  setOutputs
} from "../chunks/chunk-FLCHFXD3.js";
import "../chunks/chunk-NBQWV23J.js";
import "../chunks/chunk-OAYSP4DE.js";
import "../chunks/chunk-EPCJNCHJ.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-63LDGXZC.js";
import "../chunks/chunk-UDF6BDGM.js";
import "../chunks/chunk-DWE2MTY6.js";
import "../chunks/chunk-R3RWRY7A.js";
import "../chunks/chunk-AZEJ7MGI.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/modes/run.ts
function runAction() {
  return guarded(async () => {
    const ctx = await setup("run");
    if (ctx.settings.lookupOnly) {
      const dry = await dryRunTask(ctx.spec, ctx.engine);
      setOutputs({
        hit: dry.status === "hit",
        key: dry.key,
        source: dry.source,
        timeSavedMs: 0,
        report: ctx.report
      });
      info(
        `taskcache: ${ctx.spec.name}: ${dry.status}${dry.reason ? ` (${dry.reason})` : ""} (lookup only)`
      );
      checkCacheErrors(ctx);
      return;
    }
    const result = await runTask(ctx.spec, ctx.engine);
    recordRow(ctx.report, reportRow(result));
    setOutputs({
      hit: result.status === "hit",
      key: result.key,
      source: result.status === "hit" ? result.source : null,
      timeSavedMs: result.status === "hit" ? result.timeSavedMs : 0,
      report: ctx.report
    });
    if (result.status === "failed") {
      setFailed(`${ctx.spec.name}: the command failed with exit code ${result.exitCode}`);
      process.exitCode = result.exitCode;
      return;
    }
    checkCacheErrors(ctx);
  });
}

// src/action/entries/run.ts
await runAction();
