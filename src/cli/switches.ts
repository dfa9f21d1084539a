// The run-wide cache switches: `--cache MODE` (else TASKCACHE_CACHE) for every store and task,
// `--remote-mode MODE` for the --remote URLs, and `--no-remote` to leave the config's remotes
// and plug-in stores out. A task's own `cache` mode and a store's mode narrow them further:
// the stricter of the modes applies (see stricterMode in engine/stores.ts).

import { configRemotes, type RemoteEntry, type RemoteSpec } from '../core/config-shape.js';
import { UsageError } from '../engine/errors.js';
import { storeModeOf } from '../engine/remotes.js';
import { CACHE_ENV } from '../engine/stores.js';
import { STORE_MODES, type StoreMode } from '../stores/store.js';
import type { ParsedFlags } from './flags.js';

export { CACHE_ENV };

/** The run-wide mode: --cache wins over TASKCACHE_CACHE; read-write when neither is set. */
export function runCacheMode(flags: ParsedFlags, env: NodeJS.ProcessEnv): StoreMode {
  if (flags.cache !== undefined) return modeOrThrow('--cache', flags.cache);
  const fromEnv = env[CACHE_ENV];
  // Set but empty is unset, as in a workflow's `env: TASKCACHE_CACHE: ${{ … }}`.
  if (fromEnv === undefined || fromEnv === '') return 'read-write';
  return modeOrThrow(CACHE_ENV, fromEnv);
}

/** The remotes a run uses: the config's (unless --no-remote), then --remote's. */
export function runRemotes(
  flags: ParsedFlags,
  config: {
    readonly remote?: RemoteEntry | undefined;
    readonly remotes?: readonly RemoteEntry[] | undefined;
  },
): RemoteSpec[] {
  const mode =
    flags['remote-mode'] === undefined
      ? 'read-write'
      : modeOrThrow('--remote-mode', flags['remote-mode']);
  return [
    ...(flags['no-remote'] ? [] : configRemotes(config)),
    ...(flags.remote ?? []).map((url) => ({ url, mode })),
  ];
}

function modeOrThrow(where: string, value: string): StoreMode {
  const mode = storeModeOf(value);
  if (mode === undefined) {
    // The value is a mode name or a typo of one: safe to show, but bounded.
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    throw new UsageError(`${where}: expected one of ${STORE_MODES.join(', ')}, got "${shown}"`);
  }
  return mode;
}
