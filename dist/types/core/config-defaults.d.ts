import type { ConfigIssue } from './config-shape.js';
/** The list fields of `defaults:`, concatenated before the task's own. */
export declare const DEFAULT_LISTS: readonly ["inputs", "env", "key-commands", "redact"];
/** The scalar fields of `defaults:`, used when the task does not set them. */
export declare const DEFAULT_SCALARS: readonly ["key-salt", "shell", "clean-outputs", "allow-external-links"];
type Mapping = Record<string, unknown>;
/** True for a field the config ignores: `x-` followed by anything. */
export declare function isExtensionField(key: string): boolean;
/**
 * The parsed config without its `x-` fields: at the top level, in `defaults` and in each task.
 * Anything else is returned as it is, for the schema to report.
 */
export declare function stripExtensionFields(value: unknown): unknown;
/**
 * A pattern written relative to the workspace root as one relative to `cwd` (a task's
 * normalized working directory): `pnpm-lock.yaml` from `packages/a` is `../../pnpm-lock.yaml`.
 */
export declare function rebasePattern(cwd: string, pattern: string): string;
/** The parts of a validated config this module reads and writes. */
interface TaskShape {
    readonly 'working-directory': string;
    readonly [field: string]: unknown;
}
/**
 * Every task with `defaults` merged in: list fields are the defaults' then the task's own
 * (`defaults.inputs` are relative to the workspace root, whatever the task's working
 * directory); a scalar the task does not set (in `raw`, the config before the schema filled
 * in its defaults) is the defaults' value.
 */
export declare function applyTaskDefaults<T extends TaskShape>(tasks: Record<string, T>, defaults: Mapping | undefined, rawTasks: unknown, normalizeDir: (dir: string) => string | undefined): Record<string, T>;
/** Issues of `defaults.inputs` patterns, checked from the workspace root. */
export declare function defaultsPatternIssues(value: unknown, problem: (cwd: string, pattern: string) => string | undefined): ConfigIssue[];
export {};
