// One attempt of an HttpClient request through undici: up to the response headers, with the
// client's connect and idle bounds given to undici's Agent and the call's deadline and upload
// floor kept by the client (undici has neither).

import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { Agent, request as undiciRequest } from 'undici';

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Readable;
}

export interface UndiciAttempt {
  readonly method: string;
  readonly url: URL;
  readonly headers: Record<string, string>;
  /** Opens the request body, or undefined for none. */
  readonly body?: (() => Readable) | undefined;
  /** Counts the upload and fails it when it is too slow. */
  readonly meter?:
    | {
        count(bytes: number): void;
        start(fail: (error: Error) => void): void;
        stop(): void;
      }
    | undefined;
  readonly msUntilDeadline: number;
  /** The errors of this client, built by the caller. */
  readonly deadlineError: () => Error;
  readonly mapError: (error: Error) => Error;
}

export function undiciAgent(options: { connectTimeoutMs: number; idleTimeoutMs: number }): Agent {
  return new Agent({
    connect: { timeout: options.connectTimeoutMs },
    // Silence while waiting for the headers (undici does not count the time spent sending);
    // the body has the client's own guard, which knows backpressure from silence.
    headersTimeout: options.idleTimeoutMs,
    bodyTimeout: 0,
    connections: 16,
  });
}

export function sendUndici(agent: Agent, attempt: UndiciAttempt): Promise<RawResponse> {
  const controller = new AbortController();
  return new Promise((resolve, reject) => {
    let settled = false;
    const { meter } = attempt;
    const fail = (error: Error) => {
      clearTimeout(deadlineTimer);
      meter?.stop();
      if (settled) return;
      settled = true;
      reject(error);
      controller.abort(error);
    };
    const deadlineTimer = setTimeout(
      () => fail(attempt.deadlineError()),
      Math.max(0, attempt.msUntilDeadline),
    );
    let body: Readable | undefined;
    if (attempt.body && meter) {
      const source = attempt.body();
      meter.start((error) => {
        source.destroy();
        fail(error);
      });
      // Counted in a generator rather than piped through a Transform: undici destroys the body
      // once it has read it, which a pipeline would report as a premature close. Destroying
      // it ends the generator, which closes the file being sent.
      body = Readable.from(
        (async function* () {
          try {
            for await (const chunk of source) {
              meter.count((chunk as Buffer).length);
              yield chunk as Buffer;
            }
          } finally {
            meter.stop();
            source.destroy();
          }
        })(),
      );
    }
    undiciRequest(attempt.url, {
      dispatcher: agent,
      method: attempt.method as 'GET',
      headers: attempt.headers,
      body: body ?? null,
      signal: controller.signal,
    }).then(
      (res) => {
        clearTimeout(deadlineTimer);
        meter?.stop();
        if (settled) {
          res.body.destroy();
          return;
        }
        settled = true;
        resolve({
          status: res.statusCode,
          headers: res.headers as IncomingHttpHeaders,
          body: res.body,
        });
      },
      (error: Error) => fail(attempt.mapError(error)),
    );
  });
}
