// The action end to end: the committed dist/ entries run as the runner runs them, across two
// jobs with separate workspaces and runner temp dirs, against the fake cache service.

import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, writeProject } from './support/cli.js';
import { type FakeCacheService, startFakeCacheService } from './support/github-cache-fake.js';
import { createJob, type Job, runStep, runWithPost } from './support/runner.js';

let service: FakeCacheService;
let root: string;
let project: string;
let counter = 0;

beforeAll(async () => {
  service = await startFakeCacheService();
  root = tempDir('action');
  project = writeProject(path.join(root, 'project'), {
    'src/a.txt': 'alpha\n',
    'src/b.txt': 'beta\n',
    'taskcache.yml':
      'tasks:\n  build:\n    run: mkdir -p out && cat src/*.txt > out/all.txt\n    inputs: [src/**]\n    outputs: [out/**]\n',
  });
});
afterAll(async () => {
  await service.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  service.faults = {};
});

/** A job: its own copy of the project, runner temp dir and local store. */
function job(name: string, env: Record<string, string> = {}, from = project): Job {
  const id = counter++;
  const workspace = path.join(root, `job-${id}`, 'work', 'repo');
  cpSync(from, workspace, { recursive: true });
  return createJob(name, workspace, path.join(root, `job-${id}`, 'temp'), {
    ...service.env(),
    TASKCACHE_DIR: path.join(root, `job-${id}`, 'local-store'),
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_RUN_ID: String(1000 + id),
    GITHUB_SERVER_URL: 'https://github.com',
    ...env,
  });
}

const BUILD = {
  run: [
    'mkdir -p out/bin',
    'cat src/*.txt > out/all.txt',
    "printf '#!/bin/sh\\necho tool\\n' > out/bin/tool && chmod +x out/bin/tool",
    'echo "greeting=hello from the build" >> "$GITHUB_OUTPUT"',
    'echo "BUILT_WITH=taskcache" >> "$GITHUB_ENV"',
    'echo "$PWD/out/bin" >> "$GITHUB_PATH"',
    'echo "### build notes" >> "$GITHUB_STEP_SUMMARY"',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion
    'echo "token seen by the command: [${ACTIONS_RUNTIME_TOKEN:-none}]"',
    'echo "building..."',
  ].join('\n'),
  inputs: 'src/**',
  outputs: 'out/**',
};

