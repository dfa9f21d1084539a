import type { Shell } from '../core/config-shape.js';
import type { Digest } from '../core/digest.js';
import type { KeyCommandInput } from '../core/manifest.js';
/** A key-command slower than this is a notice naming it (once per invocation). */
export declare const SLOW_KEY_COMMAND_MS = 200;
interface Outcome {
    /** BLAKE3 of the command's stdout: the output itself is never kept. */
    readonly digest: Digest;
    readonly ms: number;
}
/** What hears of commands that may write to the workspace (adapters/scan-memo.ts). */
export interface Writes {
    beginWrite(): void;
    endWrite(): void;
}
/** The key-commands run in one invocation, by what makes their output the same. */
export declare class KeyCommandMemo {
    #private;
    /**
     * The run of this command, started by this call (`first`) or shared with an earlier one.
     * `writes` hears when a run starts and ends: a command may write to the workspace.
     */
    run(shell: Shell, command: string, cwd: string, env: NodeJS.ProcessEnv, writes?: Writes): {
        readonly outcome: Promise<Outcome>;
        readonly first: boolean;
    };
}
/** The context's memo; a context built without one gets one of its own. */
export declare function memoOf(ctx: {
    readonly keyCommandMemo?: KeyCommandMemo;
}): KeyCommandMemo;
/**
 * A key-command's part of the key: run at most once per memo. The call that ran it adds a
 * notice to `notices` when it was slow, naming the command (never its output or environment).
 */
export declare function keyCommandInput(memo: KeyCommandMemo, run: {
    shell: Shell;
    command: string;
    cwd: string;
    env: NodeJS.ProcessEnv;
}, notices: string[], writes?: Writes): Promise<KeyCommandInput>;
export {};
