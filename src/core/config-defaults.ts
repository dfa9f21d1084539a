// Reuse in the config: the `defaults:` block merged into every task, and `x-` fields (a place
// for YAML anchors and notes) left out before validation. Pure data in, data out; the schema
// (config-schema.ts) calls these around its parse.

import * as posix from 'node:path/posix';
import type { ConfigIssue } from './config-shape.js';
import { formatIssuePath } from './config-shape.js';

/** The list fields of `defaults:`, concatenated before the task's own. */
export const DEFAULT_LISTS = ['inputs', 'env', 'key-commands', 'redact'] as const;

/** The scalar fields of `defaults:`, used when the task does not set them. */
export const DEFAULT_SCALARS = [
  'key-salt',
  'shell',
  'clean-outputs',
  'allow-external-links',
] as const;

type Mapping = Record<string, unknown>;

function isMapping(value: unknown): value is Mapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** True for a field the config ignores: `x-` followed by anything. */
export function isExtensionField(key: string): boolean {
  return key.startsWith('x-');
}

function withoutExtensionFields(value: Mapping): Mapping {
  const out: Mapping = {};
  for (const [key, field] of Object.entries(value)) {
    if (!isExtensionField(key)) out[key] = field;
  }
  return out;
}

/**
 * The parsed config without its `x-` fields: at the top level, in `defaults` and in each task.
 * Anything else is returned as it is, for the schema to report.
 */
export function stripExtensionFields(value: unknown): unknown {
  if (!isMapping(value)) return value;
  const root = withoutExtensionFields(value);
  if (isMapping(root.defaults)) root.defaults = withoutExtensionFields(root.defaults);
  if (isMapping(root.tasks)) {
    const tasks: Mapping = {};
    for (const [name, task] of Object.entries(root.tasks)) {
      tasks[name] = isMapping(task) ? withoutExtensionFields(task) : task;
    }
    root.tasks = tasks;
  }
  return root;
}

/**
 * A pattern written relative to the workspace root as one relative to `cwd` (a task's
 * normalized working directory): `pnpm-lock.yaml` from `packages/a` is `../../pnpm-lock.yaml`.
 */
export function rebasePattern(cwd: string, pattern: string): string {
  if (cwd === '.') return pattern;
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  const up = cwd
    .split('/')
    .map(() => '..')
    .join('/');
  return `${negated ? '!' : ''}${posix.join(up, body)}`;
}

/** The parts of a validated config this module reads and writes. */
interface TaskShape {
  readonly 'working-directory': string;
  readonly [field: string]: unknown;
}

/**
 * Every task with `defaults` merged in: list fields are the defaults' then the task's own
 * (`defaults.inputs` are relative to the workspace root, whatever the task's working
 * directory); a scalar the task does not set (in `raw`, the config before the schema filled
 * in its defaults) is the defaults' value.
 */
export function applyTaskDefaults<T extends TaskShape>(
  tasks: Record<string, T>,
  defaults: Mapping | undefined,
  rawTasks: unknown,
  normalizeDir: (dir: string) => string | undefined,
): Record<string, T> {
  if (!defaults) return tasks;
  const merged: Record<string, T> = {};
  for (const [name, task] of Object.entries(tasks)) {
    const raw = isMapping(rawTasks) && isMapping(rawTasks[name]) ? rawTasks[name] : {};
    const next: Mapping = { ...task };
    const cwd = normalizeDir(task['working-directory']) ?? '.';
    for (const field of DEFAULT_LISTS) {
      const shared = defaults[field];
      if (!Array.isArray(shared) || shared.length === 0) continue;
      const own = Array.isArray(task[field]) ? (task[field] as string[]) : [];
      const first = field === 'inputs' ? shared.map((p: string) => rebasePattern(cwd, p)) : shared;
      next[field] = [...first, ...own];
    }
    for (const field of DEFAULT_SCALARS) {
      if (defaults[field] !== undefined && !Object.hasOwn(raw, field)) {
        next[field] = defaults[field];
      }
    }
    merged[name] = next as T;
  }
  return merged;
}

/** Issues of `defaults.inputs` patterns, checked from the workspace root. */
export function defaultsPatternIssues(
  value: unknown,
  problem: (cwd: string, pattern: string) => string | undefined,
): ConfigIssue[] {
  if (!isMapping(value) || !isMapping(value.defaults)) return [];
  const list = value.defaults.inputs;
  if (!Array.isArray(list)) return [];
  const issues: ConfigIssue[] = [];
  list.forEach((pattern: unknown, index) => {
    if (typeof pattern !== 'string' || !pattern) return;
    const message = problem('.', pattern);
    if (message) issues.push({ path: formatIssuePath(['defaults', 'inputs', index]), message });
  });
  return issues;
}
