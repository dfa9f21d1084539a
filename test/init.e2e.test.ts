// `taskcache init` through the bundled CLI (issue 15 item 8) on generated workspaces of each
// manager: the config it writes loads, with a task per chosen script, inputs, outputs,
// depends-on from workspace dependencies and the lockfile in `defaults`. Also: every command's
// --help needs no config file; explain names a declared variable that is unset.

import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/core/config.js';
import { runCli, tempDir, writeProject } from './support/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function project(label: string, files: Record<string, string>): string {
  const dir = tempDir(`init-${label}`);
  dirs.push(dir);
  return writeProject(dir, files);
}

const pkg = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

/** A diamond: helpers <- fetch, helpers <- format, {fetch, format} <- app; docs has no build. */
function packages(prefix: string, depVersion: string): Record<string, string> {
  return {
    [`${prefix}/helpers/package.json`]: pkg({
      name: '@acme/helpers',
      scripts: { build: 'tsc --outDir dist', test: 'vitest run' },
    }),
    [`${prefix}/helpers/src/index.ts`]: 'export const one = 1;\n',
    [`${prefix}/helpers/dist/index.js`]: 'exports.one = 1;\n',
    [`${prefix}/helpers/tsconfig.json`]: '{}\n',
    [`${prefix}/fetch/package.json`]: pkg({
      name: '@acme/fetch',
      scripts: { build: 'tsc -p . --outDir out-lib', lint: 'biome check .' },
      dependencies: { '@acme/helpers': depVersion },
    }),
    [`${prefix}/fetch/src/index.ts`]: 'export {};\n',
    [`${prefix}/format/package.json`]: pkg({
      name: '@acme/format',
      scripts: { build: 'tsup', test: 'vitest run' },
      devDependencies: { '@acme/helpers': depVersion, typescript: '^5' },
    }),
    [`${prefix}/format/src/index.ts`]: 'export {};\n',
    [`${prefix}/app/package.json`]: pkg({
      name: 'app',
      scripts: { build: 'vite build', test: 'vitest run', lint: 'eslint .', start: 'vite' },
      dependencies: { '@acme/fetch': depVersion, '@acme/format': depVersion },
    }),
    [`${prefix}/app/src/main.ts`]: 'export {};\n',
    [`${prefix}/app/vite.config.ts`]: 'export default {};\n',
    [`${prefix}/docs/package.json`]: pkg({
      name: '@acme/docs',
      scripts: { test: 'node check.js' },
      dependencies: { '@acme/fetch': depVersion },
    }),
    [`${prefix}/docs/check.js`]: '\n',
  };
}

