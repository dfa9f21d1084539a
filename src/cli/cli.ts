// The dispatcher: finds the subcommand, loads its module lazily, and maps failures to exit
// codes (2 for usage and config errors). It knows nothing of caching.

import { createRequire } from 'node:module';
import { UsageError } from '../engine/errors.js';
import type { CommandName } from './command-names.js';
import { stderr, stdout } from './output.js';

// The version is package.json's alone: the build writes it in (scripts/build.mjs); run from
// source, it is read from package.json.
declare const __TASKCACHE_VERSION__: string | undefined;
export const VERSION: string =
  typeof __TASKCACHE_VERSION__ === 'string'
    ? __TASKCACHE_VERSION__
    : (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export const USAGE = `taskcache — run tasks through a content-addressed cache

Usage:
  taskcache run [TASK...]      run tasks and their dependencies: restore on a hit, run on a miss
  taskcache dry-run [TASK...]  compute keys and ask the stores; runs and writes nothing
  taskcache explain TASK       the key's parts, and what changed since the task's last entry
  taskcache stats              local store size, entries, and hit rate of recorded runs
  taskcache stats --task [TASK...]  the same per task: hits, misses, time saved, bytes
  taskcache prune              evict local entries (--max-size 10GB, --max-age 7d) and unused state
  taskcache report FILE...     merge JSON run reports (e.g. of matrix jobs) into one markdown table
                               (the action's report files, or what run --json printed)
  taskcache ls [TASK...]       entries in every store that can list: key, task, size, dates, store
  taskcache show KEY|TASK      an entry's record: inputs, env names, outputs, producer, signature
  taskcache clear TASK...|--all  delete entries from the local store and writable remotes
  taskcache doctor             check the config and a round trip through every store
  taskcache init              write taskcache.yml for the npm, yarn or pnpm workspace here

Options:
  -c, --config FILE   config file (default: taskcache.yml in this or a parent directory)
  --cache-dir DIR     local store directory (env TASKCACHE_DIR; default ~/.cache/taskcache)
  --remote URL        a remote cache, after the local store (repeatable; run, dry-run, explain);
                      URL#mode=read sets its mode, URL?timeout=10s&retries=2 its bounds
  --remote-mode MODE  the mode of the --remote caches (run; default read-write)
  --no-remote         leave out the config's remotes and plug-in stores (run)
  --cache MODE        read-write, read, write or off for every task (run; env TASKCACHE_CACHE);
                      with a task's own cache mode, the stricter applies
  -v, --verbose       debug lines: timings of scan, hash, key, lookup, restore, save (run)
  -q, --quiet         only failures, warnings and the final line (run)
  --json              print only JSON on stdout (run, dry-run, explain, stats, report)
  --force             run and store even on a hit (run); overwrite taskcache.yml (init)
  --concurrency N     tasks run at once (run; default the number of cores)
  --continue          after a failure, run what does not depend on it (run)
  --only              the named tasks only, not their dependencies (run, dry-run)
  --filter DIR[...]   tasks in DIR or below it; DIR... with their dependencies (repeatable)
  --github            the repository's GitHub Actions cache too, by the REST API (ls, show, clear)
  --repo OWNER/NAME   the repository for --github (default: GITHUB_REPOSITORY, else git origin)
  --dry-run           say what would be deleted, delete nothing (clear)
  -y, --yes           delete without asking (clear; needed when stdin is not a terminal)
  --all               every entry (clear)
  --scripts LIST      package scripts to make tasks of (init; default build,test,lint)
  --stdout            print the config instead of writing it (init)
  -h, --help          show this help
  --version           print the version

Exit codes: 0 success; a failed task's own exit code; 2 usage or config error.`;

type CommandModule = { default: (args: string[]) => Promise<number> };

const COMMANDS: Record<CommandName, () => Promise<CommandModule>> = {
  run: () => import('./commands/run.js'),
  'dry-run': () => import('./commands/dry-run.js'),
  explain: () => import('./commands/explain.js'),
  stats: () => import('./commands/stats.js'),
  prune: () => import('./commands/prune.js'),
  report: () => import('./commands/report.js'),
  ls: () => import('./commands/ls.js'),
  show: () => import('./commands/show.js'),
  clear: () => import('./commands/clear.js'),
  doctor: () => import('./commands/doctor.js'),
  init: () => import('./commands/init.js'),
};

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    stdout.write(`${VERSION}\n`);
    return 0;
  }
  // Own names only: `taskcache toString` is an unknown command, not Object.prototype's.
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command as CommandName] : undefined;
  if (!load) {
    stderr.write(`taskcache: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  // Help needs no config file, and runs nothing.
  if (wantsHelp(rest)) {
    stdout.write(`${commandUsage(command)}\n`);
    return 0;
  }
  try {
    const module = await load();
    return await module.default(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`taskcache: ${error.message}\n`);
      return 2;
    }
    stderr.write(`taskcache: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}

/** `-h` or `--help` among a command's arguments (before a `--` that ends the options). */
function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '-h' || arg === '--help') return true;
  }
  return false;
}

/** The command's lines of USAGE, then the options. */
function commandUsage(command: string): string {
  const lines = USAGE.split('\n');
  const own = lines.filter((line) => line.startsWith(`  taskcache ${command} `));
  const options = USAGE.slice(USAGE.indexOf('Options:'));
  return `Usage:\n${own.join('\n')}\n\n${options}`;
}
