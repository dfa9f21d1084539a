// Fault injection: a loopback proxy in front of each real server refuses, hangs, answers 500
// or 429 (Retry-After: 1), cuts a body short, resets or stalls it mid-way, trickles it, flips a
// byte, or takes an upload slowly. Reads go through the engine's own restore. For every mode
// and every HTTP-based store (http via nginx, turbo, s3 via radosgw), the operation fails with
// a StoreError, or hands over bytes the engine's verification rejects: nothing corrupt is ever
// accepted; the requests made stay within the retry cap; and with the default deadlines every
// fault costs at most the operation bound plus a margin. Redis gets refuse, hang, trickle and
// reset at the TCP level.

import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, type ExpectStatic, test } from 'vitest';
import { CorruptEntryError } from '../../src/adapters/archive.js';
import { initBlake3 } from '../../src/adapters/blake3.js';
import { STORE_DEADLINES } from '../../src/adapters/deadlines.js';
import type { TaskSpec } from '../../src/engine/config-file.js';
import { type RunContext, restore } from '../../src/engine/engine.js';
import { StoreSet } from '../../src/engine/stores.js';
import { createRemoteStore, type RemoteStoreOptions } from '../../src/stores/remote.js';
import { type Store, type StoredEntry, StoreError } from '../../src/stores/store.js';
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
/** The deadlines under test: the defaults, nothing shortened. */
const DEFAULTS: Omit<RemoteStoreOptions, 'mode' | 'env'> = { warn: () => {} };
/** What one fault may cost with the default deadlines: the operation bound plus a margin. */
const BOUND_MS = STORE_DEADLINES.operationMs + 15_000;
const LONG_TEST_MS = BOUND_MS + 45_000;

/** A store that timed out refuses its next call at once (it is off for the invocation). */
async function expectSwitchedOff(expect: ExpectStatic, store: Store): Promise<void> {
  const started = Date.now();
  const error = await store.has(randomKey()).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect(Date.now() - started).toBeLessThan(2000);
}

interface DeadlineCase {
  readonly mode: FaultMode;
  /** Fault only the archive download (else every request). */
  readonly contentOnly: boolean;
  /** A time-out: the store must refuse its next call at once. */
  readonly timeout: boolean;
}

const DEADLINE_CASES: readonly DeadlineCase[] = [
  // Accept the connection and never answer.
  { mode: 'delay', contentOnly: false, timeout: true },
  { mode: 'stall', contentOnly: true, timeout: true },
  { mode: 'trickle', contentOnly: true, timeout: true },
  { mode: 'reset', contentOnly: true, timeout: false },
  { mode: 'status500', contentOnly: false, timeout: false },
  { mode: 'flip', contentOnly: true, timeout: false },
];

interface Target {
  readonly name: string;
  readonly available: boolean;
  /** The real server's origin, for the proxy. */
  upstream(): string;
  /** A store that talks to the server directly (to seed entries and check results). */
  direct(): Promise<Store>;
  /** The same store through the proxy (with the tests' short waits, unless given settings). */
  through(
    proxy: FaultProxy,
    mode: FaultMode,
    settings?: Omit<RemoteStoreOptions, 'mode' | 'env'>,
  ): Promise<Store>;
  /** Requests that download an archive. */
  readonly content: (method: string, path: string) => boolean;
  /** Logical requests of get + openArchive, and of put (each may be retried). */
  readonly getRequests: number;
  readonly putRequests: number;
  /** Whether the client waits as long as Retry-After asks. */
  readonly honoursRetryAfter: boolean;
  /** Whether a timed-out request is tried again (the AWS SDK's retries, within the bound). */
  readonly retriesTimeouts?: boolean;
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
}

const bucket = bucketName('faults');
let bucketReady: Promise<void> | undefined;

