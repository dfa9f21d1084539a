// The Redis / Valkey store through ioredis: AUTH (user:password in the URL), TLS for
// rediss:// (CA from the file TASKCACHE_REDIS_CA names, else the system store), a TTL on every
// key (?ttl=7d, the default), refreshed when an entry is read (sliding expiry). Keys, under a
// prefix (?prefix=, default "taskcache:"):
//   <p>ac:<key>                        {"v":1,"id":"<writer>","chunks":n,"size":N,"record":"…"}
//   <p>ac:<key>:archive:<writer>:<i>   chunk i of the archive (8 MiB by default; a Redis string
//                                      stops at 512 MB, and smaller chunks bound memory and
//                                      the time one command takes)
//   <p>latest:<blake3(scope \0 task)>  the key of the task's most recent entry in a scope
// A save writes its chunks first, under a writer id of its own, then the envelope with
// SET NX: one writer of a key wins, the others see 'exists' and delete their chunks, and a
// reader never pairs one writer's record with another's chunks. Chunks live an hour longer
// than their envelope, so an envelope never outlives its content. A replace writes its chunks,
// then swaps the envelope (one key, so a reader sees the old entry or the new one) and gives
// the old chunks a few minutes more for readers already streaming them.
// Deadlines: connecting, every command (its reply within the first-byte time plus its bytes at
// the minimum rate) and reconnects are bounded; the first time-out switches the store off for
// the rest of the run.
//
// Over ~350 lines: the whole store contract for one backend, kept together so the key layout
// and the ordering of writes (chunks, then the envelope) read in one place.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Redis, type RedisOptions } from 'ioredis';
import { CorruptEntryError } from '../adapters/archive.js';
import { deadlinesOf, type StoreDeadlines } from '../adapters/deadlines.js';
import type { Key } from '../core/digest.js';
import { shortKey } from '../core/digest.js';
import { parseAge } from '../core/units.js';
import { recordFacts } from './listing.js';
import { decodePointer, pointerId, type RemoteSettings, RemoteUrlError } from './remote-shared.js';
import {
  type ListedEntry,
  RECENT_RECORDS,
  type SaveOutcome,
  type SaveRequest,
  type Store,
  type StoreCapabilities,
  type StoredEntry,
  StoreError,
  type StoreMode,
} from './store.js';

const DEFAULT_TTL_SECONDS = 7 * 24 * 3600;
const CHUNK_MARGIN_SECONDS = 3600;
/** How long the chunks of a replaced entry stay for readers that started on them. */
const REPLACED_CHUNK_SECONDS = 600;
export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
const MAX_CHUNK_BYTES = 256 * 1024 * 1024;
const PARAMS = new Set(['ttl', 'prefix']);

interface Envelope {
  readonly v: 1;
  readonly id: string;
  readonly chunks: number;
  readonly size: number;
  readonly record: string;
}

export class RedisStore implements Store {
  readonly replaces = true;
  readonly name: string;
  readonly compress = true;
  readonly mode: StoreMode;
  readonly capabilities: StoreCapabilities = { list: true, delete: true, replace: true };
  readonly credentials: string;
  private readonly options: RedisOptions;
  private readonly caFile: string | undefined;
  private readonly prefix: string;
  private readonly ttlSeconds: number;
  private readonly chunkBytes: number;
  private readonly warn: (message: string) => void;
  private client: Redis | undefined;
  /** The last connection-level error, which explains a later "Connection is closed". */
  private lastError: Error | undefined;
  private inFlight = 0;
  private readonly commandTimeoutMs: number;
  private readonly deadlines: StoreDeadlines;
  /** The first time-out: every later operation fails at once with it. */
  private timedOut: StoreError | undefined;

