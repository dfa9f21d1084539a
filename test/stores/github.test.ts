// The GitHub store against the fake cache service (the store contract, faults, hostile blobs)
// and against servers that never answer or trickle: every call ends within its deadlines
// with a StoreError that names no token and no signed URL.

import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../../src/adapters/blake3.js';
import {
  encodeFrameHeader,
  GITHUB_BLOB_VERSION,
  GITHUB_DEADLINES,
  GithubStore,
  type GithubStoreOptions,
} from '../../src/stores/github.js';
import { StoreError } from '../../src/stores/store.js';
import { type FakeCacheService, startFakeCacheService } from '../support/github-cache-fake.js';
import { defineStoreContract } from './contract.js';
import {
  randomFile,
  randomKey,
  readAll,
  removeDir,
  saveRequest,
  sha256,
  tempDir,
} from './fixtures.js';

let service: FakeCacheService | undefined;
const dirs: string[] = [];

async function fake(): Promise<FakeCacheService> {
  service ??= await startFakeCacheService();
  return service;
}

function scratchDir(label: string): string {
  const dir = tempDir(label);
  dirs.push(dir);
  return dir;
}

/** A store on the fake. */
function storeOn(
  env: Record<string, string>,
  options: Partial<GithubStoreOptions> = {},
): GithubStore {
  return new GithubStore({
    mode: 'read-write',
    env,
    ...options,
  } as GithubStoreOptions);
}

afterAll(async () => {
  await service?.close();
  for (const dir of dirs) removeDir(dir);
});

defineStoreContract('github (cache service fake)', async () => storeOn((await fake()).env()), {
  latestOnly: true,
});

