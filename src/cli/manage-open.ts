// What ls, show, clear and doctor share: the stores they manage, opened from the flags, and
// the lines they print about stores (on stderr, or in the JSON).

import { formatBytes } from '../core/units.js';
import { type ManagedStores, openStores } from '../engine/manage.js';
import { localStoreFor } from './base-context.js';
import type { ParsedFlags } from './flags.js';
import { stderr } from './output.js';

export async function openManaged(flags: ParsedFlags): Promise<ManagedStores> {
  return openStores({
    ...(flags.config === undefined ? {} : { configFile: flags.config }),
    cwd: process.cwd(),
    local: localStoreFor(flags),
    remotes: flags.remote ?? [],
    ...(flags.github || flags.repo !== undefined
      ? { github: flags.repo === undefined ? {} : { repo: flags.repo } }
      : {}),
    env: process.env,
    warn: (message) => stderr.write(`warning: ${message}\n`),
  });
}

export function printNotes(notes: readonly string[]): void {
  for (const note of notes) stderr.write(`taskcache: ${note}\n`);
}

export const sizeText = (bytes: number | undefined): string =>
  bytes === undefined ? '-' : formatBytes(bytes);

/** An ISO time as "2026-01-02 03:04" (UTC), or "-". */
export const timeText = (iso: string | undefined): string =>
  iso === undefined ? '-' : iso.replace('T', ' ').slice(0, 16);

/** Rows as aligned columns. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows
    .map((row) =>
      row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}
