/**
 * Owns the proof that test/support/github-cache-fake.ts is faithful enough to stand in for the
 * GitHub Actions cache service v2: the real `@actions/cache` client saves and restores through it,
 * and every fault hook produces the behaviour the client really has (asserted on return values,
 * thrown errors, the `::warning::` lines it prints and the requests it makes), so tests of the
 * `github` store built on the fake can trust what it shows them.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cache from '@actions/cache';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  crc64,
  type FakeCacheService,
  startFakeCacheService,
} from './support/github-cache-fake.js';

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';
const PATHS = ['data'];
const MiB = 1024 * 1024;

let root: string;
let service: FakeCacheService;
let savedEnv: NodeJS.ProcessEnv;
let savedCwd: string;
let workspaceCount = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'taskcache-ghfake-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

beforeEach(async () => {
  savedEnv = { ...process.env };
  savedCwd = process.cwd();
  service = await startFakeCacheService();
  // A runner's own values would switch the client to v1 (GHES) or change its logging.
  for (const name of ['GITHUB_SERVER_URL', 'ACTIONS_CACHE_MODE', 'RUNNER_DEBUG']) {
    delete process.env[name];
  }
  Object.assign(process.env, service.env());
  const runnerTemp = join(root, `runner-temp-${++workspaceCount}`);
  mkdirSync(runnerTemp);
  process.env['RUNNER_TEMP'] = runnerTemp;
});

afterEach(async () => {
  process.chdir(savedCwd);
  // Restored in place: process.env must stay the real environment object for child processes.
  for (const name of Object.keys(process.env)) {
    if (!(name in savedEnv)) delete process.env[name];
  }
  Object.assign(process.env, savedEnv);
  await service.close();
});

/** The client tars paths relative to GITHUB_WORKSPACE but globs them against the cwd. */
function enterWorkspace(): string {
  const dir = join(root, `ws-${++workspaceCount}`);
  mkdirSync(dir);
  process.env['GITHUB_WORKSPACE'] = dir;
  process.chdir(dir);
  return dir;
}

function writeData(workspace: string, files: Record<string, Buffer | string>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = join(workspace, 'data', name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
  }
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

interface ClientOutput {
  warnings: string[];
  errors: string[];
  /** Plain `core.info` lines (no workflow command). */
  infos: string[];
}

function decodeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * Runs the client with its workflow-command output captured: @actions/core writes straight to
 * process.stdout, and the warnings are part of the behaviour under test.
 */
async function client<T>(fn: () => Promise<T>): Promise<{ value: T } & ClientOutput> {
  let text = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(((
    chunk: string | Uint8Array,
  ) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write);
  try {
    const value = await fn();
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const command = (name: string) =>
      lines
        .filter((l) => l.startsWith(`::${name}::`))
        .map((l) => decodeCommand(l.slice(name.length + 4)));
    return {
      value,
      warnings: command('warning'),
      errors: command('error'),
      infos: lines.filter((l) => l !== '' && !l.startsWith('::') && !l.startsWith('[command]')),
    };
  } finally {
    spy.mockRestore();
  }
}

/**
 * The client sleeps 3 s and more between Twirp retries and the Azure SDK 4 s and 12 s between
 * blob retries; a full give-up would take half a minute. Long sleeps are shortened a hundredfold
 * (and recorded, so the backoff itself is asserted); short timers are left alone.
 */
async function withShortSleeps<T>(fn: () => Promise<T>): Promise<{ value: T; sleeps: number[] }> {
  const realSetTimeout = globalThis.setTimeout;
  const sleeps: number[] = [];
  const shortened = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    if (typeof ms === 'number' && ms >= 2000) {
      sleeps.push(ms);
      return realSetTimeout(handler, Math.ceil(ms / 100), ...args);
    }
    return realSetTimeout(handler, ms, ...args);
  }) as typeof setTimeout;
  globalThis.setTimeout = shortened;
  try {
    return { value: await fn(), sleeps };
  } finally {
    globalThis.setTimeout = realSetTimeout;
  }
}

function twirpCalls(method?: string): number {
  return service.requests.filter((r) => r.path.startsWith(TWIRP + (method ?? ''))).length;
}

