// What the remote stores share: the resolved settings and the redacted URL every message
// uses, the errors they raise, the entry envelope that ties a record to its content, and the
// per-task "latest" pointer. The factory (remote.ts) imports the stores; the stores import only
// this module, so there is no cycle between them.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { blake3 } from '../adapters/blake3.js';
import { isDigest, isKey, type Key, shortKey } from '../core/digest.js';
import {
  pushRecent,
  RECENT_RECORDS,
  type StoredEntry,
  StoreError,
  type StoreMode,
} from './store.js';

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

/** A pointer at `key` that keeps the keys of the previous one (`earlier`) as recent ones. */
export function encodeRecentPointer(key: Key, earlier: string | undefined): string {
  const recent = pushRecent(key, earlier === undefined ? [] : decodeRecent(earlier));
  return JSON.stringify({ latest: key, recent });
}

/** The keys a pointer names, newest first: its recent ones, or its latest one alone. */
export function decodeRecent(text: string): Key[] {
  try {
    const parsed = JSON.parse(text) as { latest?: unknown; recent?: unknown } | null;
    const recent = Array.isArray(parsed?.recent) ? parsed.recent.filter(isKey) : [];
    if (recent.length > 0) return recent.slice(0, RECENT_RECORDS);
    return isKey(parsed?.latest) ? [parsed.latest] : [];
  } catch {
    return [];
  }
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
      `${store.name}: entry ${shortKey(key)} is unusable (${envelope}); treating it as a miss`,
    );
    return undefined;
  }
  return {
    recordText: envelope.record,
    openArchive: () => openContent(envelope.cas, envelope.size),
  };
}
