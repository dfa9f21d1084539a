// Issue 14, item 4: an entry's recorded runner files. A hit re-applies what the command wrote
// to GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY; a crafted entry must not
// gain code execution in later steps through them. Recorded GITHUB_ENV lines setting BASH_ENV,
// ENV, LD_PRELOAD, LD_LIBRARY_PATH, DYLD_*, NODE_OPTIONS and the like are dropped with a notice
// naming them; GITHUB_PATH entries outside the workspace are dropped; the rest is re-applied.

import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runnerFileHooks } from '../../src/action/runner-files.js';
import { runTask } from '../../src/engine/engine.js';
import type { Store } from '../../src/stores/store.js';
import { cleanupAll, ready, tempDir } from '../engine/harness.js';
import { scenario } from './scenario.js';
import { storeFactories } from './stores.js';

beforeAll(ready);
afterAll(cleanupAll);

const HOSTILE_ENV = [
  'SAFE=1',
  'BASH_ENV=/tmp/evil.sh',
  'ENV=/tmp/evil.sh',
  'LD_PRELOAD=/tmp/evil.so',
  'LD_LIBRARY_PATH=/tmp/evil',
  'DYLD_INSERT_LIBRARIES=/tmp/evil.dylib',
  'NODE_OPTIONS<<EOF',
  '--require /tmp/evil.js',
  'EOF',
  'ALSO_SAFE=2',
  '',
].join('\n');

const REFUSED = [
  'BASH_ENV',
  'ENV',
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'DYLD_INSERT_LIBRARIES',
  'NODE_OPTIONS',
];

for (const factory of storeFactories()) {
  describe.skipIf(!factory.available)(`recorded runner files (#14.4): ${factory.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await factory.make();
    });
    afterAll(() => factory.teardown());

    test('a hit drops code-running GITHUB_ENV lines and GITHUB_PATH entries outside the workspace', async () => {
      const s = await scenario([store]);
      const runner = tempDir('runner');
      const files = {
        GITHUB_OUTPUT: path.join(runner, 'output'),
        GITHUB_ENV: path.join(runner, 'env'),
        GITHUB_PATH: path.join(runner, 'path'),
        GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
      };
      for (const file of Object.values(files)) writeFileSync(file, '');
      const notices: string[] = [];
      const hooks = runnerFileHooks(path.join(runner, 'own'), files, {
        workspace: s.tree.workspace,
        notice: (message) => notices.push(message),
      });
      await s.plant({
        outputs: [{ kind: 'file', path: 'out/a.txt', content: 'a' }],
        runnerFiles: {
          output: 'result=ok\n',
          env: HOSTILE_ENV,
          path: `/tmp/evil/bin\n${path.join(s.tree.workspace, 'node_modules/.bin')}\n`,
          summary: '# built\n',
        },
      });
      const result = await runTask(s.spec, { ...s.engine, hooks });
      expect(result.status).toBe('hit');

      const env = readFileSync(files.GITHUB_ENV, 'utf8');
      expect(env).toContain('SAFE=1');
      expect(env).toContain('ALSO_SAFE=2');
      for (const name of REFUSED) expect(env).not.toMatch(new RegExp(`^${name}(=|<<)`, 'm'));
      expect(env).not.toContain('/tmp/evil');

      const pathFile = readFileSync(files.GITHUB_PATH, 'utf8');
      expect(pathFile).not.toContain('/tmp/evil/bin');
      expect(pathFile).toContain('node_modules/.bin');
      expect(readFileSync(files.GITHUB_OUTPUT, 'utf8')).toBe('result=ok\n');
      expect(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).toBe('# built\n');

      // One notice, naming what was left out (names only, never values).
      expect(notices).toHaveLength(1);
      for (const name of REFUSED) expect(notices[0]).toContain(name);
      expect(notices[0]).not.toContain('/tmp/evil.so');
    });
  });
}
