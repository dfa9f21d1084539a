/** Parses "10GB", "1.5 GiB", "1024" (bytes); undefined when malformed. */
export declare function parseSize(text: string): number | undefined;
/** Parses "7d", "12h", "30m", "90s"; undefined when malformed. */
export declare function parseAge(text: string): number | undefined;
export declare function formatBytes(bytes: number): string;
export declare function formatDuration(ms: number): string;
