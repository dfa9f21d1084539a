/** A line on stderr when TASKCACHE_DEBUG is set: which paths a run took. */
export declare function debug(message: string): void;
