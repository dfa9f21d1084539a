import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import { setCollector } from '../../src/adapters/collect.js';
import { StatCache } from '../../src/adapters/stat-cache.js';
import type { Digest } from '../../src/core/digest.js';
import { computeTaskKey } from '../../src/engine/key.js';
import {
  KeyCaches,
  loadScanCaches,
  scanStateNames,
  withKeyCaches,
} from '../../src/engine/key-caches.js';
import { tempDir } from '../support/cli.js';

const dir = tempDir('key-caches');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  await initBlake3();
});

/** A state directory whose stat cache for `workspace` has a row, as after a first run. */
function stateWithStats(name: string, workspace: string): { state: string; id: string } {
  const state = path.join(dir, name);
  mkdirSync(state, { recursive: true });
  const id = blake3(workspace).slice(0, 24);
  const cache = StatCache.load(path.join(state, `stat-${id}.bin`));
  const now = Date.now();
  const stat = { path: 'a', size: 1, mtimeMs: now - 60_000, ctimeMs: now - 60_000, ino: 7 };
  cache.record(stat, 'ab'.repeat(32) as Digest, now);
  cache.save();
  return { state, id };
}

describe('the scan caches of a state directory', () => {
  it('removes the listing cache an earlier version kept as JSON', () => {
    const workspace = path.join(dir, 'ws');
    const { state, id } = stateWithStats('legacy', workspace);
    const legacy = path.join(state, `dirs-${id}.json`);
    writeFileSync(legacy, '{"dirs":{}}');
    const other = path.join(state, 'dirs-0123456789abcdef01234567.json');
    writeFileSync(other, '{"dirs":{}}');
    const caches = loadScanCaches(state, workspace);
    expect(caches.dirCache).toBeDefined();
    expect(existsSync(legacy)).toBe(false);
    // Another workspace's file is its own invocation's to remove.
    expect(existsSync(other)).toBe(true);
  });

  it('leaves what it cannot remove, and loads anyway', () => {
    const workspace = path.join(dir, 'ws2');
    const { state, id } = stateWithStats('legacy-dir', workspace);
    const inTheWay = path.join(state, `dirs-${id}.json`);
    mkdirSync(path.join(inTheWay, 'inside'), { recursive: true });
    expect(() => loadScanCaches(state, workspace)).not.toThrow();
    expect(existsSync(path.join(inTheWay, 'inside'))).toBe(true);
  });
});

describe('the scan caches of an invocation', () => {
  it('share scans between tasks, and keep no memo for an invocation of one task', async () => {
    const { state } = stateWithStats('memo', '/w/memo');
    const seen: Array<boolean> = [];
    for (const tasks of [undefined, 3, 1]) {
      await withKeyCaches(
        { keyCaches: undefined as KeyCaches | undefined },
        async (context) => {
          const caches = context.keyCaches!.of(state, '/w/memo');
          seen.push(caches.memo !== undefined);
          // One memo per invocation, and the listing cache shares it.
          expect(context.keyCaches!.of(state, '/w/memo').memo).toBe(caches.memo);
          expect(caches.dirCache?.memo).toBe(caches.memo);
        },
        tasks,
      );
    }
    expect(seen).toEqual([true, true, false]);
  });
});

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
async function checkout(): Promise<{ repo: string; stateDir: string; key: string }> {
  const repo = path.join(dir, `repo-${serial++}`);
  mkdirSync(path.join(repo, 'src'), { recursive: true });
  writeFileSync(path.join(repo, 'src', 'a.ts'), 'one');
  writeFileSync(path.join(repo, 'src', 'b.ts'), 'two');
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
  const stateDir = path.join(dir, `state-${serial++}`);
  // The first run keeps a stat cache; the listings are kept from the next one on.
  const first = await computeTaskKey(task, { ...context(stateDir), workspace: repo });
  return { repo, stateDir, key: first.key };
}

const context = (stateDir: string) => ({
  env: {},
  platform: { os: 'linux', arch: 'x64' },
  stateDir,
});

describe('the key-only caches of an invocation', () => {
  // Files written just before look to the racy rule as they would 2.1 s later: the caches keep
  // what they see.
  beforeAll(() => {
    const now = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => now() + 2100);
  });
  afterAll(() => vi.restoreAllMocks());
  afterEach(() => setCollector(undefined));

  it("lets the git index and the listings go after the last task's key, and collects once", async () => {
    const { repo, stateDir, key } = await checkout();
    let collected = 0;
    setCollector(() => collected++);
    const keyCaches = new KeyCaches({ tasks: 2 });
    const ctx = { ...context(stateDir), workspace: repo, keyCaches };
    expect((await computeTaskKey(task, ctx)).key).toBe(key);
    keyCaches.keyed();
    const before = keyCaches.of(stateDir, repo);
    expect(before.gitIndex).toBeDefined();
    expect(before.dirCache).toBeDefined();
    expect(collected).toBe(0);

    expect((await computeTaskKey(task, ctx)).key).toBe(key);
    keyCaches.keyed();
    const after = keyCaches.of(stateDir, repo);
    expect(after.gitIndex).toBeUndefined();
    expect(after.dirCache).toBeUndefined();
    expect(before.blobHints).toBeDefined();
    expect(after.blobHints).toBeUndefined();
    // Kept: a restore checks the outputs already in place with it.
    expect(after.statCache).toBe(before.statCache);
    expect(collected).toBe(1);
    // The listings were written when they went, not lost.
    const [, listings] = scanStateNames(repo);
    expect(existsSync(path.join(stateDir, listings!))).toBe(true);
    // A key asked for after all (a caller that keys again) is the same, only slower.
    expect((await computeTaskKey(task, ctx)).key).toBe(key);
  });

  it('keeps them while tasks are left, or when how many is not known', async () => {
    const { repo, stateDir } = await checkout();
    let collected = 0;
    setCollector(() => collected++);
    for (const keyCaches of [new KeyCaches({ tasks: 3 }), new KeyCaches()]) {
      const ctx = { ...context(stateDir), workspace: repo, keyCaches };
      await computeTaskKey(task, ctx);
      keyCaches.keyed();
      keyCaches.keyed();
      const caches = keyCaches.of(stateDir, repo);
      expect(caches.gitIndex).toBeDefined();
      expect(caches.dirCache).toBeDefined();
    }
    expect(collected).toBe(0);
  });
});
