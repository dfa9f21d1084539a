// Issue 14, item 3: links. A chain of restored links that passes a lexical check but resolves
// outside the workspace is refused, and a restore never writes through a link that was in the
// workspace before it (to a directory outside the workspace, or to sources inside it).

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { restore } from '../../src/engine/engine.js';
import type { Store } from '../../src/stores/store.js';
import { cleanupAll, ready } from '../engine/harness.js';
import { diffTrees, snapshotTree } from '../support/tree-snapshot.js';
import { scenario } from './scenario.js';
import { storeFactories } from './stores.js';

beforeAll(ready);
afterAll(cleanupAll);

for (const factory of storeFactories()) {
  describe.skipIf(!factory.available)(`links (#14.3): ${factory.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await factory.make();
    });
    afterAll(() => factory.teardown());

    test('a link to a sibling output inside the outputs is restored (control)', async () => {
      const s = await scenario([store]);
      await s.plant({
        outputs: [
          { kind: 'file', path: 'out/lib.so.1', content: 'ELF' },
          { kind: 'link', path: 'out/lib.so', target: 'lib.so.1' },
        ],
      });
      expect(await restore(s.spec, s.key, s.engine), s.reporter.warnings.join('\n')).toBeDefined();
      expect(s.read('out/lib.so.1')).toBe('ELF');
      expect(s.exists('out/lib.so')).toBe(true);
    });

    test('chained links out/b -> . and out/a -> b/b/b/../../.. are refused', async () => {
      const s = await scenario([store]);
      await s.plant({
        outputs: [
          { kind: 'link', path: 'out/a', target: 'b/b/b/../../..' },
          { kind: 'link', path: 'out/b', target: '.' },
        ],
      });
      const before = snapshotTree(s.tree.parent);
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(diffTrees(before, snapshotTree(s.tree.parent))).toEqual([]);
      expect(s.reporter.warnings).toHaveLength(1);
    });

    test('a link that was in the workspace, to a directory outside it, is not written through', async () => {
      const s = await scenario([store], {
        setup: (tree) => symlinkSync(tree.sibling, path.join(tree.workspace, 'out')),
      });
      await s.plant({ outputs: [{ kind: 'file', path: 'out/x', content: 'planted' }] });
      const before = snapshotTree(s.tree.parent);
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(diffTrees(before, snapshotTree(s.tree.parent))).toEqual([]);
    });

    test('a link that was in the workspace, to sources inside it, is not written through', async () => {
      const s = await scenario([store], {
        files: { 'lib/index.js': 'original\n' },
        setup: (tree) => symlinkSync('lib', path.join(tree.workspace, 'out')),
        spec: { inputs: ['src/**', 'lib/**'] },
      });
      await s.plant({ outputs: [{ kind: 'file', path: 'out/index.js', content: 'evil()\n' }] });
      const before = snapshotTree(s.tree.parent);
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(diffTrees(before, snapshotTree(s.tree.parent))).toEqual([]);
      expect(s.read('lib/index.js')).toBe('original\n');
    });

    test('a link deeper in the outputs, to outside, is not written through', async () => {
      const s = await scenario([store], {
        setup: (tree) => {
          mkdirSync(path.join(tree.workspace, 'out'));
          writeFileSync(path.join(tree.workspace, 'out', 'old.txt'), 'old\n');
          symlinkSync('../../sibling', path.join(tree.workspace, 'out', 'cache'));
        },
      });
      await s.plant({ outputs: [{ kind: 'file', path: 'out/cache/precious.txt', content: 'x' }] });
      const before = snapshotTree(s.tree.parent);
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(diffTrees(before, snapshotTree(s.tree.parent))).toEqual([]);
    });

    test('an output file replacing a link that was there does not write its target', async () => {
      // out/conf is a link to a source file; the entry has a file out/conf. Whatever the
      // restore does with the link, the source file keeps its bytes.
      const s = await scenario([store], {
        files: { 'src/conf.json': '{"safe":true}\n' },
        setup: (tree) => {
          mkdirSync(path.join(tree.workspace, 'out'));
          symlinkSync('../src/conf.json', path.join(tree.workspace, 'out', 'conf'));
        },
      });
      await s.plant({ outputs: [{ kind: 'file', path: 'out/conf', content: '{"safe":false}\n' }] });
      await restore(s.spec, s.key, s.engine);
      expect(s.read('src/conf.json')).toBe('{"safe":true}\n');
    });

    test('a link out of the workspace and a file through a restored link are refused', async () => {
      const out = await scenario([store]);
      await out.plant({ outputs: [{ kind: 'link', path: 'out/up', target: '../../sibling' }] });
      expect(await restore(out.spec, out.key, out.engine)).toBeUndefined();
      expect(out.exists('out')).toBe(false);

      const through = await scenario([store]);
      await through.plant({
        outputs: [
          { kind: 'link', path: 'out/d', target: '../src' },
          { kind: 'file', path: 'out/d/main.c', content: 'evil' },
        ],
      });
      const before = snapshotTree(through.tree.parent);
      expect(await restore(through.spec, through.key, through.engine)).toBeUndefined();
      expect(diffTrees(before, snapshotTree(through.tree.parent))).toEqual([]);
    });
  });
}
