// `taskcache clear TASK...|--all [--dry-run] [--yes]`: deletes entries from the local store and
// every remote written to that can delete. On a terminal it asks first (--yes skips that);
// elsewhere it deletes only with --yes, so a script never deletes by accident.

import { shortKey } from '../../core/digest.js';
import { formatBytes } from '../../core/units.js';
import { UsageError } from '../../engine/errors.js';
import { clearAll, closeStores } from '../../engine/manage.js';
import { parseFlags } from '../flags.js';
import { printJson } from '../json.js';
import { openManaged, printNotes } from '../manage-open.js';
import { stderr, stdout } from '../output.js';

export default async function clear(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('clear', args, [
    'config',
    'cache-dir',
    'remote',
    'json',
    'github',
    'repo',
    'all',
    'dry-run',
    'yes',
  ]);
  const all = flags.all === true;
  if (all === positionals.length > 0 || (!all && positionals.length === 0)) {
    throw new UsageError('clear: give TASK... or --all (not both)');
  }
  const dryRun = flags['dry-run'] === true;
  const interactive = process.stdin.isTTY === true && !flags.json;
  if (!dryRun && !flags.yes && !interactive) {
    throw new UsageError(
      'clear: stdin is not a terminal: pass --yes to delete, or --dry-run to see what would go',
    );
  }
  const { stores } = await openManaged(flags);
  try {
    const options = { tasks: positionals, all, dryRun: true };
    let result = await clearAll(stores, options);
    if (!dryRun && result.deleted.length > 0) {
      if (!flags.yes) {
        printNotes(result.notes);
        const what = all ? 'every entry' : `the entries of ${positionals.join(', ')}`;
        const answer = await ask(
          `Delete ${result.deleted.length} entr${result.deleted.length === 1 ? 'y' : 'ies'} (${what}) from ${new Set(result.deleted.map((r) => r.store)).size} store(s)? [y/N] `,
        );
        if (!/^y(es)?$/i.test(answer.trim())) {
          stderr.write('taskcache: nothing deleted\n');
          return 1;
        }
      }
      result = await clearAll(stores, { ...options, dryRun: false });
    }
    if (flags.json) {
      printJson({ dryRun, deleted: result.deleted, notes: result.notes });
      return 0;
    }
    if (dryRun || flags.yes) printNotes(result.notes);
    const verb = dryRun ? 'would delete' : 'deleted';
    for (const row of result.deleted) {
      stdout.write(`${verb} ${shortKey(row.key)}  ${row.task ?? '?'}  from ${row.store}\n`);
    }
    const bytes = result.deleted.reduce((total, r) => total + (r.size ?? 0), 0);
    const count = result.deleted.length;
    stdout.write(`${verb} ${count} entr${count === 1 ? 'y' : 'ies'} (${formatBytes(bytes)})\n`);
    return 0;
  } finally {
    await closeStores(stores);
  }
}

async function ask(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}
