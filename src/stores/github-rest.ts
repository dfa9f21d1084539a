// The GitHub Actions cache of a repository through GitHub's REST API, for managing it from
// anywhere (`taskcache ls --github`, `clear --github`): the cache service a job saves and
// restores through has no list or delete, and is reachable only inside a job.
//   GET    /repos/{owner}/{repo}/actions/caches?key=<prefix>&per_page=100&page=N
//   DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}
// Token: GITHUB_TOKEN, else GH_TOKEN (needs actions: write to delete); the API's base from
// GITHUB_API_URL (GitHub Enterprise Server, and the tests' fake), else https://api.github.com.
// It lists and deletes; it cannot read or write an entry, so it is not a Store.

import { HttpClient } from '../adapters/http-client.js';
import type { Key } from '../core/digest.js';
import { failureError, statusError } from './remote-shared.js';
import type { ListedEntry, StoreCapabilities, StoreMode } from './store.js';
import { StoreError } from './store.js';

/** The keys GithubStore writes: `taskcache-v1-<key>` (entries), `taskcache-v1-latest-…`. */
const ENTRY_KEY = /^taskcache-v1-([0-9a-f]{64})$/;
const PER_PAGE = 100;
/** A bound on pages followed: 100 000 caches, far over GitHub's per-repository limit. */
const MAX_PAGES = 1000;

/** One cache as the REST API describes it. */
export interface ActionsCache {
  readonly id: number;
  readonly ref: string;
  readonly key: string;
  readonly version: string;
  readonly last_accessed_at: string;
  readonly created_at: string;
  readonly size_in_bytes: number;
}

export interface GithubRestOptions {
  /** owner/name */
  readonly repo: string;
  readonly env: NodeJS.ProcessEnv;
}

export class GithubRestSource {
  readonly name: string;
  readonly mode: StoreMode = 'read-write';
  readonly capabilities: StoreCapabilities = { list: true, delete: true, replace: false };
  readonly credentials: string;
  private readonly base: string;
  private readonly client: HttpClient;
  /** The caches of each entry key from the last listing, by id (one per branch). */
  private readonly ids = new Map<string, number[]>();

  constructor(options: GithubRestOptions) {
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repo)) {
      throw new StoreError(
        'github',
        `github: expected a repository as OWNER/NAME, got "${options.repo}"`,
      );
    }
    this.name = `github:${options.repo}`;
    const token = options.env.GITHUB_TOKEN || options.env.GH_TOKEN;
    this.credentials = options.env.GITHUB_TOKEN
      ? 'GITHUB_TOKEN: present'
      : `GITHUB_TOKEN: not set, GH_TOKEN: ${token ? 'present' : 'not set'}`;
    const api = (options.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    this.base = `${api}/repos/${options.repo}/actions/caches`;
    this.client = new HttpClient({
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'taskcache',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
  }

  /** The repository's taskcache entries (one per key; a key cached on several refs once). */
  async listEntries(): Promise<ListedEntry[]> {
    const byKey = new Map<string, ListedEntry>();
    this.ids.clear();
    for (const cache of await this.caches('taskcache-v1-')) {
      const key = ENTRY_KEY.exec(cache.key)?.[1];
      if (key === undefined) continue;
      this.ids.set(key, [...(this.ids.get(key) ?? []), cache.id]);
      const seen = byKey.get(key);
      const usedAt =
        seen?.usedAt !== undefined && seen.usedAt > cache.last_accessed_at
          ? seen.usedAt
          : cache.last_accessed_at;
      byKey.set(key, {
        key: key as Key,
        size: (seen?.size ?? 0) + cache.size_in_bytes,
        createdAt:
          seen?.createdAt !== undefined && seen.createdAt < cache.created_at
            ? seen.createdAt
            : cache.created_at,
        usedAt,
      });
    }
    return [...byKey.values()];
  }

  /** Deletes every cache of the entry (on every ref); false when there was none. */
  async deleteEntry(key: Key): Promise<boolean> {
    const ids =
      this.ids.get(key) ??
      (await this.caches(`taskcache-v1-${key}`))
        .filter((cache) => cache.key === `taskcache-v1-${key}`)
        .map((cache) => cache.id);
    let deleted = false;
    for (const id of ids) {
      const what = `DELETE caches/${id}`;
      const response = await this.call(what, () =>
        this.client.buffered({ method: 'DELETE', url: new URL(`${this.base}/${id}`) }, 1 << 20),
      );
      if (response.status === 404) continue;
      if (response.status !== 204 && response.status !== 200) throw this.error(what, response);
      deleted = true;
    }
    this.ids.delete(key);
    return deleted;
  }

  close(): void {
    this.client.close();
  }

  /** Every cache whose key starts with `prefix`, following the pages. */
  private async caches(prefix: string): Promise<ActionsCache[]> {
    const out: ActionsCache[] = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const url = new URL(this.base);
      url.searchParams.set('key', prefix);
      url.searchParams.set('per_page', String(PER_PAGE));
      url.searchParams.set('page', String(page));
      const what = `GET caches page ${page}`;
      const response = await this.call(what, () =>
        this.client.buffered({ method: 'GET', url }, 64 << 20),
      );
      if (response.status !== 200) throw this.error(what, response);
      let body: { total_count?: unknown; actions_caches?: unknown };
      try {
        body = JSON.parse(response.body.toString('utf8'));
      } catch {
        throw new StoreError(this.name, `${this.name}: ${what}: the answer is not JSON`);
      }
      if (!Array.isArray(body?.actions_caches)) {
        throw new StoreError(this.name, `${this.name}: ${what}: no actions_caches in the answer`);
      }
      const caches = body.actions_caches as ActionsCache[];
      out.push(...caches.filter((cache) => cache.key.startsWith(prefix)));
      // The Link header names the next page; without one, a short page is the last.
      const link = String(response.headers.link ?? '');
      if (!/rel="next"/.test(link) && (link !== '' || caches.length < PER_PAGE)) break;
      if (caches.length === 0) break;
    }
    return out;
  }

  private async call<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw failureError(this.name, what, error);
    }
  }

  private error(what: string, response: { status: number; body: Buffer }): StoreError {
    if (response.status === 404) {
      return new StoreError(
        this.name,
        `${this.name}: ${what}: not found (HTTP 404): no such repository, or the token cannot see it`,
      );
    }
    if (response.status === 403 && /actions|permission|scope/i.test(response.body.toString())) {
      return new StoreError(
        this.name,
        `${this.name}: ${what}: the token lacks the permission (HTTP 403; deleting needs actions: write)`,
      );
    }
    return statusError(this.name, what, response);
  }
}

/** owner/name from a git remote URL of github.com (https, ssh or scp-like), else undefined. */
export function repoFromRemoteUrl(url: string): string | undefined {
  const match =
    /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)[^/:]+[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(
      url.trim(),
    );
  return match ? `${match[1]}/${match[2]}` : undefined;
}
