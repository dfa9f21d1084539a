// A snapshot of a directory tree for before/after comparisons: every path below the root with
// its type, permission bits, link target and content digest. Links are recorded, never
// followed. A diff lists what was added, removed or changed.

import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import * as path from 'node:path';

export interface TreeItem {
  readonly type: 'file' | 'dir' | 'link' | 'other';
  /** Permission bits (0o7777); 0 for links. */
  readonly mode: number;
  /** A link's target, a file's sha256. */
  readonly target?: string;
  readonly digest?: string;
}

/** Relative POSIX path → item; the root itself is ''. */
export type TreeSnapshot = Map<string, TreeItem>;

export interface SnapshotOptions {
  /** Relative paths (POSIX) whose subtree is left out, e.g. the declared outputs. */
  readonly ignore?: (relative: string) => boolean;
}

export function snapshotTree(root: string, options: SnapshotOptions = {}): TreeSnapshot {
  const out: TreeSnapshot = new Map();
  const visit = (relative: string) => {
    if (relative !== '' && options.ignore?.(relative)) return;
    const absolute = relative === '' ? root : path.join(root, relative);
    const stats = lstatSync(absolute, { throwIfNoEntry: false });
    if (!stats) return;
    if (stats.isSymbolicLink()) {
      out.set(relative, { type: 'link', mode: 0, target: readlinkSync(absolute) });
    } else if (stats.isDirectory()) {
      out.set(relative, { type: 'dir', mode: stats.mode & 0o7777 });
      for (const name of readdirSync(absolute).sort()) {
        visit(relative === '' ? name : `${relative}/${name}`);
      }
    } else if (stats.isFile()) {
      out.set(relative, {
        type: 'file',
        mode: stats.mode & 0o7777,
        digest: createHash('sha256').update(readFileSync(absolute)).digest('hex'),
      });
    } else {
      out.set(relative, { type: 'other', mode: stats.mode & 0o7777 });
    }
  };
  visit('');
  return out;
}

/** Human-readable differences between two snapshots; empty when they are equal. */
export function diffTrees(before: TreeSnapshot, after: TreeSnapshot): string[] {
  const lines: string[] = [];
  for (const [name, item] of after) {
    const old = before.get(name);
    if (!old) lines.push(`added ${name || '.'} (${item.type})`);
    else if (JSON.stringify(old) !== JSON.stringify(item)) {
      lines.push(`changed ${name || '.'}: ${JSON.stringify(old)} -> ${JSON.stringify(item)}`);
    }
  }
  for (const name of before.keys()) if (!after.has(name)) lines.push(`removed ${name || '.'}`);
  return lines.sort();
}
