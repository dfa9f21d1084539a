// Issue 14, item 2: an entry may only write the task's declared outputs. An entry naming any
// path the task's `outputs` patterns do not match (relative to its working directory, as at
// save time) is refused as a whole — a miss with the reason, nothing written — and nothing is
// ever written inside a `.git` directory, even when the patterns would match it.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { restore, runTask } from '../../src/engine/engine.js';
import type { Store } from '../../src/stores/store.js';
import { cleanupAll, ready } from '../engine/harness.js';
import { diffTrees, snapshotTree } from '../support/tree-snapshot.js';
import { scenario } from './scenario.js';
import { storeFactories } from './stores.js';

beforeAll(ready);
afterAll(cleanupAll);

for (const factory of storeFactories()) {
  describe.skipIf(!factory.available)(`declared outputs only (#14.2): ${factory.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await factory.make();
    });
    afterAll(() => factory.teardown());

    test('an entry within the declared outputs is restored (control)', async () => {
      const s = await scenario([store]);
      await s.plant({ outputs: [{ kind: 'file', path: 'out/a.txt', content: 'from cache' }] });
      const hit = await restore(s.spec, s.key, s.engine);
      expect(hit, s.reporter.warnings.join('\n')).toBeDefined();
      expect(s.read('out/a.txt')).toBe('from cache');
    });

    test('an entry that also writes a source file is refused whole; the command runs', async () => {
      const s = await scenario([store], {
        files: { 'src/index.js': 'original\n' },
        spec: { command: 'mkdir -p out && printf built > out/a.txt' },
      });
      await s.plant({
        outputs: [
          { kind: 'file', path: 'out/a.txt', content: 'from cache' },
          { kind: 'file', path: 'src/index.js', content: 'evil()\n' },
        ],
      });
      const result = await runTask(s.spec, s.engine);
      expect(result.status).toBe('miss');
      expect(s.read('src/index.js')).toBe('original\n');
      // Not a partial restore: the command made out/a.txt.
      expect(s.read('out/a.txt')).toBe('built');
      expect(s.reporter.warnings.join('\n')).toContain('src/index.js');
    });

    test('nothing outside the declared outputs changes when such an entry is refused', async () => {
      const s = await scenario([store], {
        files: { '.github/workflows/ci.yml': 'on: push\n', 'node_modules/.bin/tsc': '#!x\n' },
      });
      await s.plant({
        outputs: [
          { kind: 'file', path: '.github/workflows/ci.yml', content: 'on: [push]\njobs: {}\n' },
          { kind: 'file', path: 'node_modules/.bin/tsc', content: '#!/bin/sh\n', executable: true },
          { kind: 'file', path: 'out/a.txt', content: 'from cache' },
        ],
      });
      const before = snapshotTree(s.tree.parent);
      const hit = await restore(s.spec, s.key, s.engine);
      expect(hit).toBeUndefined();
      expect(diffTrees(before, snapshotTree(s.tree.parent))).toEqual([]);
      expect(s.reporter.warnings).toHaveLength(1);
    });

    test('paths are matched relative to the working directory', async () => {
      const inside = await scenario([store], {
        files: { 'pkg/src/a.ts': 'a\n' },
        spec: { cwd: 'pkg', outputs: ['dist/**'] },
      });
      await inside.plant({ outputs: [{ kind: 'file', path: 'pkg/dist/a.js', content: 'a' }] });
      expect(await restore(inside.spec, inside.key, inside.engine)).toBeDefined();
      expect(inside.read('pkg/dist/a.js')).toBe('a');

      // dist/ at the workspace root is not the task's dist/.
      const outside = await scenario([store], {
        files: { 'pkg/src/a.ts': 'a\n' },
        spec: { cwd: 'pkg', outputs: ['dist/**'] },
      });
      await outside.plant({ outputs: [{ kind: 'file', path: 'dist/a.js', content: 'a' }] });
      expect(await restore(outside.spec, outside.key, outside.engine)).toBeUndefined();
      expect(outside.exists('dist')).toBe(false);
      expect(outside.reporter.warnings.join('\n')).toContain('dist/a.js');
    });

    test('a path an exclusion pattern removes from the outputs is refused', async () => {
      const s = await scenario([store], {
        files: { 'out/keep.txt': 'kept\n' },
        spec: { outputs: ['out/**', '!out/keep.txt'] },
      });
      await s.plant({
        outputs: [
          { kind: 'file', path: 'out/a.txt', content: 'a' },
          { kind: 'file', path: 'out/keep.txt', content: 'replaced\n' },
        ],
      });
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(s.read('out/keep.txt')).toBe('kept\n');
      expect(s.exists('out/a.txt')).toBe(false);
    });

    test('outputs "**" never reach .git/config', async () => {
      const s = await scenario([store], {
        files: { '.git/config': '[core]\n\tbare = false\n' },
        spec: { outputs: ['**'] },
      });
      await s.plant({
        outputs: [
          { kind: 'file', path: '.git/config', content: '[core]\n\tfsmonitor = "touch /tmp/x"\n' },
          { kind: 'file', path: 'out/a.txt', content: 'a' },
        ],
      });
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(s.read('.git/config')).toBe('[core]\n\tbare = false\n');
      expect(s.exists('out/a.txt')).toBe(false);
      expect(s.reporter.warnings.join('\n')).toContain('.git');
    });

    test('outputs "**" never reach a nested .git directory', async () => {
      const s = await scenario([store], { spec: { outputs: ['**'] } });
      await s.plant({
        outputs: [
          { kind: 'file', path: 'sub/.git/hooks/post-checkout', content: 'evil', executable: true },
        ],
      });
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(s.exists('sub')).toBe(false);
    });

    test('a link named .git is refused as well', async () => {
      const s = await scenario([store], { spec: { outputs: ['**'] } });
      await s.plant({ outputs: [{ kind: 'link', path: 'vendor/.git', target: '../src' }] });
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(s.exists('vendor')).toBe(false);
    });
  });
}
