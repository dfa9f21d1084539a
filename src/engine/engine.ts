// The run-or-restore engine. It does not know whether the CLI or the action called it: it
// takes stores, an environment and a reporter, and returns results as data.

import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import {
  CorruptEntryError,
  checkDestinations,
  placeOutputs,
  recoverInterrupted,
  stageArchive,
  writeArchive,
} from '../adapters/archive.js';
import { uniqueSuffix } from '../adapters/atomic-file.js';
import { blake3 } from '../adapters/blake3.js';
import { preferredCodec, streams } from '../adapters/codec.js';
import { firstUndeclared } from '../adapters/declared-outputs.js';
import { listFiles, physicalDir } from '../adapters/files.js';
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
import { commandEnv, redact, secretValues } from '../core/env.js';
import type { Manifest } from '../core/manifest.js';
import type { LocalStore } from '../stores/local.js';
import type { SaveRequest, Store } from '../stores/store.js';
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
  readonly prune?: { maxBytes?: number; maxAgeMs?: number };
  readonly hooks?: CommandHooks;
  /** Signs saved entries and rejects unsigned or wrongly signed ones. */
  readonly signer?: Signer;
}

/** The task's key cannot be computed (a key-command failed, an input cannot be read). */
export class UncacheableError extends Error {
  override readonly name = 'UncacheableError';
}

/** Computes the task's key, with one warning per input pattern that matched no file. */
export async function keyTask(spec: TaskSpec, engine: Engine): Promise<TaskKey> {
  let taskKey: TaskKey;
  try {
    taskKey = await computeTaskKey(spec, engine);
  } catch (error) {
    throw new UncacheableError(messageOf(error));
  }
  for (const pattern of taskKey.unmatched) {
    engine.reporter.warn(`${spec.name}: input pattern "${pattern}" matched no file`);
  }
  for (const warning of taskKey.warnings ?? []) engine.reporter.warn(warning);
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

  let unusable: string | undefined;
  if (taskKey && !engine.force) {
    const outcome = await restoreOutcome(spec, taskKey.key, engine);
    unusable = outcome.unusable;
    const hit = outcome.hit;
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
        timeSavedMs: hit.record.durationMs - durationMs,
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
      : unusable !== undefined
        ? `the entry is unusable (${unusable})`
        : (await explainMiss(spec, taskKey.manifest, engine)).reason
    : 'no key';
  if (taskKey) reporter.miss(spec, taskKey.key, reason);

  let cwd: string;
  try {
    cwd = physicalDir(engine.workspace, spec.cwd);
  } catch (error) {
    // Running there would read and write outside the workspace: refused like a config error.
    reporter.warn(`${spec.name}: ${messageOf(error)}; not running the command`);
    const result = failedResult(spec, taskKey?.key ?? null, 2, started, reason);
    await finish(engine, result);
    return result;
  }
  // What a workflow `run:` step would see: no runner tokens, no signing key or remote secrets.
  const env = commandEnv(engine.env);
  const run = await runCommand({
    shell: spec.shell,
    command: spec.command,
    cwd,
    env: engine.hooks ? engine.hooks.prepare(env) : env,
    live: reporter.live,
  });
  if (run.spawnError) reporter.warn(`${spec.name}: ${run.spawnError}`);
  const runnerFiles = engine.hooks?.collect();

  let bytes = 0;
  let savedTo: string[] = [];
  let keptIn: string[] = [];
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
      // A forced run, or one that found the entry unusable, replaces it where it can.
      replace: engine.force || unusable !== undefined,
    });
    bytes = saved.bytes;
    savedTo = saved.stores.map((s) => s.name);
    keptIn = saved.kept.map((s) => s.name);
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
    ...(keptIn.length > 0 ? { keptIn } : {}),
    cachedAt: null,
    ...(runnerFiles ? { runnerFiles } : {}),
  };
  await finish(engine, result);
  return result;
}

function failedResult(
  spec: TaskSpec,
  key: Key | null,
  exitCode: number,
  started: number,
  reason: string,
): TaskResult {
  return {
    task: spec.name,
    key,
    status: 'failed',
    source: null,
    exitCode,
    durationMs: Math.round(monotonicMs() - started),
    originalDurationMs: null,
    timeSavedMs: 0,
    bytes: 0,
    reason,
    savedTo: [],
    cachedAt: null,
  };
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
  return (await restoreOutcome(spec, key, engine)).hit;
}

