// Runs the bundled CLI (dist/cli.cjs) as a user would, in a child process.

import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = path.join(repoRoot, 'dist', 'cli.cjs');

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
  if (!xdgCache) {
    const dir = mkdtempSync(path.join(tmpdir(), 'taskcache-xdg-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    xdgCache = dir;
  }
  return xdgCache;
}

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
  return spawn(process.execPath, [options.cli ?? cliPath, ...args], {
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
