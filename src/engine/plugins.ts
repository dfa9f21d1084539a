// Plug-in stores from the config's `stores:` list: a module (path relative to the config
// file) whose default export, or export `createStore`, is a factory returning a Store. The
// module runs with the rights of whoever runs taskcache, so it is trusted like the config
// itself (docs/SECURITY.md).

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StoreMode } from '../core/config-shape.js';
import type { Store } from '../stores/store.js';
import { UsageError } from './errors.js';
import { readOnly } from './remotes.js';

/** A `stores:` item as the config holds it. */
export type PluginEntry =
  | string
  | {
      readonly module: string;
      readonly mode: StoreMode;
      readonly options?: Record<string, unknown>;
    };

/** What a plug-in's factory is given. */
export interface PluginStoreContext {
  readonly mode: StoreMode;
  /** The `options` mapping of the config item ({} when none). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Where credentials are read from. */
  readonly env: NodeJS.ProcessEnv;
  /** The directory of the config file, for paths in `options`. */
  readonly configDir: string;
  /** One line to the user, for an entry that exists but is treated as a miss. */
  readonly warn: (message: string) => void;
}

export type PluginStoreFactory = (context: PluginStoreContext) => Store | Promise<Store>;

const STORE_METHODS = ['get', 'has', 'put', 'latestRecord'] as const;

// The CLI is a CommonJS bundle whose import() becomes require(), which cannot load an ES
// module on Node 20: a real dynamic import, through a function the bundler leaves alone. The
// executable runs the bundle as a vm script (src/cli/warm-load.ts), where no import() has a
// loader, and hands over one of its own under IMPORTER. Where such a function cannot import (a
// host that runs this code in a vm context, like the test runner), the module's own import() does.
const IMPORTER = Symbol.for('taskcache.import');
const nativeImport = ((globalThis as Record<symbol, unknown>)[IMPORTER] ??
  new Function('specifier', 'return import(specifier)')) as (
  specifier: string,
) => Promise<Record<string, unknown>>;

async function importModule(specifier: string): Promise<Record<string, unknown>> {
  try {
    return await nativeImport(specifier);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING') {
      throw error;
    }
    return import(specifier);
  }
}

export async function pluginStores(
  entries: readonly PluginEntry[],
  options: {
    configFile: string;
    env: NodeJS.ProcessEnv;
    warn: (message: string) => void;
    untrusted?: boolean;
  },
): Promise<Store[]> {
  const stores: Store[] = [];
  const configDir = path.dirname(options.configFile);
  for (const [index, entry] of entries.entries()) {
    const item = typeof entry === 'string' ? { module: entry, mode: 'read-write' as const } : entry;
    const mode = options.untrusted ? readOnly(item.mode) : item.mode;
    if (mode === 'off') continue;
    const where = `${options.configFile}: stores[${index}] (${item.module})`;
    const file = path.resolve(configDir, item.module);
    let loaded: Record<string, unknown>;
    try {
      loaded = await importModule(pathToFileURL(file).href);
    } catch (error) {
      throw new UsageError(`${where}: cannot load the module: ${(error as Error).message}`);
    }
    const factory = (loaded.createStore ?? loaded.default) as PluginStoreFactory | undefined;
    if (typeof factory !== 'function') {
      throw new UsageError(
        `${where}: expected a default export or a createStore export that is a function returning a Store`,
      );
    }
    const store = await factory({
      mode,
      options: ('options' in item ? item.options : undefined) ?? {},
      env: options.env,
      configDir,
      warn: options.warn,
    });
    const missing = STORE_METHODS.filter(
      (name) => typeof (store as unknown as Record<string, unknown>)?.[name] !== 'function',
    );
    if (missing.length > 0 || typeof store?.name !== 'string') {
      throw new UsageError(
        `${where}: the factory returned no Store (missing ${[...missing, ...(typeof store?.name === 'string' ? [] : ['name'])].join(', ')})`,
      );
    }
    if (store.mode !== mode) {
      throw new UsageError(`${where}: the store's mode is ${store.mode}, the config's ${mode}`);
    }
    stores.push(store);
  }
  return stores;
}
