// A loopback proxy in front of a real server that misbehaves on demand, for the stores' fault
// tests. HTTP mode relays requests (Host header untouched, so S3 signatures still verify) and
// can refuse, hang, answer 500 or 429, cut a body short, reset or stall it mid-way, trickle it
// a byte at a time, flip one of its bytes, or take an upload slowly; TCP mode (for Redis)
// relays raw bytes and can refuse, hang, reset or trickle. It counts what it saw, so a test can
// prove a client's retries are bounded. Every timer it starts ends when its connection does.

import * as http from 'node:http';
import * as net from 'node:net';
import { Readable } from 'node:stream';

export const FAULT_MODES = [
  'pass',
  /** Accept the connection and close it at once. */
  'refuse',
  /** Accept and never answer. */
  'delay',
  'status500',
  /** 429 with Retry-After: 1. */
  'status429',
  /** Relay the headers (Content-Length included) and half the body, then reset. */
  'cut',
  /** Relay the headers and the first half of the body, then go silent. */
  'stall',
  /** Relay everything with one byte of the body changed. */
  'flip',
  /** Relay the headers and half the body, then reset the connection (TCP RST). */
  'reset',
  /** Relay the headers, then the body one byte every `trickleMs` (TCP: the server's bytes). */
  'trickle',
  /** Take a request body at `slowUploadBytesPerSecond`, then relay the request. */
  'slowUpload',
] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

