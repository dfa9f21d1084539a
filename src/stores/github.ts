// The GitHub Actions cache used as blob storage. One cache entry per key holds one blob: a
// small frame (see encodeFrame) with the record text and taskcache's own archive. Exact keys
// only, never a restore-keys prefix match for outputs. A second, small entry per save holds
// just the record under a key with a time suffix, so the task's most recent record can be
// found by prefix to explain a miss.
//
// Nothing is archived or extracted here: an entry's bytes are uploaded from the archive file
// as they are and streamed down, the archive part straight into the engine, which reads it
// with its own code, confining paths and verifying every digest. (The cache service's client,
// @actions/cache, extracts with `tar -P`: a blob with absolute member names would write
// anywhere.) The entries use their own `version`, so actions/cache entries never match
// taskcache's and the other way round.
//
// Over ~350 lines: the whole store contract for one backend, kept together so the frame, the
// key names and the order of its writes read in one place.

import { randomBytes } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { blake3 } from '../adapters/blake3.js';
import type { Key } from '../core/digest.js';
import {
  type BlobSizes,
  type Budget,
  CacheServiceClient,
  CacheServiceError,
  ConflictError,
  GITHUB_DEADLINES,
  type GithubDeadlines,
} from './github-client.js';
import {
  type SaveOutcome,
  type SaveRequest,
  type Store,
  type StoreCapabilities,
  type StoredEntry,
  StoreError,
  type StoreMode,
} from './store.js';

export { GITHUB_DEADLINES, type GithubDeadlines };

const PREFIX = 'taskcache-v1';

/**
 * The cache `version` of every taskcache blob. actions/cache sends the sha256 of its paths,
 * compression method and "1.0"; this is the sha256 of "taskcache blob frame 1", which no such
 * list produces, so the two never see each other's entries.
 */
export const GITHUB_BLOB_VERSION =
  '00ea08139a31ccd188d1dcbf47452743da5029b1ec6acab0ce97822da84264bd';

/** Frame: magic, record length (u32 BE), archive length (u64 BE), record, archive. */
const MAGIC = Buffer.from('TCGHBLB1', 'latin1');
const HEADER_BYTES = MAGIC.length + 4 + 8;
/** Records are small JSON; a frame that claims more is not ours. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export function encodeFrameHeader(recordBytes: number, archiveBytes: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(recordBytes, MAGIC.length);
  header.writeBigUInt64BE(BigInt(archiveBytes), MAGIC.length + 4);
  return header;
}

/** A frame's record and archive lengths, when `header` starts a frame of `total` bytes. */
export function decodeFrameHeader(
  header: Buffer,
  total: number,
): { recordBytes: number; archiveBytes: number } | undefined {
  if (header.length < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    return undefined;
  }
  const recordBytes = header.readUInt32BE(MAGIC.length);
  const archiveBytes = header.readBigUInt64BE(MAGIC.length + 4);
  if (recordBytes > MAX_RECORD_BYTES) return undefined;
  if (BigInt(HEADER_BYTES + recordBytes) + archiveBytes !== BigInt(total)) return undefined;
  return { recordBytes, archiveBytes: Number(archiveBytes) };
}

export interface GithubStoreOptions {
  readonly mode: StoreMode;
  /** ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ...; process.env by default. */
  readonly env?: NodeJS.ProcessEnv;
  /** Shorter or longer deadlines than GITHUB_DEADLINES. */
  readonly deadlines?: Partial<GithubDeadlines>;
  /** Upload and download sizes other than BLOB_SIZES's (when uploads switch to blocks, ...). */
  readonly sizes?: Partial<BlobSizes>;
}

export class GithubStore implements Store {
  /** The cache service's keys are immutable: an existing entry is kept. */
  readonly replaces = false;
  readonly name = 'github';
  /** The bytes go over the network as they are: compressed archives are worth it. */
  readonly compress = true;
  readonly mode: StoreMode;
  /** The cache service a job talks to has no list or delete; GitHub's REST API has both. */
  readonly capabilities: StoreCapabilities = {
    list: false,
    delete: false,
    replace: false,
    note: 'the cache service cannot list or delete: `taskcache ls --github` and `clear --github` use the REST API',
  };
  private readonly env: NodeJS.ProcessEnv;
  private readonly deadlines: GithubDeadlines;
  private service: CacheServiceClient | undefined;

  constructor(private readonly options: GithubStoreOptions) {
    this.mode = options.mode;
    this.env = options.env ?? process.env;
    this.deadlines = { ...GITHUB_DEADLINES, ...options.deadlines };
  }

