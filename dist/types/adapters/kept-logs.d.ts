import type { Digest } from '../core/digest.js';
export declare class KeptLogs {
    private readonly dir;
    private readonly maxBytes;
    private readonly maxLogs;
    /** `limits` are for tests; taskcache keeps logs of up to 64 KiB, and up to 4,000 of them. */
    constructor(dir: string, limits?: {
        readonly maxBytes?: number;
        readonly maxLogs?: number;
    });
    /** The log with this size and digest, if kept and intact. */
    get(log: {
        readonly size: number;
        readonly digest: Digest;
    }): Buffer | undefined;
    /** Keeps a log read from a verified entry (or just saved); failures only cost speed. */
    keep(log: Buffer): void;
    private trim;
}
