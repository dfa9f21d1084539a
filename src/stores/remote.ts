// Remote stores by URL: picks the implementation from the scheme and loads it only when it is
// used (the AWS SDK and ioredis stay out of a run that does not need them), and owns what
// the remote stores share: the redacted name every message uses, the resolved timeouts, the
// entry envelope that ties a record to its content, and the per-task "latest" pointer.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { blake3, initBlake3 } from '../adapters/blake3.js';
import { STORE_DEADLINES } from '../adapters/deadlines.js';
import { HTTP_DEFAULTS } from '../adapters/http-client.js';
import { isDigest, isKey, type Key } from '../core/digest.js';
import { type Store, type StoredEntry, StoreError, type StoreMode } from './store.js';

export interface RemoteStoreOptions {
  readonly mode: StoreMode;
  /** Where credentials and extra headers are read from (never process.env implicitly). */
  readonly env: NodeJS.ProcessEnv;
  /** Time to the first byte of an answer and longest silence while moving bytes, in ms. */
  readonly timeoutMs?: number;
  /** Time to establish a connection, in ms. */
  readonly connectTimeoutMs?: number;
  /** Slowest transfer tolerated, in bytes per second over `throughputWindowMs`. */
  readonly minBytesPerSecond?: number;
  readonly throughputWindowMs?: number;
  /** Bound on one operation, retries included, plus its bytes at the minimum rate. */
  readonly operationMs?: number;
  /** Attempts per request, first included (default 3). */
  readonly maxAttempts?: number;
  /** First retry delay in ms; doubles per retry, with jitter (default 250). */
  readonly retryBaseDelayMs?: number;
  /** Cap on one wait between attempts, Retry-After included, in ms (default 10 s). */
  readonly retryMaxDelayMs?: number;
  /**
   * Told why an entry that exists is treated as a miss (a missing or bad signature, a
   * malformed envelope): a miss, not a store failure, but the user should see it.
   * Default: a line on stderr.
   */
  readonly warn?: (message: string) => void;
  /** redis: archive chunk size in bytes (default 32 MiB; Redis strings stop at 512 MB). */
  readonly chunkBytes?: number;
}

/** The options of a remote store, resolved, plus its redacted name. */
export interface RemoteSettings {
  readonly name: string;
  readonly mode: StoreMode;
  readonly env: NodeJS.ProcessEnv;
  readonly connectTimeoutMs: number;
  readonly idleTimeoutMs: number;
  readonly minBytesPerSecond: number;
  readonly throughputWindowMs: number;
  readonly operationMs: number;
  readonly maxAttempts: number;
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
  readonly warn: (message: string) => void;
  readonly chunkBytes: number | undefined;
}

/** A remote store URL that cannot be used; the message shows the URL redacted. */
export class RemoteUrlError extends Error {
  override readonly name = 'RemoteUrlError';
}

export const REMOTE_SCHEMES = [
  'http',
  'https',
  's3',
  'turbo+http',
  'turbo+https',
  'redis',
  'rediss',
] as const;

/**
 * Creates the store a URL names. Throws RemoteUrlError for an unknown scheme or a malformed
 * URL; never contacts the server (the first operation does).
 */
export async function createRemoteStore(url: string, options: RemoteStoreOptions): Promise<Store> {
  const parsed = parseRemoteUrl(url);
  await initBlake3();
  const settings: RemoteSettings = {
    name: redactUrl(url),
    mode: options.mode,
    env: options.env,
    // The deadlines' defaults live in adapters/deadlines.ts, shared by every store.
    connectTimeoutMs: options.connectTimeoutMs ?? STORE_DEADLINES.connectMs,
    idleTimeoutMs: options.timeoutMs ?? STORE_DEADLINES.firstByteMs,
    minBytesPerSecond: options.minBytesPerSecond ?? STORE_DEADLINES.minBytesPerSecond,
    throughputWindowMs: options.throughputWindowMs ?? STORE_DEADLINES.throughputWindowMs,
    operationMs: options.operationMs ?? STORE_DEADLINES.operationMs,
    maxAttempts: options.maxAttempts ?? HTTP_DEFAULTS.maxAttempts,
    retryBaseDelayMs: options.retryBaseDelayMs ?? HTTP_DEFAULTS.baseDelayMs,
    retryMaxDelayMs: options.retryMaxDelayMs ?? HTTP_DEFAULTS.maxDelayMs,
    warn: options.warn ?? ((message) => process.stderr.write(`warning: ${message}\n`)),
    chunkBytes: options.chunkBytes,
  };
  switch (parsed.protocol) {
    case 'http:':
    case 'https:': {
      const { HttpStore } = await import('./http.js');
      return new HttpStore(parsed, settings);
    }
    case 's3:': {
      const { S3Store } = await import('./s3.js');
      return new S3Store(parsed, settings);
    }
    case 'turbo+http:':
    case 'turbo+https:': {
      const { TurboStore } = await import('./turbo.js');
      return new TurboStore(parsed, settings);
    }
    case 'redis:':
    case 'rediss:': {
      const { RedisStore } = await import('./redis.js');
      return new RedisStore(parsed, settings);
    }
    default:
      throw new RemoteUrlError(
        `unknown remote store scheme in ${redactUrl(url)}: expected one of ${REMOTE_SCHEMES.map((s) => `${s}://`).join(', ')}`,
      );
  }
}