  get credentials(): string {
    return `ACTIONS_RUNTIME_TOKEN: ${this.env.ACTIONS_RUNTIME_TOKEN ? 'present' : 'not set'}`;
  }

  /** Closes idle connections. */
  close(): void {
    this.service?.close();
    this.service = undefined;
  }

  private client(): CacheServiceClient {
    if (this.service) return this.service;
    const baseUrl = this.env.ACTIONS_RESULTS_URL;
    const token = this.env.ACTIONS_RUNTIME_TOKEN;
    if (!baseUrl || !token) {
      throw new StoreError(
        this.name,
        'the GitHub cache service is not available in this environment (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are not both set)',
      );
    }
    if (this.env.ACTIONS_CACHE_SERVICE_V2 === undefined) {
      throw new StoreError(
        this.name,
        'only the GitHub cache service v2 is supported (ACTIONS_CACHE_SERVICE_V2 is not set; GitHub Enterprise Server uses v1)',
      );
    }
    this.service = new CacheServiceClient({
      baseUrl,
      token,
      deadlines: this.deadlines,
      ...(this.options.sizes ? { sizes: this.options.sizes } : {}),
    });
    return this.service;
  }

  private entryKey(key: Key): string {
    return `${PREFIX}-${key}`;
  }

  private pointerPrefix(task: string, scope: string): string {
    return `${PREFIX}-latest-${blake3(`${scope}\0${task}`).slice(0, 32)}-`;
  }

  /** Runs one store call under one budget; every failure becomes this store's StoreError. */
  private async call<T>(operation: (client: CacheServiceClient, budget: Budget) => Promise<T>) {
    const client = this.client();
    try {
      return await operation(client, client.budget());
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(this.name, redact(messageOf(error), this.env));
    }
  }

  async get(key: Key): Promise<StoredEntry | undefined> {
    return this.call(async (client, budget) => {
      const found = await client.lookup(this.entryKey(key), GITHUB_BLOB_VERSION, [], budget);
      if (found === undefined || found.matchedKey !== this.entryKey(key)) return undefined;
      // The blob streams in: the record is read from its start, and the archive is handed to
      // the reader while the rest is still downloading.
      const { size, body } = await client.openDownload(found.url, budget);
      let frame: { recordText: string } | undefined;
      try {
        frame = await readFrame(body, size);
      } catch (error) {
        body.destroy();
        throw error;
      }
      if (frame === undefined) {
        // Not a taskcache blob: never unpacked, reported by the engine as an unusable entry.
        body.destroy();
        return {
          recordText: '',
          openArchive: () =>
            Promise.reject(new StoreError(this.name, 'the entry is not a taskcache blob')),
        };
      }
      // The engine opens the archive right after judging the record; a body nobody opens
      // stops being downloaded when its throughput window passes unread.
      return {
        recordText: frame.recordText,
        openArchive: async (): Promise<Readable> => {
          if (body.destroyed) throw new StoreError(this.name, 'the download has stopped');
          return this.storeErrors(body);
        },
      };
    });
  }

  /** `source` passed on, its errors as this store's StoreError with nothing secret in them. */
  private storeErrors(source: Readable): Readable {
    const out = new PassThrough({ highWaterMark: 1 << 20 });
    source.on('error', (error) =>
      out.destroy(new StoreError(this.name, redact(messageOf(error), this.env))),
    );
    out.on('close', () => {
      if (!source.readableEnded) source.destroy();
    });
    source.pipe(out);
    return out;
  }

  async has(key: Key): Promise<boolean> {
    return this.call(async (client, budget) => {
      const found = await client.lookup(this.entryKey(key), GITHUB_BLOB_VERSION, [], budget);
      return found?.matchedKey === this.entryKey(key);
    });
  }

