// Running commands: the task's command with live output and a captured combined log, and
// key-commands whose stdout enters the key.

import type { Shell } from '../core/config-shape.js';
import { childProcess } from './lazy-builtins.js';

export interface ShellCommand {
  readonly file: string;
  readonly args: readonly string[];
}

export function defaultShell(platform: NodeJS.Platform = process.platform): Shell {
  return platform === 'win32' ? 'pwsh' : 'bash';
}

/** How each shell is invoked: bash as in a workflow's `run:` step (errexit, pipefail). */
export function shellCommand(shell: Shell, command: string): ShellCommand {
  switch (shell) {
    case 'bash':
      return { file: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] };
    case 'sh':
      return { file: 'sh', args: ['-e', '-c', command] };
    case 'pwsh':
    case 'powershell':
      return {
        file: shell,
        args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', command],
      };
    case 'cmd':
      return { file: 'cmd.exe', args: ['/D', '/S', '/C', command] };
  }
}

/** Where a command's output is shown as it arrives (a stream, or the CLI's descriptors). */
export interface Live {
  readonly stdout: { write(chunk: Uint8Array): unknown };
  readonly stderr: { write(chunk: Uint8Array): unknown };
}

export interface RunOptions {
  readonly shell: Shell;
  readonly command: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Where live output goes; null to run silently. */
  readonly live: Live | null;
}

export interface RunResult {
  /** The process's exit code; 128 + signal number when killed by a signal. */
  readonly exitCode: number;
  /** Combined stdout and stderr in arrival order. */
  readonly log: Buffer;
  readonly durationMs: number;
  /** Set when the shell could not be started at all. */
  readonly spawnError?: string;
}

const SIGNALS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGTERM: 15,
};

export function runCommand(options: RunOptions): Promise<RunResult> {
  const started = monotonicMs();
  const { file, args } = shellCommand(options.shell, options.command);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = childProcess().spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['inherit', 'pipe', 'pipe'],
      windowsHide: true,
    });
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      options.live?.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      options.live?.stderr.write(chunk);
    });
    let spawnError: string | undefined;
    child.on('error', (error) => {
      spawnError = `could not start ${file}: ${error.message}`;
    });
    child.on('close', (code, signal) => {
      const exitCode = code ?? (signal ? 128 + (SIGNALS[signal] ?? 1) : 1);
      resolve({
        exitCode: spawnError ? 127 : exitCode,
        log: Buffer.concat(chunks),
        durationMs: Math.round(monotonicMs() - started),
        ...(spawnError ? { spawnError } : {}),
      });
    });
  });
}

/** Runs a key-command and returns its stdout; a failure is an error naming the command. */
export function captureStdout(
  shell: Shell,
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Buffer> {
  const { file, args } = shellCommand(shell, command);
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const child = childProcess().spawn(file, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', (error) => reject(new Error(`key-command "${command}": ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`key-command "${command}" exited with code ${code}`));
    });
  });
}

/**
 * Milliseconds on a clock that never goes back, for durations. (The global `performance`
 * loads a module of its own on first use, which a small run notices.)
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
