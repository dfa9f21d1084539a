// The local store: a directory of entries, safe under concurrent processes. A save builds
// the entry in tmp/ and renames it into place, so a reader sees a whole entry or none; a
// killed save leaves only debris in tmp/, which prune removes. A replace builds the new entry
// the same way, moves the old one aside and renames the new one into place; a lookup checks
// that the entry directory it read the record from is still the one holding the archive, so
// it never pairs the old record with the new archive. Only regular files are ever opened (a
// FIFO, a device or a directory where a record or archive belongs is a store failure, never a
// read that blocks). A lookup and the record of a run
// are synchronous (one small file each): a hit of a small task that does no asynchronous file
// work never starts libuv's thread pool or loads node:fs/promises, which the rest loads.
//
// Over ~350 lines: the whole store contract for the local directory, kept together so the
// rename protocol every operation relies on reads in one place.

import {
  closeSync,
  constants,
  createReadStream,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  type Stats,
  utimesSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';
import { uniqueSuffix } from '../adapters/atomic-file.js';
import { blake3 } from '../adapters/blake3.js';
import { type StatNumbers, sameStat, statNumbers } from '../adapters/stat-witness.js';
import { userCacheDir } from '../adapters/user-cache.js';
import type { Key } from '../core/digest.js';
import { isoTime, recordFacts } from './listing.js';
import {
  clearStaleTmp,
  evictEntries,
  logsNamed,
  pruneState,
  type StatePruneOptions,
  type StatePruneResult,
} from './local-prune.js';
import { RUN_LOG_MAX_BYTES, trimRunLog } from './run-log.js';
import {
  type ListedEntry,
  pushRecent,
  RECENT_RECORDS,
  releaseBytes,
  type SaveOutcome,
  type SaveRequest,
  type Store,
  type StoreCapabilities,
  type StoredEntry,
  StoreError,
  type StoreMode,
} from './store.js';

const RECORD = 'record.json';
const ARCHIVE = 'archive';
/** Lookups retried when a replace swapped the entry while it was being read. */
const LOOKUP_TRIES = 5;
/** Opens never block on a FIFO or device, and never follow a link in the last component. */
const OPEN_FLAGS = constants.O_NONBLOCK ?? 0;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** `--cache-dir`, else TASKCACHE_DIR, else $XDG_CACHE_HOME/taskcache, else ~/.cache/taskcache. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TASKCACHE_DIR) return path.resolve(env.TASKCACHE_DIR);
  return userCacheDir(env);
}

export interface LocalEntryInfo {
  readonly key: Key;
  readonly dir: string;
  readonly bytes: number;
  /** Last time the entry was saved or restored. */
  readonly usedAt: number;
  readonly createdAt: number;
}

export interface PruneResult {
  readonly removed: number;
  readonly freedBytes: number;
  readonly kept: number;
  readonly keptBytes: number;
  /** What went from state/, when prune was asked to prune it. */
  readonly state?: StatePruneResult;
}

export interface RunRecord {
  readonly time: string;
  readonly task: string;
  readonly key: string;
  readonly status: 'hit' | 'miss' | 'failed';
  readonly source: string | null;
  readonly durationMs: number;
  readonly savedMs: number;
  /** Output bytes restored (hit) or stored (miss); absent in runs recorded before it was. */
  readonly bytes?: number;
}

export class LocalStore implements Store {
  readonly replaces = true;
  readonly name = 'local';
  readonly compress = false;
  readonly capabilities: StoreCapabilities = { list: true, delete: true, replace: true };
  readonly credentials = 'none needed';

  constructor(
    readonly root: string,
    readonly mode: StoreMode = 'read-write',
  ) {}

  private entryDir(key: Key): string {
    return path.join(this.root, 'entries', key.slice(0, 2), key);
  }

  get tmpDir(): string {
    return path.join(this.root, 'tmp');
  }

