// A sealed run. When every task of an invocation hit with its outputs already in place, what
// the invocation looked at (adapters/stat-witness.ts: every stat of its scans, listings and
// outputs) is kept with what it showed. The next invocation of the same tasks (same config,
// selection, flags, environment, stores and build) that finds every one of those stats as it
// was, and each entry still in the local store, has the same keys and the same outputs in
// place: it replays those hits without computing a key or reading a record. Anything else (a
// stat changed, an entry gone, replaced or past max-age, a kept log missing, the seal torn or
// foreign) and the invocation goes the usual way, which seals it again when it qualifies.
//
// What a seal rests on is the stat cache's rule: an inode's size, mtime and ctime unchanged,
// nothing having changed within 2 s before the invocation that saw it (see isRacy), and a
// directory's listing unchanged while its mtime and ctime are. A seal is local state, trusted
// as the stat cache is: one planted in the state directory can at most make a run show hits
// for outputs the workspace already holds, and only while every stat it names matches, inode
// and ctime included. With a signing key no run is sealed, since a seal is not signed.
//
// The file: "TCR1"; a u32 length and the header (JSON: the fingerprint and the tasks); a u32
// length and the paths, UTF-8, joined by NUL (which no path holds), those below the workspace
// relative to it; a u32 count, a byte per path (FOLLOWED: stat, links followed, else lstat;
// FOUND: something was there; RELATIVE); SEEN_FIELDS float64 per path.

import { lstatSync, readFileSync, type Stats, statSync } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../adapters/atomic-file.js';
import { blake3 } from '../adapters/blake3.js';
import { collectGarbage } from '../adapters/collect.js';
import { debug } from '../adapters/debug.js';
import type { KeptLogs } from '../adapters/kept-logs.js';
import { isRacy } from '../adapters/stat-cache.js';
import {
  FOLLOWED,
  FOUND,
  RELATIVE,
  SEEN_FIELDS,
  type StatNumbers,
  StatWitness,
} from '../adapters/stat-witness.js';
import { type Digest, isDigest, isKey, type Key } from '../core/digest.js';
import { isObject } from '../core/fields.js';
import type { LocalStore } from '../stores/local.js';
import type { TaskSpec } from './config-file.js';
import { sealStateName } from './key-caches.js';
import { type HitEntry, hitEntry, type SealingHooks } from './types.js';

const MAGIC = 'TCR1';
/** Paths beyond which a witness let go is worth a collection (megabytes of buffers). */
const BIG_WITNESS = 10_000;

// The build's source digest (scripts/build.mjs); run from source, the sources are as loaded.
declare const __TASKCACHE_SOURCE__: string | undefined;
const BUILD = typeof __TASKCACHE_SOURCE__ === 'string' ? __TASKCACHE_SOURCE__ : 'source';

/** A task as a sealed run replays it. */
export interface SealedTask {
  readonly task: string;
  readonly key: Key;
  /** The entry's directory in the local store, as it was. */
  readonly entry: StatNumbers;
  readonly shown: HitEntry;
  /** Output bytes, as the hit's result reports them. */
  readonly bytes: number;
  readonly log: { readonly size: number; readonly digest: Digest };
  /** What its key warned (an input pattern that matched nothing), shown again. */
  readonly warnings: readonly string[];
}

/** A replayed task: what the seal kept and its log. */
export interface ReplayedTask extends SealedTask {
  readonly logBytes: Buffer;
}

/** Everything a seal's invocation must share with the one that replays it. */
export interface SealedInvocation {
  readonly workspace: string;
  readonly specs: readonly TaskSpec[];
  /** The flags and settings that shape the run and what it shows. */
  readonly settings: unknown;
  readonly stores: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly platform: { readonly os: string; readonly arch: string };
}

/**
 * A digest of the invocation. The environment enters whole (a declared variable's value is in
 * a key; others may steer taskcache): only this digest of it is kept, never a value.
 */
export function sealFingerprint(invocation: SealedInvocation): string {
  const env = Object.entries(invocation.env)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return blake3(
    JSON.stringify({
      seal: MAGIC,
      build: BUILD,
      node: process.version,
      cwd: process.cwd(),
      workspace: invocation.workspace,
      specs: invocation.specs,
      settings: invocation.settings,
      stores: invocation.stores,
      platform: invocation.platform,
      env,
    }),
  );
}

/** Where a workspace's seal is kept in the state directory. */
export function sealFile(stateDir: string, workspace: string): string {
  return path.join(stateDir, sealStateName(workspace));
}

/**
 * Collects what an invocation looks at and its hits in place, from before its first scan;
 * `seal` writes them when the invocation qualifies.
 */
export class RunSealer {
  private readonly witness: StatWitness;
  /** Before anything is looked at: what the racy rule compares times with. */
  private readonly startedAt = Date.now();
  /** What a seal keeps of each hit in place (not the record: one can hold 50,000 outputs). */
  private readonly inPlace = new Map<string, Omit<SealedTask, 'task' | 'entry' | 'warnings'>>();
  private readonly keyWarnings = new Map<string, readonly string[]>();

