// Every store a crafted entry is fed through: the in-memory store, the local store, and the
// real remotes when their servers are up (built as test/stores/remotes.ts does; a suite whose
// server is down is skipped, as the store contract suites are).

import { randomBytes } from 'node:crypto';
import { GithubStore } from '../../src/stores/github.js';
import { LocalStore } from '../../src/stores/local.js';
import { DEFAULT_CHUNK_BYTES } from '../../src/stores/redis.js';
import { createRemoteStore } from '../../src/stores/remote.js';
import type { Store } from '../../src/stores/store.js';
import { tempDir } from '../engine/harness.js';
import {
  bucketName,
  createBucket,
  dropObjects,
  httpStoreUrl,
  loadServers,
  s3Env,
  s3StoreUrl,
  turboStoreUrl,
} from '../stores/remotes.js';
import { type FakeCacheService, startFakeCacheService } from '../support/github-cache-fake.js';
import { MemoryStore } from '../support/memory-store.js';

export interface StoreFactory {
  readonly name: string;
  /** False when the store's server is not running: its suite is skipped. */
  readonly available: boolean;
  /**
   * Archive bytes the store itself reads ahead of what the engine asks for: Redis hands over
   * whole chunks (8 MiB), the Turborepo API one artifact holding record and archive, read
   * whole before the record can be checked. Others stream.
   */
  readonly readAhead?: number;
  /** A store to seed entries into and restore from. */
  make(): Promise<Store>;
  /** After the suite: closes connections and removes what the suite wrote. */
  teardown(): Promise<void>;
}

const servers = loadServers();
const quiet = { warn: () => {} };

/**
 * The GitHub cache store against the cache-service fake. It downloads a blob whole into a
 * scratch file before the engine reads it, so its read-ahead is the whole archive.
 */
function githubStoreFactory(): StoreFactory {
  let service: FakeCacheService | undefined;
  return {
    name: 'github (cache service fake)',
    available: true,
    readAhead: Number.POSITIVE_INFINITY,
    make: async () => {
      service ??= await startFakeCacheService();
      return new GithubStore({
        mode: 'read-write',
        env: service.env(),
      });
    },
    teardown: async () => {
      await service?.close();
      service = undefined;
    },
  };
}

export function storeFactories(): StoreFactory[] {
  const opened: Store[] = [];
  const close = async () => {
    for (const store of opened.splice(0)) {
      await (store as { close?: () => Promise<void> | void }).close?.();
    }
  };
  const bucket = bucketName('security');
  let bucketMade = false;
  const factories: StoreFactory[] = [
    {
      name: 'memory',
      available: true,
      make: async () => new MemoryStore(),
      teardown: async () => {},
    },
    {
      name: 'local',
      available: true,
      make: async () => new LocalStore(tempDir('security-local')),
      teardown: async () => {},
    },
    {
      name: 'http (nginx)',
      available: !!servers?.http,
      make: async () => {
        const store = await createRemoteStore(
          httpStoreUrl(servers!.http!, { prefix: `/security-${randomBytes(4).toString('hex')}` }),
          { mode: 'read-write', env: {}, ...quiet },
        );
        opened.push(store);
        return store;
      },
      teardown: close,
    },
    {
      name: 's3 (radosgw)',
      available: !!servers?.s3,
      make: async () => {
        if (!bucketMade) {
          await createBucket(servers!.s3!, bucket);
          bucketMade = true;
        }
        const store = await createRemoteStore(s3StoreUrl(servers!.s3!, bucket), {
          mode: 'read-write',
          env: s3Env(servers!.s3!),
          ...quiet,
        });
        opened.push(store);
        return store;
      },
      teardown: async () => {
        await close();
        if (bucketMade) await dropObjects(servers!.s3!, bucket);
      },
    },
    {
      name: 'redis',
      available: !!servers?.redis,
      readAhead: DEFAULT_CHUNK_BYTES,
      make: async () => {
        const store = await createRemoteStore(`${servers!.redis!.url}/0?ttl=10m`, {
          mode: 'read-write',
          env: {},
          ...quiet,
        });
        opened.push(store);
        return store;
      },
      teardown: close,
    },
    {
      name: 'turbo (turborepo-remote-cache)',
      available: !!servers?.turbo,
      readAhead: Number.POSITIVE_INFINITY,
      make: async () => {
        const store = await createRemoteStore(turboStoreUrl(servers!.turbo!), {
          mode: 'read-write',
          env: { TURBO_TOKEN: servers!.turbo!.token },
          ...quiet,
        });
        opened.push(store);
        return store;
      },
      teardown: close,
    },
  ];
  factories.push(githubStoreFactory());
  return factories;
}