  async put(request: SaveRequest): Promise<SaveOutcome> {
    return this.call(async (client, budget) => {
      const record = Buffer.from(request.recordText, 'utf8');
      const key = this.entryKey(request.key);
      let url: URL;
      try {
        url = await client.create(key, GITHUB_BLOB_VERSION, budget);
      } catch (error) {
        if (error instanceof ConflictError) return 'exists';
        if (error instanceof CacheServiceError && !error.retryable) {
          // A refusal ({ok: false}) can be an entry that exists already; it is one only if found.
          const found = await client
            .lookup(key, GITHUB_BLOB_VERSION, [], budget)
            .catch(() => undefined);
          if (found?.matchedKey === key) return 'exists';
        }
        throw error;
      }
      // This job holds the key: the pointer for explaining later misses goes up meanwhile.
      // Without it a later miss is only less explained, so its failure is not the entry's.
      const pointer = this.putPointer(client, request, record).catch(() => {});
      const size = record.length + request.archiveSize;
      await client.upload(
        url,
        {
          prefix: Buffer.concat([encodeFrameHeader(record.length, request.archiveSize), record]),
          file: request.archivePath,
          fileStart: 0,
          fileLength: request.archiveSize,
        },
        budget,
      );
      await client.finalize(key, GITHUB_BLOB_VERSION, HEADER_BYTES + size, budget);
      await pointer;
      return 'saved';
    });
  }

  private async putPointer(
    client: CacheServiceClient,
    request: SaveRequest,
    record: Buffer,
  ): Promise<void> {
    const budget = client.budget();
    const stamp = `${Date.now().toString().padStart(15, '0')}-${randomBytes(3).toString('hex')}`;
    const key = `${this.pointerPrefix(request.task, request.scope)}${stamp}`;
    const url = await client.create(key, GITHUB_BLOB_VERSION, budget);
    const prefix = Buffer.concat([encodeFrameHeader(record.length, 0), record]);
    await client.upload(url, { prefix, file: '', fileStart: 0, fileLength: 0 }, budget);
    await client.finalize(key, GITHUB_BLOB_VERSION, prefix.length, budget);
  }

  async latestRecord(task: string, scope: string): Promise<string | undefined> {
    return this.call(async (client, budget) => {
      const prefix = this.pointerPrefix(task, scope);
      const found = await client.lookup(`${prefix}none`, GITHUB_BLOB_VERSION, [prefix], budget);
      if (found === undefined || !found.matchedKey.startsWith(prefix)) return undefined;
      const blob = await client.downloadSmall(found.url, HEADER_BYTES + MAX_RECORD_BYTES, budget);
      if (blob === undefined) return undefined;
      const frame = decodeFrameHeader(blob, blob.length);
      if (frame === undefined) return undefined;
      return blob.subarray(HEADER_BYTES, HEADER_BYTES + frame.recordBytes).toString('utf8');
    });
  }
}

/** The record of the frame `body` starts with, which is left at its archive; undefined if not a frame. */
async function readFrame(
  body: Readable,
  size: number,
): Promise<{ recordText: string } | undefined> {
  const header = await readExactly(body, HEADER_BYTES);
  if (header === undefined) return undefined;
  const frame = decodeFrameHeader(header, size);
  if (frame === undefined) return undefined;
  const record = await readExactly(body, frame.recordBytes);
  if (record === undefined) return undefined;
  return { recordText: record.toString('utf8') };
}

/**
 * The next `count` bytes of `stream` (what came with them put back), undefined when it ends
 * sooner; its error as it is. Waits only with nothing buffered: a 'readable' listener added
 * while bytes are buffered fires at once, and waiting for more that way would spin.
 */
async function readExactly(stream: Readable, count: number): Promise<Buffer | undefined> {
  if (count === 0) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let got = 0;
  while (got < count) {
    const chunk = stream.read() as Buffer | null;
    if (chunk !== null) {
      chunks.push(chunk);
      got += chunk.length;
      continue;
    }
    if (stream.errored) throw stream.errored;
    if (stream.readableEnded || stream.destroyed) return undefined;
    await new Promise<void>((resolve, reject) => {
      const settle = (error?: Error) => {
        stream.off('readable', settle);
        stream.off('end', settle);
        stream.off('error', settle);
        stream.off('close', settle);
        if (error instanceof Error) reject(error);
        else resolve();
      };
      stream.on('readable', settle);
      stream.on('end', settle);
      stream.on('error', settle);
      stream.on('close', settle);
    });
  }
  const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  if (all.length > count) stream.unshift(all.subarray(count));
  return all.subarray(0, count);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Takes signed URL queries and the runtime token out of a message. */
export function redact(message: string, env: NodeJS.ProcessEnv = {}): string {
  let text = message
    .replace(/\b(sig|se|sp|sv|st|skoid|sktid|skt|ske|sks|skv|sr|spr)=[^&\s"')]*/gi, '$1=***')
    .replace(/(https?:\/\/[^\s?"')]*)\?[^\s"')]*/gi, '$1?***');
  const token = env.ACTIONS_RUNTIME_TOKEN;
  if (token && token.length >= 4) text = text.split(token).join('***');
  return text;
}
