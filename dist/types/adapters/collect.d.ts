/** Makes `collect` what collectGarbage() calls (undefined: nothing). */
export declare function setCollector(collect: (() => void) | undefined): void;
/** Collects garbage now, where a collector was set. */
export declare function collectGarbage(): void;
