// The scan caches of an invocation: what only keys read goes once the last task's key is
// computed, so the restores and saves after it do not carry it.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import { setCollector } from '../src/adapters/collect.js';
import { computeTaskKey } from '../src/engine/key.js';
import { KeyCaches, scanStateNames } from '../src/engine/key-caches.js';
import { tempDir } from './support/cli.js';

const root = tempDir('keycaches');
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => setCollector(undefined));
let serial = 0;

const task = {
  name: 'build',
  command: 'true',
  shell: 'sh' as const,
  cwd: '.',
  inputs: ['src/**'],
  outputs: [],
  env: [],
  keyCommands: [],
  salt: '',
  redact: [],
};

/** A committed checkout, and a state directory that a first run has filled. */
async function checkout(): Promise<{ dir: string; stateDir: string; key: string }> {
  const dir = path.join(root, `repo-${serial++}`);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'src', 'a.ts'), 'one');
  writeFileSync(path.join(dir, 'src', 'b.ts'), 'two');
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: root };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
  const stateDir = path.join(root, `state-${serial++}`);
  // The first run keeps a stat cache; the listings are kept from the next one on.
  const first = await computeTaskKey(task, { ...context(stateDir), workspace: dir });
  return { dir, stateDir, key: first.key };
}

const context = (stateDir: string) => ({
  env: {},
  platform: { os: 'linux', arch: 'x64' },
  stateDir,
});

beforeAll(async () => {
  await initBlake3();
  // Files written just before look to the racy rule as they would 2.1 s later: the caches keep
  // what they see.
  const now = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => now() + 2100);
});
afterAll(() => vi.restoreAllMocks());

describe('KeyCaches', () => {
  it("lets the git index and the listings go after the last task's key, and collects once", async () => {
    const { dir, stateDir, key } = await checkout();
    let collected = 0;
    setCollector(() => collected++);
    const keyCaches = new KeyCaches({ tasks: 2 });
    const ctx = { ...context(stateDir), workspace: dir, keyCaches };
    expect((await computeTaskKey(task, ctx)).key).toBe(key);
    keyCaches.keyed();
    const before = keyCaches.of(stateDir, dir);
    expect(before.gitIndex).toBeDefined();
    expect(before.dirCache).toBeDefined();
    expect(collected).toBe(0);

    expect((await computeTaskKey(task, ctx)).key).toBe(key);
    keyCaches.keyed();
    const after = keyCaches.of(stateDir, dir);
    expect(after.gitIndex).toBeUndefined();
    expect(after.dirCache).toBeUndefined();
    expect(before.blobHints).toBeDefined();
    expect(after.blobHints).toBeUndefined();
    // Kept: a restore checks the outputs already in place with it.
    expect(after.statCache).toBe(before.statCache);
    expect(collected).toBe(1);
    // The listings were written when they went, not lost.
    const [, listings] = scanStateNames(dir);
    expect(existsSync(path.join(stateDir, listings!))).toBe(true);
    // A key asked for after all (a caller that keys again) is the same, only slower.
    expect((await computeTaskKey(task, ctx)).key).toBe(key);
  });

  it('keeps them while tasks are left, or when how many is not known', async () => {
    const { dir, stateDir } = await checkout();
    let collected = 0;
    setCollector(() => collected++);
    for (const keyCaches of [new KeyCaches({ tasks: 3 }), new KeyCaches()]) {
      const ctx = { ...context(stateDir), workspace: dir, keyCaches };
      await computeTaskKey(task, ctx);
      keyCaches.keyed();
      keyCaches.keyed();
      const caches = keyCaches.of(stateDir, dir);
      expect(caches.gitIndex).toBeDefined();
      expect(caches.dirCache).toBeDefined();
    }
    expect(collected).toBe(0);
  });
});
