/** The task and creation time a record text names, when it parses as one. */
export declare function recordFacts(text: string): {
    task?: string;
    createdAt?: string;
};
/** `work` on every item, at most `limit` at a time, results in the items' order. */
export declare function mapPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]>;
export declare const isoTime: (ms: number) => string;
