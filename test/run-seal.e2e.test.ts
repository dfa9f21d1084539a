// A sealed run, through the bundled CLI: a run whose tasks all hit with their outputs in place
// is sealed, and the next identical run replays its hits without keys, showing and recording
// them as before. Each way the workspace, the store, the config or the environment can change
// under a seal is tried, and each must take the usual path (a miss where the key changed):
// an input edited with its size and mtime kept, a file added where no input was, a missing
// input created, an output removed, a declared and an undeclared variable, the entry removed,
// the entry replaced, the config edited, a directory swapped for a link, a torn and a tampered
// seal, a file changed within the racy window, and git asked about an untracked input. The
// executable replays from its smaller bundle (src/cli/replay-main.ts) and checks a seal once;
// with a remote configured, or without that bundle, `run` replays itself.

import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { repoRoot, runCli, tempDir, writeProject } from './support/cli.js';

const BUILD = `
const fs = require('node:fs');
const files = fs.readdirSync('src', { recursive: true }).filter((f) => fs.statSync('src/' + f).isFile()).sort();
fs.mkdirSync('dist', { recursive: true });
for (const f of files) fs.copyFileSync('src/' + f, 'dist/' + f.replace(/\\//g, '_'));
console.log('built ' + files.length + ' in ' + (process.env.MODE || 'plain'));
`;

const CONFIG = `
tasks:
  build:
    run: node build.cjs
    working-directory: pkg
    inputs: [src/**, build.cjs, '{extra,more}.json']
    outputs: [dist/**]
    env: [MODE]
  test:
    run: node -e "console.log('tested ' + require('node:fs').readdirSync('dist').length)"
    working-directory: pkg
    inputs: [test/**]
    depends-on: [build]
`;

let root: string;
let project: string;
let cache: string;
/**
 * The CLI's clock 2.1 s ahead (a preloaded module): files written just before a run look to
 * the racy rule as they would 2.1 s later, so a test need not wait for them to settle.
 */
let clockAhead: string;

