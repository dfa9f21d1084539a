// Turning remote specs (config, --remote, the action's `remote` input) into stores: modes,
// untrusted contexts, and URL errors as usage errors that never print a credential.

import type { RemoteSpec, StoreMode } from '../core/config-shape.js';
import type { Store } from '../stores/store.js';
import { UsageError } from './config-file.js';

/** In an untrusted context (a fork's pull request) remotes are read, never written. */
export function readOnly(mode: StoreMode): StoreMode {
  if (mode === 'read-write') return 'read';
  if (mode === 'write') return 'off';
  return mode;
}

export async function remoteStores(
  specs: readonly RemoteSpec[],
  options: { env: NodeJS.ProcessEnv; warn: (message: string) => void; untrusted?: boolean },
): Promise<Store[]> {
  if (specs.length === 0) return [];
  const { createRemoteStore, RemoteUrlError, redactUrl } = await import('../stores/remote.js');
  const stores: Store[] = [];
  for (const spec of specs) {
    const mode = options.untrusted ? readOnly(spec.mode) : spec.mode;
    if (mode === 'off') continue;
    try {
      stores.push(
        await createRemoteStore(spec.url, { mode, env: options.env, warn: options.warn }),
      );
    } catch (error) {
      // A URL error names the (redacted) URL already.
      const message = (error as Error).message;
      throw new UsageError(
        error instanceof RemoteUrlError ? message : `remote ${redactUrl(spec.url)}: ${message}`,
      );
    }
  }
  return stores;
}
