// The run-or-restore engine. It does not know whether the CLI or the action called it: it
// takes stores, an environment and a reporter, and returns results as data.

import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import {
  CorruptEntryError,
  checkDestinations,
  placeOutputs,
  stageArchive,
  writeArchive,
} from '../adapters/archive.js';
import { uniqueSuffix } from '../adapters/atomic-file.js';
import { blake3 } from '../adapters/blake3.js';
import { preferredCodec, streams } from '../adapters/codec.js';
import { listFiles } from '../adapters/files.js';
import { type Live, monotonicMs, runCommand } from '../adapters/process.js';
import { describeChanges, diffManifests, type ManifestChange, missReason } from '../core/diff.js';
import type { Key } from '../core/digest.js';
import {
  decodeRecord,
  decodeRecordToRestore,
  ENTRY_FORMAT,
  type EntryRecord,
  encodeRecord,
  outputBytes,
  type Producer,
  type RestoredRecord,
  type RunnerFiles,
  type Signer,
} from '../core/entry.js';
import { redact, secretValues } from '../core/env.js';
import type { Manifest } from '../core/manifest.js';
import type { LocalStore } from '../stores/local.js';
import type { Store } from '../stores/store.js';
import type { TaskSpec } from './config-file.js';
import { computeTaskKey, type KeyContext, type TaskKey } from './key.js';
import { messageOf, type StoreSet } from './stores.js';

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
  readonly timeSavedMs: number;
  /** Output bytes restored (hit) or stored (miss). */
  readonly bytes: number;
  /** Why it missed, in one line. */
  readonly reason: string | null;
  /** The stores a miss was saved to. */
  readonly savedTo: readonly string[];
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
  readonly prune?: { maxBytes?: number; maxAgeMs?: number };
  readonly hooks?: CommandHooks;
  /** Signs saved entries and rejects unsigned or wrongly signed ones. */
  readonly signer?: Signer;
}

/** Computes the task's key, with one warning per input pattern that matched no file. */
export async function keyTask(spec: TaskSpec, engine: Engine): Promise<TaskKey> {
  const taskKey = await computeTaskKey(spec, engine);
  for (const pattern of taskKey.unmatched) {
    engine.reporter.warn(`${spec.name}: input pattern "${pattern}" matched no file`);
  }
  return taskKey;
}

