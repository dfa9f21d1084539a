// The S3 store (AWS S3 and compatibles: R2, GCS interop, Ceph radosgw, MinIO) through
// @aws-sdk/client-s3, with @aws-sdk/lib-storage for multipart uploads of large archives.
// Layout under s3://bucket/<prefix>/, the same as the HTTP cache's:
//   cas/<sha256 of the archive>   the archive bytes
//   ac/<key>                      {"v":1,"cas":"<sha256>","size":N,"record":"<record text>"}
//   ac/<blake3(scope \0 task)>    {"latest":"<key>"}
// The archive is content-addressed so two writers racing on one key can never pair one's
// record with the other's archive; the envelope goes up last (with If-None-Match: * where the
// server honours it), so a reader that finds it finds the content. A replace writes the new
// content, then the envelope over the old one (a PUT is atomic): a reader sees the old entry or
// the new one.
// Deadlines: the SDK's handler bounds the connection and every silence; each call also gets an
// AbortSignal at its overall bound, and a download's body is guarded for silence, throughput
// and its bound. The first time-out switches the store off for the rest of the run.
// URL: s3://bucket[/prefix][?region=R][&endpoint=URL][&path-style=true|false]; path-style is
// the default when an endpoint is given. Credentials: AWS_ACCESS_KEY_ID /
// AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN from the given environment, else the SDK's
// default chain (profiles, SSO, web identity, instance metadata).
//
// Over ~350 lines: the whole store contract for one backend, kept together so the layout and
// the ordering of writes (content, then the envelope) read in one place.

import { createReadStream } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { Readable } from 'node:stream';
import { CorruptEntryError } from '../adapters/archive.js';
import { deadlinesOf, operationBoundMs, type StoreDeadlines } from '../adapters/deadlines.js';
import { guardStream, isTimeout } from '../adapters/http-client.js';
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
  pointerId,
  type RemoteSettings,
  RemoteUrlError,
  redactUrl,
  sha256File,
} from './remote-shared.js';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
  Upload,
} from './s3-sdk.js';
import {
  type ListedEntry,
  RECENT_RECORDS,
  type SaveOutcome,
  type SaveRequest,
  type Store,
  type StoreCapabilities,
  type StoredEntry,
  StoreError,
  type StoreMode,
} from './store.js';

/** Multipart part size: memory used by an upload is about partSize × queueSize. */
const PART_BYTES = 8 * 1024 * 1024;
const PART_QUEUE = 4;

const PARAMS = new Set(['region', 'endpoint', 'path-style']);
const AUTH_CODES = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AccessDenied',
  'ExpiredToken',
  'InvalidToken',
  'Forbidden',
]);
const MISSING_CODES = new Set(['NoSuchKey', 'NotFound']);

export class S3Store implements Store {
  readonly replaces = true;
  readonly name: string;
  readonly compress = true;
  readonly mode: StoreMode;
  readonly capabilities: StoreCapabilities = { list: true, delete: true, replace: true };
  readonly credentials: string;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly client: S3Client;
  private readonly idleTimeoutMs: number;
  private readonly connectTimeoutMs: number;
  private readonly deadlines: StoreDeadlines;
  /** The first time-out: every later operation fails at once with it. */
  private timedOut: StoreError | undefined;
  private readonly agents: readonly [http.Agent, https.Agent];
  /** Bytes each socket had moved at the last throughput check. */
  private readonly socketBytes = new WeakMap<object, number>();
  private readonly moving = new Set<AbortController>();
  private meterTimer: NodeJS.Timeout | undefined;
  private readonly warn: (message: string) => void;
  /** Cleared when the server rejects If-None-Match on PUT (older S3 compatibles). */
  private conditionalPut = true;

