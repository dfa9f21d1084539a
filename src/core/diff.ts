// Why a key differs from an earlier one: a structured diff of two manifests, and the
// one-line reason a summary or a CLI line shows.

import { compareCodeUnits } from './canonical.js';
import { type InputEntry, isLink, type Manifest } from './manifest.js';

export interface NameChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

export type ManifestChange =
  | { readonly kind: 'schema'; readonly before: number; readonly after: number }
  | { readonly kind: 'command'; readonly before: string; readonly after: string }
  | { readonly kind: 'shell'; readonly before: string; readonly after: string }
  | { readonly kind: 'cwd'; readonly before: string; readonly after: string }
  | { readonly kind: 'platform'; readonly before: string; readonly after: string }
  | ({ readonly kind: 'files' } & NameChanges)
  | ({ readonly kind: 'env' } & NameChanges)
  | ({ readonly kind: 'key-commands' } & NameChanges)
  | {
      readonly kind: 'outputs';
      readonly before: readonly string[];
      readonly after: readonly string[];
    }
  | { readonly kind: 'salt' };

/** Compares two lists of named items by name and by a fingerprint of each item. */
function diffNamed<T>(
  before: readonly T[],
  after: readonly T[],
  name: (item: T) => string,
  fingerprint: (item: T) => string,
): NameChanges {
  const old = new Map(before.map((item) => [name(item), fingerprint(item)]));
  const added: string[] = [];
  const changed: string[] = [];
  const seen = new Set<string>();
  for (const item of after) {
    const key = name(item);
    seen.add(key);
    const previous = old.get(key);
    if (previous === undefined) added.push(key);
    else if (previous !== fingerprint(item)) changed.push(key);
  }
  const removed = [...old.keys()].filter((key) => !seen.has(key));
  return {
    added: added.sort(compareCodeUnits),
    removed: removed.sort(compareCodeUnits),
    changed: changed.sort(compareCodeUnits),
  };
}

function isEmpty(changes: NameChanges): boolean {
  return changes.added.length + changes.removed.length + changes.changed.length === 0;
}

function inputFingerprint(entry: InputEntry): string {
  return isLink(entry) ? `link:${entry.link}` : `${entry.executable ? 'x' : '-'}:${entry.digest}`;
}

const platformText = (m: Manifest) => `${m.platform.os}-${m.platform.arch}`;

/** What differs from `before` to `after`; empty when the manifests give the same key. */
export function diffManifests(before: Manifest, after: Manifest): ManifestChange[] {
  const changes: ManifestChange[] = [];
  if (before.schema !== after.schema) {
    changes.push({ kind: 'schema', before: before.schema, after: after.schema });
  }
  if (before.command !== after.command) {
    changes.push({ kind: 'command', before: before.command, after: after.command });
  }
  if (before.shell !== after.shell) {
    changes.push({ kind: 'shell', before: before.shell, after: after.shell });
  }
  if (before.cwd !== after.cwd) changes.push({ kind: 'cwd', before: before.cwd, after: after.cwd });
  if (platformText(before) !== platformText(after)) {
    changes.push({ kind: 'platform', before: platformText(before), after: platformText(after) });
  }
  const files = diffNamed(before.inputs, after.inputs, (e) => e.path, inputFingerprint);
  if (!isEmpty(files)) changes.push({ kind: 'files', ...files });
  const env = diffNamed(
    before.env,
    after.env,
    (e) => e.name,
    (e) => e.digest,
  );
  if (!isEmpty(env)) changes.push({ kind: 'env', ...env });
  const keyCommands = diffNamed(
    before.keyCommands,
    after.keyCommands,
    (k) => k.command,
    (k) => k.digest,
  );
  if (!isEmpty(keyCommands)) changes.push({ kind: 'key-commands', ...keyCommands });
  // Schema 1 kept no outputs: its empty list says nothing about the task's.
  if (before.schema !== 1 && after.schema !== 1 && !sameList(before.outputs, after.outputs)) {
    changes.push({ kind: 'outputs', before: [...before.outputs], after: [...after.outputs] });
  }
  if (before.salt !== after.salt) changes.push({ kind: 'salt' });
  return changes;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** "a, b, c" with at most `limit` names, then "and N more". */
export function listNames(names: readonly string[], limit = 10): string {
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function describeNamed(changes: NameChanges, noun: string, limit: number): string[] {
  const parts: string[] = [];
  if (changes.changed.length > 0) {
    parts.push(
      `${plural(changes.changed.length, noun)} changed: ${listNames(changes.changed, limit)}`,
    );
  }
  if (changes.added.length > 0) {
    parts.push(`${plural(changes.added.length, noun)} added: ${listNames(changes.added, limit)}`);
  }
  if (changes.removed.length > 0) {
    parts.push(
      `${plural(changes.removed.length, noun)} removed: ${listNames(changes.removed, limit)}`,
    );
  }
  return parts;
}

/** Human-readable lines, one per kind of change. */
export function describeChanges(changes: readonly ManifestChange[], limit = 10): string[] {
  const lines: string[] = [];
  for (const change of changes) {
    switch (change.kind) {
      case 'schema':
        lines.push(`key schema changed (${change.before} → ${change.after})`);
        break;
      case 'command':
        lines.push('command changed');
        break;
      case 'shell':
        lines.push(`shell changed (${change.before} → ${change.after})`);
        break;
      case 'cwd':
        lines.push(`working directory changed (${change.before} → ${change.after})`);
        break;
      case 'platform':
        lines.push(`platform changed (${change.before} → ${change.after})`);
        break;
      case 'files':
        lines.push(...describeNamed(change, 'file', limit));
        break;
      case 'env':
        lines.push(...describeNamed(change, 'env var', limit));
        break;
      case 'key-commands':
        lines.push(...describeNamed(change, 'key-command output', limit));
        break;
      case 'outputs':
        lines.push(
          `outputs changed: ${listNames(change.before, limit) || 'none'} → ${listNames(change.after, limit) || 'none'}`,
        );
        break;
      case 'salt':
        lines.push('key-salt changed');
        break;
      default:
        return unreachable(change);
    }
  }
  return lines;
}

/**
 * How far apart two manifests are: each input file, env var and key-command output that
 * differs counts one, and so does each other kind of change. The nearest earlier entry (the
 * one a miss is explained against) has the fewest.
 */
export function changeCount(changes: readonly ManifestChange[]): number {
  let count = 0;
  for (const change of changes) {
    if (change.kind === 'files' || change.kind === 'env' || change.kind === 'key-commands') {
      count += change.added.length + change.removed.length + change.changed.length;
    } else count += 1;
  }
  return count;
}

/** The short reason for a miss, for a summary row or a status line. */
export function missReason(changes: readonly ManifestChange[] | undefined): string {
  if (changes === undefined) return 'first run';
  if (changes.length === 0) return 'same inputs, entry not in the stores';
  return describeChanges(changes, 3).join('; ');
}

export function unreachable(value: never): never {
  throw new Error(`unreachable: ${JSON.stringify(value)}`);
}