/** Runs a task through the cache: restore and replay on a hit, run and store on a miss. */
export async function runTask(spec: TaskSpec, engine: Engine): Promise<TaskResult> {
  const started = monotonicMs();
  const { reporter } = engine;
  let taskKey: TaskKey | undefined;
  try {
    taskKey = await keyTask(spec, engine);
  } catch (error) {
    reporter.warn(
      `${spec.name}: cannot compute the key (${messageOf(error)}); running without the cache`,
    );
  }

  if (taskKey && !engine.force) {
    const hit = await restore(spec, taskKey.key, engine);
    if (hit) {
      const durationMs = Math.round(monotonicMs() - started);
      const result: TaskResult = {
        task: spec.name,
        key: taskKey.key,
        status: 'hit',
        source: hit.source.name,
        exitCode: 0,
        durationMs,
        originalDurationMs: hit.record.durationMs,
        timeSavedMs: Math.max(0, hit.record.durationMs - durationMs),
        bytes: outputBytes(hit.record),
        reason: null,
        savedTo: [],
        cachedAt: hit.record.createdAt,
        ...(hit.record.runnerFiles ? { runnerFiles: hit.record.runnerFiles } : {}),
      };
      if (hit.record.runnerFiles) engine.hooks?.apply(hit.record.runnerFiles);
      reporter.hit(spec, taskKey.key, hit.source.name, hit.record, hit.log);
      await finish(engine, result);
      return result;
    }
  }

  const reason = taskKey
    ? engine.force
      ? 'forced'
      : (await explainMiss(spec, taskKey.manifest, engine)).reason
    : 'no key';
  if (taskKey) reporter.miss(spec, taskKey.key, reason);

  const cwd = path.join(engine.workspace, spec.cwd);
  const run = await runCommand({
    shell: spec.shell,
    command: spec.command,
    cwd,
    env: engine.hooks ? engine.hooks.prepare(engine.env) : engine.env,
    live: reporter.live,
  });
  if (run.spawnError) reporter.warn(`${spec.name}: ${run.spawnError}`);
  const runnerFiles = engine.hooks?.collect();

  let bytes = 0;
  let savedTo: string[] = [];
  if (run.exitCode === 0 && taskKey) {
    const secrets = [
      ...secretValues(engine.env),
      ...spec.redact.map((name) => engine.env[name]).filter((v): v is string => !!v),
    ];
    const log = Buffer.from(redact(run.log.toString('utf8'), secrets));
    const saved = await save(spec, taskKey, engine, {
      log,
      durationMs: run.durationMs,
      runnerFiles: runnerFiles && redactRunnerFiles(spec, runnerFiles, secrets, reporter),
    });
    bytes = saved.bytes;
    savedTo = saved.stores.map((s) => s.name);
  }
  const result: TaskResult = {
    task: spec.name,
    key: taskKey?.key ?? null,
    status: run.exitCode === 0 ? 'miss' : 'failed',
    source: null,
    exitCode: run.exitCode,
    durationMs: Math.round(monotonicMs() - started),
    originalDurationMs: null,
    timeSavedMs: 0,
    bytes,
    reason,
    savedTo,
    cachedAt: null,
    ...(runnerFiles ? { runnerFiles } : {}),
  };
  await finish(engine, result);
  return result;
}

/**
 * Secrets never go into an entry: what the command wrote to the runner's files is redacted
 * like the log. A hit then re-applies `***` in their place, so the user is told.
 */
function redactRunnerFiles(
  spec: TaskSpec,
  files: RunnerFiles,
  secrets: readonly string[],
  reporter: Reporter,
): RunnerFiles {
  const redacted: RunnerFiles = {
    output: redact(files.output, secrets),
    env: redact(files.env, secrets),
    path: redact(files.path, secrets),
    summary: redact(files.summary, secrets),
  };
  const touched = (Object.keys(files) as (keyof RunnerFiles)[]).filter(
    (field) => files[field] !== redacted[field],
  );
  if (touched.length > 0) {
    reporter.warn(
      `${spec.name}: the command wrote secret values to GITHUB_${touched.map((f) => (f === 'summary' ? 'STEP_SUMMARY' : f.toUpperCase())).join(', GITHUB_')}; the cache entry keeps *** in their place, which a hit will re-apply`,
    );
  }
  return redacted;
}

async function finish(engine: Engine, result: TaskResult): Promise<void> {
  engine.reporter.done(result);
  if (!engine.local || engine.local.mode === 'off' || result.key === null) return;
  await engine.local
    .recordRun({
      time: new Date().toISOString(),
      task: result.task,
      key: result.key,
      status: result.status,
      source: result.source,
      durationMs: result.durationMs,
      savedMs: result.timeSavedMs,
    })
    .catch(() => {});
}

export interface Hit {
  readonly source: Store;
  readonly record: RestoredRecord;
  readonly log: Buffer;
}

/**
 * Tries the readable stores in order; the first verified entry is restored. A hit from a later
 * (slower) store is copied into the earlier writable ones, so the next run hits sooner.
 */