  constructor(url: URL, settings: RemoteSettings) {
    this.name = settings.name;
    this.mode = settings.mode;
    this.warn = settings.warn;
    this.idleTimeoutMs = settings.idleTimeoutMs;
    this.connectTimeoutMs = settings.connectTimeoutMs;
    this.deadlines = deadlinesOf(settings);
    for (const name of url.searchParams.keys()) {
      if (!PARAMS.has(name)) {
        throw new RemoteUrlError(
          `${settings.name}: unknown parameter "${name}" (expected region, endpoint, path-style)`,
        );
      }
    }
    if (url.username || url.password) {
      throw new RemoteUrlError(
        `${settings.name}: put S3 credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, not in the URL`,
      );
    }
    this.bucket = decodeURIComponent(url.hostname);
    const path = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
    this.prefix = path ? `${path}/` : '';
    const env = settings.env;
    const endpoint =
      url.searchParams.get('endpoint') ?? env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
    if (endpoint !== undefined && !/^https?:\/\/[^/]/.test(endpoint)) {
      throw new RemoteUrlError(
        `${settings.name}: endpoint must be an http:// or https:// URL (got ${redactUrl(endpoint)})`,
      );
    }
    const pathStyle = url.searchParams.get('path-style');
    if (pathStyle !== null && pathStyle !== 'true' && pathStyle !== 'false') {
      throw new RemoteUrlError(`${settings.name}: path-style must be true or false`);
    }
    // Agents of our own, so an upload's progress can be read off their sockets.
    const agentOptions = { keepAlive: true, maxSockets: 16 };
    this.agents = [new http.Agent(agentOptions), new https.Agent(agentOptions)];
    const [httpAgent, httpsAgent] = this.agents;
    const config: S3ClientConfig = {
      region:
        url.searchParams.get('region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
      forcePathStyle: pathStyle === null ? endpoint !== undefined : pathStyle === 'true',
      maxAttempts: settings.maxAttempts,
      retryMode: 'standard',
      requestHandler: {
        connectionTimeout: settings.connectTimeoutMs,
        socketTimeout: settings.idleTimeoutMs,
        httpAgent,
        httpsAgent,
      },
      // Compatibles (Ceph, R2, older MinIO) reject the SDK's default trailing checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...(endpoint !== undefined ? { endpoint } : {}),
    };
    this.credentials =
      env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? `AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: present${env.AWS_SESSION_TOKEN ? ', AWS_SESSION_TOKEN: present' : ''}`
        : "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY: not set (the SDK's default chain applies)";
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
      config.credentials = {
        accessKeyId: env.AWS_ACCESS_KEY_ID,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
      };
    }
    this.client = new S3Client(config);
  }

  private objectKey(kind: 'ac' | 'cas', id: string): string {
    return `${this.prefix}${kind}/${id}`;
  }

  async get(key: Key): Promise<StoredEntry | undefined> {
    const text = await this.getText(this.objectKey('ac', key), `GET ac/${shortKey(key)}`);
    if (text === undefined) return undefined;
    return envelopeEntry(text, key, { name: this.name, warn: this.warn }, (cas, size) =>
      this.openContent(cas, size),
    );
  }

