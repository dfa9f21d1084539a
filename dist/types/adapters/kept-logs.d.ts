import type { Digest } from '../core/digest.js';
export declare class KeptLogs {
    private readonly dir;
    constructor(dir: string);
    /** The log with this size and digest, if kept and intact. */
    get(log: {
        readonly size: number;
        readonly digest: Digest;
    }): Buffer | undefined;
    /** Keeps a log read from a verified entry (or just saved); failures only cost speed. */
    keep(log: Buffer): void;
    private trim;
}
