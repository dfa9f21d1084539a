// Compression of entry archives. Archives under 64 KiB, and archives only kept on this
// machine's disk, are stored as they are; others with zstd when this Node has it (node:zlib, Node >= 22.15) or a `zstd`
// binary is on PATH; gzip level 1 otherwise. A mislabelled archive fails cleanly: its
// decompressor rejects it, or the digests of what comes out do not match.
// node:zlib's zstd decompresses in 1 MiB pieces: its default 16 KiB pieces cost more to hand on.
// It is preferred to the `zstd` binary: piping 200 MB through a process cost more CPU time in all
// than node:zlib's zstd, with eight restores at once on two cores (bench/remotes-load.mjs).

import { closeSync, createReadStream, createWriteStream, openSync, readSync } from 'node:fs';
import type { Duplex, Readable, Transform, Writable } from 'node:stream';
import * as stream from 'node:stream';
import type { Codec } from '../core/entry.js';
import { childProcess, zlib as loadZlib } from './lazy-builtins.js';

type Zlib = typeof import('node:zlib') & {
  createZstdCompress?: (options?: object) => Transform;
  createZstdDecompress?: (options?: object) => Transform;
};
/**
 * node:zlib, with the zstd streams of the Node versions that have them; loaded on first use (a
 * small archive is stored as it is).
 */
const zlib = (): Zlib => loadZlib() as Zlib;

let zstdBinary: boolean | undefined;
function hasZstdBinary(): boolean {
  zstdBinary ??= childProcess().spawnSync('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
  return zstdBinary;
}

/** Below this many bytes, compression saves too little to be worth loading a compressor. */
const TINY_ARCHIVE = 64 * 1024;
/** Below this many bytes, starting a zstd process costs more than compressing saves. */
const SMALL_ARCHIVE = 256 * 1024;

/**
 * The codec a new archive of about `bytes` is written with on this machine; `compress` says
 * whether any store it goes to wants compressed bytes (see Store.compress).
 */
export function preferredCodec(bytes: number, compress = true): Codec {
  if (!compress || bytes < TINY_ARCHIVE) return 'none';
  if (zlib().createZstdCompress) return 'zstd';
  if (bytes >= SMALL_ARCHIVE && hasZstdBinary()) return 'zstd';
  return 'gzip';
}

/**
 * A duplex stream around a child process's stdin and stdout. Without `input`, the child reads
 * no stdin and the stream is a readable of its output.
 */
function processStream(file: string, args: string[], input = true): Duplex {
  const child = childProcess().spawn(file, args, {
    stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const stdout = child.stdout!;
  let stderr = '';
  const duplex = new stream.Duplex({
    write(chunk, _encoding, callback) {
      if (child.stdin!.write(chunk)) callback();
      else child.stdin!.once('drain', () => callback());
    },
    final(callback) {
      child.stdin?.end();
      callback();
    },
    read() {
      stdout.resume();
    },
    destroy(error, callback) {
      if (child.exitCode === null) child.kill();
      callback(error);
    },
  });
  stdout.on('data', (chunk: Buffer) => {
    if (!duplex.push(chunk)) stdout.pause();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.on('error', (error) => duplex.destroy(error));
  child.stdin?.on('error', (error) => duplex.destroy(error));
  child.on('close', (code) => {
    if (code === 0) duplex.push(null);
    else duplex.destroy(new Error(`${file} exited with code ${code}: ${stderr.trim()}`));
  });
  if (!input) duplex.end();
  return duplex;
}

/** In-process compression, for when no zstd binary writes the file itself. */
function compressor(codec: Exclude<Codec, 'none'>): Duplex {
  switch (codec) {
    case 'zstd': {
      const z = zlib();
      if (z.createZstdCompress) {
        return z.createZstdCompress({
          params: { [(z.constants as Record<string, number>).ZSTD_c_compressionLevel!]: 1 },
        });
      }
      throw new Error('zstd is not available');
    }
    case 'gzip':
      return zlib().createGzip({ level: 1 });
  }
}

/**
 * A stream whose bytes end up (compressed) in `dest`; `done` settles when the file is complete.
 * With the zstd binary, zstd writes the file itself (multithreaded, no round trip through
 * this process). A write's callback means the stream is done with that buffer (it was written
 * to the file or the pipe, or consumed by the compressor), so the caller may fill it again.
 */
export function compressToFile(
  codec: Codec,
  dest: string,
): { input: Writable; done: Promise<void> } {
  if (codec === 'zstd' && hasZstdBinary()) {
    const child = childProcess().spawn('zstd', ['-1', '-T0', '-q', '-f', '-o', dest], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const done = new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolve()
          : reject(new Error(`zstd exited with code ${code}: ${stderr.trim()}`)),
      );
    });
    return { input: child.stdin, done };
  }
  if (codec === 'none') {
    const input = createWriteStream(dest);
    return { input, done: stream.promises.finished(input) };
  }
  const input = compressor(codec);
  return { input, done: stream.promises.pipeline(input, createWriteStream(dest)) };
}

/** Decompressed pieces of node:zlib: fewer, larger pieces cost less to hand on. */
const ZLIB_CHUNK = 1024 * 1024;

function decompressor(codec: Codec): Duplex {
  switch (codec) {
    case 'zstd': {
      const z = zlib();
      if (z.createZstdDecompress) return z.createZstdDecompress({ chunkSize: ZLIB_CHUNK });
      if (hasZstdBinary()) return processStream('zstd', ['-d', '-q', '-c']);
      throw new Error('zstd is not available to read this entry');
    }
    case 'gzip':
      return zlib().createGunzip();
    case 'none':
      return new stream.PassThrough();
  }
}

/**
 * The decompressed bytes of the archive in `file`. A zstd binary reads the file itself, so
 * the compressed bytes do not pass through this process; a plain archive is read in large
 * synchronous pieces into one reused buffer, each piece valid until the next is asked for.
 */
export function decompressFile(
  codec: Codec,
  file: string,
): Iterable<Buffer> | AsyncIterable<Buffer> {
  if (codec === 'none') return plainPieces(file);
  if (codec === 'zstd' && !zlib().createZstdDecompress && hasZstdBinary()) {
    return processStream('zstd', ['-d', '-q', '-c', '--', file], false);
  }
  return decompressStream(createReadStream(file, { highWaterMark: PIECE }), codec);
}

/** The decompressed bytes of `source`; a failure of the source fails the result. */
export function decompressStream(source: Readable, codec: Codec): Readable {
  const stream = source.pipe(decompressor(codec));
  source.on('error', (error) => stream.destroy(error));
  return stream;
}

const PIECE = 1024 * 1024;

function* plainPieces(file: string): Generator<Buffer> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(PIECE);
    for (;;) {
      const read = readSync(fd, buffer, 0, PIECE, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}