  constructor(
    private readonly file: string,
    private readonly fingerprint: string,
    workspace: string,
    private readonly local: LocalStore,
  ) {
    this.witness = new StatWitness(workspace).start();
  }

  /** What the invocation tells a sealed run (RunContext.sealing). */
  readonly hooks: SealingHooks = {
    keyWarned: (task, warnings) => {
      this.keyWarnings.set(task, warnings);
    },
    inPlaceHit: (task, key, record) => {
      let bytes = 0;
      for (const item of record.outputs) if (item.kind === 'file') bytes += item.size;
      this.inPlace.set(task, { key, shown: hitEntry(record), bytes, log: record.log });
    },
    // What was seen goes now: a run that restores or saves 50,000 files need not carry it,
    // and a big witness's buffers (in old space since the keys' collection) are collected
    // before the restore or save allocates on top of them.
    unsealable: (reason) => {
      const big = this.witness.count >= BIG_WITNESS;
      this.witness.spoil(reason);
      if (big) collectGarbage();
    },
  };

  /** Stops looking (once the invocation's last scan is done). */
  stop(): void {
    this.witness.stop();
  }

  /**
   * Stops looking, and writes the seal when every task in `tasks` hit in place from the local
   * store, nothing but their keys warned (`warnings` in all), and nothing seen changed within
   * the racy window. Failures only cost speed.
   */
  seal(tasks: readonly { task: string; source: string | null }[], warnings: number): void {
    this.stop();
    let keyWarnings = 0;
    for (const list of this.keyWarnings.values()) keyWarnings += list.length;
    const why = this.notSealed(tasks, warnings !== keyWarnings);
    if (why !== undefined) {
      debug(`not sealed: ${why}`);
      return;
    }
    const sealed: SealedTask[] = [];
    for (const { task } of tasks) {
      const hit = this.inPlace.get(task)!;
      const entry = this.local.entryStat(hit.key);
      if (entry === undefined || isRacy(entry, this.startedAt)) {
        debug(`not sealed: the entry of ${task} is new or changed`);
        return;
      }
      sealed.push({ task, ...hit, entry, warnings: this.keyWarnings.get(task) ?? [] });
    }
    try {
      writeFileAtomic(this.file, encodeSeal(this.fingerprint, sealed, this.witness));
      debug(`sealed ${tasks.length} tasks over ${this.witness.count} paths`);
    } catch {
      // Read-only or full: the next run keys every task.
    }
  }

  private notSealed(
    tasks: readonly { task: string; source: string | null }[],
    warned: boolean,
  ): string | undefined {
    if (this.witness.spoiled !== undefined) return this.witness.spoiled;
    if (warned) return 'the run warned of more than its keys';
    for (const { task, source } of tasks) {
      if (source !== this.local.name || !this.inPlace.has(task)) {
        return `${task} did not hit with its outputs in place`;
      }
    }
    const racy = this.witness.racyPath(this.startedAt);
    if (racy !== undefined) return `${racy} changed within the racy window`;
    return undefined;
  }
}

function encodeSeal(fingerprint: string, tasks: readonly SealedTask[], witness: StatWitness) {
  const { names, flags, numbers } = witness.pieces();
  const header = Buffer.from(JSON.stringify({ fingerprint, tasks }));
  const lengths = (n: number) => {
    const out = Buffer.alloc(4);
    out.writeUInt32LE(n);
    return out;
  };
  let namesLength = 0;
  for (const piece of names) namesLength += piece.length;
  return [
    Buffer.from(MAGIC, 'latin1'),
    lengths(header.length),
    header,
    lengths(namesLength),
    ...names,
    lengths(witness.count),
    ...flags,
    ...numbers.map((piece) => new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength)),
  ];
}

export interface DecodedSeal {
  readonly fingerprint: string;
  readonly tasks: readonly SealedTask[];
  /** The paths, NUL-separated (split as they are checked: a change found early ends it). */
  readonly names: Buffer;
  readonly flags: Uint8Array;
  readonly numbers: Float64Array;
  /** Whether its paths hold, once checked (sealPathsHold). */
  held?: boolean;
}

