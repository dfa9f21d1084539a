// What a save keeps and a hit leaves behind: an output that cannot be stored means no entry
// (never a partial one), links leaving the workspace are kept only with allow-external-links,
// and clean-outputs removes files of an earlier run that the entry does not have.

import { existsSync, mkdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runTask } from '../../src/engine/engine.js';
import { MemoryStore } from '../support/memory-store.js';
import { cleanupAll, ready, taskSpec, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

const WITH_TOOL_LINK =
  'mkdir -p out && cp src/main.c out/x && ln -sf /usr/bin/env out/tool && echo built';

/** Two checkouts of one project sharing a store, as two CI jobs do. */
function twoCheckouts() {
  const store = new MemoryStore();
  const first = workspaceTree();
  const second = workspaceTree();
  const run = (workspace: string, spec: ReturnType<typeof taskSpec>) => {
    const ctx = testEngine({ workspace, stores: [store], scope: 'outputs' });
    return runTask(spec, ctx.engine).then((result) => ({ result, reporter: ctx.reporter }));
  };
  return { store, first, second, run };
}

describe('outputs that cannot be stored', () => {
  test('a link leaving the workspace means the entry is not saved, with one warning', async () => {
    const { store, first, run } = twoCheckouts();
    const spec = taskSpec({ command: WITH_TOOL_LINK });
    const { result, reporter } = await run(first.workspace, spec);
    expect(result.status).toBe('miss');
    expect(result.exitCode).toBe(0);
    expect(result).toMatchObject({ savedTo: [] });
    expect(store.entries.size).toBe(0);
    expect(reporter.warnings).toHaveLength(1);
    expect(reporter.warnings[0]).toMatch(/not saved: output out\/tool is a symlink leaving/);
  });

  test('with allow-external-links the link is stored and restored as it was', async () => {
    const { store, first, second, run } = twoCheckouts();
    const spec = taskSpec({ command: WITH_TOOL_LINK, allowExternalLinks: true });
    const missed = await run(first.workspace, spec);
    expect(missed.result).toMatchObject({ savedTo: ['memory'] });
    expect(store.entries.size).toBe(1);
    const hit = await run(second.workspace, spec);
    expect(hit.result.status).toBe('hit');
    expect(readlinkSync(path.join(second.workspace, 'out/tool'))).toBe('/usr/bin/env');
    expect(existsSync(path.join(second.workspace, 'out/x'))).toBe(true);
  });

  test('an entry with an external link is refused by a task that does not allow them', async () => {
    const { store, first, second, run } = twoCheckouts();
    const salt = 'same-key';
    await run(
      first.workspace,
      taskSpec({ command: WITH_TOOL_LINK, salt, allowExternalLinks: true }),
    );
    expect(store.entries.size).toBe(1);
    // Same key (the option is not part of it), a task that does not accept such links.
    const { result, reporter } = await run(
      second.workspace,
      taskSpec({ command: WITH_TOOL_LINK, salt }),
    );
    expect(result.status).toBe('miss');
    expect(reporter.warnings.join('\n')).toMatch(/does not set allow-external-links/);
  });
});

describe('clean-outputs', () => {
  const COMMAND = 'mkdir -p out && cp src/main.c out/a.txt';

  test('without it, a file of an earlier run that the entry lacks survives a hit', async () => {
    const { first, second, run } = twoCheckouts();
    const spec = taskSpec({ command: COMMAND, salt: 'keep' });
    await run(first.workspace, spec);
    mkdirSync(path.join(second.workspace, 'out'));
    writeFileSync(path.join(second.workspace, 'out/stale.txt'), 'old\n');
    const hit = await run(second.workspace, spec);
    expect(hit.result.status).toBe('hit');
    expect(existsSync(path.join(second.workspace, 'out/stale.txt'))).toBe(true);
  });

  test('with it, the hit leaves exactly the entry’s outputs', async () => {
    const { first, second, run } = twoCheckouts();
    const spec = taskSpec({ command: COMMAND, salt: 'clean', cleanOutputs: true });
    await run(first.workspace, spec);
    mkdirSync(path.join(second.workspace, 'out'));
    writeFileSync(path.join(second.workspace, 'out/stale.txt'), 'old\n');
    writeFileSync(path.join(second.workspace, 'unrelated.txt'), 'not an output\n');
    const hit = await run(second.workspace, spec);
    expect(hit.result.status).toBe('hit');
    expect(existsSync(path.join(second.workspace, 'out/stale.txt'))).toBe(false);
    expect(existsSync(path.join(second.workspace, 'out/a.txt'))).toBe(true);
    expect(existsSync(path.join(second.workspace, 'unrelated.txt'))).toBe(true);
  });
});

describe('the command environment', () => {
  test('the command sees what a run: step would: no runner tokens, no taskcache secrets', async () => {
    const tree = workspaceTree();
    const ctx = testEngine({
      workspace: tree.workspace,
      stores: [new MemoryStore()],
      scope: 'env',
      env: {
        PATH: process.env.PATH,
        KEPT: 'visible',
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
        TASKCACHE_SIGNING_KEY: 'signing-key',
        TASKCACHE_REMOTE_TOKEN: 'remote-token',
      },
    });
    const spec = taskSpec({ command: 'mkdir -p out && env > out/env.txt' });
    const result = await runTask(spec, ctx.engine);
    expect(result.exitCode).toBe(0);
    const seen = readFileSync(path.join(tree.workspace, 'out/env.txt'), 'utf8');
    expect(seen).toContain('KEPT=visible');
    for (const name of [
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'TASKCACHE_SIGNING_KEY',
      'TASKCACHE_REMOTE_TOKEN',
    ]) {
      expect(seen).not.toContain(`${name}=`);
    }
  });
});
