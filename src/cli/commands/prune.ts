// `taskcache prune --max-size 10GB --max-age 7d`: least-recently-used eviction, and the state
// no run used within the age limit (30 days when only a size is given; see docs/cli.md).

import * as path from 'node:path';
import { initBlake3 } from '../../adapters/blake3.js';
import { formatBytes, parseAge, parseSize } from '../../core/units.js';
import { findConfig, UsageError } from '../../engine/config-file.js';
import { scanStateNames } from '../../engine/key-caches.js';
import { DEFAULT_STATE_MAX_AGE_MS } from '../../stores/local-prune.js';
import { localStoreFor } from '../base-context.js';
import { parseFlags } from '../flags.js';
import { stdout } from '../output.js';

export default async function prune(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('prune', args, ['cache-dir', 'max-size', 'max-age']);
  if (positionals.length > 0)
    throw new UsageError(`prune: unexpected argument "${positionals[0]}"`);
  const maxBytes = flags['max-size'] === undefined ? undefined : parseSize(flags['max-size']);
  if (flags['max-size'] !== undefined && maxBytes === undefined) {
    throw new UsageError(
      `prune: --max-size: expected a size such as "10GB", got "${flags['max-size']}"`,
    );
  }
  const maxAgeMs = flags['max-age'] === undefined ? undefined : parseAge(flags['max-age']);
  if (flags['max-age'] !== undefined && maxAgeMs === undefined) {
    throw new UsageError(
      `prune: --max-age: expected an age such as "7d" or "12h", got "${flags['max-age']}"`,
    );
  }
  if (maxBytes === undefined && maxAgeMs === undefined) {
    throw new UsageError('prune: give --max-size SIZE, --max-age AGE, or both');
  }
  await initBlake3();
  const local = localStoreFor(flags);
  // The workspace prune runs in keeps its scan caches: its next run should not rehash it all.
  const config = findConfig(process.cwd());
  const keep = config === undefined ? [] : scanStateNames(path.dirname(config));
  const result = await local.prune({
    maxBytes,
    maxAgeMs,
    state: { maxAgeMs: maxAgeMs ?? DEFAULT_STATE_MAX_AGE_MS, keep },
  });
  const state = result.state ?? { removed: 0, freedBytes: 0 };
  stdout.write(
    `removed ${result.removed} entr${result.removed === 1 ? 'y' : 'ies'} (${formatBytes(result.freedBytes)}); kept ${result.kept} (${formatBytes(result.keptBytes)}); removed ${state.removed} state file${state.removed === 1 ? '' : 's'} (${formatBytes(state.freedBytes)})\n`,
  );
  return 0;
}