function blobCalls(method?: string): number {
  return service.requests.filter(
    (r) => !r.path.startsWith('/twirp/') && (method === undefined || r.method === method),
  ).length;
}

async function twirp(method: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(new URL(TWIRP + method, service.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${service.token}` },
    body: JSON.stringify(body),
    ...init,
  });
}

/** Saves `files` under data/ from a fresh workspace and returns what the client returned. */
async function saveFiles(key: string, files: Record<string, Buffer | string>) {
  const ws = enterWorkspace();
  writeData(ws, files);
  return client(() => cache.saveCache(PATHS, key));
}

describe('fake GitHub cache service v2 driven by the real @actions/cache client', () => {
  it('saves and restores byte-identical files into a fresh workspace', async () => {
    const big = randomBytes(MiB + 12_345);
    const saved = await saveFiles('build-linux-abc', {
      'big.bin': big,
      'small.txt': 'hello cache\n',
      'nested/deeper/x.json': '{"a":1}',
    });
    expect(saved.warnings).toEqual([]);
    expect(saved.value).toBeGreaterThan(0);

    const [entry] = service.entries();
    expect(service.entries()).toHaveLength(1);
    // version = sha256("<paths as written>|<compression>|1.0"); zstd is used when installed.
    const zstd = spawnSync('zstd', ['--version']).status === 0;
    const expectedVersion = sha256(['data', zstd ? 'zstd-without-long' : 'gzip', '1.0'].join('|'));
    expect(entry).toMatchObject({
      key: 'build-linux-abc',
      version: expectedVersion,
      finalized: true,
    });
    expect(entry!.size).toBeGreaterThan(big.length);

    const fresh = enterWorkspace();
    const restored = await client(() => cache.restoreCache(PATHS, 'build-linux-abc'));
    expect(restored.value).toBe('build-linux-abc');
    expect(restored.warnings).toEqual([]);
    expect(sha256(readFileSync(join(fresh, 'data', 'big.bin')))).toBe(sha256(big));
    expect(readFileSync(join(fresh, 'data', 'small.txt'), 'utf8')).toBe('hello cache\n');
    expect(readFileSync(join(fresh, 'data', 'nested/deeper/x.json'), 'utf8')).toBe('{"a":1}');

    // Small archives go up as one Put Blob and come down as one plain GET.
    expect(service.requests.map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`)).toEqual([
      `POST ${TWIRP}CreateCacheEntry 200`,
      expect.stringMatching(/^PUT \/fakeactionscache\/actions-cache\/\S+ 201$/),
      `POST ${TWIRP}FinalizeCacheEntryUpload 200`,
      `POST ${TWIRP}GetCacheEntryDownloadURL 200`,
      expect.stringMatching(/^GET \/fakeactionscache\/actions-cache\/\S+ 200$/),
    ]);
    expect(service.requests[1]!.path).not.toContain('comp=');
  });

  it('misses unknown keys, and matches prefixes newest-first within one version', async () => {
    await saveFiles('deps-linux-1', { 'v.txt': 'one' });
    await saveFiles('deps-linux-2', { 'v.txt': 'two' });
    await saveFiles('deps-macos-1', { 'v.txt': 'mac' });
    expect(service.entries().map((e) => e.finalized)).toEqual([true, true, true]);

    enterWorkspace();
    const miss = await client(() => cache.restoreCache(PATHS, 'nothing-here', ['nope-']));
    expect(miss.value).toBeUndefined();
    expect(miss.warnings).toEqual([]);

    const ws = enterWorkspace();
    const partial = await client(() =>
      cache.restoreCache(PATHS, 'deps-linux-3', ['deps-windows-', 'deps-linux-']),
    );
    expect(partial.value).toBe('deps-linux-2');
    expect(partial.infos).toContain('Cache hit for restore-key: deps-linux-2');
    expect(readFileSync(join(ws, 'data', 'v.txt'), 'utf8')).toBe('two');

    // An exact restore key beats a newer prefix match of the same restore key.
    enterWorkspace();
    const exact = await client(() => cache.restoreCache(PATHS, 'x', ['deps-linux-1', 'deps-']));
    expect(exact.value).toBe('deps-linux-1');

    // The primary key is prefix-matched too, as GitHub documents.
    enterWorkspace();
    const primaryPrefix = await client(() => cache.restoreCache(PATHS, 'deps-'));
    expect(primaryPrefix.value).toBe('deps-macos-1');

    // Different paths give a different version: nothing matches even with the same key.
    enterWorkspace();
    const otherVersion = await client(() => cache.restoreCache(['data', 'more'], 'deps-linux-2'));
    expect(otherVersion.value).toBeUndefined();
  });

  it('uploads archives over 128 MiB with Put Block + Put Block List', async () => {
    const ws = enterWorkspace();
    const big = join(ws, 'data', 'huge.bin');
    mkdirSync(join(ws, 'data'));
    // Random data so compression cannot bring the archive under the 128 MiB single-shot limit.
    const hash = createHash('sha256');
    const fd = openSync(big, 'w');
    try {
      for (let i = 0; i < 130; i++) {
        const part = randomBytes(MiB);
        hash.update(part);
        writeSync(fd, part);
      }
    } finally {
      closeSync(fd);
    }
    const expected = hash.digest('hex');

    const saved = await client(() => cache.saveCache(PATHS, 'huge'));
    expect(saved.warnings).toEqual([]);
    expect(saved.value).toBeGreaterThan(0);
    const puts = service.requests.filter((r) => r.method === 'PUT');
    const blocks = puts.filter((r) => /[?&]comp=block(&|$)/.test(r.path));
    const lists = puts.filter((r) => /[?&]comp=blocklist(&|$)/.test(r.path));
    // The client forces 64 MiB blocks: 130 MiB + tar overhead is three blocks.
    expect(blocks).toHaveLength(3);
    expect(blocks.every((r) => r.path.includes('blockid=') && r.status === 201)).toBe(true);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.status).toBe(201);
    expect(puts).toHaveLength(4);
    expect(service.entries()[0]!.size).toBeGreaterThan(128 * MiB);

    const fresh = enterWorkspace();
    const restored = await client(() => cache.restoreCache(PATHS, 'huge'));
    expect(restored.value).toBe('huge');
    expect(sha256(readFileSync(join(fresh, 'data', 'huge.bin')))).toBe(expected);
  });

  describe('fault hooks', () => {
    it('createConflict: saveCache returns -1 without throwing and leaves entries alone', async () => {
      await saveFiles('conflict', { 'v.txt': 'original' });
      const before = service.entries();

      service.faults.createConflict = 1;
      const injected = await saveFiles('conflict-other', { 'v.txt': 'other' });
      expect(injected.value).toBe(-1);
      expect(injected.warnings).toEqual([]);
      expect(injected.infos).toContain(
        'Failed to save: Unable to reserve cache with key conflict-other, another job may be creating this cache.',
      );
      expect(service.faults.createConflict).toBe(0);
      expect(service.entries()).toEqual(before);

      // The same 409 arises naturally when the key and version already exist.
      const natural = await saveFiles('conflict', { 'v.txt': 'replacement' });
      expect(natural.value).toBe(-1);
      expect(natural.infos).toContain(
        'Failed to save: Unable to reserve cache with key conflict, another job may be creating this cache.',
      );
      expect(service.entries()).toEqual(before);
      const ws = enterWorkspace();
      expect((await client(() => cache.restoreCache(PATHS, 'conflict'))).value).toBe('conflict');
      expect(readFileSync(join(ws, 'data', 'v.txt'), 'utf8')).toBe('original');

      // A reservation in progress (created, not finalized) blocks a second writer as well.
      const version = before[0]!.version;
      expect((await twirp('CreateCacheEntry', { key: 'pending', version })).status).toBe(200);
      expect((await saveFiles('pending', { 'v.txt': 'late' })).value).toBe(-1);
      expect(service.entries().find((e) => e.key === 'pending')).toMatchObject({
        finalized: false,
        size: 0,
      });
      // Only finalized entries are visible to lookups.
      enterWorkspace();
      expect((await client(() => cache.restoreCache(PATHS, 'pending'))).value).toBeUndefined();
    });

    it('createNotOk: saveCache warns with the message and returns -1', async () => {
      service.faults.createNotOk = 1;
      const saved = await saveFiles('not-ok', { 'v.txt': 'x' });
      expect(saved.value).toBe(-1);
      expect(saved.warnings).toEqual([
        'Cache reservation failed: fake: cache entry creation refused',
      ]);
      expect(saved.infos).toContain(
        'Failed to save: Unable to reserve cache with key not-ok, another job may be creating this cache.',
      );
      expect(service.entries()).toEqual([]);
      expect(twirpCalls()).toBe(1);
      expect(blobCalls()).toBe(0);
    });

    it('rateLimit: no retry; save returns -1, restore returns undefined, both warn', async () => {
      service.faults.rateLimit = 1;
      const saved = await saveFiles('limited', { 'v.txt': 'x' });
      expect(saved.value).toBe(-1);
      expect(saved.warnings).toEqual([
        "You've hit a rate limit, your rate limit will reset in 60 seconds",
      ]);
      expect(saved.infos).toContain(
        'Failed to save: Unable to reserve cache with key limited, another job may be creating this cache.',
      );
      expect(twirpCalls()).toBe(1);
      expect(service.requests[0]!.status).toBe(429);

      await saveFiles('limited', { 'v.txt': 'x' });
      expect(service.entries()).toHaveLength(1);
      const callsBefore = service.requests.length;
      service.faults.rateLimit = 1;
      enterWorkspace();
      const restored = await client(() => cache.restoreCache(PATHS, 'limited'));
      expect(restored.value).toBeUndefined();
      expect(restored.warnings).toEqual([
        "You've hit a rate limit, your rate limit will reset in 60 seconds",
        'Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: Failed request: (429) Too Many Requests: fake: rate limit exceeded',
      ]);
      expect(service.requests.length - callsBefore).toBe(1);
    });

    it('serverError: retries with backoff and succeeds once the fault is used up', async () => {
      service.faults.serverError = 2;
      const { value: saved, sleeps } = await withShortSleeps(() =>
        saveFiles('flaky', { 'v.txt': 'x' }),
      );
      expect(saved.value).toBeGreaterThan(0);
      expect(saved.warnings).toEqual([]);
      expect(saved.infos[0]).toMatch(
        /^Attempt 1 of 5 failed with error: Failed request: \(500\) Internal Server Error: fake: internal server error\. Retrying request in 3000 ms\.\.\.$/,
      );
      expect(sleeps[0]).toBe(3000);
      expect(sleeps[1]).toBeGreaterThanOrEqual(4500);
      expect(sleeps[1]).toBeLessThan(6750);
      expect(twirpCalls('CreateCacheEntry')).toBe(3);
      expect(service.entries()[0]!.finalized).toBe(true);
    });

    it('serverError: gives up after 5 attempts; save returns -1, restore returns undefined', async () => {
      service.faults.serverError = 5;
      const { value: saved, sleeps } = await withShortSleeps(() =>
        saveFiles('down', { 'v.txt': 'x' }),
      );
      expect(saved.value).toBe(-1);
      expect(saved.infos).toContain(
        'Failed to save: Unable to reserve cache with key down, another job may be creating this cache.',
      );
      expect(twirpCalls()).toBe(5);
      expect(blobCalls()).toBe(0);
      expect(sleeps.filter((ms) => ms >= 3000)).toHaveLength(4);

      service.faults.serverError = 5;
      enterWorkspace();
      const { value: restored } = await withShortSleeps(() =>
        client(() => cache.restoreCache(PATHS, 'down')),
      );
      expect(restored.value).toBeUndefined();
      expect(restored.warnings).toEqual([
        'Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: fake: internal server error',
      ]);
      expect(twirpCalls()).toBe(10);
    });

    it('truncateDownload: restore returns undefined and leaves nothing behind', async () => {
      await saveFiles('cut', { 'big.bin': randomBytes(2 * MiB), 'small.txt': 'x' });
      service.faults.truncateDownload = 1;
      const ws = enterWorkspace();
      // The save leaves its tar manifest in RUNNER_TEMP; only the restore's leftovers matter.
      const tempBefore = filesUnder(process.env['RUNNER_TEMP']!);
      const restored = await client(() => cache.restoreCache(PATHS, 'cut'));
      expect(restored.value).toBeUndefined();
      expect(restored.warnings).toEqual(['Failed to restore: aborted']);
      expect(readdirSync(ws)).toEqual([]);
      expect(filesUnder(process.env['RUNNER_TEMP']!)).toEqual(tempBefore);
      // One GET, never finished (status stays 0), and no retry of the body.
      expect(service.requests.filter((r) => r.method === 'GET').map((r) => r.status)).toEqual([0]);

      // The entry itself is intact: the next restore succeeds.
      const again = enterWorkspace();
      expect((await client(() => cache.restoreCache(PATHS, 'cut'))).value).toBe('cut');
      expect(readFileSync(join(again, 'data', 'small.txt'), 'utf8')).toBe('x');
    });

    it('uploadError: one 500 is retried by the Azure SDK; four make save return -1', async () => {
      service.faults.uploadError = 1;
      const retried = await saveFiles('upload-once', { 'v.txt': 'x' });
      expect(retried.value).toBeGreaterThan(0);
      expect(retried.warnings).toEqual([]);
      expect(blobCalls('PUT')).toBe(2);

      service.faults.uploadError = 4;
      const before = service.requests.length;
      const { value: failed, sleeps } = await withShortSleeps(() =>
        saveFiles('upload-never', { 'v.txt': 'x' }),
      );
      expect(failed.value).toBe(-1);
      expect(failed.warnings).toHaveLength(2);
      expect(failed.warnings[0]).toMatch(
        /^uploadCacheArchiveSDK: internal error uploading cache archive: The server encountered an internal error/,
      );
      expect(failed.warnings[1]).toMatch(
        /^Failed to save: The server encountered an internal error/,
      );
      expect(sleeps).toEqual([4000, 12000]);
      const after = service.requests.slice(before);
      expect(after.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([
        500, 500, 500, 500,
      ]);
      expect(after.some((r) => r.path.includes('FinalizeCacheEntryUpload'))).toBe(false);
      // The reservation stays unfinalized, so the key is neither restorable nor re-creatable.
      expect(service.entries().find((e) => e.key === 'upload-never')).toMatchObject({
        finalized: false,
      });
      enterWorkspace();
      expect((await client(() => cache.restoreCache(PATHS, 'upload-never'))).value).toBeUndefined();
    });
  });

  it('wrong token: save returns -1 and restore misses after one request each', async () => {
    await service.close();
    service = await startFakeCacheService({ token: 'the-token' });
    Object.assign(process.env, { ...service.env(), ACTIONS_RUNTIME_TOKEN: 'not-the-token' });

    const started = Date.now();
    const saved = await saveFiles('secret', { 'v.txt': 'x' });
    expect(saved.value).toBe(-1);
    expect(saved.infos).toContain(
      'Failed to save: Unable to reserve cache with key secret, another job may be creating this cache.',
    );
    enterWorkspace();
    const restored = await client(() => cache.restoreCache(PATHS, 'secret'));
    expect(restored.value).toBeUndefined();
    expect(restored.warnings).toEqual([
      'Failed to restore: Failed to GetCacheEntryDownloadURL: Received non-retryable error: Failed request: (401) Unauthorized: invalid or missing runtime token',
    ]);
    expect(service.requests.map((r) => r.status)).toEqual([401, 401]);
    expect(Date.now() - started).toBeLessThan(10_000);

    // Without any token the save path throws before its try block: the one case that escapes.
    delete process.env['ACTIONS_RUNTIME_TOKEN'];
    await expect(saveFiles('secret', { 'v.txt': 'x' })).rejects.toThrow(
      'Unable to get the ACTIONS_RUNTIME_TOKEN env variable',
    );
    enterWorkspace();
    const noToken = await client(() => cache.restoreCache(PATHS, 'secret'));
    expect(noToken.value).toBeUndefined();
    expect(noToken.warnings).toEqual([
      'Failed to restore: Unable to get the ACTIONS_RUNTIME_TOKEN env variable',
    ]);
    expect(service.requests).toHaveLength(2);
  });
});

