// The GitHub Actions cache service (v2) as plain blob storage, over node:http(s): the three
// Twirp methods (GetCacheEntryDownloadURL, CreateCacheEntry, FinalizeCacheEntryUpload) and
// the signed blob URLs they hand out (Azure Blob: Put Blob, Put Block + Put Block List, GET).
// Nothing here archives or extracts: bytes go up from a file and come down to a file.
//
// Every request runs under deadlines the caller sets: a connect timeout, a first-byte timeout
// (from the request sent to the response headers), a minimum throughput checked over a
// window while bytes move, and an overall bound shared by all the requests of one store call
// (retries and backoff included), extended by the time a transfer of known size may take at
// the minimum throughput. Messages name the operation, never a URL or the token.

import { createReadStream, createWriteStream } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { PassThrough, Readable } from 'node:stream';

export interface GithubDeadlines {
  /** Time to establish a connection. */
  readonly connectMs: number;
  /** From the request sent to the response headers. */
  readonly firstByteMs: number;
  /** The window over which throughput is measured while a body moves. */
  readonly windowMs: number;
  /** Fewer bytes than this per second over a window fails the transfer. */
  readonly minBytesPerSecond: number;
  /**
   * Overall bound on one store call (every request, retry and wait), plus, for a transfer of
   * known size, the time it takes at `minBytesPerSecond`.
   */
  readonly totalMs: number;
}

/** A silent service costs one first-byte timeout; anything else at most `totalMs`. */
export const GITHUB_DEADLINES: GithubDeadlines = {
  connectMs: 5_000,
  firstByteMs: 10_000,
  windowMs: 10_000,
  minBytesPerSecond: 64 * 1024,
  totalMs: 30_000,
};

const SERVICE = 'github.actions.results.api.v1.CacheService';
const MAX_TWIRP_RESPONSE = 1024 * 1024;
const AZURE_VERSION = '2024-11-04';
/**
 * Azure's Put Blob takes up to 5000 MiB; one request is kept to what one retry can redo, and
 * larger blobs go up in blocks, a few at a time.
 */
export const BLOB_UPLOAD = { singlePutLimit: 128 * 1024 * 1024, blockSize: 64 * 1024 * 1024 };
const BLOCK_CONCURRENCY = 4;
const MAX_ATTEMPTS = 4;

