// Managing the cache (`taskcache ls`, `clear`, `show`, `doctor`): the stores a command
// manages (the local store, the config's remotes and plug-in stores, --remote URLs and, asked
// for, the repository's GitHub Actions cache through the REST API), listing their entries and
// deleting them. A store that cannot list or delete says so in one line; a store failure is
// one warning and the command goes on with the others.

import { execFileSync } from 'node:child_process';
import { initBlake3 } from '../adapters/blake3.js';
import { configRemotes } from '../core/config-shape.js';
import type { Key } from '../core/digest.js';
import type { GithubRestSource } from '../stores/github-rest.js';
import type { LocalStore } from '../stores/local.js';
import {
  canWrite,
  capabilitiesOf,
  type ListedEntry,
  type Store,
  type StoreCapabilities,
  StoreError,
  UnsupportedError,
} from '../stores/store.js';
import { findConfig, type LoadedConfig, loadConfigCached, UsageError } from './config-file.js';
import { type PluginEntry, pluginStores } from './plugins.js';
import { remoteStores } from './remotes.js';

/** What ls and clear work on: a Store, or the GitHub REST source (which lists and deletes). */
export interface ManagedStore {
  readonly name: string;
  readonly mode: Store['mode'];
  readonly capabilities?: StoreCapabilities;
  readonly credentials?: string;
  listEntries?(): Promise<ListedEntry[]>;
  deleteEntry?(key: Key): Promise<boolean>;
  get?: Store['get'];
  latestRecord?: Store['latestRecord'];
  close?(): unknown;
}

export interface ManagedStores {
  readonly loaded: LoadedConfig | undefined;
  readonly local: LocalStore;
  /** In read order: local, remotes, plug-ins, then the GitHub cache when asked for. */
  readonly stores: readonly ManagedStore[];
}

export interface OpenOptions {
  /** --config; else taskcache.yml in cwd or a parent, and none is fine. */
  readonly configFile?: string;
  readonly cwd: string;
  readonly local: LocalStore;
  readonly remotes: readonly string[];
  /** --github / --repo: the repository's GitHub Actions cache. */
  readonly github?: { readonly repo?: string };
  readonly env: NodeJS.ProcessEnv;
  readonly warn: (message: string) => void;
}

export async function openStores(options: OpenOptions): Promise<ManagedStores> {
  await initBlake3();
  const file = options.configFile ?? findConfig(options.cwd);
  const loaded = file ? await loadConfigCached(file, options.local.stateDir) : undefined;
  const common = { env: options.env, warn: options.warn };
  const remotes = await remoteStores(
    [
      ...(loaded ? configRemotes(loaded.config) : []),
      ...options.remotes.map((url) => ({ url, mode: 'read-write' as const })),
    ],
    common,
  );
  const plugins = loaded
    ? await pluginStores((loaded.config.stores ?? []) as PluginEntry[], {
        ...common,
        configFile: loaded.file,
      })
    : [];
  const stores: ManagedStore[] = [options.local, ...remotes, ...plugins];
  if (options.github) stores.push(await githubSource(options.github.repo, options));
  return { loaded, local: options.local, stores };
}

