import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/cli/json.ts
function printJson(value) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}
`);
}
function summarize(results) {
  const hits = results.filter((r) => r.status === "hit").length;
  const misses = results.filter((r) => r.status === "miss").length;
  const failed = results.filter((r) => r.status === "failed").length;
  return {
    tasks: results.length,
    hits,
    misses,
    failed,
    hitRate: results.length === 0 ? 0 : hits / results.length,
    timeSavedMs: results.reduce((sum, r) => sum + r.timeSavedMs, 0)
  };
}

export {
  printJson,
  summarize
};
