/** Turns debug lines on for the rest of the process (`-v`/`--verbose`). */
export declare function enableDebug(): void;
export declare function debugEnabled(): boolean;
/** A line on stderr when debug lines are on. */
export declare function debug(message: string): void;
