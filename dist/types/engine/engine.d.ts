import { type Live } from '../adapters/process.js';
import { type ManifestChange } from '../core/diff.js';
import type { Key } from '../core/digest.js';
import { type EntryRecord, type Producer, type RestoredRecord, type RunnerFiles, type Signer } from '../core/entry.js';
import type { Manifest } from '../core/manifest.js';
import type { LocalStore } from '../stores/local.js';
import type { Store } from '../stores/store.js';
import type { TaskSpec } from './config-file.js';
import { type KeyContext, type TaskKey } from './key.js';
import { type StoreSet } from './stores.js';
export type TaskStatus = 'hit' | 'miss' | 'failed';
export interface TaskResult {
    readonly task: string;
    readonly key: Key | null;
    readonly status: TaskStatus;
    /** The store a hit came from. */
    readonly source: string | null;
    readonly exitCode: number;
    /** Wall time of this run: restoring on a hit, running and saving on a miss. */
    readonly durationMs: number;
    /** How long the command took when the entry was made (hits). */
    readonly originalDurationMs: number | null;
    /**
     * The one time-saved figure of a hit: how long the command took when the entry was made,
     * minus this run's time; negative when restoring cost more than running would have.
     */
    readonly timeSavedMs: number;
    /** Output bytes restored (hit) or stored (miss). */
    readonly bytes: number;
    /** Why it missed, in one line. */
    readonly reason: string | null;
    /** The stores a miss wrote its entry to. */
    readonly savedTo: readonly string[];
    /** The stores that kept an existing entry instead (theirs was there, or keys are immutable). */
    readonly keptIn?: readonly string[];
    /** When the entry of a hit was created. */
    readonly cachedAt: string | null;
    readonly runnerFiles?: RunnerFiles;
}
/** How a surface shows what the engine does. */
export interface Reporter {
    warn(message: string): void;
    /** A miss, before the command runs. */
    miss(task: TaskSpec, key: Key, reason: string): void;
    /** A hit, after the outputs are in place: shows the header and replays the log. */
    hit(task: TaskSpec, key: Key, source: string, record: RestoredRecord, log: Buffer): void;
    done(result: TaskResult): void;
    /** Where the command's live output goes; null runs it silently. */
    readonly live: Live | null;
}
/** Surface-specific steps around running the command (the action's runner files). */
export interface CommandHooks {
    /** The command's environment, from the engine's. */
    prepare(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
    /** What the command wrote to the runner's files, after it ran. */
    collect(): RunnerFiles | undefined;
    /** Re-applies what a cached run wrote. */
    apply(files: RunnerFiles): void;
}
export interface Engine extends KeyContext {
    readonly stores: StoreSet;
    /** Identifies this project among the entries of a shared store. */
    readonly scope: string;
    /** Scratch space for archives being written. */
    readonly tmpDir: string;
    readonly reporter: Reporter;
    readonly force: boolean;
    readonly producer: Producer;
    readonly local?: LocalStore;
    readonly prune?: {
        maxBytes?: number;
        maxAgeMs?: number;
    };
    readonly hooks?: CommandHooks;
    /** Signs saved entries and rejects unsigned or wrongly signed ones. */
    readonly signer?: Signer;
}
/** The task's key cannot be computed (a key-command failed, an input cannot be read). */
export declare class UncacheableError extends Error {
    readonly name = "UncacheableError";
}
/** Computes the task's key, with one warning per input pattern that matched no file. */
export declare function keyTask(spec: TaskSpec, engine: Engine): Promise<TaskKey>;
/** Runs a task through the cache: restore and replay on a hit, run and store on a miss. */
export declare function runTask(spec: TaskSpec, engine: Engine): Promise<TaskResult>;
export interface Hit {
    readonly source: Store;
    readonly record: RestoredRecord;
    readonly log: Buffer;
}
/**
 * Tries the readable stores in order; the first verified entry is restored. A hit from a later
 * (slower) store is copied into the earlier writable ones, so the next run hits sooner.
 */
export declare function restore(spec: TaskSpec, key: Key, engine: Engine): Promise<Hit | undefined>;
export interface RestoreOutcome {
    readonly hit?: Hit;
    /** Why an entry found under the key could not be used (the save after the run replaces it). */
    readonly unusable?: string;
}
/** restore(), and whether an entry was found but refused. */
export declare function restoreOutcome(spec: TaskSpec, key: Key, engine: Engine): Promise<RestoreOutcome>;
export interface MissExplanation {
    readonly reason: string;
    /** Undefined when no earlier entry of the task is known. */
    readonly changes: ManifestChange[] | undefined;
    readonly previous: EntryRecord | undefined;
}
/** Finds the task's most recent entry in the stores and diffs its manifest. */
export declare function explainMiss(spec: TaskSpec, manifest: Manifest, engine: Engine): Promise<MissExplanation>;
export interface SaveResult {
    readonly bytes: number;
    /** The stores the entry was written to. */
    readonly stores: Store[];
    /** The stores that kept an entry they had under the key. */
    readonly kept: Store[];
}
/**
 * Stores the task's outputs and log under its key in every writable store. With `replace`, an
 * existing entry is replaced where the store can; a store whose keys are immutable says so.
 * An output that cannot be stored means no entry at all: a partial entry would be a hit that
 * restores broken outputs.
 */
export declare function save(spec: TaskSpec, taskKey: {
    key: Key;
    manifest: Manifest;
}, engine: Engine, run: {
    log: Buffer;
    durationMs: number;
    runnerFiles: RunnerFiles | undefined;
    replace?: boolean;
}): Promise<SaveResult>;
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
export declare function dryRunTask(spec: TaskSpec, engine: Engine): Promise<DryRunResult>;
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
export declare function explainTask(spec: TaskSpec, engine: Engine): Promise<ExplainResult>;
