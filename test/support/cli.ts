// Runs the bundled CLI (dist/cli.cjs) as a user would, in a child process, with the Node of
// TASKCACHE_TEST_NODE when set (CI runs the bundles under the Node that action.yml declares
// too), and never a dist/ older than src/.

import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = path.join(repoRoot, 'dist', 'cli.cjs');

/** The Node that runs the bundles: TASKCACHE_TEST_NODE, else the one running the tests. */
export const testNode: string = (() => {
  const node = process.env.TASKCACHE_TEST_NODE;
  if (!node) return process.execPath;
  try {
    accessSync(node, constants.X_OK);
  } catch {
    throw new Error(`TASKCACHE_TEST_NODE=${node}: not an executable file`);
  }
  return node;
})();

/**
 * The digest of the sources a dist/ is built from: every file under src/, by relative path and
 * content, in code-unit order. scripts/build.mjs writes the same digest to dist/.src-digest.
 */
export function sourceDigest(root = repoRoot): string {
  const hash = createHash('sha256');
  const files = (readdirSync(path.join(root, 'src'), { recursive: true }) as string[])
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => statSync(path.join(root, 'src', name)).isFile())
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of files) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(path.join(root, 'src', name)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Throws unless `root`/dist/ was built from `root`/src/ as it is now. */
export function checkDistFresh(root = repoRoot): void {
  let built: string | undefined;
  try {
    built = readFileSync(path.join(root, 'dist', '.src-digest'), 'utf8').trim();
  } catch {
    built = undefined;
  }
  if (built !== sourceDigest(root)) {
    throw new Error('dist/ is older than src/: run npm run build');
  }
}

let distChecked = false;
/** Checks once per test file that the dist/ the tests run is built from the current src/. */
export function ensureDistFresh(): void {
  if (distChecked) return;
  checkDistFresh();
  distChecked = true;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd: string;
  readonly env?: Record<string, string | undefined>;
  /** Another copy of the executable than dist/cli.cjs. */
  readonly cli?: string;
}

let xdgCache: string | undefined;
/** The user cache of the CLIs a test file runs (the executable keeps compiled code there). */
function testXdgCache(): string {
  xdgCache ??= mkdtempSync(path.join(tmpdir(), 'taskcache-xdg-'));
  return xdgCache;
}
// Removed after the test file: vitest ends its worker processes without running their exit
// handlers, which left one directory per test file behind.
afterAll(() => {
  if (xdgCache) rmSync(xdgCache, { recursive: true, force: true });
  xdgCache = undefined;
});

/**
 * A clean environment: no CI variables of the machine running the tests leak in, and the
 * user's cache is the test file's own.
 */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    XDG_CACHE_HOME: testXdgCache(),
    NO_COLOR: '1',
  };
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function startCli(args: readonly string[], options: CliOptions): ChildProcess {
  if (!options.cli) ensureDistFresh();
  return spawn(testNode, [options.cli ?? cliPath, ...args], {
    cwd: options.cwd,
    env: baseEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
  const child = startCli(args, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `taskcache-${prefix}-`));
}

/** Writes a project from a map of relative paths to contents. */
export function writeProject(dir: string, files: Record<string, string>): string {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

export function copyProject(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  return to;
}
