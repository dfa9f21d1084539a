/**
 * Owns the in-process fake of the GitHub Actions cache service v2 used by the `github` store
 * tests: the three Twirp JSON methods of `github.actions.results.api.v1.CacheService` and the
 * slice of the Azure Blob REST API the real `@actions/cache` client reaches through the signed
 * URLs (Put Blob, Put Block, Put Block List, GET/HEAD with ranges), plus fault hooks.
 *
 * Fidelity notes (the real service is closed source; these follow the client's code and the
 * public Twirp and Azure Blob specifications):
 * - Twirp routes always answer JSON, because the client JSON-parses every body and retries
 *   anything it cannot parse as if it were a 5xx.
 * - Lookup order follows GitHub's documented matching: exact key, then newest entry whose key
 *   starts with the primary key, then each restore key (exact, then newest prefix match), all
 *   restricted to the same `version`.
 * - Signed URLs carry an HMAC `sig`; the blob side refuses unsigned, tampered or read-only URLs
 *   for writes, so a client that reused the wrong URL would be caught.
 * - Twirp faults are consumed only by calls that got past routing and the token check (a real
 *   front end rejects those first), rateLimit before serverError before the per-method ones.
 */
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCacheFaults {
  /** Next N CreateCacheEntry calls answer 409 already_exists. */
  createConflict?: number;
  /** Next N Twirp calls (any method) answer 429 with Retry-After. */
  rateLimit?: number;
  /** Next N CreateCacheEntry answer {ok:false}. */
  createNotOk?: number;
  /** Next N Twirp calls answer 500 (Twirp internal JSON). */
  serverError?: number;
  /** Next N blob downloads send only half of the body and then destroy the socket. */
  truncateDownload?: number;
  /** Next N blob uploads answer 500. */
  uploadError?: number;
  /** Not consumed: every Twirp answer is held this many milliseconds (a slow service). */
  twirpDelayMs?: number;
}

export interface FakeCacheEntryInfo {
  key: string;
  version: string;
  /** `size_bytes` once finalized; before that, the size of whatever blob is committed so far. */
  size: number;
  finalized: boolean;
  createdAt: number;
}

export interface FakeCacheRequest {
  method: string;
  /** Path and query string as received (signed URLs include their SAS parameters). */
  path: string;
  /** Response status; 0 until the response has been sent (or when the socket was destroyed). */
  status: number;
}

export interface FakeCacheService {
  /** Base for ACTIONS_RESULTS_URL; ends with '/'. */
  readonly url: string;
  /** The ACTIONS_RUNTIME_TOKEN it accepts; any other answers 401 unauthenticated. */
  readonly token: string;
  /** ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_URL. */
  env(): Record<string, string>;
  /** Mutable; each counter decrements as it is used. */
  faults: FakeCacheFaults;
  entries(): FakeCacheEntryInfo[];
  requests: FakeCacheRequest[];
  close(): Promise<void>;
}

export interface FakeCacheServiceOptions {
  token?: string;
  /**
   * How long an entry that was created but never finalized blocks a new CreateCacheEntry for the
   * same key and version. The real service's value is not documented; 10 minutes by default.
   */
  reservationTtlMs?: number;
  /** Retry-After seconds sent with the rateLimit fault (default 60). */
  retryAfterSeconds?: number;
}

const SERVICE = 'github.actions.results.api.v1.CacheService';
const TWIRP_PREFIX = `/twirp/${SERVICE}/`;
const ACCOUNT = 'fakeactionscache';
const CONTAINER = 'actions-cache';
const AZURE_VERSION = '2025-11-05';
const SAS_TTL_MS = 60 * 60 * 1000;
const MAX_TWIRP_BODY = 1024 * 1024;
const MAX_KEY_LENGTH = 512;

// Twirp error codes and their HTTP statuses, from the Twirp v7 specification.
const TWIRP_STATUS = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  bad_route: 404,
  not_found: 404,
  already_exists: 409,
  resource_exhausted: 429,
  internal: 500,
} as const;
type TwirpCode = keyof typeof TWIRP_STATUS;

