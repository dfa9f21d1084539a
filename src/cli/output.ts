// The CLI's stdout and stderr: Node's own streams, taken on first use. A reader that went away
// (EPIPE) ends the output silently, as in other command-line tools; a pipe another process
// left non-blocking is Node's to wait on. (Writing on the descriptors with fs.writeSync, to skip
// building the streams, saved nothing measurable on Node 20 or 24: bench/startup.mjs.)

export interface Output {
  write(data: string | Uint8Array): void;
  /** Whether the descriptor is a terminal (for colours). */
  readonly isTTY: boolean;
}

class StreamOutput implements Output {
  private stream: NodeJS.WriteStream | undefined;
  private closed = false;

  constructor(private readonly fd: 1 | 2) {}

  get isTTY(): boolean {
    return this.target().isTTY === true;
  }

  write(data: string | Uint8Array): void {
    if (!this.closed) this.target().write(data);
  }

  private target(): NodeJS.WriteStream {
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

export const stdout: Output = new StreamOutput(1);
export const stderr: Output = new StreamOutput(2);
