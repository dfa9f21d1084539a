// Blob hints from the store (src/engine/store-hints.ts): a fresh clone with no local state,
// whose store holds the task's earlier entry, reads only the files whose blob the entry does
// not name, and its key is the key computed by reading every file.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { blake3 } from '../../src/adapters/blake3.js';
import { decodeRecord, encodeRecord } from '../../src/core/entry.js';
import { runTask } from '../../src/engine/engine.js';
import { computeTaskKey } from '../../src/engine/key.js';
import { signerFromEnv } from '../../src/engine/signing.js';
import type { Store } from '../../src/stores/store.js';
import { MemoryStore } from '../support/memory-store.js';
import { cleanupAll, ready, taskSpec, tempDir, testEngine } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

const root = tempDir('store-hints');
let serial = 0;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root,
    },
  });
}

/** Lets the clock move on and has git rewrite the index, so no entry is racy. */
function refresh(dir: string): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  git(dir, 'status', '--porcelain');
}

const FILES = ['a.txt', 'b.txt', 'c.txt', 'src/d.txt', 'src/e.txt', 'src/f.txt'];

/** A committed repository of FILES and a fresh clone of it, each with no local state yet. */
function repoAndClone(): { origin: string; clone: string } {
  const origin = path.join(root, `origin-${serial}`);
  const clone = path.join(root, `clone-${serial++}`);
  mkdirSync(path.join(origin, 'src'), { recursive: true });
  for (const name of FILES) writeFileSync(path.join(origin, name), `content of ${name}\n`);
  git(origin, 'init', '-q');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'init');
  refresh(origin);
  git(root, 'clone', '-q', origin, clone);
  refresh(clone);
  return { origin, clone };
}

const spec = taskSpec({
  command: 'mkdir -p out && cat a.txt > out/x',
  inputs: ['**/*.txt'],
  outputs: ['out/**'],
});

const signing = { TASKCACHE_SIGNING_KEY: 'k'.repeat(64) };

/** Saves the task's entry from `origin`, then keys it in the clone with empty state. */
async function fromClone(options: {
  saveSigned: boolean;
  keySigned: boolean;
  lie?: boolean;
  /** Wait until the clone's files are older than the stat cache's racy window. */
  aged?: boolean;
}) {
  const { origin, clone } = repoAndClone();
  if (options.aged) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
  const store = new MemoryStore();
  const scope = 'scope-hints';
  const engine = (workspace: string, signed: boolean, stores: readonly Store[]) => {
    const env = { PATH: process.env.PATH, LANG: 'C', ...(signed ? signing : {}) };
    const signer = signed ? signerFromEnv(env) : undefined;
    const made = testEngine({ workspace, stores, scope, env, ...(signer ? { signer } : {}) });
    return { ...made.engine, stateDir: tempDir('state') };
  };
  const saved = await runTask(spec, engine(origin, options.saveSigned, [store]));
  expect(saved.status).toBe('miss');
  expect(store.entries.size).toBe(1);
  // An edit in the clone: its stat no longer matches the index, so it is read.
  writeFileSync(path.join(clone, 'c.txt'), 'changed\n');
  if (options.lie) {
    // A store writer without the signing key names the edited content's blob for c.txt, so
    // the old digest would stand for the new content: re-encoded, unsigned, digest valid.
    const [key, entry] = [...store.entries][0]!;
    const decoded = decodeRecord(entry.recordText, undefined, blake3);
    if (!decoded.ok) throw new Error(decoded.reason);
    const changed = git(clone, 'hash-object', 'c.txt').trim();
    const blobs = { ...decoded.record.blobs, 'c.txt': changed };
    const recordText = encodeRecord({ ...decoded.record, blobs }, blake3);
    store.entries.set(key, { ...entry, recordText });
    // And git's index agrees with the edit, as after `git add`: c.txt now matches its entry.
    git(clone, 'add', 'c.txt');
    refresh(clone);
  }
  const cloneEngine = engine(clone, options.keySigned, [store]);
  const fresh = await computeTaskKey(spec, cloneEngine);
  // The oracle: no state, no store, every file read.
  const oracle = await computeTaskKey(spec, {
    ...engine(clone, options.keySigned, []),
    stateDir: undefined,
  });
  return { fresh, oracle, again: () => computeTaskKey(spec, cloneEngine), store };
}

describe('blob hints from the store', () => {
  test('a fresh clone reads only the changed file and keys as reading every file', async () => {
    const { fresh, oracle } = await fromClone({ saveSigned: false, keySigned: false });
    expect(oracle.read).toBe(FILES.length);
    expect(fresh.read).toBe(1);
    expect(fresh.key).toBe(oracle.key);
    expect(fresh.manifest).toEqual(oracle.manifest);
  });

  test('the next run on that runner neither reads those files nor asks the store', async () => {
    const { oracle, again, store } = await fromClone({
      saveSigned: false,
      keySigned: false,
      aged: true,
    });
    const asked = store.calls.latestRecord;
    const next = await again();
    // Only the edit, written moments ago: too recent for the stat cache to trust (racy).
    expect(next.read).toBe(1);
    expect(store.calls.latestRecord).toBe(asked);
    expect(next.key).toBe(oracle.key);
  });

  test('with signing on, a signed entry gives hints', async () => {
    const { fresh, oracle } = await fromClone({ saveSigned: true, keySigned: true });
    expect(fresh.read).toBe(1);
    expect(fresh.key).toBe(oracle.key);
  });

  test('with signing on, an unsigned entry gives none: every file is read', async () => {
    const { fresh, oracle } = await fromClone({ saveSigned: false, keySigned: true });
    expect(fresh.read).toBe(FILES.length);
    expect(fresh.key).toBe(oracle.key);
  });

  test('files the store gave no hint for are read and give this runner hints', async () => {
    const { fresh } = await fromClone({ saveSigned: false, keySigned: true });
    expect(fresh.read).toBe(FILES.length);
    // Each file read while its stat matched its index entry (all but the edit) names its blob.
    expect([...(fresh.blobs?.keys() ?? [])].sort()).toEqual(
      FILES.filter((file) => file !== 'c.txt').sort(),
    );
  });

  test('with signing on, an unsigned lying hint is not used', async () => {
    const { fresh, oracle } = await fromClone({ saveSigned: true, keySigned: true, lie: true });
    expect(fresh.read).toBe(FILES.length);
    expect(fresh.key).toBe(oracle.key);
  });

  test('with signing off, a lying hint is used: the residual risk SECURITY.md names', async () => {
    const { fresh, oracle } = await fromClone({ saveSigned: false, keySigned: false, lie: true });
    expect(fresh.read).toBe(0);
    expect(fresh.key).not.toBe(oracle.key);
  });
});
