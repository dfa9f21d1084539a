// The GitHub Actions cache service (v2) as plain blob storage: the three Twirp methods
// (GetCacheEntryDownloadURL, CreateCacheEntry, FinalizeCacheEntryUpload) and the signed blob
// URLs they hand out (github-blob.ts). Nothing here archives or extracts: bytes go up from a
// file and come down as a stream. Every request keeps the deadlines of github-transport.ts.

import type { Readable } from 'node:stream';
import {
  BLOB_SIZES,
  type BlobSizes,
  downloadSmall,
  openDownload,
  uploadBlob,
} from './github-blob.js';
import {
  type BlobBody,
  Budget,
  CacheServiceError,
  ConflictError,
  type GithubDeadlines,
  readLimited,
  retryAfter,
  Transport,
} from './github-transport.js';

export { BLOB_SIZES, type BlobSizes } from './github-blob.js';
export {
  type BlobBody,
  Budget,
  CacheServiceError,
  ConflictError,
  GITHUB_DEADLINES,
  type GithubDeadlines,
} from './github-transport.js';

const SERVICE = 'github.actions.results.api.v1.CacheService';
const MAX_TWIRP_RESPONSE = 1024 * 1024;

export interface CacheServiceSettings {
  /** ACTIONS_RESULTS_URL. */
  readonly baseUrl: string;
  /** ACTIONS_RUNTIME_TOKEN. */
  readonly token: string;
  readonly deadlines: GithubDeadlines;
  /** Upload and download sizes; BLOB_SIZES by default. */
  readonly sizes?: Partial<BlobSizes>;
}

export class CacheServiceClient {
  private readonly transport: Transport;
  private readonly base: URL;
  private readonly sizes: BlobSizes;

  constructor(private readonly settings: CacheServiceSettings) {
    this.transport = new Transport(settings.deadlines);
    this.base = new URL(settings.baseUrl.endsWith('/') ? settings.baseUrl : `${settings.baseUrl}/`);
    this.sizes = { ...BLOB_SIZES, ...settings.sizes };
  }

  get deadlines(): GithubDeadlines {
    return this.settings.deadlines;
  }

  budget(): Budget {
    return new Budget(this.settings.deadlines.totalMs);
  }

  close(): void {
    this.transport.close();
  }

  /** The signed download URL of the entry matching `key` (or a restore-key prefix). */
  async lookup(
    key: string,
    version: string,
    restoreKeys: readonly string[],
    budget: Budget,
  ): Promise<{ url: URL; matchedKey: string } | undefined> {
    const answer = await this.twirp(
      'GetCacheEntryDownloadURL',
      { key, version, restore_keys: restoreKeys },
      budget,
    );
    if (answer.ok !== true) return undefined;
    const url = answer.signed_download_url;
    const matchedKey = answer.matched_key;
    if (typeof url !== 'string' || typeof matchedKey !== 'string') {
      throw new CacheServiceError('GetCacheEntryDownloadURL: the answer names no entry');
    }
    return { url: parseSignedUrl(url, 'GetCacheEntryDownloadURL'), matchedKey };
  }

  /** Reserves `key`; ConflictError when another job has it. */
  async create(key: string, version: string, budget: Budget): Promise<URL> {
    const answer = await this.twirp('CreateCacheEntry', { key, version }, budget);
    if (answer.ok !== true || typeof answer.signed_upload_url !== 'string') {
      throw new CacheServiceError(
        `CreateCacheEntry: the service did not reserve the entry${serviceMessage(answer)}`,
      );
    }
    return parseSignedUrl(answer.signed_upload_url, 'CreateCacheEntry');
  }

  async finalize(key: string, version: string, size: number, budget: Budget): Promise<void> {
    const answer = await this.twirp(
      'FinalizeCacheEntryUpload',
      { key, version, size_bytes: String(size) },
      budget,
    );
    if (answer.ok !== true) {
      throw new CacheServiceError(
        `FinalizeCacheEntryUpload: the service did not accept the entry${serviceMessage(answer)}`,
      );
    }
  }

  /** Uploads `body` as the blob behind a signed upload URL: one Put Blob, or blocks. */
  upload(url: URL, body: BlobBody, budget: Budget): Promise<void> {
    return uploadBlob(this.transport, url, body, budget, this.sizes);
  }

  /** The blob behind a signed URL as a stream (github-blob.ts openDownload). */
  openDownload(url: URL, budget: Budget): Promise<{ size: number; body: Readable }> {
    return openDownload(this.transport, url, budget, this.sizes);
  }

  /** The blob behind a signed URL in memory (small blobs only). */
  downloadSmall(url: URL, maxBytes: number, budget: Budget): Promise<Buffer | undefined> {
    return downloadSmall(this.transport, url, maxBytes, budget);
  }

  private async twirp(
    method: string,
    request: Record<string, unknown>,
    budget: Budget,
  ): Promise<Record<string, unknown>> {
    const url = new URL(`twirp/${SERVICE}/${method}`, this.base);
    return this.transport.withRetries(method, budget, () =>
      this.transport.send({
        what: method,
        method: 'POST',
        url,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Bearer ${this.settings.token}`,
        },
        body: Buffer.from(JSON.stringify(request)),
        budget,
        consume: async (res, moved) => {
          const status = res.statusCode ?? 0;
          const raw = await readLimited(res, MAX_TWIRP_RESPONSE, moved, method);
          let answer: unknown;
          try {
            answer = JSON.parse((raw ?? Buffer.alloc(0)).toString('utf8'));
          } catch {
            answer = undefined;
          }
          const object =
            typeof answer === 'object' && answer !== null && !Array.isArray(answer)
              ? (answer as Record<string, unknown>)
              : undefined;
          if (status === 200 && object) return object;
          const code = typeof object?.code === 'string' ? object.code : undefined;
          const msg = typeof object?.msg === 'string' ? `: ${object.msg}` : '';
          const text = `${method}: ${status}${code ? ` ${code}` : ''}${msg}`;
          if (status === 409 || code === 'already_exists') throw new ConflictError(text);
          const retryable = status === 429 || status >= 500 || (status === 200 && !object);
          throw new CacheServiceError(
            status === 200 ? `${method}: the answer is not a JSON object` : text,
            retryable,
            retryAfter(res.headers['retry-after']),
          );
        },
      }),
    );
  }
}

function parseSignedUrl(text: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CacheServiceError(`${what}: the signed URL is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CacheServiceError(`${what}: the signed URL is not http(s)`);
  }
  return url;
}

function serviceMessage(answer: Record<string, unknown>): string {
  return typeof answer.message === 'string' && answer.message !== '' ? ` (${answer.message})` : '';
}
