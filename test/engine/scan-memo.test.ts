// One invocation's scans share what they found (adapters/scan-memo.ts) only while nothing it
// runs writes to the workspace. Each test writes to an input between two keys of one
// invocation — by a task's command, by a key-command, by a restore — and checks the later key
// against the oracle: the same key computed from scratch, by a context with no shared caches.

import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TaskSpec } from '../../src/engine/config-file.js';
import { runTask } from '../../src/engine/engine.js';
import { computeTaskKey } from '../../src/engine/key.js';
import { KeyCaches } from '../../src/engine/key-caches.js';
import { LocalStore } from '../../src/stores/local.js';
import { cleanupAll, ready, taskSpec, tempDir, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

/** An invocation's context (shared caches) and the oracle's (none) over one workspace. */
function invocation(files: Record<string, string> = {}) {
  const { workspace } = workspaceTree(files);
  const store = new LocalStore(tempDir('in-place-store'));
  const stateDir = tempDir('memo-state');
  const { engine } = testEngine({ workspace, stores: [store] });
  const shared = { ...engine, stateDir, keyCaches: new KeyCaches() };
  const fresh = () => ({ ...testEngine({ workspace, stores: [store] }).engine });
  const keyOf = async (spec: TaskSpec) => {
    const [memoised, oracle] = [
      await computeTaskKey(spec, shared),
      await computeTaskKey(spec, fresh()),
    ];
    return { memoised: memoised.key, oracle: oracle.key };
  };
  return { workspace, shared, keyOf, fresh, stateDir, engine };
}

const reader = (name: string, extra: Partial<TaskSpec> = {}) =>
  taskSpec({ name, salt: 'same', inputs: ['src/**'], outputs: [], ...extra });

describe('the scan memo of one invocation', () => {
  test("a task's command writing an input is seen by the next task's key", async () => {
    const { shared, keyOf } = invocation();
    const before = await keyOf(reader('one'));
    expect(before.memoised).toBe(before.oracle);
    const writer = taskSpec({
      name: 'writer',
      command: 'printf changed > src/main.c',
      outputs: [],
    });
    expect((await runTask(writer, shared)).status).toBe('miss');
    const after = await keyOf(reader('one'));
    expect(after.memoised).toBe(after.oracle);
    expect(after.oracle).not.toBe(before.oracle);
  });

  test('a key-command writing an input is seen by the next key', async () => {
    const { shared, keyOf } = invocation();
    const before = await keyOf(reader('one'));
    const writing = reader('two', { keyCommands: ['printf changed > src/main.c; echo v1'] });
    await computeTaskKey(writing, shared);
    const after = await keyOf(reader('one'));
    expect(after.memoised).toBe(after.oracle);
    expect(after.oracle).not.toBe(before.oracle);
  });

  test('a restore placing an output is seen by the key of a task that reads it', async () => {
    const { workspace, shared, keyOf, fresh } = invocation();
    const build = taskSpec({ name: 'build', command: 'mkdir -p out && printf built > out/a.txt' });
    expect((await runTask(build, fresh())).status).toBe('miss');
    // Other bytes where the entry has its own: the hit below replaces them.
    writeFileSync(path.join(workspace, 'out/a.txt'), 'other');
    const consumer = reader('consumer', { inputs: ['out/**'] });
    const before = await keyOf(consumer);
    expect(before.memoised).toBe(before.oracle);
    expect((await runTask(build, shared)).status).toBe('hit');
    const after = await keyOf(consumer);
    expect(after.memoised).toBe(after.oracle);
    expect(after.oracle).not.toBe(before.oracle);
  });

  test('outputs a hit found in place are what the scans of their dependents see', async () => {
    const { workspace, shared, keyOf, fresh } = invocation();
    const build = taskSpec({
      name: 'build',
      command: 'mkdir -p out && printf built > out/a.txt && ln -s a.txt out/link',
    });
    expect((await runTask(build, fresh())).status).toBe('miss');
    expect((await runTask(build, shared)).status).toBe('hit');
    const consumer = reader('consumer', { inputs: ['out/**'] });
    const first = await keyOf(consumer);
    expect(first.memoised).toBe(first.oracle);
    writeFileSync(path.join(workspace, 'out/a.txt'), 'changed by a command');
    const writer = taskSpec({ name: 'writer', command: 'true', outputs: [] });
    expect((await runTask(writer, shared)).status).toBe('miss');
    const after = await keyOf(consumer);
    expect(after.memoised).toBe(after.oracle);
    expect(after.oracle).not.toBe(first.oracle);
  });

  test('a command adding an input to a directory already listed is seen by the next key', async () => {
    const { shared, keyOf, stateDir, engine } = invocation();
    // A run before keeps state (files past the racy window), so this invocation lists
    // directories through its cache.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await computeTaskKey(reader('one'), { ...engine, stateDir });
    const before = await keyOf(reader('one'));
    const writer = taskSpec({ name: 'writer', command: 'printf new > src/added.c', outputs: [] });
    expect((await runTask(writer, shared)).status).toBe('miss');
    const after = await computeTaskKey(reader('one'), shared);
    expect(after.manifest.inputs.map((input) => input.path)).toContain('src/added.c');
    const oracle = await keyOf(reader('one'));
    expect(after.key).toBe(oracle.oracle);
    expect(oracle.oracle).not.toBe(before.oracle);
  });
});
