// A guard on a download: it errors instead of ending early or dragging on. The HTTP client
// (./http-client.ts) and the S3 store's downloads read their bodies through it.

import { Readable } from 'node:stream';
import { HttpFailure, networkFailure } from './http-failure.js';

export interface GuardOptions {
  /** Longest silence while the reader waits for data. */
  readonly idleMs: number;
  readonly expectedBytes?: number | undefined;
  /** Fewest bytes per second while the reader waits, over windows of `windowMs`. */
  readonly minBytesPerSecond?: number | undefined;
  readonly windowMs?: number | undefined;
  /** Time (Date.now()) by which the whole body must be in. */
  readonly deadlineAt?: number | undefined;
  /** Sees every failure first; what it returns is the error the stream gets. */
  readonly onError?: ((error: Error) => Error) | undefined;
}

/**
 * Wraps a download so it errors instead of ending early or dragging on: when the source is
 * silent for `idleMs` while the reader waits for data, when it delivers fewer than
 * `minBytesPerSecond` over a window while the reader waits, when it is not done by
 * `deadlineAt`, when it ends short of (or runs past) `expectedBytes`, or when its connection
 * closes before the end. Time the reader spends not asking for data (backpressure) never counts
 * as silence or slowness. An error destroys the source (its socket is closed).
 */
export function guardStream(source: Readable, options: GuardOptions): Readable {
  const { idleMs, expectedBytes, minBytesPerSecond, deadlineAt } = options;
  const windowMs = options.windowMs ?? idleMs;
  const minimum =
    minBytesPerSecond === undefined ? 0 : Math.ceil((minBytesPerSecond * windowMs) / 1000);
  let received = 0;
  let timer: NodeJS.Timeout | undefined;
  let windowTimer: NodeJS.Timeout | undefined;
  let windowBytes = 0;
  let ended = false;
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const stopWindow = () => {
    clearTimeout(windowTimer);
    windowTimer = undefined;
  };
  const fail = (error: Error) => {
    stop();
    stopWindow();
    clearTimeout(deadlineTimer);
    if (!out.destroyed) out.destroy(options.onError ? options.onError(error) : error);
  };
  const arm = () => {
    stop();
    timer = setTimeout(
      () => fail(new HttpFailure(`download stalled: no data for ${idleMs} ms`, 'idle-timeout')),
      idleMs,
    );
  };
  const startWindow = () => {
    if (minimum === 0 || windowTimer !== undefined) return;
    windowBytes = 0;
    windowTimer = setTimeout(() => {
      windowTimer = undefined;
      if (windowBytes < minimum) {
        fail(
          new HttpFailure(
            `download too slow: ${windowBytes} bytes in ${windowMs} ms (at least ${minBytesPerSecond} bytes/s wanted)`,
            'too-slow',
          ),
        );
        return;
      }
      startWindow();
    }, windowMs);
  };
  const deadlineTimer =
    deadlineAt === undefined
      ? undefined
      : setTimeout(
          () =>
            fail(
              new HttpFailure(
                `download not complete by its deadline (${received} bytes in)`,
                'deadline',
              ),
            ),
          Math.max(0, deadlineAt - Date.now()),
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
    },
  });
  source.on('data', (chunk: Buffer) => {
    received += chunk.length;
    windowBytes += chunk.length;
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
      stopWindow();
    }
  });
  source.on('end', () => {
    ended = true;
    stop();
    stopWindow();
    clearTimeout(deadlineTimer);
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
