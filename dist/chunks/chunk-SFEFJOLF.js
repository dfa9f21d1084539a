import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  dryRunTask
} from "./chunk-XPMELCSR.js";

// src/engine/schedule.ts
async function schedule(specs, run, options) {
  const limit = Math.max(1, Math.floor(options.concurrency));
  const selected = new Set(specs.map((spec) => spec.name));
  const results = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  const running = /* @__PURE__ */ new Map();
  let pending = [...specs];
  let stoppedBy;
  let thrown;
  const deps = (spec) => (spec.dependsOn ?? []).filter((dep) => selected.has(dep));
  const start = (spec) => {
    const done = run(spec).then(
      (result) => {
        results.set(spec.name, result);
        if (result.status === "failed" && !options.continueOnFailure) stoppedBy ??= spec.name;
      },
      (error) => {
        thrown ??= { error };
        stoppedBy ??= spec.name;
      }
    );
    running.set(
      spec.name,
      done.finally(() => running.delete(spec.name))
    );
  };
  for (; ; ) {
    const waiting = [];
    for (const spec of pending) {
      if (stoppedBy !== void 0) {
        skipped.set(spec.name, `not run: ${stoppedBy} failed`);
        continue;
      }
      const blocker = deps(spec).find(
        (dep) => skipped.has(dep) || results.get(dep)?.status === "failed"
      );
      if (blocker !== void 0) {
        skipped.set(
          spec.name,
          skipped.has(blocker) ? `not run: ${blocker} did not run` : `not run: ${blocker} failed`
        );
      } else if (running.size < limit && deps(spec).every((dep) => results.has(dep))) {
        start(spec);
      } else {
        waiting.push(spec);
      }
    }
    pending = waiting;
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  if (thrown) throw thrown.error;
  const ordered = specs.flatMap((spec) => results.get(spec.name) ?? []);
  const firstFailure = ordered.find((result) => result.status === "failed");
  return {
    results: ordered,
    skipped: specs.flatMap((spec) => {
      const reason = skipped.get(spec.name);
      return reason === void 0 ? [] : [{ task: spec.name, reason }];
    }),
    exitCode: firstFailure?.exitCode ?? 0
  };
}
async function predictGraph(specs, context) {
  const status = /* @__PURE__ */ new Map();
  const out = [];
  for (const spec of specs) {
    const dry = await dryRunTask(spec, context);
    const upstream = (spec.dependsOn ?? []).find((dep) => status.get(dep) === "miss") ?? null;
    const result = upstream === null ? { ...dry, upstreamMiss: null } : {
      ...dry,
      status: "miss",
      source: null,
      reason: `predicted miss: upstream ${upstream} misses${dry.status === "hit" ? " (the key hits today, and still will if the rebuilt outputs are byte for byte the same)" : dry.reason ? `; and ${dry.reason}` : ""}`,
      upstreamMiss: upstream
    };
    status.set(spec.name, result.status);
    out.push(result);
  }
  return out;
}
function prefixedLines(target, prefix) {
  let partial = "";
  return {
    write(chunk) {
      const text = partial + Buffer.from(chunk).toString("utf8");
      const end = text.lastIndexOf("\n");
      partial = text.slice(end + 1);
      if (end < 0) return;
      const lines = text.slice(0, end).split("\n");
      target.write(Buffer.from(lines.map((line) => `${prefix}${line}
`).join("")));
    },
    flush() {
      if (partial !== "") target.write(Buffer.from(`${prefix}${partial}
`));
      partial = "";
    }
  };
}
function prefixedReporter(base, task) {
  if (!base.live) return base;
  const prefix = `${task} | `;
  const out = prefixedLines(base.live.stdout, prefix);
  const err = prefixedLines(base.live.stderr, prefix);
  return {
    // Whatever else the base reports (its methods use no `this`), as it does.
    ...base,
    live: { stdout: out, stderr: err },
    hit(spec, key, source, record, log) {
      base.hit(spec, key, source, record, Buffer.alloc(0));
      out.write(log);
    },
    done(result) {
      out.flush();
      err.flush();
      base.done(result);
    }
  };
}

export {
  schedule,
  predictGraph,
  prefixedReporter
};