  private async openContent(cas: string, size: number): Promise<Readable> {
    const what = `GET cas/${shortKey(cas)}`;
    try {
      const started = Date.now();
      // Bounded up to the headers; the body has its own guard.
      const out = await this.bounded(0, (abortSignal) =>
        this.client.send(
          new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey('cas', cas) }),
          { abortSignal },
        ),
      );
      const body = out.Body as Readable | undefined;
      if (!body) throw new StoreError(this.name, `${this.name}: ${what}: no body`);
      if (out.ContentLength !== undefined && out.ContentLength !== size) {
        body.destroy();
        throw new CorruptEntryError(
          `${this.name}: the content is ${out.ContentLength} bytes, the entry says ${size}`,
        );
      }
      return guardStream(body, {
        idleMs: this.idleTimeoutMs,
        expectedBytes: size,
        minBytesPerSecond: this.deadlines.minBytesPerSecond,
        windowMs: this.deadlines.throughputWindowMs,
        deadlineAt: started + operationBoundMs(size, this.deadlines),
        onError: (error) => this.timeoutError(what, error),
      });
    } catch (error) {
      if (error instanceof CorruptEntryError || error instanceof StoreError) throw error;
      if (MISSING_CODES.has(codeOf(error))) {
        throw new CorruptEntryError(
          `${this.name}: the content of the entry is gone from the bucket`,
        );
      }
      throw this.error(what, error);
    }
  }

  async has(key: Key): Promise<boolean> {
    return this.exists(this.objectKey('ac', key), `HEAD ac/${shortKey(key)}`);
  }

  async put(request: SaveRequest): Promise<SaveOutcome> {
    const acKey = this.objectKey('ac', request.key);
    const replace = request.replace === true;
    if (!replace && (await this.exists(acKey, `HEAD ac/${shortKey(request.key)}`))) return 'exists';
    const cas = await sha256File(request.archivePath);
    const casKey = this.objectKey('cas', cas);
    if (!(await this.exists(casKey, `HEAD cas/${shortKey(cas)}`))) {
      await this.upload(
        casKey,
        request.archivePath,
        request.archiveSize,
        `PUT cas/${shortKey(cas)}`,
      );
    }
    const envelope = encodeCasEnvelope(cas, request.archiveSize, request.recordText);
    const written = await this.putText(
      acKey,
      envelope,
      `PUT ac/${shortKey(request.key)}`,
      !replace,
    );
    if (!written) return 'exists';
    const pointer = pointerId(request.task, request.scope);
    const earlier = await this.getText(
      this.objectKey('ac', pointer),
      `GET ac/${shortKey(pointer)}`,
    );
    await this.putText(
      this.objectKey('ac', pointer),
      encodeRecentPointer(request.key, earlier),
      `PUT ac/${shortKey(pointer)}`,
      false,
    );
    return 'saved';
  }

  async recentRecords(task: string, scope: string, limit = RECENT_RECORDS): Promise<string[]> {
    const pointer = pointerId(task, scope);
    const text = await this.getText(this.objectKey('ac', pointer), `GET ac/${shortKey(pointer)}`);
    const keys = text === undefined ? [] : decodeRecent(text).slice(0, limit);
    const records = await Promise.all(
      keys.map(async (key) => {
        const entry = await this.getText(this.objectKey('ac', key), `GET ac/${shortKey(key)}`);
        const envelope = entry === undefined ? 'gone' : decodeCasEnvelope(entry);
        return typeof envelope === 'string' ? undefined : envelope.record;
      }),
    );
    return records.filter((record) => record !== undefined);
  }

  async latestRecord(task: string, scope: string): Promise<string | undefined> {
    const pointer = pointerId(task, scope);
    const text = await this.getText(this.objectKey('ac', pointer), `GET ac/${shortKey(pointer)}`);
    const key = text === undefined ? undefined : decodePointer(text);
    if (key === undefined) return undefined;
    const entry = await this.getText(this.objectKey('ac', key), `GET ac/${shortKey(key)}`);
    if (entry === undefined) return undefined;
    const envelope = decodeCasEnvelope(entry);
    return typeof envelope === 'string' ? undefined : envelope.record;
  }

  /** The entries under ac/ (ListObjectsV2), each with what its envelope says. */
  async listEntries(): Promise<ListedEntry[]> {
    const listed: { id: string; modified?: Date }[] = [];
    let token: string | undefined;
    do {
      const page = await this.bounded(0, (abortSignal) =>
        this.client.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: this.objectKey('ac', ''),
            ...(token ? { ContinuationToken: token } : {}),
          }),
          { abortSignal },
        ),
      ).catch((error: unknown) => {
        throw this.error('LIST ac/', error);
      });
      for (const item of page.Contents ?? []) {
        const id = item.Key?.slice(this.objectKey('ac', '').length) ?? '';
        if (/^[0-9a-f]{64}$/.test(id)) listed.push({ id, modified: item.LastModified });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    const found = await mapPool(listed, 8, async ({ id, modified }) => {
      const text = await this.getText(this.objectKey('ac', id), `GET ac/${shortKey(id)}`);
      const envelope = text === undefined ? 'gone' : decodeCasEnvelope(text);
      // The pointers to a task's latest entry live in ac/ too: they are not entries.
      if (typeof envelope === 'string') return undefined;
      return {
        key: id as Key,
        size: envelope.size,
        ...(modified ? { createdAt: modified.toISOString() } : {}),
        ...recordFacts(envelope.record),
      };
    });
    return found.filter((entry) => entry !== undefined);
  }

  /** Deletes the envelope, then the content (another key with the same bytes then misses). */
  async deleteEntry(key: Key): Promise<boolean> {
    const acKey = this.objectKey('ac', key);
    const text = await this.getText(acKey, `GET ac/${shortKey(key)}`);
    if (text === undefined) return false;
    await this.deleteObject(acKey, `DELETE ac/${shortKey(key)}`);
    const envelope = decodeCasEnvelope(text);
    if (typeof envelope !== 'string') {
      await this.deleteObject(
        this.objectKey('cas', envelope.cas),
        `DELETE cas/${shortKey(envelope.cas)}`,
      );
    }
    return true;
  }

  private async deleteObject(objectKey: string, what: string): Promise<void> {
    try {
      await this.bounded(0, (abortSignal) =>
        this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey }), {
          abortSignal,
        }),
      );
    } catch (error) {
      throw this.error(what, error);
    }
  }

  close(): void {
    this.client.destroy();
    for (const agent of this.agents) agent.destroy();
  }

  private async getText(objectKey: string, what: string): Promise<string | undefined> {
    try {
      const text = await this.bounded(0, async (abortSignal) => {
        const out = await this.client.send(
          new GetObjectCommand({ Bucket: this.bucket, Key: objectKey }),
          { abortSignal },
        );
        return out.Body?.transformToString('utf8');
      });
      if (text === undefined) throw new StoreError(this.name, `${this.name}: ${what}: no body`);
      return text;
    } catch (error) {
      if (error instanceof StoreError) throw error;
      if (MISSING_CODES.has(codeOf(error))) return undefined;
      throw this.error(what, error);
    }
  }

  private async exists(objectKey: string, what: string): Promise<boolean> {
    try {
      await this.bounded(0, (abortSignal) =>
        this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }), {
          abortSignal,
        }),
      );
      return true;
    } catch (error) {
      // HEAD has no error body: a missing bucket is a 404 too, and shows up on the next write.
      if (MISSING_CODES.has(codeOf(error)) || statusOf(error) === 404) return false;
      throw this.error(what, error);
    }
  }

  /** Writes a small object; `onlyIfAbsent` returns false when another writer was first. */
  private async putText(
    objectKey: string,
    text: string,
    what: string,
    onlyIfAbsent: boolean,
  ): Promise<boolean> {
    const conditional = onlyIfAbsent && this.conditionalPut;
    try {
      await this.bounded(Buffer.byteLength(text), (abortSignal) =>
        this.client.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: objectKey,
            Body: text,
            ContentType: 'application/json',
            ...(conditional ? { IfNoneMatch: '*' } : {}),
          }),
          { abortSignal },
        ),
      );
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (conditional && (status === 412 || status === 409)) return false;
      if (conditional && (status === 501 || codeOf(error) === 'NotImplemented')) {
        // The server cannot do conditional writes: the last writer wins, which is still a
        // consistent entry because its content is addressed by hash.
        this.conditionalPut = false;
        return this.putText(objectKey, text, what, false);
      }
      throw this.error(what, error);
    }
  }

  /** Streams a file up; multipart above PART_BYTES, each part retried by the SDK. */
  private async upload(objectKey: string, path: string, size: number, what: string): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.bucket,
        Key: objectKey,
        Body: createReadStream(path, { highWaterMark: 1 << 20 }),
        ContentType: 'application/octet-stream',
      },
      partSize: PART_BYTES,
      queueSize: PART_QUEUE,
      leavePartsOnError: false,
    });
    try {
      await this.bounded(size, (signal) => {
        signal.addEventListener('abort', () => void upload.abort().catch(() => {}), {
          once: true,
        });
        return upload.done();
      });
    } catch (error) {
      throw this.error(what, error);
    }
  }

  /**
   * Runs one call under its overall bound (the operation's fixed part plus `bytes` at the
   * minimum rate): past it the signal aborts the request and its socket. Refuses to start
   * once the store has timed out.
   */
  private async bounded<T>(bytes: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.timedOut) throw this.timedOut;
    const controller = new AbortController();
    const limit = operationBoundMs(bytes, this.deadlines);
    const timer = setTimeout(
      () => controller.abort(new DeadlineError(`no complete answer within ${limit} ms`)),
      limit,
    );
    const metered = bytes > this.windowMinimum();
    if (metered) this.meter(controller);
    try {
      return await call(controller.signal);
    } catch (error) {
      throw controller.signal.aborted ? controller.signal.reason : error;
    } finally {
      clearTimeout(timer);
      if (metered) this.unmeter(controller);
    }
  }

  private windowMinimum(): number {
    const { minBytesPerSecond, throughputWindowMs } = this.deadlines;
    return Math.ceil((minBytesPerSecond * throughputWindowMs) / 1000);
  }

  /**
   * While calls that move bytes are under way, the store's sockets together must move the
   * minimum per window, else every such call is aborted.
   */
  private meter(controller: AbortController): void {
    this.moving.add(controller);
    if (this.meterTimer !== undefined) return;
    this.bytesMoved();
    const windowMs = this.deadlines.throughputWindowMs;
    this.meterTimer = setInterval(() => {
      const moved = this.bytesMoved();
      if (moved >= this.windowMinimum()) return;
      const reason = new DeadlineError(
        `upload too slow: ${moved} bytes in ${windowMs} ms (at least ${this.deadlines.minBytesPerSecond} bytes/s wanted)`,
      );
      for (const pending of this.moving) pending.abort(reason);
    }, windowMs);
  }

  private unmeter(controller: AbortController): void {
    this.moving.delete(controller);
    if (this.moving.size > 0) return;
    clearInterval(this.meterTimer);
    this.meterTimer = undefined;
  }

  /** Bytes the store's sockets moved since the last call. */
  private bytesMoved(): number {
    let moved = 0;
    for (const agent of this.agents) {
      for (const group of [agent.sockets, agent.freeSockets]) {
        for (const list of Object.values(group)) {
          for (const socket of list ?? []) {
            const total = socket.bytesWritten + socket.bytesRead;
            moved += total - (this.socketBytes.get(socket) ?? 0);
            this.socketBytes.set(socket, total);
          }
        }
      }
    }
    return moved;
  }

  /** The error a failed download body gets; a time-out switches the store off. */
  private timeoutError(what: string, error: Error): StoreError {
    const failure = this.error(what, error);
    if (isTimeout(error)) this.timedOut ??= failure;
    return failure;
  }

  private error(what: string, error: unknown): StoreError {
    const failure = this.describe(what, error);
    if (
      error instanceof DeadlineError ||
      /establish a connection|socket timed out/.test(messageOf(error))
    ) {
      this.timedOut ??= failure;
    }
    return failure;
  }

  private describe(what: string, error: unknown): StoreError {
    if (error instanceof StoreError) return error;
    const status = statusOf(error);
    const code = codeOf(error);
    // A HEAD has no error body: its code is a placeholder, not worth showing.
    const shown =
      code && !['Unknown', 'UnknownError', 'Forbidden', 'NotFound', 'Error'].includes(code)
        ? code
        : '';
    if (status === 401 || status === 403 || AUTH_CODES.has(code)) {
      return new StoreError(
        this.name,
        `${this.name}: authentication failed (HTTP ${status ?? 403}${shown ? `, ${shown}` : ''})`,
      );
    }
    if (code === 'NoSuchBucket') {
      return new StoreError(this.name, `${this.name}: the bucket ${this.bucket} does not exist`);
    }
    if (code === 'CredentialsProviderError') {
      return new StoreError(
        this.name,
        `${this.name}: no AWS credentials found (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)`,
      );
    }
    const attempts = (error as { $metadata?: { attempts?: number } })?.$metadata?.attempts ?? 1;
    const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    if (status !== undefined && status >= 300) {
      const text = shown ? `${shown} (HTTP ${status})` : `unexpected HTTP ${status}`;
      return new StoreError(this.name, `${this.name}: ${what}: ${text}${tries}`);
    }
    const message = error instanceof Error ? error.message : String(error);
    // The SDK names resets "TimeoutError" too: only its own timers' messages mean a timeout.
    if (/establish a connection/.test(message)) {
      return new StoreError(
        this.name,
        `${this.name}: ${what}: could not connect within ${this.connectTimeoutMs} ms${tries}`,
      );
    }
    if (/socket timed out/.test(message)) {
      return new StoreError(
        this.name,
        `${this.name}: ${what}: no data for ${this.idleTimeoutMs} ms${tries}`,
      );
    }
    const errno = (error as NodeJS.ErrnoException | undefined)?.code;
    const detail = errno && !message.includes(errno) ? `${message} (${errno})` : message;
    return new StoreError(this.name, `${this.name}: ${what}: ${detail}${tries}`);
  }
}

/** An operation past its overall bound. */
class DeadlineError extends Error {
  override readonly name = 'DeadlineError';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata
    ?.httpStatusCode;
}

function codeOf(error: unknown): string {
  const e = error as { name?: unknown; Code?: unknown } | undefined;
  return typeof e?.Code === 'string' ? e.Code : typeof e?.name === 'string' ? e.name : '';
}