interface Entry {
  id: number;
  key: string;
  version: string;
  blobName: string;
  createdAt: number;
  /** Tie-breaker for entries created within the same millisecond. */
  seq: number;
  finalized: boolean;
  sizeBytes: number;
}

interface Blob {
  data: Buffer;
  etag: string;
  lastModified: Date;
  createdOn: Date;
  contentType: string;
  /** Only Put Blob stores a whole-blob MD5; a committed block list has none unless given. */
  contentMd5?: string;
}

interface BlobSlot {
  committed?: Blob;
  committedBlocks: Map<string, Buffer>;
  uncommittedBlocks: Map<string, Buffer>;
}

class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    message: string,
  ) {
    super(message);
  }
}

class AzureError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startFakeCacheService(
  options: FakeCacheServiceOptions = {},
): Promise<FakeCacheService> {
  const token = options.token ?? `fake-runtime-token-${randomUUID()}`;
  const reservationTtlMs = options.reservationTtlMs ?? 10 * 60 * 1000;
  const retryAfterSeconds = options.retryAfterSeconds ?? 60;
  const sasKey = randomBytes(32);
  const entries: Entry[] = [];
  const blobs = new Map<string, BlobSlot>();
  const requests: FakeCacheRequest[] = [];
  const faults: FakeCacheFaults = {};
  let nextId = 1;
  let nextSeq = 0;
  let baseUrl = '';

  const takeFault = (name: keyof FakeCacheFaults): boolean => {
    const left = service.faults[name] ?? 0;
    if (left <= 0) return false;
    service.faults[name] = left - 1;
    return true;
  };

  const sign = (path: string, permissions: string, expiry: string): string =>
    createHmac('sha256', sasKey).update(`${permissions}\n${expiry}\n${path}`).digest('base64');

  const signedUrl = (blobName: string, permissions: string): string => {
    const path = `/${ACCOUNT}/${CONTAINER}/${blobName}`;
    const expiry = new Date(Date.now() + SAS_TTL_MS).toISOString().replace(/\.\d+Z$/, 'Z');
    const query = new URLSearchParams({
      sv: AZURE_VERSION,
      sr: 'b',
      sp: permissions,
      se: expiry,
      sig: sign(path, permissions, expiry),
    });
    return new URL(`${path.slice(1)}?${query.toString()}`, baseUrl).href;
  };

  // ---- Twirp side -------------------------------------------------------------------------

  const findVisible = (key: string, version: string, prefix: boolean): Entry | undefined => {
    let best: Entry | undefined;
    for (const e of entries) {
      if (!e.finalized || e.version !== version) continue;
      if (prefix ? !e.key.startsWith(key) : e.key !== key) continue;
      if (
        !best ||
        e.createdAt > best.createdAt ||
        (e.createdAt === best.createdAt && e.seq > best.seq)
      )
        best = e;
    }
    return best;
  };

  const createCacheEntry = (body: Record<string, unknown>): unknown => {
    const key = requireString(body, 'key');
    const version = requireString(body, 'version');
    if (takeFault('createConflict')) {
      throw new TwirpError(
        'already_exists',
        `cache entry with the same key and version already exists`,
      );
    }
    if (takeFault('createNotOk')) {
      return { ok: false, message: 'fake: cache entry creation refused' };
    }
    const now = Date.now();
    const existing = entries.findIndex((e) => e.key === key && e.version === version);
    if (existing >= 0) {
      const e = entries[existing]!;
      if (e.finalized || now - e.createdAt < reservationTtlMs) {
        throw new TwirpError(
          'already_exists',
          `cache entry with the same key and version already exists`,
        );
      }
      // An abandoned reservation: the new writer takes over with a fresh blob.
      entries.splice(existing, 1);
      blobs.delete(e.blobName);
    }
    const id = nextId++;
    const blobName = `${id}-${randomUUID()}`;
    entries.push({
      id,
      key,
      version,
      blobName,
      createdAt: now,
      seq: nextSeq++,
      finalized: false,
      sizeBytes: 0,
    });
    blobs.set(blobName, {
      committedBlocks: new Map(),
      uncommittedBlocks: new Map(),
    });
    return { ok: true, signed_upload_url: signedUrl(blobName, 'cw') };
  };

  const finalizeCacheEntryUpload = (body: Record<string, unknown>): unknown => {
    const key = requireString(body, 'key');
    const version = requireString(body, 'version');
    const sizeBytes = readInt64(body, 'size_bytes', 'sizeBytes');
    const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
    if (!entry) {
      const done = entries.some((e) => e.key === key && e.version === version);
      if (done) return { ok: false, message: 'cache entry is already finalized' };
      throw new TwirpError('not_found', 'cache entry not found');
    }
    const blob = blobs.get(entry.blobName)?.committed;
    if (!blob) return { ok: false, message: 'cache entry has no uploaded blob' };
    if (blob.data.length !== sizeBytes) {
      return {
        ok: false,
        message: `size_bytes ${sizeBytes} does not match the uploaded blob (${blob.data.length} bytes)`,
      };
    }
    entry.finalized = true;
    entry.sizeBytes = sizeBytes;
    return { ok: true, entry_id: String(entry.id) };
  };

  const getCacheEntryDownloadUrl = (body: Record<string, unknown>): unknown => {
    const key = requireString(body, 'key');
    const version = requireString(body, 'version');
    const restoreKeys = readStringArray(body, 'restore_keys', 'restoreKeys');
    const match =
      findVisible(key, version, false) ??
      findVisible(key, version, true) ??
      firstDefined(
        restoreKeys,
        (k) => findVisible(k, version, false) ?? findVisible(k, version, true),
      );
    if (!match) return { ok: false };
    return {
      ok: true,
      signed_download_url: signedUrl(match.blobName, 'r'),
      matched_key: match.key,
    };
  };

  const twirpMethods: Record<string, (body: Record<string, unknown>) => unknown> = {
    CreateCacheEntry: createCacheEntry,
    FinalizeCacheEntryUpload: finalizeCacheEntryUpload,
    GetCacheEntryDownloadURL: getCacheEntryDownloadUrl,
  };

  const handleTwirp = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    try {
      const method = path.slice(TWIRP_PREFIX.length);
      const handler = Object.hasOwn(twirpMethods, method) ? twirpMethods[method] : undefined;
      if (req.method !== 'POST' || !handler) {
        throw new TwirpError(
          'bad_route',
          `no handler for path "${path}" with method ${req.method}`,
        );
      }
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (contentType !== 'application/json') {
        throw new TwirpError('bad_route', `unexpected Content-Type: "${contentType}"`);
      }
      if (req.headers.authorization !== `Bearer ${token}`) {
        throw new TwirpError('unauthenticated', 'invalid or missing runtime token');
      }
      if (takeFault('rateLimit')) {
        res.setHeader('Retry-After', String(retryAfterSeconds));
        throw new TwirpError('resource_exhausted', 'fake: rate limit exceeded');
      }
      if (takeFault('serverError')) {
        throw new TwirpError('internal', 'fake: internal server error');
      }
      const raw = await readBody(req, MAX_TWIRP_BODY);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new TwirpError('malformed', 'the request body is not valid JSON');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new TwirpError('malformed', 'the request body must be a JSON object');
      }
      const answer = handler(body as Record<string, unknown>);
      const delay = service.faults.twirpDelayMs ?? 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      sendJson(res, 200, answer);
    } catch (error) {
      const e =
        error instanceof TwirpError
          ? error
          : new TwirpError('internal', error instanceof Error ? error.message : String(error));
      sendJson(res, TWIRP_STATUS[e.code], { code: e.code, msg: e.message });
    }
  };

  // ---- Azure Blob side --------------------------------------------------------------------

  const checkSas = (url: URL, path: string, needed: 'read' | 'write') => {
    const sp = url.searchParams.get('sp') ?? '';
    const se = url.searchParams.get('se') ?? '';
    const sig = url.searchParams.get('sig') ?? '';
    const expected = Buffer.from(sign(path, sp, se));
    const given = Buffer.from(sig);
    if (!sig || expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new AzureError(
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
      );
    }
    if (Number.isNaN(Date.parse(se)) || Date.parse(se) < Date.now()) {
      throw new AzureError(403, 'AuthenticationFailed', 'Signed expiry time has passed.');
    }
    const allowed = needed === 'read' ? sp.includes('r') : /[cw]/.test(sp);
    if (!allowed) {
      throw new AzureError(
        403,
        'AuthorizationPermissionMismatch',
        'This request is not authorized to perform this operation using this permission.',
      );
    }
  };

  const commonBlobHeaders = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('x-ms-request-id', randomUUID());
    res.setHeader('x-ms-version', headerString(req, 'x-ms-version') ?? AZURE_VERSION);
    const clientRequestId = headerString(req, 'x-ms-client-request-id');
    if (clientRequestId) res.setHeader('x-ms-client-request-id', clientRequestId);
  };

  const newBlob = (data: Buffer, req: IncomingMessage, contentMd5?: string): Blob => {
    const now = new Date();
    return {
      data,
      etag: `"0x${randomBytes(7).toString('hex').toUpperCase()}"`,
      lastModified: now,
      createdOn: now,
      contentType: headerString(req, 'x-ms-blob-content-type') ?? 'application/octet-stream',
      contentMd5: headerString(req, 'x-ms-blob-content-md5') ?? contentMd5,
    };
  };

  // Azure verifies a checksum the client sent and reports one it computed itself: Content-MD5 when
  // the client sent one, otherwise x-ms-content-crc64 (service versions from 2019-02-02 on).
  const checksums = (
    req: IncomingMessage,
    body: Buffer,
    crcOnlyIfSent = false,
  ): { md5: string; crc64?: string } => {
    const md5 = createHash('md5').update(body).digest('base64');
    const sentMd5 = headerString(req, 'content-md5');
    if (sentMd5 !== undefined && sentMd5 !== md5) {
      throw new AzureError(
        400,
        'Md5Mismatch',
        'The MD5 value specified in the request did not match with the MD5 value calculated by the server.',
      );
    }
    const sentCrc = headerString(req, 'x-ms-content-crc64');
    if (sentMd5 !== undefined || (crcOnlyIfSent && sentCrc === undefined)) return { md5 };
    const crc = crc64(body).toString('base64');
    if (sentCrc !== undefined && sentCrc !== crc) {
      throw new AzureError(
        400,
        'Crc64Mismatch',
        'The CRC64 value specified in the request did not match with the CRC64 value calculated by the server.',
      );
    }
    return { md5, crc64: crc };
  };

  const checksumHeaders = (req: IncomingMessage, body: Buffer): Record<string, string> => {
    const { md5, crc64: crc } = checksums(req, body);
    return crc === undefined ? { 'Content-MD5': md5 } : { 'x-ms-content-crc64': crc };
  };

  const writeBlobCreated = (
    res: ServerResponse,
    blob: Blob,
    extra: Record<string, string>,
  ): void => {
    res.writeHead(201, {
      ETag: blob.etag,
      'Last-Modified': blob.lastModified.toUTCString(),
      'x-ms-request-server-encrypted': 'true',
      'Content-Length': '0',
      ...extra,
    });
    res.end();
  };

  const handleUpload = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    slot: BlobSlot,
  ) => {
    const comp = url.searchParams.get('comp');
    // Drain the body before failing so the SDK sees a response, not a reset connection.
    const body = await readBody(req, Number.POSITIVE_INFINITY);
    if (takeFault('uploadError')) {
      throw new AzureError(
        500,
        'InternalError',
        'The server encountered an internal error. Please retry the request.',
      );
    }
    if (comp === null) {
      if (headerString(req, 'x-ms-blob-type') !== 'BlockBlob') {
        throw new AzureError(
          400,
          'MissingRequiredHeader',
          'An HTTP header that is mandatory for this request is not specified: x-ms-blob-type.',
        );
      }
      // Put Blob always reports the MD5 of what it stored, and it discards uncommitted blocks.
      const { md5, crc64: crc } = checksums(req, body, true);
      const blob = newBlob(body, req, md5);
      slot.committed = blob;
      slot.committedBlocks = new Map();
      slot.uncommittedBlocks = new Map();
      writeBlobCreated(res, blob, {
        'Content-MD5': md5,
        ...(crc === undefined ? {} : { 'x-ms-content-crc64': crc }),
      });
      return;
    }
    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid') ?? '';
      const decoded = Buffer.from(blockId, 'base64');
      const sameLength = [...slot.uncommittedBlocks.keys(), ...slot.committedBlocks.keys()].every(
        (id) => id.length === blockId.length,
      );
      if (!blockId || decoded.toString('base64') !== blockId || decoded.length > 64) {
        throw new AzureError(
          400,
          'InvalidQueryParameterValue',
          'Value for one of the query parameters specified in the request URI is invalid.',
        );
      }
      if (!sameLength) {
        throw new AzureError(
          400,
          'InvalidBlobOrBlock',
          'The specified blob or block content is invalid.',
        );
      }
      const checks = checksumHeaders(req, body);
      slot.uncommittedBlocks.set(blockId, body);
      res.writeHead(201, {
        'x-ms-request-server-encrypted': 'true',
        'Content-Length': '0',
        ...checks,
      });
      res.end();
      return;
    }
    if (comp === 'blocklist') {
      const checks = checksumHeaders(req, body);
      const list = parseBlockList(body.toString('utf8'));
      const parts: Array<{ id: string; data: Buffer }> = [];
      for (const { kind, id } of list) {
        const data =
          kind === 'Committed'
            ? slot.committedBlocks.get(id)
            : kind === 'Uncommitted'
              ? slot.uncommittedBlocks.get(id)
              : (slot.uncommittedBlocks.get(id) ?? slot.committedBlocks.get(id));
        if (!data) {
          throw new AzureError(400, 'InvalidBlockList', 'The specified block list is invalid.');
        }
        parts.push({ id, data });
      }
      const blob = newBlob(Buffer.concat(parts.map((p) => p.data)), req);
      // Committed blocks stay addressable for a later list, as views so the bytes are held once.
      const blocks = new Map<string, Buffer>();
      let offset = 0;
      for (const { id, data } of parts) {
        blocks.set(id, blob.data.subarray(offset, offset + data.length));
        offset += data.length;
      }
      slot.committed = blob;
      slot.committedBlocks = blocks;
      slot.uncommittedBlocks = new Map();
      writeBlobCreated(res, blob, checks);
      return;
    }
    throw new AzureError(
      400,
      'InvalidQueryParameterValue',
      'Value for one of the query parameters specified in the request URI is invalid.',
    );
  };

  const handleDownload = (
    req: IncomingMessage,
    res: ServerResponse,
    slot: BlobSlot | undefined,
  ) => {
    const blob = slot?.committed;
    if (!blob) throw new AzureError(404, 'BlobNotFound', 'The specified blob does not exist.');
    const total = blob.data.length;
    const headers: Record<string, string> = {
      'Content-Type': blob.contentType,
      ETag: blob.etag,
      'Last-Modified': blob.lastModified.toUTCString(),
      'Accept-Ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-creation-time': blob.createdOn.toUTCString(),
      'x-ms-lease-state': 'available',
      'x-ms-lease-status': 'unlocked',
      'x-ms-server-encrypted': 'true',
    };
    const range = parseRange(headerString(req, 'x-ms-range') ?? headerString(req, 'range'), total);
    let status = 200;
    let body = blob.data;
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${total}`);
      throw new AzureError(
        416,
        'InvalidRange',
        'The range specified is invalid for the current size of the resource.',
      );
    }
    if (range) {
      status = 206;
      body = blob.data.subarray(range.start, range.end + 1);
      headers['Content-Range'] = `bytes ${range.start}-${range.end}/${total}`;
    } else if (blob.contentMd5) {
      headers['Content-MD5'] = blob.contentMd5;
    }
    headers['Content-Length'] = String(body.length);
    if (req.method === 'HEAD') {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    if (takeFault('truncateDownload')) {
      res.writeHead(status, headers);
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => {
        res.socket?.destroy();
      });
      return;
    }
    res.writeHead(status, headers);
    res.end(body);
  };

  const handleBlob = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    commonBlobHeaders(req, res);
    try {
      const segments = url.pathname.split('/');
      // ['', account, container, ...blob]
      if (segments.length < 4 || segments[1] !== ACCOUNT || segments[2] !== CONTAINER) {
        throw new AzureError(
          400,
          'InvalidUri',
          'The requested URI does not represent any resource on the server.',
        );
      }
      const blobName = decodeURIComponent(segments.slice(3).join('/'));
      const slot = blobs.get(blobName);
      if (req.method === 'PUT') {
        checkSas(url, url.pathname, 'write');
        if (!slot) {
          // Upload URLs only exist for created entries; anything else is a forged name.
          throw new AzureError(404, 'ContainerNotFound', 'The specified container does not exist.');
        }
        await handleUpload(req, res, url, slot);
        return;
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        checkSas(url, url.pathname, 'read');
        handleDownload(req, res, slot);
        return;
      }
      throw new AzureError(
        405,
        'UnsupportedHttpVerb',
        'The resource does not support the specified HTTP verb.',
      );
    } catch (error) {
      const e =
        error instanceof AzureError
          ? error
          : new AzureError(
              500,
              'InternalError',
              error instanceof Error ? error.message : String(error),
            );
      sendAzureError(req, res, e);
    }
  };

  // ---- Server -----------------------------------------------------------------------------

  const server = createServer((req, res) => {
    const record: FakeCacheRequest = { method: req.method ?? '', path: req.url ?? '', status: 0 };
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    const url = new URL(req.url ?? '/', baseUrl);
    const handled = url.pathname.startsWith('/twirp/')
      ? handleTwirp(req, res, url.pathname)
      : handleBlob(req, res, url);
    handled.catch((error: unknown) => {
      // Only reachable when the request stream itself failed; nothing useful can be answered.
      if (!res.headersSent) {
        sendJson(res, 500, { code: 'internal', msg: String(error) });
      } else {
        res.destroy();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}/`;

  const service: FakeCacheService = {
    url: baseUrl,
    token,
    env: () => ({
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: baseUrl,
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_CACHE_URL: baseUrl,
    }),
    faults,
    entries: () =>
      entries.map((e) => ({
        key: e.key,
        version: e.version,
        size: e.finalized ? e.sizeBytes : (blobs.get(e.blobName)?.committed?.data.length ?? 0),
        finalized: e.finalized,
        createdAt: e.createdAt,
      })),
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  return service;
}

// ---- Helpers ----------------------------------------------------------------------------

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        reject(new TwirpError('malformed', 'request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, length)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

function sendAzureError(req: IncomingMessage, res: ServerResponse, error: AzureError): void {
  const requestId = res.getHeader('x-ms-request-id') ?? randomUUID();
  const xml =
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${error.code}</Code>` +
    `<Message>${escapeXml(error.message)}\nRequestId:${requestId}\nTime:${new Date().toISOString()}</Message></Error>`;
  res.setHeader('x-ms-error-code', error.code);
  if (req.method === 'HEAD') {
    // HEAD answers carry no body; the SDK reads the code from x-ms-error-code.
    res.writeHead(error.status, { 'Content-Length': '0' });
    res.end();
    return;
  }
  res.writeHead(error.status, {
    'Content-Type': 'application/xml',
    'Content-Length': String(Buffer.byteLength(xml)),
  });
  res.end(xml);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function headerString(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') {
    throw new TwirpError('invalid_argument', `${field} is required`);
  }
  if (field === 'key' && value.length > MAX_KEY_LENGTH) {
    throw new TwirpError('invalid_argument', `key must be at most ${MAX_KEY_LENGTH} characters`);
  }
  return value;
}

// protojson accepts both the proto field name and the lowerCamel JSON name, and int64 as either
// a decimal string (canonical) or a number.
function readInt64(body: Record<string, unknown>, ...names: string[]): number {
  for (const name of names) {
    const value = body[name];
    if (value === undefined) continue;
    const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
      throw new TwirpError('malformed', `${name} must be an int64`);
    }
    return n;
  }
  return 0;
}

function readStringArray(body: Record<string, unknown>, ...names: string[]): string[] {
  for (const name of names) {
    const value = body[name];
    if (value === undefined) continue;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      throw new TwirpError('malformed', `${name} must be an array of strings`);
    }
    return value as string[];
  }
  return [];
}

function firstDefined<T, R>(items: readonly T[], pick: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const found = pick(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

function parseBlockList(xml: string): Array<{ kind: string; id: string }> {
  if (!/<BlockList>[\s\S]*<\/BlockList>/.test(xml)) {
    throw new AzureError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
  }
  const list: Array<{ kind: string; id: string }> = [];
  for (const m of xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) {
    list.push({ kind: m[1]!, id: unescapeXml(m[2]!.trim()) });
  }
  return list;
}

type ParsedRange = { start: number; end: number } | 'unsatisfiable' | undefined;

// Azure honours a single `bytes=a-b` or `bytes=a-` range; other forms are ignored and the whole
// blob is returned, as HTTP allows.
function parseRange(header: string | undefined, total: number): ParsedRange {
  if (!header) return undefined;
  const m = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] ? Math.min(Number(m[2]), total - 1) : total - 1;
  if (start >= total || (m[2] && Number(m[2]) < start)) return 'unsatisfiable';
  return { start, end };
}

// CRC-64 as Azure Storage computes it (polynomial 0x9A6C9329AC4BC9B5 reflected, all-ones init and
// final xor), returned little-endian as Azure sends it in x-ms-content-crc64. The 64-bit state is
// kept in two 32-bit halves because BigInt per byte is far too slow for multi-MiB blocks.
const CRC64_TABLE = (() => {
  const lo = new Uint32Array(256);
  const hi = new Uint32Array(256);
  const polyLo = 0xac4bc9b5;
  const polyHi = 0x9a6c9329;
  for (let n = 0; n < 256; n++) {
    let l = n;
    let h = 0;
    for (let k = 0; k < 8; k++) {
      const carry = l & 1;
      l = ((l >>> 1) | ((h & 1) << 31)) >>> 0;
      h >>>= 1;
      if (carry) {
        l = (l ^ polyLo) >>> 0;
        h = (h ^ polyHi) >>> 0;
      }
    }
    lo[n] = l;
    hi[n] = h;
  }
  return { lo, hi };
})();

export function crc64(data: Uint8Array): Buffer {
  const { lo: tLo, hi: tHi } = CRC64_TABLE;
  let lo = 0xffffffff;
  let hi = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    const idx = (lo ^ data[i]!) & 0xff;
    lo = ((lo >>> 8) | (hi << 24)) ^ tLo[idx]!;
    hi = (hi >>> 8) ^ tHi[idx]!;
  }
  const out = Buffer.alloc(8);
  out.writeUInt32LE(~lo >>> 0, 0);
  out.writeUInt32LE(~hi >>> 0, 4);
  return out;
}
