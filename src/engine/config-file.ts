// Finding and loading taskcache.yml (reusing a kept parse), and turning a task's config into a
// resolved spec.

import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../adapters/atomic-file.js';
import { blake3 } from '../adapters/blake3.js';
import { debug } from '../adapters/debug.js';
import { defaultShell } from '../adapters/process.js';
import { touchUsed } from '../adapters/state-touch.js';
import type { Config, TaskConfig } from '../core/config.js';
import type { Shell, StoreMode } from '../core/config-shape.js';
import { normalizeWorkingDirectory } from '../core/paths.js';
import { keptConfigShape } from './config-kept.js';
import {
  type ConfigText,
  type LoadedConfig,
  MAX_CONFIG_BYTES,
  readConfigFile,
} from './config-text.js';
import { UsageError } from './errors.js';
import { buildGraph, type Selection, selectNames } from './graph.js';
import { SIGNING_KEY_ENV } from './signing.js';

export const DEFAULT_CONFIG = 'taskcache.yml';

// Reading the file lives in config-text.ts, which the parsing half (config-load.ts) shares.
export {
  ConfigError,
  type LoadedConfig,
  MAX_CONFIG_BYTES,
  readConfigText,
} from './config-text.js';
export { UsageError };

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

/** Set by the build: a hash of the schema's sources and the parsers' versions. */
declare const __CONFIG_SCHEMA_ID__: string | undefined;
const SCHEMA_ID = typeof __CONFIG_SCHEMA_ID__ === 'string' ? __CONFIG_SCHEMA_ID__ : undefined;

/**
 * The tag of a kept parse: a BLAKE3 over the parse, keyed with this very config file (device,
 * inode, times) and, when entries are signed, with the signing key. Whoever can write the
 * state directory cannot make a parse that is taken for this file's without knowing when it
 * last changed, nor one at all without the signing key when there is one; a parse kept on
 * another machine, of another checkout or under another key is not taken either.
 */
export function parseTag(body: string, identity: string, env: NodeJS.ProcessEnv): string {
  const signingKey = env[SIGNING_KEY_ENV];
  const keyPart = signingKey ? blake3(`taskcache-config-cache-key\0${signingKey}`) : '';
  return blake3(`taskcache-config-cache\0${keyPart}\0${identity}\0${body}`);
}

/**
 * A kept parse's file, when it is a regular file of a sane size: one written by someone else
 * may be a FIFO, which would block the read forever.
 */