/** Parses and checks a remote store URL; every message shows it redacted. */
export function parseRemoteUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RemoteUrlError(`malformed remote store URL ${redactUrl(url)}`);
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (!(REMOTE_SCHEMES as readonly string[]).includes(scheme)) {
    throw new RemoteUrlError(
      `unknown remote store scheme in ${redactUrl(url)}: expected one of ${REMOTE_SCHEMES.map((s) => `${s}://`).join(', ')}`,
    );
  }
  if (!parsed.hostname) {
    throw new RemoteUrlError(`remote store URL ${redactUrl(url)} has no host`);
  }
  if (parsed.hash) {
    throw new RemoteUrlError(`remote store URL ${redactUrl(url)} must not have a #fragment`);
  }
  return parsed;
}

/** Query parameters that never hold a secret; any other one is dropped from a shown URL. */
const SHOWN_PARAMS = new Set([
  'region',
  'endpoint',
  'path-style',
  'team',
  'slug',
  'teamId',
  'ttl',
  'prefix',
]);

/**
 * A URL fit to show: no userinfo, no fragment, and only query parameters known to hold no
 * secret (an `endpoint` parameter is redacted in turn). Never throws.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Unparseable: drop everything that could be userinfo, a query or a fragment; text that
    // is not even shaped like a URL may be a pasted token, and is not shown at all.
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) return '(not a URL)';
    return url.replace(/\/\/[^/]*@/, '//').replace(/[?#\s].*$/s, '');
  }
  const shown: string[] = [];
  for (const [name, value] of parsed.searchParams) {
    if (!SHOWN_PARAMS.has(name)) continue;
    shown.push(`${name}=${name === 'endpoint' ? redactUrl(value) : value}`);
  }
  let base: string;
  if (parsed.host) {
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    base = `${parsed.protocol}//${parsed.host}${path}`;
  } else {
    base = `${parsed.protocol}${parsed.pathname}`.replace(/^([^:]+:\/\/)[^/]*@/, '$1');
  }
  return shown.length > 0 ? `${base}?${shown.join('&')}` : base;
}

// --- What the stores share -------------------------------------------------------------------

/** An unexpected HTTP status as a StoreError that names the store; 401/403 say authentication. */
export function statusError(
  name: string,
  what: string,
  response: { readonly status: number; readonly attempts?: number },
): StoreError {
  const { status, attempts = 1 } = response;
  if (status === 401 || status === 403) {
    return new StoreError(name, `${name}: authentication failed (HTTP ${status})`);
  }
  if (status === 413) {
    return new StoreError(
      name,
      `${name}: ${what}: the entry is too large for the server (HTTP 413)`,
    );
  }
  const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
  return new StoreError(name, `${name}: ${what}: unexpected HTTP ${status}${tries}`);
}

export function failureError(name: string, what: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(name, `${name}: ${what}: ${message}`);
}

/**
 * What a content-addressed store keeps under an entry's key: the record, and the SHA-256 and
 * size of the archive stored under `cas/<sha256>`. Written after the content, so whoever
 * finds the envelope finds the content.
 */
export interface CasEnvelope {
  readonly v: 1;
  readonly cas: string;
  readonly size: number;
  readonly record: string;
}

export function encodeCasEnvelope(cas: string, size: number, record: string): string {
  return JSON.stringify({ v: 1, cas, size, record } satisfies CasEnvelope);
}

/** The envelope, or a reason it cannot be used. */
export function decodeCasEnvelope(text: string): CasEnvelope | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'the entry envelope is not JSON';
  }
  const e = parsed as Partial<CasEnvelope> | null;
  if (
    e === null ||
    typeof e !== 'object' ||
    e.v !== 1 ||
    !isDigest(e.cas) ||
    !Number.isSafeInteger(e.size) ||
    (e.size ?? -1) < 0 ||
    typeof e.record !== 'string'
  ) {
    return 'the entry envelope is malformed';
  }
  return e as CasEnvelope;
}

/** The name of the small object that points at a task's latest entry in a scope. */
export function pointerId(task: string, scope: string): string {
  return blake3(`${scope}\0${task}`);
}

export function encodePointer(key: Key): string {
  return JSON.stringify({ latest: key });
}

export function decodePointer(text: string): Key | undefined {
  try {
    const latest = (JSON.parse(text) as { latest?: unknown } | null)?.latest;
    return isKey(latest) ? latest : undefined;
  } catch {
    return undefined;
  }
}

/** SHA-256 (hex) of a file: the address of an archive in a content-addressed store. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/** The first characters of a key, for messages. */
export function short(key: string): string {
  return key.slice(0, 12);
}

/**
 * The entry an `ac` envelope points at, for the stores that keep content apart (http, s3).
 * An unusable envelope is a miss, with the reason told through `warn`.
 */
export function envelopeEntry(
  text: string,
  key: Key,
  store: { readonly name: string; warn(message: string): void },
  openContent: (cas: string, size: number) => Promise<Readable>,
): StoredEntry | undefined {
  const envelope = decodeCasEnvelope(text);
  if (typeof envelope === 'string') {
    store.warn(
      `${store.name}: entry ${short(key)} is unusable (${envelope}); treating it as a miss`,
    );
    return undefined;
  }
  return {
    recordText: envelope.record,
    openArchive: () => openContent(envelope.cas, envelope.size),
  };
}
