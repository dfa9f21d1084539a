// Managing the cache through the bundled CLI (issue 16, items 1, 6 and 8): ls, show, clear and
// doctor against the local store, the real servers (nginx, radosgw, Redis,
// turborepo-remote-cache), the fake of GitHub's REST cache endpoints, and a plug-in store.

import { randomBytes } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  bucketName,
  createBucket,
  dropObjects,
  httpStoreUrl,
  s3Env,
  s3StoreUrl,
  turboStoreUrl,
} from './stores/remotes.js';
import { runCli, tempDir, writeProject } from './support/cli.js';
import { type GithubRestFake, startGithubRestFake } from './support/github-rest-fake.js';
import { loadServers } from './support/servers.js';

const servers = loadServers();
const here = path.dirname(fileURLToPath(import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A project with two tasks, its own local store, and the given config lines. */
function project(extra = ''): { cwd: string; env: Record<string, string> } {
  const cwd = tempDir('manage');
  dirs.push(cwd);
  writeProject(cwd, {
    'taskcache.yml': `tasks:\n  build:\n    run: node -e "require('fs').writeFileSync('out.txt','built')"\n    inputs: [in.txt]\n    outputs: [out.txt]\n    env: [SECRET_VALUE]\n  lint:\n    run: echo lint\n    inputs: [in.txt]\n${extra}`,
    'in.txt': randomBytes(8).toString('hex'),
  });
  return {
    cwd,
    env: { TASKCACHE_DIR: path.join(cwd, '.cache'), SECRET_VALUE: 'hunter2-do-not-show' },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: the tests read fields of the CLI's JSON output
const json = (stdout: string) => JSON.parse(stdout) as Record<string, any>;

describe('local store', () => {
  test('ls, show and clear', async () => {
    const p = project();
    expect((await runCli(['run'], p)).code).toBe(0);
    const ls = json((await runCli(['ls', '--json'], p)).stdout);
    expect(ls.entries.map((e: { task: string }) => e.task).sort()).toEqual(['build', 'lint']);
    const build = ls.entries.find((e: { task: string }) => e.task === 'build');
    expect(build).toMatchObject({ store: 'local', key: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(build.size).toBeGreaterThan(0);
    expect((await runCli(['ls', 'lint'], p)).stdout).toMatch(/lint\s+\S+ B?/);
    expect((await runCli(['ls', 'lint'], p)).stdout).not.toMatch(/build/);

    for (const what of ['build', build.key.slice(0, 10)]) {
      const show = await runCli(['show', what], p);
      expect(show.code).toBe(0);
      expect(show.stdout).toContain(`key ${build.key}`);
      expect(show.stdout).toMatch(/env\s+SECRET_VALUE/);
      expect(show.stdout).toMatch(/out\.txt\s+5 B/);
      expect(show.stdout).toMatch(/signature\s+unsigned/);
      expect(show.stdout + show.stderr).not.toContain('hunter2');
    }
    expect((await runCli(['show', 'nosuchtask'], p)).code).toBe(1);

    // Not a terminal and no --yes: refused, nothing deleted.
    const refused = await runCli(['clear', 'build'], p);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--yes/);
    const dry = await runCli(['clear', 'build', '--dry-run'], p);
    expect(dry.stdout).toMatch(/would delete 1 entry/);
    expect(json((await runCli(['ls', '--json'], p)).stdout).entries).toHaveLength(2);
    const cleared = await runCli(['clear', 'build', '--yes'], p);
    expect(cleared.stdout).toMatch(/deleted 1 entry/);
    const after = json((await runCli(['ls', '--json'], p)).stdout).entries;
    expect(after.map((e: { task: string }) => e.task)).toEqual(['lint']);
    expect((await runCli(['run', 'build', '--json'], p)).stdout).toMatch(/"miss"/);
    expect((await runCli(['clear', '--all', '--yes'], p)).stdout).toMatch(/deleted 2 entries/);
  });

  test('doctor: a round trip through the local store', async () => {
    const p = project();
    const doctor = await runCli(['doctor'], p);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/config {2}ok: .*taskcache\.yml: valid, 2 task\(s\)/);
    expect(doctor.stdout).toMatch(
      /local {2}ok\n {2}mode {10}read-write\n {2}round trip {4}write \d+ ms, read \d+ ms, delete \d+ ms/,
    );
    expect(json((await runCli(['ls', '--json'], p)).stdout).entries).toEqual([]);
  });

  test('doctor: a config error is reported with its file and field', async () => {
    const p = project('remotes: 7\n');
    const doctor = await runCli(['doctor'], p);
    expect(doctor.code).toBe(2);
    expect(doctor.stdout).toMatch(
      /config {2}FAILED[\s\S]*taskcache\.yml: remotes: expected a list/,
    );
  });
});

describe.skipIf(!servers?.http || !servers?.s3 || !servers?.redis || !servers?.turbo)(
  'remote stores',
  () => {
    const bucket = bucketName('manage');
    beforeAll(async () => createBucket(servers!.s3!, bucket));
    afterAll(async () => dropObjects(servers!.s3!, bucket));

    const remotes = () => {
      const tag = randomBytes(4).toString('hex');
      return {
        http: httpStoreUrl(servers!.http!, { prefix: `/manage-${tag}` }),
        s3: s3StoreUrl(servers!.s3!, bucket, { prefix: `manage-${tag}` }),
        redis: `${servers!.redis!.url}?prefix=manage-${tag}:`,
        turbo: turboStoreUrl(servers!.turbo!),
      };
    };

    test('ls lists and clear deletes in every store that can; Turborepo says it cannot', async () => {
      const urls = remotes();
      const p = project(
        `remotes:\n${Object.values(urls)
          .map((u) => `  - "${u}"`)
          .join('\n')}\n`,
      );
      const env = { ...p.env, ...s3Env(servers!.s3!), TURBO_TOKEN: servers!.turbo!.token };
      expect((await runCli(['run'], { ...p, env })).code).toBe(0);
      const ls = await runCli(['ls', '--json'], { ...p, env });
      const { entries, notes } = json(ls.stdout);
      const stores = (task: string) =>
        entries
          .filter((e: { task: string }) => e.task === task)
          .map((e: { store: string }) => e.store.split(':')[0])
          .sort();
      expect(stores('build')).toEqual(['http', 'local', 'redis', 's3']);
      expect(notes).toEqual([
        expect.stringMatching(
          /^turbo\+http:\/\/\S+: cannot list: the Turborepo Remote Cache API cannot list/,
        ),
      ]);
      expect(ls.stdout + ls.stderr).not.toContain(servers!.http!.pass);

      const cleared = await runCli(['clear', 'build', '--yes'], { ...p, env });
      expect(cleared.code).toBe(0);
      expect(cleared.stdout).toMatch(/deleted 4 entries/);
      // Turborepo: one line for listing, one for deleting, and no error.
      expect(cleared.stderr.split('\n').filter((l) => l.startsWith('taskcache:'))).toEqual([
        expect.stringMatching(
          /^taskcache: turbo\+http:\/\/\S+: cannot list: the Turborepo Remote Cache API/,
        ),
        expect.stringMatching(
          /^taskcache: turbo\+http:\/\/\S+: cannot delete: the Turborepo Remote Cache API/,
        ),
      ]);
      const left = json((await runCli(['ls', '--json'], { ...p, env })).stdout).entries;
      expect(left.filter((e: { task: string }) => e.task === 'build')).toEqual([]);
      expect(left.filter((e: { task: string }) => e.task === 'lint')).toHaveLength(4);
      expect((await runCli(['clear', '--all', '--yes'], { ...p, env })).stdout).toMatch(
        /deleted 4 entries/,
      );
    });

    test('doctor: a round trip through each remote, credentials named, never shown', async () => {
      const urls = remotes();
      const p = project(
        `remotes:\n${Object.values(urls)
          .map((u) => `  - "${u}"`)
          .join('\n')}\n`,
      );
      const env = { ...p.env, ...s3Env(servers!.s3!), TURBO_TOKEN: servers!.turbo!.token };
      const doctor = await runCli(['doctor'], { ...p, env });
      expect(doctor.stdout).not.toMatch(/FAILED/);
      expect(doctor.code).toBe(0);
      expect(doctor.stdout).toMatch(/credentials {3}basic auth from the URL: present/);
      expect(doctor.stdout).toMatch(
        /credentials {3}AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: present/,
      );
      expect(doctor.stdout).toMatch(/credentials {3}password from the URL: present/);
      expect(doctor.stdout).toMatch(/credentials {3}TURBO_TOKEN: present/);
      expect(doctor.stdout).toMatch(/can {11}list no, delete no, replace no/);
      for (const secret of [
        servers!.http!.pass,
        servers!.s3!.secretAccessKey,
        servers!.redis!.password,
        servers!.turbo!.token,
      ]) {
        expect(doctor.stdout + doctor.stderr).not.toContain(secret);
      }
    });

    test('doctor: a read-only Redis user and a wrong S3 secret are each named, exit 1', async () => {
      const admin = new Redis(servers!.redis!.url);
      const user = `taskcache-ro-${randomBytes(4).toString('hex')}`;
      const pass = randomBytes(12).toString('hex');
      await admin.call(
        'ACL',
        'SETUSER',
        user,
        'on',
        `>${pass}`,
        '~*',
        '+@read',
        '+@connection',
        '-@write',
      );
      try {
        const redisUrl = new URL(servers!.redis!.url);
        redisUrl.username = user;
        redisUrl.password = pass;
        const urls = remotes();
        const p = project(
          `remotes:\n  - "${redisUrl.toString()}"\n  - "${urls.s3}"\n  - "${urls.http}"\n`,
        );
        const env = { ...p.env, ...s3Env(servers!.s3!, 'not-the-secret-key') };
        const doctor = await runCli(['doctor'], { ...p, env });
        expect(doctor.code).toBe(1);
        expect(doctor.stdout).toMatch(
          /redis:\/\/127\.0\.0\.1:\d+\S* {2}FAILED[\s\S]*?problem {7}cannot write: .*NOPERM this user has no permissions to run the 'set' command/,
        );
        expect(doctor.stdout).toMatch(
          /s3:\/\/\S+ {2}FAILED[\s\S]*?problem {7}cannot write: .*authentication failed \(HTTP 403\); cannot read either: .*authentication failed \(HTTP 403, SignatureDoesNotMatch\)/,
        );
        expect(doctor.stdout).toMatch(/http:\/\/127\.0\.0\.1:\d+\/manage-\w+ {2}ok/);
        expect(doctor.stdout + doctor.stderr).not.toContain(pass);
        expect(doctor.stdout + doctor.stderr).not.toContain('not-the-secret-key');
      } finally {
        await admin.call('ACL', 'DELUSER', user);
        await admin.quit();
      }
    });
  },
);

describe('the GitHub Actions cache through the REST API', () => {
  let fake: GithubRestFake;
  beforeAll(async () => {
    fake = await startGithubRestFake({ repo: 'octo/widgets', token: 'ghs_faketoken' });
  });
  afterAll(async () => fake.close());

  test("ls pages through the caches; clear deletes the task's caches by id", async () => {
    const p = project();
    expect((await runCli(['run'], p)).code).toBe(0);
    const local = json((await runCli(['ls', '--json'], p)).stdout).entries;
    const build = local.find((e: { task: string }) => e.task === 'build').key;
    fake.add({ key: `taskcache-v1-${build}`, size_in_bytes: 2048 });
    fake.add({ key: `taskcache-v1-${build}`, ref: 'refs/pull/7/merge', size_in_bytes: 2048 });
    fake.add({
      key: 'taskcache-v1-latest-0123456789abcdef0123456789abcdef-000001',
      size_in_bytes: 300,
    });
    fake.add({ key: 'node-modules-linux-abc', size_in_bytes: 99 });
    // Past one page of 100.
    for (let i = 0; i < 120; i += 1)
      fake.add({ key: `taskcache-v1-${randomBytes(32).toString('hex')}` });
    const env = { ...p.env, GITHUB_API_URL: fake.url, GITHUB_TOKEN: 'ghs_faketoken' };

    const ls = await runCli(['ls', '--github', '--repo', 'octo/widgets', '--json'], { ...p, env });
    expect(ls.code).toBe(0);
    const rows = json(ls.stdout).entries.filter(
      (e: { store: string }) => e.store === 'github:octo/widgets',
    );
    expect(rows).toHaveLength(121);
    expect(rows.find((e: { key: string }) => e.key === build)).toMatchObject({
      task: 'build',
      size: 4096,
    });
    expect(fake.requests.some((r) => /page=2/.test(r))).toBe(true);

    const cleared = await runCli(
      ['clear', 'build', '--github', '--repo', 'octo/widgets', '--yes'],
      { ...p, env },
    );
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toMatch(/deleted \w+ {2}build {2}from github:octo\/widgets/);
    expect(fake.caches.filter((c) => c.key.includes(build))).toEqual([]);
    expect(fake.caches.some((c) => c.key === 'node-modules-linux-abc')).toBe(true);
    expect(fake.caches).toHaveLength(122);
  });

  test('a wrong token is one line naming the store, and ls still lists the local store', async () => {
    const p = project();
    expect((await runCli(['run', 'lint'], p)).code).toBe(0);
    const env = { ...p.env, GITHUB_API_URL: fake.url, GH_TOKEN: 'wrong-token' };
    const ls = await runCli(['ls', '--github', '--repo', 'octo/widgets'], { ...p, env });
    expect(ls.code).toBe(0);
    expect(ls.stdout).toMatch(/lint .* local/);
    expect(ls.stderr).toMatch(/github:octo\/widgets: authentication failed \(HTTP 401\)/);
    expect(ls.stderr).not.toContain('wrong-token');
  });
});

describe('plug-in stores from the config', () => {
  test('run saves to a plug-in store, ls lists it, clear deletes from it, doctor checks it', async () => {
    const p = project('stores:\n  - module: ./my-store.mjs\n    options: { dir: plugin-data }\n');
    copyFileSync(path.join(here, 'support', 'plugin-store.mjs'), path.join(p.cwd, 'my-store.mjs'));
    expect((await runCli(['run'], p)).code).toBe(0);
    const entries = json((await runCli(['ls', '--json'], p)).stdout).entries;
    expect(entries.filter((e: { store: string }) => e.store === 'plugin:plugin-data')).toHaveLength(
      2,
    );
    // A hit from the plug-in alone, once the local store is gone.
    rmSync(p.env.TASKCACHE_DIR!, { recursive: true, force: true });
    expect((await runCli(['run', 'build', '--json'], p)).stdout).toMatch(/"hit"/);
    const doctor = await runCli(['doctor'], p);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/plugin:plugin-data {2}ok/);
    expect((await runCli(['clear', 'build', '--yes'], p)).stdout).toMatch(/deleted 2 entries/);
  });
});