function readKept(cached: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(cached, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined; // Not there yet, or unreadable.
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > 4 * MAX_CONFIG_BYTES) return undefined;
    return readFileSync(fd, 'utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * A kept parse of `text`, when there is one that is this file's and valid: the config as the
 * schema returned it, checked here for that shape without loading the schema (config-kept.ts;
 * any value that is not a valid config is no config, whoever wrote it).
 */
function keptConfig(
  cached: string,
  source: ConfigText,
  env: NodeJS.ProcessEnv,
  schemaId: string,
): Config | undefined {
  const content = readKept(cached);
  if (content === undefined) return undefined;
  const newline = content.indexOf('\n');
  const body = content.slice(newline + 1);
  if (newline < 0 || content.slice(0, newline) !== parseTag(body, source.identity, env)) {
    debug(`config: ignored ${cached}: not kept for this file`);
    return undefined;
  }
  let kept: { schema?: unknown; text?: unknown; config?: unknown } | null;
  try {
    kept = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (kept?.schema !== schemaId || kept?.text !== blake3(source.text)) return undefined;
  const config = keptConfigShape(kept?.config);
  if (!config) {
    debug(`config: ignored ${cached}: not a valid config`);
    return undefined;
  }
  debug(`config: reused the parse kept in ${cached}`);
  return config;
}

/**
 * Loads a config, reusing the validated parse of the same text kept in `stateDir`: a repeated
 * run then loads neither the YAML parser nor the schema, most of a small task's start-up. The
 * kept parse is checked for a validated config's shape (config-kept.ts), and used only when
 * it was kept for this file and signing key (see parseTag); else the file is parsed again. Only valid configs are kept, under the
 * text's digest and the build's schema id; runs from the sources (no schema id) always parse
 * unless given one (`options.schemaId`, for tests).
 */
export async function loadConfigCached(
  file: string,
  stateDir?: string,
  options: { readonly env?: NodeJS.ProcessEnv; readonly schemaId?: string } = {},
): Promise<LoadedConfig> {
  const env = options.env ?? process.env;
  const schemaId = options.schemaId ?? SCHEMA_ID;
  const absolute = path.resolve(file);
  const source = readConfigFile(absolute);
  const cached =
    stateDir && schemaId
      ? path.join(stateDir, `config-${blake3(`${schemaId}\0${source.text}`).slice(0, 32)}.json`)
      : undefined;
  if (cached && schemaId) {
    const config = keptConfig(cached, source, env, schemaId);
    if (config) {
      // Used again: `prune` removes the parses of config texts no run used for its age limit.
      touchUsed(cached);
      return { file: absolute, workspace: path.dirname(absolute), config };
    }
  }
  const { parsedConfig } = await import('./config-load.js');
  const loaded = parsedConfig(absolute, source.text);
  if (cached) {
    const body = JSON.stringify({
      schema: schemaId,
      text: blake3(source.text),
      config: loaded.config,
    });
    try {
      writeFileAtomic(cached, `${parseTag(body, source.identity, env)}\n${body}`);
    } catch {
      // A read-only state dir only costs the next run the parse.
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
  /**
   * On a hit, remove the files in the declared outputs' directories that the entry does not
   * have (`clean-outputs`; default false).
   */
  readonly cleanOutputs?: boolean;
  /**
   * Store and restore output links that leave the workspace as they are (`allow-external-links`;
   * default false: such an output means the entry is not saved).
   */
  readonly allowExternalLinks?: boolean;
  /** The tasks this one depends on (`depends-on` resolved to names); none when absent. */
  readonly dependsOn?: readonly string[];
  /**
   * The declared outputs of the tasks this one depends on: inputs of this task, by content,
   * each matched relative to its own task's working directory (see key.ts).
   */
  readonly upstream?: readonly UpstreamOutputs[];
  /** How the task uses the cache (`cache`; default read-write). */
  readonly cache?: StoreMode;
}

/** One dependency's declared outputs, as the dependent's key reads them. */
export interface UpstreamOutputs {
  readonly task: string;
  /** The dependency's working directory, relative to the workspace. */
  readonly cwd: string;
  readonly outputs: readonly string[];
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
    cleanOutputs: task['clean-outputs'],
    allowExternalLinks: task['allow-external-links'],
    ...(task.cache !== undefined && task.cache !== 'read-write' ? { cache: task.cache } : {}),
  };
}

/**
 * The selected tasks in graph order (dependencies first), each with its dependencies and
 * their declared outputs. Names may be globs; see graph.ts for `filters` and `only`. With no
 * names and no filters, every task.
 */
export function selectTasks(
  loaded: LoadedConfig,
  names: readonly string[],
  options: Omit<Selection, 'names'> = {},
): TaskSpec[] {
  const tasks = loaded.config.tasks;
  const graph = buildGraph(loaded.file, tasks);
  const selected = selectNames(graph, tasks, loaded.file, { ...options, names });
  const specs = new Map(graph.order.map((name) => [name, resolveTask(name, tasks[name]!)]));
  return selected.map((name) => {
    const spec = specs.get(name)!;
    const dependsOn = graph.deps.get(name) ?? [];
    if (dependsOn.length === 0) return spec;
    const upstream = dependsOn.map((dep) => {
      const { cwd, outputs } = specs.get(dep)!;
      return { task: dep, cwd, outputs };
    });
    return { ...spec, dependsOn, upstream };
  });
}