  constructor(url: URL, settings: RemoteSettings) {
    this.name = settings.name;
    this.mode = settings.mode;
    this.warn = settings.warn;
    for (const name of url.searchParams.keys()) {
      if (!PARAMS.has(name)) {
        throw new RemoteUrlError(
          `${settings.name}: unknown parameter "${name}" (expected ttl, prefix)`,
        );
      }
    }
    const ttl = url.searchParams.get('ttl');
    const ttlMs =
      ttl === null
        ? DEFAULT_TTL_SECONDS * 1000
        : /^\d+$/.test(ttl)
          ? Number(ttl) * 1000
          : parseAge(ttl);
    if (ttlMs === undefined || ttlMs < 1000) {
      throw new RemoteUrlError(
        `${settings.name}: ttl must be a duration such as 7d, 12h or 3600 (seconds)`,
      );
    }
    this.ttlSeconds = Math.round(ttlMs / 1000);
    this.credentials = url.password
      ? `password from the URL: present${url.username ? ' (ACL user)' : ''}`
      : 'none in the URL';
    this.prefix = url.searchParams.get('prefix') ?? 'taskcache:';
    this.chunkBytes = Math.min(
      MAX_CHUNK_BYTES,
      Math.max(1, settings.chunkBytes ?? DEFAULT_CHUNK_BYTES),
    );
    const db = url.pathname.replace(/^\/+|\/+$/g, '');
    if (db !== '' && !/^\d+$/.test(db)) {
      throw new RemoteUrlError(`${settings.name}: the path must be a database number`);
    }
    if (url.port !== '' && !/^\d+$/.test(url.port)) {
      throw new RemoteUrlError(`${settings.name}: the port must be a number`);
    }
    const attempts = Math.max(1, settings.maxAttempts);
    this.deadlines = deadlinesOf(settings);
    // ioredis's own bound on a command, a backstop to the one `run` sets per command.
    this.commandTimeoutMs = settings.operationMs;
    this.options = {
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : 6379,
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      db: db === '' ? 0 : Number(db),
      lazyConnect: true,
      connectTimeout: settings.connectTimeoutMs,
      commandTimeout: this.commandTimeoutMs,
      maxRetriesPerRequest: attempts - 1,
      // Reconnection is bounded: after the attempts are spent the client ends and every
      // pending command fails, instead of queueing forever.
      retryStrategy: (times) =>
        times >= attempts
          ? null
          : Math.min(settings.retryMaxDelayMs, settings.retryBaseDelayMs * 2 ** (times - 1)),
      reconnectOnError: null,
      enableOfflineQueue: true,
      autoResubscribe: false,
      connectionName: 'taskcache',
      disableClientInfo: true,
    };
    this.caFile =
      url.protocol === 'rediss:' ? settings.env.TASKCACHE_REDIS_CA || undefined : undefined;
    if (url.protocol === 'rediss:') this.options = { ...this.options, tls: {} };
  }

  private entryKey(key: Key): string {
    return `${this.prefix}ac:${key}`;
  }

  private chunkKey(key: Key, id: string, index: number): string {
    return `${this.prefix}ac:${key}:archive:${id}:${index}`;
  }

  private latestKey(task: string, scope: string): string {
    return `${this.prefix}latest:${pointerId(task, scope)}`;
  }

  /** A list of the keys of the task's recent entries in a scope, newest first. */
  private recentKey(task: string, scope: string): string {
    return `${this.prefix}recent:${pointerId(task, scope)}`;
  }

  async get(key: Key): Promise<StoredEntry | undefined> {
    const text = await this.run(`GET ${shortKey(key)}`, (c) => c.getBuffer(this.entryKey(key)));
    if (text === null) return undefined;
    const envelope = decodeEnvelope(text.toString('utf8'));
    if (typeof envelope === 'string') {
      this.warn(
        `${this.name}: entry ${shortKey(key)} is unusable (${envelope}); treating it as a miss`,
      );
      return undefined;
    }
    this.refresh(key, envelope);
    return {
      recordText: envelope.record,
      openArchive: async () => this.openChunks(key, envelope),
    };
  }

  /**
   * Sliding expiry: an entry found lives another TTL from now, its chunks an hour more, so
   * entries in use stay and unused ones expire. Sent beside the reads, never awaited by the
   * hit; a store that may not write (read mode, a read-only ACL user) leaves the TTL as it is.
   */
  private refresh(key: Key, envelope: Envelope): void {
    if (this.mode !== 'read-write' && this.mode !== 'write') return;
    void this.run('EXPIRE', (c) => {
      const batch = c.multi().expire(this.entryKey(key), this.ttlSeconds);
      for (let index = 0; index < envelope.chunks; index += 1) {
        batch.expire(
          this.chunkKey(key, envelope.id, index),
          this.ttlSeconds + CHUNK_MARGIN_SECONDS,
        );
      }
      return batch.exec();
    }).catch(() => {});
  }