/** A failure of one call; `message` is safe to show (no URL query, no token). */
export class CacheServiceError extends Error {
  override readonly name = 'CacheServiceError';
  constructor(
    message: string,
    /** Worth another attempt (5xx, 429, a reset connection), if the budget allows. */
    readonly retryable = false,
    /** Milliseconds the server asked to wait (Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Another job created the entry first (Twirp already_exists). */
export class ConflictError extends CacheServiceError {}

/** The time left for one store call. */
export class Budget {
  private end: number;
  constructor(readonly totalMs: number) {
    this.end = Date.now() + totalMs;
  }
  remaining(): number {
    return this.end - Date.now();
  }
  extend(ms: number): void {
    this.end += ms;
  }
}

/** Bytes of a request body: a buffer prefix, then a byte range of a file. */
export interface BlobBody {
  readonly prefix: Buffer;
  readonly file: string;
  /** Offset and length of the file's part; length 0 for none. */
  readonly fileStart: number;
  readonly fileLength: number;
}

const bodySize = (body: BlobBody): number => body.prefix.length + body.fileLength;

function openBody(body: BlobBody): Readable {
  return Readable.from(
    (async function* () {
      if (body.prefix.length > 0) yield body.prefix;
      if (body.fileLength > 0) {
        yield* createReadStream(body.file, {
          start: body.fileStart,
          end: body.fileStart + body.fileLength - 1,
          highWaterMark: 1 << 20,
        });
      }
    })(),
    { objectMode: false },
  );
}

/** `[start, start + length)` of a body, as a body of its own (for Put Block). */
function sliceBody(body: BlobBody, start: number, length: number): BlobBody {
  const prefixPart = body.prefix.subarray(start, Math.min(body.prefix.length, start + length));
  const fileOffset = Math.max(0, start - body.prefix.length);
  return {
    prefix: prefixPart,
    file: body.file,
    fileStart: body.fileStart + fileOffset,
    fileLength: Math.min(length - prefixPart.length, body.fileLength - fileOffset),
  };
}

interface Send<T> {
  readonly what: string;
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: URL;
  readonly headers: Record<string, string>;
  readonly body?: BlobBody | Buffer;
  readonly budget: Budget;
  /**
   * Reads the response; `moved` reports body bytes for the throughput check, and `hold(true)`
   * while the reader downstream is not asking for more (that time counts neither against
   * the throughput nor against the overall bound) until `hold(false)`.
   */
  readonly consume: (
    res: http.IncomingMessage,
    moved: (bytes: number) => void,
    extend: (ms: number) => void,
    hold: (held: boolean) => void,
  ) => Promise<T>;
}

export interface CacheServiceSettings {
  /** ACTIONS_RESULTS_URL. */
  readonly baseUrl: string;
  /** ACTIONS_RUNTIME_TOKEN. */
  readonly token: string;
  readonly deadlines: GithubDeadlines;
  /** Upload sizes; BLOB_UPLOAD by default. */
  readonly upload?: typeof BLOB_UPLOAD;
}

export class CacheServiceClient {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly base: URL;

  constructor(private readonly settings: CacheServiceSettings) {
    this.base = new URL(settings.baseUrl.endsWith('/') ? settings.baseUrl : `${settings.baseUrl}/`);
  }

  get deadlines(): GithubDeadlines {
    return this.settings.deadlines;
  }

  budget(): Budget {
    return new Budget(this.settings.deadlines.totalMs);
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  /** The signed download URL of the entry matching `key` (or a restore-key prefix). */
  async lookup(
    key: string,
    version: string,
    restoreKeys: readonly string[],
    budget: Budget,
  ): Promise<{ url: URL; matchedKey: string } | undefined> {
    const answer = await this.twirp(
      'GetCacheEntryDownloadURL',
      { key, version, restore_keys: restoreKeys },
      budget,
    );
    if (answer.ok !== true) return undefined;
    const url = answer.signed_download_url;
    const matchedKey = answer.matched_key;
    if (typeof url !== 'string' || typeof matchedKey !== 'string') {
      throw new CacheServiceError('GetCacheEntryDownloadURL: the answer names no entry');
    }
    return { url: parseSignedUrl(url, 'GetCacheEntryDownloadURL'), matchedKey };
  }

  /** Reserves `key`; ConflictError when another job has it. */
  async create(key: string, version: string, budget: Budget): Promise<URL> {
    const answer = await this.twirp('CreateCacheEntry', { key, version }, budget);
    if (answer.ok !== true || typeof answer.signed_upload_url !== 'string') {
      throw new CacheServiceError(
        `CreateCacheEntry: the service did not reserve the entry${serviceMessage(answer)}`,
      );
    }
    return parseSignedUrl(answer.signed_upload_url, 'CreateCacheEntry');
  }

  async finalize(key: string, version: string, size: number, budget: Budget): Promise<void> {
    const answer = await this.twirp(
      'FinalizeCacheEntryUpload',
      { key, version, size_bytes: String(size) },
      budget,
    );
    if (answer.ok !== true) {
      throw new CacheServiceError(
        `FinalizeCacheEntryUpload: the service did not accept the entry${serviceMessage(answer)}`,
      );
    }
  }

  /** Uploads `body` as the blob behind a signed upload URL: one Put Blob, or blocks. */
  async upload(url: URL, body: BlobBody, budget: Budget): Promise<void> {
    const size = bodySize(body);
    const { singlePutLimit, blockSize } = this.settings.upload ?? BLOB_UPLOAD;
    budget.extend(this.transferMs(size));
    if (size <= singlePutLimit) {
      await this.blobPut('Put Blob', url, body, { 'x-ms-blob-type': 'BlockBlob' }, budget);
      return;
    }
    const count = Math.ceil(size / blockSize);
    const ids = Array.from({ length: count }, (_, i) =>
      Buffer.from(`taskcache-block-${String(i).padStart(6, '0')}`).toString('base64'),
    );
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const i = next++;
        const start = i * blockSize;
        const blockUrl = new URL(url);
        blockUrl.searchParams.set('comp', 'block');
        blockUrl.searchParams.set('blockid', ids[i]!);
        await this.blobPut(
          'Put Block',
          blockUrl,
          sliceBody(body, start, Math.min(blockSize, size - start)),
          {},
          budget,
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(BLOCK_CONCURRENCY, count) }, worker));
    const listUrl = new URL(url);
    listUrl.searchParams.set('comp', 'blocklist');
    const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
    await this.blobPut(
      'Put Block List',
      listUrl,
      Buffer.from(xml),
      { 'content-type': 'application/xml' },
      budget,
    );
  }

  /** Downloads the blob behind a signed URL into `file`; its size. */
  async download(url: URL, file: string, budget: Budget): Promise<number> {
    return this.withRetries('blob download', budget, () =>
      this.send({
        what: 'blob download',
        method: 'GET',
        url,
        headers: { 'x-ms-version': AZURE_VERSION },
        budget,
        consume: async (res, moved, extend) => {
          const status = res.statusCode ?? 0;
          if (status !== 200) throw blobStatusError('blob download', res);
          const declared = contentLength(res);
          if (declared !== undefined) extend(this.transferMs(declared));
          const out = createWriteStream(file);
          let received = 0;
          await new Promise<void>((resolve, reject) => {
            const fail = (error: Error) => {
              res.destroy();
              out.destroy();
              reject(error);
            };
            res.on('data', (chunk: Buffer) => {
              received += chunk.length;
              moved(chunk.length);
              if (!out.write(chunk)) {
                res.pause();
                out.once('drain', () => res.resume());
              }
            });
            res.on('end', () => {
              if (declared !== undefined && received !== declared) {
                fail(
                  new CacheServiceError(
                    `blob download ended after ${received} of ${declared} bytes`,
                    true,
                  ),
                );
                return;
              }
              out.end((error?: Error | null) => (error ? reject(error) : resolve()));
            });
            let ended = false;
            res.on('end', () => {
              ended = true;
            });
            res.on('close', () => {
              if (ended) return;
              fail(
                new CacheServiceError(
                  `blob download: connection closed after ${received} bytes`,
                  true,
                ),
              );
            });
            res.on('error', (error) =>
              fail(
                new CacheServiceError(
                  `blob download: connection closed after ${received} bytes (${error.message})`,
                  true,
                ),
              ),
            );
            out.on('error', fail);
          });
          return received;
        },
      }),
    );
  }

  /**
   * The blob behind a signed URL as a stream, once the response has started: its size and
   * bytes. A connection cut midway is resumed from the byte reached (a Range request), within
   * the budget; a failure the budget cannot cover errors the stream. The deadlines hold while
   * the stream is read, except for the time its reader spends not asking for more.
   */
  async openDownload(url: URL, budget: Budget): Promise<{ size: number; body: Readable }> {
    const body = new PassThrough({ highWaterMark: 1 << 20 });
    let size: number | undefined;
    let offset = 0;
    let opened: (size: number) => void = () => {};
    const started = new Promise<number>((resolve) => {
      opened = resolve;
    });
    const attempt = () =>
      this.send({
        what: 'blob download',
        method: 'GET',
        url,
        headers: {
          'x-ms-version': AZURE_VERSION,
          ...(offset > 0 ? { 'x-ms-range': `bytes=${offset}-` } : {}),
        },
        budget,
        consume: async (res, moved, extend, hold) => {
          const status = res.statusCode ?? 0;
          if (status !== (offset > 0 ? 206 : 200)) throw blobStatusError('blob download', res);
          const declared = contentLength(res);
          if (offset > 0) {
            const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(res.headers['content-range'] ?? '');
            if (!range || Number(range[1]) !== offset || Number(range[3]) !== size) {
              res.resume();
              throw new CacheServiceError('blob download: the resumed range does not match');
            }
          } else {
            if (declared === undefined) {
              res.resume();
              throw new CacheServiceError('blob download: the answer has no Content-Length');
            }
            size = declared;
            extend(this.transferMs(declared));
            opened(declared);
          }
          await new Promise<void>((resolve, reject) => {
            let ended = false;
            const fail = (error: Error) => {
              body.off('drain', drained);
              body.off('close', gone);
              res.destroy();
              reject(error);
            };
            const drained = () => {
              hold(false);
              res.resume();
            };
            const gone = () => {
              if (!ended) fail(new CacheServiceError('blob download: the reader stopped'));
            };
            body.once('close', gone);
            res.on('data', (chunk: Buffer) => {
              offset += chunk.length;
              moved(chunk.length);
              if (!body.write(chunk)) {
                res.pause();
                hold(true);
                body.once('drain', drained);
              }
            });
            res.on('end', () => {
              ended = true;
              body.off('close', gone);
              if (offset !== size) {
                fail(
                  new CacheServiceError(
                    `blob download ended after ${offset} of ${size} bytes`,
                    true,
                  ),
                );
                return;
              }
              resolve();
            });
            res.on('close', () => {
              if (!ended) {
                fail(
                  new CacheServiceError(
                    `blob download: connection closed after ${offset} bytes`,
                    true,
                  ),
                );
              }
            });
            res.on('error', (error) =>
              fail(
                new CacheServiceError(
                  `blob download: connection closed after ${offset} bytes (${error.message})`,
                  true,
                ),
              ),
            );
          });
        },
      });
    const finished = this.withRetries('blob download', budget, attempt).then(
      () => {
        body.end();
      },
      (error: unknown) => {
        body.destroy(error instanceof Error ? error : new Error(String(error)));
        throw error;
      },
    );
    // Before the first answer, a failure is the caller's; after it, the stream's.
    const first = await Promise.race([started, finished.then(() => size ?? 0)]);
    finished.catch(() => {});
    return { size: first, body };
  }

  /** The blob behind a signed URL in memory (small blobs only). */
  async downloadSmall(url: URL, maxBytes: number, budget: Budget): Promise<Buffer | undefined> {
    return this.withRetries('blob download', budget, () =>
      this.send({
        what: 'blob download',
        method: 'GET',
        url,
        headers: { 'x-ms-version': AZURE_VERSION },
        budget,
        consume: async (res, moved) => {
          const status = res.statusCode ?? 0;
          if (status !== 200) throw blobStatusError('blob download', res);
          const declared = contentLength(res);
          if (declared !== undefined && declared > maxBytes) {
            res.destroy();
            return undefined;
          }
          const body = await readLimited(res, maxBytes, moved, 'blob download');
          if (body === undefined) return undefined;
          if (declared !== undefined && body.length !== declared) {
            throw new CacheServiceError(
              `blob download ended after ${body.length} of ${declared} bytes`,
              true,
            );
          }
          return body;
        },
      }),
    );
  }

  private transferMs(bytes: number): number {
    return Math.ceil((bytes / this.settings.deadlines.minBytesPerSecond) * 1000);
  }

  private async blobPut(
    what: string,
    url: URL,
    body: BlobBody | Buffer,
    headers: Record<string, string>,
    budget: Budget,
  ): Promise<void> {
    await this.withRetries(what, budget, () =>
      this.send({
        what,
        method: 'PUT',
        url,
        headers: { 'x-ms-version': AZURE_VERSION, ...headers },
        body,
        budget,
        consume: async (res) => {
          const status = res.statusCode ?? 0;
          res.resume();
          if (status !== 201) throw blobStatusError(what, res);
        },
      }),
    );
  }

  private async twirp(
    method: string,
    request: Record<string, unknown>,
    budget: Budget,
  ): Promise<Record<string, unknown>> {
    const url = new URL(`twirp/${SERVICE}/${method}`, this.base);
    return this.withRetries(method, budget, () =>
      this.send({
        what: method,
        method: 'POST',
        url,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Bearer ${this.settings.token}`,
        },
        body: Buffer.from(JSON.stringify(request)),
        budget,
        consume: async (res, moved) => {
          const status = res.statusCode ?? 0;
          const raw = await readLimited(res, MAX_TWIRP_RESPONSE, moved, method);
          let answer: unknown;
          try {
            answer = JSON.parse((raw ?? Buffer.alloc(0)).toString('utf8'));
          } catch {
            answer = undefined;
          }
          const object =
            typeof answer === 'object' && answer !== null && !Array.isArray(answer)
              ? (answer as Record<string, unknown>)
              : undefined;
          if (status === 200 && object) return object;
          const code = typeof object?.code === 'string' ? object.code : undefined;
          const msg = typeof object?.msg === 'string' ? `: ${object.msg}` : '';
          const text = `${method}: ${status}${code ? ` ${code}` : ''}${msg}`;
          if (status === 409 || code === 'already_exists') throw new ConflictError(text);
          const retryable = status === 429 || status >= 500 || (status === 200 && !object);
          throw new CacheServiceError(
            status === 200 ? `${method}: the answer is not a JSON object` : text,
            retryable,
            retryAfter(res.headers['retry-after']),
          );
        },
      }),
    );
  }

  /** Retries retryable failures with backoff while the budget allows. */
  private async withRetries<T>(what: string, budget: Budget, attempt: () => Promise<T>) {
    for (let n = 1; ; n += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof CacheServiceError) || !error.retryable || n >= MAX_ATTEMPTS) {
          throw error;
        }
        const backoff = 250 * 2 ** (n - 1) * (0.5 + Math.random() / 2);
        const wait = Math.max(backoff, error.retryAfterMs ?? 0);
        // A wait the budget cannot cover is not worth starting.
        if (wait + 1_000 > budget.remaining()) {
          throw new CacheServiceError(
            `${error.message} (gave up after ${n} attempt${n > 1 ? 's' : ''}: no time left for ${what})`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  /** One request under the deadlines. */
  private send<T>(options: Send<T>): Promise<T> {
    const { what, url, budget } = options;
    const d = this.settings.deadlines;
    const secure = url.protocol === 'https:';
    const body = options.body;
    const size = body === undefined ? 0 : Buffer.isBuffer(body) ? body.length : bodySize(body);
    const headers: Record<string, string> = {
      ...options.headers,
      'content-length': String(size),
    };
    if (budget.remaining() <= 0) {
      return Promise.reject(new CacheServiceError(`${what}: no time left`));
    }
    return new Promise<T>((resolve, reject) => {
      const req = (secure ? https : http).request(url, {
        method: options.method,
        headers,
        agent: secure ? this.httpsAgent : this.httpAgent,
      });
      let response: http.IncomingMessage | undefined;
      let settled = false;
      let moved = 0;
      let movedAtWindow = 0;
      const timers = new Set<NodeJS.Timeout>();
      const timer = (ms: number, message: string) => {
        const t = setTimeout(() => fail(new CacheServiceError(`${what}: ${message}`)), ms);
        timers.add(t);
        return t;
      };
      const clear = (t: NodeJS.Timeout | undefined) => {
        if (t === undefined) return;
        clearTimeout(t);
        timers.delete(t);
      };
      const done = () => {
        settled = true;
        for (const t of timers) clearTimeout(t);
        timers.clear();
        clearInterval(window);
      };
      const fail = (error: Error) => {
        if (settled) return;
        done();
        req.destroy();
        response?.destroy();
        reject(error);
      };
      let overall = timer(
        Math.max(0, budget.remaining()),
        `took longer than the overall bound of ${budget.totalMs} ms`,
      );
      let firstByte: NodeJS.Timeout | undefined;
      // Throughput: while a body moves, each full window must carry the minimum. The window
      // restarts when a body starts moving, so waiting for headers never counts against it.
      const needed = (d.minBytesPerSecond * d.windowMs) / 1000;
      let window: NodeJS.Timeout | undefined;
      const startWindow = () => {
        clearInterval(window);
        movedAtWindow = moved;
        window = setInterval(() => {
          const inWindow = moved - movedAtWindow;
          movedAtWindow = moved;
          if (inWindow < needed) {
            fail(
              new CacheServiceError(
                `${what}: ${inWindow} bytes in ${d.windowMs} ms, below the minimum of ${d.minBytesPerSecond} bytes/s`,
              ),
            );
          }
        }, d.windowMs);
      };
      const count = (bytes: number) => {
        moved += bytes;
      };
      let heldSince: number | undefined;
      const hold = (held: boolean) => {
        if (settled) return;
        if (held) {
          if (heldSince !== undefined) return;
          heldSince = Date.now();
          clearInterval(window);
          clear(overall);
          return;
        }
        if (heldSince === undefined) return;
        const ms = Date.now() - heldSince;
        heldSince = undefined;
        budget.extend(ms);
        overall = timer(
          Math.max(0, budget.remaining()),
          `took longer than the overall bound of ${budget.totalMs} ms`,
        );
        startWindow();
      };
      const extend = (ms: number) => {
        budget.extend(ms);
        clear(overall);
        overall = timer(
          Math.max(0, budget.remaining()),
          `took longer than the overall bound of ${budget.totalMs} ms plus ${Math.round(ms)} ms for the transfer`,
        );
      };

      req.on('socket', (socket) => {
        if (!socket.connecting) return;
        const connect = timer(d.connectMs, `could not connect within ${d.connectMs} ms`);
        socket.once('connect', () => clear(connect));
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        const code = error.code && !error.message.includes(error.code) ? ` (${error.code})` : '';
        fail(new CacheServiceError(`${what}: ${error.message}${code}`, true));
      });
      req.on('finish', () => {
        clearInterval(window);
        if (!settled && response === undefined) {
          firstByte = timer(d.firstByteMs, `no response within ${d.firstByteMs} ms`);
        }
      });
      req.on('response', (res) => {
        clear(firstByte);
        if (settled) {
          res.destroy();
          return;
        }
        response = res;
        startWindow();
        options.consume(res, count, extend, hold).then(
          (value) => {
            if (settled) return;
            done();
            resolve(value);
          },
          (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
        );
      });

      if (body === undefined || size === 0) {
        req.end();
        return;
      }
      if (Buffer.isBuffer(body)) {
        req.end(body);
        return;
      }
      startWindow();
      const source = openBody(body);
      source.on('data', (chunk: Buffer) => {
        count(chunk.length);
        if (!req.write(chunk)) source.pause();
      });
      req.on('drain', () => source.resume());
      source.on('end', () => req.end());
      source.on('error', (error) =>
        fail(new CacheServiceError(`${what}: reading the entry failed: ${error.message}`)),
      );
      req.on('close', () => source.destroy());
    });
  }
}

function parseSignedUrl(text: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CacheServiceError(`${what}: the signed URL is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CacheServiceError(`${what}: the signed URL is not http(s)`);
  }
  return url;
}

function serviceMessage(answer: Record<string, unknown>): string {
  return typeof answer.message === 'string' && answer.message !== '' ? ` (${answer.message})` : '';
}

function blobStatusError(what: string, res: http.IncomingMessage): CacheServiceError {
  res.resume();
  const status = res.statusCode ?? 0;
  const code = res.headers['x-ms-error-code'];
  return new CacheServiceError(
    `${what}: ${status}${typeof code === 'string' ? ` ${code}` : ''}`,
    status === 429 || status >= 500,
    retryAfter(res.headers['retry-after']),
  );
}

async function readLimited(
  res: http.IncomingMessage,
  maxBytes: number,
  moved: (bytes: number) => void,
  what: string,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of res) {
      total += (chunk as Buffer).length;
      moved((chunk as Buffer).length);
      if (total > maxBytes) {
        res.destroy();
        return undefined;
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw new CacheServiceError(`${what}: ${(error as Error).message}`, true);
  }
  if (!res.complete) {
    throw new CacheServiceError(`${what}: connection closed after ${total} bytes`, true);
  }
  return Buffer.concat(chunks);
}

function contentLength(res: http.IncomingMessage): number | undefined {
  const value = res.headers['content-length'];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

function retryAfter(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim()) * 1000;
}
