import type { Key } from '../core/digest.js';
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
}
export interface TaskKey {
    readonly manifest: Manifest;
    readonly key: Key;
    /** Input patterns that matched no file. */
    readonly unmatched: readonly string[];
}
export declare function computeTaskKey(spec: TaskSpec, ctx: KeyContext): Promise<TaskKey>;
