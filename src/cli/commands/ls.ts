// `taskcache ls [TASK...]`: the entries of every store that can list.

import { shortKey } from '../../core/digest.js';
import { closeStores, listAll } from '../../engine/manage.js';
import { parseFlags } from '../flags.js';
import { printJson } from '../json.js';
import { openManaged, printNotes, sizeText, table, timeText } from '../manage-open.js';
import { stdout } from '../output.js';

export default async function ls(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('ls', args, [
    'config',
    'cache-dir',
    'remote',
    'json',
    'github',
    'repo',
  ]);
  const { stores } = await openManaged(flags);
  try {
    const { rows, notes } = await listAll(stores, positionals);
    if (flags.json) {
      printJson({ entries: rows, notes });
      return 0;
    }
    printNotes(notes);
    if (rows.length === 0) {
      stdout.write(`no entries${positionals.length > 0 ? ` of ${positionals.join(', ')}` : ''}\n`);
      return 0;
    }
    const lines = rows.map((r) => [
      shortKey(r.key),
      r.task ?? '?',
      sizeText(r.size),
      timeText(r.createdAt),
      timeText(r.usedAt),
      r.store,
    ]);
    stdout.write(
      `${table([['KEY', 'TASK', 'SIZE', 'CREATED', 'LAST USED', 'STORE'], ...lines])}\n`,
    );
    return 0;
  } finally {
    await closeStores(stores);
  }
}