export async function restore(spec: TaskSpec, key: Key, engine: Engine): Promise<Hit | undefined> {
  const { stores, reporter } = engine;
  for (const store of stores.readable()) {
    const stored = await stores.get(store, key);
    if (!stored) continue;
    const decoded = decodeRecordToRestore(stored.recordText, key, blake3, engine.signer);
    if (!decoded.ok) {
      reporter.warn(
        `${spec.name}: entry ${key.slice(0, 12)} in ${store.name} is unusable (${decoded.reason}); treating it as a miss`,
      );
      continue;
    }
    const record = decoded.record;
    const position = stores.stores.indexOf(store);
    const backfill = stores.writable().filter((s) => stores.stores.indexOf(s) < position);
    const copy = backfill.length > 0 ? scratchFile(engine, key) : undefined;
    try {
      checkDestinations(record, engine.workspace);
      // A file the store holds is read in place, unless a copy for back-filling is wanted.
      let archive: Readable | string;
      let written: Promise<void> | undefined;
      if (copy) ({ stream: archive, written } = teeToFile(await stored.openArchive(), copy));
      else archive = stored.archiveFile ?? (await stored.openArchive());
      const staged = await stageArchive(archive, record, engine.workspace);
      try {
        await written;
      } catch (error) {
        rmSync(staged.dir, { recursive: true, force: true });
        throw error;
      }
      placeOutputs(record, staged, engine.workspace);
      if (copy) {
        await stores.putAll(backfill, {
          key,
          task: spec.name,
          scope: engine.scope,
          recordText: stored.recordText,
          archivePath: copy,
          archiveSize: statSync(copy).size,
        });
      }
      return { source: store, record, log: staged.log };
    } catch (error) {
      if (error instanceof CorruptEntryError) {
        reporter.warn(
          `${spec.name}: entry ${key.slice(0, 12)} in ${store.name} is corrupt (${error.message}); treating it as a miss, outputs left as they were`,
        );
      } else {
        stores.fail(store, `restore: ${messageOf(error)}`);
      }
    } finally {
      if (copy) rmSync(copy, { force: true });
    }
  }
  return undefined;
}

function scratchFile(engine: Engine, key: Key): string {
  mkdirSync(engine.tmpDir, { recursive: true });
  return path.join(engine.tmpDir, `${key}.${uniqueSuffix()}.archive`);
}

/** Passes `source` on while writing the same bytes to `file`. */
function teeToFile(source: Readable, file: string): { stream: Readable; written: Promise<void> } {
  const out = createWriteStream(file);
  const pass = new (streams().PassThrough)();
  source.on('error', (error) => {
    pass.destroy(error);
    out.destroy(error);
  });
  source.pipe(out);
  source.pipe(pass);
  return { stream: pass, written: streams().promises.finished(out) };
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
  engine: Engine,
): Promise<MissExplanation> {
  for (const store of engine.stores.readable()) {
    const text = await engine.stores.attempt(store, 'lookup', () =>
      store.latestRecord(spec.name, engine.scope),
    );
    if (!text) continue;
    const decoded = decodeRecord(text, undefined, blake3, engine.signer);
    if (!decoded.ok) continue;
    const changes = diffManifests(decoded.record.manifest, manifest);
    return { reason: missReason(changes), changes, previous: decoded.record };
  }
  return { reason: missReason(undefined), changes: undefined, previous: undefined };
}

