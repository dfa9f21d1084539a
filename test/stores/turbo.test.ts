// The store contract against turborepo-remote-cache (Turborepo API v8), with local storage and,
// when the servers script started it, with S3 storage in radosgw; and Turborepo's artifact
// signing: uploads carry x-artifact-tag = base64 HMAC-SHA256(key, hash ‖ team ‖ body), and a
// signed store takes only artifacts whose tag verifies (anything else is a visible miss).

import { createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initBlake3 } from '../../src/adapters/blake3.js';
import type { Key } from '../../src/core/digest.js';
import { createRemoteStore, type RemoteStoreOptions } from '../../src/stores/remote.js';
import { pointerId } from '../../src/stores/remote-shared.js';
import type { Store } from '../../src/stores/store.js';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { defineStoreContract } from './contract.js';
import { randomFile, randomKey, readAll, removeDir, saveRequest, tempDir } from './fixtures.js';
import { dropObjects, loadServers, turboStoreUrl } from './remotes.js';

const servers = loadServers();
const turbo = servers?.turbo;
const turboS3 = servers?.turboS3;

defineStoreContract(
  'turbo (turborepo-remote-cache, local storage)',
  async () =>
    createRemoteStore(turboStoreUrl(turbo!), {
      mode: 'read-write',
      env: { TURBO_TOKEN: turbo!.token },
      warn: () => {},
    }),
  { skip: !turbo },
);

// The S3-backed instance keeps its artifacts in radosgw's memory: what the suite writes is
// deleted afterwards.
const written: string[] = [];
afterAll(async () => {
  if (!turboS3 || !servers?.s3 || written.length === 0) return;
  await initBlake3();
  await dropObjects(
    servers.s3,
    turboS3.bucket,
    written.map((id) => `${turboS3.team}/${id}`),
  );
});

defineStoreContract(
  'turbo (turborepo-remote-cache, S3 storage in radosgw)',
  async () =>
    createRemoteStore(turboStoreUrl(turboS3!), {
      mode: 'read-write',
      env: { TURBO_TOKEN: turboS3!.token },
      warn: () => {},
    }),
  {
    skip: !turboS3,
    track: (key, task, scope) => written.push(key, pointerId(task, scope)),
  },
);

describe.skipIf(!turbo)('turbo artifact signing', () => {
  const signingKey = 'signing-key-for-tests';
  let dir: string;
  let proxy: FaultProxy;
  let injected: ((hash: string, body: Buffer) => string | undefined) | undefined;
  const warnings: string[] = [];

  const tag = (secret: string, hash: string, body: Buffer) =>
    createHmac('sha256', secret).update(hash).update(turbo!.team).update(body).digest('base64');

  const store = (origin: string, secret: string | undefined): Promise<Store> => {
    const options: RemoteStoreOptions = {
      mode: 'read-write',
      env: {
        TURBO_TOKEN: turbo!.token,
        ...(secret ? { TURBO_REMOTE_CACHE_SIGNATURE_KEY: secret } : {}),
      },
      warn: (message) => warnings.push(message),
    };
    return createRemoteStore(turboStoreUrl(turbo!, origin), options);
  };

  beforeAll(async () => {
    await initBlake3();
    dir = tempDir('turbo-signing');
    // The proxy sets the tag a test chooses on every download, whatever the server keeps.
    proxy = await startFaultProxy({
      target: turbo!.url,
      rewriteHeaders: (request, headers, body): IncomingHttpHeaders => {
        if (!injected) return headers;
        const hash = /\/v8\/artifacts\/([0-9a-f]+)/.exec(request.path)?.[1] ?? '';
        const { 'x-artifact-tag': _dropped, ...rest } = headers;
        const value = injected(hash, body);
        return value === undefined ? rest : { ...rest, 'x-artifact-tag': value };
      },
    });
  });

  afterAll(async () => {
    await proxy?.close();
    if (dir) removeDir(dir);
  });

  const seed = async (writer: Store) => {
    const key = randomKey();
    const request = saveRequest({ key, archivePath: randomFile(dir, `${key}.archive`, 5000) });
    expect(await writer.put(request)).toBe('saved');
    return { key, request };
  };

  test('uploads carry the tag of the body the server stores', async () => {
    injected = undefined;
    proxy.reset();
    const writer = await store(proxy.url, signingKey);
    const { key } = await seed(writer);
    const upload = proxy.seen.find((r) => r.method === 'PUT' && r.path.includes(key));
    expect(upload?.headers['x-artifact-tag']).toBeTypeOf('string');
    // The body as the server has it, fetched without the store.
    const response = await fetch(`${turbo!.url}/v8/artifacts/${key}?slug=${turbo!.team}`, {
      headers: { authorization: `Bearer ${turbo!.token}` },
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(upload?.headers['x-artifact-tag']).toBe(tag(signingKey, key, body));
  });

  test('a download whose tag verifies is a hit', async () => {
    const { key, request } = await seed(await store(turbo!.url, signingKey));
    injected = (hash, body) => tag(signingKey, hash, body);
    const reader = await store(proxy.url, signingKey);
    const entry = await reader.get(key);
    expect(entry?.recordText).toBe(request.recordText);
    expect((await readAll(await entry!.openArchive())).length).toBe(request.archiveSize);
  });

  test('a download signed with another key is a miss, and says why', async () => {
    const { key } = await seed(await store(turbo!.url, signingKey));
    injected = (hash, body) => tag('another-key', hash, body);
    warnings.length = 0;
    const reader = await store(proxy.url, signingKey);
    expect(await reader.get(key)).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/does not match/);
    expect(warnings.join('\n')).not.toContain(signingKey);
  });

  test('a download without a tag is a miss for a signed store, a hit for an unsigned one', async () => {
    const { key, request } = await seed(await store(turbo!.url, undefined));
    injected = () => undefined;
    warnings.length = 0;
    expect(await (await store(proxy.url, signingKey)).get(key)).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/no x-artifact-tag/);
    const unsigned = await (await store(proxy.url, undefined)).get(key as Key);
    expect(unsigned?.recordText).toBe(request.recordText);
  });

  test('a tampered body fails its tag', async () => {
    const { key } = await seed(await store(turbo!.url, signingKey));
    // A tag computed over a body other than the one delivered.
    injected = (hash, body) => tag(signingKey, hash, Buffer.concat([body, Buffer.from('x')]));
    warnings.length = 0;
    expect(await (await store(proxy.url, signingKey)).get(key)).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/does not match/);
  });
});
