// Finding and loading taskcache.yml, and turning a task's config into a resolved spec.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { defaultShell } from '../adapters/process.js';
import {
  type Config,
  type ConfigIssue,
  formatConfigIssues,
  parseConfig,
  type Shell,
  type TaskConfig,
} from '../core/config.js';
import { normalizeWorkingDirectory } from '../core/paths.js';
import { UsageError } from './errors.js';

export const DEFAULT_CONFIG = 'taskcache.yml';

export { UsageError };

export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(formatConfigIssues(file, issues));
  }
}

export interface LoadedConfig {
  /** Absolute path of the config file. */
  readonly file: string;
  /** The workspace root: the config file's directory. */
  readonly workspace: string;
  readonly config: Config;
}

/** Looks for `taskcache.yml` in `from` and its parents. */
export function findConfig(from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, DEFAULT_CONFIG);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfig(file: string): LoadedConfig {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `config file not found: ${absolute}` : `cannot read ${absolute}: ${code}`,
    );
  }
  const result = parseConfig(text);
  if (!result.ok) throw new ConfigError(absolute, result.issues);
  return { file: absolute, workspace: path.dirname(absolute), config: result.config };
}

/** A task ready to key and run: defaults applied, working directory normalized. */
export interface TaskSpec {
  readonly name: string;
  readonly command: string;
  readonly shell: Shell;
  /** Working directory relative to the workspace, POSIX, "." for the root. */
  readonly cwd: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly env: readonly string[];
  readonly keyCommands: readonly string[];
  readonly salt: string;
  readonly redact: readonly string[];
}

export function resolveTask(name: string, task: TaskConfig): TaskSpec {
  return {
    name,
    command: task.run,
    shell: task.shell ?? defaultShell(),
    // Validated by the schema already.
    cwd: normalizeWorkingDirectory(task['working-directory']) ?? '.',
    inputs: task.inputs,
    outputs: task.outputs,
    env: task.env,
    keyCommands: task['key-commands'],
    salt: task['key-salt'],
    redact: task.redact,
  };
}

/** The named tasks, or all of them in file order when none is named. */
export function selectTasks(loaded: LoadedConfig, names: readonly string[]): TaskSpec[] {
  const tasks = loaded.config.tasks;
  const wanted = names.length > 0 ? names : Object.keys(tasks);
  const unknown = wanted.filter((name) => !Object.hasOwn(tasks, name));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown task${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')} in ${loaded.file} (tasks: ${Object.keys(tasks).join(', ') || 'none'})`,
    );
  }
  return wanted.map((name) => resolveTask(name, tasks[name]!));
}
