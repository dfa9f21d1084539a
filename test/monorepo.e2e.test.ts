// Issue 15's acceptance, through the bundled CLI: a generated pnpm-style monorepo with a
// diamond (helpers -> a, helpers -> b, a + b -> app) and an independent lint task. A cold run
// builds a and b at once; a second run hits everything; an upstream edit misses exactly the
// tasks that consume changed output; `run build-app` rebuilds a stale upstream first; and a
// comment-only upstream edit rebuilds the upstream while everything downstream hits.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli, tempDir, writeProject } from './support/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * The build every package runs: its sources without comment lines, then the built files of
 * its dependencies (paths as arguments), into dist/index.js. With MEET_DIR set, a and b each
 * wait there for the other to have started: they can only both finish when they run at once.
 */
const BUILD = `
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
const name = path.basename(process.cwd());
const meet = process.env.MEET_DIR;
if (meet && (name === 'a' || name === 'b')) {
  writeFileSync(path.join(meet, name), '');
  const other = path.join(meet, name === 'a' ? 'b' : 'a');
  const until = Date.now() + 60_000;
  while (!existsSync(other)) {
    if (Date.now() > until) { console.error(name + ': the other build never started'); process.exit(9); }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const own = readdirSync('src').sort().map((file) => readFileSync(path.join('src', file), 'utf8'));
const code = own.join('').split('\\n').filter((line) => !line.trim().startsWith('//')).join('\\n');
const deps = process.argv.slice(2).map((file) => readFileSync(file, 'utf8'));
mkdirSync('dist', { recursive: true });
writeFileSync('dist/index.js', [...deps, code].join(''));
console.log('built ' + name);
`;

const pkg = (name: string, deps: string[] = []) =>
  `${JSON.stringify({ name: `@mono/${name}`, version: '1.0.0', dependencies: Object.fromEntries(deps.map((d) => [`@mono/${d}`, 'workspace:*'])) }, null, 2)}\n`;

const task = (dir: string, args: string, dependsOn?: string) => `
    run: node ${path.posix.relative(dir, 'scripts')}/build.mjs${args}
    working-directory: ${dir}
    inputs: [src/**, package.json, ../../scripts/build.mjs]
    outputs: [dist/**]${dependsOn ? `\n    depends-on: ${dependsOn}` : ''}`;

const CONFIG = `
tasks:
  build-app:${task('apps/app', ' ../../packages/a/dist/index.js ../../packages/b/dist/index.js', "['build-[ab]']")}
  build-a:${task('packages/a', ' ../helpers/dist/index.js', '[build-helpers]')}
  build-b:${task('packages/b', ' ../helpers/dist/index.js', '[build-helpers]')}
  build-helpers:${task('packages/helpers', '')}
  lint:
    run: node -e "console.log('lint ok')"
    inputs: [apps/app/src/**]
`;

let project: string;
let cache: string;
let meet: string;

type Status = Record<string, string>;

async function run(args: string[], env: Record<string, string> = {}) {
  const result = await runCli(['run', '--json', '--cache-dir', cache, ...args], {
    cwd: project,
    env,
  });
  const parsed = JSON.parse(result.stdout) as { tasks: { task: string; status: string }[] };
  const statuses: Status = Object.fromEntries(parsed.tasks.map((t) => [t.task, t.status]));
  return { ...result, order: parsed.tasks.map((t) => t.task), statuses };
}

const edit = (file: string, text: string) => writeFileSync(path.join(project, file), text);
const built = (dir: string) => readFileSync(path.join(project, dir, 'dist/index.js'), 'utf8');

