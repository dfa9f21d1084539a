import type { Readable, Writable } from 'node:stream';
import type { Codec } from '../core/entry.js';
/**
 * The codec a new archive of about `bytes` is written with on this machine; `compress` says
 * whether any store it goes to wants compressed bytes (see Store.compress).
 */
export declare function preferredCodec(bytes: number, compress?: boolean): Codec;
/**
 * A stream whose bytes end up (compressed) in `dest`; `done` settles when the file is complete.
 * With the zstd binary, zstd writes the file itself (multithreaded, no round trip through
 * this process). A write's callback means the stream is done with that buffer (it was written
 * to the file or the pipe, or consumed by the compressor), so the caller may fill it again.
 */
export declare function compressToFile(codec: Codec, dest: string): {
    input: Writable;
    done: Promise<void>;
};
/**
 * The decompressed bytes of the archive in `file`. A zstd binary reads the file itself, so
 * the compressed bytes do not pass through this process; a plain archive is read in large
 * synchronous pieces into one reused buffer, each piece valid until the next is asked for.
 */
export declare function decompressFile(codec: Codec, file: string): Iterable<Buffer> | AsyncIterable<Buffer>;
/** The decompressed bytes of `source`; a failure of the source fails the result. */
export declare function decompressStream(source: Readable, codec: Codec): Readable;
