// The task graph: each task's `depends-on` resolved to task names (globs of names expanded),
// checked for unknown names and cycles, and put in graph order; and the selection of a run's
// tasks by name, glob and working directory, with or without their dependencies.

import picomatch from 'picomatch';
import type { TaskConfig } from '../core/config.js';
import type { ConfigIssue } from '../core/config-shape.js';
import { normalizeWorkingDirectory } from '../core/paths.js';
import { ConfigError } from './config-text.js';
import { UsageError } from './errors.js';

export interface TaskGraph {
  /** Every task, dependencies before dependents; otherwise in file order. */
  readonly order: readonly string[];
  /** Each task's direct dependencies, in the order `depends-on` names them. */
  readonly deps: ReadonlyMap<string, readonly string[]>;
}

const isGlob = (pattern: string) => picomatch.scan(pattern).isGlob;

/** Names of `names` that a name or glob matches; a glob never matches `self`. */
function matching(pattern: string, names: readonly string[], self: string): string[] {
  if (!isGlob(pattern)) return names.includes(pattern) ? [pattern] : [];
  const match = picomatch(pattern, { dot: true });
  return names.filter((name) => name !== self && match(name));
}

/**
 * Resolves every task's `depends-on`. An unknown name, a glob that matches no other task, and
 * a cycle are config errors naming the file and the field (`tasks.web.depends-on[1]`).
 */
export function buildGraph(file: string, tasks: Readonly<Record<string, TaskConfig>>): TaskGraph {
  const names = Object.keys(tasks);
  const issues: ConfigIssue[] = [];
  const deps = new Map<string, string[]>();
  for (const name of names) {
    const found: string[] = [];
    (tasks[name]!['depends-on'] ?? []).forEach((pattern, i) => {
      const matched = matching(pattern, names, name);
      if (matched.length === 0) {
        issues.push({
          path: `tasks.${name}.depends-on[${i}]`,
          message: isGlob(pattern)
            ? `no other task matches "${pattern}"`
            : `unknown task "${pattern}" (tasks: ${names.join(', ')})`,
        });
      }
      for (const dep of matched) if (!found.includes(dep)) found.push(dep);
    });
    deps.set(name, found);
  }
  if (issues.length > 0) throw new ConfigError(file, issues);

  // Depth first from each task in file order: dependencies come out before their dependents.
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): void => {
    const seen = state.get(name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(name)), name];
      throw new ConfigError(file, [
        {
          path: `tasks.${cycle[0]}.depends-on`,
          message: `a cycle of dependencies: ${cycle.join(' -> ')}`,
        },
      ]);
    }
    state.set(name, 'visiting');
    for (const dep of deps.get(name)!) visit(dep, [...trail, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of names) visit(name, []);
  return { order, deps };
}

/** The task and everything it depends on, directly or not. */
export function withDependencies(graph: TaskGraph, names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const add = (name: string) => {
    if (out.has(name)) return;
    out.add(name);
    for (const dep of graph.deps.get(name) ?? []) add(dep);
  };
  for (const name of names) add(name);
  return out;
}

export interface Selection {
  /** Task names or globs of names; none (and no filter) selects every task. */
  readonly names: readonly string[];
  /**
   * Working directories: the tasks whose working directory is one of them or below it. A
   * trailing `...` also selects their dependencies, whatever `only` says.
   */
  readonly filters?: readonly string[];
  /** Only the selected tasks, not their dependencies. */
  readonly only?: boolean;
}

/** The tasks a run selects, in graph order. Names and filters that select nothing are usage errors. */
export function selectNames(
  graph: TaskGraph,
  tasks: Readonly<Record<string, TaskConfig>>,
  file: string,
  selection: Selection,
): string[] {
  const all = graph.order;
  const filters = selection.filters ?? [];
  const picked = new Set<string>();
  const withDeps = new Set<string>();
  const unknown: string[] = [];
  const missing: string[] = [];
  for (const pattern of selection.names) {
    const matched = matching(pattern, [...all], '');
    if (matched.length === 0) (isGlob(pattern) ? missing : unknown).push(`"${pattern}"`);
    for (const name of matched) picked.add(name);
  }
  for (const written of filters) {
    const deps = written.endsWith('...');
    const raw = deps ? written.slice(0, -3) : written;
    const dir = normalizeWorkingDirectory(raw.replace(/\/+$/, '') || '.') ?? raw;
    const matched = all.filter((name) => {
      const cwd = normalizeWorkingDirectory(tasks[name]!['working-directory']) ?? '.';
      return dir === '.' || cwd === dir || cwd.startsWith(`${dir}/`);
    });
    if (matched.length === 0) missing.push(`--filter ${written}`);
    for (const name of matched) (deps ? withDeps : picked).add(name);
  }
  if (unknown.length + missing.length > 0) {
    const problems = [
      ...(unknown.length > 0
        ? [`unknown task${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`]
        : []),
      ...(missing.length > 0 ? [`no task matches ${missing.join(', ')}`] : []),
    ];
    throw new UsageError(`${problems.join('; ')} in ${file} (tasks: ${all.join(', ') || 'none'})`);
  }
  if (selection.names.length === 0 && filters.length === 0) return [...all];
  const chosen = new Set([
    ...(selection.only ? picked : withDependencies(graph, picked)),
    ...withDependencies(graph, withDeps),
  ]);
  return all.filter((name) => chosen.has(name));
}
