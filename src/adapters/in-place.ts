// Outputs a hit need not write: the workspace already holds the entry's bytes there (a repeated
// run of a monorepo, where every build's dist/ is what its entry has). Leaving such a file is
// the same as placing it: same content, same mode, same kind. It also keeps the file's stat,
// so the tasks that take it as an input know its digest from the stat cache instead of
// hashing a freshly written copy.
//
// A file counts as in place only when it is a regular file (not a link, parents already
// checked by checkDestinations) with the recorded size, exactly the mode a restore gives it,
// and the recorded digest: from the stat cache for an unchanged stat, else read and hashed.
// A link counts when it is a link with the recorded target.

import { lstatSync, readlinkSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { Digest } from '../core/digest.js';
import type { RestoredRecord } from '../core/entry.js';
import { restoredMode, type SeenDestinations } from './archive.js';
import { FileHasher } from './file-digest.js';
import { fileBackend } from './files.js';
import type { MemoFile } from './scan-memo.js';
import type { FileStat, StatCache } from './stat-cache.js';
import { witnessStat } from './stat-witness.js';

/**
 * The record's outputs whose bytes, mode and kind the workspace already has, as a scan would
 * see them. Digests read here go into `statCache` (when given), as a scan would record them;
 * `seen` holds stats already taken (checkDestinations). A file that cannot be
 * checked is not in place: it is written as a restore would.
 */
export async function outputsInPlace(
  record: RestoredRecord,
  workspace: string,
  statCache?: StatCache,
  seen?: SeenDestinations,
): Promise<Map<string, MemoFile>> {
  const inPlace = new Map<string, MemoFile>();
  let hasher: FileHasher | undefined;
  // Before any file is read: what the racy rule compares modification times with.
  const hashedAt = Date.now();
  /** Reads and hashes a file the stat cache does not know. */
  const hashOf = async (absolute: string, stat: FileStat): Promise<Digest | undefined> => {
    hasher ??= await FileHasher.create(await fileBackend());
    const hashed = hasher.hash(absolute);
    // Changed since the lstat: not trusted.
    if (
      hashed === undefined ||
      hashed.stat.size !== stat.size ||
      hashed.stat.mtimeMs !== stat.mtimeMs ||
      hashed.stat.ino !== stat.ino
    ) {
      return undefined;
    }
    statCache?.record(stat, hashed.digest, hashedAt);
    return hashed.digest;
  };
  // The record's paths are checked normalized and relative (checkRecord): joined by hand.
  const prefix = workspace.endsWith(path.sep) ? workspace : workspace + path.sep;
  for (const item of record.outputs) {
    try {
      const absolute = prefix + item.path;
      const looked = seen?.get(item.path);
      let stats: Stats | undefined;
      if (looked === undefined) {
        stats = lstatSync(absolute, { throwIfNoEntry: false });
        witnessStat(absolute, false, stats);
      } else stats = looked ?? undefined;
      if (stats === undefined) continue;
      if (item.kind === 'link') {
        if (stats.isSymbolicLink() && readlinkSync(absolute) === item.target) {
          inPlace.set(item.path, { executable: false, symlink: true });
        }
        continue;
      }
      if (!stats.isFile() || stats.size !== item.size) continue;
      if ((stats.mode & 0o7777) !== restoredMode(item.executable)) continue;
      const { size, mtimeMs, ctimeMs, ino } = stats;
      const stat: FileStat = { path: item.path, size, mtimeMs, ctimeMs, ino };
      // Most files are known from the stat cache: no promise for those.
      const digest = statCache?.lookup(stat) ?? (await hashOf(absolute, stat));
      if (digest === item.digest) {
        inPlace.set(item.path, { digest, executable: item.executable, symlink: false });
      }
    } catch {
      // Unreadable, or gone meanwhile: written as a restore would.
    }
  }
  return inPlace;
}
