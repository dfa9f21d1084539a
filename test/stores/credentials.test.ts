// Wrong credentials for every remote store: each operation fails with a StoreError that names
// the store and says authentication failed, and neither the message nor the store's name
// holds the secret (right or wrong) that was used.

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initBlake3 } from '../../src/adapters/blake3.js';
import { createRemoteStore } from '../../src/stores/remote.js';
import { type Store, StoreError } from '../../src/stores/store.js';
import { randomFile, randomKey, removeDir, saveRequest, tempDir } from './fixtures.js';
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
const wrong = `wrong-${randomBytes(12).toString('hex')}`;
const fast = { connectTimeoutMs: 2000, timeoutMs: 2000, retryBaseDelayMs: 20, warn: () => {} };

let dir: string;
let archive: string;
beforeAll(async () => {
  await initBlake3();
  dir = tempDir('credentials');
  archive = randomFile(dir, 'a.archive', 1000);
});
afterAll(() => {
  if (dir) removeDir(dir);
});

/** Every operation of the store fails with an authentication StoreError free of secrets. */
async function expectAuthFailures(store: Store, secrets: readonly string[], pattern: RegExp) {
  for (const secret of secrets) expect(store.name).not.toContain(secret);
  const key = randomKey();
  const operations: [string, () => Promise<unknown>][] = [
    ['get', () => store.get(key)],
    ['has', () => store.has(key)],
    ['put', () => store.put(saveRequest({ key, archivePath: archive }))],
    ['latestRecord', () => store.latestRecord('build', 'scope')],
  ];
  for (const [what, operation] of operations) {
    const error = await operation().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, what).toBeInstanceOf(StoreError);
    const failure = error as StoreError;
    expect(failure.store).toBe(store.name);
    expect(failure.message, what).toContain(store.name);
    expect(failure.message, what).toMatch(pattern);
    for (const secret of secrets) {
      expect(failure.message).not.toContain(secret);
      expect(String(failure.stack)).not.toContain(secret);
    }
  }
}

describe.skipIf(!servers?.http)('http store credentials', () => {
  test('a wrong basic-auth password', async () => {
    const http = servers!.http!;
    const store = await createRemoteStore(httpStoreUrl(http, { pass: wrong }), {
      mode: 'read-write',
      env: {},
      ...fast,
    });
    await expectAuthFailures(store, [wrong, http.pass], /authentication failed \(HTTP 401\)/);
  });

  test('no credentials, or a bearer token nginx does not know', async () => {
    const http = servers!.http!;
    const token = `token-${randomBytes(8).toString('hex')}`;
    const store = await createRemoteStore(http.url, {
      mode: 'read-write',
      env: { TASKCACHE_REMOTE_TOKEN: token },
      ...fast,
    });
    await expectAuthFailures(store, [token], /authentication failed \(HTTP 401\)/);
  });

  test('the right password never shows in the name or in other errors', async () => {
    const http = servers!.http!;
    const store = await createRemoteStore(httpStoreUrl(http), {
      mode: 'read-write',
      env: {},
      ...fast,
    });
    expect(store.name).toBe(http.url);
    expect(store.name).not.toContain(http.pass);
  });
});

describe.skipIf(!servers?.s3)('s3 store credentials', () => {
  const bucket = bucketName('credentials');
  beforeAll(async () => createBucket(servers!.s3!, bucket));
  afterAll(async () => dropObjects(servers!.s3!, bucket));

  test('a wrong secret key', async () => {
    const s3 = servers!.s3!;
    const store = await createRemoteStore(s3StoreUrl(s3, bucket), {
      mode: 'read-write',
      env: s3Env(s3, wrong),
      ...fast,
    });
    await expectAuthFailures(
      store,
      [wrong, s3.secretAccessKey],
      // GETs carry the S3 error code; HEADs have no body to carry one.
      /authentication failed \(HTTP 403(, SignatureDoesNotMatch)?\)/,
    );
  });

  test('an access key the server does not know', async () => {
    const s3 = servers!.s3!;
    const store = await createRemoteStore(s3StoreUrl(s3, bucket), {
      mode: 'read-write',
      env: { AWS_ACCESS_KEY_ID: 'AKIDUNKNOWN', AWS_SECRET_ACCESS_KEY: wrong },
      ...fast,
    });
    await expectAuthFailures(store, [wrong], /authentication failed \(HTTP 403/);
  });
});

describe.skipIf(!servers?.turbo)('turbo store credentials', () => {
  test('a wrong token', async () => {
    const turbo = servers!.turbo!;
    const store = await createRemoteStore(turboStoreUrl(turbo), {
      mode: 'read-write',
      env: { TURBO_TOKEN: wrong },
      ...fast,
    });
    await expectAuthFailures(store, [wrong, turbo.token], /authentication failed \(HTTP 401\)/);
  });

  test('TASKCACHE_REMOTE_TOKEN when TURBO_TOKEN is unset', async () => {
    const turbo = servers!.turbo!;
    const store = await createRemoteStore(turboStoreUrl(turbo), {
      mode: 'read-write',
      env: { TASKCACHE_REMOTE_TOKEN: wrong },
      ...fast,
    });
    await expectAuthFailures(store, [wrong], /authentication failed \(HTTP 401\)/);
  });
});

describe.skipIf(!servers?.redis)('redis store credentials', () => {
  const withPassword = (url: string, password: string) => {
    const u = new URL(url);
    u.password = password;
    return u.toString();
  };

  test('a wrong password', async () => {
    const redis = servers!.redis!;
    const store = await createRemoteStore(withPassword(redis.url, wrong), {
      mode: 'read-write',
      env: {},
      ...fast,
    });
    await expectAuthFailures(store, [wrong, redis.password], /authentication failed/);
    await (store as { close?: () => Promise<void> }).close?.();
  });

  test('a wrong password over TLS', async () => {
    const redis = servers!.redis!;
    const store = await createRemoteStore(withPassword(redis.tlsUrl, wrong), {
      mode: 'read-write',
      env: { TASKCACHE_REDIS_CA: redis.caFile },
      ...fast,
    });
    await expectAuthFailures(store, [wrong, redis.password], /authentication failed/);
    await (store as { close?: () => Promise<void> }).close?.();
  });
});