/** The seal in `data`, or undefined for one torn, foreign or of another format. */
function decodeSeal(data: Buffer): DecodedSeal | undefined {
  try {
    if (data.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    let at = MAGIC.length;
    const headerLength = data.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(data.toString('utf8', at, at + headerLength)) as {
      fingerprint: string;
      tasks: SealedTask[];
    };
    at += headerLength;
    const namesLength = data.readUInt32LE(at);
    at += 4;
    const names = data.subarray(at, at + namesLength);
    at += namesLength;
    const count = data.readUInt32LE(at);
    at += 4;
    if (names.length !== namesLength || at + count > data.length) return undefined;
    const flags = data.subarray(at, at + count);
    const numbersAt = at + count;
    if (data.length !== numbersAt + count * SEEN_FIELDS * 8) return undefined;
    // Copied out whole, which aligns them (little-endian, as on every platform taskcache runs on).
    const numbers = new Float64Array(
      data.buffer.slice(data.byteOffset + numbersAt, data.byteOffset + data.length),
    );
    if (typeof header.fingerprint !== 'string' || !Array.isArray(header.tasks)) return undefined;
    if (!header.tasks.every(isSealedTask)) return undefined;
    return { fingerprint: header.fingerprint, tasks: header.tasks, names, flags, numbers };
  } catch {
    return undefined;
  }
}

/** One line of text, as a seal may show it (no control characters reach the terminal). */
const isLine = (value: unknown): value is string =>
  typeof value === 'string' && !/[\u0000-\u001f\u007f]/.test(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * Whether a task of a seal's header is one: a seal is local state, but state a restored cache
 * directory can carry, so a key names no path outside the store and nothing shown holds
 * control characters.
 */
function isSealedTask(value: unknown): value is SealedTask {
  if (!isObject(value)) return false;
  const { task, key, entry, shown, bytes, log, warnings } = value;
  return (
    typeof task === 'string' &&
    isKey(key) &&
    isObject(entry) &&
    ['mode', 'ino', 'size', 'mtimeMs', 'ctimeMs'].every((field) => Number.isFinite(entry[field])) &&
    isObject(shown) &&
    isLine(shown.createdAt) &&
    isCount(shown.durationMs) &&
    isCount(shown.files) &&
    (shown.runUrl === undefined || isLine(shown.runUrl)) &&
    isCount(bytes) &&
    isObject(log) &&
    isCount(log.size) &&
    isDigest(log.digest) &&
    Array.isArray(warnings) &&
    warnings.every(isLine)
  );
}

const IF_ANY = { throwIfNoEntry: false } as const;

/** What is at `file` now; undefined when nothing (or not reachable). */
function statsNow(file: string, follow: boolean): Stats | undefined {
  try {
    return follow ? statSync(file, IF_ANY) : lstatSync(file, IF_ANY);
  } catch {
    return undefined;
  }
}

/** Whether `stats` are the SEEN_FIELDS numbers at `at`. */
function sameAt(stats: Stats, numbers: Float64Array, at: number): boolean {
  return (
    stats.mode === numbers[at] &&
    stats.ino === numbers[at + 1] &&
    stats.size === numbers[at + 2] &&
    stats.mtimeMs === numbers[at + 3] &&
    stats.ctimeMs === numbers[at + 4]
  );
}

/** The seal in `file`, decoded; undefined when there is none or it is torn or foreign. */
export function readSeal(file: string): DecodedSeal | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  return decodeSeal(data);
}

/**
 * Whether every path the seal names is as it was (found once; a change found early ends the
 * work). The executable asks this first, before it has the config (src/cli/replay-main.ts).
 */
export function sealPathsHold(seal: DecodedSeal, workspace: string): boolean {
  seal.held ??= pathsHold(seal, workspace);
  return seal.held;
}

function pathsHold(seal: DecodedSeal, workspace: string): boolean {
  const { names, flags, numbers } = seal;
  // From the workspace, paths below it are looked up as they are kept, relative: fewer
  // components for the kernel to walk, the same file.
  const prefix = process.cwd() === workspace ? '' : workspace + path.sep;
  let at = 0;
  for (let i = 0; i < flags.length; i++) {
    if (at > names.length) return false;
    const end = names.indexOf(0, at);
    const stop = end < 0 ? names.length : end;
    const name = names.toString('utf8', at, stop);
    at = stop + 1;
    const flag = flags[i]!;
    const file = (flag & RELATIVE) !== 0 ? prefix + name : name;
    const now = statsNow(file, (flag & FOLLOWED) !== 0);
    if ((flag & FOUND) === 0 ? now !== undefined : !now || !sameAt(now, numbers, i * SEEN_FIELDS)) {
      debug(`seal: ${file} changed`);
      return false;
    }
  }
  // Every name checked, none left over: the file is as written.
  return at === names.length + 1 || (flags.length === 0 && names.length === 0);
}

/**
 * The tasks of `seal` with their logs, when it seals this invocation (the same fingerprint and
 * tasks), every path it names is as it was, and every entry is still in the local store (each
 * then touched as a use, as a hit would); undefined otherwise.
 */
export async function replaySeal(
  seal: DecodedSeal,
  fingerprint: string,
  workspace: string,
  tasks: readonly string[],
  local: LocalStore,
  logs: KeptLogs,
): Promise<ReplayedTask[] | undefined> {
  if (seal.fingerprint !== fingerprint) return undefined;
  if (seal.tasks.length !== tasks.length || seal.tasks.some((t, i) => t.task !== tasks[i])) {
    return undefined;
  }
  if (!sealPathsHold(seal, workspace)) return undefined;
  const replayed: ReplayedTask[] = [];
  for (const task of seal.tasks) {
    const logBytes = logs.get(task.log);
    if (logBytes === undefined || !(await local.reuse(task.key, task.entry))) {
      debug(`seal: the entry of ${task.task} or its log is not as sealed`);
      return undefined;
    }
    replayed.push({ ...task, logBytes });
  }
  debug(`seal: ${seal.flags.length} paths unchanged; ${replayed.length} hits replayed`);
  return replayed;
}
