// `taskcache stats`: what the local store holds and how often recorded runs hit.

import { formatBytes } from '../../core/units.js';
import { localStoreFor } from '../context.js';
import { parseFlags } from '../flags.js';
import { printJson } from '../json.js';
import { stdout } from '../output.js';

export default async function stats(args: string[]): Promise<number> {
  const { flags } = parseFlags('stats', args, ['cache-dir', 'json']);
  const local = localStoreFor(flags);
  const entries = await local.list();
  const runs = await local.runs();
  const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  const created = entries.map((e) => e.createdAt).sort((a, b) => a - b);
  const hits = runs.filter((r) => r.status === 'hit').length;
  const counted = runs.filter((r) => r.status !== 'failed').length;
  const result = {
    directory: local.root,
    entries: entries.length,
    bytes,
    oldest: created.length > 0 ? new Date(created[0]!).toISOString() : null,
    newest: created.length > 0 ? new Date(created[created.length - 1]!).toISOString() : null,
    runs: runs.length,
    hits,
    misses: runs.filter((r) => r.status === 'miss').length,
    failed: runs.filter((r) => r.status === 'failed').length,
    hitRate: counted === 0 ? 0 : hits / counted,
    timeSavedMs: runs.reduce((sum, r) => sum + (r.savedMs ?? 0), 0),
  };
  if (flags.json) {
    printJson(result);
    return 0;
  }
  const pct = (result.hitRate * 100).toFixed(1);
  stdout.write(
    [
      `local store  ${result.directory}`,
      `entries      ${result.entries} (${formatBytes(result.bytes)})`,
      `oldest       ${result.oldest ?? '-'}`,
      `newest       ${result.newest ?? '-'}`,
      `runs         ${result.runs}: ${result.hits} hits, ${result.misses} misses, ${result.failed} failed`,
      `hit rate     ${pct} % (${result.hits} of ${counted})`,
      '',
    ].join('\n'),
  );
  return 0;
}
