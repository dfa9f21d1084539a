import type { Shell } from '../core/config-shape.js';
export interface ShellCommand {
    readonly file: string;
    readonly args: readonly string[];
}
export declare function defaultShell(platform?: NodeJS.Platform): Shell;
/** How each shell is invoked: bash as in a workflow's `run:` step (errexit, pipefail). */
export declare function shellCommand(shell: Shell, command: string): ShellCommand;
/** Where a command's output is shown as it arrives (a stream, or the CLI's descriptors). */
export interface Live {
    readonly stdout: {
        write(chunk: Uint8Array): unknown;
    };
    readonly stderr: {
        write(chunk: Uint8Array): unknown;
    };
}
export interface RunOptions {
    readonly shell: Shell;
    readonly command: string;
    readonly cwd: string;
    readonly env: NodeJS.ProcessEnv;
    /** Where live output goes; null to run silently. */
    readonly live: Live | null;
}
export interface RunResult {
    /** The process's exit code; 128 + signal number when killed by a signal. */
    readonly exitCode: number;
    /** Combined stdout and stderr in arrival order. */
    readonly log: Buffer;
    readonly durationMs: number;
    /** Set when the shell could not be started at all. */
    readonly spawnError?: string;
}
export declare function runCommand(options: RunOptions): Promise<RunResult>;
/** Runs a key-command and returns its stdout; a failure is an error naming the command. */
export declare function captureStdout(shell: Shell, command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Buffer>;
/**
 * Milliseconds on a clock that never goes back, for durations. (The global `performance`
 * loads a module of its own on first use, which a small run notices.)
 */
export declare function monotonicMs(): number;