beforeAll(() => {
  const root = tempDir('mono');
  dirs.push(root);
  project = writeProject(path.join(root, 'repo'), {
    'taskcache.yml': CONFIG,
    'package.json': `${JSON.stringify({ name: 'mono', private: true })}\n`,
    'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - 'apps/*'\n",
    'scripts/build.mjs': BUILD,
    'packages/helpers/package.json': pkg('helpers'),
    'packages/helpers/src/index.js': '// helpers\nexport const helper = 1;\n',
    'packages/a/package.json': pkg('a', ['helpers']),
    'packages/a/src/index.js': 'export const a = 1;\n',
    'packages/b/package.json': pkg('b', ['helpers']),
    'packages/b/src/index.js': 'export const b = 1;\n',
    'apps/app/package.json': pkg('app', ['a', 'b']),
    'apps/app/src/main.js': 'console.log("app");\n',
  });
  cache = path.join(root, 'cache');
  meet = path.join(root, 'meet');
  mkdirSync(meet);
});

describe('a pnpm-style monorepo with a diamond', () => {
  test('a cold run builds every task, independent ones at once, in graph order', async () => {
    const cold = await run(['--concurrency', '4'], { MEET_DIR: meet });
    expect(cold.code, cold.stderr).toBe(0);
    // a and b each waited for the other: they ran at the same time.
    expect(existsSync(path.join(meet, 'a')) && existsSync(path.join(meet, 'b'))).toBe(true);
    expect(cold.order).toEqual(['build-helpers', 'build-a', 'build-b', 'build-app', 'lint']);
    expect(Object.values(cold.statuses)).toEqual(['miss', 'miss', 'miss', 'miss', 'miss']);
    // Several at once: each line of a task's output says whose it is.
    expect(cold.stderr).toContain('build-a | built a');
    expect(cold.stderr).toContain('build-b | built b');
    expect(built('apps/app')).toBe(
      'export const helper = 1;\nexport const a = 1;\nexport const helper = 1;\nexport const b = 1;\nconsole.log("app");\n',
    );
  });

  test('the next run hits every task', async () => {
    const warm = await run([]);
    expect(warm.code).toBe(0);
    expect(Object.values(warm.statuses)).toEqual(['hit', 'hit', 'hit', 'hit', 'hit']);
  });

  test('an upstream edit misses exactly the tasks that consume changed output', async () => {
    edit('packages/a/src/index.js', 'export const a = 2;\n');
    const dry = await runCli(['dry-run', '--json', '--cache-dir', cache], { cwd: project });
    const predicted = JSON.parse(dry.stdout).tasks as { task: string; reason: string | null }[];
    expect(predicted.find((t) => t.task === 'build-app')!.reason).toMatch(
      /^predicted miss: upstream build-a misses/,
    );
    const after = await run([]);
    expect(after.statuses).toEqual({
      'build-helpers': 'hit',
      'build-a': 'miss',
      'build-b': 'hit',
      'build-app': 'miss',
      lint: 'hit',
    });
    expect(built('apps/app')).toContain('export const a = 2;');
  });

  test('`run X` rebuilds a stale upstream first; --only does not', async () => {
    edit('packages/helpers/src/index.js', '// helpers\nexport const helper = 2;\n');
    const explained = await runCli(['explain', 'build-a', '--cache-dir', cache], {
      cwd: project,
    });
    expect(explained.stdout).toContain('predicted     miss: upstream build-helpers misses');
    const only = await run(['build-app', '--only']);
    expect(only.statuses).toEqual({ 'build-app': 'hit' });
    const app = await run(['build-app']);
    expect(app.code).toBe(0);
    expect(app.order).toEqual(['build-helpers', 'build-a', 'build-b', 'build-app']);
    expect(Object.values(app.statuses)).toEqual(['miss', 'miss', 'miss', 'miss']);
    expect(built('apps/app')).toContain('export const helper = 2;');
    expect(built('apps/app')).not.toContain('export const helper = 1;');
  });

  test('a comment-only upstream edit rebuilds the upstream and hits downstream', async () => {
    edit('packages/helpers/src/index.js', '// helpers, reworded\nexport const helper = 2;\n');
    const after = await run(['build-*']);
    expect(after.statuses).toEqual({
      'build-helpers': 'miss',
      'build-a': 'hit',
      'build-b': 'hit',
      'build-app': 'hit',
    });
  });

  test('selection: --filter by directory, globs, and names that match nothing', async () => {
    const packages = await run(['--filter', 'packages', '--only']);
    expect(packages.order).toEqual(['build-helpers', 'build-a', 'build-b']);
    const withDeps = await run(['--filter', 'apps/app...']);
    expect(withDeps.order).toEqual(['build-helpers', 'build-a', 'build-b', 'build-app']);
    for (const args of [['nope'], ['deploy-*'], ['--filter', 'nowhere']]) {
      const bad = await runCli(['run', '--cache-dir', cache, ...args], { cwd: project });
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toMatch(/unknown task "nope"|no task matches/);
    }
  });

  test('a failure skips its dependents; --continue still runs the rest', async () => {
    edit('apps/app/src/main.js', 'console.log("app 2");\n');
    // b's command fails; lint misses (its input changed) and does not depend on b.
    const failing = CONFIG.replace(
      'run: node ../../scripts/build.mjs ../helpers/dist/index.js\n    working-directory: packages/b',
      'run: exit 3\n    working-directory: packages/b',
    );
    edit('taskcache.yml', failing);
    const stopped = await run(['--concurrency', '1']);
    expect(stopped.code).toBe(3);
    expect(stopped.statuses['build-b']).toBe('failed');
    expect(stopped.statuses['build-app']).toBeUndefined();
    expect(stopped.statuses.lint).toBeUndefined();
    const going = await run(['--concurrency', '1', '--continue']);
    expect(going.code).toBe(3);
    expect(going.statuses.lint).toBe('miss');
    expect(going.statuses['build-app']).toBeUndefined();
    expect(going.stderr).toContain('build-app not run: build-b failed');
    edit('taskcache.yml', CONFIG);
  });
});
