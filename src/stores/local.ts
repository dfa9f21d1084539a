// The local store: a directory of entries, safe under concurrent processes. A save builds
// the entry in tmp/ and renames it into place, so a reader sees a whole entry or none; a
// killed save leaves only debris in tmp/, which prune removes. A lookup and the record of a run
// are synchronous (one small file each): a hit of a small task that does no asynchronous file
// work never starts libuv's thread pool or loads node:fs/promises, which the rest loads.

import {
  appendFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  utimesSync,
} from 'node:fs';
import * as path from 'node:path';
import { uniqueSuffix } from '../adapters/atomic-file.js';
import { blake3 } from '../adapters/blake3.js';
import { userCacheDir } from '../adapters/user-cache.js';
import type { Key } from '../core/digest.js';
import type { SaveOutcome, SaveRequest, Store, StoredEntry, StoreMode } from './store.js';

const RECORD = 'record.json';
const ARCHIVE = 'archive';
/** tmp/ items older than this belong to a save that died. */
const STALE_TMP_MS = 60 * 60 * 1000;

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
}

export interface RunRecord {
  readonly time: string;
  readonly task: string;
  readonly key: string;
  readonly status: 'hit' | 'miss' | 'failed';
  readonly source: string | null;
  readonly durationMs: number;
  readonly savedMs: number;
}

export class LocalStore implements Store {
  // Until put honours `replace`, an existing entry is kept.
  readonly replaces = false;
  readonly name = 'local';
  readonly compress = false;

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

  async get(key: Key): Promise<StoredEntry | undefined> {
    const dir = this.entryDir(key);
    let recordText: string;
    try {
      recordText = readFileSync(path.join(dir, RECORD), 'utf8');
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    // A restore counts as a use for least-recently-used eviction.
    const now = Date.now() / 1000;
    try {
      utimesSync(path.join(dir, RECORD), now, now);
    } catch {
      // A read-only store: the entry ages as if unused.
    }
    return {
      recordText,
      archiveFile: path.join(dir, ARCHIVE),
      openArchive: async () => {
        const stream = createReadStream(path.join(dir, ARCHIVE));
        await new Promise<void>((resolve, reject) => {
          stream.once('open', () => resolve());
          stream.once('error', reject);
        });
        return stream;
      },
    };
  }

  async has(key: Key): Promise<boolean> {
    return existsSync(path.join(this.entryDir(key), RECORD));
  }

  async put(request: SaveRequest): Promise<SaveOutcome> {
    const final = this.entryDir(request.key);
    if (existsSync(final)) return 'exists';
    const staging = path.join(this.tmpDir, `${request.key}.${uniqueSuffix()}`);
    const { copyFile, link, mkdir, rename, rm, writeFile } = await fsp();
    await mkdir(staging, { recursive: true });
    try {
      await link(request.archivePath, path.join(staging, ARCHIVE)).catch(() =>
        copyFile(request.archivePath, path.join(staging, ARCHIVE)),
      );
      await writeFile(path.join(staging, RECORD), request.recordText);
      await mkdir(path.dirname(final), { recursive: true });
      try {
        await rename(staging, final);
      } catch (error) {
        // Another process saved the same key first: its entry stands.
        if (existsSync(path.join(final, RECORD))) return 'exists';
        throw error;
      }
      await this.setLatest(request.task, request.scope, request.key);
      return 'saved';
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  private latestFile(task: string, scope: string): string {
    return path.join(this.root, 'latest', blake3(`${scope}\0${task}`));
  }

  private async setLatest(task: string, scope: string, key: Key): Promise<void> {
    const file = this.latestFile(task, scope);
    const { mkdir, rename, writeFile } = await fsp();
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${uniqueSuffix()}`;
    await writeFile(tmp, key);
    await rename(tmp, file);
  }

  async latestRecord(task: string, scope: string): Promise<string | undefined> {
    const { readFile } = await fsp();
    try {
      const key = (await readFile(this.latestFile(task, scope), 'utf8')).trim();
      return await readFile(path.join(this.entryDir(key as Key), RECORD), 'utf8');
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

  /**
   * Evicts entries unused for longer than `maxAgeMs`, then least-recently-used entries
   * until the store fits in `maxBytes`; also clears debris of saves that died.
   */
  async prune(options: {
    maxBytes?: number;
    maxAgeMs?: number;
    now?: number;
  }): Promise<PruneResult> {
    const now = options.now ?? Date.now();
    await this.clearStaleTmp(now);
    const entries = (await this.list()).sort((a, b) => b.usedAt - a.usedAt);
    let keptBytes = 0;
    let removed = 0;
    let freedBytes = 0;
    let kept = 0;
    // Least recently used first out: keep the most recently used entries while they fit;
    // once one does not, it and everything used less recently go.
    let full = false;
    for (const entry of entries) {
      const tooOld = options.maxAgeMs !== undefined && now - entry.usedAt > options.maxAgeMs;
      full ||= options.maxBytes !== undefined && keptBytes + entry.bytes > options.maxBytes;
      if (tooOld || full) {
        await this.remove(entry);
        removed += 1;
        freedBytes += entry.bytes;
      } else {
        kept += 1;
        keptBytes += entry.bytes;
      }
    }
    return { removed, freedBytes, kept, keptBytes };
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

  private async clearStaleTmp(now: number): Promise<void> {
    const { readdir, rm, stat } = await fsp();
    for (const name of await readdir(this.tmpDir).catch(() => [] as string[])) {
      const item = path.join(this.tmpDir, name);
      const info = await stat(item).catch(() => undefined);
      if (info && now - info.mtimeMs > STALE_TMP_MS)
        await rm(item, { recursive: true, force: true });
    }
  }

  async recordRun(run: RunRecord): Promise<void> {
    mkdirSync(this.root, { recursive: true });
    appendFileSync(path.join(this.root, 'runs.jsonl'), `${JSON.stringify(run)}\n`);
  }

  async runs(): Promise<RunRecord[]> {
    const { readFile } = await fsp();
    const text = await readFile(path.join(this.root, 'runs.jsonl'), 'utf8').catch(() => '');
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

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}
