// The HTTP client of the remote stores (http, turbo): node:http with a connect timeout, an
// idle timeout on every byte moved, bounded retries with exponential backoff and jitter
// (honouring Retry-After), request bodies that can be re-opened for a retry, and response
// bodies that fail loudly when they are cut short. node:http rather than fetch: undici's
// connect timeout cannot be set without a dispatcher from a package we do not depend on, and
// fetch would silently decompress or follow redirects, which a cache must not do.
//
// Credentials travel only in headers given by the caller, never in a URL, so no message
// built here can carry one.

import { createReadStream } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { pipeline, Readable } from 'node:stream';

export const HTTP_DEFAULTS = {
  connectTimeoutMs: 5_000,
  idleTimeoutMs: 15_000,
  maxAttempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
} as const;

export interface HttpClientOptions {
  /** Time to establish a TCP connection. */
  readonly connectTimeoutMs?: number;
  /** Longest silence while sending a request or waiting for or reading a response. */
  readonly idleTimeoutMs?: number;
  /** Attempts per request, first included; each loop in here is bounded by it. */
  readonly maxAttempts?: number;
  /** First backoff delay; doubles per retry, with jitter. */
  readonly baseDelayMs?: number;
  /** Cap on any one wait between attempts, Retry-After included. */
  readonly maxDelayMs?: number;
  /** Sent with every request (authentication, user-supplied headers). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A request body that can be opened again for a retry. */
export interface BodySource {
  readonly size: number;
  open(): Readable;
}

/** One part of a body: bytes in memory or a whole file on disk. */
export type BodyPart = Buffer | { readonly path: string; readonly size: number };

/** A body made of buffers and files in order, streamed from disk on every attempt. */
export function bodyOf(...parts: readonly BodyPart[]): BodySource {
  const size = parts.reduce(
    (total, part) => total + (Buffer.isBuffer(part) ? part.length : part.size),
    0,
  );
  return {
    size,
    open: () =>
      Readable.from(
        (async function* () {
          for (const part of parts) {
            if (Buffer.isBuffer(part)) {
              if (part.length > 0) yield part;
            } else if (part.size > 0) {
              yield* createReadStream(part.path, { highWaterMark: 1 << 20 });
            }
          }
        })(),
        { objectMode: false },
      ),
  };
}

export type HttpMethod = 'GET' | 'HEAD' | 'PUT';

export interface HttpRequest {
  readonly method: HttpMethod;
  readonly url: URL;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: BodySource;
}

export interface HttpResponse<Body> {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Body;
  /** Requests sent for this one call, retries included. */
  readonly attempts: number;
}

/** Why a request could not be completed; the message names no URL and no credential. */
export type HttpFailureReason =
  | 'connect-timeout'
  | 'idle-timeout'
  | 'network'
  | 'truncated'
  | 'too-large';

export class HttpFailure extends Error {
  override readonly name = 'HttpFailure';
  constructor(
    message: string,
    readonly reason: HttpFailureReason,
    readonly attempts = 1,
    /** Nothing reached the server (a stale keep-alive connection): any method may retry. */
    readonly unsent = false,
  ) {
    super(message);
  }
}

const RETRYABLE_STATUS = (status: number): boolean => status === 429 || status >= 500;
const isRead = (method: HttpMethod): boolean => method === 'GET' || method === 'HEAD';

export class HttpClient {
  private readonly connectTimeoutMs: number;
  private readonly idleTimeoutMs: number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly headers: Readonly<Record<string, string>>;
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });

  constructor(options: HttpClientOptions = {}) {
    this.connectTimeoutMs = options.connectTimeoutMs ?? HTTP_DEFAULTS.connectTimeoutMs;
    this.idleTimeoutMs = options.idleTimeoutMs ?? HTTP_DEFAULTS.idleTimeoutMs;
    this.maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? HTTP_DEFAULTS.maxAttempts));
    this.baseDelayMs = options.baseDelayMs ?? HTTP_DEFAULTS.baseDelayMs;
    this.maxDelayMs = options.maxDelayMs ?? HTTP_DEFAULTS.maxDelayMs;
    this.headers = options.headers ?? {};
  }

  /**
   * Sends a request and reads the whole response body (for small objects). A read whose
   * body is cut short is retried like a failed connection.
   */
  async buffered(request: HttpRequest, maxBytes: number): Promise<HttpResponse<Buffer>> {
    return this.withRetries(request, async (res) => {
      if (request.method === 'HEAD') {
        res.resume();
        return Buffer.alloc(0);
      }
      const declared = contentLength(res);
      if (declared !== undefined && declared > maxBytes) {
        res.destroy();
        throw new HttpFailure(
          `response of ${declared} bytes exceeds the limit of ${maxBytes}`,
          'too-large',
        );
      }
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of this.guard(res)) {
        total += (chunk as Buffer).length;
        if (total > maxBytes) {
          res.destroy();
          throw new HttpFailure(`response exceeds the limit of ${maxBytes} bytes`, 'too-large');
        }
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    });
  }

  /**
   * Sends a request and hands back the response body as a stream once the headers are in.
   * Only the exchange up to the headers is retried: a body that stalls or is cut short
   * later errors the stream, and is never passed off as complete.
   */
  async streamed(request: HttpRequest): Promise<HttpResponse<Readable>> {
    return this.withRetries(request, async (res) => this.guard(res));
  }

  /** Closes idle keep-alive connections. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private async withRetries<Body>(
    request: HttpRequest,
    read: (res: http.IncomingMessage) => Promise<Body>,
  ): Promise<HttpResponse<Body>> {
    let lastError: unknown;
    let attempts = 0;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      attempts = attempt;
      const last = attempt === this.maxAttempts;
      let res: http.IncomingMessage;
      try {
        res = await this.send(request);
      } catch (error) {
        lastError = error;
        const retryable = isRead(request.method) || (error instanceof HttpFailure && error.unsent);
        if (last || !retryable) break;
        await sleep(this.backoff(attempt, undefined));
        continue;
      }
      const status = res.statusCode ?? 0;
      if (RETRYABLE_STATUS(status) && !last) {
        res.resume();
        await sleep(this.backoff(attempt, retryAfterMs(res.headers['retry-after'])));
        continue;
      }
      try {
        const body = await read(res);
        return { status, headers: res.headers, body, attempts: attempt };
      } catch (error) {
        lastError = error;
        const retryable =
          isRead(request.method) && error instanceof HttpFailure && error.reason !== 'too-large';
        if (last || !retryable) break;
        await sleep(this.backoff(attempt, undefined));
      }
    }
    throw withAttempts(lastError, attempts);
  }

  /** Exponential backoff with jitter (half fixed, half random); a Retry-After is respected. */
  private backoff(attempt: number, retryAfter: number | undefined): number {
    const exponential = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    const jittered = exponential / 2 + (Math.random() * exponential) / 2;
    return Math.min(this.maxDelayMs, Math.max(jittered, retryAfter ?? 0));
  }

  /** One attempt, up to the response headers. */
  private send(request: HttpRequest): Promise<http.IncomingMessage> {
    const { url, method, body } = request;
    const secure = url.protocol === 'https:';
    const headers: Record<string, string> = { ...this.headers, ...request.headers };
    if (body) headers['content-length'] = String(body.size);
    return new Promise((resolve, reject) => {
      const req = (secure ? https : http).request(url, {
        method,
        headers,
        agent: secure ? this.httpsAgent : this.httpAgent,
      });
      let settled = false;
      let connectTimer: NodeJS.Timeout | undefined;
      // After the headers, errors belong to the response body and its guard.
      const fail = (error: Error) => {
        clearTimeout(connectTimer);
        if (settled) return;
        settled = true;
        reject(error);
        req.destroy();
      };
      req.on('socket', (socket) => {
        if (!socket.connecting) return;
        connectTimer = setTimeout(
          () =>
            fail(
              new HttpFailure(
                `could not connect within ${this.connectTimeoutMs} ms`,
                'connect-timeout',
              ),
            ),
          this.connectTimeoutMs,
        );
        socket.once('connect', () => clearTimeout(connectTimer));
      });
      // Silence while sending or while waiting for the headers; the body has its own guard.
      req.setTimeout(this.idleTimeoutMs, () =>
        fail(new HttpFailure(`no response within ${this.idleTimeoutMs} ms`, 'idle-timeout')),
      );
      req.on('error', (error) => {
        const failure = networkFailure(error);
        // Node's advice: a reset on a reused keep-alive socket means the server had closed it.
        const stale = req.reusedSocket && (error as NodeJS.ErrnoException).code === 'ECONNRESET';
        fail(stale ? new HttpFailure(failure.message, 'network', 1, true) : failure);
      });
      req.on('response', (res) => {
        clearTimeout(connectTimer);
        req.setTimeout(0);
        if (settled) {
          res.destroy();
          return;
        }
        settled = true;
        resolve(res);
      });
      if (!body || body.size === 0) {
        req.end();
        return;
      }
      // pipeline, not pipe: a failed request must also close the file being sent.
      pipeline(body.open(), req, (error) => {
        if (error) fail(error);
      });
    });
  }

  /** The response body, failing on silence, on a short or long body, or on a reset. */
  private guard(res: http.IncomingMessage): Readable {
    return guardStream(res, { idleMs: this.idleTimeoutMs, expectedBytes: contentLength(res) });
  }
}

