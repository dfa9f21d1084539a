// The runner's command files. The command gets files of its own for GITHUB_OUTPUT,
// GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY; what it writes is forwarded to the
// step's real files and recorded in the entry, and re-applied from the entry on a hit.

import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RunnerFiles } from '../core/entry.js';
import type { CommandHooks } from '../engine/engine.js';
import { filterRunnerFiles } from './runner-file-filter.js';

const FILES = {
  output: 'GITHUB_OUTPUT',
  env: 'GITHUB_ENV',
  path: 'GITHUB_PATH',
  summary: 'GITHUB_STEP_SUMMARY',
} as const satisfies Record<keyof RunnerFiles, string>;

/** Appends writes to the step's real files (what the command wrote, on a miss). */
function appendRunnerFiles(files: RunnerFiles, env: NodeJS.ProcessEnv): void {
  for (const [field, variable] of Object.entries(FILES) as [keyof RunnerFiles, string][]) {
    const target = env[variable];
    const text = files[field];
    if (target && text) appendFileSync(target, text.endsWith('\n') ? text : `${text}\n`);
  }
}

/**
 * Re-applies a cached entry's runner files on a hit, as filterRunnerFiles allows, with one
 * notice naming what was left out.
 */
export function applyRunnerFiles(
  files: RunnerFiles,
  env: NodeJS.ProcessEnv,
  options: { workspace: string; notice: (message: string) => void },
): void {
  const {
    files: kept,
    refusedEnv,
    refusedPath,
    envError,
  } = filterRunnerFiles(files, options.workspace);
  const left: string[] = [];
  if (refusedEnv.length > 0) {
    left.push(`GITHUB_ENV ${refusedEnv.join(', ')} (variables that make later programs run code)`);
  }
  if (envError) left.push(`the rest of GITHUB_ENV (${envError})`);
  if (refusedPath.length > 0) {
    left.push(`GITHUB_PATH ${refusedPath.join(', ')} (outside the workspace)`);
  }
  if (left.length > 0) {
    options.notice(
      `taskcache: the cached entry's runner files were re-applied without ${left.join('; ')}`,
    );
  }
  appendRunnerFiles(kept, env);
}

export function runnerFileHooks(
  dir: string,
  env: NodeJS.ProcessEnv,
  reapply: { workspace: string; notice: (message: string) => void },
): CommandHooks {
  mkdirSync(dir, { recursive: true });
  const own = Object.fromEntries(
    Object.entries(FILES).map(([field, variable]) => [
      field,
      path.join(dir, variable.toLowerCase()),
    ]),
  ) as Record<keyof RunnerFiles, string>;
  return {
    prepare(base) {
      // `base` is already what a run: step would see (the engine filters it); a copy to add to.
      const childEnv = { ...base };
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
      appendRunnerFiles(files, env);
      return files;
    },
    apply(files) {
      applyRunnerFiles(files, env, reapply);
    },
  };
}
