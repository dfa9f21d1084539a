// How long a cache store may take, in one place: the defaults every store (HTTP, Turborepo,
// S3, Redis, local) and the StoreSet's backstop use. A broken store costs about
// `operationMs` at most per invocation: the first time-out throws, the StoreSet switches the
// store off for the rest of the run, and a store that timed out refuses its later calls.

export interface StoreDeadlines {
  /** Time to establish a connection. */
  readonly connectMs: number;
  /** Time to the first byte of an answer, and the longest silence while bytes move. */
  readonly firstByteMs: number;
  /** Slowest transfer tolerated, measured over `throughputWindowMs` while bytes are due. */
  readonly minBytesPerSecond: number;
  readonly throughputWindowMs: number;
  /** Bound on one operation, retries included, plus the time its bytes take at the minimum rate. */
  readonly operationMs: number;
}

export const STORE_DEADLINES: StoreDeadlines = {
  connectMs: 5_000,
  firstByteMs: 10_000,
  minBytesPerSecond: 16 * 1024,
  throughputWindowMs: 10_000,
  operationMs: 30_000,
};

/** The bound on an operation that moves `bytes`: the fixed part plus the bytes at the minimum rate. */
export function operationBoundMs(
  bytes: number,
  deadlines: StoreDeadlines = STORE_DEADLINES,
): number {
  return (
    deadlines.operationMs + Math.ceil((Math.max(0, bytes) * 1000) / deadlines.minBytesPerSecond)
  );
}

/** The deadlines of a remote's settings, which name them as its URL's options do. */
export function deadlinesOf(settings: {
  readonly connectTimeoutMs: number;
  readonly idleTimeoutMs: number;
  readonly minBytesPerSecond: number;
  readonly throughputWindowMs: number;
  readonly operationMs: number;
}): StoreDeadlines {
  return {
    connectMs: settings.connectTimeoutMs,
    firstByteMs: settings.idleTimeoutMs,
    minBytesPerSecond: settings.minBytesPerSecond,
    throughputWindowMs: settings.throughputWindowMs,
    operationMs: settings.operationMs,
  };
}
