// Key-commands, each distinct one run once per invocation: the same command in the same
// directory, shell and environment gives the same stdout for every task that names it, so its
// run is memoised (as a promise, so that tasks keyed at the same time share one run).

import { blake3 } from '../adapters/blake3.js';
import { debug } from '../adapters/debug.js';
import { captureStdout, monotonicMs } from '../adapters/process.js';
import { compareCodeUnits } from '../core/canonical.js';
import type { Shell } from '../core/config-shape.js';
import type { Digest } from '../core/digest.js';
import type { KeyCommandInput } from '../core/manifest.js';
import { formatDuration } from '../core/units.js';

/** A key-command slower than this is a notice naming it (once per invocation). */
export const SLOW_KEY_COMMAND_MS = 200;

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
export class KeyCommandMemo {
  readonly #runs = new Map<string, Promise<Outcome>>();

  /**
   * The run of this command, started by this call (`first`) or shared with an earlier one.
   * `writes` hears when a run starts and ends: a command may write to the workspace.
   */
  run(
    shell: Shell,
    command: string,
    cwd: string,
    env: NodeJS.ProcessEnv,
    writes?: Writes,
  ): { readonly outcome: Promise<Outcome>; readonly first: boolean } {
    const id = memoId(shell, command, cwd, env);
    const known = this.#runs.get(id);
    if (known) return { outcome: known, first: false };
    const started = monotonicMs();
    writes?.beginWrite();
    const outcome = captureStdout(shell, command, cwd, env)
      .finally(() => writes?.endWrite())
      .then((stdout) => ({
        digest: blake3(stdout),
        ms: Math.round(monotonicMs() - started),
      }));
    // A failure is shared too: the same command fails the same way for every task.
    outcome.catch(() => {});
    this.#runs.set(id, outcome);
    return { outcome, first: true };
  }
}

/** A digest of the run's identity; environment values go into it, never into a message. */
function memoId(shell: Shell, command: string, cwd: string, env: NodeJS.ProcessEnv): string {
  const vars = Object.entries(env)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .sort((a, b) => compareCodeUnits(a[0], b[0]));
  return blake3(JSON.stringify([shell, cwd, command, vars]));
}

const implicit = new WeakMap<object, KeyCommandMemo>();

/** The context's memo; a context built without one gets one of its own. */
export function memoOf(ctx: { readonly keyCommandMemo?: KeyCommandMemo }): KeyCommandMemo {
  if (ctx.keyCommandMemo) return ctx.keyCommandMemo;
  let memo = implicit.get(ctx);
  if (!memo) {
    memo = new KeyCommandMemo();
    implicit.set(ctx, memo);
  }
  return memo;
}

/**
 * A key-command's part of the key: run at most once per memo. The call that ran it adds a
 * notice to `notices` when it was slow, naming the command (never its output or environment).
 */
export async function keyCommandInput(
  memo: KeyCommandMemo,
  run: { shell: Shell; command: string; cwd: string; env: NodeJS.ProcessEnv },
  notices: string[],
  writes?: Writes,
): Promise<KeyCommandInput> {
  const { outcome, first } = memo.run(run.shell, run.command, run.cwd, run.env, writes);
  const { digest, ms } = await outcome;
  if (first) {
    debug(`key-command "${run.command}" in ${run.cwd}: ${ms} ms`);
    if (ms > SLOW_KEY_COMMAND_MS) {
      notices.push(
        `key-command "${run.command}" took ${formatDuration(ms)} (it runs once per invocation; its time is key time)`,
      );
    }
  } else {
    debug(`key-command "${run.command}" in ${run.cwd}: reused`);
  }
  return { command: run.command, digest };
}
