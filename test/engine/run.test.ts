// The engine over in-memory stores (issue 19, "Engine tests with in-memory stores"): a miss
// runs the command and saves; the next run restores without running it, outputs and log
// identical; stores are read in order and a hit in a later store is copied into the earlier
// writable ones; an entry found corrupt, and every --force save, replaces the entry, so the
// next run restores the new outputs.

import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runTask } from '../../src/engine/engine.js';
import type { Store } from '../../src/stores/store.js';
import { MemoryStore } from '../support/memory-store.js';
import { snapshotTree } from '../support/tree-snapshot.js';
import { cleanupAll, ready, taskSpec, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

/** Counts its runs in ../runs.log (outside the workspace); makes a file, an executable, a link. */
const COMMAND = [
  'echo run >> ../runs.log',
  'mkdir -p out/bin',
  'printf "built from %s" "$(cat src/main.c)" > out/a.txt',
  'printf "#!/bin/sh\\n" > out/bin/tool && chmod +x out/bin/tool',
  'ln -sf a.txt out/latest',
  'echo hello from the build',
  'echo a warning >&2',
].join(' && ');

function setup(files: Record<string, string> = {}) {
  const tree = workspaceTree(files);
  const scope = `scope-${randomBytes(4).toString('hex')}`;
  const spec = taskSpec({ command: COMMAND });
  const engine = (stores: readonly Store[], force = false) =>
    testEngine({ workspace: tree.workspace, stores, scope, force });
  const runs = () => {
    try {
      return readFileSync(path.join(tree.parent, 'runs.log'), 'utf8').split('\n').length - 1;
    } catch {
      return 0;
    }
  };
  const out = () => snapshotTree(path.join(tree.workspace, 'out'));
  const clearOut = () => rmSync(path.join(tree.workspace, 'out'), { recursive: true, force: true });
  return { tree, spec, engine, runs, out, clearOut };
}

describe('run', () => {
  test('a miss runs the command and saves; the next run is a hit that does not run it', async () => {
    const t = setup();
    const store = new MemoryStore();
    const first = t.engine([store]);
    const missed = await runTask(t.spec, first.engine);
    expect(missed.status).toBe('miss');
    expect(missed.exitCode).toBe(0);
    expect(missed).toMatchObject({ savedTo: ['memory'] });
    expect(t.runs()).toBe(1);
    expect(store.entries.size).toBe(1);
    const outputs = t.out();

    t.clearOut();
    const second = t.engine([store]);
    const hit = await runTask(t.spec, second.engine);
    expect(hit.status).toBe('hit');
    expect(hit).toMatchObject({ source: 'memory' });
    expect(hit.key).toBe(missed.key);
    expect(t.runs()).toBe(1);
    expect(t.out()).toEqual(outputs);
    // The log is replayed as the command wrote it, both streams.
    expect(second.reporter.hits).toHaveLength(1);
    expect(second.reporter.hits[0]!.log.toString()).toBe('hello from the build\na warning\n');
    expect(second.reporter.warnings).toEqual([]);
  });

  test('a failed command is not saved', async () => {
    const t = setup();
    const store = new MemoryStore();
    const spec = taskSpec({ command: 'mkdir -p out && echo x > out/a.txt && exit 3' });
    const { engine } = t.engine([store]);
    const result = await runTask(spec, engine);
    expect(result.status).toBe('failed');
    expect(result.exitCode).toBe(3);
    expect(store.calls.put).toBe(0);
  });
});

describe('restore order and back-fill', () => {
  async function seeded() {
    const t = setup();
    const origin = new MemoryStore('origin');
    const first = await runTask(t.spec, t.engine([origin]).engine);
    return { t, origin, key: first.key!, entry: origin.entries.get(first.key!)! };
  }

  test('stores are read in order: the first that has the entry serves it', async () => {
    const { t, key, entry } = await seeded();
    const a = new MemoryStore('a');
    const b = new MemoryStore('b');
    a.seed(key, entry);
    b.seed(key, entry);
    t.clearOut();
    const result = await runTask(t.spec, t.engine([a, b]).engine);
    expect(result).toMatchObject({ source: 'a' });
    expect(b.calls.get).toBe(0);
  });

  test('a hit in the second store is copied into the first', async () => {
    const { t, key, entry } = await seeded();
    const a = new MemoryStore('a');
    const b = new MemoryStore('b');
    b.seed(key, entry);
    t.clearOut();
    const { engine, reporter } = t.engine([a, b]);
    const result = await runTask(t.spec, engine);
    expect(result.status).toBe('hit');
    expect(result).toMatchObject({ source: 'b' });
    expect(reporter.warnings).toEqual([]);
    expect(a.entries.get(key)?.recordText).toBe(entry.recordText);
    expect(a.entries.get(key)?.archive.equals(entry.archive)).toBe(true);
    // The next run hits in the first store.
    t.clearOut();
    const again = await runTask(t.spec, t.engine([a, b]).engine);
    expect(again).toMatchObject({ source: 'a' });
  });

  test('a read-only first store is not back-filled', async () => {
    const { t, key, entry } = await seeded();
    const a = new MemoryStore('a', 'read');
    const b = new MemoryStore('b');
    b.seed(key, entry);
    t.clearOut();
    await runTask(t.spec, t.engine([a, b]).engine);
    expect(a.calls.put).toBe(0);
    expect(a.entries.size).toBe(0);
  });
});

describe('replacing entries', () => {
  test('an entry found corrupt is replaced by the next save', async () => {
    const t = setup();
    const store = new MemoryStore();
    const first = await runTask(t.spec, t.engine([store]).engine);
    const key = first.key!;
    const entry = store.entries.get(key)!;
    const flipped = Buffer.from(entry.archive);
    flipped[0] = flipped[0]! ^ 0xff;
    store.entries.set(key, { ...entry, archive: flipped });

    t.clearOut();
    const second = t.engine([store]);
    const repaired = await runTask(t.spec, second.engine);
    expect(repaired.status).toBe('miss');
    expect(t.runs()).toBe(2);
    expect(second.reporter.warnings).toHaveLength(1);
    expect(store.requests.at(-1)?.replace).toBe(true);
    expect(repaired).toMatchObject({ savedTo: ['memory'] });

    t.clearOut();
    const third = await runTask(t.spec, t.engine([store]).engine);
    expect(third.status).toBe('hit');
    expect(t.runs()).toBe(2);
  });

  test('--force runs the command and replaces the entry: the next run restores the new outputs', async () => {
    const t = setup({ 'data.txt': 'v1' });
    const store = new MemoryStore();
    // data.txt is not an input: the key stays, the outputs change.
    const spec = taskSpec({ command: 'mkdir -p out && cp data.txt out/a.txt' });
    await runTask(spec, t.engine([store]).engine);
    expect(readFileSync(path.join(t.tree.workspace, 'out/a.txt'), 'utf8')).toBe('v1');

    writeFileSync(path.join(t.tree.workspace, 'data.txt'), 'v2');
    const forced = await runTask(spec, t.engine([store], true).engine);
    expect(forced.status).toBe('miss');
    expect(store.requests.at(-1)?.replace).toBe(true);
    expect(forced).toMatchObject({ savedTo: ['memory'] });

    t.clearOut();
    const next = await runTask(spec, t.engine([store]).engine);
    expect(next.status).toBe('hit');
    expect(readFileSync(path.join(t.tree.workspace, 'out/a.txt'), 'utf8')).toBe('v2');
  });

  test('an ordinary save does not ask to replace', async () => {
    const t = setup();
    const store = new MemoryStore();
    await runTask(t.spec, t.engine([store]).engine);
    expect(store.requests).toHaveLength(1);
    expect(store.requests[0]!.replace ?? false).toBe(false);
  });
});