const targets: Target[] = [
  {
    name: 'http (nginx)',
    available: !!servers?.http,
    upstream: () => servers!.http!.url,
    direct: () =>
      createRemoteStore(httpStoreUrl(servers!.http!), { mode: 'read-write', env: {}, ...FAST }),
    through: (proxy, mode, settings) =>
      createRemoteStore(httpStoreUrl(servers!.http!, { origin: proxy.url }), {
        mode: 'read-write',
        env: {},
        ...(settings ?? options(mode)),
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
    through: (proxy, mode, settings) =>
      createRemoteStore(turboStoreUrl(servers!.turbo!, proxy.url), {
        mode: 'read-write',
        env: { TURBO_TOKEN: servers!.turbo!.token },
        ...(settings ?? options(mode)),
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
    through: (proxy, mode, settings) =>
      createRemoteStore(s3StoreUrl(servers!.s3!, bucket, { endpoint: proxy.url }), {
        mode: 'read-write',
        env: s3Env(servers!.s3!),
        ...(settings ?? options(mode)),
      }),
    content: (method, path) => method === 'GET' && path.includes('/cas/'),
    getRequests: 2,
    // HEAD ac, HEAD cas, one PutObject (the archive is below the multipart size), PUT ac, PUT latest.
    putRequests: 5,
    honoursRetryAfter: true,
    retriesTimeouts: true,
    // One bucket for every suite of the file, made once and dropped after them all.
    setup: () => {
      bucketReady ??= createBucket(servers!.s3!, bucket);
      return bucketReady;
    },
  },
];

type Outcome = 'store-error' | 'miss' | 'record-rejected' | 'corrupt' | 'restored';

/** The task the fault tests' entries belong to (realEntry's outputs). */
const SPEC = {
  name: 'build',
  command: 'make',
  shell: 'bash',
  cwd: '.',
  inputs: ['in.txt'],
  outputs: ['a.bin', 'b.bin'],
  env: [],
  keyCommands: [],
  salt: '',
  redact: [],
} as unknown as TaskSpec;

interface Read {
  readonly outcome: Outcome;
  /** Every error the store threw or its archive stream emitted. */
  readonly errors: readonly unknown[];
  readonly stores: StoreSet;
}

/** The store as it is, but noting every error it throws or its archive stream emits. */
function watched(store: Store, errors: unknown[]): Store {
  const note = (error: unknown) => {
    errors.push(error);
    return error;
  };
  const entry = (stored: StoredEntry): StoredEntry => ({
    recordText: stored.recordText,
    ...(stored.archiveFile !== undefined ? { archiveFile: stored.archiveFile } : {}),
    openArchive: async () => {
      const stream = await stored.openArchive().catch((error: unknown) => {
        throw note(error);
      });
      stream.on('error', note);
      return stream;
    },
  });
  return {
    name: store.name,
    mode: store.mode,
    compress: store.compress,
    replaces: store.replaces,
    get: (key) =>
      store.get(key).then(
        (stored) => (stored ? entry(stored) : undefined),
        (error: unknown) => {
          throw note(error);
        },
      ),
    has: (key) => store.has(key),
    put: (request) => store.put(request),
    latestRecord: (task, scope) => store.latestRecord(task, scope),
  };
}

/**
 * A read through the engine's own restore: only 'restored' put bytes in the workspace. The
 * outcome is what the engine made of it: a store switched off, a corrupt or unusable entry
 * (each one warning), or a miss.
 */
async function readThrough(store: Store, entry: RealEntry, workspace: string): Promise<Read> {
  const errors: unknown[] = [];
  const warnings: string[] = [];
  const stores = new StoreSet([watched(store, errors)], (message) => warnings.push(message));
  const engine: RunContext = {
    workspace,
    env: {},
    platform: { os: 'linux', arch: 'x64' },
    stores,
    scope: 'faults',
    tmpDir: tempDir('faults-tmp'),
    reporter: {
      warn: (message) => warnings.push(message),
      miss: () => {},
      hit: () => {},
      done: () => {},
      live: null,
    },
    force: false,
    producer: {},
  };
  try {
    const hit = await restore(SPEC, entry.key, engine);
    const outcome: Outcome = hit
      ? 'restored'
      : stores.failures.length > 0
        ? 'store-error'
        : warnings.some((w) => / is corrupt /.test(w))
          ? 'corrupt'
          : warnings.some((w) => / is unusable /.test(w))
            ? 'record-rejected'
            : 'miss';
    return { outcome, errors, stores };
  } finally {
    removeDir(engine.tmpDir);
  }
}

/** Every error a store raised is its own kind: a StoreError, or a CorruptEntryError. */
function expectStoreErrors(expect: ExpectStatic, errors: readonly unknown[]): void {
  for (const error of errors) {
    expect(
      error instanceof StoreError || error instanceof CorruptEntryError,
      `${(error as Error)?.name}: ${(error as Error)?.message}`,
    ).toBe(true);
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
  // A time-out is not retried: one request.
  { mode: 'delay', outcomes: ['store-error'] },
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
afterAll(async () => {
  if (bucketReady) await dropObjects(servers!.s3!, bucket);
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
        expect((await readThrough(store, entry, workspace)).outcome).toBe('restored');
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
          const { outcome, errors } = await readThrough(store, entry, workspace);
          const elapsed = Date.now() - started;
          expectStoreErrors(expect, errors);
          observed.push(
            `${target.name} read ${c.mode}: ${outcome}, ${proxy.requests} requests (${proxy.faulted} faulted), ${elapsed} ms`,
          );
          expect(c.outcomes).toContain(outcome);
          expect(proxy.faulted).toBeGreaterThanOrEqual(1);
          expect(proxy.requests).toBeLessThanOrEqual(ATTEMPTS * target.getRequests);
          if (c.exact) expect(proxy.requests).toBe(ATTEMPTS);
          // A time-out is not retried (the SDK under the S3 store retries within the bound).
          if (c.mode === 'delay') {
            expect(proxy.requests).toBe(target.retriesTimeouts ? ATTEMPTS : 1);
          }
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
          expect((await readThrough(store, entry, workspace)).outcome).toBe('restored');
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
          // The first faulted request is tried exactly ATTEMPTS times, then the save gives up;
          // a time-out is not retried.
          expect(proxy.faulted).toBe(c.mode === 'delay' && !target.retriesTimeouts ? 1 : ATTEMPTS);
          expect(await direct.has(key)).toBe(false);
        } finally {
          await proxy.close();
        }
      });
    }
  });
}

for (const target of targets) {
  describe
    .skipIf(!target.available)
    .concurrent(`faults with the default deadlines: ${target.name}`, () => {
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

      for (const c of DEADLINE_CASES) {
        test(
          `read, ${c.mode}${c.contentOnly ? ' (archive download)' : ''}: within ${BOUND_MS} ms, ${c.mode === 'flip' ? 'bytes the digest check rejects' : 'a StoreError'}`,
          async ({ expect }) => {
            const proxy = await startFaultProxy({
              target: target.upstream(),
              mode: c.mode,
              ...(c.contentOnly ? { match: target.content } : {}),
            });
            const store = await target.through(proxy, c.mode, DEFAULTS);
            const workspace = tempDir('faults-ws');
            try {
              const started = Date.now();
              const { outcome, errors } = await readThrough(store, entry, workspace);
              const elapsed = Date.now() - started;
              observed.push(
                `${target.name} default deadlines, read ${c.mode}: ${outcome}, ${proxy.requests} requests, ${elapsed} ms`,
              );
              expect(elapsed).toBeLessThan(BOUND_MS);
              expect(proxy.faulted).toBeGreaterThanOrEqual(1);
              expectStoreErrors(expect, errors);
              if (c.mode === 'flip') {
                // The store hands the bytes on; the engine's digest check finds them changed.
                expect(outcome).toBe('corrupt');
              } else {
                expect(['store-error', 'corrupt']).toContain(outcome);
                expect(errors.some((error) => error instanceof StoreError)).toBe(true);
              }
              if (c.timeout) await expectSwitchedOff(expect, store);
              expectNoLeftovers(expect, workspace);
            } finally {
              await (store as { close?: () => unknown }).close?.();
              await proxy.close();
              removeDir(workspace);
            }
          },
          LONG_TEST_MS,
        );
      }

      test(
        `write, slow upload: a StoreError within ${BOUND_MS} ms, no visible entry`,
        async ({ expect }) => {
          const proxy = await startFaultProxy({
            target: target.upstream(),
            mode: 'slowUpload',
            slowUploadBytesPerSecond: 8 * 1024,
          });
          const store = await target.through(proxy, 'slowUpload', DEFAULTS);
          try {
            const key = randomKey();
            // Larger than the socket buffers of a loopback connection take at once.
            const archive = randomFile(dir, `${key}.archive`, 16 * 1024 * 1024);
            const started = Date.now();
            const error = await store.put(saveRequest({ key, archivePath: archive })).then(
              () => undefined,
              (e: unknown) => e,
            );
            const elapsed = Date.now() - started;
            observed.push(
              `${target.name} default deadlines, slow upload: ${(error as Error)?.message?.replace(store.name, '<store>')}, ${elapsed} ms`,
            );
            expect(error).toBeInstanceOf(StoreError);
            expect(elapsed).toBeLessThan(BOUND_MS);
            expect(await direct.has(key)).toBe(false);
          } finally {
            await (store as { close?: () => unknown }).close?.();
            await proxy.close();
          }
        },
        LONG_TEST_MS,
      );
    });
}

function expectNoLeftovers(expect: ExpectStatic, workspace: string): void {
  // stageArchive removes its staging directory when it rejects an archive.
  expect(readdirSync(workspace)).toEqual([]);
}

describe.skipIf(!servers?.redis).concurrent('faults: redis (TCP)', () => {
  const rig = async (mode: FaultMode, settings = options(mode)) => {
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
      ...settings,
    });
    return { proxy, store };
  };

  // With the default deadlines: a server that never answers, trickles its replies or resets
  // the connection costs at most the bound, as a StoreError; after a time-out the store
  // refuses its next call at once.
  for (const mode of ['delay', 'trickle', 'reset'] as const) {
    test(
      `default deadlines, ${mode}: a StoreError within ${BOUND_MS} ms`,
      async ({ expect }) => {
        const { proxy, store } = await rig(mode, DEFAULTS);
        try {
          const started = Date.now();
          const error = await store.get(randomKey()).then(
            () => undefined,
            (e: unknown) => e,
          );
          const elapsed = Date.now() - started;
          observed.push(
            `redis default deadlines, ${mode}: ${(error as Error)?.message?.replace(store.name, '<store>')}, ${elapsed} ms`,
          );
          expect(error).toBeInstanceOf(StoreError);
          expect(elapsed).toBeLessThan(BOUND_MS);
          if (mode !== 'reset') await expectSwitchedOff(expect, store);
        } finally {
          await (store as { close?: () => Promise<void> }).close?.();
          await proxy.close();
        }
      },
      LONG_TEST_MS,
    );
  }

  for (const mode of ['refuse', 'delay'] as const) {
    test(`${mode}: a StoreError within the retry cap`, async ({ expect }) => {
      const { proxy, store } = await rig(mode);
      try {
        const operations = [() => store.get(randomKey()), () => store.has(randomKey())];
        for (const [index, operation] of operations.entries()) {
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
          // After a time-out the store is off: its next call fails without connecting.
          expect(proxy.requests).toBeGreaterThanOrEqual(mode === 'delay' && index > 0 ? 0 : 1);
          expect(proxy.requests).toBeLessThanOrEqual(mode === 'delay' && index > 0 ? 0 : ATTEMPTS);
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
