// The Bazel-style HTTP cache store (bazel-remote, nginx WebDAV, any server that takes
// GET/PUT/HEAD on <base>/ac/<64 hex> and <base>/cas/<64 hex>). Layout under the base URL:
//   cas/<sha256 of the archive>  the archive bytes; a server that verifies CAS digests accepts it
//   ac/<key>                     {"v":1,"cas":"<sha256>","size":N,"record":"<record text>"}
//   ac/<blake3(scope \0 task)>   {"latest":"<key>"}: the task's most recent entry in a scope
// The content goes up before the envelope, so a reader that finds ac/<key> finds its content;
// a replace (`request.replace`) writes the new content first and the envelope last, and the
// servers store a PUT body whole before it becomes visible (nginx: a temporary file renamed
// into place), so a reader sees the old entry or the new one.
// bazel-remote checks that ac/ bodies are ActionResult protobufs unless started with
// --disable_http_ac_validation; nginx and plain WebDAV servers store any body.
// Credentials: userinfo as basic auth, else TASKCACHE_REMOTE_TOKEN as a bearer token; more
// headers from TASKCACHE_REMOTE_HEADERS ("Name: value" lines).

import type { Readable } from 'node:stream';
import { CorruptEntryError } from '../adapters/archive.js';
import { bodyOf, HttpClient, type HttpRequest } from '../adapters/http-client.js';
import type { Key } from '../core/digest.js';
import { shortKey } from '../core/digest.js';
import { mapPool, recordFacts } from './listing.js';
import {
  decodeCasEnvelope,
  decodePointer,
  decodeRecent,
  encodeCasEnvelope,
  encodeRecentPointer,
  envelopeEntry,
  failureError,
  pointerId,
  type RemoteSettings,
  RemoteUrlError,
  sha256File,
  statusError,
} from './remote-shared.js';
import {
  type ListedEntry,
  RECENT_RECORDS,
  type SaveOutcome,
  type SaveRequest,
  type Store,
  type StoreCapabilities,
  type StoredEntry,
  type StoreMode,
  UnsupportedError,
} from './store.js';

/** Listing and deleting need more of the server than GET and PUT do. */
const LIST_NOTE =
  'lists only where the server serves ac/ as a JSON index (nginx: autoindex_format json); deletes where it takes DELETE (nginx: dav_methods PUT DELETE)';

/** Records are small JSON; anything bigger in ac/ is not ours. */
const MAX_ENVELOPE_BYTES = 64 * 1024 * 1024;

export class HttpStore implements Store {
  readonly replaces = true;
  readonly name: string;
  readonly compress = true;
  readonly mode: StoreMode;
  readonly capabilities: StoreCapabilities = {
    list: true,
    delete: true,
    replace: true,
    note: LIST_NOTE,
  };
  readonly credentials: string;
  private readonly base: string;
  private readonly client: HttpClient;
  private readonly warn: (message: string) => void;

  constructor(url: URL, settings: RemoteSettings) {
    this.name = settings.name;
    this.mode = settings.mode;
    this.warn = settings.warn;
    this.credentials =
      url.username || url.password
        ? 'basic auth from the URL: present'
        : `TASKCACHE_REMOTE_TOKEN: ${settings.env.TASKCACHE_REMOTE_TOKEN ? 'present' : 'not set'}`;
    if (url.search) {
      throw new RemoteUrlError(`${settings.name}: an HTTP cache URL takes no query parameters`);
    }
    const headers = {
      ...extraHeaders(settings.env, settings.name),
      ...authorization(url, settings.env),
    };
    this.base = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
    this.client = new HttpClient({
      connectTimeoutMs: settings.connectTimeoutMs,
      idleTimeoutMs: settings.idleTimeoutMs,
      minBytesPerSecond: settings.minBytesPerSecond,
      throughputWindowMs: settings.throughputWindowMs,
      operationMs: settings.operationMs,
      maxAttempts: settings.maxAttempts,
      baseDelayMs: settings.retryBaseDelayMs,
      maxDelayMs: settings.retryMaxDelayMs,
      headers,
    });
  }

  private url(kind: 'ac' | 'cas', id: string): URL {
    return new URL(`${this.base}/${kind}/${id}`);
  }

  async get(key: Key): Promise<StoredEntry | undefined> {
    const text = await this.getText('ac', key);
    if (text === undefined) return undefined;
    return envelopeEntry(text, key, { name: this.name, warn: this.warn }, (cas, size) =>
      this.openContent(cas, size),
    );
  }

