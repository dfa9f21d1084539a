import type { TaskConfig } from '../core/config.js';
import type { Shell, StoreMode } from '../core/config-shape.js';
import { type LoadedConfig } from './config-text.js';
import { UsageError } from './errors.js';
import { type Selection } from './graph.js';
export declare const DEFAULT_CONFIG = "taskcache.yml";
export { ConfigError, type LoadedConfig, MAX_CONFIG_BYTES, readConfigText, } from './config-text.js';
export { UsageError };
/** Looks for `taskcache.yml` in `from` and its parents. */
export declare function findConfig(from: string): string | undefined;
/**
 * The tag of a kept parse: a BLAKE3 over the parse, keyed with this very config file (device,
 * inode, times) and, when entries are signed, with the signing key. Whoever can write the
 * state directory cannot make a parse that is taken for this file's without knowing when it
 * last changed, nor one at all without the signing key when there is one; a parse kept on
 * another machine, of another checkout or under another key is not taken either.
 */
export declare function parseTag(body: string, identity: string, env: NodeJS.ProcessEnv): string;
/**
 * Loads a config, reusing the validated parse of the same text kept in `stateDir`: a repeated
 * run then loads neither the YAML parser nor the schema, most of a small task's start-up. The
 * kept parse is checked for a validated config's shape (config-kept.ts), and used only when
 * it was kept for this file and signing key (see parseTag); else the file is parsed again. Only valid configs are kept, under the
 * text's digest and the build's schema id; runs from the sources (no schema id) always parse
 * unless given one (`options.schemaId`, for tests).
 */
export declare function loadConfigCached(file: string, stateDir?: string, options?: {
    readonly env?: NodeJS.ProcessEnv;
    readonly schemaId?: string;
}): Promise<LoadedConfig>;
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
    /**
     * On a hit, remove the files in the declared outputs' directories that the entry does not
     * have (`clean-outputs`; default false).
     */
    readonly cleanOutputs?: boolean;
    /**
     * Store and restore output links that leave the workspace as they are (`allow-external-links`;
     * default false: such an output means the entry is not saved).
     */
    readonly allowExternalLinks?: boolean;
    /** The tasks this one depends on (`depends-on` resolved to names); none when absent. */
    readonly dependsOn?: readonly string[];
    /**
     * The declared outputs of the tasks this one depends on: inputs of this task, by content,
     * each matched relative to its own task's working directory (see key.ts).
     */
    readonly upstream?: readonly UpstreamOutputs[];
    /** How the task uses the cache (`cache`; default read-write). */
    readonly cache?: StoreMode;
}
/** One dependency's declared outputs, as the dependent's key reads them. */
export interface UpstreamOutputs {
    readonly task: string;
    /** The dependency's working directory, relative to the workspace. */
    readonly cwd: string;
    readonly outputs: readonly string[];
}
export declare function resolveTask(name: string, task: TaskConfig): TaskSpec;
/**
 * The selected tasks in graph order (dependencies first), each with its dependencies and
 * their declared outputs. Names may be globs; see graph.ts for `filters` and `only`. With no
 * names and no filters, every task.
 */
export declare function selectTasks(loaded: LoadedConfig, names: readonly string[], options?: Omit<Selection, 'names'>): TaskSpec[];
