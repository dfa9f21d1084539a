// The action's trust boundary: what a hit re-applies from a cached entry's runner files, when
// the GitHub cache is written from a job that builds a fork's code with the base branch's
// trust, and the one time-saved figure every surface shows. The e2e parts run the committed
// dist/ entries as the runner does, against the fake cache service.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  filterRunnerFiles,
  isRefusedEnvName,
  parseEnvFile,
} from '../src/action/runner-file-filter.js';
import { isForkPullRequest, isUntrustedWithBaseTrust } from '../src/action/trust.js';
import { formatDuration } from '../src/core/units.js';
import { tempDir } from './support/cli.js';
import { type FakeCacheService, startFakeCacheService } from './support/github-cache-fake.js';
import { createJob, type Job, runStep, runWithPost } from './support/runner.js';

describe('GITHUB_ENV as the runner reads it', () => {
  it('parses NAME=value lines and NAME<<DELIMITER blocks, keeping the text of each', () => {
    const text =
      'A=1\n\nB=x=y<<z\nC<<EOF\nline 1\n\nline 3\nEOF\nD<<E=F\nv\nE=F\nG=\nH<<END\nEND\n';
    const { entries, error } = parseEnvFile(text);
    expect(error).toBeUndefined();
    expect(entries.map((e) => [e.name, e.value])).toEqual([
      ['A', '1'],
      ['B', 'x=y<<z'],
      ['C', 'line 1\n\nline 3'],
      ['D', 'v'],
      ['G', ''],
      ['H', ''],
    ]);
    expect(entries.map((e) => e.text).join('')).toBe(text.replace('\n\n', '\n'));
  });

  it('stops where the runner would fail: a bad line, an empty name, a missing delimiter', () => {
    expect(parseEnvFile('A=1\nnonsense\nB=2\n')).toMatchObject({
      entries: [{ name: 'A' }],
      error: 'a line is neither NAME=value nor NAME<<DELIMITER',
    });
    expect(parseEnvFile('=1\n').error).toBe('a line has an empty name');
    expect(parseEnvFile('A<<\nx\n').error).toBe('a heredoc has an empty name or delimiter');
    expect(parseEnvFile('A<<EOF\nx\nB=2\n')).toEqual({
      entries: [],
      error: 'no line ends the heredoc of A',
    });
  });

  it('refuses the names that make later programs run code', () => {
    for (const name of [
      'BASH_ENV',
      'ENV',
      'LD_PRELOAD',
      'LD_LIBRARY_PATH',
      'LD_AUDIT',
      'DYLD_INSERT_LIBRARIES',
      'NODE_OPTIONS',
      'node_options',
      'PERL5OPT',
      'RUBYOPT',
      'PYTHONSTARTUP',
      'JAVA_TOOL_OPTIONS',
      '_JAVA_OPTIONS',
      'GIT_CONFIG_COUNT',
      'GIT_CONFIG_KEY_0',
      'GIT_EXEC_PATH',
      'PROMPT_COMMAND',
      'BASH_FUNC_ls%%',
      'ACTIONS_RESULTS_URL',
    ]) {
      expect(isRefusedEnvName(name), name).toBe(true);
    }
    for (const name of ['PATH_TO_TOOL', 'NODE_ENV', 'ENVIRONMENT', 'GIT_AUTHOR_NAME', 'CC']) {
      expect(isRefusedEnvName(name), name).toBe(false);
    }
  });

  it('re-applies the kept lines as written, and path entries inside the workspace only', () => {
    const files = {
      output: 'o=1\n',
      summary: '# s\n',
      env: 'KEEP=a\nLD_PRELOAD=/tmp/evil.so\nMULTI<<X\n1\n2\nX\nBASH_ENV<<Y\n/tmp/rc\nY\nLAST=z',
      path: '/ws/out/bin\n/usr/local/evil\nrelative/bin\n/ws\n/ws/../etc\n',
    };
    const result = filterRunnerFiles(files, '/ws');
    expect(result.files).toEqual({
      output: 'o=1\n',
      summary: '# s\n',
      env: 'KEEP=a\nMULTI<<X\n1\n2\nX\nLAST=z\n',
      path: '/ws/out/bin\n/ws\n',
    });
    expect(result.refusedEnv).toEqual(['LD_PRELOAD', 'BASH_ENV']);
    expect(result.refusedPath).toEqual(['/usr/local/evil', 'relative/bin', '/ws/../etc']);
  });
});

let service: FakeCacheService;
let root: string;
let counter = 0;

beforeAll(async () => {
  service = await startFakeCacheService();
  root = tempDir('action-trust');
});
afterAll(async () => {
  await service.close();
  rmSync(root, { recursive: true, force: true });
});

/** A job in `workspace` with its own runner temp dir and local store. */
function job(workspace: string, env: Record<string, string> = {}): Job {
  const id = counter++;
  mkdirSync(workspace, { recursive: true });
  return createJob('trust', workspace, path.join(root, `job-${id}`, 'temp'), {
    ...service.env(),
    TASKCACHE_DIR: path.join(root, `job-${id}`, 'local-store'),
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_RUN_ID: String(2000 + id),
    GITHUB_SERVER_URL: 'https://github.com',
    ...env,
  });
}