describe('fake GitHub cache service v2 protocol edges', () => {
  it('answers every Twirp failure as Twirp JSON with the matching status', async () => {
    const cases: Array<[Promise<Response>, number, string]> = [
      [fetch(new URL(`${TWIRP}CreateCacheEntry`, service.url)), 404, 'bad_route'],
      [twirp('DeleteCacheEntry', {}), 404, 'bad_route'],
      [
        twirp('CreateCacheEntry', {}, { headers: { authorization: `Bearer ${service.token}` } }),
        404,
        'bad_route',
      ],
      [
        twirp(
          'CreateCacheEntry',
          { key: 'k', version: 'v' },
          { headers: { 'content-type': 'application/json' } },
        ),
        401,
        'unauthenticated',
      ],
      [twirp('CreateCacheEntry', { key: 'k' }), 400, 'invalid_argument'],
      [twirp('GetCacheEntryDownloadURL', 'not an object'), 400, 'malformed'],
      [
        twirp('FinalizeCacheEntryUpload', { key: 'k', version: 'v', size_bytes: '1' }),
        404,
        'not_found',
      ],
    ];
    for (const [pending, status, code] of cases) {
      const res = await pending;
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(await res.json()).toMatchObject({ code, msg: expect.any(String) });
    }
    const miss = await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' });
    expect(await miss.json()).toEqual({ ok: false });
  });

  it('lets a new writer take over a reservation that was never finalized once it is stale', async () => {
    const stale = await startFakeCacheService({ reservationTtlMs: 0 });
    try {
      const create = () =>
        fetch(new URL(`${TWIRP}CreateCacheEntry`, stale.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${stale.token}` },
          body: JSON.stringify({ key: 'k', version: 'v' }),
        });
      expect((await create()).status).toBe(200);
      expect((await create()).status).toBe(200);
      expect(stale.entries()).toHaveLength(1);
    } finally {
      await stale.close();
    }
  });

  it('computes x-ms-content-crc64 with the CRC-64 Azure uses', () => {
    // The CRC-64/NVME check value; the Azure SDK's own StorageCRC64Calculator agrees.
    expect(crc64(Buffer.from('123456789')).readBigUInt64LE().toString(16)).toBe('ae8b14860a799888');
  });

  it('serves ranges and HEAD, and refuses bad signatures and read-only URLs', async () => {
    const version = 'v1';
    const created = (await (await twirp('CreateCacheEntry', { key: 'r', version })).json()) as {
      signed_upload_url: string;
    };
    const upload = new URL(created.signed_upload_url);
    expect(upload.pathname).toMatch(/^\/fakeactionscache\/actions-cache\/[^/]+$/);
    const body = Buffer.from('0123456789abcdef');

    const unsigned = new URL(upload);
    unsigned.searchParams.set('sig', 'forged');
    const forged = await fetch(unsigned, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body,
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    expect(await forged.text()).toContain('<Code>AuthenticationFailed</Code>');

    const noType = await fetch(upload, { method: 'PUT', body });
    expect(noType.status).toBe(400);

    const put = await fetch(upload, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body,
    });
    expect(put.status).toBe(201);
    expect(put.headers.get('etag')).toMatch(/^"0x[0-9A-F]+"$/);
    expect(put.headers.get('content-md5')).toBe(createHash('md5').update(body).digest('base64'));
    expect(put.headers.get('x-ms-request-server-encrypted')).toBe('true');

    const finalized = await twirp('FinalizeCacheEntryUpload', {
      key: 'r',
      version,
      size_bytes: '16',
    });
    expect(await finalized.json()).toEqual({ ok: true, entry_id: expect.stringMatching(/^\d+$/) });
    const found = (await (
      await twirp('GetCacheEntryDownloadURL', { key: 'r', version })
    ).json()) as {
      ok: boolean;
      signed_download_url: string;
      matched_key: string;
    };
    expect(found).toMatchObject({ ok: true, matched_key: 'r' });
    const download = found.signed_download_url;

    const head = await fetch(download, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('16');
    expect(head.headers.get('x-ms-blob-type')).toBe('BlockBlob');

    const ranged = await fetch(download, { headers: { range: 'bytes=4-9' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe('bytes 4-9/16');
    expect(await ranged.text()).toBe('456789');
    const open = await fetch(download, { headers: { 'x-ms-range': 'bytes=10-' } });
    expect(await open.text()).toBe('abcdef');
    const beyond = await fetch(download, { headers: { range: 'bytes=16-20' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */16');

    const readOnlyWrite = await fetch(download, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body,
    });
    expect(readOnlyWrite.status).toBe(403);
    expect(readOnlyWrite.headers.get('x-ms-error-code')).toBe('AuthorizationPermissionMismatch');
  });
});
