// What the cache would do and why, without running anything: the key (with its warnings),
// every store's answer, and the explanation of a miss against the task's latest entry.

import { blake3 } from '../adapters/blake3.js';
import { describeChanges, diffManifests, type ManifestChange, missReason } from '../core/diff.js';
import type { Key } from '../core/digest.js';
import { decodeRecord, type EntryRecord } from '../core/entry.js';
import type { Manifest } from '../core/manifest.js';
import type { TaskSpec } from './config-file.js';
import { computeTaskKey, type TaskKey } from './key.js';
import { messageOf } from './stores.js';
import type { RunContext } from './types.js';

/** The task's key cannot be computed (a key-command failed, an input cannot be read). */
export class UncacheableError extends Error {
  override readonly name = 'UncacheableError';
}

/** Computes the task's key, with one warning per input pattern that matched no file. */
export async function keyTask(spec: TaskSpec, context: RunContext): Promise<TaskKey> {
  let taskKey: TaskKey;
  try {
    taskKey = await computeTaskKey(spec, context);
  } catch (error) {
    throw new UncacheableError(messageOf(error));
  }
  for (const pattern of taskKey.unmatched) {
    context.reporter.warn(`${spec.name}: input pattern "${pattern}" matched no file`);
  }
  for (const warning of taskKey.warnings) context.reporter.warn(warning);
  for (const notice of taskKey.notices ?? []) context.reporter.notice?.(notice);
  return taskKey;
}

export interface MissExplanation {
  readonly reason: string;
  /** Undefined when no earlier entry of the task is known. */
  readonly changes: ManifestChange[] | undefined;
  readonly previous: EntryRecord | undefined;
}

/** Finds the task's most recent entry in the stores and diffs its manifest. */
export async function explainMiss(
  spec: TaskSpec,
  manifest: Manifest,
  context: RunContext,
): Promise<MissExplanation> {
  for (const store of context.stores.readable()) {
    const text = await context.stores.attempt(store, 'lookup', () =>
      store.latestRecord(spec.name, context.scope),
    );
    if (!text) continue;
    const decoded = decodeRecord(text, undefined, blake3, context.signer);
    if (!decoded.ok) continue;
    try {
      const changes = diffManifests(decoded.record.manifest, manifest);
      return { reason: missReason(changes), changes, previous: decoded.record };
    } catch (error) {
      // A record that passed decoding yet cannot be compared: the miss stays unexplained.
      return { reason: `unknown (${messageOf(error)})`, changes: undefined, previous: undefined };
    }
  }
  // No entry of the task is left to compare with; if it ran here before, say so rather than
  // calling this a first run.
  const ranBefore = await context.runLog
    ?.runs()
    .then((runs) => runs.some((run) => run.task === spec.name && run.status !== 'failed'))
    .catch(() => false);
  return {
    reason: ranBefore
      ? 'no entry for this key (the earlier entries of the task are gone: evicted, or saved elsewhere)'
      : missReason(undefined),
    changes: undefined,
    previous: undefined,
  };
}

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

/** Every readable store's answer for `key`: hit, miss, or null when the store failed. */
async function askStores(key: Key, context: RunContext): Promise<StoreAnswer[]> {
  const answers: StoreAnswer[] = [];
  for (const store of context.stores.readable()) {
    const hit = await context.stores.attempt(store, 'lookup', () => store.has(key));
    answers.push({ store: store.name, hit: hit ?? null });
  }
  return answers;
}

/** The key and every store's answer; runs nothing and writes nothing. */
export async function dryRunTask(spec: TaskSpec, context: RunContext): Promise<DryRunResult> {
  let taskKey: TaskKey;
  try {
    taskKey = await keyTask(spec, context);
  } catch (error) {
    if (!(error instanceof UncacheableError)) throw error;
    const reason = `uncacheable: ${error.message}`;
    return { task: spec.name, key: null, status: 'miss', source: null, stores: [], reason };
  }
  const { key, manifest } = taskKey;
  const answers = await askStores(key, context);
  const source = answers.find((a) => a.hit)?.store ?? null;
  const reason = source ? null : (await explainMiss(spec, manifest, context)).reason;
  return { task: spec.name, key, status: source ? 'hit' : 'miss', source, stores: answers, reason };
}

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
  readonly previous: { readonly key: string; readonly createdAt: string } | null;
  readonly changes: readonly ManifestChange[] | null;
  readonly lines: readonly string[];
  readonly unmatched: readonly string[];
}

/** The key's parts, and what differs from the task's most recent entry. */
export async function explainTask(spec: TaskSpec, context: RunContext): Promise<ExplainResult> {
  const { key, manifest, unmatched } = await computeTaskKey(spec, context).catch((error) => {
    throw new UncacheableError(messageOf(error));
  });
  const answers = await askStores(key, context);
  const explained = await explainMiss(spec, manifest, context);
  return {
    task: spec.name,
    key,
    manifest: {
      inputs: manifest.inputs.length,
      env: manifest.env.map((e) => e.name),
      command: manifest.command,
      shell: manifest.shell,
      cwd: manifest.cwd,
      platform: `${manifest.platform.os}-${manifest.platform.arch}`,
      keyCommands: manifest.keyCommands.map((k) => k.command),
      salt: manifest.salt,
    },
    unsetEnv: unsetEnvNames(spec.env, context.env),
    stores: answers,
    previous: explained.previous
      ? { key: explained.previous.key, createdAt: explained.previous.createdAt }
      : null,
    changes: explained.changes ?? null,
    lines: explained.changes ? describeChanges(explained.changes, 10) : [],
    unmatched,
  };
}

/** The names `env:` lists literally (no wildcard, no `!`) that are unset in `env`. */
export function unsetEnvNames(patterns: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const excluded = new Set(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
  return patterns.filter(
    (p) => !p.startsWith('!') && !p.includes('*') && !excluded.has(p) && env[p] === undefined,
  );
}