async function githubSource(
  repo: string | undefined,
  options: OpenOptions,
): Promise<GithubRestSource> {
  const name = repo ?? options.env.GITHUB_REPOSITORY ?? (await originRepo(options.cwd));
  if (!name) {
    throw new UsageError(
      'the GitHub cache: no repository (pass --repo OWNER/NAME, or run inside a clone whose origin is on GitHub)',
    );
  }
  const { GithubRestSource } = await import('../stores/github-rest.js');
  try {
    return new GithubRestSource({ repo: name, env: options.env });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function originRepo(cwd: string): Promise<string | undefined> {
  const { repoFromRemoteUrl } = await import('../stores/github-rest.js');
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return repoFromRemoteUrl(url);
  } catch {
    return undefined;
  }
}

export async function closeStores(stores: readonly ManagedStore[]): Promise<void> {
  await Promise.all(stores.map((s) => Promise.resolve(s.close?.()).catch(() => {})));
}

export interface EntryRow extends ListedEntry {
  readonly store: string;
}

export interface Listing {
  readonly rows: EntryRow[];
  /** One line per store that cannot list, and per store that failed. */
  readonly notes: string[];
}

/** The entries of every store that can list, of `tasks` only when given. */
export async function listAll(
  stores: readonly ManagedStore[],
  tasks: readonly string[] = [],
): Promise<Listing> {
  const rows: EntryRow[] = [];
  const notes: string[] = [];
  for (const store of stores) {
    if (store.mode === 'off') continue;
    const caps = capabilitiesOf(store as Store);
    if (!caps.list || !store.listEntries) {
      notes.push(`${store.name}: cannot list${caps.note ? `: ${caps.note}` : ''}`);
      continue;
    }
    try {
      for (const entry of await store.listEntries()) rows.push({ ...entry, store: store.name });
    } catch (error) {
      notes.push(noteOf(store, error));
    }
  }
  // A store that cannot tell an entry's task (the GitHub cache) gets it from another store.
  const taskOf = new Map(rows.filter((r) => r.task !== undefined).map((r) => [r.key, r.task]));
  const named = rows.map((row) =>
    row.task === undefined && taskOf.has(row.key) ? { ...row, task: taskOf.get(row.key) } : row,
  );
  const wanted = new Set(tasks);
  const shown = tasks.length === 0 ? named : named.filter((r) => wanted.has(r.task ?? ''));
  shown.sort(
    (a, b) =>
      (a.task ?? '\uffff').localeCompare(b.task ?? '\uffff') ||
      (b.createdAt ?? '').localeCompare(a.createdAt ?? '') ||
      a.store.localeCompare(b.store),
  );
  return { rows: shown, notes };
}

export interface ClearResult {
  /** Deleted, or that would be with --dry-run. */
  readonly deleted: EntryRow[];
  readonly notes: string[];
}

/**
 * Deletes the entries of `tasks` (or all, with `all`) from every store that is written to and
 * can delete. A store that can delete but not list gets the keys the others listed.
 */
export async function clearAll(
  stores: readonly ManagedStore[],
  options: { readonly tasks: readonly string[]; readonly all: boolean; readonly dryRun: boolean },
): Promise<ClearResult> {
  const { rows, notes } = await listAll(stores, options.all ? [] : options.tasks);
  const deleted: EntryRow[] = [];
  const keys = [...new Set(rows.map((r) => r.key))];
  for (const store of stores) {
    if (store.mode === 'off') continue;
    const caps = capabilitiesOf(store as Store);
    if (!canWrite(store.mode)) {
      notes.push(`${store.name}: not cleared: its mode is ${store.mode}`);
      continue;
    }
    if (!caps.delete || !store.deleteEntry) {
      notes.push(`${store.name}: cannot delete${caps.note ? `: ${caps.note}` : ''}`);
      continue;
    }
    const own = rows.filter((r) => r.store === store.name);
    const targets: EntryRow[] = caps.list
      ? own
      : keys.map((key) => ({ key, store: store.name, ...taskField(rows, key) }));
    for (const row of targets) {
      if (options.dryRun) {
        deleted.push(row);
        continue;
      }
      try {
        if (await store.deleteEntry(row.key)) deleted.push(row);
      } catch (error) {
        notes.push(noteOf(store, error));
        break;
      }
    }
  }
  return { deleted, notes };
}

function taskField(rows: readonly EntryRow[], key: Key): { task?: string } {
  const task = rows.find((r) => r.key === key && r.task !== undefined)?.task;
  return task === undefined ? {} : { task };
}

function noteOf(store: ManagedStore, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UnsupportedError || error instanceof StoreError) {
    return message.startsWith(store.name) ? message : `${store.name}: ${message}`;
  }
  return `${store.name}: ${message}`;
}
