// `taskcache explain` in git checkouts, through the bundled CLI (issue 15, items 6 and 7): a
// second clone at another path is explained against the first clone's entry, naming the entry
// it compared with, and the inputs git ignores and the untracked ones are listed apart.

import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeProject } from './support/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
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

describe('explain in git checkouts', () => {
  it('travels between clones and lists ignored and untracked inputs apart', async () => {
    const root = tempDir('explain-git');
    dirs.push(root);
    const cache = path.join(root, 'cache');
    const first = writeProject(path.join(root, 'first'), {
      'taskcache.yml': `tasks:
  build:
    run: mkdir -p out && cat src/*.ts > out/all.ts
    inputs: [src/**]
    outputs: [out/**]
`,
      '.gitignore': 'out/\n*.log\n',
      'src/x.ts': 'x\n',
      'src/y.ts': 'y\n',
    });
    git(first, 'init', '-q');
    git(first, 'remote', 'add', 'origin', 'https://token:secret@github.com/acme/app.git');
    git(first, 'add', '-A');
    git(first, 'commit', '-q', '-m', 'init');
    const env = { TASKCACHE_DIR: cache, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
    expect((await runCli(['run', 'build'], { cwd: first, env })).code).toBe(0);

    const second = path.join(root, 'elsewhere', 'second');
    git(root, 'clone', '-q', first, second);
    git(second, 'remote', 'set-url', 'origin', 'git@github.com:acme/app.git');
    writeFileSync(path.join(second, 'src/x.ts'), 'x changed\n');
    for (const n of [1, 2, 3, 4, 5, 6]) writeFileSync(path.join(second, `src/d${n}.log`), 'log\n');
    writeFileSync(path.join(second, 'src/new.ts'), 'new\n');

    const text = await runCli(['explain', 'build'], { cwd: second, env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      '  ignored       6 left out (git ignores them): src/d1.log, src/d2.log, src/d3.log, src/d4.log, src/d5.log and 1 more',
    );
    expect(text.stdout).toContain('  untracked     1 input git does not track: src/new.ts');
    expect(text.stdout).toMatch(
      /Changed since the most recent entry \(entry [0-9a-f]{12}, [^,]+ ago, local\):\n {2}- 1 file changed: src\/x\.ts\n {2}- 1 file added: src\/new\.ts/,
    );

    const json = JSON.parse(
      (await runCli(['explain', 'build', '--json'], { cwd: second, env })).stdout,
    );
    expect(json.git.ignored.count).toBe(6);
    expect(json.git.untracked).toEqual({ count: 1, first: ['src/new.ts'] });
    expect(json.previous.store).toBe('local');
    // No entry, record or pointer names the clone's path or the remote's credential.
    const dirsStored = ['entries', 'latest', 'recent'].map((d) => path.join(cache, d));
    let found = '';
    try {
      found = execFileSync('grep', ['-rl', '-e', 'secret', '-e', root, ...dirsStored], {
        encoding: 'utf8',
      });
    } catch (error) {
      if ((error as { status?: number }).status !== 1) throw error; // 1: nothing found.
    }
    expect(found).toBe('');
  });
});
