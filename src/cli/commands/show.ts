// `taskcache show KEY|TASK`: an entry's record, never an environment variable's value.

import { formatBytes, formatDuration } from '../../core/units.js';
import { UsageError } from '../../engine/errors.js';
import { closeStores } from '../../engine/manage.js';
import { findEntry } from '../../engine/show.js';
import { signerFromEnv } from '../../engine/signing.js';
import { parseFlags } from '../flags.js';
import { printJson } from '../json.js';
import { openManaged, printNotes } from '../manage-open.js';
import { stdout } from '../output.js';

export default async function show(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('show', args, [
    'config',
    'cache-dir',
    'remote',
    'json',
    'github',
    'repo',
  ]);
  if (positionals.length !== 1) throw new UsageError('show: expected exactly one KEY or TASK');
  const what = positionals[0]!;
  const { stores, loaded } = await openManaged(flags);
  try {
    const signer = signerFromEnv(process.env);
    const { view, notes } = await findEntry(stores, what, {
      ...(loaded ? { scope: loaded.workspace } : {}),
      ...(signer ? { signer } : {}),
    });
    if (flags.json) {
      printJson({ entry: view ?? null, notes });
      return view ? 0 : 1;
    }
    printNotes(notes);
    if (!view) {
      stdout.write(`no entry ${/^[0-9a-f]{8,64}$/.test(what) ? 'with key' : 'of task'} ${what}\n`);
      return 1;
    }
    const out = [
      `${view.task ?? '(unknown task)'}  key ${view.key}`,
      `  store       ${view.store}`,
      `  created     ${view.createdAt ?? '-'}`,
      `  duration    ${view.durationMs === undefined ? '-' : formatDuration(view.durationMs)}`,
      `  exit code   ${view.exitCode ?? '-'}`,
      `  command     ${view.command ?? '-'}`,
      `  directory   ${view.cwd ?? '-'}`,
      `  platform    ${view.platform ?? '-'}`,
      `  signature   ${view.signature}`,
      `  integrity   ${view.integrity}`,
      `  producer    ${
        Object.entries(view.producer)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ') || '-'
      }`,
      `  env         ${view.env.length > 0 ? view.env.join(', ') : '(none)'}`,
      `  key-commands ${view.keyCommands.length > 0 ? view.keyCommands.join(', ') : '(none)'}`,
      `  inputs      ${view.inputs.length} file${view.inputs.length === 1 ? '' : 's'}`,
      ...view.inputs.map((i) => `    ${i.path}${i.kind === 'file' ? '' : ` (${i.kind})`}`),
      `  outputs     ${view.outputs.length} (${formatBytes(view.outputBytes)})${view.logBytes === undefined ? '' : `, log ${formatBytes(view.logBytes)}`}`,
      ...view.outputs.map(
        (o) =>
          `    ${o.path}  ${o.kind === 'link' ? `-> ${o.target ?? '?'}` : formatBytes(o.size ?? 0)}`,
      ),
    ];
    stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await closeStores(stores);
  }
}
