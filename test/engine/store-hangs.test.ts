// A store that never answers costs bounded time (issue 14, item 11, through the engine): get,
// has, put, latestRecord and openArchive each hanging give one warning naming the store once
// the engine's bound has passed, and the command runs. The bound is shortened here (the
// StoreSet's backstop for every call); the time asserted is generous.

import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { dryRunTask, runTask } from '../../src/engine/engine.js';
import type { Store } from '../../src/stores/store.js';
import { MemoryStore, type StoreCall } from '../support/memory-store.js';
import { cleanupAll, ready, taskSpec, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

const BACKSTOP_MS = 300;
/** Far above the backstop, far below forever. */
const BOUND_MS = 15_000;

const spec = taskSpec({ command: 'mkdir -p out && cat src/main.c > out/a.txt' });
const opened: MemoryStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.release();
});

async function setup(call: StoreCall) {
  const store = new MemoryStore('stuck');
  opened.push(store);
  const tree = workspaceTree();
  const scope = `scope-${randomBytes(4).toString('hex')}`;
  const engine = (stores: readonly Store[]) =>
    testEngine({ workspace: tree.workspace, stores, scope, backstopMs: BACKSTOP_MS });
  if (call === 'get' || call === 'openArchive' || call === 'has' || call === 'latestRecord') {
    await runTask(spec, engine([store]).engine);
    rmSync(path.join(tree.workspace, 'out'), { recursive: true });
  }
  if (call === 'latestRecord') writeFileSync(path.join(tree.workspace, 'src/main.c'), 'int b;\n');
  store.inject(call, { kind: 'hang' });
  const output = () => readFileSync(path.join(tree.workspace, 'out/a.txt'), 'utf8');
  return { store, engine, output };
}

describe('a store that never answers', () => {
  for (const call of ['get', 'openArchive', 'latestRecord', 'put'] as StoreCall[]) {
    test(`${call} hangs: one warning, the command runs, in bounded time`, {
      timeout: 30_000,
    }, async () => {
      const t = await setup(call);
      const { engine, reporter } = t.engine([t.store]);
      const started = Date.now();
      const result = await runTask(spec, engine);
      expect(Date.now() - started).toBeLessThan(BOUND_MS);
      expect(result.status).toBe('miss');
      expect(result.exitCode).toBe(0);
      expect(t.output()).toMatch(/^int /);
      expect(reporter.warnings).toHaveLength(1);
      expect(reporter.warnings[0]).toContain('stuck');
    });
  }

  test('the archive goes silent part-way: one warning, the command runs, in bounded time', {
    timeout: 30_000,
  }, async () => {
    const t = await setup('get');
    t.store.heal().inject('openArchive', { kind: 'stall', afterBytes: 5 });
    const { engine, reporter } = t.engine([t.store]);
    const started = Date.now();
    const result = await runTask(spec, engine);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
    expect(result.status).toBe('miss');
    expect(t.output()).toMatch(/^int /);
    expect(reporter.warnings).toHaveLength(1);
  });

  test('has hangs in dry-run: one warning, in bounded time', { timeout: 30_000 }, async () => {
    const t = await setup('has');
    const { engine, reporter } = t.engine([t.store]);
    const started = Date.now();
    const dry = await dryRunTask(spec, engine);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
    expect(dry.stores).toEqual([{ store: 'stuck', hit: null }]);
    expect(reporter.warnings).toHaveLength(1);
  });
});