  private openChunks(key: Key, envelope: Envelope): Readable {
    const store = this;
    return Readable.from(
      (async function* () {
        let total = 0;
        for (let index = 0; index < envelope.chunks; index += 1) {
          const chunk = await store.run(
            `GET ${shortKey(key)} chunk ${index}`,
            (c) => c.getBuffer(store.chunkKey(key, envelope.id, index)),
            Math.min(store.chunkBytes, envelope.size),
          );
          if (chunk === null) {
            throw new CorruptEntryError(
              `${store.name}: chunk ${index} of entry ${shortKey(key)} is gone`,
            );
          }
          total += chunk.length;
          yield chunk;
        }
        if (total !== envelope.size) {
          throw new CorruptEntryError(
            `${store.name}: entry ${shortKey(key)} holds ${total} bytes, its envelope says ${envelope.size}`,
          );
        }
      })(),
      { objectMode: false },
    );
  }

  async has(key: Key): Promise<boolean> {
    return (await this.run(`EXISTS ${shortKey(key)}`, (c) => c.exists(this.entryKey(key)))) > 0;
  }

  async put(request: SaveRequest): Promise<SaveOutcome> {
    const { key } = request;
    const replace = request.replace === true;
    if (!replace && (await this.has(key))) return 'exists';
    const id = randomBytes(8).toString('hex');
    const chunkTtl = this.ttlSeconds + CHUNK_MARGIN_SECONDS;
    let chunks = 0;
    const file = await open(request.archivePath, 'r');
    try {
      for (let offset = 0; offset < request.archiveSize; offset += this.chunkBytes) {
        const length = Math.min(this.chunkBytes, request.archiveSize - offset);
        const buffer = Buffer.allocUnsafe(length);
        const { bytesRead } = await file.read(buffer, 0, length, offset);
        if (bytesRead !== length)
          throw new Error(`${request.archivePath} changed while it was being stored`);
        const index = chunks;
        await this.run(
          `SET ${shortKey(key)} chunk ${index}`,
          (c) => c.set(this.chunkKey(key, id, index), buffer, 'EX', chunkTtl),
          length,
        );
        chunks += 1;
      }
    } catch (error) {
      // Only over a live connection; otherwise the chunks expire with their TTL.
      if (this.client) await this.dropChunks(key, id, chunks + 1);
      throw error;
    } finally {
      await file.close();
    }
    const envelope: Envelope = {
      v: 1,
      id,
      chunks,
      size: request.archiveSize,
      record: request.recordText,
    };
    if (replace) {
      // One MULTI: the old envelope out and the new one in, so no reader sees neither.
      const replies = await this.run(`SET ${shortKey(key)}`, (c) =>
        c
          .multi()
          .get(this.entryKey(key))
          .set(this.entryKey(key), JSON.stringify(envelope), 'EX', this.ttlSeconds)
          .exec(),
      );
      const failed = replies?.find(([error]) => error);
      if (!replies || failed) {
        throw new StoreError(
          this.name,
          `${this.name}: SET ${shortKey(key)}: ${failed?.[0]?.message ?? 'the transaction was aborted'}`,
        );
      }
      const old = replies[0]?.[1];
      const previous = typeof old === 'string' ? decodeEnvelope(old) : undefined;
      if (previous !== undefined && typeof previous !== 'string' && previous.id !== id) {
        await this.expireChunks(key, previous);
      }
    } else {
      const set = await this.run(`SET ${shortKey(key)}`, (c) =>
        c.set(this.entryKey(key), JSON.stringify(envelope), 'EX', this.ttlSeconds, 'NX'),
      );
      if (set === null) {
        // Another writer got there first: its entry stands, our chunks go.
        await this.dropChunks(key, id, chunks);
        return 'exists';
      }
    }
    await this.run(`SET latest ${shortKey(key)}`, (c) =>
      c.set(this.latestKey(request.task, request.scope), key, 'EX', this.ttlSeconds),
    );
    const recent = this.recentKey(request.task, request.scope);
    await this.run(`LPUSH recent ${shortKey(key)}`, (c) =>
      c
        .multi()
        .lrem(recent, 0, key)
        .lpush(recent, key)
        .ltrim(recent, 0, RECENT_RECORDS - 1)
        .expire(recent, this.ttlSeconds)
        .exec(),
    );
    return 'saved';
  }