  private async openContent(cas: string, size: number): Promise<Readable> {
    const what = `GET cas/${shortKey(cas)}`;
    const response = await this.call(what, { method: 'GET', url: this.url('cas', cas) }, 'stream');
    // A body that stalls, trickles or is reset later errors the stream with a StoreError.
    if (response.status === 404) {
      response.body.destroy();
      // Servers evict content on their own (LRU): the entry is a miss, the store is fine.
      throw new CorruptEntryError(`${this.name}: the content of the entry is gone from the cache`);
    }
    if (response.status !== 200) {
      response.body.destroy();
      throw statusError(this.name, what, response);
    }
    const length = response.headers['content-length'];
    if (length !== undefined && Number(length) !== size) {
      response.body.destroy();
      throw new CorruptEntryError(
        `${this.name}: the content is ${length} bytes, the entry says ${size}`,
      );
    }
    return response.body;
  }

  async has(key: Key): Promise<boolean> {
    return this.exists('ac', key);
  }

  async put(request: SaveRequest): Promise<SaveOutcome> {
    if (!request.replace && (await this.exists('ac', request.key))) return 'exists';
    const cas = await sha256File(request.archivePath);
    // The same archive may be there already (another key, an interrupted save): no re-upload.
    if (!(await this.exists('cas', cas))) {
      await this.putBody(
        `PUT cas/${shortKey(cas)}`,
        this.url('cas', cas),
        bodyOf({ path: request.archivePath, size: request.archiveSize }),
      );
    }
    const envelope = encodeCasEnvelope(cas, request.archiveSize, request.recordText);
    await this.putBody(
      `PUT ac/${shortKey(request.key)}`,
      this.url('ac', request.key),
      bodyOf(Buffer.from(envelope)),
    );
    const pointer = pointerId(request.task, request.scope);
    const earlier = await this.getText('ac', pointer);
    await this.putBody(
      `PUT ac/${shortKey(pointer)}`,
      this.url('ac', pointer),
      bodyOf(Buffer.from(encodeRecentPointer(request.key, earlier))),
    );
    return 'saved';
  }

  async recentRecords(task: string, scope: string, limit = RECENT_RECORDS): Promise<string[]> {
    const pointer = await this.getText('ac', pointerId(task, scope));
    const keys = pointer === undefined ? [] : decodeRecent(pointer).slice(0, limit);
    const records = await Promise.all(
      keys.map(async (key) => {
        const text = await this.getText('ac', key);
        const envelope = text === undefined ? 'gone' : decodeCasEnvelope(text);
        return typeof envelope === 'string' ? undefined : envelope.record;
      }),
    );
    return records.filter((record) => record !== undefined);
  }

  async latestRecord(task: string, scope: string): Promise<string | undefined> {
    const pointer = await this.getText('ac', pointerId(task, scope));
    const key = pointer === undefined ? undefined : decodePointer(pointer);
    if (key === undefined) return undefined;
    const text = await this.getText('ac', key);
    if (text === undefined) return undefined;
    const envelope = decodeCasEnvelope(text);
    return typeof envelope === 'string' ? undefined : envelope.record;
  }

  /**
   * The entries under ac/, from the server's JSON index of the directory (nginx's
   * `autoindex_format json`); a server without one (bazel-remote, plain WebDAV) cannot list.
   */
  async listEntries(): Promise<ListedEntry[]> {
    const what = 'GET ac/';
    const url = new URL(`${this.base}/ac/`);
    const response = await this.call(what, { method: 'GET', url }, 'buffer');
    if (response.status === 401 || (response.status >= 500 && response.status !== 501)) {
      throw statusError(this.name, what, response);
    }
    let index: unknown;
    try {
      index = response.status === 200 ? JSON.parse(response.body.toString('utf8')) : undefined;
    } catch {
      index = undefined;
    }
    if (!Array.isArray(index)) {
      throw new UnsupportedError(
        `${this.name}: cannot list: the server serves no JSON index of ac/ (HTTP ${response.status}; nginx: autoindex on; autoindex_format json;)`,
      );
    }
    const names = index
      .map((item: { name?: unknown }) => item?.name)
      .filter((name): name is string => typeof name === 'string' && /^[0-9a-f]{64}$/.test(name));
    const found = await mapPool(names, 8, async (name) => {
      const text = await this.getText('ac', name);
      const envelope = text === undefined ? 'gone' : decodeCasEnvelope(text);
      // Pointers to a task's latest entry live in ac/ too: they are not entries.
      if (typeof envelope === 'string') return undefined;
      return { key: name as Key, size: envelope.size, ...recordFacts(envelope.record) };
    });
    return found.filter((entry) => entry !== undefined);
  }

