// The errors of the HTTP client (./http-client.ts) and of the body guard (./guard-stream.ts),
// which the S3 store's downloads share: a reason to tell time-outs from other failures, and a
// message that names no URL and no credential.

/** Why a request could not be completed; the message names no URL and no credential. */
export type HttpFailureReason =
  | 'connect-timeout'
  | 'idle-timeout'
  | 'too-slow'
  | 'deadline'
  | 'network'
  | 'truncated'
  | 'too-large';

const TIMEOUTS: ReadonlySet<HttpFailureReason> = new Set([
  'connect-timeout',
  'idle-timeout',
  'too-slow',
  'deadline',
]);

/** Whether an error is a time-out of this client (never retried; it switches the client off). */
export function isTimeout(error: unknown): error is HttpFailure {
  return error instanceof HttpFailure && TIMEOUTS.has(error.reason);
}

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

export function networkFailure(error: Error): Error {
  if (error instanceof HttpFailure) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const text =
    code === 'ECONNRESET' && error.message === 'aborted' ? 'connection reset' : error.message;
  return new HttpFailure(code && !text.includes(code) ? `${text} (${code})` : text, 'network');
}