  async recentRecords(task: string, scope: string, limit = RECENT_RECORDS): Promise<string[]> {
    const listed = await this.run('LRANGE recent', (c) =>
      c.lrange(this.recentKey(task, scope), 0, limit - 1),
    );
    const keys = listed.flatMap((latest) => decodePointer(JSON.stringify({ latest })) ?? []);
    if (keys.length === 0) {
      const latest = await this.latestRecord(task, scope);
      return latest === undefined ? [] : [latest];
    }
    const records = await Promise.all(
      keys.map(async (key) => {
        const text = await this.run(`GET ${shortKey(key)}`, (c) => c.get(this.entryKey(key)));
        const envelope = text === null ? 'gone' : decodeEnvelope(text);
        return typeof envelope === 'string' ? undefined : envelope.record;
      }),
    );
    return records.filter((record) => record !== undefined);
  }

  async latestRecord(task: string, scope: string): Promise<string | undefined> {
    const latest = await this.run('GET latest', (c) => c.get(this.latestKey(task, scope)));
    const key = latest === null ? undefined : decodePointer(JSON.stringify({ latest }));
    if (key === undefined) return undefined;
    const text = await this.run(`GET ${shortKey(key)}`, (c) => c.get(this.entryKey(key)));
    if (text === null) return undefined;
    const envelope = decodeEnvelope(text);
    return typeof envelope === 'string' ? undefined : envelope.record;
  }

  /**
   * The entries under the prefix (SCAN, never KEYS), with their last use from OBJECT IDLETIME
   * where the server's eviction policy tracks it.
   */
  async listEntries(): Promise<ListedEntry[]> {
    const entryPattern = new RegExp(`^${escapeRegExp(this.prefix)}ac:([0-9a-f]{64})$`);
    const match = `${this.prefix.replace(/[*?[\]\\]/g, '\\$&')}ac:*`;
    const keys: Key[] = [];
    let cursor = '0';
    do {
      const [next, names] = await this.run('SCAN', (c) =>
        c.scan(cursor, 'MATCH', match, 'COUNT', 1000),
      );
      for (const name of names) {
        const found = entryPattern.exec(name)?.[1];
        if (found !== undefined) keys.push(found as Key);
      }
      cursor = next;
    } while (cursor !== '0');
    const out: ListedEntry[] = [];
    const now = Date.now();
    for (const key of keys) {
      const [text, idle] = await this.run(`GET ${shortKey(key)}`, async (c) => {
        const replies = await c
          .multi()
          .get(this.entryKey(key))
          .call('OBJECT', 'IDLETIME', this.entryKey(key))
          .exec();
        return [replies?.[0]?.[1], replies?.[1]?.[1]] as const;
      });
      if (typeof text !== 'string') continue;
      const envelope = decodeEnvelope(text);
      if (typeof envelope === 'string') continue;
      out.push({
        key,
        size: envelope.size,
        ...recordFacts(envelope.record),
        ...(typeof idle === 'number' ? { usedAt: new Date(now - idle * 1000).toISOString() } : {}),
      });
    }
    return out;
  }

  /** Deletes the envelope and its chunks. */
  async deleteEntry(key: Key): Promise<boolean> {
    const text = await this.run(`GET ${shortKey(key)}`, (c) => c.get(this.entryKey(key)));
    if (text === null) return false;
    const deleted = await this.run(`DEL ${shortKey(key)}`, (c) => c.del(this.entryKey(key)));
    const envelope = decodeEnvelope(text);
    if (typeof envelope !== 'string') await this.dropChunks(key, envelope.id, envelope.chunks);
    return deleted > 0;
  }

