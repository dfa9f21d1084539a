import { type ManifestChange } from '../core/diff.js';
import type { Key } from '../core/digest.js';
import { type EntryRecord } from '../core/entry.js';
import type { Manifest } from '../core/manifest.js';
import type { TaskSpec } from './config-file.js';
import { type TaskKey } from './key.js';
import type { RunContext } from './types.js';
/** The task's key cannot be computed (a key-command failed, an input cannot be read). */
export declare class UncacheableError extends Error {
    readonly name = "UncacheableError";
}
/** Computes the task's key, with one warning per input pattern that matched no file. */
export declare function keyTask(spec: TaskSpec, context: RunContext): Promise<TaskKey>;
export interface MissExplanation {
    readonly reason: string;
    /** Undefined when no earlier entry of the task is known. */
    readonly changes: ManifestChange[] | undefined;
    /** The entry compared with: the nearest of the task's recent entries. */
    readonly previous: EntryRecord | undefined;
    /** Where `previous` came from, and how many recent entries it was chosen among. */
    readonly compared?: {
        readonly store: string;
        readonly among: number;
    };
}
/**
 * Finds the task's recent entries in the first store that has any and diffs the manifest
 * against the nearest of them: the one with the fewest differing inputs (the newest of those
 * as a tie), so after switching branches a miss lists this branch's edits, not the other's.
 */
export declare function explainMiss(spec: TaskSpec, manifest: Manifest, context: RunContext): Promise<MissExplanation>;
export interface StoreAnswer {
    readonly store: string;
    readonly hit: boolean | null;
}
export interface DryRunResult {
    readonly task: string;
    /** Null when the key cannot be computed: the task is uncacheable and would run. */
    readonly key: Key | null;
    readonly status: 'hit' | 'miss';
    readonly source: string | null;
    readonly stores: readonly StoreAnswer[];
    readonly reason: string | null;
}
/** The key and every store's answer; runs nothing and writes nothing. */
export declare function dryRunTask(spec: TaskSpec, context: RunContext): Promise<DryRunResult>;
export interface ExplainResult {
    readonly task: string;
    readonly key: Key;
    readonly manifest: {
        readonly inputs: number;
        readonly env: readonly string[];
        readonly command: string;
        readonly shell: string;
        readonly cwd: string;
        readonly platform: string;
        readonly keyCommands: readonly string[];
        readonly salt: string;
    };
    /** Variables the task names in `env:` (no wildcard) that are not set: names only. */
    readonly unsetEnv: readonly string[];
    readonly stores: readonly StoreAnswer[];
    readonly previous: {
        readonly key: string;
        readonly createdAt: string;
        /** The store it came from, and how many recent entries it was the nearest of. */
        readonly store?: string;
        readonly among?: number;
    } | null;
    readonly changes: readonly ManifestChange[] | null;
    readonly lines: readonly string[];
    readonly unmatched: readonly string[];
    /**
     * In a git checkout: the matches git ignores (left out of the inputs) and the inputs git
     * does not track, each as a count and the first few paths; null without git.
     */
    readonly git: {
        readonly ignored: {
            readonly count: number;
            readonly first: readonly string[];
        };
        readonly untracked: {
            readonly count: number;
            readonly first: readonly string[];
        };
    } | null;
}
/** The key's parts, and what differs from the task's most recent entry. */
export declare function explainTask(spec: TaskSpec, context: RunContext): Promise<ExplainResult>;
/** The names `env:` lists literally (no wildcard, no `!`) that are unset in `env`. */
export declare function unsetEnvNames(patterns: readonly string[], env: NodeJS.ProcessEnv): string[];