beforeAll(() => {
  root = tempDir('seal');
  const preload = path.join(root, 'clock-ahead.cjs');
  writeFileSync(preload, 'const now = Date.now;\nDate.now = () => now() + 2100;\n');
  clockAhead = `--require ${preload}`;
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  project = path.join(root, `p${Math.random().toString(36).slice(2, 8)}`);
  cache = `${project}-cache`;
  writeProject(project, {
    'taskcache.yml': CONFIG,
    'pkg/build.cjs': BUILD,
    'pkg/src/a.js': 'export const a = 1;\n',
    'pkg/src/lib/b.js': 'export const b = 2;\n',
    'pkg/test/a.test.js': 'ok\n',
  });
  mkdirSync(path.join(project, 'pkg/src/empty'));
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Whether the run replayed a seal. */
  readonly replayed: boolean;
  /** Whether it did so before the CLI's bundle was loaded (src/cli/replay-main.ts). */
  readonly early: boolean;
  /** Whether the run wrote a seal. */
  readonly sealed: boolean;
  /** Task name -> hit or miss. */
  readonly status: Record<string, string>;
}

async function run(
  options: { env?: Record<string, string>; clock?: boolean; args?: string[]; cli?: string } = {},
): Promise<Run> {
  const r = await runCli(['run', '--concurrency', '1', ...(options.args ?? [])], {
    cwd: project,
    env: {
      TASKCACHE_DIR: cache,
      TASKCACHE_DEBUG: '1',
      ...(options.clock === false ? {} : { NODE_OPTIONS: clockAhead }),
      ...options.env,
    },
    ...(options.cli ? { cli: options.cli } : {}),
  });
  const status: Record<string, string> = {};
  for (const m of r.stderr.matchAll(/▸ (\S+) (hit|miss)/g)) status[m[1]!] = m[2]!;
  return {
    ...r,
    replayed: /seal: \d+ paths unchanged; \d+ hits replayed/.test(r.stderr),
    early: r.stderr.includes("seal: replayed before the CLI's bundle was loaded"),
    sealed: /sealed \d+ tasks over \d+ paths/.test(r.stderr),
    status,
  };
}

/** Runs until sealed: the cold run, then the first run that hits in place. */
async function sealedProject(env: Record<string, string> = {}): Promise<void> {
  const cold = await run({ env });
  expect(cold.code).toBe(0);
  expect(cold.status).toEqual({ build: 'miss', test: 'miss' });
  expect(cold.sealed).toBe(false);
  const second = await run({ env });
  expect(second.status).toEqual({ build: 'hit', test: 'hit' });
  expect(second.sealed).toBe(true);
}

/** The run's lines as a user sees them, without timings. */
function shown(r: Run): string[] {
  return [...r.stderr.split('\n'), ...r.stdout.split('\n')]
    .filter((line) => line !== '' && !line.includes('debug:'))
    .map((line) =>
      line
        .replace(/in \d+ms/g, 'in Nms')
        .replace(/ \(key \d+ms\)/g, '')
        .replace(/saved [0-9.ms]+/g, 'saved T'),
    );
}

function sealFileOf(): string {
  const state = path.join(cache, 'state');
  const name = readdirSync(state).find((file) => file.startsWith('seal-'));
  if (!name) throw new Error('no seal written');
  return path.join(state, name);
}

describe('a sealed run', () => {
  test('replays the hits it sealed, shown and recorded as before', async () => {
    await sealedProject();
    const keyed = await run({ env: { OTHER: '1' } });
    expect(keyed.replayed).toBe(false);
    expect(keyed.sealed).toBe(true);
    // Records aged an hour: a replayed hit is a use, and touches them as a hit does.
    const records = readdirSync(path.join(cache, 'entries'), { recursive: true })
      .map((file) => path.join(cache, 'entries', String(file)))
      .filter((file) => file.endsWith('record.json'));
    expect(records).toHaveLength(2);
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of records) utimesSync(file, hourAgo, hourAgo);
    const replayed = await run({ env: { OTHER: '1' } });
    expect(replayed.code).toBe(0);
    expect(replayed.replayed).toBe(true);
    expect(replayed.early).toBe(true);
    expect(replayed.status).toEqual({ build: 'hit', test: 'hit' });
    // The same lines: headers, the replayed logs, the restore lines and the summary.
    expect(shown(replayed)).toEqual(shown(keyed));
    expect(replayed.stdout).toContain('built 2 in plain');
    expect(replayed.stdout).toContain('tested 2');
    // Recorded as hits, for `stats`.
    const stats = await runCli(['stats', '--json'], {
      cwd: project,
      env: { TASKCACHE_DIR: cache },
    });
    const runs = readFileSync(path.join(cache, 'runs.jsonl'), 'utf8').trim().split('\n');
    expect(runs.map((line) => JSON.parse(line).status)).toEqual([
      'miss',
      'miss',
      'hit',
      'hit',
      'hit',
      'hit',
      'hit',
      'hit',
    ]);
    expect(stats.code).toBe(0);
    for (const file of records) {
      expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(60_000);
    }
  });

  test('an input edited with its size and mtime kept is keyed, and misses', async () => {
    await sealedProject();
    const file = path.join(project, 'pkg/src/a.js');
    const before = statSync(file);
    writeFileSync(file, 'export const a = 7;\n');
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const r = await run();
    expect(r.replayed).toBe(false);
    expect(r.status).toEqual({ build: 'miss', test: 'miss' });
  });

  test('a file added in a directory with no input is seen', async () => {
    await sealedProject();
    writeFileSync(path.join(project, 'pkg/src/empty/c.js'), 'export const c = 3;\n');
    const r = await run();
    expect(r.replayed).toBe(false);
    expect(r.status.build).toBe('miss');
  });

  test('an input hashed by the sealing run (not known from its stat) is seen', async () => {
    await sealedProject();
    // Edited and run without the clock ahead: the file, just written, is racy and not kept in
    // the stat cache, so the run that seals reads and hashes it.
    const file = path.join(project, 'pkg/src/lib/b.js');
    writeFileSync(file, 'export const b = 22;\n');
    expect((await run({ clock: false })).status).toEqual({ build: 'miss', test: 'miss' });
    const sealing = await run();
    expect(sealing.stderr).toMatch(/listed 3 inputs .* hashing 1 on/);
    expect(sealing.sealed).toBe(true);
    const before = statSync(file);
    writeFileSync(file, 'export const b = 99;\n');
    utimesSync(file, before.atime, before.mtime);
    const r = await run();
    expect(r.replayed).toBe(false);
    expect(r.status.build).toBe('miss');
  });

  test('a missing input created is seen', async () => {
    await sealedProject();
    // A literal pattern among braces: only the look at the path itself sees it appear.
    writeFileSync(path.join(project, 'pkg/more.json'), '{}\n');
    const r = await run();
    expect(r.replayed).toBe(false);
    expect(r.status.build).toBe('miss');
  });

  test('an output removed is restored', async () => {
    await sealedProject();
    rmSync(path.join(project, 'pkg/dist/a.js'));
    const r = await run();
    expect(r.replayed).toBe(false);
    expect(r.status).toEqual({ build: 'hit', test: 'hit' });
    expect(readFileSync(path.join(project, 'pkg/dist/a.js'), 'utf8')).toBe('export const a = 1;\n');
  });

  test('a declared variable changed misses; an undeclared one only keys again', async () => {
    await sealedProject();
    const declared = await run({ env: { MODE: 'fast' } });
    expect(declared.replayed).toBe(false);
    expect(declared.status.build).toBe('miss');
    const resealed = await run({ env: { MODE: 'fast' } });
    expect(resealed.status).toEqual({ build: 'hit', test: 'hit' });
    expect(resealed.sealed).toBe(true);
    const undeclared = await run({ env: { MODE: 'fast', UNRELATED: 'x' } });
    expect(undeclared.replayed).toBe(false);
    expect(undeclared.status).toEqual({ build: 'hit', test: 'hit' });
  });

  test('an entry replaced in the store is read again', async () => {
    await sealedProject();
    const entries = path.join(cache, 'entries');
    for (const prefix of readdirSync(entries)) {
      for (const key of readdirSync(path.join(entries, prefix))) {
        const dir = path.join(entries, prefix, key);
        cpSync(dir, `${dir}.copy`, { recursive: true });
        rmSync(dir, { recursive: true });
        renameSync(`${dir}.copy`, dir);
      }
    }
    const r = await run();
    expect(r.replayed).toBe(false);
    expect(r.status).toEqual({ build: 'hit', test: 'hit' });
  });

  test('an entry removed from the store is a miss', async () => {
    await sealedProject();
    rmSync(path.join(cache, 'entries'), { recursive: true, force: true });
    const r = await run();
    expect(r.replayed).toBe(false);
    expect(r.status).toEqual({ build: 'miss', test: 'miss' });
  });

  test('the config edited is read again', async () => {
    await sealedProject();
    writeFileSync(path.join(project, 'taskcache.yml'), CONFIG.replace("'tested '", "'checked '"));
    const r = await run();
    expect(r.replayed).toBe(false);
    expect(r.status).toEqual({ build: 'hit', test: 'miss' });
  });

  test('a directory swapped for a link to its moved copy is seen', async () => {
    // A task whose inputs are below tools/lint/rules/: nothing else looks at tools/.
    writeFileSync(
      path.join(project, 'taskcache.yml'),
      `${CONFIG}  lint:\n    run: node -e "console.log('linted')"\n    inputs: [tools/lint/rules/**]\n`,
    );
    writeProject(project, { 'tools/lint/rules/no-x.json': '{}\n' });
    await run();
    expect((await run()).sealed).toBe(true);
    // What is below tools/lint keeps its inodes and times; tools/lint is now a link out.
    const moved = path.join(root, `moved-${path.basename(project)}`);
    renameSync(path.join(project, 'tools/lint'), moved);
    symlinkSync(moved, path.join(project, 'tools/lint'));
    const r = await run();
    expect(r.replayed).toBe(false);
    expect(r.stderr).toContain('leads out of the workspace');
  });

  test('a torn or tampered seal is not replayed', async () => {
    await sealedProject();
    const file = sealFileOf();
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 3));
    const torn = await run();
    expect(torn.replayed).toBe(false);
    expect(torn.status).toEqual({ build: 'hit', test: 'hit' });
    expect(torn.sealed).toBe(true);
    // A stat of the seal's changed (the last number: a ctime).
    const sealed = readFileSync(sealFileOf());
    sealed.writeDoubleLE(sealed.readDoubleLE(sealed.length - 8) + 1, sealed.length - 8);
    writeFileSync(sealFileOf(), sealed);
    const tampered = await run();
    expect(tampered.replayed).toBe(false);
    expect(tampered.status).toEqual({ build: 'hit', test: 'hit' });
    // A header whose "key" is a path that leads to the same entry: not a key, so not replayed.
    const whole2 = readFileSync(sealFileOf());
    const headerLength = whole2.readUInt32LE(4);
    const header = JSON.parse(whole2.toString('utf8', 8, 8 + headerLength));
    const key: string = header.tasks[0].key;
    header.tasks[0].key = `./../entries/${key.slice(0, 2)}/${key}`;
    const crafted = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(crafted.length);
    writeFileSync(
      sealFileOf(),
      Buffer.concat([whole2.subarray(0, 4), length, crafted, whole2.subarray(8 + headerLength)]),
    );
    const planted = await run();
    expect(planted.replayed).toBe(false);
    expect(planted.status).toEqual({ build: 'hit', test: 'hit' });
  });

  test('a run that saw a file changed within the racy window is not sealed', async () => {
    await sealedProject();
    appendFileSync(path.join(project, 'pkg/test/a.test.js'), 'more\n');
    // Without the clock ahead: the file changed a moment ago.
    const racy = await run({ clock: false });
    expect(racy.status.test).toBe('miss');
    const again = await run({ clock: false });
    expect(again.status).toEqual({ build: 'hit', test: 'hit' });
    expect(again.sealed).toBe(false);
    expect(again.stderr).toMatch(/not sealed: \S+ changed within the racy window/);
  });

  test('a run where git is asked about an untracked input is not sealed', async () => {
    execFileSync('git', ['init', '-q'], { cwd: project });
    execFileSync('git', ['add', 'taskcache.yml', 'pkg/build.cjs', 'pkg/src', 'pkg/test'], {
      cwd: project,
    });
    writeFileSync(path.join(project, '.gitignore'), 'pkg/dist/\n');
    await run();
    // pkg/dist is ignored and the untracked .gitignore is no input: all inputs tracked.
    const tracked = await run();
    expect(tracked.sealed).toBe(true);
    writeFileSync(path.join(project, 'pkg/src/untracked.js'), 'export const u = 1;\n');
    const untracked = await run();
    expect(untracked.replayed).toBe(false);
    expect(untracked.status.build).toBe('miss');
    const after = await run();
    expect(after.status).toEqual({ build: 'hit', test: 'hit' });
    expect(after.sealed).toBe(false);
    expect(after.stderr).toContain('not sealed: git was asked which inputs it ignores');
  });

  test('a seal that no longer holds is checked once, before the bundle loads', async () => {
    await sealedProject();
    const input = path.join(project, 'pkg/src/a.js');
    const earlier = new Date(statSync(input).mtimeMs - 5_000);
    utimesSync(input, earlier, earlier);
    const touched = await run();
    expect(touched.replayed).toBe(false);
    expect(touched.status).toEqual({ build: 'hit', test: 'hit' });
    expect(touched.stderr.match(/seal: \S+ changed/g)).toHaveLength(1);
    expect(touched.sealed).toBe(true);
    const again = await run();
    expect(again.replayed && again.early).toBe(true);
  });

  test('with a remote configured, or without the replay bundle, run replays itself', async () => {
    // A remote no run reaches: every task hits the local store first.
    const remote = ['--remote', 'http://127.0.0.1:9/cache'];
    await run({ args: remote });
    const sealing = await run({ args: remote });
    expect(sealing.sealed).toBe(true);
    const withRemote = await run({ args: remote });
    expect(withRemote.replayed).toBe(true);
    expect(withRemote.early).toBe(false);
    expect(shown(withRemote)).toEqual(shown(sealing));
    // A copy of dist/ without dist/cli/replay.cjs, beside the project's node_modules.
    const copy = path.join(root, `cli-${Math.random().toString(36).slice(2, 8)}`);
    cpSync(path.join(repoRoot, 'dist'), path.join(copy, 'dist'), { recursive: true });
    rmSync(path.join(copy, 'dist/cli/replay.cjs'));
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'));
    await run();
    const bare = await run({ cli: path.join(copy, 'dist/cli.cjs') });
    expect(bare.replayed).toBe(true);
    expect(bare.early).toBe(false);
    expect(bare.status).toEqual({ build: 'hit', test: 'hit' });
  });

  test('--json prints the same report when replayed', async () => {
    const report = (r: Run) => {
      const json = JSON.parse(r.stdout);
      for (const task of json.tasks) {
        task.durationMs = 0;
        task.timeSavedMs = 0;
      }
      json.summary.timeSavedMs = 0;
      return json;
    };
    await run({ args: ['--json'] });
    const keyed = await run({ args: ['--json'] });
    expect(keyed.sealed).toBe(true);
    const replayed = await run({ args: ['--json'] });
    expect(replayed.early).toBe(true);
    expect(report(replayed)).toEqual(report(keyed));
    expect(report(replayed).tasks.map((t: { status: string }) => t.status)).toEqual(['hit', 'hit']);
  });
});
