// The project identity a task's earlier entries are found by: the same in every clone, never
// an absolute path, never a credential.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import { normalizeRemote, originUrl, projectScope } from '../src/engine/project.js';

const root = mkdtempSync(path.join(tmpdir(), 'taskcache-project-'));
beforeAll(() => initBlake3());
afterAll(() => rmSync(root, { recursive: true, force: true }));

const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' });

function repo(name: string, origin?: string): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'tools'), { recursive: true });
  writeFileSync(path.join(dir, 'taskcache.yml'), 'tasks: {}\n');
  writeFileSync(path.join(dir, 'tools', 'taskcache.yml'), 'tasks: {}\n');
  git(dir, 'init', '-q');
  if (origin) git(dir, 'remote', 'add', 'origin', origin);
  return dir;
}

describe('normalizeRemote', () => {
  it('names one repository the same however it is reached', () => {
    for (const url of [
      'https://github.com/Owner/Repo.git',
      'https://x-access-token:ghs_secret@GitHub.com/Owner/Repo.git/',
      'http://user@github.com:8080/Owner/Repo',
      'ssh://git@github.com:22/Owner/Repo.git',
      'git@github.com:Owner/Repo.git',
      'git+ssh://git@github.com/Owner/Repo.git',
      'https://github.com/Owner/Repo?x=1#frag',
    ]) {
      expect(normalizeRemote(url), url).toBe('github.com/Owner/Repo');
    }
  });

  it('never keeps a credential or a local path', () => {
    const normalized = normalizeRemote('https://me:hunter2@gitlab.example.com/g/p.git');
    expect(normalized).toBe('gitlab.example.com/g/p');
    for (const local of ['/srv/git/repo.git', '../repo', 'file:///srv/git/repo.git']) {
      const id = normalizeRemote(local)!;
      expect(id).toMatch(/^local:[0-9a-f]{32}$/);
      expect(id).not.toContain('srv');
    }
    expect(normalizeRemote('  ')).toBeUndefined();
  });
});

describe('originUrl', () => {
  it("reads the origin remote's url as git config --get does", () => {
    const config = [
      '[core]',
      '\turl = https://not-a-remote.example/x',
      '[remote "upstream"]',
      '\turl = https://github.com/other/app',
      '[Remote "origin"]  ; the section name is not case-sensitive',
      '\tfetch = +refs/heads/*:refs/remotes/origin/*',
      '\tURL = "git@github.com:acme/first.git" # a comment',
      '\turl = git@github.com:acme/app.git ; the last one wins',
      '[branch "main"]',
      '\turl = https://not-a-remote.example/y',
    ].join('\n');
    expect(originUrl(config)).toBe('git@github.com:acme/app.git');
    expect(originUrl('[remote "origin"]\n\tfetch = x\n')).toBeUndefined();
    expect(originUrl('')).toBeUndefined();
  });
});

describe('projectScope', () => {
  it('names a linked worktree as its repository, and follows git for the remote', async () => {
    const main = repo('worktree-main', 'https://github.com/acme/tree.git');
    git(
      main,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@t',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'x',
    );
    const linked = path.join(root, 'worktree-linked');
    git(main, 'worktree', 'add', '-q', linked);
    git(main, 'remote', 'set-url', 'origin', 'git@github.com:acme/moved.git');
    for (const dir of [main, linked]) {
      const remote = git(dir, 'config', '--get', 'remote.origin.url').trim();
      expect(normalizeRemote(remote)).toBe('github.com/acme/moved');
      expect(await projectScope(path.join(dir, 'taskcache.yml'))).toBe(
        'github.com/acme/moved#taskcache.yml',
      );
    }
  });

  it('is the remote and the config path relative to the repository root, in every clone', async () => {
    const url = 'https://token:secret@github.com/acme/app.git';
    const one = repo('one', url);
    const two = repo('two', 'git@github.com:acme/app.git');
    expect(await projectScope(path.join(one, 'taskcache.yml'))).toBe(
      'github.com/acme/app#taskcache.yml',
    );
    expect(await projectScope(path.join(two, 'taskcache.yml'))).toBe(
      'github.com/acme/app#taskcache.yml',
    );
    expect(await projectScope(path.join(two, 'tools', 'taskcache.yml'))).toBe(
      'github.com/acme/app#tools/taskcache.yml',
    );
  });

  it('is the config path relative to the repository root without a remote', async () => {
    const dir = repo('no-remote');
    expect(await projectScope(path.join(dir, 'tools', 'taskcache.yml'))).toBe(
      'git:tools/taskcache.yml',
    );
  });

  it('is a digest of the config path without a repository', async () => {
    const dir = path.join(root, 'plain');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'taskcache.yml'), 'tasks: {}\n');
    const scope = await projectScope(path.join(dir, 'taskcache.yml'));
    expect(scope).toMatch(/^path:[0-9a-f]{32}$/);
    expect(scope).not.toContain(root);
  });

  it('is the known repository and the config path below its root, without git', async () => {
    const dir = path.join(root, 'action-plain');
    mkdirSync(path.join(dir, 'tools'), { recursive: true });
    writeFileSync(path.join(dir, 'tools', 'taskcache.yml'), 'tasks: {}\n');
    const known = { remote: 'https://github.com/acme/app', root: dir };
    expect(await projectScope(path.join(dir, 'tools', 'taskcache.yml'), known)).toBe(
      'github.com/acme/app#tools/taskcache.yml',
    );
    // In a checkout, git's answer wins.
    const checkout = repo('action-checkout', 'git@github.com:acme/other.git');
    expect(await projectScope(path.join(checkout, 'taskcache.yml'), known)).toBe(
      'github.com/acme/other#taskcache.yml',
    );
  });
});
