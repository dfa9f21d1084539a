// Explanations that travel (issue 15, item 7): a task's earlier entries are found by the
// project's identity, so a second clone of the repository is explained against the first's
// entries; and a miss is diffed against the nearest of the task's recent entries, so after
// switching branches it lists this branch's edits. Through the CLI's context, on a real local
// store shared by the clones.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { selectTasks } from '../../src/engine/config-file.js';
import { explainTask, runTask } from '../../src/engine/engine.js';
import { cleanupAll, ready, tempDir } from './harness.js';

beforeAll(async () => {
  await ready();
  // The CLI reporter writes to the terminal: keep the test's output quiet.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
  cleanupAll();
});

const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' });

const CONFIG = `tasks:
  build:
    run: mkdir -p out && cat src/*.ts > out/all.ts
    inputs: [src/**]
    outputs: [out/**]
`;

function write(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/** The CLI's context for the clone at `dir`, on the shared cache directory. */
async function cli(dir: string, cache: string) {
  const ctx = await createContext({ config: path.join(dir, 'taskcache.yml'), 'cache-dir': cache });
  const [spec] = selectTasks(ctx.loaded, ['build']);
  return { ctx, spec: spec! };
}

function project(files: Record<string, string>): string {
  const dir = path.join(tempDir('travel'), 'first');
  write(dir, { 'taskcache.yml': CONFIG, '.gitignore': 'out/\n*.log\n', ...files });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/app.git');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'init');
  return dir;
}

describe('explanations that travel', () => {
  test('a second clone is explained against the first clone’s entries', async () => {
    const cache = tempDir('travel-cache');
    const first = project({ 'src/x.ts': 'x\n', 'src/y.ts': 'y\n' });
    const a = await cli(first, cache);
    expect((await runTask(a.spec, a.ctx.engine)).status).toBe('miss');

    const second = path.join(tempDir('travel'), 'elsewhere', 'second');
    git(path.dirname(first), 'clone', '-q', first, second);
    git(second, 'remote', 'set-url', 'origin', 'git@github.com:acme/app.git');
    write(second, { 'src/x.ts': 'x changed\n', 'src/debug.log': 'noise\n', 'src/new.ts': 'n\n' });
    const b = await cli(second, cache);
    const explained = await explainTask(b.spec, b.ctx.engine);
    expect(explained.previous).not.toBeNull();
    expect(explained.lines).toEqual(['1 file changed: src/x.ts', '1 file added: src/new.ts']);
    // The ignored log is left out of the inputs; the new file counts, and is listed as untracked.
    expect(explained.git).toEqual({
      ignored: { count: 1, first: ['src/debug.log'] },
      untracked: { count: 1, first: ['src/new.ts'] },
    });
    // Nothing stored names either clone's directory.
    expect(b.ctx.engine.scope).toBe('github.com/acme/app#taskcache.yml');
  });

  test('after switching branches a miss is diffed against the nearer entry', async () => {
    const cache = tempDir('travel-cache');
    const files = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e'].map((n) => [`src/${n}.ts`, `${n}\n`]),
    );
    const dir = project({ ...files, 'src/x.ts': 'x\n' });
    const main = await cli(dir, cache);
    const onMain = await runTask(main.spec, main.ctx.engine);

    git(dir, 'switch', '-q', '-c', 'feature');
    write(dir, Object.fromEntries(Object.keys(files).map((name) => [name, 'feature\n'])));
    git(dir, 'commit', '-q', '-am', 'feature work');
    const feature = await cli(dir, cache);
    expect((await runTask(feature.spec, feature.ctx.engine)).status).toBe('miss');

    // Back on main, one edit: the main entry is one file away, the feature one six.
    git(dir, 'switch', '-q', 'main');
    write(dir, { 'src/x.ts': 'x edited\n' });
    const back = await cli(dir, cache);
    const explained = await explainTask(back.spec, back.ctx.engine);
    expect(explained.lines).toEqual(['1 file changed: src/x.ts']);
    expect(explained.previous?.key).toBe(onMain.key);
    expect(explained.previous?.among).toBe(2);
  });
});
