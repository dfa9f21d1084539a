export interface StoreDeadlines {
    /** Time to establish a connection. */
    readonly connectMs: number;
    /** Time to the first byte of an answer, and the longest silence while bytes move. */
    readonly firstByteMs: number;
    /** Slowest transfer tolerated, measured over `throughputWindowMs` while bytes are due. */
    readonly minBytesPerSecond: number;
    readonly throughputWindowMs: number;
    /** Bound on one operation, retries included, plus the time its bytes take at the minimum rate. */
    readonly operationMs: number;
}
export declare const STORE_DEADLINES: StoreDeadlines;
/** The bound on an operation that moves `bytes`: the fixed part plus the bytes at the minimum rate. */
export declare function operationBoundMs(bytes: number, deadlines?: StoreDeadlines): number;
/** The deadlines of a remote's settings, which name them as its URL's options do. */
export declare function deadlinesOf(settings: {
    readonly connectTimeoutMs: number;
    readonly idleTimeoutMs: number;
    readonly minBytesPerSecond: number;
    readonly throughputWindowMs: number;
    readonly operationMs: number;
}): StoreDeadlines;