/** Stores the task's outputs and log under its key in every writable store. */
export async function save(
  spec: TaskSpec,
  taskKey: { key: Key; manifest: Manifest },
  engine: Engine,
  run: { log: Buffer; durationMs: number; runnerFiles: RunnerFiles | undefined },
): Promise<{ bytes: number; stores: Store[] }> {
  const { reporter } = engine;
  if (engine.stores.writable().length === 0) return { bytes: 0, stores: [] };
  const listing = await listFiles({
    workspace: engine.workspace,
    cwd: spec.cwd,
    patterns: spec.outputs,
  });
  for (const pattern of listing.unmatched) {
    reporter.warn(`${spec.name}: output pattern "${pattern}" matched no file`);
  }
  const archivePath = scratchFile(engine, taskKey.key);
  try {
    const codec = preferredCodec(
      listing.files.reduce((sum, file) => sum + file.size, 0) + run.log.length,
      engine.stores.writable().some((store) => store.compress),
    );
    const written = await writeArchive({
      files: listing.files,
      workspace: engine.workspace,
      log: run.log,
      codec,
      dest: archivePath,
    });
    for (const skipped of written.skipped) {
      reporter.warn(
        `${spec.name}: output ${skipped} is a symlink leaving the workspace; not stored`,
      );
    }
    const record: EntryRecord = {
      format: ENTRY_FORMAT,
      key: taskKey.key,
      task: spec.name,
      manifest: taskKey.manifest,
      createdAt: new Date().toISOString(),
      durationMs: run.durationMs,
      exitCode: 0,
      outputs: written.outputs,
      log: written.log,
      archive: { codec },
      producer: engine.producer,
      ...(run.runnerFiles ? { runnerFiles: run.runnerFiles } : {}),
    };
    const stores = await engine.stores.saveAll({
      key: taskKey.key,
      task: spec.name,
      scope: engine.scope,
      recordText: encodeRecord(record, blake3, engine.signer),
      archivePath,
      archiveSize: statSync(archivePath).size,
    });
    if (engine.local && stores.includes(engine.local) && engine.prune) {
      const { maxBytes, maxAgeMs } = engine.prune;
      if (maxBytes !== undefined || maxAgeMs !== undefined) {
        await engine.local.prune({ maxBytes, maxAgeMs }).catch((error) => {
          reporter.warn(`pruning the local store failed: ${messageOf(error)}`);
        });
      }
    }
    return { bytes: outputBytes(record), stores };
  } catch (error) {
    reporter.warn(
      `${spec.name}: saving the outputs failed (${messageOf(error)}); the task itself succeeded`,
    );
    return { bytes: 0, stores: [] };
  } finally {
    rmSync(archivePath, { force: true });
  }
}

export interface StoreAnswer {
  readonly store: string;
  readonly hit: boolean | null;
}

export interface DryRunResult {
  readonly task: string;
  readonly key: Key;
  readonly status: 'hit' | 'miss';
  readonly source: string | null;
  readonly stores: readonly StoreAnswer[];
  readonly reason: string | null;
}

/** Every readable store's answer for `key`: hit, miss, or null when the store failed. */
async function askStores(key: Key, engine: Engine): Promise<StoreAnswer[]> {
  const answers: StoreAnswer[] = [];
  for (const store of engine.stores.readable()) {
    const hit = await engine.stores.attempt(store, 'lookup', () => store.has(key));
    answers.push({ store: store.name, hit: hit ?? null });
  }
  return answers;
}

/** The key and every store's answer; runs nothing and writes nothing. */
export async function dryRunTask(spec: TaskSpec, engine: Engine): Promise<DryRunResult> {
  const { key, manifest } = await keyTask(spec, engine);
  const answers = await askStores(key, engine);
  const source = answers.find((a) => a.hit)?.store ?? null;
  const reason = source ? null : (await explainMiss(spec, manifest, engine)).reason;
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
  readonly stores: readonly StoreAnswer[];
  readonly previous: { readonly key: string; readonly createdAt: string } | null;
  readonly changes: readonly ManifestChange[] | null;
  readonly lines: readonly string[];
  readonly unmatched: readonly string[];
}

/** The key's parts, and what differs from the task's most recent entry. */
export async function explainTask(spec: TaskSpec, engine: Engine): Promise<ExplainResult> {
  const { key, manifest, unmatched } = await computeTaskKey(spec, engine);
  const answers = await askStores(key, engine);
  const explained = await explainMiss(spec, manifest, engine);
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
    stores: answers,
    previous: explained.previous
      ? { key: explained.previous.key, createdAt: explained.previous.createdAt }
      : null,
    changes: explained.changes ?? null,
    lines: explained.changes ? describeChanges(explained.changes, 10) : [],
    unmatched,
  };
}
