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
    readonly previous: EntryRecord | undefined;
}
/** Finds the task's most recent entry in the stores and diffs its manifest. */
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
    readonly stores: readonly StoreAnswer[];
    readonly previous: {
        readonly key: string;
        readonly createdAt: string;
    } | null;
    readonly changes: readonly ManifestChange[] | null;
    readonly lines: readonly string[];
    readonly unmatched: readonly string[];
}
/** The key's parts, and what differs from the task's most recent entry. */
export declare function explainTask(spec: TaskSpec, context: RunContext): Promise<ExplainResult>;
