// Running a task graph (issue 15, items 1 and 2): independent tasks at once up to the bound,
// dependents after their dependencies, --continue, the first failure's exit code, results in
// graph order; a dependency's outputs in its dependent's key by content; dry runs that call
// a task whose upstream misses a predicted miss.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TaskSpec } from '../../src/engine/config-file.js';
import { runTask, type TaskResult } from '../../src/engine/engine.js';
import { predictGraph, prefixedReporter, schedule } from '../../src/engine/schedule.js';
import { MemoryStore } from '../support/memory-store.js';
import { cleanupAll, ready, recorder, taskSpec, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

const node = (name: string, dependsOn: string[] = [], command = 'true'): TaskSpec =>
  taskSpec({ name, command, dependsOn, inputs: [], outputs: [] });

/** Runs the specs through the engine, recording starts and ends and the most at once. */
function tracked(workspace: string) {
  const { engine } = testEngine({ workspace, stores: [new MemoryStore()] });
  const events: string[] = [];
  let running = 0;
  let most = 0;
  const run = async (spec: TaskSpec): Promise<TaskResult> => {
    running += 1;
    most = Math.max(most, running);
    events.push(`start ${spec.name}`);
    const result = await runTask(spec, engine);
    events.push(`end ${spec.name}`);
    running -= 1;
    return result;
  };
  return { run, events, most: () => most };
}

describe('schedule', () => {
  test('runs independent tasks at once, never more than the bound', async () => {
    const { workspace } = workspaceTree();
    const specs = ['a', 'b', 'c', 'd', 'e'].map((name) => node(name));
    for (const concurrency of [1, 2, 3]) {
      const t = tracked(workspace);
      const outcome = await schedule(specs, t.run, { concurrency });
      expect(t.most()).toBe(concurrency);
      expect(outcome.results.map((r) => r.task)).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(outcome.exitCode).toBe(0);
    }
  });

  test('starts a task only once its dependencies have finished', async () => {
    const { workspace } = workspaceTree();
    const specs = [
      node('helpers'),
      node('a', ['helpers']),
      node('b', ['helpers']),
      node('app', ['a', 'b']),
    ];
    const t = tracked(workspace);
    await schedule(specs, t.run, { concurrency: 4 });
    const at = (event: string) => t.events.indexOf(event);
    expect(at('start a')).toBeGreaterThan(at('end helpers'));
    expect(at('start b')).toBeGreaterThan(at('end helpers'));
    expect(at('start app')).toBeGreaterThan(Math.max(at('end a'), at('end b')));
    expect(t.most()).toBe(2); // a and b together
  });

  test('a failure starts no new task; with --continue, what does not depend on it runs', async () => {
    const { workspace } = workspaceTree();
    const specs = [
      node('helpers'),
      node('a', ['helpers'], 'exit 4'),
      node('app', ['a']),
      node('lint'),
    ];
    const stopped = await schedule(specs, tracked(workspace).run, { concurrency: 1 });
    expect(stopped.results.map((r) => [r.task, r.status])).toEqual([
      ['helpers', 'miss'],
      ['a', 'failed'],
    ]);
    expect(stopped.skipped).toEqual([
      { task: 'app', reason: 'not run: a failed' },
      { task: 'lint', reason: 'not run: a failed' },
    ]);
    expect(stopped.exitCode).toBe(4);

    const going = await schedule(specs, tracked(workspace).run, {
      concurrency: 1,
      continueOnFailure: true,
    });
    expect(going.results.map((r) => r.task)).toEqual(['helpers', 'a', 'lint']);
    expect(going.skipped).toEqual([{ task: 'app', reason: 'not run: a failed' }]);
    expect(going.exitCode).toBe(4);
  });

  test('tasks already running finish after a failure', async () => {
    const { workspace, parent } = workspaceTree();
    const gate = path.join(parent, 'gate');
    const specs = [
      // Waits for `fails` to have failed (it writes the gate just before), then succeeds.
      node('slow', [], `while [ ! -f ${gate} ]; do sleep 0.01; done`),
      node('fails', [], `touch ${gate}; exit 7`),
      node('after'),
    ];
    const outcome = await schedule(specs, tracked(workspace).run, { concurrency: 2 });
    expect(outcome.results.map((r) => [r.task, r.status])).toEqual([
      ['slow', 'miss'],
      ['fails', 'failed'],
    ]);
    expect(outcome.skipped.map((s) => s.task)).toEqual(['after']);
  });

  test("the exit code is the first failure's in graph order, not in time", async () => {
    const { workspace, parent } = workspaceTree();
    const gate = path.join(parent, 'gate');
    const specs = [
      node('first', [], `while [ ! -f ${gate} ]; do sleep 0.01; done; exit 3`),
      node('second', [], `touch ${gate}; exit 5`),
    ];
    const outcome = await schedule(specs, tracked(workspace).run, {
      concurrency: 2,
      continueOnFailure: true,
    });
    expect(outcome.results.map((r) => [r.task, r.exitCode])).toEqual([
      ['first', 3],
      ['second', 5],
    ]);
    expect(outcome.exitCode).toBe(3);
  });
});

describe("a dependency's outputs in the dependent's key", () => {
  /** helpers writes dist/h.txt from its source, minus comment lines; app concatenates it. */
  function project() {
    const tree = workspaceTree({
      'helpers/src/h.txt': '# a comment\nhelper v1\n',
      'app/src/a.txt': 'app\n',
    });
    const helpers = taskSpec({
      name: 'helpers',
      cwd: 'helpers',
      inputs: ['src/**'],
      outputs: ['dist/**'],
      command: 'mkdir -p dist && grep -v "^#" src/h.txt > dist/h.txt',
    });
    const app = taskSpec({
      name: 'app',
      cwd: 'app',
      inputs: ['src/**'],
      outputs: ['dist/**'],
      command:
        'echo ran >> ../../app-runs && mkdir -p dist && cat ../helpers/dist/h.txt src/a.txt > dist/app.txt',
      dependsOn: ['helpers'],
      upstream: [{ task: 'helpers', cwd: 'helpers', outputs: ['dist/**'] }],
    });
    const store = new MemoryStore();
    const scope = `scope-${tree.parent.slice(-6)}`;
    const engine = () => testEngine({ workspace: tree.workspace, stores: [store], scope });
    const runAll = async () => {
      const { engine: ctx } = engine();
      const outcome = await schedule([helpers, app], (spec) => runTask(spec, ctx), {
        concurrency: 2,
      });
      return Object.fromEntries(outcome.results.map((r) => [r.task, r.status]));
    };
    const edit = (text: string) =>
      writeFileSync(path.join(tree.workspace, 'helpers/src/h.txt'), text);
    const appRuns = () => {
      const file = path.join(tree.parent, 'app-runs');
      return existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0;
    };
    return { tree, helpers, app, engine, runAll, edit, appRuns };
  }

  test('a byte-identical rebuild of the dependency hits; changed output misses', async () => {
    const p = project();
    expect(await p.runAll()).toEqual({ helpers: 'miss', app: 'miss' });
    expect(await p.runAll()).toEqual({ helpers: 'hit', app: 'hit' });
    // A comment-only edit: helpers rebuilds to the same bytes, app still hits.
    p.edit('# another comment\nhelper v1\n');
    expect(await p.runAll()).toEqual({ helpers: 'miss', app: 'hit' });
    expect(p.appRuns()).toBe(1);
    // A real edit: helpers' output changes, and app misses, naming the file.
    p.edit('helper v2\n');
    const { engine, reporter } = p.engine();
    await runTask(p.helpers, engine);
    const result = await runTask(p.app, engine);
    expect(result.status).toBe('miss');
    expect(reporter.misses.find((m) => m.task === 'app')!.reason).toContain('helpers/dist/h.txt');
    expect(readFileSync(path.join(p.tree.workspace, 'app/dist/app.txt'), 'utf8')).toBe(
      'helper v2\napp\n',
    );
  });

  test('a dry run calls a task whose upstream misses a predicted miss, naming it', async () => {
    const p = project();
    await p.runAll();
    p.edit('helper v3\n');
    const { engine } = p.engine();
    const predicted = await predictGraph([p.helpers, p.app], engine);
    expect(predicted.map((r) => [r.task, r.status, r.upstreamMiss])).toEqual([
      ['helpers', 'miss', null],
      ['app', 'miss', 'helpers'],
    ]);
    expect(predicted[1]!.reason).toMatch(/^predicted miss: upstream helpers misses/);
    // Without the upstream miss, the same key hits.
    expect((await predictGraph([p.app], engine))[0]!.status).toBe('hit');
  });
});

describe('prefixedReporter', () => {
  test("prefixes every whole line of a task's output and of a replayed log with its name", async () => {
    const written: string[] = [];
    const sink = { write: (chunk: Uint8Array) => written.push(Buffer.from(chunk).toString()) };
    const base = { ...recorder(), live: { stdout: sink, stderr: sink } };
    const { workspace } = workspaceTree();
    const { engine } = testEngine({ workspace, stores: [new MemoryStore()] });
    const spec = taskSpec({
      name: 'build-a',
      command: 'echo one; printf tw; printf "o\\nthr"',
      outputs: [],
    });
    // A line comes out whole however the output is cut; the rest of one without its end comes
    // out when the task is done.
    const miss = await runTask(spec, { ...engine, reporter: prefixedReporter(base, 'build-a') });
    expect(miss.status).toBe('miss');
    expect(written.join('')).toBe('build-a | one\nbuild-a | two\nbuild-a | thr\n');
    written.length = 0;
    const hit = await runTask(spec, { ...engine, reporter: prefixedReporter(base, 'build-a') });
    expect(hit.status).toBe('hit');
    expect(written.join('')).toBe('build-a | one\nbuild-a | two\nbuild-a | thr\n');
    // The base reporter shows the hit's header and no log of its own.
    expect(base.hits[0]!.log.length).toBe(0);
    expect(base.results.map((r) => r.status)).toEqual(['miss', 'hit']);
  });
});