  /** State that only speeds up later runs (the stat cache); safe to delete. */
  get stateDir(): string {
    return path.join(this.root, 'state');
  }

  /**
   * Entries unused (neither saved nor restored) for longer than `maxAgeMs` become misses, and
   * are removed when the store can write: the config's max-age, honoured on reads too.
   */
  expireAfter(maxAgeMs: number | undefined): void {
    this.maxAgeMs = maxAgeMs;
  }

  private maxAgeMs: number | undefined;

  /** Whether the entry in `dir` is past max-age by its last use; if so, it is removed. */
  private async expired(dir: string, key: Key): Promise<boolean> {
    if (this.maxAgeMs === undefined) return false;
    const record = statOrUndefined(path.join(dir, RECORD));
    if (record === undefined || Date.now() - record.mtimeMs <= this.maxAgeMs) return false;
    if (this.mode === 'read-write' || this.mode === 'write') {
      await this.remove({ key, dir, bytes: 0, usedAt: 0, createdAt: 0 }).catch(() => {});
    }
    return true;
  }

  /**
   * The entry's directory as it is now, for a sealed run (engine/run-seal.ts): a replace, a
   * removal or a new archive changes it. Undefined when there is no entry.
   */
  entryStat(key: Key): StatNumbers | undefined {
    const stats = statOrUndefined(this.entryDir(key));
    return stats && statNumbers(stats);
  }

  /**
   * Uses the entry again without reading it, as get() does when a sealed run replays a hit:
   * true when its directory is as `sealed` (the same entry, still whole), it is not past
   * max-age, and it is touched as a use; false leaves the caller to look it up.
   */
  async reuse(key: Key, sealed: StatNumbers): Promise<boolean> {
    if (this.mode !== 'read' && this.mode !== 'read-write') return false;
    const dir = this.entryDir(key);
    const now = statOrUndefined(dir);
    if (now === undefined || !sameStat(now, sealed)) return false;
    if (await this.expired(dir, key)) return false;
    const at = Date.now() / 1000;
    try {
      utimesSync(path.join(dir, RECORD), at, at);
    } catch {
      // Gone meanwhile: looked up, it is a miss. Read-only: it ages as if unused.
      return statOrUndefined(path.join(dir, RECORD))?.isFile() === true;
    }
    return true;
  }

