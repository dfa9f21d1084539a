// The runner's command files. The command gets files of its own for GITHUB_OUTPUT,
// GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY; what it writes is forwarded to the
// step's real files and recorded in the entry, and re-applied from the entry on a hit.

import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RunnerFiles } from '../core/entry.js';
import type { CommandHooks } from '../engine/engine.js';

const FILES = {
  output: 'GITHUB_OUTPUT',
  env: 'GITHUB_ENV',
  path: 'GITHUB_PATH',
  summary: 'GITHUB_STEP_SUMMARY',
} as const satisfies Record<keyof RunnerFiles, string>;

/** Variables only the action's own process may see: never passed to the command. */
const PRIVATE = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_STATE',
];

export function commandEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (PRIVATE.includes(name) || name.startsWith('INPUT_') || name.startsWith('STATE_')) continue;
    out[name] = value;
  }
  return out;
}

/** Appends recorded writes to the step's real files. */
export function applyRunnerFiles(files: RunnerFiles, env: NodeJS.ProcessEnv): void {
  for (const [field, variable] of Object.entries(FILES) as [keyof RunnerFiles, string][]) {
    const target = env[variable];
    const text = files[field];
    if (target && text) appendFileSync(target, text.endsWith('\n') ? text : `${text}\n`);
  }
}

export function runnerFileHooks(dir: string, env: NodeJS.ProcessEnv): CommandHooks {
  mkdirSync(dir, { recursive: true });
  const own = Object.fromEntries(
    Object.entries(FILES).map(([field, variable]) => [
      field,
      path.join(dir, variable.toLowerCase()),
    ]),
  ) as Record<keyof RunnerFiles, string>;
  return {
    prepare(base) {
      const childEnv = commandEnv(base);
      for (const [field, variable] of Object.entries(FILES) as [keyof RunnerFiles, string][]) {
        writeFileSync(own[field], '');
        childEnv[variable] = own[field];
      }
      return childEnv;
    },
    collect() {
      const read = (field: keyof RunnerFiles) => readFileSync(own[field], 'utf8');
      const files: RunnerFiles = {
        output: read('output'),
        env: read('env'),
        path: read('path'),
        summary: read('summary'),
      };
      applyRunnerFiles(files, env);
      return files;
    },
    apply(files) {
      applyRunnerFiles(files, env);
    },
  };
}