  /** Closes the connection (a later operation opens a new one). */
  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    await client.quit().catch(() => client.disconnect());
  }

  /** Best effort: readers already streaming a replaced entry get a few minutes to finish. */
  private async expireChunks(key: Key, envelope: Envelope): Promise<void> {
    if (envelope.chunks === 0) return;
    await this.run('EXPIRE chunks', (c) => {
      const batch = c.multi();
      for (let index = 0; index < envelope.chunks; index += 1) {
        batch.expire(this.chunkKey(key, envelope.id, index), REPLACED_CHUNK_SECONDS);
      }
      return batch.exec();
    }).catch(() => {});
  }

  private async dropChunks(key: Key, id: string, count: number): Promise<void> {
    if (count === 0) return;
    const keys = Array.from({ length: count }, (_, index) => this.chunkKey(key, id, index));
    // Best effort: what is left expires with its TTL.
    await this.run('DEL chunks', (c) => c.del(...keys)).catch(() => {});
  }

  /** The connection, opened on first use and again after one has ended. */
  private connection(): Redis {
    if (this.client && this.client.status !== 'end') return this.client;
    let options = this.options;
    if (this.caFile !== undefined) {
      let ca: Buffer;
      try {
        ca = readFileSync(this.caFile);
      } catch (error) {
        throw new StoreError(
          this.name,
          `${this.name}: cannot read the CA certificate TASKCACHE_REDIS_CA names (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        );
      }
      options = { ...options, tls: { ca } };
    }
    const client = new Redis(options);
    client.on('error', (error: Error) => {
      this.lastError = error;
    });
    this.client = client;
    return client;
  }

  /**
   * Runs one command as a store operation: failures become StoreErrors, and the socket keeps
   * the process alive only while a command is in flight (the Store interface has no close,
   * and an idle connection must not hold a finished CLI open).
   */
  private async run<T>(
    what: string,
    command: (client: Redis) => Promise<T>,
    bytes = 0,
  ): Promise<T> {
    if (this.timedOut) throw this.timedOut;
    const client = this.connection();
    this.inFlight += 1;
    client.stream?.ref();
    // The reply is due within the first-byte time plus the command's bytes at the minimum rate
    // (connecting included), whatever ioredis queues or retries meanwhile.
    const limit =
      this.deadlines.firstByteMs + Math.ceil((bytes * 1000) / this.deadlines.minBytesPerSecond);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RedisDeadline(`no reply within ${limit} ms`)), limit);
    });
    try {
      return await Promise.race([command(client), deadline]);
    } catch (error) {
      if (error instanceof RedisDeadline || /Command timed out/.test(String(error))) {
        this.timedOut ??= this.error(what, error);
      }
      const failure = this.error(what, error);
      if (isConnectionFailure(error)) {
        // A timed-out or broken connection is not reused: the next operation starts afresh.
        client.disconnect();
        if (this.client === client) this.client = undefined;
      }
      throw failure;
    } finally {
      clearTimeout(timer);
      this.inFlight -= 1;
      if (this.inFlight === 0) client.stream?.unref();
    }
  }

  private error(what: string, error: unknown): StoreError {
    if (error instanceof StoreError) return error;
    const raw = error instanceof Error ? error.message : String(error);
    const message =
      raw === 'Command timed out' ? `no reply within ${this.commandTimeoutMs} ms` : raw;
    const cause = this.lastError?.message;
    const auth = [message, cause].find(
      (text) => text && /WRONGPASS|NOAUTH|invalid password|invalid username-password/i.test(text),
    );
    if (auth) {
      const code = /WRONGPASS|NOAUTH/.exec(auth)?.[0];
      return new StoreError(
        this.name,
        `${this.name}: authentication failed${code ? ` (${code})` : ''}`,
      );
    }
    const detail =
      cause && cause !== message && isConnectionFailure(error)
        ? `${message.replace(/\.$/, '')} (${cause})`
        : message;
    return new StoreError(this.name, `${this.name}: ${what}: ${detail}`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A command past its deadline. */
class RedisDeadline extends Error {
  override readonly name = 'RedisDeadline';
}

function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error instanceof RedisDeadline ||
    error.name === 'MaxRetriesPerRequestError' ||
    /Connection is closed|Command timed out|Socket timeout|ECONN|ETIMEDOUT|EPIPE/i.test(
      error.message,
    )
  );
}

function decodeEnvelope(text: string): Envelope | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'the entry envelope is not JSON';
  }
  const e = parsed as Partial<Envelope> | null;
  if (
    e === null ||
    typeof e !== 'object' ||
    e.v !== 1 ||
    typeof e.id !== 'string' ||
    !/^[0-9a-f]{16}$/.test(e.id) ||
    !Number.isSafeInteger(e.chunks) ||
    (e.chunks ?? -1) < 0 ||
    !Number.isSafeInteger(e.size) ||
    (e.size ?? -1) < 0 ||
    typeof e.record !== 'string'
  ) {
    return 'the entry envelope is malformed';
  }
  return e as Envelope;
}
