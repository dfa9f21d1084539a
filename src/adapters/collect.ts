// A full garbage collection between the phases of a big run, where the executable made one
// available (src/cli/main.ts, once a scan turns out large). What a phase leaves behind (the git
// index, a record's bytes: megabytes each at tens of thousands of files) is garbage that V8
// would otherwise collect only after the next phase has allocated on top of it, and the two
// then add up in the run's peak memory. Elsewhere (the library, the action) nothing happens.

let collector: (() => void) | undefined;

/** Makes `collect` what collectGarbage() calls (undefined: nothing). */
export function setCollector(collect: (() => void) | undefined): void {
  collector = collect;
}

/** Collects garbage now, where a collector was set. */
export function collectGarbage(): void {
  collector?.();
}
