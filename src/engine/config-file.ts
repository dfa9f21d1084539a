// Finding and loading taskcache.yml, and turning a task's config into a resolved spec.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../adapters/atomic-file.js';
import { blake3 } from '../adapters/blake3.js';
import { defaultShell } from '../adapters/process.js';
import type { Config, TaskConfig } from '../core/config.js';
import { type ConfigIssue, formatConfigIssues, type Shell } from '../core/config-shape.js';
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

export function readConfigText(absolute: string): string {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `config file not found: ${absolute}` : `cannot read ${absolute}: ${code}`,
    );
  }
}

/** Set by the build: a hash of the schema's sources and the parsers' versions. */
declare const __CONFIG_SCHEMA_ID__: string | undefined;
const SCHEMA_ID = typeof __CONFIG_SCHEMA_ID__ === 'string' ? __CONFIG_SCHEMA_ID__ : undefined;

/**
 * Loads a config, reusing the validated result of the same text from `stateDir`: a repeated
 * run then loads neither the YAML parser nor the schema, most of a small task's start-up.
 * Only valid configs are kept, under the text's digest and the build's schema id; runs from
 * the sources (no schema id) always validate.
 */
export async function loadConfigCached(file: string, stateDir?: string): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  const text = readConfigText(absolute);
  const cached =
    stateDir && SCHEMA_ID
      ? path.join(stateDir, `config-${blake3(`${SCHEMA_ID}\0${text}`).slice(0, 32)}.json`)
      : undefined;
  if (cached) {
    try {
      const config = JSON.parse(readFileSync(cached, 'utf8')) as Config;
      return { file: absolute, workspace: path.dirname(absolute), config };
    } catch {
      // Not there yet, or unreadable: validate below.
    }
  }
  const { parsedConfig } = await import('./config-load.js');
  const loaded = parsedConfig(absolute, text);
  if (cached) {
    try {
      writeFileAtomic(cached, JSON.stringify(loaded.config));
    } catch {
      // A read-only state dir only costs the next run the validation.
    }
  }
  return loaded;
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
