// The HTTP client of the remote stores (http, turbo): node:http with deadlines on every call
// (connect, first byte, a minimum throughput for bodies both ways, an overall bound that
// retries count against), bounded retries with exponential backoff and jitter (honouring
// Retry-After), request bodies that can be re-opened for a retry, and response bodies that fail
// loudly when they are cut short. A time-out is never retried: the server is hung, and the
// client refuses every later request, so a broken store costs one time-out per invocation.
//
// node:http rather than undici (which the action bundles anyway, through @actions/http-client):
// the same client over undici's request passed the fault-proxy tests and was faster on one
// large download at a time, but no faster on small requests or uploads, while loading it
// slows the start of every CLI run with an HTTP remote by more than that gain on a typical
// entry, and would more than double the CLI's bundle (bench/http-client.mjs,
// bench/results/http-client-*.json).
// Its RetryAgent would not replace the retries here: it cannot send a streamed upload again,
// and knows no bound on the whole call. fetch would also decompress or follow redirects, which
// a cache must not do.
//
// Credentials travel only in headers given by the caller, never in a URL, so no message
// built here can carry one.
//
// Longer than most files here because the client is one class: its retry loop, one attempt
// and the upload meter share the deadlines it is built with. Its errors are in
// ./http-failure.ts, the guard of response bodies in ./guard-stream.ts.

import { createReadStream } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { pipeline, Readable, Transform } from 'node:stream';
import { STORE_DEADLINES } from './deadlines.js';
import { guardStream } from './guard-stream.js';
import { HttpFailure, isTimeout, networkFailure } from './http-failure.js';

export { type GuardOptions, guardStream } from './guard-stream.js';
export { HttpFailure, type HttpFailureReason, isTimeout } from './http-failure.js';

export const HTTP_DEFAULTS = {
  connectTimeoutMs: STORE_DEADLINES.connectMs,
  idleTimeoutMs: STORE_DEADLINES.firstByteMs,
  minBytesPerSecond: STORE_DEADLINES.minBytesPerSecond,
  throughputWindowMs: STORE_DEADLINES.throughputWindowMs,
  operationMs: STORE_DEADLINES.operationMs,
  maxAttempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
} as const;