describe('run mode', () => {
  it('job 1 misses and saves; job 2 hits with identical outputs and re-applied runner files', async () => {
    const inputs = { ...BUILD, 'key-salt': 'two-jobs' };
    const job1 = job('build');
    const first = await runWithPost(job1, 'run', inputs);
    expect(first.main.code, first.main.stdout).toBe(0);
    expect(first.main.outputs).toMatchObject({
      'cache-hit': 'false',
      source: '',
      greeting: 'hello from the build',
    });
    expect(first.main.outputs.key).toMatch(/^[0-9a-f]{64}$/);
    expect(first.main.stdout).toContain('token seen by the command: [none]');
    expect(first.main.stdout).not.toContain(service.token);
    expect(first.main.warnings).toEqual([]);
    expect(job1.exported.BUILT_WITH).toBe('taskcache');
    expect(first.main.summary).toContain('### build notes');
    const post1 = await first.post();
    expect(post1.code).toBe(0);
    expect(post1.summary).toContain('| build | ⚪ miss | — |');
    expect(post1.summary).toContain('first run');
    expect(service.entries().some((e) => e.key === `taskcache-v1-${first.main.outputs.key}`)).toBe(
      true,
    );

    const job2 = job('build');
    const second = await runWithPost(job2, 'run', inputs);
    expect(second.main.code, second.main.stdout).toBe(0);
    expect(second.main.outputs).toMatchObject({
      'cache-hit': 'true',
      source: 'github',
      key: first.main.outputs.key,
      greeting: 'hello from the build',
    });
    expect(second.main.outputs['time-saved-ms']).toMatch(/^-?\d+$/);
    expect(second.main.stdout).toMatch(
      /::group::taskcache: build: hit from github — cached from https:\/\/github.com\/octo\/app\/actions\/runs\/\d+ on /,
    );
    expect(second.main.stdout).toContain('building...');
    expect(second.main.notices.join('\n')).toContain('restored from github');
    expect(readFileSync(path.join(job2.workspace, 'out/all.txt'))).toEqual(
      readFileSync(path.join(job1.workspace, 'out/all.txt')),
    );
    expect(statSync(path.join(job2.workspace, 'out/bin/tool')).mode & 0o111).not.toBe(0);
    expect(job2.exported.BUILT_WITH).toBe('taskcache');
    // job 1's workspace is not job 2's: its PATH entry is not re-applied (action-trust tests).
    expect(job2.path).toEqual([]);
    expect(second.main.summary).toContain('### build notes');
    const post2 = await second.post();
    expect(post2.summary).toContain('| build | ✅ hit | github |');
    expect(post2.summary).toContain('**Hit rate:** 1 of 1 (100 %)');
  });

  it('writes one summary table for all the taskcache steps of a job, from the first step', async () => {
    const j = job('many');
    const a = await runWithPost(j, 'run', { ...BUILD, name: 'first', 'key-salt': 'table' });
    const b = await runWithPost(j, 'run', { ...BUILD, name: 'second', 'key-salt': 'table' });
    const c = await runWithPost(j, 'run', { ...BUILD, name: 'first', 'key-salt': 'table' });
    // Post steps run in reverse order; only the first step's post writes the table.
    const summaries = [await c.post(), await b.post(), await a.post()].map((r) => r.summary);
    expect(summaries[0]).toBe('');
    expect(summaries[1]).toBe('');
    expect(summaries[2]).toContain('| first | ⚪ miss |');
    expect(summaries[2]).toContain('| second | ⚪ miss |');
    expect(summaries[2]).toContain('| first | ✅ hit | local |');
    expect(summaries[2]).toContain('**Hit rate:** 1 of 3 (33 %)');
    const report = JSON.parse(readFileSync(a.main.outputs['report-path']!, 'utf8'));
    expect(report.rows).toHaveLength(3);
  });

  it('uses a task of the config file and explains a miss from the last manifest', async () => {
    const job1 = job('cfg');
    expect((await runStep(job1, 'run', { task: 'build' })).outputs['cache-hit']).toBe('false');
    const job2 = job('cfg');
    writeFileSync(path.join(job2.workspace, 'src/b.txt'), 'BETA\n');
    const second = await runWithPost(job2, 'run', { task: 'build' });
    expect(second.main.outputs['cache-hit']).toBe('false');
    expect((await second.post()).summary).toContain('1 file changed: src/b.txt');
  });

  it("fails the step with the command's exit code and saves nothing", async () => {
    const j = job('fail');
    const before = service.entries().length;
    const result = await runStep(j, 'run', { run: 'echo broken; exit 4', 'key-salt': 'fail' });
    expect(result.code).toBe(4);
    expect(result.errors.join('\n')).toContain('exit code 4');
    expect(service.entries().length).toBe(before);
  });

  it('lookup-only reports the hit without restoring or running', async () => {
    const inputs = { ...BUILD, 'key-salt': 'lookup' };
    await runStep(job('lookup'), 'run', inputs);
    const j = job('lookup');
    const result = await runStep(j, 'run', { ...inputs, 'lookup-only': 'true' });
    expect(result.outputs['cache-hit']).toBe('true');
    expect(() => statSync(path.join(j.workspace, 'out'))).toThrow();
  });

  it('rejects invalid inputs, naming each', async () => {
    const result = await runStep(job('bad'), 'run', {
      run: 'true',
      cache: 'sometimes',
      'lookup-only': 'yes',
      shell: 'zsh',
      outputs: '../outside/**',
    });
    expect(result.code).toBe(1);
    const message = result.errors.join('\n');
    expect(message).toContain(
      'input cache: expected one of read-write, read, write, off, got "sometimes"',
    );
    expect(message).toContain('input lookup-only: expected true or false, got "yes"');
    expect(message).toContain('input shell: expected one of bash, sh, pwsh, powershell, cmd');
    expect(message).toContain('input outputs[0]: expected a pattern inside the workspace');
  });

  it('keeps secrets the command writes to GITHUB_ENV out of the entry', async () => {
    const inputs = {
      run: 'echo "LEAKED=$DEPLOY_TOKEN" >> "$GITHUB_ENV"',
      'key-salt': 'secret-env',
    };
    const env = { DEPLOY_TOKEN: 'tok-12345678' };
    const producer = job('secret');
    const first = await runStep(producer, 'run', inputs, { env });
    expect(first.code).toBe(0);
    expect(producer.exported.LEAKED).toBe('tok-12345678');
    expect(first.warnings.join('\n')).toContain('wrote secret values to GITHUB_ENV');
    // This run's own later steps get the real value; the entry does not keep it.
    const second = job('secret');
    const hit = await runStep(second, 'run', inputs, { env });
    expect(hit.outputs['cache-hit']).toBe('true');
    expect(second.exported.LEAKED).toBe('***');
  });
});

