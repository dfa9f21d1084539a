import { Duplex } from 'node:stream';
import type { Codec } from '../core/entry.js';
/** The codec new archives are written with on this machine. */
export declare function preferredCodec(): Codec;
export declare function compressor(codec: Codec): Duplex;
export declare function decompressor(codec: Codec): Duplex;
