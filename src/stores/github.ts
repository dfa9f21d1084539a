// The GitHub Actions cache through @actions/cache. One cache entry per key holds the record
// and the archive as two files; exact keys only, never a restore-keys prefix match for
// outputs. A second, small entry per save holds just the record under a key with a time
// suffix, so the task's most recent manifest can be found by prefix to explain a miss.
//
// The client reports most failures by logging a warning and returning -1 or undefined. Those
// warnings are captured during each call and turned into one StoreError, so a failure is
// one warning (the engine's) and can fail the step when the user asks for that.

import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { blake3 } from '../adapters/blake3.js';
import type { Key } from '../core/digest.js';
import {
  type SaveOutcome,
  type SaveRequest,
  type Store,
  type StoredEntry,
  StoreError,
  type StoreMode,
} from './store.js';

type CacheModule = typeof import('@actions/cache');

/** Relative to the workspace and constant: the cache version hashes the paths as written. */
const ENTRY_DIR = '.taskcache-tmp-github';
const PREFIX = 'taskcache-v1';

export interface GithubStoreOptions {
  readonly mode: StoreMode;
  readonly workspace: string;
  /** Per-segment download timeout. */
  readonly timeoutMs?: number;
}

export class GithubStore implements Store {
  // Until put honours `replace`, an existing entry is kept.
  readonly replaces = false;
  readonly name = 'github';
  readonly compress = false;
  readonly mode: StoreMode;
  private cache: CacheModule | undefined;

  constructor(private readonly options: GithubStoreOptions) {
    this.mode = options.mode;
  }

  private async client(): Promise<CacheModule> {
    this.cache ??= await import('@actions/cache');
    if (!this.cache.isFeatureAvailable()) {
      throw new StoreError(
        this.name,
        'the GitHub cache service is not available in this environment',
      );
    }
    return this.cache;
  }

  private entryKey(key: Key): string {
    return `${PREFIX}-${key}`;
  }

  private manifestPrefix(task: string, scope: string): string {
    return `${PREFIX}-latest-${blake3(`${scope}\0${task}`).slice(0, 32)}-`;
  }

  /**
   * Runs a client call with its console output captured: the warnings it logs become a thrown
   * StoreError; its other lines are kept for the caller and passed on as debug output.
   */
  private async call<T>(
    what: string,
    operation: (cache: CacheModule) => Promise<T>,
  ): Promise<{ result: T; lines: string[] }> {
    const cache = await this.client();
    const warnings: string[] = [];
    const lines: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      for (const line of text.split(/\r?\n/)) {
        if (line.startsWith('::warning'))
          warnings.push(line.replace(/^::warning[^:]*::/, '').trim());
        else if (line.startsWith('::')) write.call(process.stdout, `${line}\n`);
        else if (line.trim() !== '') lines.push(line);
      }
      return true;
    }) as typeof process.stdout.write;
    let result: T;
    try {
      result = await operation(cache);
    } catch (error) {
      throw new StoreError(this.name, `${what}: ${(error as Error).message}`);
    } finally {
      process.stdout.write = write;
      for (const line of lines) write.call(process.stdout, `::debug::${line}\n`);
    }
    if (warnings.length > 0) throw new StoreError(this.name, `${what}: ${warnings.join('; ')}`);
    return { result, lines };
  }

  private dir(): string {
    return path.join(this.options.workspace, ENTRY_DIR);
  }

  private async clean(): Promise<void> {
    await rm(this.dir(), { recursive: true, force: true });
  }

  private downloadOptions() {
    const timeout = this.options.timeoutMs ?? 60_000;
    return { segmentTimeoutInMs: timeout, timeoutInMs: timeout };
  }

  async get(key: Key): Promise<StoredEntry | undefined> {
    await this.clean();
    const { result: matched } = await this.call('restore', (cache) =>
      cache.restoreCache([ENTRY_DIR], this.entryKey(key), [], this.downloadOptions()),
    );
    if (matched === undefined) return undefined;
    if (matched !== this.entryKey(key)) {
      throw new StoreError(this.name, `restore returned another key (${matched})`);
    }
    const dir = this.dir();
    const recordText = await readFile(path.join(dir, 'record.json'), 'utf8').catch(() => undefined);
    if (recordText === undefined) {
      await this.clean();
      throw new StoreError(this.name, 'restored entry has no record');
    }
    return {
      recordText,
      openArchive: async (): Promise<Readable> => {
        const stream = createReadStream(path.join(dir, 'archive'));
        // The restored copy is scratch: gone once it has been read.
        stream.on('close', () => void this.clean());
        return stream;
      },
    };
  }

  async has(key: Key): Promise<boolean> {
    const { result: matched } = await this.call('lookup', (cache) =>
      cache.restoreCache([ENTRY_DIR], this.entryKey(key), [], { lookupOnly: true }),
    );
    return matched === this.entryKey(key);
  }

  async put(request: SaveRequest): Promise<SaveOutcome> {
    const dir = this.dir();
    await this.clean();
    await mkdir(dir, { recursive: true });
    try {
      await copyFile(request.archivePath, path.join(dir, 'archive'));
      await writeFile(path.join(dir, 'record.json'), request.recordText);
      const id = await this.saveQuietly([ENTRY_DIR], this.entryKey(request.key));
      if (id === 'exists') return 'exists';
      // The pointer for explaining later misses: the record alone, under a time-ordered key.
      // The entry is saved already; without the pointer a later miss is only less explained.
      await rm(path.join(dir, 'archive'));
      const stamp = `${Date.now().toString().padStart(15, '0')}-${randomBytes(3).toString('hex')}`;
      await this.saveQuietly(
        [ENTRY_DIR],
        `${this.manifestPrefix(request.task, request.scope)}${stamp}`,
      ).catch((error: unknown) => {
        process.stdout.write(
          `::debug::taskcache: manifest pointer not saved: ${(error as Error).message}\n`,
        );
      });
      return 'saved';
    } finally {
      await this.clean();
    }
  }

  /**
   * saveCache. A conflict (another job saving the same key) means the entry exists; the
   * client reports it as a warning or an info line depending on the path it took.
   */
  private async saveQuietly(paths: string[], key: string): Promise<'saved' | 'exists'> {
    const conflict = /another job may be creating this cache|already exists/i;
    let failure: string;
    try {
      const { result: id, lines } = await this.call('save', (cache) => cache.saveCache(paths, key));
      if (id !== -1) return 'saved';
      failure =
        lines.find((line) => conflict.test(line)) ??
        lines.at(-1) ??
        'the cache service did not accept the entry';
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      failure = error.message.replace(/^save: /, '');
    }
    if (conflict.test(failure)) return 'exists';
    throw new StoreError(this.name, `save: ${failure}`);
  }

  async latestRecord(task: string, scope: string): Promise<string | undefined> {
    await this.clean();
    const prefix = this.manifestPrefix(task, scope);
    try {
      const { result: matched } = await this.call('lookup', (cache) =>
        cache.restoreCache([ENTRY_DIR], `${prefix}none`, [prefix], this.downloadOptions()),
      );
      if (matched === undefined) return undefined;
      const file = path.join(this.dir(), 'record.json');
      return existsSync(file) ? await readFile(file, 'utf8') : undefined;
    } finally {
      await this.clean();
    }
  }
}
