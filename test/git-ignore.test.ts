// Inputs in a git checkout: what git ignores is not an input (docs/config.md, "Inputs and
// .gitignore"). The oracle: the key of a copy of the workspace that holds only the files git
// does not ignore, and no .git (so every file counts), equals the key in the checkout.

import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import type { TaskSpec } from '../src/engine/config-file.js';
import { computeTaskKey } from '../src/engine/key.js';

const root = mkdtempSync(path.join(tmpdir(), 'taskcache-gitignore-'));
let counter = 0;

beforeAll(() => initBlake3());
afterAll(() => rmSync(root, { recursive: true, force: true }));

const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' });
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/** A git checkout with `tracked` committed (`forced` added despite the ignore rules). */
function checkout(files: Record<string, string>, forced: readonly string[] = []): string {
  const dir = path.join(root, `ws-${counter++}`);
  mkdirSync(dir, { recursive: true });
  write(dir, files);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  if (forced.length > 0) git(dir, 'add', '-f', '--', ...forced);
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'init');
  return dir;
}

/** Every file below `dir` but .git, relative and POSIX. */
function allFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (name === '.git') continue;
    if (entry.isDirectory()) out.push(...allFiles(dir, name));
    else out.push(name);
  }
  return out;
}

/** A copy of the checkout without .git and without the files git ignores (tracked ones stay). */
function oracleCopy(dir: string, keep: (file: string) => boolean = () => false): string {
  const copy = path.join(root, `oracle-${counter++}`);
  const files = allFiles(dir);
  const tracked = new Set(git(dir, 'ls-files', '-z').split('\0'));
  const untracked = files.filter((file) => !tracked.has(file));
  let ignored = new Set<string>();
  if (untracked.length > 0) {
    // check-ignore exits 1 when it ignores none of them.
    const out = tolerant(
      () =>
        execFileSync('git', ['check-ignore', '--stdin', '-z'], {
          cwd: dir,
          env: gitEnv,
          input: `${untracked.join('\0')}\0`,
          encoding: 'utf8',
        }),
      '',
    );
    ignored = new Set(out.split('\0').filter(Boolean));
  }
  mkdirSync(copy);
  for (const file of files) {
    if (ignored.has(file) && !keep(file)) continue;
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    cpSync(path.join(dir, file), path.join(copy, file));
  }
  return copy;
}

function task(inputs: readonly string[], cwd = '.'): TaskSpec {
  return {
    name: 'build',
    command: 'make',
    shell: 'bash',
    cwd,
    inputs,
    outputs: ['out/**'],
    env: [],
    keyCommands: [],
    salt: '',
    redact: [],
  };
}

const platform = { os: 'linux', arch: 'x64' };

async function keyed(workspace: string, spec: TaskSpec, untracked = false) {
  return computeTaskKey(spec, { workspace, env: {}, platform }, { untracked });
}

/** `run`'s result, or `fallback` when the command it runs exits 1. */
function tolerant<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    if ((error as { status?: number }).status === 1) return fallback;
    throw error;
  }
}

