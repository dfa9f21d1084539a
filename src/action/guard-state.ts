// What the guard restore step hands to the guard save step of the same task (as actions/cache's
// StateProvider): a small port with a file-backed implementation for the guard steps and a null
// one for a mode with no separate restore step. The file lives in RUNNER_TEMP, which any step
// of the job can write, so what is read back is checked like any other untrusted input.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type HashFn, isKey, type Key } from '../core/digest.js';
import { computeKey, type Manifest, readManifest } from '../core/manifest.js';

export interface GuardState {
  readonly key: Key;
  readonly manifest: Manifest;
  /** True when the restore step restored the outputs: the save step has nothing to do. */
  readonly hit: boolean;
  /** When the restore step finished keying (epoch ms): the guarded steps' duration starts. */
  readonly startedAt: number;
}

/** The guard state of one task. */
export interface GuardStatePort {
  /** The restore step's state, or undefined when none ran (or what it left is not valid). */
  get(): GuardState | undefined;
  set(state: GuardState): void;
}

/** For a mode with no separate restore step: nothing is kept, nothing is found. */
export const nullGuardState: GuardStatePort = {
  get: () => undefined,
  set: () => {},
};

export function guardStatePath(env: NodeJS.ProcessEnv, task: string): string {
  const temp = env.RUNNER_TEMP || os.tmpdir();
  return path.join(temp, 'taskcache', 'guard', `${encodeURIComponent(task)}.json`);
}

export type GuardStateCheck =
  | { readonly ok: true; readonly state: GuardState }
  | { readonly ok: false; readonly reason: string };

const FIELDS = ['key', 'manifest', 'hit', 'startedAt'];

/**
 * Checks what a state file holds: every field with its type and nothing else, a manifest of
 * `task` whose key is `key` (so a file of another task, or one edited since, is not taken for
 * this task's).
 */
export function readGuardState(value: unknown, task: string, hash: HashFn): GuardStateCheck {
  const fail = (reason: string): GuardStateCheck => ({ ok: false, reason });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('not an object');
  }
  const fields = value as { readonly [field: string]: unknown };
  const extra = Object.keys(fields).find((field) => !FIELDS.includes(field));
  if (extra !== undefined) return fail(`unknown field ${JSON.stringify(extra)}`);
  const { key, hit, startedAt } = fields;
  if (!isKey(key)) return fail('key is not a 64-character key');
  if (typeof hit !== 'boolean') return fail('hit is not true or false');
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt < 0) {
    return fail('startedAt is not a time');
  }
  const manifest = readManifest(fields.manifest);
  if (!manifest.ok) return fail(manifest.reason);
  if (manifest.manifest.task !== task) {
    return fail(`manifest of task ${JSON.stringify(manifest.manifest.task)}`);
  }
  if (computeKey(manifest.manifest, hash) !== key)
    return fail('key is not the key of its manifest');
  return { ok: true, state: { key, manifest: manifest.manifest, hit, startedAt } };
}

/**
 * The guard state of `task` in a file of the job's temporary directory. A file that does not
 * read back as a valid state is treated as absent, with one warning naming it.
 */
export function fileGuardState(options: {
  env: NodeJS.ProcessEnv;
  task: string;
  hash: HashFn;
  warn: (message: string) => void;
}): GuardStatePort {
  const file = guardStatePath(options.env, options.task);
  const ignore = (reason: string) =>
    options.warn(
      `taskcache: ${options.task}: ignoring the restore step's state in ${file}, which is not valid (${reason})`,
    );
  return {
    get() {
      if (!existsSync(file)) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        ignore('not JSON');
        return undefined;
      }
      const check = readGuardState(value, options.task, options.hash);
      if (check.ok) return check.state;
      ignore(check.reason);
      return undefined;
    },
    set(state) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(state));
    },
  };
}