  async get(key: Key): Promise<StoredEntry | undefined> {
    const dir = this.entryDir(key);
    if (await this.expired(dir, key)) return undefined;
    let recordBytes: Buffer | undefined;
    for (let attempt = 0; attempt < LOOKUP_TRIES && recordBytes === undefined; attempt += 1) {
      // The directory before and after: a replace in between means the record and the archive
      // may come from two entries, so the lookup starts again.
      const before = statOrUndefined(dir);
      if (before === undefined) {
        // Between the two renames of a replace: the new entry is a moment away.
        if (!existsSync(replacingMarker(dir))) return undefined;
        await new Promise((resolve) => setTimeout(resolve, 2));
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = this.readRegularBytes(path.join(dir, RECORD));
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
      const archive = statOrUndefined(path.join(dir, ARCHIVE));
      if (archive !== undefined && !archive.isFile()) {
        throw this.notRegular(path.join(dir, ARCHIVE));
      }
      const after = statOrUndefined(dir);
      if (after?.ino === before.ino && after.dev === before.dev) {
        if (archive === undefined) return undefined;
        recordBytes = bytes;
      }
    }
    if (recordBytes === undefined) return undefined;
    // A restore counts as a use for least-recently-used eviction.
    const now = Date.now() / 1000;
    try {
      utimesSync(path.join(dir, RECORD), now, now);
    } catch {
      // A read-only store: the entry ages as if unused.
    }
    // The bytes as read: the record is checked from them, and made text only when asked for.
    let bytes: Buffer | undefined = recordBytes;
    const released = () => new Error('the record was released');
    return {
      get recordText() {
        if (bytes === undefined) throw released();
        return bytes.toString('utf8');
      },
      get recordBytes() {
        if (bytes === undefined) throw released();
        return bytes;
      },
      releaseRecord: () => {
        // Its memory goes now, not at a full collection far into the restore.
        releaseBytes(bytes);
        bytes = undefined;
      },
      archiveFile: path.join(dir, ARCHIVE),
      openArchive: async () => {
        const file = path.join(dir, ARCHIVE);
        const fd = this.openRegular(file, constants.O_RDONLY);
        return createReadStream(file, { fd });
      },
    };
  }

  async has(key: Key): Promise<boolean> {
    if (await this.expired(this.entryDir(key), key)) return false;
    return statOrUndefined(path.join(this.entryDir(key), RECORD))?.isFile() === true;
  }

  async put(request: SaveRequest): Promise<SaveOutcome> {
    const final = this.entryDir(request.key);
    const replace = request.replace === true;
    if (!replace && existsSync(final)) return 'exists';
    const staging = path.join(this.tmpDir, `${request.key}.${uniqueSuffix()}`);
    const { copyFile, link, mkdir, rename, rm, writeFile } = await fsp();
    await mkdir(staging, { recursive: true });
    try {
      await link(request.archivePath, path.join(staging, ARCHIVE)).catch(() =>
        copyFile(request.archivePath, path.join(staging, ARCHIVE)),
      );
      if (request.recordFile) {
        // Written by the save beside the archive, and taken the same way.
        const recordFile = request.recordFile;
        await link(recordFile, path.join(staging, RECORD)).catch(() =>
          copyFile(recordFile, path.join(staging, RECORD)),
        );
      } else {
        await writeFile(path.join(staging, RECORD), request.recordBytes ?? request.recordText);
      }
      await mkdir(path.dirname(final), { recursive: true });
      try {
        await rename(staging, final);
      } catch (error) {
        // Another process saved the same key first: its entry stands, unless this save
        // replaces it.
        if (!replace) {
          if (existsSync(path.join(final, RECORD))) return 'exists';
          throw error;
        }
        await this.swapIn(staging, final);
      }
      await this.setLatest(request.task, request.scope, request.key);
      return 'saved';
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  /**
   * Puts `staging` in the place of the entry at `final`: the old entry moves into tmp/, the
   * new one is renamed in. A marker beside the entry tells a lookup that finds no entry
   * between the two renames to look again. Replacing writers that race go on until one is
   * last; the old entries are removed after the swap.
   */
  private async swapIn(staging: string, final: string): Promise<void> {
    const { rename, rm, writeFile } = await fsp();
    const marker = replacingMarker(final);
    const owned = await writeFile(marker, '', { flag: 'wx' }).then(
      () => true,
      () => false,
    );
    const doomed: string[] = [];
    try {
      for (let attempt = 0; ; attempt += 1) {
        const aside = path.join(this.tmpDir, `replaced-${path.basename(final)}.${uniqueSuffix()}`);
        try {
          await rename(final, aside);
          doomed.push(aside);
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
        try {
          await rename(staging, final);
          return;
        } catch (error) {
          // Another replacing writer renamed its entry in between: go again.
          if (attempt >= LOOKUP_TRIES) throw error;
        }
      }
    } finally {
      if (owned) await rm(marker, { force: true });
      for (const dir of doomed) await rm(dir, { recursive: true, force: true });
    }
  }

  /** A regular file's text; anything else where one belongs is a StoreError, never a wait. */
  private readRegular(file: string): string {
    return this.readRegularBytes(file).toString('utf8');
  }

  /** readRegular's bytes, not decoded. */
  private readRegularBytes(file: string): Buffer {
    const fd = this.openRegular(file, constants.O_RDONLY);
    try {
      return readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Opens a regular file without blocking on a FIFO or following a final link. */
  private openRegular(file: string, flags: number, mode?: number): number {
    let fd: number;
    try {
      fd = openSync(file, flags | OPEN_FLAGS | NOFOLLOW, mode);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ELOOP: a link; ENXIO: a FIFO with no reader, opened for writing.
      if (code === 'ELOOP' || code === 'ENXIO' || code === 'EISDIR') throw this.notRegular(file);
      throw error;
    }
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      throw this.notRegular(file);
    }
    return fd;
  }

  private notRegular(file: string): StoreError {
    return new StoreError(
      this.name,
      `${path.relative(this.root, file) || file} in the local store is not a regular file`,
    );
  }

  private latestFile(task: string, scope: string): string {
    return path.join(this.root, 'latest', blake3(`${scope}\0${task}`));
  }

  /** The keys of the task's recent entries in a scope, newest first, one a line. */
  private recentFile(task: string, scope: string): string {
    return path.join(this.root, 'recent', blake3(`${scope}\0${task}`));
  }

  private recentKeys(task: string, scope: string): Key[] {
    let text: string;
    try {
      text = this.readRegular(this.recentFile(task, scope));
    } catch {
      try {
        text = this.readRegular(this.latestFile(task, scope)); // Saved before recent lists.
      } catch {
        return [];
      }
    }
    return text.split('\n').filter((line): line is Key => /^[0-9a-f]{64}$/.test(line));
  }

  private async setLatest(task: string, scope: string, key: Key): Promise<void> {
    const { mkdir, rename, writeFile } = await fsp();
    const recent = pushRecent(key, this.recentKeys(task, scope));
    for (const [file, text] of [
      [this.latestFile(task, scope), key],
      [this.recentFile(task, scope), `${recent.join('\n')}\n`],
    ] as const) {
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${uniqueSuffix()}`;
      await writeFile(tmp, text);
      await rename(tmp, file);
    }
  }

  async recentRecords(task: string, scope: string, limit = RECENT_RECORDS): Promise<string[]> {
    const records = await this.recentRecordBytes(task, scope, limit);
    return records.map((bytes) => bytes.toString('utf8'));
  }

  async recentRecordBytes(task: string, scope: string, limit = RECENT_RECORDS): Promise<Buffer[]> {
    const records: Buffer[] = [];
    for (const key of this.recentKeys(task, scope).slice(0, limit)) {
      try {
        records.push(this.readRegularBytes(path.join(this.entryDir(key), RECORD)));
      } catch {
        // Evicted or cleared since: left out.
      }
    }
    return records;
  }

  async latestRecord(task: string, scope: string): Promise<string | undefined> {
    try {
      const key = this.readRegular(this.latestFile(task, scope)).trim();
      if (!/^[0-9a-f]{64}$/.test(key)) return undefined;
      return this.readRegular(path.join(this.entryDir(key as Key), RECORD));
    } catch {
      return undefined;
    }
  }

  /** Every entry with its size and last use. */
  async list(): Promise<LocalEntryInfo[]> {
    const base = path.join(this.root, 'entries');
    const { readdir, stat } = await fsp();
    const out: LocalEntryInfo[] = [];
    for (const shard of await readdir(base).catch(() => [] as string[])) {
      for (const key of await readdir(path.join(base, shard)).catch(() => [] as string[])) {
        const dir = path.join(base, shard, key);
        try {
          const record = await stat(path.join(dir, RECORD));
          const archive = await stat(path.join(dir, ARCHIVE));
          out.push({
            key: key as Key,
            dir,
            bytes: record.size + archive.size,
            usedAt: record.mtimeMs,
            createdAt: archive.mtimeMs,
          });
        } catch {
          // Being removed by a concurrent prune.
        }
      }
    }
    return out;
  }

  /** Every entry, with the task its record names (`taskcache ls`). */
  async listEntries(): Promise<ListedEntry[]> {
    const out: ListedEntry[] = [];
    for (const entry of await this.list()) {
      let facts: { task?: string } = {};
      try {
        facts = recordFacts(this.readRegular(path.join(entry.dir, RECORD)));
      } catch {
        // Removed meanwhile, or not a regular file: listed without its task.
      }
      out.push({
        key: entry.key,
        ...(facts.task === undefined ? {} : { task: facts.task }),
        size: entry.bytes,
        createdAt: isoTime(entry.createdAt),
        usedAt: isoTime(entry.usedAt),
      });
    }
    return out;
  }

  /** Deletes one entry the way eviction does: out of sight first, then removed. */
  async deleteEntry(key: Key): Promise<boolean> {
    const dir = this.entryDir(key);
    if (statOrUndefined(dir) === undefined) return false;
    await this.remove({ key, dir, bytes: 0, usedAt: 0, createdAt: 0 });
    return statOrUndefined(dir) === undefined;
  }

  /**
   * Evicts entries unused for longer than `maxAgeMs`, then least-recently-used entries
   * until the store fits in `maxBytes`; also clears debris of saves that died. With `state`,
   * also removes state/ files unused for longer than its age (local-prune.ts), and kept logs
   * that no remaining entry names.
   */
  async prune(options: {
    maxBytes?: number;
    maxAgeMs?: number;
    now?: number;
    state?: Omit<StatePruneOptions, 'now' | 'logs'>;
  }): Promise<PruneResult> {
    const now = options.now ?? Date.now();
    await clearStaleTmp(this.root, this.tmpDir, now);
    const entries = await evictEntries(await this.list(), { ...options, now }, (entry) =>
      this.remove(entry),
    );
    const result = {
      removed: entries.removed,
      freedBytes: entries.freedBytes,
      kept: entries.kept.length,
      keptBytes: entries.keptBytes,
    };
    if (options.state === undefined) return result;
    const state = await pruneState(this.stateDir, {
      ...options.state,
      now,
      logs: await logsNamed(entries.kept.map((entry) => path.join(entry.dir, RECORD))),
    });
    return { ...result, state };
  }

  /** Moves the entry out of sight first, so readers never see half of it. */
  private async remove(entry: LocalEntryInfo): Promise<void> {
    const { mkdir, rename, rm } = await fsp();
    await mkdir(this.tmpDir, { recursive: true });
    const doomed = path.join(this.tmpDir, `evict-${entry.key}.${uniqueSuffix()}`);
    try {
      await rename(entry.dir, doomed);
    } catch {
      return;
    }
    await rm(doomed, { recursive: true, force: true });
  }

  async recordRun(run: RunRecord): Promise<void> {
    mkdirSync(this.root, { recursive: true });
    const fd = this.openRegular(
      path.join(this.root, 'runs.jsonl'),
      constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT,
      0o644,
    );
    let size: number;
    try {
      writeSync(fd, `${JSON.stringify(run)}\n`);
      size = fstatSync(fd).size;
    } finally {
      closeSync(fd);
    }
    // A bounded history: see run-log.ts.
    if (size > RUN_LOG_MAX_BYTES) trimRunLog(path.join(this.root, 'runs.jsonl'));
  }

  async runs(): Promise<RunRecord[]> {
    let text = '';
    try {
      text = this.readRegular(path.join(this.root, 'runs.jsonl'));
    } catch {
      // None yet, or not a file.
    }
    const runs: RunRecord[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        runs.push(JSON.parse(line) as RunRecord);
      } catch {
        // A torn line from a crash: skipped.
      }
    }
    return runs;
  }
}

/** node:fs/promises, loaded by the first save, listing or prune. */
function fsp(): Promise<typeof import('node:fs/promises')> {
  return import('node:fs/promises');
}

/** Present beside an entry while a replace swaps it. */
function replacingMarker(entryDir: string): string {
  return `${entryDir}.replacing`;
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}
