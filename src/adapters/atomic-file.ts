// Replacing a small file so that readers see the old content or the new, never a torn one.

import {
  closeSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';

/**
 * Writes `data` (or its pieces, one after another) beside `file` under a unique name, then
 * renames it over `file`.
 */
export function writeFileAtomic(
  file: string,
  data: string | Uint8Array | readonly Uint8Array[],
): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${uniqueSuffix()}`;
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(tmp, data);
    else {
      const fd = openSync(tmp, 'w');
      try {
        for (const piece of data) {
          for (let at = 0; at < piece.length; ) at += writeSync(fd, piece, at);
        }
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
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