describe('inputs in a git checkout', () => {
  it('leave out what git ignores, as a copy without the ignored files keys', async () => {
    const names = ['a.ts', 'b.log', 'keep.log', 'x.txt', 'c.js'];
    const dirs = ['', 'src/', 'src/gen/', 'dist/', 'build/', 'a/b/', 'src/tmp/', 'a/tmp/'];
    const rules = [
      '*.log',
      '!keep.log',
      'dist/',
      '/build',
      'gen/',
      'a/*',
      '!a/b/',
      '**/tmp',
      '*.txt',
      '!x.txt',
      'src/*.js',
    ];
    const file = fc.tuple(fc.constantFrom(...dirs), fc.constantFrom(...names));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(file, { minLength: 1, maxLength: 12, selector: ([d, n]) => d + n }),
        fc.subarray(rules),
        fc.subarray(rules),
        fc.boolean(),
        fc.constantFrom(['**'], ['src/**', 'a/**'], ['**/*.ts', '**/*.log', '!src/**/*.log']),
        async (picked, top, nested, forceOne, inputs) => {
          const files: Record<string, string> = { '.gitignore': `${top.join('\n')}\n` };
          if (nested.length > 0) files['src/.gitignore'] = `${nested.join('\n')}\n`;
          for (const [d, n] of picked) files[`${d}${n}`] = `${d}${n}\n`;
          // Some files are written after the commit: untracked, ignored or not.
          const later = picked.slice(0, Math.floor(picked.length / 2)).map(([d, n]) => d + n);
          const now = Object.fromEntries(
            Object.entries(files).filter(([name]) => !later.includes(name)),
          );
          const forced = forceOne && later.length < picked.length ? [picked.at(-1)!.join('')] : [];
          const dir = checkout(now, forced);
          write(dir, Object.fromEntries(later.map((name) => [name, `${name} later\n`])));
          const copy = oracleCopy(dir);
          const [inRepo, inCopy] = [
            await keyed(dir, task(inputs)),
            await keyed(copy, task(inputs)),
          ];
          expect(inRepo.manifest.inputs.map((i) => i.path)).toEqual(
            inCopy.manifest.inputs.map((i) => i.path),
          );
          expect(inRepo.key).toBe(inCopy.key);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('keep files below an ignored directory that a pattern names before its glob', async () => {
    const dir = checkout({
      '.gitignore': 'dist/\n*.log\nnode_modules\n',
      'shared/src/a.ts': 'a',
      'pkg/src/b.ts': 'b',
    });
    write(dir, {
      'shared/dist/index.js': 'built',
      'shared/dist/types/index.d.ts': 'types',
      'shared/src/debug.log': 'log',
      'pkg/src/run.log': 'log',
      'node_modules/dep/index.js': 'dep',
    });
    const inputs = ['src/**', '../shared/dist/**', '../shared/src/**', '../node_modules/dep'];
    const { manifest } = await keyed(dir, task(inputs, 'pkg'));
    expect(manifest.inputs.map((i) => i.path)).toEqual([
      'node_modules/dep/index.js',
      'pkg/src/b.ts',
      'shared/dist/index.js',
      'shared/dist/types/index.d.ts',
      'shared/src/a.ts',
    ]);
    // The same files from a glob whose base is not ignored: left out.
    const broad = await keyed(dir, task(['../shared/**'], 'pkg'));
    expect(broad.manifest.inputs.map((i) => i.path)).toEqual(['shared/src/a.ts']);
    // A file named outright counts too.
    const named = await keyed(dir, task(['src/run.log'], 'pkg'));
    expect(named.manifest.inputs.map((i) => i.path)).toEqual(['pkg/src/run.log']);
  });

  it('report the ignored inputs and the untracked ones apart', async () => {
    const dir = checkout({ '.gitignore': 'out/\n*.tmp\n', 'src/a.ts': 'a' });
    write(dir, { 'src/new.ts': 'new', 'src/x.tmp': 'tmp', 'src/y.tmp': 'tmp' });
    const result = await keyed(dir, task(['src/**']), true);
    expect(result.manifest.inputs.map((i) => i.path)).toEqual(['src/a.ts', 'src/new.ts']);
    expect(result.ignored).toEqual({
      ignored: ['src/x.tmp', 'src/y.tmp'],
      untracked: ['src/new.ts'],
    });
  });

  it('warn once, and count every matching file, when git fails in a repository', async () => {
    const dir = checkout({ '.gitignore': '*.log\n', 'src/a.ts': 'a' });
    write(dir, { 'src/b.log': 'b', '.git/index': 'not an index' });
    const first = await keyed(dir, task(['src/**']));
    expect(first.manifest.inputs.map((i) => i.path)).toEqual(['src/a.ts', 'src/b.log']);
    expect(first.warnings).toHaveLength(1);
    expect(first.warnings[0]).toMatch(
      /^build: git could not say which inputs it ignores \(.+\); every matching file is an input$/,
    );
    expect((await keyed(dir, task(['src/**']))).warnings).toEqual([]);
  });

  it('start git only when an input is not in the index', async () => {
    const dir = checkout({ '.gitignore': '*.log\n', 'src/a.ts': 'a', 'src/b.ts': 'b' });
    // A git on PATH that records each start, then runs the real one.
    const bin = path.join(root, `bin-${counter++}`);
    const log = path.join(bin, 'starts.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    write(bin, { git: `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n` });
    execFileSync('chmod', ['+x', path.join(bin, 'git')]);
    write(bin, { 'starts.log': '' });
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved}`;
    try {
      const clean = await keyed(dir, task(['src/**']));
      expect(clean.manifest.inputs.map((i) => i.path)).toEqual(['src/a.ts', 'src/b.ts']);
      expect(readFileSync(log, 'utf8')).toBe('');
      write(dir, { 'src/c.log': 'c' });
      const dirty = await keyed(dir, task(['src/**']));
      expect(dirty.manifest.inputs.map((i) => i.path)).toEqual(['src/a.ts', 'src/b.ts']);
      expect(readFileSync(log, 'utf8')).toMatch(/ls-files/);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('count every matching file without a repository', async () => {
    const dir = path.join(root, `plain-${counter++}`);
    write(dir, { '.gitignore': '*.log\n', 'src/a.ts': 'a', 'src/b.log': 'b' });
    const result = await keyed(dir, task(['src/**']), true);
    expect(result.manifest.inputs.map((i) => i.path)).toEqual(['src/a.ts', 'src/b.log']);
    expect(result.ignored).toBeUndefined();
  });
});
