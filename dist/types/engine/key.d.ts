import { type IgnoredInputs } from '../adapters/git-ignore.js';
import type { Key } from '../core/digest.js';
import type { Signer } from '../core/entry.js';
import { type Manifest } from '../core/manifest.js';
import type { TaskSpec } from './config-file.js';
import { type KeyCaches } from './key-caches.js';
import { type KeyCommandMemo } from './key-commands.js';
export interface KeyContext {
    readonly workspace: string;
    readonly env: NodeJS.ProcessEnv;
    readonly platform: {
        readonly os: string;
        readonly arch: string;
    };
    /** Where state that only speeds up repeated runs is kept (stat and listing caches); none if unset. */
    readonly stateDir?: string;
    /**
     * The entry signer; with one, environment values enter the key as keyed digests. Read from
     * `env` (TASKCACHE_SIGNING_KEY) when not given.
     */
    readonly signer?: Signer;
    /**
     * The key-commands already run in this invocation (each distinct one runs once); a context
     * without one keeps its own.
     */
    readonly keyCommandMemo?: KeyCommandMemo;
    /**
     * The stat, listing and git caches of this invocation, loaded once and saved by its owner
     * when the invocation is done; a context without them loads and saves them per key.
     */
    readonly keyCaches?: KeyCaches;
}
export interface TaskKey {
    readonly manifest: Manifest;
    readonly key: Key;
    /** Input patterns that matched no file. */
    readonly unmatched: readonly string[];
    /**
     * Warnings for the caller to print: secret-looking variables that enter the key as plain
     * digests (no signing key). They name the variable, never its value.
     */
    readonly warnings: readonly string[];
    /** Notices for the caller to print: key-commands this computation ran that were slow. */
    readonly notices?: readonly string[];
    /** What git ignores among the matches (left out), and the untracked inputs when asked for. */
    readonly ignored?: IgnoredInputs;
    /** Blob id (hex) by path of each input whose stat matched its git index entry. */
    readonly blobs?: ReadonlyMap<string, string>;
    /** How many input files were read to be hashed (the task's own inputs). */
    readonly read?: number;
}
export declare function computeTaskKey(spec: TaskSpec, ctx: KeyContext, options?: {
    readonly untracked?: boolean;
}): Promise<TaskKey>;
