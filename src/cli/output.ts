// The CLI's stdout and stderr, written with fs.writeSync on the file descriptors. Node builds
// process.stdout and process.stderr on first use out of its stream classes (a dozen internal
// modules), which is a noticeable part of a small task's hit, where the CLI writes two lines.
// Node itself writes to files, pipes and terminals synchronously on Linux; so does this. A
// descriptor another process left non-blocking (EAGAIN) hands the rest of the output, in
// order, to Node's own stream, which waits for the reader; a reader that went away (EPIPE), or a
// descriptor that was closed, ends the output silently, as in other command-line tools. On
// Windows the streams are used throughout: a console takes text through them (libuv converts
// it to UTF-16), not through writes on the descriptor.

import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Output {
  write(data: string | Uint8Array): void;
  /** Whether the descriptor is a terminal (for colours). */
  readonly isTTY: boolean;
}

class FdOutput implements Output {
  private stream: NodeJS.WriteStream | undefined;
  private closed = false;
  private tty: boolean | undefined;

  constructor(private readonly fd: 1 | 2) {}

  get isTTY(): boolean {
    this.tty ??= isTerminal(this.fd);
    return this.tty;
  }

  write(data: string | Uint8Array): void {
    if (this.closed) return;
    if (this.stream || process.platform === 'win32') {
      this.toStream().write(data);
      return;
    }
    let bytes = typeof data === 'string' ? Buffer.from(data) : data;
    while (bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(this.fd, bytes));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE' || code === 'EBADF') {
          this.closed = true;
          return;
        }
        if (code !== 'EAGAIN') throw error;
        this.toStream().write(bytes);
        return;
      }
    }
  }

  /** Node's stream for the descriptor, from now on; a reader that goes away ends the output. */
  private toStream(): NodeJS.WriteStream {
    if (!this.stream) {
      const stream = this.fd === 1 ? process.stdout : process.stderr;
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        this.closed = true;
      });
      this.stream = stream;
    }
    return this.stream;
  }
}

export const stdout: Output = new FdOutput(1);
export const stderr: Output = new FdOutput(2);

/**
 * Node's answer (tty.isatty) where it can be a terminal at all: a character device other than
 * /dev/null. A file, a pipe or /dev/null is settled by one stat, without node:tty (which loads
 * node:net and the stream classes).
 */
function isTerminal(fd: number): boolean {
  if (process.platform !== 'win32') {
    try {
      const info = fstatSync(fd);
      if (!info.isCharacterDevice()) return false;
      if (info.rdev === statSync('/dev/null').rdev) return false;
    } catch {
      return false;
    }
  }
  return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}
