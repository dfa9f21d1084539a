// Requests to the GitHub cache service and its signed blob URLs under deadlines: a connect
// timeout, a first-byte timeout (from the request sent to the response headers), a minimum
// throughput checked over a window while bytes move, and an overall bound shared by all the
// requests of one store call (retries and backoff included), extended by the time a transfer
// of known size may take at the minimum throughput. Messages name the operation, never a URL
// or the token.
//
// Over ~350 lines: one request function holds every deadline's timer, so that each is set and
// cleared beside the others.

import { createReadStream } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { Readable } from 'node:stream';

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

export const bodySize = (body: BlobBody): number => body.prefix.length + body.fileLength;

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

export interface Send<T> {
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

/** One connection pool and the deadlines every request through it keeps. */
export class Transport {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });

  constructor(readonly deadlines: GithubDeadlines) {}

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  /** The time a transfer of `bytes` may take at the minimum throughput. */
  transferMs(bytes: number): number {
    return Math.ceil((bytes / this.deadlines.minBytesPerSecond) * 1000);
  }

  /** Retries retryable failures with backoff while the budget allows. */
  async withRetries<T>(what: string, budget: Budget, attempt: () => Promise<T>) {
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
  send<T>(options: Send<T>): Promise<T> {
    const { what, url, budget } = options;
    const d = this.deadlines;
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

export function blobStatusError(what: string, res: http.IncomingMessage): CacheServiceError {
  res.resume();
  const status = res.statusCode ?? 0;
  const code = res.headers['x-ms-error-code'];
  return new CacheServiceError(
    `${what}: ${status}${typeof code === 'string' ? ` ${code}` : ''}`,
    status === 429 || status >= 500,
    retryAfter(res.headers['retry-after']),
  );
}

export async function readLimited(
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

export function contentLength(res: http.IncomingMessage): number | undefined {
  const value = res.headers['content-length'];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

export function retryAfter(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim()) * 1000;
}