  /** Deletes the entry's envelope, then its content (another key with the same bytes misses). */
  async deleteEntry(key: Key): Promise<boolean> {
    const text = await this.getText('ac', key);
    if (text === undefined) return false;
    const deleted = await this.delete('ac', key);
    const envelope = decodeCasEnvelope(text);
    if (typeof envelope !== 'string') await this.delete('cas', envelope.cas);
    return deleted;
  }

  private async delete(kind: 'ac' | 'cas', id: string): Promise<boolean> {
    const what = `DELETE ${kind}/${shortKey(id)}`;
    const response = await this.call(what, { method: 'DELETE', url: this.url(kind, id) }, 'buffer');
    if (response.status === 404) return false;
    if (response.status === 405 || response.status === 501) {
      throw new UnsupportedError(
        `${this.name}: cannot delete: the server refuses DELETE (HTTP ${response.status}; nginx: dav_methods PUT DELETE;)`,
      );
    }
    if (response.status < 200 || response.status > 299) {
      throw statusError(this.name, what, response);
    }
    return true;
  }

  /** Closes idle connections (the store keeps working; a new request opens one). */
  close(): void {
    this.client.close();
  }

  private async getText(kind: 'ac' | 'cas', id: string): Promise<string | undefined> {
    const what = `GET ${kind}/${shortKey(id)}`;
    const response = await this.call(what, { method: 'GET', url: this.url(kind, id) }, 'buffer');
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw statusError(this.name, what, response);
    return response.body.toString('utf8');
  }

  private async exists(kind: 'ac' | 'cas', id: string): Promise<boolean> {
    const what = `HEAD ${kind}/${shortKey(id)}`;
    const response = await this.call(what, { method: 'HEAD', url: this.url(kind, id) }, 'buffer');
    if (response.status === 404) return false;
    if (response.status === 200) return true;
    throw statusError(this.name, what, response);
  }

  private async putBody(what: string, url: URL, body: ReturnType<typeof bodyOf>): Promise<void> {
    const response = await this.call(
      what,
      { method: 'PUT', url, body, headers: { 'content-type': 'application/octet-stream' } },
      'buffer',
    );
    if (response.status < 200 || response.status > 299) {
      throw statusError(this.name, what, response);
    }
  }

  private call(
    what: string,
    request: HttpRequest,
    read: 'buffer',
  ): ReturnType<HttpClient['buffered']>;
  private call(
    what: string,
    request: HttpRequest,
    read: 'stream',
  ): ReturnType<HttpClient['streamed']>;
  private async call(what: string, request: HttpRequest, read: 'buffer' | 'stream') {
    try {
      return read === 'buffer'
        ? await this.client.buffered(request, MAX_ENVELOPE_BYTES)
        : await this.client.streamed(request, (error) => failureError(this.name, what, error));
    } catch (error) {
      throw failureError(this.name, what, error);
    }
  }
}

/** Basic auth from the URL's userinfo, else a bearer token from TASKCACHE_REMOTE_TOKEN. */
function authorization(url: URL, env: NodeJS.ProcessEnv): Record<string, string> {
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    return { authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` };
  }
  const token = env.TASKCACHE_REMOTE_TOKEN;
  return token ? { authorization: `Bearer ${token}` } : {};
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * TASKCACHE_REMOTE_HEADERS: one "Name: value" per line. A bad line is an error that names
 * its number, never its value (values are often secrets).
 */
export function extraHeaders(env: NodeJS.ProcessEnv, storeName: string): Record<string, string> {
  const text = env.TASKCACHE_REMOTE_HEADERS;
  const headers: Record<string, string> = {};
  if (!text) return headers;
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (!HEADER_NAME.test(name) || /[\r\n\0]/.test(value)) {
      throw new RemoteUrlError(
        `${storeName}: TASKCACHE_REMOTE_HEADERS line ${index + 1} is not "Name: value"`,
      );
    }
    headers[name.toLowerCase()] = value;
  });
  return headers;
}
