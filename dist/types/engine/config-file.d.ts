import type { Config, TaskConfig } from '../core/config.js';
import { type ConfigIssue, type Shell } from '../core/config-shape.js';
import { UsageError } from './errors.js';
export declare const DEFAULT_CONFIG = "taskcache.yml";
export { UsageError };
export declare class ConfigError extends UsageError {
    readonly file: string;
    readonly issues: readonly ConfigIssue[];
    constructor(file: string, issues: readonly ConfigIssue[]);
}
export interface LoadedConfig {
    /** Absolute path of the config file. */
    readonly file: string;
    /** The workspace root: the config file's directory. */
    readonly workspace: string;
    readonly config: Config;
}
/** Looks for `taskcache.yml` in `from` and its parents. */
export declare function findConfig(from: string): string | undefined;
export declare function readConfigText(absolute: string): string;
/**
 * Loads a config, reusing the validated result of the same text from `stateDir`: a repeated
 * run then loads neither the YAML parser nor the schema, most of a small task's start-up.
 * Only valid configs are kept, under the text's digest and the build's schema id; runs from
 * the sources (no schema id) always validate.
 */
export declare function loadConfigCached(file: string, stateDir?: string): Promise<LoadedConfig>;
/** A task ready to key and run: defaults applied, working directory normalized. */
export interface TaskSpec {
    readonly name: string;
    readonly command: string;
    readonly shell: Shell;
    /** Working directory relative to the workspace, POSIX, "." for the root. */
    readonly cwd: string;
    readonly inputs: readonly string[];
    readonly outputs: readonly string[];
    readonly env: readonly string[];
    readonly keyCommands: readonly string[];
    readonly salt: string;
    readonly redact: readonly string[];
}
export declare function resolveTask(name: string, task: TaskConfig): TaskSpec;
/** The named tasks, or all of them in file order when none is named. */
export declare function selectTasks(loaded: LoadedConfig, names: readonly string[]): TaskSpec[];
