// Remote stores by URL: picks the implementation from the scheme and loads it only when it is
// used (the AWS SDK and ioredis stay out of a run that does not need them), and resolves the
// options every remote store takes. What the stores themselves share lives in
// remote-shared.ts, which imports none of them, so the stores never import this factory.

import { initBlake3 } from '../adapters/blake3.js';
import { STORE_DEADLINES } from '../adapters/deadlines.js';
import { HTTP_DEFAULTS } from '../adapters/http-client.js';
import { type RemoteSettings, RemoteUrlError, redactUrl } from './remote-shared.js';
import type { Store, StoreMode } from './store.js';

// The factory's errors and the URL redaction its callers show, from where the stores get them.
export { RemoteUrlError, redactUrl } from './remote-shared.js';

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
