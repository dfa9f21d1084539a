// What `npm ci` asks of the committed lockfile, checked without a registry: package.json's
// dependencies are the lock's, and every dependency of every locked package, optional ones of
// other platforms included, has an entry where npm would look for it. The native BLAKE3
// addon's platform packages are the ones npm leaves out here (scripts/lock-native-platforms.mjs
// adds them).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/cli.js';

interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const read = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
const pkg = read('package.json');
const lock: { packages: Record<string, LockEntry> } = read('package-lock.json');

/** Where npm finds `name` from the package at `from`: its own node_modules, then each parent's. */
function resolves(from: string, name: string): boolean {
  let dir = from;
  for (;;) {
    if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (dir === '') return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

describe('the committed lockfile', () => {
  it("records package.json's dependencies as they are", () => {
    const root = lock.packages[''] ?? {};
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
      expect(root[field] ?? {}, field).toEqual(pkg[field] ?? {});
    }
  });

  it('locks every dependency of every locked package, for every platform', () => {
    const missing: string[] = [];
    for (const [at, entry] of Object.entries(lock.packages)) {
      const names = [
        ...Object.keys(entry.dependencies ?? {}),
        ...Object.keys(entry.optionalDependencies ?? {}),
        ...(at === '' ? Object.keys(entry.devDependencies ?? {}) : []),
        ...Object.keys(entry.peerDependencies ?? {}).filter(
          (name) => !entry.peerDependenciesMeta?.[name]?.optional,
        ),
      ];
      for (const name of names)
        if (!resolves(at, name)) missing.push(`${at || '(root)'} -> ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
