// Fault injection: a loopback proxy in front of each real server refuses, hangs, answers 500
// or 429 (Retry-After: 1), cuts a body short, stalls mid-body, or flips a byte. For every mode
// and every HTTP-based store (http via nginx, turbo, s3 via radosgw), the operation throws a
// StoreError, or hands over bytes the engine's verification rejects: nothing corrupt is ever
// accepted; and the requests made stay within the retry cap. Redis gets refuse and hang at the
// TCP level.

import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, type ExpectStatic, test } from 'vitest';
import { CorruptEntryError, stageArchive } from '../../src/adapters/archive.js';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import { decodeRecord } from '../../src/core/entry.js';
import { createRemoteStore, type RemoteStoreOptions } from '../../src/stores/remote.js';
import { type Store, StoreError } from '../../src/stores/store.js';
import { type FaultMode, type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import {
  type RealEntry,
  randomFile,
  randomKey,
  readAll,
  realEntry,
  removeDir,
  saveRequest,
  tempDir,
} from './fixtures.js';
import {
  bucketName,
  createBucket,
  dropObjects,
  httpStoreUrl,
  loadServers,
  s3Env,
  s3StoreUrl,
  turboStoreUrl,
} from './remotes.js';

const servers = loadServers();
const ATTEMPTS = 3;
/** Client settings for the tests: short waits, and a short idle timeout only where a fault
 * makes the server go silent (a busy CI machine must not turn a slow answer into a fault). */
const SHORT_IDLE_MS = 400;
const options = (mode: FaultMode): Omit<RemoteStoreOptions, 'mode' | 'env'> => ({
  connectTimeoutMs: 2000,
  timeoutMs: mode === 'delay' || mode === 'stall' ? SHORT_IDLE_MS : 10_000,
  maxAttempts: ATTEMPTS,
  retryBaseDelayMs: 20,
  retryMaxDelayMs: 1500,
  warn: () => {},
});
const FAST = options('pass');

interface Target {
  readonly name: string;
  readonly available: boolean;
  /** The real server's origin, for the proxy. */
  upstream(): string;
  /** A store that talks to the server directly (to seed entries and check results). */
  direct(): Promise<Store>;
  /** The same store through the proxy. */
  through(proxy: FaultProxy, mode: FaultMode): Promise<Store>;
  /** Requests that download an archive. */
  readonly content: (method: string, path: string) => boolean;
  /** Logical requests of get + openArchive, and of put (each may be retried). */
  readonly getRequests: number;
  readonly putRequests: number;
  /** Whether the client waits as long as Retry-After asks. */
  readonly honoursRetryAfter: boolean;
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
}

const bucket = bucketName('faults');

const targets: Target[] = [
  {
    name: 'http (nginx)',
    available: !!servers?.http,
    upstream: () => servers!.http!.url,
    direct: () =>
      createRemoteStore(httpStoreUrl(servers!.http!), { mode: 'read-write', env: {}, ...FAST }),
    through: (proxy, mode) =>
      createRemoteStore(httpStoreUrl(servers!.http!, { origin: proxy.url }), {
        mode: 'read-write',
        env: {},
        ...options(mode),
      }),
    content: (method, path) => method === 'GET' && path.includes('/cas/'),
    getRequests: 2,
    putRequests: 5,
    honoursRetryAfter: true,
  },
  {
    name: 'turbo (turborepo-remote-cache)',
    available: !!servers?.turbo,
    upstream: () => servers!.turbo!.url,
    direct: () =>
      createRemoteStore(turboStoreUrl(servers!.turbo!), {
        mode: 'read-write',
        env: { TURBO_TOKEN: servers!.turbo!.token },
        ...FAST,
      }),
    through: (proxy, mode) =>
      createRemoteStore(turboStoreUrl(servers!.turbo!, proxy.url), {
        mode: 'read-write',
        env: { TURBO_TOKEN: servers!.turbo!.token },
        ...options(mode),
      }),
    // One artifact holds record and archive.
    content: (method) => method === 'GET',
    getRequests: 1,
    putRequests: 3,
    honoursRetryAfter: true,
  },
  {
    name: 's3 (radosgw)',
    available: !!servers?.s3,
    upstream: () => servers!.s3!.endpoint,
    direct: () =>
      createRemoteStore(s3StoreUrl(servers!.s3!, bucket), {
        mode: 'read-write',
        env: s3Env(servers!.s3!),
        ...FAST,
      }),
    through: (proxy, mode) =>
      createRemoteStore(s3StoreUrl(servers!.s3!, bucket, { endpoint: proxy.url }), {
        mode: 'read-write',
        env: s3Env(servers!.s3!),
        ...options(mode),
      }),
    content: (method, path) => method === 'GET' && path.includes('/cas/'),
    getRequests: 2,
    // HEAD ac, HEAD cas, one PutObject (the archive is below the multipart size), PUT ac, PUT latest.
    putRequests: 5,
    honoursRetryAfter: true,
    setup: () => createBucket(servers!.s3!, bucket),
    teardown: () => dropObjects(servers!.s3!, bucket),
  },
];

type Outcome = 'store-error' | 'miss' | 'record-rejected' | 'corrupt' | 'restored';

/** What the engine would make of a read: only 'restored' would put bytes in the workspace. */
async function readThrough(store: Store, entry: RealEntry, workspace: string): Promise<Outcome> {
  let stored: Awaited<ReturnType<Store['get']>>;
  try {
    stored = await store.get(entry.key);
  } catch (error) {
    if (error instanceof StoreError) return 'store-error';
    throw error;
  }
  if (!stored) return 'miss';
  const decoded = decodeRecord(stored.recordText, entry.key, blake3);
  if (!decoded.ok) return 'record-rejected';
  try {
    const archive = await stored.openArchive();
    await stageArchive(archive, decoded.record, workspace);
    return 'restored';
  } catch (error) {
    if (error instanceof CorruptEntryError) return 'corrupt';
    if (error instanceof StoreError) return 'store-error';
    throw error;
  }
}

interface ReadCase {
  readonly mode: FaultMode;
  /** Fault only the archive download (else every request). */
  readonly contentOnly?: boolean;
  readonly outcomes: readonly Outcome[];
  /** Every attempt of the first request is faulted: exactly ATTEMPTS requests. */
  readonly exact?: boolean;
}

const READ_CASES: readonly ReadCase[] = [
  { mode: 'refuse', outcomes: ['store-error'], exact: true },
  { mode: 'delay', outcomes: ['store-error'], exact: true },
  { mode: 'status500', outcomes: ['store-error'], exact: true },
  { mode: 'status429', outcomes: ['store-error'], exact: true },
  // A body cut short or stalled mid-way: an error of the stream (the engine's verification
  // calls it corrupt), or of the store when the whole body is read before handing it over.
  { mode: 'cut', contentOnly: true, outcomes: ['corrupt', 'store-error'] },
  { mode: 'stall', contentOnly: true, outcomes: ['corrupt', 'store-error'] },
  { mode: 'flip', contentOnly: true, outcomes: ['corrupt'] },
];

const WRITE_CASES: readonly { mode: FaultMode; putsOnly: boolean }[] = [
  { mode: 'refuse', putsOnly: false },
  { mode: 'delay', putsOnly: false },
  { mode: 'status500', putsOnly: true },
  { mode: 'status429', putsOnly: true },
];

/** What each case saw, printed with TASKCACHE_FAULT_REPORT=1 (for reviewing the clients). */
const observed: string[] = [];

let dir: string;
beforeAll(async () => {
  await initBlake3();
  dir = tempDir('faults');
});
afterAll(() => {
  if (dir) removeDir(dir);
  if (process.env.TASKCACHE_FAULT_REPORT) console.log(observed.sort().join('\n'));
});

for (const target of targets) {
  describe.skipIf(!target.available).concurrent(`faults: ${target.name}`, () => {
    let entry: RealEntry;
    let direct: Store;

    beforeAll(async () => {
      await initBlake3();
      await target.setup?.();
      direct = await target.direct();
      entry = await realEntry(dir);
      if ((await direct.put(entry.request)) !== 'saved') throw new Error('seeding failed');
    });
    afterAll(async () => {
      await target.teardown?.();
    });

    /** A proxy in the given mode and a store behind it; both closed by the test. */
    const rig = async (
      mode: FaultMode,
      match?: (method: string, path: string) => boolean,
      limit?: number,
    ) => {
      const proxy = await startFaultProxy({
        target: target.upstream(),
        mode,
        ...(match ? { match } : {}),
        ...(limit !== undefined ? { limit } : {}),
      });
      const store = await target.through(proxy, mode);
      return { proxy, store };
    };

    test('the proxy passes a clean read through untouched', async ({ expect }) => {
      const { proxy, store } = await rig('pass');
      try {
        const workspace = tempDir('faults-ws');
        expect(await readThrough(store, entry, workspace)).toBe('restored');
        removeDir(workspace);
        expect(proxy.requests).toBe(target.getRequests);
      } finally {
        await proxy.close();
      }
    });

    for (const c of READ_CASES) {
      test(`read, ${c.mode}${c.contentOnly ? ' (archive download)' : ''}: ${c.outcomes.join(' or ')}`, async ({
        expect,
      }) => {
        const { proxy, store } = await rig(c.mode, c.contentOnly ? target.content : undefined);
        const workspace = tempDir('faults-ws');
        try {
          const started = Date.now();
          const outcome = await readThrough(store, entry, workspace);
          const elapsed = Date.now() - started;
          observed.push(
            `${target.name} read ${c.mode}: ${outcome}, ${proxy.requests} requests (${proxy.faulted} faulted), ${elapsed} ms`,
          );
          expect(c.outcomes).toContain(outcome);
          expect(proxy.faulted).toBeGreaterThanOrEqual(1);
          expect(proxy.requests).toBeLessThanOrEqual(ATTEMPTS * target.getRequests);
          if (c.exact) expect(proxy.requests).toBe(ATTEMPTS);
          if (c.mode === 'status429' && target.honoursRetryAfter) {
            // Two waits of the Retry-After: 1 the proxy asked for.
            expect(elapsed).toBeGreaterThanOrEqual(1900);
          }
          expectNoLeftovers(expect, workspace);
        } finally {
          await proxy.close();
          removeDir(workspace);
        }
      });
    }

    for (const mode of ['refuse', 'status500', 'status429'] as const) {
      test(`read, one ${mode} then a sound server: retried and restored`, async ({ expect }) => {
        const { proxy, store } = await rig(mode, undefined, 1);
        const workspace = tempDir('faults-ws');
        try {
          expect(await readThrough(store, entry, workspace)).toBe('restored');
          expect(proxy.faulted).toBe(1);
          expect(proxy.requests).toBe(target.getRequests + 1);
        } finally {
          await proxy.close();
          removeDir(workspace);
        }
      });
    }

    for (const mode of ['status500', 'status429'] as const) {
      test(`write, one ${mode} on an upload: the file is sent again, whole`, async ({ expect }) => {
        const { proxy, store } = await rig(mode, (method) => method === 'PUT', 1);
        try {
          const key = randomKey();
          const archive = randomFile(dir, `${key}.archive`, 300 * 1024);
          const request = saveRequest({ key, archivePath: archive });
          expect(await store.put(request)).toBe('saved');
          expect(proxy.faulted).toBe(1);
          const stored = await direct.get(key);
          expect(stored?.recordText).toBe(request.recordText);
          const bytes = await readAll(await stored!.openArchive());
          expect(bytes.equals(readFileSync(archive))).toBe(true);
        } finally {
          await proxy.close();
        }
      });
    }

    for (const c of WRITE_CASES) {
      test(`write, ${c.mode}${c.putsOnly ? ' (uploads)' : ''}: a StoreError, no visible entry`, async ({
        expect,
      }) => {
        const { proxy, store } = await rig(
          c.mode,
          c.putsOnly ? (method) => method === 'PUT' : undefined,
        );
        try {
          const key = randomKey();
          const archive = randomFile(dir, `${key}.archive`, 64 * 1024);
          const error = await store.put(saveRequest({ key, archivePath: archive })).then(
            () => undefined,
            (e: unknown) => e,
          );
          observed.push(
            `${target.name} write ${c.mode}: ${(error as Error).message.replace(store.name, '<store>')}; ${proxy.requests} requests (${proxy.faulted} faulted)`,
          );
          expect(error).toBeInstanceOf(StoreError);
          expect((error as StoreError).message).toContain(store.name);
          expect(proxy.requests).toBeLessThanOrEqual(ATTEMPTS * target.putRequests);
          // The first faulted request is tried exactly ATTEMPTS times, then the save gives up.
          expect(proxy.faulted).toBe(ATTEMPTS);
          expect(await direct.has(key)).toBe(false);
        } finally {
          await proxy.close();
        }
      });
    }
  });
}

function expectNoLeftovers(expect: ExpectStatic, workspace: string): void {
  // stageArchive removes its staging directory when it rejects an archive.
  expect(readdirSync(workspace)).toEqual([]);
}

describe.skipIf(!servers?.redis).concurrent('faults: redis (TCP)', () => {
  const rig = async (mode: FaultMode) => {
    const upstream = new URL(servers!.redis!.url);
    const proxy = await startFaultProxy({
      target: `${upstream.hostname}:${upstream.port}`,
      kind: 'tcp',
      mode,
    });
    const url = new URL(servers!.redis!.url);
    url.host = proxy.url;
    const store = await createRemoteStore(`${url.toString()}?ttl=10m`, {
      mode: 'read-write',
      env: {},
      ...options(mode),
    });
    return { proxy, store };
  };

  for (const mode of ['refuse', 'delay'] as const) {
    test(`${mode}: a StoreError within the retry cap`, async ({ expect }) => {
      const { proxy, store } = await rig(mode);
      try {
        for (const operation of [() => store.get(randomKey()), () => store.has(randomKey())]) {
          proxy.reset();
          const error = await operation().then(
            () => undefined,
            (e: unknown) => e,
          );
          observed.push(
            `redis ${mode}: ${(error as Error).message.replace(store.name, '<store>')}; ${proxy.requests} connections`,
          );
          expect(error).toBeInstanceOf(StoreError);
          expect((error as StoreError).message).toContain(store.name);
          expect(proxy.requests).toBeGreaterThanOrEqual(1);
          expect(proxy.requests).toBeLessThanOrEqual(ATTEMPTS);
        }
      } finally {
        await (store as { close?: () => Promise<void> }).close?.();
        await proxy.close();
      }
    });
  }

  test('pass: the proxy itself is sound', async ({ expect }) => {
    const { proxy, store } = await rig('pass');
    try {
      const key = randomKey();
      const archive = randomFile(dir, `redis-${randomBytes(4).toString('hex')}.archive`, 1000);
      expect(await store.put(saveRequest({ key, archivePath: archive }))).toBe('saved');
      expect(await store.has(key)).toBe(true);
    } finally {
      await (store as { close?: () => Promise<void> }).close?.();
      await proxy.close();
    }
  });
});
