/** The runs a trimmed log keeps. */
export declare const RUN_LOG_KEEP = 10000;
/** The size past which the log is trimmed: about twice what RUN_LOG_KEEP lines take. */
export declare const RUN_LOG_MAX_BYTES: number;
/** Keeps the last `keep` lines of the log at `file`; a log already that short is left alone. */
export declare function trimRunLog(file: string, keep?: number): void;