function project(name: string): string {
  const dir = path.join(root, name, 'work', 'repo');
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'src', 'a.txt'), `${name}\n`);
  return dir;
}

describe('a hit re-applies runner files', () => {
  it('without variables that run code, and with path entries inside the workspace only', async () => {
    const workspace = project('env');
    const inputs = {
      run: [
        'mkdir -p out/bin && cp src/a.txt out/a.txt',
        'echo "KEEP=kept value" >> "$GITHUB_ENV"',
        'echo "BASH_ENV=/tmp/secret-rc-file" >> "$GITHUB_ENV"',
        'echo "LD_PRELOAD=/tmp/evil.so" >> "$GITHUB_ENV"',
        'printf "NODE_OPTIONS<<EOF\\n--require /tmp/evil.js\\nEOF\\n" >> "$GITHUB_ENV"',
        'printf "MULTI<<EOF\\nline 1\\nline 2\\nEOF\\n" >> "$GITHUB_ENV"',
        'echo "$PWD/out/bin" >> "$GITHUB_PATH"',
        'echo "/usr/local/elsewhere/bin" >> "$GITHUB_PATH"',
      ].join('\n'),
      inputs: 'src/**',
      outputs: 'out/**',
      'key-salt': 'runner-env',
    };
    const first = await runWithPost(job(workspace), 'run', inputs);
    expect(first.main.code, first.main.stdout).toBe(0);
    expect(first.main.outputs['cache-hit']).toBe('false');

    // The same workspace path, as on GitHub-hosted runners, with the outputs gone.
    rmSync(path.join(workspace, 'out'), { recursive: true, force: true });
    const job2 = job(workspace);
    const second = await runWithPost(job2, 'run', inputs);
    expect(second.main.code, second.main.stdout).toBe(0);
    expect(second.main.outputs).toMatchObject({ 'cache-hit': 'true', source: 'github' });
    expect(job2.exported).toEqual({ KEEP: 'kept value', MULTI: 'line 1\nline 2' });
    expect(job2.path).toEqual([path.join(workspace, 'out/bin')]);
    const notices = second.main.notices.filter((n) => n.includes('runner files'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('BASH_ENV, LD_PRELOAD, NODE_OPTIONS');
    expect(notices[0]).toContain('/usr/local/elsewhere/bin');
    expect(second.main.stdout).not.toContain('/tmp/secret-rc-file');
    expect(second.main.stdout).not.toContain('evil');
  });
});

describe('a fork built with the base branch trust', () => {
  const event = (name: string, payload: unknown) => {
    const file = path.join(root, `${name}-event.json`);
    writeFileSync(file, JSON.stringify(payload));
    return file;
  };
  const forkPr = () =>
    event('fork-pr', {
      pull_request: { head: { repo: { full_name: 'mallory/app', fork: true } } },
    });
  const sameRepoPr = () =>
    event('same-pr', { pull_request: { head: { repo: { full_name: 'octo/app', fork: false } } } });
  const inputs = (salt: string) => ({
    run: 'mkdir -p out && cp src/a.txt out/a.txt',
    inputs: 'src/**',
    outputs: 'out/**',
    'key-salt': salt,
  });
  const saved = (key: string | undefined) =>
    service.entries().some((e) => e.key === `taskcache-v1-${key}`);

  it('tells a fork from the base repository, for pull_request_target and workflow_run', () => {
    const env = (name: string, file: string) => ({
      GITHUB_EVENT_NAME: name,
      GITHUB_EVENT_PATH: file,
      GITHUB_REPOSITORY: 'octo/app',
    });
    expect(isUntrustedWithBaseTrust(env('pull_request_target', forkPr()))).toBe(true);
    expect(isUntrustedWithBaseTrust(env('pull_request_target', sameRepoPr()))).toBe(false);
    expect(isUntrustedWithBaseTrust(env('pull_request', forkPr()))).toBe(false);
    expect(isForkPullRequest(env('pull_request', forkPr()))).toBe(true);
    const run = (repo: string) =>
      event(`run-${repo.replace('/', '-')}`, {
        workflow_run: { head_repository: { full_name: repo, fork: repo !== 'octo/app' } },
      });
    expect(isUntrustedWithBaseTrust(env('workflow_run', run('mallory/app')))).toBe(true);
    expect(isUntrustedWithBaseTrust(env('workflow_run', run('octo/app')))).toBe(false);
    expect(isUntrustedWithBaseTrust(env('push', forkPr()))).toBe(false);
  });

  it('pull_request_target from a fork reads the GitHub cache but does not write it', async () => {
    const pr = { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: forkPr() };
    const first = await runWithPost(job(project('prt-1'), pr), 'run', inputs('prt'));
    expect(first.main.code, first.main.stdout).toBe(0);
    expect(first.main.outputs['cache-hit']).toBe('false');
    expect(saved(first.main.outputs.key)).toBe(false);
    expect(first.main.notices.join('\n')).toContain(
      'pull_request_target from a fork: the GitHub cache and remote caches are read-only',
    );
    expect(first.main.warnings).toEqual([]);

    // A push saves; the fork's job then hits from the GitHub cache.
    const push = await runWithPost(job(project('prt-1')), 'run', inputs('prt'));
    expect(push.main.outputs['cache-hit']).toBe('false');
    expect(saved(push.main.outputs.key)).toBe(true);
    const again = await runWithPost(job(project('prt-1'), pr), 'run', inputs('prt'));
    expect(again.main.outputs).toMatchObject({ 'cache-hit': 'true', source: 'github' });
  });

  it('saves with save-untrusted: true, and from the base repository itself', async () => {
    const fork = { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: forkPr() };
    const allowed = await runWithPost(job(project('prt-2'), fork), 'run', {
      ...inputs('prt-allowed'),
      'save-untrusted': 'true',
    });
    expect(allowed.main.code, allowed.main.stdout).toBe(0);
    expect(saved(allowed.main.outputs.key)).toBe(true);

    const same = { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: sameRepoPr() };
    const base = await runWithPost(job(project('prt-3'), same), 'run', inputs('prt-same'));
    expect(base.main.code, base.main.stdout).toBe(0);
    expect(saved(base.main.outputs.key)).toBe(true);
  });
});

describe('the time a hit saved', () => {
  /** The figure of the notice, the output and the summary row of a run-mode hit. */
  const figures = async (workspace: string, inputs: Record<string, string>) => {
    const first = await runWithPost(job(workspace), 'run', inputs);
    expect(first.main.code, first.main.stdout).toBe(0);
    rmSync(path.join(workspace, 'out'), { recursive: true, force: true });
    const second = await runWithPost(job(workspace), 'run', inputs);
    expect(second.main.outputs['cache-hit']).toBe('true');
    const post = await second.post();
    const output = Number(second.main.outputs['time-saved-ms']);
    const notice = second.main.notices.find((n) => n.includes('restored from')) ?? '';
    const row = post.summary.split('\n').find((line) => line.includes('✅ hit')) ?? '';
    return { output, notice, cell: row.split(' | ')[4] };
  };

  it('is one figure: the notice, the output and the summary show the same value', async () => {
    const { output, notice, cell } = await figures(project('saved'), {
      run: 'sleep 1.5 && mkdir -p out && cp src/a.txt out/a.txt',
      inputs: 'src/**',
      outputs: 'out/**',
      'key-salt': 'saved',
    });
    expect(Number.isFinite(output)).toBe(true);
    // Generous: the command slept 1.5 s; restoring took far less than that.
    expect(output).toBeGreaterThan(500);
    expect(output).toBeLessThan(60_000);
    expect(notice).toContain(`saved ${formatDuration(output)} (key`);
    expect(cell).toBe(formatDuration(output));
  });

  it('shows a hit that cost more than the command as a loss', async () => {
    const { output, notice } = await figures(project('loss'), {
      run: 'mkdir -p out && cp src/a.txt out/a.txt',
      inputs: 'src/**',
      outputs: 'out/**',
      // Key-commands run on the hit too, and take longer than the command did.
      'key-commands': 'sleep 0.5',
      'key-salt': 'loss',
    });
    expect(Number.isFinite(output)).toBe(true);
    expect(output).toBeLessThan(0);
    expect(notice).toContain(`cost ${formatDuration(-output)} more than running it`);
    expect(notice).not.toContain('saved');
  });
});

describe('the time a guarded restore saved', () => {
  it('is the original run less the restore, in the notice and the summary alike', async () => {
    const workspace = project('guard');
    const inputs = { outputs: 'out/**', inputs: 'src/**', 'key-salt': 'guard' };
    const first = job(workspace);
    const restore1 = await runWithPost(first, 'restore', inputs);
    expect(restore1.main.outputs['cache-hit']).toBe('false');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    mkdirSync(path.join(workspace, 'out'), { recursive: true });
    writeFileSync(path.join(workspace, 'out', 'a.txt'), 'built\n');
    const save = await runStep(first, 'save', inputs);
    expect(save.code, save.stdout).toBe(0);

    rmSync(path.join(workspace, 'out'), { recursive: true, force: true });
    const second = job(workspace);
    const restore2 = await runWithPost(second, 'restore', inputs);
    expect(restore2.main.outputs['cache-hit']).toBe('true');
    const post = await restore2.post();
    const notice = restore2.main.notices.find((n) => n.includes('restored from')) ?? '';
    const row = post.summary.split('\n').find((line) => line.includes('✅ hit')) ?? '';
    const cell = row.split(' | ')[4] ?? '';
    expect(notice).toContain(`saved ${cell} (key`);
    const report = JSON.parse(readFileSync(restore2.main.outputs['report-path']!, 'utf8'));
    const saved = report.rows[0].timeSavedMs as number;
    expect(Number.isFinite(saved)).toBe(true);
    expect(formatDuration(saved)).toBe(cell);
    // Less than the guarded steps took: the restore's own time is not counted as saved.
    expect(saved).toBeLessThan(report.rows[0].durationMs);
  });
});
