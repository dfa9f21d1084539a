// TTLs that behave like a cache: the local store's max-age holds on reads (by last use, as
// prune's), Redis entries live another TTL when they are read (sliding expiry), and the run
// log keeps a bounded history.

import { appendFileSync, existsSync, readFileSync, utimesSync } from 'node:fs';
import * as path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initBlake3 } from '../../src/adapters/blake3.js';
import { LocalStore } from '../../src/stores/local.js';
import { createRemoteStore } from '../../src/stores/remote.js';
import { RUN_LOG_KEEP, RUN_LOG_MAX_BYTES } from '../../src/stores/run-log.js';
import type { Store } from '../../src/stores/store.js';
import { randomFile, randomKey, removeDir, saveRequest, tempDir } from './fixtures.js';
import { loadServers } from './remotes.js';

const DAY = 24 * 3600 * 1000;
const dirs: string[] = [];
beforeAll(() => initBlake3());
afterAll(() => {
  for (const dir of dirs) removeDir(dir);
});
function fresh(label: string): string {
  const dir = tempDir(label);
  dirs.push(dir);
  return dir;
}

/** Makes the entry's last use `ms` ago, as if it had not been read since. */
function age(root: string, key: string, ms: number): void {
  const when = (Date.now() - ms) / 1000;
  utimesSync(path.join(root, 'entries', key.slice(0, 2), key, 'record.json'), when, when);
}

describe('local max-age on reads', () => {
  test('an entry unused for longer than max-age is a miss, and removed', async () => {
    const root = fresh('ttl-local');
    const store = new LocalStore(root);
    store.expireAfter(DAY);
    const key = randomKey();
    await store.put(saveRequest({ key, archivePath: randomFile(root, 'a.archive', 1000) }));
    expect(await store.get(key)).toBeDefined();
    age(root, key, 2 * DAY);
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeUndefined();
    expect(existsSync(path.join(root, 'entries', key.slice(0, 2), key))).toBe(false);
  });

  test('a read is a use: an entry read within max-age stays', async () => {
    const root = fresh('ttl-local');
    const store = new LocalStore(root);
    store.expireAfter(DAY);
    const key = randomKey();
    await store.put(saveRequest({ key, archivePath: randomFile(root, 'a.archive', 1000) }));
    age(root, key, DAY / 2);
    expect(await store.get(key)).toBeDefined();
    // The read made it new again: half a day more is still within max-age.
    age(root, key, DAY / 2);
    expect(await store.get(key)).toBeDefined();
  });

  test('a read-only store misses an old entry and leaves it in place; no max-age, no expiry', async () => {
    const root = fresh('ttl-local');
    const key = randomKey();
    await new LocalStore(root).put(
      saveRequest({ key, archivePath: randomFile(root, 'a.archive', 1000) }),
    );
    age(root, key, 2 * DAY);
    const readOnly = new LocalStore(root, 'read');
    readOnly.expireAfter(DAY);
    expect(await readOnly.get(key)).toBeUndefined();
    expect(existsSync(path.join(root, 'entries', key.slice(0, 2), key))).toBe(true);
    expect(await new LocalStore(root).get(key)).toBeDefined();
  });
});

describe('the run log', () => {
  test('past its bound it keeps the last runs, the newest included', async () => {
    const root = fresh('ttl-runs');
    const store = new LocalStore(root);
    const line = (i: number) =>
      `${JSON.stringify({ time: '2026-01-01T00:00:00.000Z', task: `t${i}`, key: 'k'.repeat(64), status: 'hit', source: 'local', durationMs: 1, savedMs: 1, pad: 'x'.repeat(100) })}\n`;
    const lines: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes <= RUN_LOG_MAX_BYTES; i += 1) {
      lines.push(line(i));
      bytes += lines.at(-1)!.length;
    }
    appendFileSync(path.join(root, 'runs.jsonl'), lines.join(''));
    await store.recordRun({
      time: new Date().toISOString(),
      task: 'newest',
      key: 'a'.repeat(64),
      status: 'miss',
      source: null,
      durationMs: 5,
      savedMs: 0,
    });
    const runs = await store.runs();
    expect(runs).toHaveLength(RUN_LOG_KEEP);
    expect(runs.at(-1)!.task).toBe('newest');
    expect(runs[0]!.task).toBe(`t${lines.length - RUN_LOG_KEEP + 1}`);
    expect(readFileSync(path.join(root, 'runs.jsonl'), 'utf8').length).toBeLessThan(
      RUN_LOG_MAX_BYTES,
    );
  });
});

const redis = loadServers()?.redis;

describe.skipIf(!redis)('redis sliding expiry', () => {
  let dir: string;
  let raw: Redis;
  const prefix = `ttl-${Date.now().toString(36)}:`;
  const open = (mode: 'read-write' | 'read') =>
    createRemoteStore(`${redis!.url}/0?ttl=1h&prefix=${prefix}`, {
      mode,
      env: {},
      chunkBytes: 4000,
      warn: () => {},
    });

  beforeAll(async () => {
    dir = fresh('ttl-redis');
    const url = new URL(redis!.url);
    raw = new Redis({
      host: url.hostname,
      port: Number(url.port),
      password: decodeURIComponent(url.password),
      lazyConnect: true,
    });
  });
  afterAll(() => raw?.disconnect());

  /** The TTLs of the entry's keys once `check` holds, or after some tries. */
  async function ttls(key: string, check: (ttl: number[]) => boolean): Promise<number[]> {
    let found: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const names = (await raw.keys(`${prefix}ac:${key}*`)).sort();
      found = await Promise.all(names.map((name) => raw.ttl(name)));
      if (check(found)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return found;
  }

  test('a read gives the entry and its chunks another TTL', async () => {
    const store: Store = await open('read-write');
    try {
      const key = randomKey();
      await store.put(saveRequest({ key, archivePath: randomFile(dir, 'a.archive', 10_000) }));
      for (const name of await raw.keys(`${prefix}ac:${key}*`)) await raw.expire(name, 100);
      expect(await store.get(key)).toBeDefined();
      const after = await ttls(key, (t) => t.length === 4 && t.every((s) => s > 3000));
      expect(after).toHaveLength(4);
      for (const ttl of after) expect(ttl).toBeGreaterThan(3000);
    } finally {
      await (store as { close?: () => Promise<void> }).close?.();
    }
  });

  test('a read-only store leaves the TTL as it is', async () => {
    const writer = await open('read-write');
    const reader = await open('read');
    try {
      const key = randomKey();
      await writer.put(saveRequest({ key, archivePath: randomFile(dir, 'b.archive', 10_000) }));
      await raw.expire(`${prefix}ac:${key}`, 100);
      expect(await reader.get(key)).toBeDefined();
      // A round trip on the reader's connection after the read: a refresh would be done by now.
      await reader.has(key);
      expect(await raw.ttl(`${prefix}ac:${key}`)).toBeLessThanOrEqual(100);
    } finally {
      await (writer as { close?: () => Promise<void> }).close?.();
      await (reader as { close?: () => Promise<void> }).close?.();
    }
  });
});
