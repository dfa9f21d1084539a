import type { Key } from '../core/digest.js';
import type { Signer } from '../core/entry.js';
import { type Manifest } from '../core/manifest.js';
import type { TaskSpec } from './config-file.js';
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
}
export declare function computeTaskKey(spec: TaskSpec, ctx: KeyContext): Promise<TaskKey>;
