import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  predictGraph,
  prefixedReporter,
  schedule
} from "../chunks/chunk-SFEFJOLF.js";
import {
  runnerFileHooks,
  setup,
  workspaceOf
} from "../chunks/chunk-VIBM6UTQ.js";
import {
  runTask,
  withKeyCaches
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
  setFailed,
  setOutputs
} from "../chunks/chunk-3US2DAIG.js";
import "../chunks/chunk-EUGGKUGV.js";
import "../chunks/chunk-WCZ5FQDO.js";
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

// src/action/modes/run.ts
import * as os from "node:os";
import * as path from "node:path";
function runAction() {
  return guarded(async () => {
    const ready = await setup("run");
    await withKeyCaches(ready.engine, (engine) => runGraph({ ...ready, engine }));
  });
}
async function runGraph(ctx) {
  const { specs } = ctx;
  if (ctx.settings.lookupOnly) {
    const dry = await predictGraph(specs, ctx.engine);
    const last2 = dry.at(-1);
    setOutputs({
      hit: dry.every((r) => r.status === "hit"),
      key: last2.key,
      source: last2.source,
      timeSavedMs: 0,
      report: ctx.report
    });
    for (const r of dry) {
      info(
        `taskcache: ${r.task}: ${r.status}${r.reason ? ` (${r.reason})` : ""} (lookup only)`
      );
    }
    checkCacheErrors(ctx);
    return;
  }
  const outcome = await schedule(
    specs,
    (spec) => runTask(spec, specs.length > 1 ? ownContext(ctx, spec, specs.indexOf(spec)) : ctx.engine),
    { concurrency: os.availableParallelism() }
  );
  const { results } = outcome;
  for (const result of results) recordRow(ctx.report, reportRow(result));
  for (const { task, reason } of outcome.skipped) info(`taskcache: ${task}: ${reason}`);
  const last = results.at(-1);
  const allHit = outcome.skipped.length === 0 && results.every((r) => r.status === "hit");
  setOutputs({
    hit: allHit,
    // The last task's in graph order: the named one when one is named with its dependencies.
    key: outcome.skipped.length === 0 ? last?.key ?? null : null,
    source: last?.status === "hit" ? last.source : null,
    timeSavedMs: results.reduce((sum, r) => sum + (r.status === "hit" ? r.timeSavedMs : 0), 0),
    report: ctx.report
  });
  const failed = results.find((r) => r.status === "failed");
  if (failed) {
    setFailed(`${failed.task}: the command failed with exit code ${failed.exitCode}`);
    process.exitCode = outcome.exitCode;
    return;
  }
  checkCacheErrors(ctx);
}
function ownContext(ctx, spec, index) {
  return {
    ...ctx.engine,
    reporter: prefixedReporter(ctx.engine.reporter, spec.name),
    hooks: runnerFileHooks(
      path.join(ctx.engine.tmpDir, `runner-files-${process.pid}-${index}`),
      process.env,
      { workspace: workspaceOf(process.env), notice: (message) => notice(message) }
    )
  };
}

// src/action/entries/run.ts
await runAction();