export interface RestoreOutcome {
  readonly hit?: Hit;
  /** Why an entry found under the key could not be used (the save after the run replaces it). */
  readonly unusable?: string;
}

/** restore(), and whether an entry was found but refused. */
export async function restoreOutcome(
  spec: TaskSpec,
  key: Key,
  engine: Engine,
): Promise<RestoreOutcome> {
  const { stores, reporter } = engine;
  let unusable: string | undefined;
  const refuse = (store: Store, reason: string, what: 'unusable' | 'corrupt') => {
    unusable ??= reason;
    reporter.warn(
      `${spec.name}: entry ${key.slice(0, 12)} in ${store.name} is ${what} (${reason}); treating it as a miss, outputs left as they were`,
    );
  };
  let removed: string[] = [];
  try {
    removed = recoverInterrupted(engine.workspace);
  } catch (error) {
    reporter.warn(`cleaning up after an interrupted restore failed: ${messageOf(error)}`);
  }
  if (removed.length > 0) {
    reporter.warn(
      `removed ${removed.length} output${removed.length === 1 ? '' : 's'} an interrupted restore left half-placed (${removed.slice(0, 3).join(', ')}${removed.length > 3 ? ', …' : ''})`,
    );
  }
  for (const store of stores.readable()) {
    const stored = await stores.get(store, key);
    if (!stored) continue;
    const decoded = decodeRecordToRestore(stored.recordText, key, blake3, engine.signer);
    if (!decoded.ok) {
      refuse(store, decoded.reason, 'unusable');
      continue;
    }
    const record = decoded.record;
    // Whoever can write a store may at most give the declared outputs other bytes.
    const undeclared = firstUndeclared(
      record.outputs.map((item) => item.path),
      spec.cwd,
      spec.outputs,
    );
    if (undeclared !== undefined) {
      refuse(store, `${undeclared} is not a declared output of the task`, 'unusable');
      continue;
    }
    const position = stores.stores.indexOf(store);
    const backfill = stores.writable().filter((s) => stores.stores.indexOf(s) < position);
    let copy: string | undefined;
    let written: Promise<void> | undefined;
    /** The store's stream, if one was opened: on any failure it is destroyed, never drained. */
    let source: Readable | undefined;
    try {
      checkDestinations(record, engine.workspace, {
        externalLinks: spec.allowExternalLinks === true,
      });
      if (backfill.length > 0) copy = scratchFile(engine, key);
      // A file the store holds is read in place, unless a copy for back-filling is wanted.
      let archive: Readable | string;
      if (copy) {
        source = await stored.openArchive();
        const tee = teeToFile(source, copy);
        archive = tee.stream;
        written = tee.written;
        // Awaited below; a failure that comes first (the stream reset) must not go unhandled.
        written.catch(() => {});
      } else if (stored.archiveFile !== undefined) archive = stored.archiveFile;
      else archive = source = await stored.openArchive();
      const staged = await stageArchive(archive, record, engine.workspace);
      try {
        await written;
      } catch (error) {
        rmSync(staged.dir, { recursive: true, force: true });
        throw error;
      }
      const stale = await staleOutputs(spec, record, engine).catch((error: unknown) => {
        rmSync(staged.dir, { recursive: true, force: true });
        throw error;
      });
      placeOutputs(record, staged, engine.workspace, stale);
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
      return { hit: { source: store, record, log: staged.log } };
    } catch (error) {
      source?.destroy();
      // A store switched off meanwhile (its archive went silent) has had its one warning.
      if (!stores.readable().includes(store)) continue;
      if (error instanceof CorruptEntryError) refuse(store, error.message, 'corrupt');
      else stores.fail(store, `restore: ${messageOf(error)}`);
    } finally {
      if (copy) rmSync(copy, { force: true });
    }
  }
  return unusable === undefined ? {} : { unusable };
}

/**
 * With `clean-outputs`, the files under the declared outputs that the entry does not have:
 * removed as the entry is placed, so a hit leaves exactly the entry's outputs.
 */
