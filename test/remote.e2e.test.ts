// Remote stores end to end: the bundled CLI and the action's dist/ entries sharing one real
// remote (nginx as a Bazel-style HTTP cache, behind a proxy that can be taken away).

import { randomBytes } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import { STORE_DEADLINES } from '../src/adapters/deadlines.js';
import type { Key } from '../src/core/digest.js';
import { createRemoteStore } from '../src/stores/remote.js';
import { httpStoreUrl } from './stores/remotes.js';
import { runCli, tempDir, writeProject } from './support/cli.js';
import { type FaultProxy, startFaultProxy } from './support/fault-proxy.js';
import { type FakeCacheService, startFakeCacheService } from './support/github-cache-fake.js';
import { createJob, runStep } from './support/runner.js';
import { loadServers } from './support/servers.js';

const servers = loadServers();

describe.skipIf(!servers?.http)('a shared remote', () => {
  let root: string;
  let proxy: FaultProxy;
  let remote: string;
  let service: FakeCacheService;

  beforeAll(async () => {
    await initBlake3();
    root = tempDir('remote-e2e');
    proxy = await startFaultProxy({ target: servers!.http!.url });
    remote = httpStoreUrl(servers!.http!, {
      origin: proxy.url,
      prefix: `/e2e-${randomBytes(4).toString('hex')}`,
    });
    service = await startFakeCacheService();
  });
  afterAll(async () => {
    await proxy.close();
    await service.close();
    rmSync(root, { recursive: true, force: true });
  });

  function copy(name: string): string {
    return writeProject(path.join(root, name, 'work', 'repo'), {
      'taskcache.yml': `remote: ${remote}\ntasks:\n  build:\n    run: mkdir -p out && cat src/*.txt > out/all.txt && echo built\n    inputs: [src/**]\n    outputs: [out/**]\n`,
      'src/a.txt': 'alpha\n',
      'src/b.txt': 'beta\n',
    });
  }

  const run = (cwd: string, store: string) =>
    runCli(['run', '--json'], { cwd, env: { TASKCACHE_DIR: path.join(root, store) } });

  it('the second copy hits from the remote; with the remote gone, its back-filled local store hits', async () => {
    const first = await run(copy('one'), 'store-one');
    expect(first.code, first.stderr).toBe(0);
    const miss = JSON.parse(first.stdout).tasks[0];
    expect(miss.status).toBe('miss');
    expect(miss.savedTo).toHaveLength(2);
    // The store's name is the URL without its credentials.
    expect(miss.savedTo[1]).not.toContain(servers!.http!.pass);
    expect(first.stderr).not.toContain(servers!.http!.pass);

    const second = copy('two');
    const hit = await run(second, 'store-two');
    const hitTask = JSON.parse(hit.stdout).tasks[0];
    expect(hitTask).toMatchObject({ status: 'hit', key: miss.key });
    expect(hitTask.source).toBe(miss.savedTo[1]);
    expect(readFileSync(path.join(second, 'out/all.txt'), 'utf8')).toBe('alpha\nbeta\n');
    expect(hit.stdout).not.toContain('built\n');

    await proxy.close();
    rmSync(path.join(second, 'out'), { recursive: true });
    const third = await run(second, 'store-two');
    expect(JSON.parse(third.stdout).tasks[0]).toMatchObject({ status: 'hit', source: 'local' });
    expect(readFileSync(path.join(second, 'out/all.txt'), 'utf8')).toBe('alpha\nbeta\n');

    // A store that cannot be reached is one warning, and the task still runs.
    writeFileSync(path.join(second, 'src/c.txt'), 'gamma\n');
    const down = await run(second, 'store-two');
    expect(down.code).toBe(0);
    expect(JSON.parse(down.stdout).tasks[0].status).toBe('miss');
    const warnings = JSON.parse(down.stdout).warnings as string[];
    expect(warnings.filter((w) => w.includes('127.0.0.1'))).toHaveLength(1);
    proxy = await startFaultProxy({ target: servers!.http!.url });
  });

  // A remote that accepts and never answers cost 46 s a run; one that trickled a byte every
  // 2 s never ended. With the default deadlines the first time-out switches the store off for
  // the run: one warning, every task still runs, and the run costs one time-out.
  for (const mode of ['delay', 'trickle'] as const) {
    it(`a remote that ${mode === 'delay' ? 'never answers' : 'trickles'} costs one time-out per run, and the tasks still run`, async () => {
      const faulty = await startFaultProxy({ target: servers!.http!.url, mode });
      try {
        const url = httpStoreUrl(servers!.http!, {
          origin: faulty.url,
          prefix: `/${mode}-${randomBytes(4).toString('hex')}`,
        });
        const task = (name: string) =>
          `  ${name}:\n    run: mkdir -p ${name} && echo ${name} > ${name}/x.txt\n    inputs: [src/**]\n    outputs: [${name}/**]\n`;
        const cwd = writeProject(path.join(root, `faulty-${mode}`, 'work', 'repo'), {
          'taskcache.yml': `remote: ${url}\ntasks:\n${task('one')}${task('two')}`,
          'src/a.txt': 'alpha\n',
        });
        const started = Date.now();
        const result = await runCli(['run', '--json'], {
          cwd,
          env: { TASKCACHE_DIR: path.join(root, `faulty-${mode}-store`) },
        });
        const elapsed = Date.now() - started;
        expect(result.code, result.stderr).toBe(0);
        const report = JSON.parse(result.stdout);
        expect(report.tasks.map((t: { status: string }) => t.status)).toEqual(['miss', 'miss']);
        expect(readFileSync(path.join(cwd, 'two/x.txt'), 'utf8')).toBe('two\n');
        const warnings = (report.warnings as string[]).filter((w) => w.includes('127.0.0.1'));
        expect(warnings).toHaveLength(1);
        expect(elapsed).toBeLessThan(STORE_DEADLINES.operationMs + 15_000);
      } finally {
        await faulty.close();
      }
    }, 150_000);
  }

  it('the action hits from the remote in a second job, and fork pull requests do not write to it', async () => {
    const url = httpStoreUrl(servers!.http!, {
      prefix: `/action-${randomBytes(4).toString('hex')}`,
    });
    const inputs = {
      run: 'mkdir -p out && echo built > out/x.txt',
      inputs: 'src/**',
      outputs: 'out/**',
      remote: url,
    };
    const job = (name: string, env: Record<string, string> = {}) => {
      const dir = path.join(root, `job-${name}`);
      const workspace = path.join(dir, 'work', 'repo');
      cpSync(copy(`src-${name}`), workspace, { recursive: true });
      return createJob('build', workspace, path.join(dir, 'temp'), {
        ...service.env(),
        TASKCACHE_DIR: path.join(dir, 'store'),
        GITHUB_REPOSITORY: 'octo/app',
        ...env,
      });
    };
    const first = await runStep(job('a'), 'run', inputs);
    expect(first.outputs['cache-hit']).toBe('false');
    // A cache service without the entry: the hit can only come from the remote.
    service.faults = {};
    const fresh = await startFakeCacheService();
    const jobB = job('b');
    const second = await runStep({ ...jobB, env: { ...jobB.env, ...fresh.env() } }, 'run', inputs);
    await fresh.close();
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.outputs.source).toContain('127.0.0.1');

    const event = path.join(root, 'fork-event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: { head: { repo: { full_name: 'mallory/app', fork: true } } },
      }),
    );
    const forkInputs = { ...inputs, 'key-salt': 'fork' };
    const fork = await runStep(
      job('fork', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }),
      'run',
      forkInputs,
    );
    expect(fork.code).toBe(0);
    expect(fork.stdout).toContain('remote caches are read-only');
    const store = await createRemoteStore(url, { mode: 'read', env: {} });
    expect(await store.has(fork.outputs.key as Key)).toBe(false);
    expect(await store.has(first.outputs.key as Key)).toBe(true);
  });
});
