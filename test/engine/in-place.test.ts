// A hit over outputs the workspace already has: files holding the entry's bytes with the mode a
// restore gives are left as they are (same inode, same mtime), and everything else — same size
// but other bytes, another mode, a link to elsewhere, a file where a link belongs — is replaced
// by the entry's (from the local store, whose archive is a file here). And one invocation's
// tasks share the stat cache: a dependent finds its upstream's restored outputs known, without
// reading them. A remote's hit restores every output (test/engine/run.test.ts and others).

import {
  chmodSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runTask } from '../../src/engine/engine.js';
import { computeTaskKey } from '../../src/engine/key.js';
import { KeyCaches } from '../../src/engine/key-caches.js';
import { LocalStore } from '../../src/stores/local.js';
import { cleanupAll, ready, taskSpec, tempDir, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

const BUILD = [
  'mkdir -p out',
  'printf AAAA > out/a.txt',
  'printf BBBB > out/b.txt',
  'printf CCCC > out/c.txt',
  "printf '#!/bin/sh\\n' > out/run.sh && chmod 755 out/run.sh",
  'ln -sf a.txt out/link',
  'ln -sf a.txt out/was-link',
].join(' && ');

describe('outputs already in place', () => {
  test('are left untouched; same size with other bytes, modes and links are replaced', async () => {
    const { workspace } = workspaceTree();
    const store = new LocalStore(tempDir('in-place-store'));
    const stateDir = tempDir('in-place-state');
    const spec = taskSpec({ command: BUILD });
    const run = () => {
      const { engine } = testEngine({ workspace, stores: [store] });
      return runTask(spec, { ...engine, stateDir, keyCaches: new KeyCaches() });
    };
    expect((await run()).status).toBe('miss');
    const out = (name: string) => path.join(workspace, 'out', name);
    const before = statSync(out('a.txt'));
    writeFileSync(out('b.txt'), 'XXXX'); // Same size, other bytes.
    chmodSync(out('c.txt'), 0o600); // Same bytes, another mode.
    chmodSync(out('run.sh'), 0o644);
    unlinkSync(out('link'));
    symlinkSync('b.txt', out('link'));
    unlinkSync(out('was-link'));
    writeFileSync(out('was-link'), 'AAAA');

    const hit = await run();
    expect(hit.status).toBe('hit');
    const after = statSync(out('a.txt'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readFileSync(out('b.txt'), 'utf8')).toBe('BBBB');
    expect(statSync(out('c.txt')).mode & 0o777).toBe(0o644);
    expect(statSync(out('run.sh')).mode & 0o777).toBe(0o755);
    expect(readlinkSync(out('link'))).toBe('a.txt');
    expect(readlinkSync(out('was-link'))).toBe('a.txt');
  });

  test("a hit records the digests of outputs found in place, for the invocation's later keys", async () => {
    const { workspace } = workspaceTree();
    const store = new LocalStore(tempDir('in-place-store'));
    const stateDir = tempDir('in-place-state');
    const build = taskSpec({ name: 'build', command: BUILD });
    const test = taskSpec({
      name: 'test',
      command: 'true',
      inputs: ['src/**'],
      outputs: [],
      dependsOn: ['build'],
      upstream: [{ task: 'build', cwd: '.', outputs: ['out/**'] }],
    });
    const { engine } = testEngine({ workspace, stores: [store] });
    expect((await runTask(build, { ...engine, stateDir })).status).toBe('miss');
    // Past the racy window (mtime and ctime), as outputs built a while ago are.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const keyCaches = new KeyCaches();
    const context = { ...engine, stateDir, keyCaches };
    expect((await runTask(build, context)).status).toBe('hit');
    const caches = keyCaches.of(stateDir, workspace);
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'run.sh']) {
      const stats = statSync(path.join(workspace, 'out', name));
      const known = caches.statCache?.lookup({
        path: `out/${name}`,
        size: stats.size,
        mtimeMs: stats.mtimeMs,
        ctimeMs: stats.ctimeMs,
        ino: stats.ino,
      });
      expect(known, name).toBeDefined();
    }
    const keyed = await computeTaskKey(test, context);
    expect(keyed.manifest.inputs.map((input) => input.path)).toContain('out/a.txt');
  });
});
