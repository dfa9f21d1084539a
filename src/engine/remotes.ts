// Turning remote specs (config, --remote, the action's `remote` input) into stores: modes,
// untrusted contexts, per-remote time-outs and retries, and URL errors as usage errors that
// never print a credential. A URL may carry taskcache's own options, which are taken off
// before the store sees the URL or anyone is shown it:
//   `#mode=read`                 the remote's mode (read-write, read, write, off)
//   `?timeout=10s&retries=2`     the bound on one operation (retries included; it also caps
//                                connecting and the wait for a first byte), and the retries
//                                after a failed attempt

import { STORE_DEADLINES } from '../adapters/deadlines.js';
import { type RemoteSpec, STORE_MODES, type StoreMode } from '../core/config-shape.js';
import { parseAge } from '../core/units.js';
import type { Store } from '../stores/store.js';
import { UsageError } from './config-file.js';
import { setOperationBound, stricterMode } from './stores.js';

/** In an untrusted context (a fork's pull request) remotes are read, never written. */
export function readOnly(mode: StoreMode): StoreMode {
  if (mode === 'read-write') return 'read';
  if (mode === 'write') return 'off';
  return mode;
}

/** The longest `retries` accepted: each retry waits longer than the last. */
export const MAX_RETRIES = 10;

export interface RemoteOptions {
  /** The URL without taskcache's own options. */
  readonly url: string;
  readonly mode?: StoreMode;
  readonly timeoutMs?: number;
  readonly retries?: number;
}

/** A mode by name, or undefined. */
export function storeModeOf(text: string | undefined): StoreMode | undefined {
  return (STORE_MODES as readonly string[]).includes(text ?? '') ? (text as StoreMode) : undefined;
}

/** A time-out such as "10s", "1500ms" or "2m" in ms; undefined when malformed or zero. */
export function parseTimeout(text: string | number): number | undefined {
  const ms = typeof text === 'number' ? text * 1000 : parseAge(text);
  return ms !== undefined && ms > 0 && Number.isFinite(ms) ? ms : undefined;
}

/** A retries count (0 to MAX_RETRIES), or undefined. */
export function parseRetries(text: string | number): number | undefined {
  const value = typeof text === 'number' ? text : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_RETRIES ? value : undefined;
}

/**
 * Takes `#mode=…`, `?timeout=…` and `?retries=…` off a remote URL. `where` names the URL in
 * errors (already redacted). Throws a UsageError for a malformed option.
 */
export function splitRemoteOptions(url: string, where: () => string): RemoteOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The store's factory reports a malformed URL.
    return { url };
  }
  const problem = (field: string, expected: string, got: string) =>
    new UsageError(`remote ${where()}: ${field}: expected ${expected}, got "${got}"`);
  let mode: StoreMode | undefined;
  if (parsed.hash) {
    const fragment = new URLSearchParams(parsed.hash.slice(1));
    for (const [name, value] of fragment) {
      if (name !== 'mode') {
        throw problem(
          '#fragment',
          '#mode=read-write, #mode=read, #mode=write or #mode=off',
          `#${name}`,
        );
      }
      mode = storeModeOf(value);
      if (mode === undefined) throw problem('#mode', `one of ${STORE_MODES.join(', ')}`, value);
    }
    parsed.hash = '';
  }
  let timeoutMs: number | undefined;
  let retries: number | undefined;
  const timeout = parsed.searchParams.get('timeout');
  if (timeout !== null) {
    timeoutMs = parseTimeout(timeout);
    if (timeoutMs === undefined) {
      throw problem('timeout', 'a duration such as "10s" or "1500ms"', timeout);
    }
    parsed.searchParams.delete('timeout');
  }
  const retriesText = parsed.searchParams.get('retries');
  if (retriesText !== null) {
    retries = parseRetries(retriesText);
    if (retries === undefined) {
      throw problem('retries', `a whole number from 0 to ${MAX_RETRIES}`, retriesText);
    }
    parsed.searchParams.delete('retries');
  }
  const changed =
    mode !== undefined || timeout !== null || retriesText !== null || url.endsWith('#');
  return {
    url: changed ? withoutEmptyParts(parsed, url) : url,
    ...(mode !== undefined ? { mode } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(retries !== undefined ? { retries } : {}),
  };
}

/** The URL as text without a left-over `?` or `#`, keeping the original's form otherwise. */
function withoutEmptyParts(parsed: URL, original: string): string {
  let text = parsed.toString().replace(/#$/, '');
  if (parsed.search === '') text = text.replace(/\?(?=#|$)/, '');
  // `s3://bucket` stays without the trailing slash URL adds to special schemes only.
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\//i.test(original)) {
    text = text.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)\/(?=[?#]|$)/i, '$1');
  }
  return text;
}

export interface RemoteStoreSettings {
  readonly env: NodeJS.ProcessEnv;
  readonly warn: (message: string) => void;
  readonly untrusted?: boolean;
}

export async function remoteStores(
  specs: readonly RemoteSpec[],
  options: RemoteStoreSettings,
): Promise<Store[]> {
  if (specs.length === 0) return [];
  const { createRemoteStore, RemoteUrlError, redactUrl } = await import('../stores/remote.js');
  const stores: Store[] = [];
  for (const spec of specs) {
    const own = splitRemoteOptions(spec.url, () => redactUrl(spec.url));
    // A mode in the URL narrows the spec's (the stricter of the two applies).
    const configured = own.mode === undefined ? spec.mode : stricterMode(spec.mode, own.mode);
    const mode = options.untrusted ? readOnly(configured) : configured;
    if (mode === 'off') continue;
    const timeoutMs =
      own.timeoutMs ?? (spec.timeout === undefined ? undefined : parseTimeout(spec.timeout));
    const retries = own.retries ?? spec.retries;
    try {
      const store = await createRemoteStore(own.url, {
        mode,
        env: options.env,
        warn: options.warn,
        ...(timeoutMs === undefined ? {} : timeoutOptions(timeoutMs)),
        ...(retries === undefined ? {} : { maxAttempts: retries + 1 }),
      });
      if (timeoutMs !== undefined) setOperationBound(store, timeoutMs);
      stores.push(store);
    } catch (error) {
      // A URL error names the (redacted) URL already.
      const message = (error as Error).message;
      throw new UsageError(
        error instanceof RemoteUrlError ? message : `remote ${redactUrl(spec.url)}: ${message}`,
      );
    }
  }
  return stores;
}

/**
 * A remote's `timeout`: the bound on one operation (retries included, plus its bytes at the
 * minimum rate) and on the wait for an answer; it caps the wait for a connection too.
 */
function timeoutOptions(timeoutMs: number) {
  return {
    operationMs: timeoutMs,
    timeoutMs,
    connectTimeoutMs: Math.min(timeoutMs, STORE_DEADLINES.connectMs),
  };
}