async function staleOutputs(
  spec: TaskSpec,
  record: RestoredRecord,
  engine: Engine,
): Promise<string[]> {
  if (!spec.cleanOutputs) return [];
  const keep = new Set(record.outputs.map((item) => item.path));
  const { files } = await listFiles({
    workspace: engine.workspace,
    cwd: spec.cwd,
    patterns: spec.outputs,
  });
  return files.map((file) => file.path).filter((file) => !keep.has(file));
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
  // Destroyed before its end (the restore gave up): the copy is abandoned too.
  source.on('close', () => {
    if (!source.readableEnded) {
      pass.destroy();
      out.destroy();
    }
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
  const ranBefore = await engine.local
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
export async function save(
  spec: TaskSpec,
  taskKey: { key: Key; manifest: Manifest },
  engine: Engine,
  run: {
    log: Buffer;
    durationMs: number;
    runnerFiles: RunnerFiles | undefined;
    replace?: boolean;
  },
): Promise<SaveResult> {
  const { reporter } = engine;
  const none: SaveResult = { bytes: 0, stores: [], kept: [] };
  if (engine.stores.writable().length === 0) return none;
  let archivePath: string | undefined;
  try {
    const listing = await listFiles({
      workspace: engine.workspace,
      cwd: spec.cwd,
      patterns: spec.outputs,
    });
    for (const pattern of listing.unmatched) {
      reporter.warn(`${spec.name}: output pattern "${pattern}" matched no file`);
    }
    archivePath = scratchFile(engine, taskKey.key);
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
      externalLinks: spec.allowExternalLinks === true,
    });
    if (written.skipped.length > 0) {
      reporter.warn(
        `${spec.name}: not saved: output ${written.skipped[0]} is a symlink leaving the workspace${written.skipped.length > 1 ? ` (and ${written.skipped.length - 1} more)` : ''}, which the entry cannot hold unless the task sets allow-external-links; a hit without it would restore a broken output`,
      );
      return none;
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
    const request: SaveRequest = {
      key: taskKey.key,
      task: spec.name,
      scope: engine.scope,
      recordText: encodeRecord(record, blake3, engine.signer),
      archivePath,
      archiveSize: statSync(archivePath).size,
      ...(run.replace ? { replace: true } : {}),
    };
    const targets = engine.stores.writable();
    if (run.replace) {
      for (const store of targets.filter((s) => !s.replaces)) {
        reporter.warn(
          `${spec.name}: ${store.name} cannot replace an entry (its keys are immutable); an existing entry there stays`,
        );
      }
    }
    const outcomes = await Promise.all(
      targets.map(async (store) => ({
        store,
        outcome: await engine.stores.attempt(store, 'write', () => store.put(request)),
      })),
    );
    const stores = outcomes.filter((o) => o.outcome === 'saved').map((o) => o.store);
    const kept = outcomes.filter((o) => o.outcome === 'exists').map((o) => o.store);
    if (engine.local && stores.includes(engine.local) && engine.prune) {
      const { maxBytes, maxAgeMs } = engine.prune;
      if (maxBytes !== undefined || maxAgeMs !== undefined) {
        await engine.local.prune({ maxBytes, maxAgeMs }).catch((error) => {
          reporter.warn(`pruning the local store failed: ${messageOf(error)}`);
        });
      }
    }
    return { bytes: outputBytes(record), stores, kept };
  } catch (error) {
    reporter.warn(
      `${spec.name}: saving the outputs failed (${messageOf(error)}); the task itself succeeded`,
    );
    return none;
  } finally {
    if (archivePath) rmSync(archivePath, { force: true });
  }
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
  let taskKey: TaskKey;
  try {
    taskKey = await keyTask(spec, engine);
  } catch (error) {
    if (!(error instanceof UncacheableError)) throw error;
    const reason = `uncacheable: ${error.message}`;
    return { task: spec.name, key: null, status: 'miss', source: null, stores: [], reason };
  }
  const { key, manifest } = taskKey;
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
  const { key, manifest, unmatched } = await computeTaskKey(spec, engine).catch((error) => {
    throw new UncacheableError(messageOf(error));
  });
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
