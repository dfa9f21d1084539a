// Remote store URLs without a server: which URLs are accepted, what a store is called (never a
// credential), the errors for what cannot be used; and the HTTP client's pieces that need no
// server (Retry-After, the body guard).

import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { guardStream, HttpFailure, retryAfterMs } from '../../src/adapters/http-client.js';
import { createRemoteStore, RemoteUrlError, redactUrl } from '../../src/stores/remote.js';
import { readAll } from './fixtures.js';

const quiet = { mode: 'read-write' as const, env: {}, warn: () => {} };

describe('redactUrl', () => {
  test.each([
    ['https://user:s3cret@cache.example.com:8080/prefix', 'https://cache.example.com:8080/prefix'],
    ['http://cache.example.com/', 'http://cache.example.com'],
    ['redis://:s3cret@127.0.0.1:6379/2?ttl=7d', 'redis://127.0.0.1:6379/2?ttl=7d'],
    ['rediss://default:s3cret@redis.example.com:6380', 'rediss://redis.example.com:6380'],
    [
      's3://bucket/prefix?region=eu-west-1&endpoint=https://key:s3cret@minio:9000&X-Amz-Signature=s3cret',
      's3://bucket/prefix?region=eu-west-1&endpoint=https://minio:9000',
    ],
    [
      'turbo+https://cache.example.com?team=my-team&token=s3cret',
      'turbo+https://cache.example.com?team=my-team',
    ],
    ['https://cache.example.com/p#s3cret', 'https://cache.example.com/p'],
  ])('%s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });

  test('an unparseable URL loses its userinfo and query too', () => {
    const shown = redactUrl('http://user:s3cret@[::1/x?token=s3cret');
    expect(shown).not.toContain('s3cret');
    expect(shown).toContain('http://');
  });
});

describe('createRemoteStore', () => {
  test.each([
    ['https://user:s3cret@cache.example.com/ci', 'https://cache.example.com/ci'],
    ['s3://bucket/prefix?region=us-east-1', 's3://bucket/prefix?region=us-east-1'],
    ['turbo+https://cache.example.com?team=t', 'turbo+https://cache.example.com?team=t'],
    ['redis://:s3cret@127.0.0.1:6379/1?ttl=12h', 'redis://127.0.0.1:6379/1?ttl=12h'],
    ['rediss://:s3cret@localhost:6380', 'rediss://localhost:6380'],
  ])('%s is a store named %s, without contacting it', async (url, name) => {
    const store = await createRemoteStore(url, { ...quiet, mode: 'read' });
    expect(store.name).toBe(name);
    expect(store.mode).toBe('read');
  });

  test.each([
    ['ftp://user:s3cret@host/x', /unknown remote store scheme in ftp:\/\/host\/x/],
    ['not a url s3cret', /malformed remote store URL/],
    ['http://', /malformed remote store URL/],
    ['s3://bucket?acl=s3cret', /unknown parameter "acl"/],
    ['s3://bucket?path-style=maybe', /path-style must be true or false/],
    ['s3://bucket?endpoint=ftp://x', /endpoint must be an http/],
    ['s3://key:s3cret@bucket', /not in the URL/],
    ['turbo+https://user:s3cret@host?team=t', /TURBO_TOKEN, not in the URL/],
    ['turbo+https://host?team=t&token=s3cret', /unknown parameter "token"/],
    ['redis://:s3cret@host:6379/zero', /database number/],
    ['redis://:s3cret@host:6379?ttl=soon', /ttl must be a duration/],
    ['http://host/x?token=s3cret', /takes no query parameters/],
  ])('%s is refused: %s', async (url, message) => {
    const error = await createRemoteStore(url, quiet).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RemoteUrlError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('s3cret');
  });

  test('TASKCACHE_REMOTE_HEADERS: a bad line is named by number, its value never shown', async () => {
    const env = { TASKCACHE_REMOTE_HEADERS: 'X-Team: a\nno colon s3cret\n' };
    await expect(createRemoteStore('https://cache.example.com', { ...quiet, env })).rejects.toThrow(
      /TASKCACHE_REMOTE_HEADERS line 2 is not "Name: value"$/,
    );
    await expect(
      createRemoteStore('https://cache.example.com', {
        ...quiet,
        env: { TASKCACHE_REMOTE_HEADERS: 'X-Team: a\r\nX-Token: s3cret\n\n' },
      }),
    ).resolves.toBeDefined();
  });
});

describe('Retry-After', () => {
  test('seconds, an HTTP date, or nothing usable', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe('guardStream', () => {
  const source = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));

  test('a body of the announced length passes', async () => {
    const out = guardStream(source('abc', 'def'), { idleMs: 1000, expectedBytes: 6 });
    expect((await readAll(out)).toString()).toBe('abcdef');
  });

  test('a body shorter or longer than announced is an error, never a short success', async () => {
    await expect(
      readAll(guardStream(source('abc'), { idleMs: 1000, expectedBytes: 6 })),
    ).rejects.toThrow(/ended after 3 of 6 bytes/);
    await expect(
      readAll(guardStream(source('abcdefg'), { idleMs: 1000, expectedBytes: 6 })),
    ).rejects.toThrow(/longer than the 6 bytes/);
  });

  test('a source that closes without ending is an error', async () => {
    const upstream = new PassThrough();
    const out = guardStream(upstream, { idleMs: 1000 });
    upstream.write('abc');
    setTimeout(() => upstream.destroy(), 10);
    await expect(readAll(out)).rejects.toThrow(HttpFailure);
  });

  test('silence while the reader waits is an error; a slow reader is not', async () => {
    const silent = new PassThrough();
    silent.write('abc');
    await expect(readAll(guardStream(silent, { idleMs: 50 }))).rejects.toThrow(/no data for 50 ms/);

    const upstream = new PassThrough();
    const out = guardStream(upstream, { idleMs: 50, expectedBytes: 6 });
    upstream.write('abc');
    upstream.end('def');
    // The reader takes its time: backpressure, not a stalled server.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await readAll(out)).toString()).toBe('abcdef');
  });

  /** A source that sends one byte per `everyMs` while it is read, and closes its timer after. */
  const trickling = (everyMs: number) => {
    const upstream = new PassThrough();
    const timer = setInterval(() => upstream.write('x'), everyMs);
    upstream.on('close', () => clearInterval(timer));
    return upstream;
  };

  test('a trickle below the minimum rate is an error, however often a byte comes', async () => {
    const upstream = trickling(10);
    const out = guardStream(upstream, {
      idleMs: 1000,
      minBytesPerSecond: 1000,
      windowMs: 100,
    });
    await expect(readAll(out)).rejects.toThrow(/download too slow/);
    // The source (a socket, in the client) is closed with it.
    expect(upstream.destroyed).toBe(true);
  });

  test('a body not complete by its deadline is an error', async () => {
    const upstream = trickling(5);
    const out = guardStream(upstream, { idleMs: 1000, deadlineAt: Date.now() + 100 });
    await expect(readAll(out)).rejects.toThrow(/not complete by its deadline/);
    expect(upstream.destroyed).toBe(true);
  });

  test('onError chooses the error the stream gets', async () => {
    const silent = new PassThrough();
    const out = guardStream(silent, {
      idleMs: 20,
      onError: (error) => new Error(`wrapped: ${error.message}`),
    });
    await expect(readAll(out)).rejects.toThrow(/^wrapped: download stalled/);
  });
});
