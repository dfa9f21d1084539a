// Replacing a small file so that readers see the old content or the new, never a torn one.

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Writes `data` beside `file` under a unique name, then renames it over `file`. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${uniqueSuffix()}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

let made = 0;

/**
 * A name part that no other process, and no other call in this one, uses at the same time:
 * the pid, a count and a random tail. Temporary names are not secrets, so no crypto (whose
 * loading costs a small run more than everything else it does with these names).
 */
export function uniqueSuffix(): string {
  made += 1;
  const tail = Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, '0');
  return `${process.pid}.${made.toString(36)}${tail}`;
}
