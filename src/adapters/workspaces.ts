// Reading a JavaScript monorepo's workspace manifests: npm and yarn (`workspaces` in the root
// package.json, a list or {packages}) and pnpm (`packages:` in pnpm-workspace.yaml). What each
// package is (directory, name, scripts, workspace dependencies, top-level entries) for
// `taskcache init`; it decides nothing about tasks.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';

export type PackageManager = 'npm' | 'yarn' | 'pnpm';

export interface WorkspacePackage {
  /** Relative to the root, POSIX; "." for a single package at the root. */
  readonly dir: string;
  readonly name: string | undefined;
  readonly scripts: Readonly<Record<string, string>>;
  /** Names of the package's dependencies of every kind (workspace ones among them). */
  readonly dependencies: readonly string[];
  /** The names in the package's directory, and which of them are directories. */
  readonly files: readonly string[];
  readonly dirs: readonly string[];
}

export interface Workspace {
  readonly manager: PackageManager;
  /** The lockfile at the root, if there is one. */
  readonly lockfile: string | undefined;
  /** The root's own top-level files (shared configs such as tsconfig.base.json). */
  readonly rootFiles: readonly string[];
  /** False when the root has no workspaces and is read as the one package. */
  readonly isMonorepo: boolean;
  readonly packages: readonly WorkspacePackage[];
}

export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
}

const LOCKFILES = ['pnpm-lock.yaml', 'yarn.lock', 'package-lock.json', 'npm-shrinkwrap.json'];
const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
];
/** Never searched for packages. */
const SKIPPED = new Set(['node_modules', '.git']);
/** How deep a workspace pattern is searched for package.json files. */
const MAX_DEPTH = 8;

function readJson(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new WorkspaceError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code}`);
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error('expected an object');
    }
    return value as Record<string, unknown>;
  } catch (error) {
    throw new WorkspaceError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The workspace patterns and the manager that declared them; undefined without workspaces. */
function workspacePatterns(
  root: string,
  manifest: Record<string, unknown>,
  rootFiles: readonly string[],
): { manager: PackageManager; patterns: string[] } | undefined {
  if (rootFiles.includes('pnpm-workspace.yaml')) {
    const file = path.join(root, 'pnpm-workspace.yaml');
    let value: unknown;
    try {
      value = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new WorkspaceError(`${file}: not valid YAML (${(error as Error).message})`);
    }
    const patterns = stringList((value as { packages?: unknown } | null)?.packages);
    return { manager: 'pnpm', patterns };
  }
  const field = manifest.workspaces;
  const patterns = Array.isArray(field)
    ? stringList(field)
    : stringList((field as { packages?: unknown } | undefined)?.packages);
  if (field === undefined) return undefined;
  const declared = typeof manifest.packageManager === 'string' ? manifest.packageManager : '';
  const yarn = declared.startsWith('yarn') || rootFiles.includes('yarn.lock');
  return { manager: yarn ? 'yarn' : 'npm', patterns };
}

function entries(dir: string): { files: string[]; dirs: string[] } {
  const files: string[] = [];
  const dirs: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) dirs.push(entry.name);
    else files.push(entry.name);
  }
  return { files: files.sort(), dirs: dirs.sort() };
}

/** The directories under `root` with a package.json that the patterns select. */
function packageDirs(root: string, patterns: readonly string[]): string[] {
  const clean = (p: string) => p.replace(/^\.\//, '').replace(/\/+$/, '');
  const include = patterns.filter((p) => !p.startsWith('!')).map(clean);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => clean(p.slice(1)));
  const isIncluded = picomatch(include.length > 0 ? include : ['!**']);
  const isExcluded = exclude.length > 0 ? picomatch(exclude) : () => false;
  const found: string[] = [];
  const walk = (relative: string, depth: number) => {
    const absolute = path.join(root, relative);
    const { files, dirs } = entries(absolute);
    if (relative !== '' && files.includes('package.json')) {
      if (isIncluded(relative) && !isExcluded(relative)) found.push(relative);
    }
    if (depth >= MAX_DEPTH) return;
    for (const dir of dirs) {
      if (SKIPPED.has(dir) || dir.startsWith('.')) continue;
      walk(relative === '' ? dir : `${relative}/${dir}`, depth + 1);
    }
  };
  walk('', 0);
  return found.sort();
}

function readPackage(root: string, dir: string): WorkspacePackage {
  const absolute = path.join(root, dir);
  const manifest = readJson(path.join(absolute, 'package.json'));
  const scripts: Record<string, string> = {};
  if (manifest.scripts && typeof manifest.scripts === 'object') {
    for (const [name, script] of Object.entries(manifest.scripts)) {
      if (typeof script === 'string') scripts[name] = script;
    }
  }
  const dependencies = new Set<string>();
  for (const field of DEPENDENCY_FIELDS) {
    const deps = manifest[field];
    if (deps && typeof deps === 'object')
      for (const name of Object.keys(deps)) dependencies.add(name);
  }
  return {
    dir: dir === '' ? '.' : dir,
    name: typeof manifest.name === 'string' ? manifest.name : undefined,
    scripts,
    dependencies: [...dependencies].sort(),
    ...entries(absolute),
  };
}

/** Reads the workspace rooted at `root` (a directory with a package.json). */
export function readWorkspace(root: string): Workspace {
  const top = entries(root);
  if (!top.files.includes('package.json')) {
    throw new WorkspaceError(
      `no package.json in ${root}: expected the root of a JavaScript project`,
    );
  }
  const manifest = readJson(path.join(root, 'package.json'));
  const lockfile = LOCKFILES.find((name) => top.files.includes(name));
  const declared = workspacePatterns(root, manifest, top.files);
  if (!declared) {
    const manager: PackageManager =
      lockfile === 'pnpm-lock.yaml' ? 'pnpm' : lockfile === 'yarn.lock' ? 'yarn' : 'npm';
    const single = readPackage(root, '');
    return { manager, lockfile, rootFiles: top.files, isMonorepo: false, packages: [single] };
  }
  const packages = packageDirs(root, declared.patterns).map((dir) => readPackage(root, dir));
  return {
    manager: declared.manager,
    lockfile,
    rootFiles: top.files,
    isMonorepo: true,
    packages,
  };
}
