import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-TRFYQJTT.js";
import "./chunk-CUVSUTYU.js";

// src/cli/cli.ts
var VERSION = "0.1.0";
var USAGE = `taskcache \u2014 run tasks through a content-addressed cache

Usage:
  taskcache run [TASK...]      run tasks: restore and replay on a hit, run and store on a miss
  taskcache dry-run [TASK...]  compute keys and ask the stores; runs and writes nothing
  taskcache explain TASK       the key's parts, and what changed since the task's last entry
  taskcache stats              local store size, entries, and hit rate of recorded runs
  taskcache prune              evict local entries: --max-size 10GB, --max-age 7d
  taskcache report FILE...     merge JSON run reports (e.g. of matrix jobs) into one markdown table

Options:
  -c, --config FILE   config file (default: taskcache.yml in this or a parent directory)
  --cache-dir DIR     local store directory (env TASKCACHE_DIR; default ~/.cache/taskcache)
  --remote URL        a remote cache, after the local store (repeatable; run, dry-run, explain)
  --json              print only JSON on stdout (run, dry-run, explain, stats, report)
  --force             run and store even on a hit (run)
  -h, --help          show this help
  --version           print the version

Exit codes: 0 success; a failed task's own exit code; 2 usage or config error.`;
var COMMANDS = {
  run: () => import("./run-C5NP4LW3.js"),
  "dry-run": () => import("./dry-run-ZGMJDDVI.js"),
  explain: () => import("./explain-HMM4MPUK.js"),
  stats: () => import("./stats-LJZWT37H.js"),
  prune: () => import("./prune-EDRRCMYV.js"),
  report: () => import("./report-AYLPFN3C.js")
};
async function main(argv) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(`${USAGE}
`);
    return command === void 0 ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    process.stderr.write(`taskcache: unknown command "${command}"

${USAGE}
`);
    return 2;
  }
  try {
    const module = await load();
    return await module.default(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`taskcache: ${error.message}
`);
      return 2;
    }
    process.stderr.write(
      `taskcache: internal error: ${error?.stack ?? String(error)}
`
    );
    return 1;
  }
}
export {
  USAGE,
  VERSION,
  main
};
