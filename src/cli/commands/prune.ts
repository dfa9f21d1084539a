// `taskcache prune --max-size 10GB --max-age 7d`: least-recently-used eviction.

import { formatBytes, parseAge, parseSize } from '../../core/units.js';
import { UsageError } from '../../engine/config-file.js';
import { localStoreFor } from '../context.js';
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
  const local = localStoreFor(flags);
  const result = await local.prune({ maxBytes, maxAgeMs });
  stdout.write(
    `removed ${result.removed} entr${result.removed === 1 ? 'y' : 'ies'} (${formatBytes(result.freedBytes)}); kept ${result.kept} (${formatBytes(result.keptBytes)})\n`,
  );
  return 0;
}
