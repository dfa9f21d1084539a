// The action's trust boundary: what a hit re-applies from a cached entry's runner files, when
// the GitHub cache is written from a job that builds a fork's code with the base branch's
// trust, and the one time-saved figure every surface shows. The e2e parts run the committed
// dist/ entries as the runner does, against the fake cache service.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterRunnerFiles, isRefusedEnvName, parseEnvFile } from '../src/action/runner-files.js';
import { tempDir } from './support/cli.js';
import { type FakeCacheService, startFakeCacheService } from './support/github-cache-fake.js';
import { createJob, type Job, runWithPost } from './support/runner.js';

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
