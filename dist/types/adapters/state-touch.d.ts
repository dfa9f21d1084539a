/**
 * Sets the file's times to now: of the file itself, or of a link in its place, never of what
 * a link points to. One call per file and invocation; a failure (read-only state, no such
 * file) only lets the file age.
 */
export declare function touchUsed(file: string): void;
