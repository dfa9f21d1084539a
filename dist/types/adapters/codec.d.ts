import { Duplex, type Readable, type Writable } from 'node:stream';
import type { Codec } from '../core/entry.js';
/** The codec a new archive of about `bytes` is written with on this machine. */
export declare function preferredCodec(bytes: number): Codec;
/**
 * A stream whose bytes end up compressed in `dest`; `done` settles when the file is complete.
 * With the zstd binary, zstd writes the file itself (multithreaded, no round trip through
 * this process).
 */
export declare function compressToFile(codec: Codec, dest: string): {
    input: Writable;
    done: Promise<void>;
};
export declare function decompressor(codec: Codec): Duplex;
/**
 * The decompressed bytes of the archive in `file`. A zstd binary reads the file itself, so
 * the compressed bytes do not pass through this process.
 */
export declare function decompressFile(codec: Codec, file: string): Readable;
