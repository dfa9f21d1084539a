// A store that fails on any call never fails the task (issue 19): get, has, put, latestRecord
// and openArchive each failing give one warning naming the store, the command runs (or the
// next store serves the hit), and the result is right. Two stores failing at once give one
// warning each.

import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dryRunTask, runTask } from '../../src/engine/engine.js';
import type { Store } from '../../src/stores/store.js';
import { MemoryStore, type StoreCall } from '../support/memory-store.js';
import { cleanupAll, ready, taskSpec, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

const spec = taskSpec({ command: 'mkdir -p out && cat src/main.c > out/a.txt' });

/** A workspace whose task has an entry in `seed` already (when given). */
async function setup(seed?: MemoryStore) {
  const tree = workspaceTree();
  const scope = `scope-${randomBytes(4).toString('hex')}`;
  const engine = (stores: readonly Store[]) =>
    testEngine({ workspace: tree.workspace, stores, scope });
  if (seed) {
    await runTask(spec, engine([seed]).engine);
    rmSync(path.join(tree.workspace, 'out'), { recursive: true });
  }
  const output = () => readFileSync(path.join(tree.workspace, 'out/a.txt'), 'utf8');
  return { tree, engine, output };
}

const failure = { kind: 'throw' as const, message: 'injected: connection refused' };

describe('one store failing on each call', () => {
  for (const call of ['get', 'openArchive'] as StoreCall[]) {
    test(`${call} fails: one warning, the command runs, a correct miss`, async () => {
      const store = new MemoryStore('flaky');
      const t = await setup(store);
      store.inject(call, failure);
      const { engine, reporter } = t.engine([store]);
      const result = await runTask(spec, engine);
      expect(result.status).toBe('miss');
      expect(result.exitCode).toBe(0);
      expect(t.output()).toBe('int main;\n');
      expect(reporter.warnings).toHaveLength(1);
      expect(reporter.warnings[0]).toContain('flaky');
      expect(reporter.warnings[0]).toContain('connection refused');
    });

    test(`${call} fails in the first store: the second serves the hit`, async () => {
      const second = new MemoryStore('second');
      const t = await setup(second);
      const first = new MemoryStore('first');
      for (const [key, entry] of second.entries) first.seed(key, entry);
      first.inject(call, failure);
      const { engine, reporter } = t.engine([first, second]);
      const result = await runTask(spec, engine);
      expect(result.status).toBe('hit');
      expect(result).toMatchObject({ source: 'second' });
      expect(t.output()).toBe('int main;\n');
      expect(reporter.warnings).toHaveLength(1);
      expect(reporter.warnings[0]).toContain('first');
    });
  }

  test('latestRecord fails while explaining a miss: one warning, the command runs', async () => {
    const store = new MemoryStore('flaky');
    const t = await setup(store);
    writeFileSync(path.join(t.tree.workspace, 'src/main.c'), 'int main2;\n');
    store.inject('latestRecord', failure);
    const { engine, reporter } = t.engine([store]);
    const result = await runTask(spec, engine);
    expect(result.status).toBe('miss');
    expect(result.exitCode).toBe(0);
    expect(result).toMatchObject({ reason: expect.any(String) });
    expect(t.output()).toBe('int main2;\n');
    expect(reporter.warnings).toHaveLength(1);
    expect(reporter.warnings[0]).toContain('flaky');
  });

  test('put fails: one warning, the task succeeds, not reported as saved there', async () => {
    const store = new MemoryStore('flaky').inject('put', failure);
    const healthy = new MemoryStore('healthy');
    const t = await setup();
    const { engine, reporter } = t.engine([store, healthy]);
    const result = await runTask(spec, engine);
    expect(result.status).toBe('miss');
    expect(result.exitCode).toBe(0);
    expect(result).toMatchObject({ savedTo: ['healthy'] });
    expect(reporter.warnings).toHaveLength(1);
    expect(reporter.warnings[0]).toContain('flaky');
  });

  test('has fails in dry-run: one warning, that store answers unknown', async () => {
    const store = new MemoryStore('flaky');
    const t = await setup(store);
    store.inject('has', failure);
    const healthy = new MemoryStore('healthy');
    const { engine, reporter } = t.engine([store, healthy]);
    const dry = await dryRunTask(spec, engine);
    expect(dry.stores).toEqual([
      { store: 'flaky', hit: null },
      { store: 'healthy', hit: false },
    ]);
    expect(dry.status).toBe('miss');
    expect(reporter.warnings).toHaveLength(1);
    expect(reporter.warnings[0]).toContain('flaky');
  });

  test('a store that failed once is not asked again in the same run', async () => {
    const store = new MemoryStore('flaky').inject('get', failure);
    const t = await setup();
    const { engine } = t.engine([store]);
    await runTask(spec, engine);
    expect(store.calls.put).toBe(0);
    expect(store.calls.latestRecord).toBe(0);
  });
});

describe('two stores failing at once', () => {
  test('both fail to read: one warning each, the command runs', async () => {
    const a = new MemoryStore('a');
    const t = await setup(a);
    const b = new MemoryStore('b');
    for (const [key, entry] of a.entries) b.seed(key, entry);
    a.inject('get', failure);
    b.inject('openArchive', { kind: 'stream-error', afterBytes: 3 });
    const { engine, reporter } = t.engine([a, b]);
    const result = await runTask(spec, engine);
    expect(result.status).toBe('miss');
    expect(result.exitCode).toBe(0);
    expect(t.output()).toBe('int main;\n');
    expect(reporter.warnings).toHaveLength(2);
    expect(reporter.warnings[0]).toMatch(/\ba\b.*connection refused/);
    expect(reporter.warnings[1]).toMatch(/\bin b\b.*ECONNRESET/);
  });

  test('both fail to save: one warning each, the task succeeds, saved nowhere', async () => {
    const a = new MemoryStore('a').inject('put', failure);
    const b = new MemoryStore('b').inject('put', failure);
    const t = await setup();
    const { engine, reporter } = t.engine([a, b]);
    const result = await runTask(spec, engine);
    expect(result.status).toBe('miss');
    expect(result.exitCode).toBe(0);
    expect(result).toMatchObject({ savedTo: [] });
    expect(reporter.warnings).toHaveLength(2);
    expect(reporter.warnings.some((w) => w.includes('store a '))).toBe(true);
    expect(reporter.warnings.some((w) => w.includes('store b '))).toBe(true);
  });
});