function loaded(dir: string) {
  const result = parseConfig(readFileSync(path.join(dir, 'taskcache.yml'), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

describe('taskcache init', () => {
  it('writes a pnpm workspace’s tasks, graph and shared lockfile, and the config loads', async () => {
    const dir = project('pnpm', {
      'package.json': pkg({ name: 'root', private: true }),
      'pnpm-workspace.yaml': 'packages:\n  - "packages/*"\n  - "!packages/ignored"\n',
      'pnpm-lock.yaml': 'lockfileVersion: 9\n',
      'tsconfig.base.json': '{}\n',
      'packages/ignored/package.json': pkg({ name: 'ignored', scripts: { build: 'x' } }),
      ...packages('packages', 'workspace:*'),
    });
    const { code, stderr } = await runCli(['init'], { cwd: dir });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('(pnpm)');
    const config = loaded(dir);
    expect(Object.keys(config.tasks).sort()).toEqual([
      'build-app',
      'build-fetch',
      'build-format',
      'build-helpers',
      'lint-app',
      'lint-fetch',
      'test-app',
      'test-docs',
      'test-format',
      'test-helpers',
    ]);
    const t = config.tasks;
    // Builds depend on the builds of their workspace dependencies; test and lint on their own
    // build, or (no build) on their dependencies' builds.
    expect(t['build-helpers']?.['depends-on']).toEqual([]);
    expect(t['build-fetch']?.['depends-on']).toEqual(['build-helpers']);
    expect(t['build-format']?.['depends-on']).toEqual(['build-helpers']);
    expect(t['build-app']?.['depends-on']).toEqual(['build-fetch', 'build-format']);
    expect(t['test-app']?.['depends-on']).toEqual(['build-app']);
    expect(t['test-docs']?.['depends-on']).toEqual(['build-fetch']);
    expect(t['build-app']).toMatchObject({
      run: 'pnpm run build',
      'working-directory': 'packages/app',
      outputs: ['dist/**'],
    });
    // The shared lines come from `defaults`, rebased onto the package.
    expect(t['build-app']?.inputs).toEqual([
      '../../pnpm-lock.yaml',
      '../../tsconfig.base.json',
      'src/**',
      'package.json',
      'vite.config.ts',
    ]);
    expect(t['build-helpers']?.outputs).toEqual(['dist/**']);
    expect(t['build-helpers']?.inputs).toContain('tsconfig.json');
    expect(t['build-fetch']?.outputs).toEqual(['out-lib/**']);
    expect(t['test-helpers']?.outputs).toEqual([]);
    expect(readFileSync(path.join(dir, 'taskcache.yml'), 'utf8')).toMatch(
      /^defaults:\n {2}inputs:\n {4}- pnpm-lock.yaml/m,
    );
    // The CLI loads it: every task keys (nothing runs).
    const dry = await runCli(['dry-run', '--json', 'build-helpers'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
  });

  it('reads npm workspaces (a list) and yarn workspaces ({packages})', async () => {
    const npm = project('npm', {
      'package.json': pkg({ name: 'root', workspaces: ['libs/*'] }),
      'package-lock.json': '{}\n',
      ...packages('libs', '*'),
    });
    const yarn = project('yarn', {
      'package.json': pkg({ name: 'root', workspaces: { packages: ['modules/**'] } }),
      'yarn.lock': '\n',
      ...packages('modules', '^1.0.0'),
    });
    for (const [dir, manager, lockfile, prefix] of [
      [npm, 'npm', 'package-lock.json', 'libs'],
      [yarn, 'yarn', 'yarn.lock', 'modules'],
    ] as const) {
      const { code, stderr } = await runCli(['init', '--scripts', 'build,test'], { cwd: dir });
      expect(code, stderr).toBe(0);
      const t = loaded(dir).tasks;
      expect(Object.keys(t).sort(), manager).toEqual([
        'build-app',
        'build-fetch',
        'build-format',
        'build-helpers',
        'test-app',
        'test-docs',
        'test-format',
        'test-helpers',
      ]);
      expect(t['build-app'], manager).toMatchObject({
        run: `${manager} run build`,
        'working-directory': `${prefix}/app`,
        'depends-on': ['build-fetch', 'build-format'],
      });
      expect(t['test-app']?.inputs[0], manager).toBe(`../../${lockfile}`);
      const dry = await runCli(['dry-run', 'test-docs'], { cwd: dir });
      expect(dry.code, dry.stderr).toBe(0);
    }
  });

  it('names packages whose directories share a name by their package names', async () => {
    const dir = project('names', {
      'package.json': pkg({ name: 'root', workspaces: ['apps/*/web', 'libs/*'] }),
      'apps/shop/web/package.json': pkg({ name: '@shop/web', scripts: { build: 'b' } }),
      'apps/blog/web/package.json': pkg({ name: '@blog/web', scripts: { build: 'b' } }),
      'libs/web/package.json': pkg({ scripts: { build: 'b' } }),
    });
    const { code, stdout, stderr } = await runCli(['init', '--stdout'], { cwd: dir });
    expect(code, stderr).toBe(0);
    const result = parseConfig(stdout);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.config.tasks).sort()).toEqual([
      'build-blog-web',
      'build-shop-web',
      'build-web',
    ]);
  });

  it('refuses to overwrite a config without --force; --stdout writes nothing', async () => {
    const dir = project('force', {
      'package.json': pkg({ name: 'single', scripts: { build: 'tsc', test: 'vitest' } }),
      'package-lock.json': '{}\n',
      'taskcache.yml': 'tasks:\n  mine:\n    run: "true"\n',
    });
    const refused = await runCli(['init'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${path.join(dir, 'taskcache.yml')} already exists`);
    expect(refused.stderr).toContain('--force');
    expect(loaded(dir).tasks.mine).toBeDefined();

    const printed = await runCli(['init', '--stdout'], { cwd: dir });
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toContain('build-single:');
    expect(loaded(dir).tasks.mine).toBeDefined();

    const forced = await runCli(['init', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    const t = loaded(dir).tasks;
    expect(Object.keys(t).sort()).toEqual(['build-single', 'test-single']);
    // A single package at the root: no working-directory, the lockfile from defaults.
    expect(t['build-single']).toMatchObject({ 'working-directory': '.', run: 'npm run build' });
    expect(t['build-single']?.inputs).toEqual(['package-lock.json', 'package.json']);
  });

  it('says so when there is no package.json or no chosen script', async () => {
    const empty = project('empty', { 'README.md': 'x\n' });
    const none = await runCli(['init'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`no package.json in ${empty}`);
    const noScript = project('noscript', { 'package.json': pkg({ scripts: { start: 'x' } }) });
    const result = await runCli(['init', '--scripts', 'build'], { cwd: noScript });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has a script named build');
    expect(existsSync(path.join(noScript, 'taskcache.yml'))).toBe(false);
  });
});

describe('help without a config file', () => {
  it('prints each command’s usage and exits 0 where there is no taskcache.yml', async () => {
    const dir = project('help', {});
    mkdirSync(path.join(dir, 'sub'));
    for (const command of ['run', 'dry-run', 'explain', 'stats', 'init', 'doctor']) {
      for (const flag of ['--help', '-h']) {
        const { code, stdout, stderr } = await runCli([command, 'x', flag], {
          cwd: path.join(dir, 'sub'),
        });
        expect(code, `${command} ${flag}: ${stderr}`).toBe(0);
        expect(stdout).toContain(`taskcache ${command} `);
        expect(stdout).toContain('Options:');
      }
    }
    // After `--`, it is an argument, not a request for help.
    const after = await runCli(['run', '--', '--help'], { cwd: dir });
    expect(after.code).toBe(2);
  });
});

describe('explain and unset variables', () => {
  it('names a declared variable that is unset, never a value', async () => {
    const dir = project('unset', {
      'taskcache.yml': 'tasks:\n  t:\n    run: "true"\n    env: [SET_ONE, UNSET_ONE]\n',
    });
    const { code, stdout, stderr } = await runCli(['explain', 't'], {
      cwd: dir,
      env: { SET_ONE: 'the-value' },
    });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/env {11}SET_ONE, UNSET_ONE \(unset\)/);
    expect(stdout + stderr).not.toContain('the-value');
  });
});