/** Creates, uploads and finalizes one blob directly, as any holder of the token can. */
async function putRawBlob(
  svc: FakeCacheService,
  key: string,
  version: string,
  bytes: Buffer,
): Promise<void> {
  const twirp = async (method: string, body: unknown) => {
    const res = await fetch(
      new URL(`twirp/github.actions.results.api.v1.CacheService/${method}`, svc.url),
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${svc.token}` },
        body: JSON.stringify(body),
      },
    );
    expect(res.status, method).toBe(200);
    return (await res.json()) as Record<string, string>;
  };
  const created = await twirp('CreateCacheEntry', { key, version });
  const put = await fetch(created.signed_upload_url!, {
    method: 'PUT',
    headers: { 'x-ms-blob-type': 'BlockBlob' },
    body: bytes,
  });
  expect(put.status).toBe(201);
  const done = await twirp('FinalizeCacheEntryUpload', {
    key,
    version,
    size_bytes: String(bytes.length),
  });
  expect(done.ok).toBe(true);
}

/** A ustar archive with one regular file under the name given, absolute or not. */
function tarWith(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'utf8');
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write(
    `${Math.floor(Date.now() / 1000)
      .toString(8)
      .padStart(11, '0')}\0`,
    136,
  );
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const body = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(body);
  return Buffer.concat([header, body, Buffer.alloc(1024)]);
}

/** The stream's bytes, once it has closed (the store removes its scratch file on close). */
async function readClosed(stream: Readable): Promise<Buffer> {
  const bytes = await readAll(stream);
  if (!stream.closed) await once(stream, 'close');
  return bytes;
}

/** taskcache's cache version: pinned, since changing it orphans every stored entry. */
const BLOB_VERSION = createHash('sha256').update('taskcache blob frame 1').digest('hex');

it('uses its own, fixed cache version', () => {
  expect(GITHUB_BLOB_VERSION).toBe(BLOB_VERSION);
});

describe('github store: blobs are never unpacked', () => {
  // What actions/cache would have stored and extracted (with `tar -P`) for the old layout.
  const zstd = spawnSync('zstd', ['--version']).status === 0;
  const actionsCacheVersion = createHash('sha256')
    .update(['.taskcache-tmp-github', zstd ? 'zstd-without-long' : 'gzip', '1.0'].join('|'))
    .digest('hex');
  const compressed = (tar: Buffer): Buffer =>
    zstd
      ? spawnSync('zstd', ['-q', '-c'], { input: tar, maxBuffer: 1 << 26 }).stdout
      : gzipSync(tar);
  let target: string;
  let saved: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await initBlake3();
    const svc = await fake();
    // The client of the cache service reads its settings from the environment.
    saved = { ...process.env };
    Object.assign(process.env, svc.env());
    target = path.join(os.tmpdir(), `taskcache-pwn-${randomBytes(6).toString('hex')}`);
  });
  afterAll(() => {
    process.env = saved;
    rmSync(target, { recursive: true, force: true });
  });

  /** The hostile blob under `key`, for actions/cache's version and for taskcache's. */
  const plant = async (key: string, file: string) => {
    const blob = compressed(tarWith(file, 'pwned\n'));
    for (const version of [actionsCacheVersion, BLOB_VERSION]) {
      await putRawBlob(await fake(), key, version, blob);
    }
  };

  it('get() of a key holding a tar with an absolute member name writes nothing', async () => {
    const svc = await fake();
    const key = randomKey();
    const pwned = path.join(target, 'get', 'pwned');
    await plant(`taskcache-v1-${key}`, pwned);
    const store = storeOn(svc.env());
    const entry = await store.get(key).catch((error: unknown) => error);
    expect(existsSync(pwned), 'the member was extracted').toBe(false);
    // Found, but not a taskcache blob: the engine reports it unusable (a miss).
    expect(entry).toMatchObject({ recordText: '' });
    await expect((entry as { openArchive(): Promise<unknown> }).openArchive()).rejects.toThrow(
      StoreError,
    );
  });

  it('latestRecord() finding such a tar writes nothing', async () => {
    const svc = await fake();
    const task = 'build';
    const scope = `scope-${randomBytes(4).toString('hex')}`;
    const pwned = path.join(target, 'latest', 'pwned');
    const prefix = `taskcache-v1-latest-${blake3(`${scope}\0${task}`).slice(0, 32)}-`;
    await plant(`${prefix}000001700000000-abcdef`, pwned);
    const store = storeOn(svc.env());
    const record = await store.latestRecord(task, scope).catch((error: unknown) => error);
    expect(existsSync(pwned), 'the member was extracted').toBe(false);
    expect(record).toBeUndefined();
  });

  it('a blob of another shape under a taskcache key is an unusable entry, not a failure', async () => {
    const svc = await fake();
    const key = randomKey();
    await putRawBlob(svc, `taskcache-v1-${key}`, BLOB_VERSION, randomBytes(1000));
    const tmp = scratchDir('gh-shape');
    const entry = await storeOn({ ...svc.env(), RUNNER_TEMP: tmp }).get(key);
    expect(entry?.recordText).toBe('');
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('github store: the cache service as blob storage', () => {
  let svc: FakeCacheService;
  let dir: string;
  let archive: string;
  let saved: NodeJS.ProcessEnv;
  beforeAll(async () => {
    await initBlake3();
    svc = await fake();
    dir = scratchDir('gh-blobs');
    archive = randomFile(dir, 'a.archive', 100_000);
    // The same for a client that reads the process's environment.
    saved = { ...process.env };
    Object.assign(process.env, svc.env());
  });
  afterAll(() => {
    process.env = saved;
  });

  it('one lookup and one download per hit, streamed: nothing written to the temp dir', async () => {
    const tmp = scratchDir('gh-scratch');
    const store = storeOn({ ...svc.env(), RUNNER_TEMP: tmp });
    const key = randomKey();
    expect(await store.put(saveRequest({ key, archivePath: archive }))).toBe('saved');
    const entry = svc.entries().find((e) => e.key === `taskcache-v1-${key}`);
    expect(entry).toMatchObject({ version: GITHUB_BLOB_VERSION, finalized: true });
    const before = svc.requests.length;
    const got = await store.get(key);
    const after = svc.requests.slice(before);
    expect(after.map((r) => r.method)).toEqual(['POST', 'GET']);
    const bytes = await readClosed(await got!.openArchive());
    expect(sha256(bytes)).toBe(sha256(readFileSync(archive)));
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('works from any process directory: nothing depends on the cwd', async () => {
    const elsewhere = scratchDir('gh-cwd');
    const old = process.cwd();
    const store = storeOn(svc.env());
    const key = randomKey();
    process.chdir(elsewhere);
    try {
      expect(await store.put(saveRequest({ key, archivePath: archive }))).toBe('saved');
      expect((await store.get(key))?.recordText).toContain(key);
    } finally {
      process.chdir(old);
    }
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('a conflict on create is exists; a put with replace keeps the entry', async () => {
    const store = storeOn(svc.env());
    const key = randomKey();
    svc.faults = { createConflict: 1 };
    expect(await store.put(saveRequest({ key, archivePath: archive }))).toBe('exists');
    expect(await store.put(saveRequest({ key, archivePath: archive }))).toBe('saved');
    const replace = { ...saveRequest({ key, archivePath: archive }), replace: true };
    expect(await store.put(replace)).toBe('exists');
    expect(store.replaces).toBe(false);
  });

  it('a refused reservation of a key nobody holds is a failure, not exists', async () => {
    const store = storeOn(svc.env());
    svc.faults = { createNotOk: 1 };
    await expect(
      store.put(saveRequest({ key: randomKey(), archivePath: archive })),
    ).rejects.toThrow(/did not reserve the entry \(fake: cache entry creation refused\)/);
  });

  it('retries one failed upload and one cut download; gives up on more, naming no secret', async () => {
    const tmp = scratchDir('gh-faults');
    const store = storeOn({ ...svc.env(), RUNNER_TEMP: tmp });
    const key = randomKey();
    svc.faults = { uploadError: 1 };
    expect(await store.put(saveRequest({ key, archivePath: archive }))).toBe('saved');
    svc.faults = { truncateDownload: 1 };
    const got = await store.get(key);
    expect(got?.recordText).toContain(key);
    await readClosed(await got!.openArchive());
    svc.faults = { truncateDownload: 10 };
    // The record comes first; the cut shows once the archive is read.
    const error = await store
      .get(key)
      .then(async (entry) => readAll(await entry!.openArchive()))
      .catch((e: unknown) => e);
    svc.faults = {};
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/blob download/);
    expect((error as Error).message).not.toMatch(/sig=|se=|fakeactionscache/);
    expect((error as Error).message).not.toContain(svc.token);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('an archive past the single Put Blob limit goes up in blocks', async () => {
    const size = 2_200_003;
    const big = randomFile(dir, 'big.archive', size);
    const store = storeOn(svc.env(), { sizes: { singlePutLimit: 1_000_000, blockSize: 500_000 } });
    const key = randomKey();
    const before = svc.requests.length;
    expect(await store.put(saveRequest({ key, archivePath: big }))).toBe('saved');
    const puts = svc.requests.slice(before).filter((r) => r.method === 'PUT');
    expect(puts.filter((r) => r.path.includes('comp=block&'))).toHaveLength(5);
    expect(puts.filter((r) => r.path.includes('comp=blocklist'))).toHaveLength(1);
    const got = await store.get(key);
    expect(sha256(await readAll(await got!.openArchive()))).toBe(sha256(readFileSync(big)));
  });

  it('downloads a large blob in ranged segments, a cut one retried on its own', async () => {
    const size = 2_200_003;
    const big = randomFile(dir, 'segments.archive', size);
    const sizes = { segmentSize: 300_000, concurrency: 3 };
    const store = storeOn(svc.env(), { sizes });
    const key = randomKey();
    expect(await store.put(saveRequest({ key, archivePath: big }))).toBe('saved');
    const blobSize = svc.entries().find((e) => e.key.endsWith(key))?.size ?? 0;
    expect(blobSize).toBeGreaterThan(size);
    const before = svc.requests.length;
    svc.faults = { truncateDownload: 1 };
    const got = await store.get(key);
    expect(sha256(await readAll(await got!.openArchive()))).toBe(sha256(readFileSync(big)));
    svc.faults = {};
    const gets = svc.requests.slice(before).filter((r) => r.method === 'GET');
    // Every segment once, and the cut one again.
    expect(gets).toHaveLength(Math.ceil(blobSize / sizes.segmentSize) + 1);
  });

  it('stops fetching segments when the reader stops', async () => {
    const big = randomFile(dir, 'stopped.archive', 3_000_000);
    const store = storeOn(svc.env(), { sizes: { segmentSize: 100_000, concurrency: 2 } });
    const key = randomKey();
    expect(await store.put(saveRequest({ key, archivePath: big }))).toBe('saved');
    const before = svc.requests.length;
    const got = await store.get(key);
    const archive = await got!.openArchive();
    await once(archive, 'readable');
    archive.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const gets = svc.requests.slice(before).filter((r) => r.method === 'GET');
    // The first segment, the ones in flight and those the stream's buffers took: far from 30.
    expect(gets.length).toBeLessThan(15);
  });

  it('says the service is unavailable without its environment', async () => {
    const store = storeOn({});
    await expect(store.has(randomKey())).rejects.toThrow(StoreError);
    await expect(store.has(randomKey())).rejects.toThrow(/not available/);
  });
});

describe('github store: deadlines', () => {
  const sockets = new Set<Socket>();
  let silent: Server;
  let env: Record<string, string>;
  let saved: NodeJS.ProcessEnv;
  const token = `token-${randomBytes(8).toString('hex')}`;

  beforeAll(async () => {
    // Accepts connections and reads requests, and never answers.
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('data', () => {});
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    env = {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
      ACTIONS_RUNTIME_TOKEN: token,
    };
    // The same for a client that reads the process's environment.
    saved = { ...process.env };
    Object.assign(process.env, env);
  });
  afterAll(async () => {
    process.env = saved;
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  const short = { connectMs: 1_000, firstByteMs: 1_000, windowMs: 1_000, totalMs: 3_000 };

  const timed = async (operation: () => Promise<unknown>) => {
    const started = Date.now();
    const error = await operation().then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error, ms: Date.now() - started };
  };

  it('bounds the defaults: a silent service costs one first-byte timeout, under 45 s', async () => {
    const { error, ms } = await timed(() => storeOn(env).get(randomKey()));
    expect(error).toBeInstanceOf(StoreError);
    expect(ms).toBeLessThan(45_000);
    expect(GITHUB_DEADLINES.totalMs).toBeLessThanOrEqual(30_000);
    expect(GITHUB_DEADLINES.firstByteMs).toBeLessThanOrEqual(GITHUB_DEADLINES.totalMs);
    expect(GITHUB_DEADLINES.connectMs).toBeLessThanOrEqual(GITHUB_DEADLINES.totalMs);
    expect(GITHUB_DEADLINES.minBytesPerSecond).toBeGreaterThan(0);
  }, 60_000);

  it('get, has and put against a silent service each fail with a StoreError in time', async () => {
    const dir = scratchDir('gh-silent');
    const archive = randomFile(dir, 'a.archive', 1000);
    const store = storeOn(env, { deadlines: short });
    for (const operation of [
      () => store.get(randomKey()),
      () => store.has(randomKey()),
      () => store.put(saveRequest({ key: randomKey(), archivePath: archive })),
      () => store.latestRecord('build', 'scope'),
    ]) {
      const { error, ms } = await timed(operation);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message).toMatch(/no response within 1000 ms/);
      expect((error as Error).message).not.toContain(token);
      expect(ms).toBeLessThan(10_000);
    }
  }, 60_000);

  it('a download that trickles fails on the minimum throughput, naming no signed URL', async () => {
    const secret = `sig-${randomBytes(8).toString('hex')}`;
    const trickle = createHttpServer((req, res) => {
      if (req.url?.startsWith('/twirp/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            ok: true,
            matched_key: `taskcache-v1-${key}`,
            signed_download_url: `http://127.0.0.1:${port}/acct/cont/blob?sv=1&sig=${secret}`,
          }),
        );
        return;
      }
      // A frame whose record trickles in.
      res.writeHead(200, { 'content-length': '100000' });
      const headerBytes = encodeFrameHeader(0, 0).length;
      res.write(encodeFrameHeader(1000, 100000 - headerBytes - 1000));
      const tick = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(tick));
    });
    const key = randomKey();
    await new Promise<void>((resolve) => trickle.listen(0, '127.0.0.1', resolve));
    const port = (trickle.address() as { port: number }).port;
    const results = process.env.ACTIONS_RESULTS_URL;
    process.env.ACTIONS_RESULTS_URL = `http://127.0.0.1:${port}/`;
    try {
      const store = storeOn(
        { ...env, ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/` },
        { deadlines: { ...short, minBytesPerSecond: 1024, totalMs: 20_000 } },
      );
      const { error, ms } = await timed(() => store.get(key));
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message).toMatch(/below the minimum of 1024 bytes\/s/);
      expect((error as Error).message).not.toContain(secret);
      expect(ms).toBeLessThan(10_000);
    } finally {
      process.env.ACTIONS_RESULTS_URL = results;
      trickle.closeAllConnections();
      await new Promise((resolve) => trickle.close(resolve));
    }
  }, 30_000);
});
