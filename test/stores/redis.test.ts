// The store contract against redis-server with AUTH, over plain TCP and over TLS (the
// throwaway CA from the servers script), with small chunks on one of them so the large
// archive is stored in many pieces; and the TTL every key gets.

import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initBlake3 } from '../../src/adapters/blake3.js';
import { createRemoteStore } from '../../src/stores/remote.js';
import type { Store } from '../../src/stores/store.js';
import { defineStoreContract } from './contract.js';
import { randomFile, randomKey, removeDir, saveRequest, tempDir } from './fixtures.js';
import { loadServers } from './remotes.js';

const redis = loadServers()?.redis;
// Short-lived: the test server keeps everything in memory.
const withTtl = (url: string, ttl = '10m') => `${url}/0?ttl=${ttl}`;

defineStoreContract(
  'redis',
  async () =>
    createRemoteStore(withTtl(redis!.url), { mode: 'read-write', env: {}, warn: () => {} }),
  { skip: !redis },
);

defineStoreContract(
  'redis over TLS, 1 MiB chunks',
  async () =>
    createRemoteStore(withTtl(redis!.tlsUrl), {
      mode: 'read-write',
      env: { TASKCACHE_REDIS_CA: redis!.caFile },
      chunkBytes: 1024 * 1024,
      warn: () => {},
    }),
  { skip: !redis },
);

describe.skipIf(!redis)('redis keys', () => {
  let dir: string;
  let store: Store;
  let raw: Redis;

  beforeAll(async () => {
    await initBlake3();
    dir = tempDir('redis-keys');
    store = await createRemoteStore(withTtl(redis!.url, '90m'), {
      mode: 'read-write',
      env: {},
      chunkBytes: 4000,
      warn: () => {},
    });
    const url = new URL(redis!.url);
    raw = new Redis({
      host: url.hostname,
      port: Number(url.port),
      password: decodeURIComponent(url.password),
      lazyConnect: true,
    });
  });

  afterAll(async () => {
    await (store as { close?: () => Promise<void> })?.close?.();
    raw?.disconnect();
    if (dir) removeDir(dir);
  });

  test('every key of an entry has a TTL; chunks outlive their envelope', async () => {
    const key = randomKey();
    const request = saveRequest({ key, archivePath: randomFile(dir, 'a.archive', 10_000) });
    expect(await store.put(request)).toBe('saved');
    const keys = (await raw.keys(`taskcache:ac:${key}*`)).sort();
    // The envelope and three chunks of at most 4000 bytes.
    expect(keys).toHaveLength(4);
    const envelopeTtl = await raw.ttl(`taskcache:ac:${key}`);
    expect(envelopeTtl).toBeGreaterThan(89 * 60);
    expect(envelopeTtl).toBeLessThanOrEqual(90 * 60);
    for (const chunk of keys.filter((k) => k.includes(':archive:'))) {
      expect(await raw.ttl(chunk)).toBeGreaterThan(envelopeTtl);
    }
  });

  test('a missing chunk makes the archive fail, never come out short', async () => {
    const key = randomKey();
    const request = saveRequest({ key, archivePath: randomFile(dir, 'b.archive', 10_000) });
    await store.put(request);
    const [chunk] = (await raw.keys(`taskcache:ac:${key}:archive:*:1`)) as [string];
    await raw.del(chunk);
    const entry = await store.get(key);
    expect(entry).toBeDefined();
    const stream = await entry!.openArchive();
    await expect(
      (async () => {
        for await (const _ of stream) {
          // drain
        }
      })(),
    ).rejects.toThrow(/chunk 1 .* is gone/);
  });
});
