// explain and dry-run over in-memory stores (issue 19): the reason a miss gives names what
// changed since the task's latest entry; a hit names its store; a key-command that fails makes
// the task uncacheable with the reason, in dry-run and explain as in run (issue 19, item 10).

import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dryRunTask, explainTask, runTask } from '../../src/engine/engine.js';
import type { Store } from '../../src/stores/store.js';
import { MemoryStore } from '../support/memory-store.js';
import { cleanupAll, ready, taskSpec, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

function setup() {
  const tree = workspaceTree({ 'src/util.c': 'int util;\n' });
  const scope = `scope-${randomBytes(4).toString('hex')}`;
  const engine = (stores: readonly Store[], env: NodeJS.ProcessEnv = {}) =>
    testEngine({
      workspace: tree.workspace,
      stores,
      scope,
      env: { PATH: process.env.PATH, ...env },
    });
  return { tree, engine };
}

const spec = taskSpec({ command: 'mkdir -p out && cat src/*.c > out/all.c', env: ['MODE'] });

describe('dry-run and explain', () => {
  test('an unchanged task: dry-run says hit and where', async () => {
    const t = setup();
    const store = new MemoryStore();
    await runTask(spec, t.engine([store]).engine);
    const dry = await dryRunTask(spec, t.engine([store]).engine);
    expect(dry.status).toBe('hit');
    expect(dry.source).toBe('memory');
    expect(dry.stores).toEqual([{ store: 'memory', hit: true }]);
    expect(dry.reason).toBeNull();
  });

  test('a changed input: the reason names the file, and explain lists it', async () => {
    const t = setup();
    const store = new MemoryStore();
    const first = await runTask(spec, t.engine([store]).engine);
    writeFileSync(path.join(t.tree.workspace, 'src/util.c'), 'int util2;\n');
    const dry = await dryRunTask(spec, t.engine([store]).engine);
    expect(dry.status).toBe('miss');
    expect(dry.reason).toContain('src/util.c');
    const explained = await explainTask(spec, t.engine([store]).engine);
    expect(explained.previous?.key).toBe(first.key);
    expect(explained.lines.join('\n')).toContain('src/util.c');
    expect(explained.stores).toEqual([{ store: 'memory', hit: false }]);
  });

  test('a changed environment value: the reason names the variable, never its value', async () => {
    const t = setup();
    const store = new MemoryStore();
    await runTask(spec, t.engine([store], { MODE: 'debug-value' }).engine);
    const dry = await dryRunTask(spec, t.engine([store], { MODE: 'release-value' }).engine);
    expect(dry.status).toBe('miss');
    expect(dry.reason).toContain('MODE');
    expect(JSON.stringify(dry)).not.toContain('release-value');
    expect(JSON.stringify(dry)).not.toContain('debug-value');
  });

  test('dry-run writes nothing and runs nothing', async () => {
    const t = setup();
    const store = new MemoryStore();
    const dry = await dryRunTask(spec, t.engine([store]).engine);
    expect(dry.status).toBe('miss');
    expect(typeof dry.reason).toBe('string');
    expect(store.calls.put).toBe(0);
    expect(store.calls.get).toBe(0);
  });
});

describe('a key-command that fails', () => {
  const failing = taskSpec({
    command: 'mkdir -p out && echo ran > out/a.txt',
    keyCommands: ['exit 3'],
  });

  test('dry-run reports the task as uncacheable with the reason', async () => {
    const t = setup();
    const { engine } = t.engine([new MemoryStore()]);
    const dry = await dryRunTask(failing, engine);
    expect(dry.status).not.toBe('hit');
    expect(dry.reason).toMatch(/uncacheable/i);
    expect(dry.reason).toContain('exit 3');
  });

  test('explain reports it as uncacheable, not as an internal error', async () => {
    const t = setup();
    const { engine } = t.engine([new MemoryStore()]);
    const outcome = await explainTask(failing, engine).then(
      (result) => ({ result, error: undefined }),
      (error: Error) => ({ result: undefined, error }),
    );
    // Either an answer, or the engine's typed "uncacheable" that the CLI reports as such.
    if (outcome.error) {
      expect(outcome.error.name).toBe('UncacheableError');
      expect(outcome.error.message).toContain('exit 3');
    } else {
      expect(JSON.stringify(outcome.result)).toMatch(/uncacheable/i);
    }
  });

  test('run warns once and runs the command without the cache', async () => {
    const t = setup();
    const store = new MemoryStore();
    const { engine, reporter } = t.engine([store]);
    const result = await runTask(failing, engine);
    expect(result.exitCode).toBe(0);
    expect(result.key).toBeNull();
    expect(reporter.warnings).toHaveLength(1);
    expect(reporter.warnings[0]).toContain('exit 3');
    expect(store.calls.put).toBe(0);
  });
});
