// `taskcache doctor`: checks the config, then every store with a real round trip. Exits 1
// when a store cannot do what its mode says (a read-write store that cannot write), 2 when
// the config is unusable.

import { checkStore, type StoreCheck } from '../../engine/doctor.js';
import { UsageError } from '../../engine/errors.js';
import { closeStores, type ManagedStores } from '../../engine/manage.js';
import type { Store } from '../../stores/store.js';
import { parseFlags } from '../flags.js';
import { printJson } from '../json.js';
import { openManaged } from '../manage-open.js';
import { stdout } from '../output.js';

export default async function doctor(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('doctor', args, [
    'config',
    'cache-dir',
    'remote',
    'json',
  ]);
  if (positionals.length > 0)
    throw new UsageError(`doctor: unexpected argument "${positionals[0]}"`);
  let managed: ManagedStores;
  try {
    managed = await openManaged(flags);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (flags.json) printJson({ config: { ok: false, error: error.message }, stores: [] });
    else stdout.write(`config  FAILED\n  ${error.message.replace(/\n/g, '\n  ')}\n`);
    return 2;
  }
  const config = managed.loaded
    ? `${managed.loaded.file}: valid, ${Object.keys(managed.loaded.config.tasks).length} task(s)`
    : 'no taskcache.yml found: checking the local store and --remote URLs';
  const checks: StoreCheck[] = [];
  try {
    for (const store of managed.stores) {
      checks.push(await checkStore(store as Store, managed.local.tmpDir));
    }
  } finally {
    await closeStores(managed.stores);
  }
  const ok = checks.every((c) => c.ok);
  if (flags.json) {
    printJson({ config: { ok: true, detail: config }, stores: checks, ok });
    return ok ? 0 : 1;
  }
  const out = [`config  ok: ${config}`];
  for (const check of checks) {
    const caps = check.capabilities;
    const can = [
      `list ${caps.list ? 'yes' : 'no'}`,
      `delete ${caps.delete ? 'yes' : 'no'}`,
      `replace ${caps.replace ? 'yes' : 'no'}`,
    ].join(', ');
    const timing = check.steps
      .map((s) => `${s.step} ${s.error === undefined ? `${s.ms} ms` : 'FAILED'}`)
      .join(', ');
    out.push(
      '',
      `${check.store}  ${check.ok ? 'ok' : 'FAILED'}`,
      `  mode          ${check.mode}`,
      `  round trip    ${timing || '-'}`,
      `  credentials   ${check.credentials}`,
      `  can           ${can}`,
      ...(caps.note ? [`  note          ${caps.note}`] : []),
      ...(check.problem ? [`  problem       ${check.problem}`] : []),
    );
  }
  stdout.write(`${out.join('\n')}\n`);
  return ok ? 0 : 1;
}
