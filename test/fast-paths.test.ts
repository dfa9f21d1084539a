// Every fast path computes the same key as plain content hashing: worker threads with the
// native addon, worker threads with WebAssembly, the stat cache, and (from the sources, where
// no bundled worker exists) one thread, on a tree big enough for the workers to start, through
// changes, additions, deletions, renames and racy modifications; and directory listings kept
// between runs, through added, removed and renamed entries.

import { mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import type { TaskSpec } from '../src/engine/config-file.js';
import { computeTaskKey } from '../src/engine/key.js';
import { runCli, tempDir, writeProject } from './support/cli.js';

let project: string;
let cache: string;
const FILES = 1500;
/**
 * The CLI's clock 2.1 s ahead (a module it preloads, through NODE_OPTIONS): files written just
 * before look to the racy rule as they would 2.1 s later, without waiting for it.
 */
let clockAhead: Record<string, string>;
let clockDir: string;

beforeAll(async () => {
  await initBlake3();
  project = tempDir('fast');
  cache = tempDir('fast-cache');
  writeProject(project, {
    'taskcache.yml': 'tasks:\n  t:\n    run: "true"\n    inputs: ["src/**"]\n',
  });
  for (let i = 0; i < FILES; i++) {
    const dir = path.join(project, 'src', `d${i % 37}`);
    mkdirSync(dir, { recursive: true });
    // Mostly small files, some over the one-read limit (1 MiB) to take the chunked path.
    const size = i % 500 === 0 ? 9 * 1024 * 1024 + i : (i * 7919) % 20_000;
    writeFileSync(path.join(dir, `f${i}.txt`), Buffer.alloc(size, i % 251));
  }
  clockDir = tempDir('fast-clock');
  const preload = path.join(clockDir, 'clock-ahead.cjs');
  writeFileSync(preload, 'const now = Date.now;\nDate.now = () => now() + 2100;\n');
  clockAhead = { NODE_OPTIONS: `--require ${preload}` };
});
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(`${cache}-wasm`, { recursive: true, force: true });
  rmSync(clockDir, { recursive: true, force: true });
});

const spec: TaskSpec = {
  name: 't',
  command: 'true',
  shell: 'bash',
  cwd: '.',
  inputs: ['src/**'],
  outputs: [],
  env: [],
  keyCommands: [],
  salt: '',
  redact: [],
};

async function plainKey(): Promise<string> {
  const platform = { os: process.platform, arch: process.arch };
  return (await computeTaskKey(spec, { workspace: project, env: {}, platform })).key;
}

/**
 * The key the bundled CLI computes, and what its debug line says it hashed, and how, and how
 * many directory listings it took from its state.
 */
async function cliRun(
  env: Record<string, string> = {},
): Promise<{ key: string; hashing: string; listings: string }> {
  const result = await runCli(['dry-run', 't', '--json'], {
    cwd: project,
    env: { TASKCACHE_DIR: cache, TASKCACHE_DEBUG: '1', ...env },
  });
  expect(result.code, result.stderr).toBe(0);
  const hashing = /hashing (\d+ on \d+) thread/.exec(result.stderr)?.[1] ?? result.stderr;
  const listings = /(\d+ of \d+) directory listings reused/.exec(result.stderr)?.[1] ?? 'none';
  return { key: JSON.parse(result.stdout).tasks[0].key, hashing, listings };
}

async function cliKey(env: Record<string, string> = {}): Promise<string> {
  return (await cliRun(env)).key;
}

async function expectAllEqual(): Promise<void> {
  const plain = await plainKey();
  // The native addon (when installed) and WebAssembly, each with state of its own, so each
  // hashes what changed; then a run that may reuse the state the first one kept.
  expect(await cliKey()).toBe(plain);
  expect(await cliKey({ TASKCACHE_DIR: `${cache}-wasm`, TASKCACHE_BLAKE3: 'wasm' })).toBe(plain);
  expect(await cliKey()).toBe(plain);
}

describe('fast paths compute the same key as plain hashing', () => {
  it('hashing on worker threads, then trusting the stat cache', async () => {
    const plain = await plainKey();
    // Files modified within 2 s of being hashed are never trusted (the racy rule): the runs
    // read a clock 2.1 s ahead.
    const threads = availableParallelism() > 1 ? Math.min(4, availableParallelism()) : 1;
    // src and its 37 directories: listings are kept from the second run with state on, and
    // taken from it by the third.
    expect(await cliRun(clockAhead)).toEqual({
      key: plain,
      hashing: `${FILES} on ${threads}`,
      listings: 'none',
    });
    expect(await cliRun(clockAhead)).toEqual({
      key: plain,
      hashing: '0 on 1',
      listings: '0 of 38',
    });
    expect(await cliRun(clockAhead)).toEqual({
      key: plain,
      hashing: '0 on 1',
      listings: '38 of 38',
    });
  });

  it('on a fresh tree', expectAllEqual);

  it('after changes, additions, deletions and renames', async () => {
    const before = await plainKey();
    writeFileSync(path.join(project, 'src/d1/f1.txt'), 'changed');
    writeFileSync(path.join(project, 'src/d2/new.txt'), 'added');
    unlinkSync(path.join(project, 'src/d3/f3.txt'));
    renameSync(path.join(project, 'src/d4/f4.txt'), path.join(project, 'src/d4/renamed.txt'));
    mkdirSync(path.join(project, 'src/d6/sub'));
    writeFileSync(path.join(project, 'src/d6/sub/deeper.txt'), 'added below');
    rmSync(path.join(project, 'src/d7'), { recursive: true });
    const after = await plainKey();
    expect(after).not.toBe(before);
    // Listings kept from the first test: the directories whose entries changed (src, d2, d3,
    // d4, d6) and the new one are listed again; a changed file leaves its directory alone.
    expect(await cliRun()).toMatchObject({ key: after, listings: '32 of 38' });
    await expectAllEqual();
  });

  it('after a racy modification: same size, same mtime second, new content', async () => {
    await cliKey();
    const file = path.join(project, 'src/d5/f5.txt');
    const { readFileSync, statSync, utimesSync } = await import('node:fs');
    const original = readFileSync(file);
    const stat = statSync(file);
    const flipped = Buffer.from(original);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    writeFileSync(file, flipped);
    utimesSync(file, stat.atime, stat.mtime);
    await expectAllEqual();
  });
});
