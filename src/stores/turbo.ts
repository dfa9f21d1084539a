// The Turborepo Remote Cache store (API v8: Vercel, turborepo-remote-cache and other
// self-hosted servers). One artifact per entry, so record and archive can never come from
// two different writers:
//   /v8/artifacts/<key>                     "TCE1" ‖ u32 BE record length ‖ record ‖ archive
//   /v8/artifacts/<blake3(scope \0 task)>   {"latest":"<key>"}
// with ?slug=<team> (or ?teamId=) from the URL's ?team= (or ?teamId=) parameter.
// Turborepo servers buffer whole artifacts, so a download is read into memory before it is
// handed over; that is also what lets the signature be checked before any byte is used.
// Signing (Turborepo's scheme): with TURBO_REMOTE_CACHE_SIGNATURE_KEY set, uploads carry
// x-artifact-tag = base64 HMAC-SHA256(key, hash ‖ team ‖ body) and downloads without a valid
// tag are misses, reported through the store's warn callback.
// Token: TURBO_TOKEN, else TASKCACHE_REMOTE_TOKEN, as a bearer token.

import { createHmac, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { type BodySource, bodyOf, HttpClient, type HttpRequest } from '../adapters/http-client.js';
import type { Key } from '../core/digest.js';
import { shortKey } from '../core/digest.js';
import {
  decodePointer,
  decodeRecent,
  encodeRecentPointer,
  failureError,
  pointerId,
  type RemoteSettings,
  RemoteUrlError,
  statusError,
} from './remote-shared.js';
import type {
  SaveOutcome,
  SaveRequest,
  Store,
  StoreCapabilities,
  StoredEntry,
  StoreMode,
} from './store.js';
import { RECENT_RECORDS } from './store.js';

const MAGIC = Buffer.from('TCE1');
const HEADER_BYTES = MAGIC.length + 4;
/** Larger than any Turborepo server accepts by default (100 MiB), smaller than a Buffer's limit. */
const MAX_ARTIFACT_BYTES = 1024 * 1024 * 1024;

export class TurboStore implements Store {
  // No replace: turborepo-remote-cache's file storage (fs-blob-store) rewrites an artifact in
  // place, so a reader can meet the start of the old one and the rest of the new one; an
  // existing entry is kept.
  readonly replaces = false;
  readonly name: string;
  readonly compress = true;
  readonly mode: StoreMode;
  /** The Remote Cache API (v8) has no way to list or delete artifacts. */
  readonly capabilities: StoreCapabilities = {
    list: false,
    delete: false,
    replace: false,
    note: "the Turborepo Remote Cache API cannot list or delete artifacts: they expire by the server's own rules",
  };
  readonly credentials: string;
  private readonly base: string;
  private readonly team: { readonly param: 'slug' | 'teamId'; readonly value: string } | undefined;
  private readonly signingKey: string | undefined;
  private readonly client: HttpClient;
  private readonly warn: (message: string) => void;

  constructor(url: URL, settings: RemoteSettings) {
    this.name = settings.name;
    this.mode = settings.mode;
    this.warn = settings.warn;
    const slug = url.searchParams.get('team') ?? url.searchParams.get('slug');
    const teamId = url.searchParams.get('teamId');
    for (const name of url.searchParams.keys()) {
      if (!['team', 'slug', 'teamId'].includes(name)) {
        throw new RemoteUrlError(
          `${settings.name}: unknown parameter "${name}" (expected team=SLUG)`,
        );
      }
    }
    this.team = teamId
      ? { param: 'teamId', value: teamId }
      : slug
        ? { param: 'slug', value: slug }
        : undefined;
    if (url.username || url.password) {
      throw new RemoteUrlError(`${settings.name}: put the token in TURBO_TOKEN, not in the URL`);
    }
    const token = settings.env.TURBO_TOKEN || settings.env.TASKCACHE_REMOTE_TOKEN;
    this.credentials = settings.env.TURBO_TOKEN
      ? 'TURBO_TOKEN: present'
      : `TURBO_TOKEN: not set, TASKCACHE_REMOTE_TOKEN: ${token ? 'present' : 'not set'}`;
    this.signingKey = settings.env.TURBO_REMOTE_CACHE_SIGNATURE_KEY || undefined;
    const protocol = url.protocol === 'turbo+https:' ? 'https:' : 'http:';
    this.base = `${protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
    this.client = new HttpClient({
      connectTimeoutMs: settings.connectTimeoutMs,
      idleTimeoutMs: settings.idleTimeoutMs,
      minBytesPerSecond: settings.minBytesPerSecond,
      throughputWindowMs: settings.throughputWindowMs,
      operationMs: settings.operationMs,
      maxAttempts: settings.maxAttempts,
      baseDelayMs: settings.retryBaseDelayMs,
      maxDelayMs: settings.retryMaxDelayMs,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  private url(hash: string): URL {
    const url = new URL(`${this.base}/v8/artifacts/${hash}`);
    if (this.team) url.searchParams.set(this.team.param, this.team.value);
    return url;
  }

  async get(key: Key): Promise<StoredEntry | undefined> {
    const body = await this.download(key);
    if (body === undefined) return undefined;
    const parsed = parseArtifact(body);
    if (typeof parsed === 'string') {
      this.warn(
        `${this.name}: entry ${shortKey(key)} is unusable (${parsed}); treating it as a miss`,
      );
      return undefined;
    }
    return {
      recordText: parsed.recordText,
      openArchive: async () => Readable.from([parsed.archive], { objectMode: false }),
    };
  }

  async has(key: Key): Promise<boolean> {
    const what = `HEAD artifact ${shortKey(key)}`;
    const response = await this.call(what, { method: 'HEAD', url: this.url(key) });
    if (response.status === 404) return false;
    if (response.status === 200) return true;
    throw statusError(this.name, what, response);
  }

  async put(request: SaveRequest): Promise<SaveOutcome> {
    if (await this.has(request.key)) return 'exists';
    const record = Buffer.from(request.recordText, 'utf8');
    const header = Buffer.alloc(HEADER_BYTES);
    MAGIC.copy(header, 0);
    header.writeUInt32BE(record.length, MAGIC.length);
    const body = bodyOf(header, record, { path: request.archivePath, size: request.archiveSize });
    await this.upload(request.key, body);
    const pointer = pointerId(request.task, request.scope);
    const earlier = (await this.download(pointer))?.toString('utf8');
    await this.upload(pointer, bodyOf(Buffer.from(encodeRecentPointer(request.key, earlier))));
    return 'saved';
  }

  async recentRecords(task: string, scope: string, limit = RECENT_RECORDS): Promise<string[]> {
    const pointer = await this.download(pointerId(task, scope));
    const keys =
      pointer === undefined ? [] : decodeRecent(pointer.toString('utf8')).slice(0, limit);
    const records = await Promise.all(
      keys.map(async (key) => {
        const body = await this.download(key);
        const parsed = body === undefined ? 'gone' : parseArtifact(body);
        return typeof parsed === 'string' ? undefined : parsed.recordText;
      }),
    );
    return records.filter((record) => record !== undefined);
  }

  async latestRecord(task: string, scope: string): Promise<string | undefined> {
    const pointer = await this.download(pointerId(task, scope));
    const key = pointer === undefined ? undefined : decodePointer(pointer.toString('utf8'));
    if (key === undefined) return undefined;
    const body = await this.download(key);
    if (body === undefined) return undefined;
    const parsed = parseArtifact(body);
    return typeof parsed === 'string' ? undefined : parsed.recordText;
  }

  close(): void {
    this.client.close();
  }

  /** The artifact's bytes; undefined on a miss, or when its signature does not verify. */
  private async download(hash: string): Promise<Buffer | undefined> {
    const what = `GET artifact ${shortKey(hash)}`;
    let response: Awaited<ReturnType<HttpClient['buffered']>>;
    try {
      response = await this.client.buffered(
        { method: 'GET', url: this.url(hash) },
        MAX_ARTIFACT_BYTES,
      );
    } catch (error) {
      throw failureError(this.name, what, error);
    }
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw statusError(this.name, what, response);
    if (this.signingKey !== undefined) {
      const tag = response.headers['x-artifact-tag'];
      const problem =
        typeof tag !== 'string' || tag === ''
          ? 'it has no x-artifact-tag signature'
          : !this.tagMatches(hash, response.body, tag)
            ? 'its x-artifact-tag signature does not match the signing key'
            : undefined;
      if (problem) {
        this.warn(
          `${this.name}: artifact ${shortKey(hash)} is not trusted (${problem}); treating it as a miss`,
        );
        return undefined;
      }
    }
    return response.body;
  }

  private async upload(hash: string, body: BodySource): Promise<void> {
    const what = `PUT artifact ${shortKey(hash)}`;
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
    if (this.signingKey !== undefined) headers['x-artifact-tag'] = await this.tagOf(hash, body);
    const response = await this.call(what, { method: 'PUT', url: this.url(hash), body, headers });
    if (response.status < 200 || response.status > 299) {
      throw statusError(this.name, what, response);
    }
  }

  private hmac(hash: string) {
    return createHmac('sha256', this.signingKey ?? '')
      .update(hash)
      .update(this.team?.value ?? '');
  }

  private async tagOf(hash: string, body: BodySource): Promise<string> {
    const mac = this.hmac(hash);
    for await (const chunk of body.open()) mac.update(chunk as Buffer);
    return mac.digest('base64');
  }

  private tagMatches(hash: string, body: Buffer, tag: string): boolean {
    const expected = this.hmac(hash).update(body).digest();
    const given = Buffer.from(tag, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private async call(what: string, request: HttpRequest) {
    try {
      return await this.client.buffered(request, MAX_ARTIFACT_BYTES);
    } catch (error) {
      throw failureError(this.name, what, error);
    }
  }
}

/** Splits an artifact into record and archive, or says why it is not one of ours. */
function parseArtifact(body: Buffer): { recordText: string; archive: Buffer } | string {
  if (body.length < HEADER_BYTES || !body.subarray(0, MAGIC.length).equals(MAGIC)) {
    return 'the artifact was not written by taskcache';
  }
  const length = body.readUInt32BE(MAGIC.length);
  if (HEADER_BYTES + length > body.length) return 'the artifact is shorter than its header says';
  return {
    recordText: body.subarray(HEADER_BYTES, HEADER_BYTES + length).toString('utf8'),
    archive: body.subarray(HEADER_BYTES + length),
  };
}
