// A run that only reads a state file marks it used, so `prune` (src/stores/local-prune.ts),
// which goes by mtime, keeps what runs still use: a reused config parse, a workspace's stat
// and listing caches when an invocation loads them, a kept log a hit replays. Ages are set
// with utimes, never waited for.

import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { blake3 } from '../../src/adapters/blake3.js';
import { KeptLogs } from '../../src/adapters/kept-logs.js';
import { StatCache } from '../../src/adapters/stat-cache.js';
import type { Digest } from '../../src/core/digest.js';
import { loadConfigCached } from '../../src/engine/config-file.js';
import { KeyCaches, scanStateNames } from '../../src/engine/key-caches.js';
import { cleanupAll, ready, tempDir } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

const LONG_AGO = (Date.now() - 40 * 24 * 3600 * 1000) / 1000;

function makeOld(file: string): void {
  utimesSync(file, LONG_AGO, LONG_AGO);
}

/** Whether the file's mtime is recent (set by the call under test, not 40 days ago). */
function usedJustNow(file: string): boolean {
  return Date.now() - statSync(file).mtimeMs < 3600 * 1000;
}

describe('reuse marks state used', () => {
  test('a reused config parse', async () => {
    const dir = tempDir('state-use-config');
    const state = path.join(dir, 'state');
    const file = path.join(dir, 'taskcache.yml');
    writeFileSync(file, 'tasks:\n  t:\n    run: echo hi\n');
    const options = { env: {}, schemaId: 'test-schema' };
    await loadConfigCached(file, state, options);
    const [name] = readdirSync(state).filter((f) => f.startsWith('config-'));
    const kept = path.join(state, name!);
    makeOld(kept);
    expect((await loadConfigCached(file, state, options)).config.tasks.t?.run).toBe('echo hi');
    expect(usedJustNow(kept)).toBe(true);
  });

  test("a workspace's stat and listing caches and its seal, when an invocation loads them", () => {
    const workspace = path.join(tempDir('state-use-ws'), 'ws');
    const stateDir = tempDir('state-use-scan');
    const [statName, dirsName, sealName] = scanStateNames(workspace);
    // A stat cache with a row, as after a first run; the listings as a second run left them.
    const cache = StatCache.load(path.join(stateDir, statName!));
    const now = Date.now();
    const stat = { path: 'a', size: 1, mtimeMs: now - 60_000, ctimeMs: now - 60_000, ino: 7 };
    cache.record(stat, 'ab'.repeat(32) as Digest, now);
    cache.save();
    writeFileSync(path.join(stateDir, dirsName!), 'listings');
    writeFileSync(path.join(stateDir, sealName!), 'a seal');
    const files = [statName!, dirsName!, sealName!].map((name) => path.join(stateDir, name));
    for (const file of files) makeOld(file);
    // Nothing to write at its end, yet the invocation used both.
    new KeyCaches().of(stateDir, workspace);
    for (const file of files) expect(usedJustNow(file), file).toBe(true);
  });

  test('a kept log a hit replays', () => {
    const dir = path.join(tempDir('state-use-logs'), 'logs');
    const logs = new KeptLogs(dir);
    const log = Buffer.from('the build log\n');
    logs.keep(log);
    const file = path.join(dir, blake3(log));
    makeOld(file);
    expect(logs.get({ size: log.length, digest: blake3(log) as Digest })?.toString()).toBe(
      'the build log\n',
    );
    expect(usedJustNow(file)).toBe(true);
    // A log asked for with another digest is not marked.
    const other = path.join(dir, blake3(Buffer.from('other')));
    mkdirSync(dir, { recursive: true });
    writeFileSync(other, 'changed');
    makeOld(other);
    expect(logs.get({ size: 5, digest: blake3(Buffer.from('other')) as Digest })).toBeUndefined();
    expect(usedJustNow(other)).toBe(false);
  });
});
