import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  STORE_DEADLINES
} from "./chunk-XJK27DBY.js";

// src/adapters/http-failure.ts
var TIMEOUTS = /* @__PURE__ */ new Set([
  "connect-timeout",
  "idle-timeout",
  "too-slow",
  "deadline"
]);
function isTimeout(error) {
  return error instanceof HttpFailure && TIMEOUTS.has(error.reason);
}
var HttpFailure = class extends Error {
  constructor(message, reason, attempts = 1, unsent = false) {
    super(message);
    this.reason = reason;
    this.attempts = attempts;
    this.unsent = unsent;
  }
  reason;
  attempts;
  unsent;
  name = "HttpFailure";
};
function networkFailure(error) {
  if (error instanceof HttpFailure) return error;
  const code = error.code;
  const text = code === "ECONNRESET" && error.message === "aborted" ? "connection reset" : error.message;
  return new HttpFailure(code && !text.includes(code) ? `${text} (${code})` : text, "network");
}

// src/adapters/guard-stream.ts
import { Readable } from "node:stream";
function guardStream(source, options) {
  const { idleMs, expectedBytes, minBytesPerSecond, deadlineAt } = options;
  const windowMs = options.windowMs ?? idleMs;
  const minimum = minBytesPerSecond === void 0 ? 0 : Math.ceil(minBytesPerSecond * windowMs / 1e3);
  let received = 0;
  let timer;
  let windowTimer;
  let windowBytes = 0;
  let ended = false;
  const stop = () => {
    clearTimeout(timer);
    timer = void 0;
  };
  const stopWindow = () => {
    clearTimeout(windowTimer);
    windowTimer = void 0;
  };
  const fail = (error) => {
    stop();
    stopWindow();
    clearTimeout(deadlineTimer);
    if (!out.destroyed) out.destroy(options.onError ? options.onError(error) : error);
  };
  const arm = () => {
    stop();
    timer = setTimeout(
      () => fail(new HttpFailure(`download stalled: no data for ${idleMs} ms`, "idle-timeout")),
      idleMs
    );
  };
  const startWindow = () => {
    if (minimum === 0 || windowTimer !== void 0) return;
    windowBytes = 0;
    windowTimer = setTimeout(() => {
      windowTimer = void 0;
      if (windowBytes < minimum) {
        fail(
          new HttpFailure(
            `download too slow: ${windowBytes} bytes in ${windowMs} ms (at least ${minBytesPerSecond} bytes/s wanted)`,
            "too-slow"
          )
        );
        return;
      }
      startWindow();
    }, windowMs);
  };
  const deadlineTimer = deadlineAt === void 0 ? void 0 : setTimeout(
    () => fail(
      new HttpFailure(
        `download not complete by its deadline (${received} bytes in)`,
        "deadline"
      )
    ),
    Math.max(0, deadlineAt - Date.now())
  );
  const out = new Readable({
    read() {
      if (ended) return;
      arm();
      startWindow();
      source.resume();
    },
    destroy(error, callback) {
      stop();
      stopWindow();
      clearTimeout(deadlineTimer);
      if (!ended) source.destroy();
      callback(error);
    }
  });
  source.on("data", (chunk) => {
    received += chunk.length;
    windowBytes += chunk.length;
    if (expectedBytes !== void 0 && received > expectedBytes) {
      fail(
        new HttpFailure(
          `download is longer than the ${expectedBytes} bytes announced`,
          "truncated"
        )
      );
      return;
    }
    arm();
    if (!out.push(chunk)) {
      source.pause();
      stop();
      stopWindow();
    }
  });
  source.on("end", () => {
    ended = true;
    stop();
    stopWindow();
    clearTimeout(deadlineTimer);
    if (expectedBytes !== void 0 && received !== expectedBytes) {
      fail(
        new HttpFailure(`download ended after ${received} of ${expectedBytes} bytes`, "truncated")
      );
      return;
    }
    out.push(null);
  });
  source.on("error", (error) => fail(networkFailure(error)));
  source.on("close", () => {
    if (!ended) {
      fail(
        new HttpFailure(`connection closed after ${received} bytes of the download`, "truncated")
      );
    }
  });
  source.pause();
  return out;
}

