// The task graph (issue 15, item 1 and 3): depends-on resolved by name and glob, unknown names
// and cycles as config errors naming the file and the field, graph order, and the selection of
// a run's tasks by name, glob and working directory, with or without their dependencies.

import { describe, expect, test } from 'vitest';
import { validateConfig } from '../../src/core/config-schema.js';
import { ConfigError, selectTasks, UsageError } from '../../src/engine/config-file.js';
import { buildGraph, selectNames } from '../../src/engine/graph.js';

const FILE = '/repo/taskcache.yml';

function tasksOf(tasks: Record<string, Record<string, unknown>>) {
  const result = validateConfig({ tasks });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config.tasks;
}

/** helpers -> a, helpers -> b, a + b -> app; written dependents first. */
const DIAMOND = tasksOf({
  'build-app': {
    run: 'true',
    'working-directory': 'apps/app',
    outputs: ['dist/**'],
    'depends-on': ['build-a', 'build-b'],
  },
  'build-a': {
    run: 'true',
    'working-directory': 'packages/a',
    outputs: ['dist/**'],
    'depends-on': ['build-helpers'],
  },
  'build-b': {
    run: 'true',
    'working-directory': 'packages/b',
    outputs: ['dist/**', 'types/**'],
    'depends-on': ['build-helpers'],
  },
  'build-helpers': { run: 'true', 'working-directory': 'packages/helpers', outputs: ['dist/**'] },
  lint: { run: 'true' },
});

const loaded = (tasks: ReturnType<typeof tasksOf>) => ({
  file: FILE,
  workspace: '/repo',
  config: { tasks } as never,
});

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('buildGraph', () => {
  test('puts dependencies before dependents, otherwise file order', () => {
    const graph = buildGraph(FILE, DIAMOND);
    expect(graph.order).toEqual(['build-helpers', 'build-a', 'build-b', 'build-app', 'lint']);
    expect(graph.deps.get('build-app')).toEqual(['build-a', 'build-b']);
  });

  test('an unknown name is a config error naming the file and the field', () => {
    const tasks = tasksOf({
      web: { run: 'true', 'depends-on': ['lint', 'x'] },
      lint: { run: 'true' },
    });
    const error = configError(() => buildGraph(FILE, tasks));
    expect(error.message).toContain(`${FILE}: tasks.web.depends-on[1]: unknown task "x"`);
    expect(error).toBeInstanceOf(UsageError);
  });

  test('a glob of names matches every other task it covers, never the task itself', () => {
    const tasks = tasksOf({
      'build-a': { run: 'true' },
      'build-b': { run: 'true', 'depends-on': ['build-*'] },
      test: { run: 'true', 'depends-on': ['build-*'] },
    });
    const graph = buildGraph(FILE, tasks);
    expect(graph.deps.get('build-b')).toEqual(['build-a']);
    expect(graph.deps.get('test')).toEqual(['build-a', 'build-b']);
  });

  test('a glob that matches no other task is a config error', () => {
    const tasks = tasksOf({ test: { run: 'true', 'depends-on': ['build-*'] } });
    expect(configError(() => buildGraph(FILE, tasks)).message).toContain(
      'tasks.test.depends-on[0]: no other task matches "build-*"',
    );
  });

  test('a cycle is a config error listing its tasks', () => {
    const tasks = tasksOf({
      a: { run: 'true', 'depends-on': ['b'] },
      b: { run: 'true', 'depends-on': ['c'] },
      c: { run: 'true', 'depends-on': ['a'] },
    });
    expect(configError(() => buildGraph(FILE, tasks)).message).toContain(
      `${FILE}: tasks.a.depends-on: a cycle of dependencies: a -> b -> c -> a`,
    );
  });

  test('a task that names itself is a cycle', () => {
    const tasks = tasksOf({ a: { run: 'true', 'depends-on': ['a'] } });
    expect(configError(() => buildGraph(FILE, tasks)).message).toContain('a -> a');
  });
});

describe('selectNames', () => {
  const graph = buildGraph(FILE, DIAMOND);
  const select = (names: string[], options: { filters?: string[]; only?: boolean } = {}) =>
    selectNames(graph, DIAMOND, FILE, { names, ...options });

  test('a name brings its dependencies, in graph order', () => {
    expect(select(['build-app'])).toEqual(['build-helpers', 'build-a', 'build-b', 'build-app']);
    expect(select(['build-a'])).toEqual(['build-helpers', 'build-a']);
  });

  test('--only runs just the named tasks', () => {
    expect(select(['build-app'], { only: true })).toEqual(['build-app']);
  });

  test('globs of names', () => {
    expect(select(['build-[ab]'], { only: true })).toEqual(['build-a', 'build-b']);
    expect(select(['*'], { only: true })).toEqual(graph.order);
  });

  test('no names selects every task', () => {
    expect(select([])).toEqual(graph.order);
  });

  test('--filter DIR selects the tasks in DIR or below it, --filter DIR... with their dependencies', () => {
    expect(select([], { filters: ['packages'], only: true })).toEqual([
      'build-helpers',
      'build-a',
      'build-b',
    ]);
    expect(select([], { filters: ['./packages/a/'], only: true })).toEqual(['build-a']);
    expect(select([], { filters: ['apps/app...'] })).toEqual([
      'build-helpers',
      'build-a',
      'build-b',
      'build-app',
    ]);
    expect(select([], { filters: ['apps/app...'], only: true })).toEqual([
      'build-helpers',
      'build-a',
      'build-b',
      'build-app',
    ]);
    // A directory is matched by whole segments.
    expect(() => select([], { filters: ['packages/he'] })).toThrow(UsageError);
  });

  test('a name or glob that matches nothing is a usage error naming it', () => {
    expect(() => select(['build-x'])).toThrow(/unknown task "build-x" in \/repo\/taskcache.yml/);
    expect(() => select(['deploy-*'])).toThrow(/no task matches "deploy-\*"/);
    expect(() => select([], { filters: ['nowhere'] })).toThrow(/--filter nowhere/);
  });
});

describe('selectTasks', () => {
  test("gives each dependent its dependencies' declared outputs, by their working directory", () => {
    const specs = selectTasks(loaded(DIAMOND), ['build-app']);
    expect(specs.map((s) => s.name)).toEqual(['build-helpers', 'build-a', 'build-b', 'build-app']);
    const app = specs.at(-1)!;
    expect(app.dependsOn).toEqual(['build-a', 'build-b']);
    expect(app.upstream).toEqual([
      { task: 'build-a', cwd: 'packages/a', outputs: ['dist/**'] },
      { task: 'build-b', cwd: 'packages/b', outputs: ['dist/**', 'types/**'] },
    ]);
    expect(specs[0]!.upstream).toBeUndefined();
  });
});