/**
 * Wraps a download so it errors instead of ending early: when the source is silent for
 * `idleMs` while the reader waits for data, when it ends short of (or runs past)
 * `expectedBytes`, or when its connection closes before the end. Time the reader spends not
 * asking for data (backpressure) never counts as silence.
 */
export function guardStream(
  source: Readable,
  options: { idleMs: number; expectedBytes?: number | undefined },
): Readable {
  const { idleMs, expectedBytes } = options;
  let received = 0;
  let timer: NodeJS.Timeout | undefined;
  let ended = false;
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const fail = (error: Error) => {
    stop();
    if (!out.destroyed) out.destroy(error);
  };
  const arm = () => {
    stop();
    timer = setTimeout(
      () => fail(new HttpFailure(`download stalled: no data for ${idleMs} ms`, 'idle-timeout')),
      idleMs,
    );
  };
  const out = new Readable({
    read() {
      if (ended) return;
      arm();
      source.resume();
    },
    destroy(error, callback) {
      stop();
      if (!ended) source.destroy();
      callback(error);
    },
  });
  source.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (expectedBytes !== undefined && received > expectedBytes) {
      fail(
        new HttpFailure(
          `download is longer than the ${expectedBytes} bytes announced`,
          'truncated',
        ),
      );
      return;
    }
    arm();
    if (!out.push(chunk)) {
      source.pause();
      stop();
    }
  });
  source.on('end', () => {
    ended = true;
    stop();
    if (expectedBytes !== undefined && received !== expectedBytes) {
      fail(
        new HttpFailure(`download ended after ${received} of ${expectedBytes} bytes`, 'truncated'),
      );
      return;
    }
    out.push(null);
  });
  source.on('error', (error) => fail(networkFailure(error)));
  source.on('close', () => {
    if (!ended) {
      fail(
        new HttpFailure(`connection closed after ${received} bytes of the download`, 'truncated'),
      );
    }
  });
  source.pause();
  return out;
}

function contentLength(res: http.IncomingMessage): number | undefined {
  const value = res.headers['content-length'];
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/** Retry-After as a delay: delta-seconds or an HTTP date; undefined when absent or invalid. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

function networkFailure(error: Error): Error {
  if (error instanceof HttpFailure) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const text =
    code === 'ECONNRESET' && error.message === 'aborted' ? 'connection reset' : error.message;
  return new HttpFailure(code && !text.includes(code) ? `${text} (${code})` : text, 'network');
}

function withAttempts(error: unknown, attempts: number): Error {
  if (error instanceof HttpFailure) {
    return new HttpFailure(
      attempts > 1 ? `${error.message} (after ${attempts} attempts)` : error.message,
      error.reason,
      attempts,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