export interface HttpClientOptions {
  /** Time to establish a TCP connection. */
  readonly connectTimeoutMs?: number;
  /** Longest silence while sending a request or waiting for or reading a response. */
  readonly idleTimeoutMs?: number;
  /** Slowest body transfer tolerated (either way), measured over `throughputWindowMs`. */
  readonly minBytesPerSecond?: number;
  readonly throughputWindowMs?: number;
  /**
   * Bound on one call, retries and waits included; a body adds its size at the minimum rate
   * (a request body from the start, a response body once its length is announced).
   */
  readonly operationMs?: number;
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

export type HttpMethod = 'GET' | 'HEAD' | 'PUT' | 'DELETE';

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

const RETRYABLE_STATUS = (status: number): boolean => status === 429 || status >= 500;
const isRead = (method: HttpMethod): boolean => method === 'GET' || method === 'HEAD';

export class HttpClient {
  private readonly connectTimeoutMs: number;
  private readonly idleTimeoutMs: number;
  private readonly minBytesPerSecond: number;
  private readonly throughputWindowMs: number;
  private readonly operationMs: number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly headers: Readonly<Record<string, string>>;
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });
  /** The first time-out: every later request fails at once with it. */
  private timedOut: HttpFailure | undefined;

  constructor(options: HttpClientOptions = {}) {
    this.connectTimeoutMs = options.connectTimeoutMs ?? HTTP_DEFAULTS.connectTimeoutMs;
    this.idleTimeoutMs = options.idleTimeoutMs ?? HTTP_DEFAULTS.idleTimeoutMs;
    this.minBytesPerSecond = options.minBytesPerSecond ?? HTTP_DEFAULTS.minBytesPerSecond;
    this.throughputWindowMs = options.throughputWindowMs ?? HTTP_DEFAULTS.throughputWindowMs;
    this.operationMs = options.operationMs ?? HTTP_DEFAULTS.operationMs;
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
    return this.withRetries(request, async (res, deadlineAt) => {
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
      for await (const chunk of this.guard(res, deadlineAt)) {
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
   * Only the exchange up to the headers is retried: a body that stalls, trickles or is cut
   * short later errors the stream (with `mapError` applied), and is never passed off as
   * complete.
   */
  async streamed(
    request: HttpRequest,
    mapError: (error: Error) => Error = (error) => error,
  ): Promise<HttpResponse<Readable>> {
    return this.withRetries(request, async (res, deadlineAt) =>
      this.guard(res, deadlineAt, mapError),
    );
  }

  /** Closes idle keep-alive connections, and aborts those in use. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private noteTimeout(error: unknown): void {
    if (this.timedOut === undefined && isTimeout(error)) this.timedOut = error;
  }

  private async withRetries<Body>(
    request: HttpRequest,
    read: (res: http.IncomingMessage, deadlineAt: number) => Promise<Body>,
  ): Promise<HttpResponse<Body>> {
    if (this.timedOut) {
      throw new HttpFailure(
        `not tried: an earlier request timed out (${this.timedOut.message})`,
        this.timedOut.reason,
      );
    }
    const deadlineAt =
      Date.now() +
      this.operationMs +
      Math.ceil(((request.body?.size ?? 0) * 1000) / this.minBytesPerSecond);
    let lastError: unknown;
    let attempts = 0;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      attempts = attempt;
      const last = attempt === this.maxAttempts;
      let res: http.IncomingMessage;
      try {
        res = await this.send(request, deadlineAt);
      } catch (error) {
        lastError = error;
        const retryable =
          !isTimeout(error) &&
          (isRead(request.method) || (error instanceof HttpFailure && error.unsent));
        if (last || !retryable) break;
        if (!(await this.pause(this.backoff(attempt, undefined), deadlineAt))) break;
        continue;
      }
      const status = res.statusCode ?? 0;
      if (RETRYABLE_STATUS(status) && !last) {
        res.resume();
        const wait = this.backoff(attempt, retryAfterMs(res.headers['retry-after']));
        if (await this.pause(wait, deadlineAt)) continue;
        // No time left for another attempt: this answer is the result.
        return { status, headers: res.headers, body: await read(res, deadlineAt), attempts };
      }
      try {
        const body = await read(res, deadlineAt);
        return { status, headers: res.headers, body, attempts: attempt };
      } catch (error) {
        lastError = error;
        const retryable =
          isRead(request.method) &&
          error instanceof HttpFailure &&
          error.reason !== 'too-large' &&
          !isTimeout(error);
        if (last || !retryable) break;
        if (!(await this.pause(this.backoff(attempt, undefined), deadlineAt))) break;
      }
    }
    this.noteTimeout(lastError);
    throw withAttempts(lastError, attempts);
  }

  /** Waits `ms` if the call's deadline leaves room for it and for an attempt after it. */
  private async pause(ms: number, deadlineAt: number): Promise<boolean> {
    if (Date.now() + ms >= deadlineAt) return false;
    await sleep(ms);
    return true;
  }

  /** Exponential backoff with jitter (half fixed, half random); a Retry-After is respected. */
  private backoff(attempt: number, retryAfter: number | undefined): number {
    const exponential = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    const jittered = exponential / 2 + (Math.random() * exponential) / 2;
    return Math.min(this.maxDelayMs, Math.max(jittered, retryAfter ?? 0));
  }

  /** One attempt, up to the response headers. */
  private send(request: HttpRequest, deadlineAt: number): Promise<http.IncomingMessage> {
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
      let deadlineTimer: NodeJS.Timeout | undefined;
      const meter = body && body.size > 0 ? this.uploadMeter() : undefined;
      const stopTimers = () => {
        clearTimeout(connectTimer);
        clearTimeout(deadlineTimer);
        meter?.stop();
      };
      // After the headers, errors belong to the response body and its guard.
      const fail = (error: Error) => {
        stopTimers();
        if (settled) return;
        settled = true;
        reject(error);
        req.destroy();
      };
      deadlineTimer = setTimeout(
        () =>
          fail(
            new HttpFailure(
              `no complete answer within ${this.operationMs} ms (the bound of one call)`,
              'deadline',
            ),
          ),
        Math.max(0, deadlineAt - Date.now()),
      );
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
        stopTimers();
        req.setTimeout(0);
        if (settled) {
          res.destroy();
          return;
        }
        settled = true;
        resolve(res);
      });
      if (!body || body.size === 0 || !meter) {
        req.end();
        return;
      }
      // pipeline, not pipe: a failed request must also close the file being sent.
      meter.start(fail);
      pipeline(body.open(), meter.stream, req, (error) => {
        meter.stop();
        if (error) fail(error);
      });
    });
  }

  /** Counts the bytes of an upload and fails it when fewer than the minimum went by. */
  private uploadMeter() {
    const windowMs = this.throughputWindowMs;
    const minimum = Math.ceil((this.minBytesPerSecond * windowMs) / 1000);
    let bytes = 0;
    let timer: NodeJS.Timeout | undefined;
    const stream = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        callback(null, chunk);
      },
    });
    return {
      stream,
      start: (fail: (error: Error) => void) => {
        timer = setInterval(() => {
          if (bytes < minimum) {
            fail(
              new HttpFailure(
                `upload too slow: ${bytes} bytes in ${windowMs} ms (at least ${this.minBytesPerSecond} bytes/s wanted)`,
                'too-slow',
              ),
            );
          }
          bytes = 0;
        }, windowMs);
      },
      stop: () => clearInterval(timer),
    };
  }

  /** The response body, failing on silence, a trickle, a short or long body, or a reset. */
  private guard(
    res: http.IncomingMessage,
    deadlineAt: number,
    mapError: (error: Error) => Error = (error) => error,
  ): Readable {
    const expectedBytes = contentLength(res);
    return guardStream(res, {
      idleMs: this.idleTimeoutMs,
      expectedBytes,
      minBytesPerSecond: this.minBytesPerSecond,
      windowMs: this.throughputWindowMs,
      // The call's bound, extended by the announced body at the minimum rate; a body of
      // unknown length has the throughput floor only.
      deadlineAt:
        expectedBytes === undefined
          ? undefined
          : deadlineAt + Math.ceil((expectedBytes * 1000) / this.minBytesPerSecond),
      onError: (error) => {
        this.noteTimeout(error);
        return mapError(error);
      },
    });
  }
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
