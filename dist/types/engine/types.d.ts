import type { Live } from '../adapters/process.js';
import type { Key } from '../core/digest.js';
import type { Producer, RestoredRecord, RunnerFiles, Signer } from '../core/entry.js';
import type { RunRecord } from '../stores/local.js';
import type { Store } from '../stores/store.js';
import type { TaskSpec } from './config-file.js';
import type { KeyContext } from './key.js';
import type { StoreSet } from './stores.js';
export type TaskStatus = TaskResult['status'];
interface ResultBase {
    readonly task: string;
    /** The command's exit code (0 for a hit). */
    readonly exitCode: number;
    /** Wall time of this run: restoring on a hit, running and saving on a miss. */
    readonly durationMs: number;
    /** The part of durationMs spent computing the key (inputs, env, key-commands). */
    readonly keyMs?: number;
    /** Output bytes restored (hit) or stored (miss). */
    readonly bytes: number;
    /** What the command wrote to the runner's files (a miss), or re-applied (a hit). */
    readonly runnerFiles?: RunnerFiles;
}
export interface HitResult extends ResultBase {
    readonly status: 'hit';
    readonly key: Key;
    /** The store the entry came from. */
    readonly source: string;
    /** How long the command took when the entry was made. */
    readonly originalDurationMs: number;
    /**
     * The one time-saved figure of a hit: how long the command took when the entry was made,
     * minus this run's time; negative when restoring cost more than running would have.
     */
    readonly timeSavedMs: number;
    /** When the entry was created. */
    readonly cachedAt: string;
}
export interface MissResult extends ResultBase {
    readonly status: 'miss';
    /** Null when the key could not be computed (the task ran without the cache). */
    readonly key: Key | null;
    /** Why it missed, in one line. */
    readonly reason: string;
    /** The stores the entry was written to. */
    readonly savedTo: readonly string[];
    /** The stores that kept an existing entry instead (theirs was there, or keys are immutable). */
    readonly keptIn: readonly string[];
}
export interface FailedResult extends ResultBase {
    readonly status: 'failed';
    readonly key: Key | null;
    /** Why the cache missed before the command failed (or why it did not run). */
    readonly reason: string;
}
/** What a task's run through the cache gave: a hit, a miss (run and saved), or a failure. */
export type TaskResult = HitResult | MissResult | FailedResult;
/** How a surface shows what the engine does. */
export interface Reporter {
    warn(message: string): void;
    /** Something worth knowing that is not a problem (a slow key-command). */
    notice?(message: string): void;
    /** A miss, before the command runs. */
    miss(task: TaskSpec, key: Key, reason: string): void;
    /** A hit, after the outputs are in place: shows the header and replays the log. */
    hit(task: TaskSpec, key: Key, source: string, entry: HitEntry, log: Buffer): void;
    done(result: TaskResult): void;
    /** A failed command's captured output, for a surface that did not show it live. */
    failedOutput?(task: TaskSpec, log: Buffer): void;
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
/**
 * What the engine is given for a run: the stores, the environment and key context, the
 * reporter, and the surface's hooks. The CLI and the action each build one.
 */
export interface RunContext extends KeyContext {
    readonly stores: StoreSet;
    /** Identifies this project among the entries of a shared store. */
    readonly scope: string;
    /** Scratch space for archives being written. */
    readonly tmpDir: string;
    readonly reporter: Reporter;
    readonly force: boolean;
    readonly producer: Producer;
    /** Where runs are recorded (for stats, and to tell an evicted entry from a first run). */
    readonly runLog?: RunLog;
    readonly hooks?: CommandHooks;
    /** Signs saved entries and rejects unsigned or wrongly signed ones. */
    readonly signer?: Signer;
    /** What a sealed run (run-seal.ts) is told of the invocation's keys and hits. */
    readonly sealing?: SealingHooks;
}
export interface SealingHooks {
    /** The warnings a task's key gave (the same for the same inputs), once it is computed. */
    keyWarned(task: string, warnings: readonly string[]): void;
    /**
     * A hit from a local store file whose outputs were all in place and whose log was kept, so
     * nothing was written.
     */
    inPlaceHit(task: string, key: Key, record: RestoredRecord): void;
    /** A task missed, failed or placed outputs: the invocation will not be sealed. */
    unsealable(reason: string): void;
}
/** What a surface shows of a hit's entry. */
export interface HitEntry {
    readonly createdAt: string;
    /** How long the command took when the entry was made. */
    readonly durationMs: number;
    /** How many files (not links) the entry's outputs are. */
    readonly files: number;
    /** The workflow run that made the entry, when it was made in one. */
    readonly runUrl?: string;
}
/** What a surface shows of a restored record. */
export declare function hitEntry(record: RestoredRecord): HitEntry;
export interface Hit {
    readonly source: Store;
    readonly record: RestoredRecord;
    readonly log: Buffer;
}
/** The record of runs a run context appends to and reads back (the local store keeps one). */
export interface RunLog {
    recordRun(run: RunRecord): Promise<void>;
    runs(): Promise<readonly RunRecord[]>;
}
export {};