export interface FaultProxyOptions {
  /** The real server: http://host:port (kind 'http') or host:port (kind 'tcp'). */
  readonly target: string;
  readonly kind?: 'http' | 'tcp';
  readonly mode?: FaultMode;
  /**
   * Which requests the fault applies to (others pass); default all. For 'flip' and 'cut',
   * only responses that have a body are touched.
   */
  readonly match?: (method: string, path: string) => boolean;
  /** Fault at most this many requests (or connections), then pass: a flaky server. */
  readonly limit?: number;
  /** 'trickle': the wait between two bytes (default 2000 ms). */
  readonly trickleMs?: number;
  /** 'slowUpload': how fast a request body is read (default 1024 bytes/s). */
  readonly slowUploadBytesPerSecond?: number;
  /** Where in the body 'flip' changes a byte, from its length; default the middle. */
  readonly flipAt?: (length: number) => number;
  /**
   * Edits the headers of relayed responses (in 'pass' mode, or requests the fault does not
   * apply to), given the whole body: e.g. to add or drop a signature header.
   */
  readonly rewriteHeaders?: (
    request: SeenRequest,
    headers: http.IncomingHttpHeaders,
    body: Buffer,
  ) => http.IncomingHttpHeaders;
}

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface FaultProxy {
  readonly url: string;
  readonly port: number;
  mode: FaultMode;
  match: (method: string, path: string) => boolean;
  /** HTTP requests seen (kind 'http'), or connections accepted (kind 'tcp', 'refuse', 'delay'). */
  readonly requests: number;
  /** Requests the fault was applied to. */
  readonly faulted: number;
  /** Requests seen, in order (for 'tcp', one "CONNECT" per connection). */
  readonly seen: readonly SeenRequest[];
  reset(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const kind = options.kind ?? 'http';
  const sockets = new Set<net.Socket>();
  const seen: SeenRequest[] = [];
  let requests = 0;
  let faulted = 0;
  const flipAt = options.flipAt ?? ((length: number) => Math.floor(length / 2));
  const trickleMs = options.trickleMs ?? 2000;
  const uploadRate = options.slowUploadBytesPerSecond ?? 1024;
  const timers = new Set<NodeJS.Timeout>();
  /** Sends `body` one byte per tick until it ends or `socket` closes. */
  const trickle = (
    body: Buffer,
    write: (byte: Buffer) => void,
    end: () => void,
    socket: net.Socket,
  ) => {
    let at = 0;
    const timer = setInterval(() => {
      if (socket.destroyed) {
        clearInterval(timer);
        timers.delete(timer);
        return;
      }
      if (at >= body.length) {
        clearInterval(timer);
        timers.delete(timer);
        end();
        return;
      }
      write(body.subarray(at, at + 1));
      at += 1;
    }, trickleMs);
    timers.add(timer);
  };
  const state = {
    mode: options.mode ?? ('pass' as FaultMode),
    match: options.match ?? (() => true),
  };
  const limited = () => options.limit !== undefined && faulted >= options.limit;

  const target = kind === 'http' ? new URL(options.target) : undefined;
  const [tcpHost, tcpPort] =
    kind === 'tcp' ? splitHostPort(options.target) : [target!.hostname, Number(target!.port || 80)];
  const upstreamAgent = new http.Agent({ keepAlive: false });

  const relay = (
    req: http.IncomingMessage | Readable,
    res: http.ServerResponse,
    mode: FaultMode,
    request: SeenRequest,
  ) => {
    const upstream = http.request({
      host: tcpHost,
      port: tcpPort,
      method: request.method,
      path: request.path,
      headers: request.headers,
      agent: upstreamAgent,
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
    upstream.on('response', (up) => {
      const headers = { ...up.headers };
      const hasBody = request.method !== 'HEAD' && up.statusCode !== 204 && up.statusCode !== 304;
      const rewrite = options.rewriteHeaders;
      if (mode === 'pass' && !rewrite) {
        res.writeHead(up.statusCode ?? 502, headers);
        up.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      up.on('data', (chunk: Buffer) => chunks.push(chunk));
      up.on('end', () => {
        const body = Buffer.concat(chunks);
        if (mode === 'pass' || !hasBody || body.length === 0) {
          res.writeHead(up.statusCode ?? 502, rewrite ? rewrite(request, headers, body) : headers);
          res.end(hasBody ? body : undefined);
          return;
        }
        faulted += 1;
        if (mode === 'trickle') {
          res.writeHead(up.statusCode ?? 502, headers);
          const socket = res.socket;
          if (!socket) return;
          trickle(
            body,
            (byte) => res.write(byte),
            () => res.end(),
            socket,
          );
          return;
        }
        if (mode === 'flip') {
          const at = Math.min(body.length - 1, Math.max(0, flipAt(body.length)));
          body[at] = (body[at] ?? 0) ^ 0xff;
          res.writeHead(up.statusCode ?? 502, headers);
          res.end(body);
          return;
        }
        // 'cut', 'reset' and 'stall': the full length announced, half of it sent.
        delete headers['transfer-encoding'];
        headers['content-length'] = String(body.length);
        res.writeHead(up.statusCode ?? 502, headers);
        res.write(body.subarray(0, Math.floor(body.length / 2)), () => {
          if (mode === 'cut') setTimeout(() => res.socket?.destroy(), 20);
          if (mode === 'reset') setTimeout(() => res.socket?.resetAndDestroy(), 20);
        });
      });
      up.on('error', () => res.destroy());
    });
  };

  const httpServer = http.createServer((req, res) => {
    requests += 1;
    const request: SeenRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
    };
    seen.push(request);
    const applies =
      state.mode !== 'pass' && !limited() && state.match(req.method ?? '', req.url ?? '');
    const mode: FaultMode = applies ? state.mode : 'pass';
    switch (mode) {
      case 'refuse':
        faulted += 1;
        req.socket.resetAndDestroy();
        return;
      case 'delay':
        faulted += 1;
        req.resume();
        return;
      case 'slowUpload': {
        if (Number(req.headers['content-length'] ?? 0) === 0) {
          relay(req, res, 'pass', request);
          return;
        }
        faulted += 1;
        // Take the body a little at a time, then hand it on whole.
        const chunks: Buffer[] = [];
        const perTick = Math.max(1, Math.floor(uploadRate / 10));
        req.pause();
        const timer = setInterval(() => {
          if (req.socket.destroyed) {
            clearInterval(timer);
            timers.delete(timer);
            return;
          }
          const chunk = req.read(perTick) ?? req.read();
          if (chunk) chunks.push(chunk as Buffer);
          if (req.readableEnded) {
            clearInterval(timer);
            timers.delete(timer);
            relay(Readable.from([Buffer.concat(chunks)]), res, 'pass', request);
          }
        }, 100);
        timers.add(timer);
        return;
      }
      case 'status500':
      case 'status429': {
        faulted += 1;
        req.resume();
        const status = mode === 'status500' ? 500 : 429;
        const body = JSON.stringify({ error: `injected ${status}` });
        res.writeHead(status, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(status === 429 ? { 'retry-after': '1' } : {}),
        });
        res.end(body);
        return;
      }
      default:
        relay(req, res, mode, request);
    }
  });
  httpServer.keepAliveTimeout = 5_000;

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    if (kind === 'http') {
      httpServer.emit('connection', socket);
      return;
    }
    requests += 1;
    seen.push({ method: 'CONNECT', path: '', headers: {} });
    const tcpMode = limited() ? 'pass' : state.mode;
    switch (tcpMode) {
      case 'refuse':
        faulted += 1;
        socket.resetAndDestroy();
        return;
      case 'delay':
        faulted += 1;
        socket.resume();
        return;
      case 'trickle':
      case 'reset': {
        // The client's bytes go up whole; the server's come back a byte per tick, or the
        // connection is reset once the first of them arrive.
        faulted += 1;
        const upstream = net.connect(tcpPort, tcpHost);
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        upstream.on('error', () => socket.destroy());
        socket.on('error', () => upstream.destroy());
        socket.pipe(upstream);
        const pending: Buffer[] = [];
        let trickling = false;
        upstream.on('data', (chunk: Buffer) => {
          if (tcpMode === 'reset') {
            socket.resetAndDestroy();
            upstream.destroy();
            return;
          }
          pending.push(chunk);
          if (trickling) return;
          trickling = true;
          const timer = setInterval(() => {
            if (socket.destroyed) {
              clearInterval(timer);
              timers.delete(timer);
              upstream.destroy();
              return;
            }
            const head = pending[0];
            if (!head) return;
            socket.write(head.subarray(0, 1));
            if (head.length > 1) pending[0] = head.subarray(1);
            else pending.shift();
          }, trickleMs);
          timers.add(timer);
        });
        return;
      }
      default: {
        const upstream = net.connect(tcpPort, tcpHost);
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        upstream.on('error', () => socket.destroy());
        socket.on('error', () => upstream.destroy());
        socket.pipe(upstream).pipe(socket);
      }
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    url: kind === 'http' ? `http://127.0.0.1:${port}` : `127.0.0.1:${port}`,
    port,
    get mode() {
      return state.mode;
    },
    set mode(mode: FaultMode) {
      state.mode = mode;
    },
    get match() {
      return state.match;
    },
    set match(match: (method: string, path: string) => boolean) {
      state.match = match;
    },
    get requests() {
      return requests;
    },
    get faulted() {
      return faulted;
    },
    seen,
    reset() {
      requests = 0;
      faulted = 0;
      seen.length = 0;
      // Connections opened in one mode must not carry over to the next.
      for (const socket of sockets) socket.destroy();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      for (const timer of timers) clearInterval(timer);
      upstreamAgent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function splitHostPort(hostPort: string): [string, number] {
  const at = hostPort.lastIndexOf(':');
  return [hostPort.slice(0, at), Number(hostPort.slice(at + 1))];
}