describe('guard mode', () => {
  it('restore misses, the guarded steps build, save stores; the next job restores and skips', async () => {
    const inputs = { inputs: 'src/**', outputs: 'out/**', name: 'guarded', 'key-salt': 'guard' };
    const job1 = job('guard');
    const restore1 = await runWithPost(job1, 'restore', inputs);
    expect(restore1.main.code, restore1.main.stdout).toBe(0);
    expect(restore1.main.outputs['cache-hit']).toBe('false');
    // The guarded step (another action, here done by hand).
    writeProject(job1.workspace, { 'out/result.txt': 'built by another action\n' });
    const save1 = await runStep(job1, 'save', inputs);
    expect(save1.code, save1.stdout).toBe(0);
    expect(save1.stdout).toContain('saved to');
    expect((await restore1.post()).summary).toContain('| guarded | ⚪ miss |');

    const job2 = job('guard');
    const restore2 = await runWithPost(job2, 'restore', inputs);
    expect(restore2.main.outputs).toMatchObject({
      'cache-hit': 'true',
      key: restore1.main.outputs.key,
    });
    expect(readFileSync(path.join(job2.workspace, 'out/result.txt'), 'utf8')).toBe(
      'built by another action\n',
    );
    const save2 = await runStep(job2, 'save', inputs);
    expect(save2.stdout).toContain('nothing to save');
    expect((await restore2.post()).summary).toContain('**Hit rate:** 1 of 1 (100 %)');
  });

  it('save without a restore step or key fails with a clear message', async () => {
    const result = await runStep(job('nosave'), 'save', { outputs: 'out/**', name: 'orphan' });
    expect(result.code).toBe(1);
    expect(result.errors.join('\n')).toContain('no restore step ran for this task');
  });
});

describe('cache service faults', () => {
  const faulty = (salt: string) => ({ ...BUILD, 'key-salt': salt });

  it.each([
    ['createConflict', { createConflict: 2 }],
    ['rateLimit', { rateLimit: 3 }],
    ['createNotOk', { createNotOk: 1 }],
    ['uploadError', { uploadError: 1 }],
  ] as const)(
    '%s on save: the step succeeds; a real failure is one warning',
    async (name, faults) => {
      service.faults = { ...faults };
      const result = await runStep(job(`fault-${name}`), 'run', faulty(`save-${name}`));
      expect(result.code, result.stdout).toBe(0);
      expect(result.outputs['cache-hit']).toBe('false');
      // A conflict is another job saving the same entry: not a failure. A refused reservation
      // (ok:false) of a key that has no entry is one; one upload error is retried.
      const quiet = ['createConflict', 'uploadError'].includes(name);
      expect(result.warnings.length, result.warnings.join('\n')).toBe(quiet ? 0 : 1);
    },
  );

  it('a cut download is retried; cut each time, a miss with one warning and the step succeeds', async () => {
    const inputs = faulty('truncate');
    await runStep(job('truncate'), 'run', inputs);
    service.faults = { truncateDownload: 1 };
    const retried = await runStep(job('truncate'), 'run', inputs);
    expect(retried.outputs['cache-hit']).toBe('true');
    expect(retried.warnings).toEqual([]);
    service.faults = { truncateDownload: 10 };
    const j = job('truncate');
    const result = await runStep(j, 'run', inputs);
    expect(result.code).toBe(0);
    expect(result.outputs['cache-hit']).toBe('false');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('github');
    expect(readFileSync(path.join(j.workspace, 'out/all.txt'), 'utf8')).toBe('alpha\nbeta\n');
  });

  it('with fail-on-cache-error the step fails on a cache error', async () => {
    service.faults = { rateLimit: 3 };
    const result = await runStep(job('strict'), 'run', {
      ...faulty('strict'),
      'fail-on-cache-error': 'true',
    });
    expect(result.code).toBe(1);
    expect(result.errors.join('\n')).toContain('fail-on-cache-error');
  });

  it('5xx until the client gives up: the step still succeeds with a warning', async () => {
    service.faults = { serverError: 100 };
    const result = await runStep(job('5xx'), 'run', faulty('5xx'));
    service.faults = {};
    expect(result.code).toBe(0);
    expect(result.warnings.length).toBeGreaterThanOrEqual(1);
    expect(result.warnings.join('\n')).toContain('github');
  }, 120_000);
});