// src/adapters/http-client.ts
import { createReadStream } from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import { pipeline, Readable as Readable2, Transform } from "node:stream";
var HTTP_DEFAULTS = {
  connectTimeoutMs: STORE_DEADLINES.connectMs,
  idleTimeoutMs: STORE_DEADLINES.firstByteMs,
  minBytesPerSecond: STORE_DEADLINES.minBytesPerSecond,
  throughputWindowMs: STORE_DEADLINES.throughputWindowMs,
  operationMs: STORE_DEADLINES.operationMs,
  maxAttempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 1e4
};
function bodyOf(...parts) {
  const size = parts.reduce(
    (total, part) => total + (Buffer.isBuffer(part) ? part.length : part.size),
    0
  );
  return {
    size,
    open: () => Readable2.from(
      (async function* () {
        for (const part of parts) {
          if (Buffer.isBuffer(part)) {
            if (part.length > 0) yield part;
          } else if (part.size > 0) {
            yield* createReadStream(part.path, { highWaterMark: 1 << 20 });
          }
        }
      })(),
      { objectMode: false }
    )
  };
}
var RETRYABLE_STATUS = (status) => status === 429 || status >= 500;
var isRead = (method) => method === "GET" || method === "HEAD";
var HttpClient = class {
  connectTimeoutMs;
  idleTimeoutMs;
  minBytesPerSecond;
  throughputWindowMs;
  operationMs;
  maxAttempts;
  baseDelayMs;
  maxDelayMs;
  headers;
  httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });
  /** The first time-out: every later request fails at once with it. */
  timedOut;
  constructor(options = {}) {
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
  async buffered(request, maxBytes) {
    return this.withRetries(request, async (res, deadlineAt) => {
      if (request.method === "HEAD") {
        res.resume();
        return Buffer.alloc(0);
      }
      const declared = contentLength(res);
      if (declared !== void 0 && declared > maxBytes) {
        res.destroy();
        throw new HttpFailure(
          `response of ${declared} bytes exceeds the limit of ${maxBytes}`,
          "too-large"
        );
      }
      const chunks = [];
      let total = 0;
      for await (const chunk of this.guard(res, deadlineAt)) {
        total += chunk.length;
        if (total > maxBytes) {
          res.destroy();
          throw new HttpFailure(`response exceeds the limit of ${maxBytes} bytes`, "too-large");
        }
        chunks.push(chunk);
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
  async streamed(request, mapError = (error) => error) {
    return this.withRetries(
      request,
      async (res, deadlineAt) => this.guard(res, deadlineAt, mapError)
    );
  }
  /** Closes idle keep-alive connections, and aborts those in use. */
  close() {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
  noteTimeout(error) {
    if (this.timedOut === void 0 && isTimeout(error)) this.timedOut = error;
  }
  async withRetries(request, read) {
    if (this.timedOut) {
      throw new HttpFailure(
        `not tried: an earlier request timed out (${this.timedOut.message})`,
        this.timedOut.reason
      );
    }
    const deadlineAt = Date.now() + this.operationMs + Math.ceil((request.body?.size ?? 0) * 1e3 / this.minBytesPerSecond);
    let lastError;
    let attempts = 0;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      attempts = attempt;
      const last = attempt === this.maxAttempts;
      let res;
      try {
        res = await this.send(request, deadlineAt);
      } catch (error) {
        lastError = error;
        const retryable = !isTimeout(error) && (isRead(request.method) || error instanceof HttpFailure && error.unsent);
        if (last || !retryable) break;
        if (!await this.pause(this.backoff(attempt, void 0), deadlineAt)) break;
        continue;
      }
      const status = res.statusCode ?? 0;
      if (RETRYABLE_STATUS(status) && !last) {
        res.resume();
        const wait = this.backoff(attempt, retryAfterMs(res.headers["retry-after"]));
        if (await this.pause(wait, deadlineAt)) continue;
        return { status, headers: res.headers, body: await read(res, deadlineAt), attempts };
      }
      try {
        const body = await read(res, deadlineAt);
        return { status, headers: res.headers, body, attempts: attempt };
      } catch (error) {
        lastError = error;
        const retryable = isRead(request.method) && error instanceof HttpFailure && error.reason !== "too-large" && !isTimeout(error);
        if (last || !retryable) break;
        if (!await this.pause(this.backoff(attempt, void 0), deadlineAt)) break;
      }
    }
    this.noteTimeout(lastError);
    throw withAttempts(lastError, attempts);
  }
  /** Waits `ms` if the call's deadline leaves room for it and for an attempt after it. */
  async pause(ms, deadlineAt) {
    if (Date.now() + ms >= deadlineAt) return false;
    await sleep(ms);
    return true;
  }
  /** Exponential backoff with jitter (half fixed, half random); a Retry-After is respected. */
  backoff(attempt, retryAfter) {
    const exponential = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    const jittered = exponential / 2 + Math.random() * exponential / 2;
    return Math.min(this.maxDelayMs, Math.max(jittered, retryAfter ?? 0));
  }
  /** One attempt, up to the response headers. */
  send(request, deadlineAt) {
    const { url, method, body } = request;
    const secure = url.protocol === "https:";
    const headers = { ...this.headers, ...request.headers };
    if (body) headers["content-length"] = String(body.size);
    return new Promise((resolve, reject) => {
      const req = (secure ? https : http).request(url, {
        method,
        headers,
        agent: secure ? this.httpsAgent : this.httpAgent
      });
      let settled = false;
      let connectTimer;
      let deadlineTimer;
      const meter = body && body.size > 0 ? this.uploadMeter() : void 0;
      const stopTimers = () => {
        clearTimeout(connectTimer);
        clearTimeout(deadlineTimer);
        meter?.stop();
      };
      const fail = (error) => {
        stopTimers();
        if (settled) return;
        settled = true;
        reject(error);
        req.destroy();
      };
      deadlineTimer = setTimeout(
        () => fail(
          new HttpFailure(
            `no complete answer within ${this.operationMs} ms (the bound of one call)`,
            "deadline"
          )
        ),
        Math.max(0, deadlineAt - Date.now())
      );
      req.on("socket", (socket) => {
        if (!socket.connecting) return;
        connectTimer = setTimeout(
          () => fail(
            new HttpFailure(
              `could not connect within ${this.connectTimeoutMs} ms`,
              "connect-timeout"
            )
          ),
          this.connectTimeoutMs
        );
        socket.once("connect", () => clearTimeout(connectTimer));
      });
      req.setTimeout(
        this.idleTimeoutMs,
        () => fail(new HttpFailure(`no response within ${this.idleTimeoutMs} ms`, "idle-timeout"))
      );
      req.on("error", (error) => {
        const failure = networkFailure(error);
        const stale = req.reusedSocket && error.code === "ECONNRESET";
        fail(stale ? new HttpFailure(failure.message, "network", 1, true) : failure);
      });
      req.on("response", (res) => {
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
      meter.start(fail);
      pipeline(body.open(), meter.stream, req, (error) => {
        meter.stop();
        if (error) fail(error);
      });
    });
  }
  /** Counts the bytes of an upload and fails it when fewer than the minimum went by. */
  uploadMeter() {
    const windowMs = this.throughputWindowMs;
    const minimum = Math.ceil(this.minBytesPerSecond * windowMs / 1e3);
    let bytes = 0;
    let timer;
    const stream = new Transform({
      transform(chunk, _encoding, callback) {
        bytes += chunk.length;
        callback(null, chunk);
      }
    });
    return {
      stream,
      start: (fail) => {
        timer = setInterval(() => {
          if (bytes < minimum) {
            fail(
              new HttpFailure(
                `upload too slow: ${bytes} bytes in ${windowMs} ms (at least ${this.minBytesPerSecond} bytes/s wanted)`,
                "too-slow"
              )
            );
          }
          bytes = 0;
        }, windowMs);
      },
      stop: () => clearInterval(timer)
    };
  }
  /** The response body, failing on silence, a trickle, a short or long body, or a reset. */
  guard(res, deadlineAt, mapError = (error) => error) {
    const expectedBytes = contentLength(res);
    return guardStream(res, {
      idleMs: this.idleTimeoutMs,
      expectedBytes,
      minBytesPerSecond: this.minBytesPerSecond,
      windowMs: this.throughputWindowMs,
      // The call's bound, extended by the announced body at the minimum rate; a body of
      // unknown length has the throughput floor only.
      deadlineAt: expectedBytes === void 0 ? void 0 : deadlineAt + Math.ceil(expectedBytes * 1e3 / this.minBytesPerSecond),
      onError: (error) => {
        this.noteTimeout(error);
        return mapError(error);
      }
    });
  }
};
function contentLength(res) {
  const value = res.headers["content-length"];
  if (value === void 0 || !/^\d+$/.test(value)) return void 0;
  return Number(value);
}
function retryAfterMs(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function withAttempts(error, attempts) {
  if (error instanceof HttpFailure) {
    return new HttpFailure(
      attempts > 1 ? `${error.message} (after ${attempts} attempts)` : error.message,
      error.reason,
      attempts
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export {
  isTimeout,
  guardStream,
  HTTP_DEFAULTS,
  bodyOf,
  HttpClient
};
