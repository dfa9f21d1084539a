// What the cache would do and why, without running anything: the key (with its warnings),
// every store's answer, and the explanation of a miss against the nearest of the task's recent
// entries.

import { blake3 } from '../adapters/blake3.js';
import { SHOWN_PATHS } from '../adapters/git-ignore.js';
import {
  changeCount,
  describeChanges,
  diffManifests,
  type ManifestChange,
  missReason,
} from '../core/diff.js';
import type { Key } from '../core/digest.js';
import { decodeRecord, type EntryRecord } from '../core/entry.js';
import type { Manifest } from '../core/manifest.js';
import type { Store } from '../stores/store.js';
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
  const warnings = [
    ...taskKey.unmatched.map(
      (pattern) => `${spec.name}: input pattern "${pattern}" matched no file`,
    ),
    ...taskKey.warnings,
  ];
  for (const warning of warnings) context.reporter.warn(warning);
  context.sealing?.keyWarned(spec.name, warnings);
  for (const notice of taskKey.notices ?? []) context.reporter.notice?.(notice);
  return taskKey;
}

export interface MissExplanation {
  readonly reason: string;
  /** Undefined when no earlier entry of the task is known. */
  readonly changes: ManifestChange[] | undefined;
  /** The entry compared with: the nearest of the task's recent entries. */
  readonly previous: EntryRecord | undefined;
  /** Where `previous` came from, and how many recent entries it was chosen among. */
  readonly compared?: { readonly store: string; readonly among: number };
}

/** The record texts of the task's recent entries in a store, newest first. */
async function recentRecords(store: Store, task: string, scope: string): Promise<string[]> {
  if (store.recentRecords) return store.recentRecords(task, scope);
  const latest = await store.latestRecord(task, scope);
  return latest === undefined ? [] : [latest];
}

/**
 * Finds the task's recent entries in the first store that has any and diffs the manifest
 * against the nearest of them: the one with the fewest differing inputs (the newest of those
 * as a tie), so after switching branches a miss lists this branch's edits, not the other's.
 */
export async function explainMiss(
  spec: TaskSpec,
  manifest: Manifest,
  context: RunContext,
): Promise<MissExplanation> {
  for (const store of context.stores.readable()) {
    const texts = await context.stores.attempt(store, 'lookup', () =>
      recentRecords(store, spec.name, context.scope),
    );
    let nearest: { record: EntryRecord; changes: ManifestChange[]; count: number } | undefined;
    let among = 0;
    let failure: unknown;
    for (const text of texts ?? []) {
      const decoded = decodeRecord(text, undefined, blake3, context.signer);
      if (!decoded.ok) continue;
      among++;
      try {
        const changes = diffManifests(decoded.record.manifest, manifest);
        const count = changeCount(changes);
        if (nearest === undefined || count < nearest.count) {
          nearest = { record: decoded.record, changes, count };
        }
      } catch (error) {
        failure ??= error;
      }
    }
    if (nearest) {
      const { record, changes } = nearest;
      const compared = { store: store.name, among };
      return { reason: missReason(changes), changes, previous: record, compared };
    }
    if (failure !== undefined) {
      // Records that passed decoding yet cannot be compared: the miss stays unexplained.
      return { reason: `unknown (${messageOf(failure)})`, changes: undefined, previous: undefined };
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
    readonly ignored: { readonly count: number; readonly first: readonly string[] };
    readonly untracked: { readonly count: number; readonly first: readonly string[] };
  } | null;
}

/** A count and the first few of `paths`. */
function firstFew(paths: readonly string[] = []) {
  return { count: paths.length, first: paths.slice(0, SHOWN_PATHS) };
}

/** The key's parts, and what differs from the task's most recent entry. */
export async function explainTask(spec: TaskSpec, context: RunContext): Promise<ExplainResult> {
  const { key, manifest, unmatched, ignored } = await computeTaskKey(spec, context, {
    untracked: true,
  }).catch((error) => {
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
      ? {
          key: explained.previous.key,
          createdAt: explained.previous.createdAt,
          ...explained.compared,
        }
      : null,
    changes: explained.changes ?? null,
    lines: explained.changes ? describeChanges(explained.changes, 10) : [],
    unmatched,
    git: ignored
      ? { ignored: firstFew(ignored.ignored), untracked: firstFew(ignored.untracked) }
      : null,
  };
}

/** The names `env:` lists literally (no wildcard, no `!`) that are unset in `env`. */
export function unsetEnvNames(patterns: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const excluded = new Set(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
  return patterns.filter(
    (p) => !p.startsWith('!') && !p.includes('*') && !excluded.has(p) && env[p] === undefined,
  );
}