describe('the GitHub store', () => {
  it('saves and hits with the config in a subdirectory and a working-directory (#19.7)', async () => {
    const sub = writeProject(path.join(root, 'project-sub'), {
      'sub/pkg/src/a.txt': 'alpha\n',
      'sub/taskcache.yml': [
        'tasks:',
        '  build:',
        '    working-directory: pkg',
        '    run: mkdir -p out && cat src/*.txt > out/all.txt',
        '    inputs: [src/**]',
        '    outputs: [out/**]',
        '',
      ].join('\n'),
    });
    const inputs = { task: 'build', config: 'sub/taskcache.yml' };
    const job1 = job('sub', {}, sub);
    const first = await runStep(job1, 'run', inputs);
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['cache-hit']).toBe('false');
    expect(first.warnings).toEqual([]);
    expect(first.stdout).toMatch(/saved to .*github/);
    expect(service.entries().some((e) => e.key === `taskcache-v1-${first.outputs.key}`)).toBe(true);

    const job2 = job('sub', {}, sub);
    const second = await runStep(job2, 'run', inputs);
    expect(second.code, second.stdout).toBe(0);
    expect(second.warnings).toEqual([]);
    expect(second.outputs).toMatchObject({
      'cache-hit': 'true',
      source: 'github',
      key: first.outputs.key,
    });
    expect(readFileSync(path.join(job2.workspace, 'sub/pkg/out/all.txt'), 'utf8')).toBe('alpha\n');
  });

  it("blames a failing HTTP remote's save on that remote only; the GitHub save lands (#19.8)", async () => {
    // A write-only remote whose every PUT fails, a little later than at once.
    const failing = createServer((req, res) => {
      req.resume();
      const status = req.method === 'PUT' ? 500 : 404;
      setTimeout(() => res.writeHead(status, { 'content-length': '0' }).end(), 100);
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const remote = `http://127.0.0.1:${(failing.address() as AddressInfo).port}/cache`;
    try {
      const withRemote = writeProject(path.join(root, 'project-remote'), {
        'src/a.txt': 'alpha\n',
        'taskcache.yml': [
          'remotes:',
          `  - url: ${remote}`,
          '    mode: write',
          'tasks:',
          '  build:',
          '    run: mkdir -p out && cat src/*.txt > out/all.txt',
          '    inputs: [src/**]',
          '    outputs: [out/**]',
          '',
        ].join('\n'),
      });
      // A slow cache service: the GitHub save is still under way when the remote fails.
      service.faults = { twirpDelayMs: 400 };
      const first = await runStep(job('blame', {}, withRemote), 'run', { task: 'build' });
      service.faults = {};
      expect(first.code, first.stdout).toBe(0);
      expect(first.warnings, first.stdout).toHaveLength(1);
      expect(first.warnings[0]).toContain(`cache store ${remote} failed`);
      expect(first.warnings[0]).not.toMatch(/github/);
      expect(first.stdout).not.toMatch(/cache store github failed/);

      const second = await runStep(job('blame', {}, withRemote), 'run', { task: 'build' });
      expect(second.outputs).toMatchObject({ 'cache-hit': 'true', source: 'github' });
    } finally {
      failing.closeAllConnections();
      await new Promise((resolve) => failing.close(resolve));
    }
  });
});

describe('fork pull requests', () => {
  it('reads from the cache', async () => {
    const inputs = { ...BUILD, 'key-salt': 'fork' };
    await runStep(job('pr'), 'run', inputs);
    const event = path.join(root, 'fork-event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: { head: { repo: { full_name: 'mallory/app', fork: true } } },
      }),
    );
    const result = await runStep(
      job('pr', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }),
      'run',
      inputs,
    );
    expect(result.outputs['cache-hit']).toBe('true');
  });
});
