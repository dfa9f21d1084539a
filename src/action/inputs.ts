// The action's inputs: names in one map, read once, validated once. Every problem names
// the input and the value expected; the step fails listing them all.

import * as core from '@actions/core';
import { SHELLS, type TaskConfig, validateConfig } from '../core/config.js';
import { CACHE_ENV, stricterMode } from '../engine/stores.js';
import type { StoreMode } from '../stores/store.js';
import { STORE_MODES } from '../stores/store.js';

export const INPUT = {
  run: 'run',
  task: 'task',
  name: 'name',
  config: 'config',
  inputs: 'inputs',
  outputs: 'outputs',
  env: 'env',
  keyCommands: 'key-commands',
  keySalt: 'key-salt',
  workingDirectory: 'working-directory',
  shell: 'shell',
  cache: 'cache',
  lookupOnly: 'lookup-only',
  summary: 'summary',
  failOnCacheError: 'fail-on-cache-error',
  remote: 'remote',
  saveUntrusted: 'save-untrusted',
  key: 'key',
} as const;

export const OUTPUT = {
  cacheHit: 'cache-hit',
  key: 'key',
  source: 'source',
  timeSavedMs: 'time-saved-ms',
  reportPath: 'report-path',
} as const;

/** Splits a list input on newlines and on commas outside `{…}` (globs use `{a,b}`). */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '{') depth += 1;
    if (char === '}') depth = Math.max(0, depth - 1);
    if (char === '\n' || (char === ',' && depth === 0)) {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid inputs:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

export interface ActionSettings {
  /** A task of the config file, or undefined for an inline task. */
  readonly task: string | undefined;
  /** The `task` input as a list: names or globs of the config file's tasks (none inline). */
  readonly tasks: readonly string[];
  readonly name: string;
  readonly config: string;
  /** The inline task, already validated by the config schema. */
  readonly inline: TaskConfig | undefined;
  readonly cache: StoreMode;
  readonly lookupOnly: boolean;
  readonly summary: boolean;
  readonly failOnCacheError: boolean;
  readonly remotes: readonly string[];
  /** Write the stores even from a job that builds a fork's code (see trust.ts). */
  readonly saveUntrusted: boolean;
  readonly key: string | undefined;
}

export type InputReader = (name: string) => string;

const defaultReader: InputReader = (name) => core.getInput(name);

function parseBoolean(problems: string[], name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  const lower = raw.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  problems.push(`input ${name}: expected true or false, got "${raw}"`);
  return fallback;
}

/** The default task name: the job, and the step's id when the workflow gave it one. */
export function defaultTaskName(env: NodeJS.ProcessEnv): string {
  const job = env.GITHUB_JOB || 'task';
  const step = env.GITHUB_ACTION;
  return step && !step.startsWith('__') ? `${job}.${step}` : job;
}

/**
 * Reads and validates every input. `needsCommand` is false for the guard actions, which
 * key a task without running anything.
 */
export function readInputs(options: {
  needsCommand: boolean;
  env?: NodeJS.ProcessEnv;
  read?: InputReader;
}): ActionSettings {
  const read = options.read ?? defaultReader;
  const env = options.env ?? process.env;
  const problems: string[] = [];
  const task = read(INPUT.task) || undefined;
  const run = read(INPUT.run);
  const inlineFields = [
    INPUT.run,
    INPUT.inputs,
    INPUT.outputs,
    INPUT.env,
    INPUT.keyCommands,
    INPUT.keySalt,
    INPUT.workingDirectory,
    INPUT.shell,
  ];

  const cacheRaw = read(INPUT.cache) || 'read-write';
  const cacheValid = (STORE_MODES as readonly string[]).includes(cacheRaw);
  if (!cacheValid) {
    problems.push(
      `input ${INPUT.cache}: expected one of ${STORE_MODES.join(', ')}, got "${cacheRaw}"`,
    );
  }
  let cache: StoreMode = cacheValid ? (cacheRaw as StoreMode) : 'read-write';
  // The run-wide kill switch of the CLI holds in the action too: the stricter mode applies.
  const fromEnv = env[CACHE_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    if ((STORE_MODES as readonly string[]).includes(fromEnv)) {
      cache = stricterMode(cache, fromEnv as StoreMode);
    } else {
      const shown = fromEnv.length > 40 ? `${fromEnv.slice(0, 40)}…` : fromEnv;
      problems.push(`${CACHE_ENV}: expected one of ${STORE_MODES.join(', ')}, got "${shown}"`);
    }
  }

  let inline: TaskConfig | undefined;
  const name = read(INPUT.name) || task || defaultTaskName(env);
  if (task !== undefined) {
    const clashing = inlineFields.filter((field) => read(field) !== '');
    for (const field of clashing) {
      problems.push(`input ${field}: not allowed with "task" (the task's config file defines it)`);
    }
  } else if (run === '' && options.needsCommand) {
    problems.push(
      `input ${INPUT.run}: expected a command (or give "task" to use a task of the config file)`,
    );
  } else {
    const shellRaw = read(INPUT.shell);
    const raw: Record<string, unknown> = {
      run: run || '(guarded steps)',
      inputs: splitList(read(INPUT.inputs)),
      outputs: splitList(read(INPUT.outputs)),
      env: splitList(read(INPUT.env)),
      'key-commands': read(INPUT.keyCommands)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      'key-salt': read(INPUT.keySalt),
      'working-directory': read(INPUT.workingDirectory) || '.',
      ...(shellRaw ? { shell: shellRaw } : {}),
    };
    const result = validateConfig({ tasks: { [name]: raw } });
    if (result.ok) {
      inline = result.config.tasks[name];
    } else {
      for (const issue of result.issues) {
        // `tasks.<name>.inputs[0]` → `inputs[0]`: the user wrote an input, not a config file.
        const field = issue.path.replace(/^tasks(\.[^.[]+|\["[^"]*"\])\.?/, '') || INPUT.name;
        const message =
          field === INPUT.shell ? `expected one of ${SHELLS.join(', ')}` : issue.message;
        problems.push(`input ${field}: ${message}`);
      }
    }
  }

  const tasks = task === undefined ? [] : splitList(task);
  if (task !== undefined && tasks.length === 0) {
    problems.push(`input ${INPUT.task}: expected task names or globs, got "${task}"`);
  }
  const settings: ActionSettings = {
    task,
    tasks,
    name,
    config: read(INPUT.config) || 'taskcache.yml',
    inline,
    cache,
    lookupOnly: parseBoolean(problems, INPUT.lookupOnly, read(INPUT.lookupOnly), false),
    summary: parseBoolean(problems, INPUT.summary, read(INPUT.summary), true),
    failOnCacheError: parseBoolean(
      problems,
      INPUT.failOnCacheError,
      read(INPUT.failOnCacheError),
      false,
    ),
    remotes: splitList(read(INPUT.remote)),
    saveUntrusted: parseBoolean(problems, INPUT.saveUntrusted, read(INPUT.saveUntrusted), false),
    key: read(INPUT.key) || undefined,
  };
  if (problems.length > 0) throw new InputError(problems);
  return settings;
}
