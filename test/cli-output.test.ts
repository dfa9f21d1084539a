// The CLI writes its stdout and stderr through Node's streams (src/cli/output.ts): a replayed
// log arrives whole through a pipe that another process left non-blocking, a reader that goes
// away ends the output without an error, and colours appear on a terminal only.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, cliPath, runCli, tempDir, writeProject } from './support/cli.js';

// A log of 2 MB, far more than a pipe holds (64 KB on Linux): numbered lines, so a lost or
// repeated piece shows.
const LINES = 40_000;
const expectedLog = Array.from({ length: LINES }, (_, i) => `line ${i} of the log\n`).join('');

let project: string;
let cache: string;

beforeAll(async () => {
  project = writeProject(tempDir('output-project'), {
    'taskcache.yml': `tasks:
  build:
    run: node print.cjs
    inputs: [print.cjs]
    outputs: [out/**]
`,
    'print.cjs': `const fs = require('node:fs');
fs.mkdirSync('out', { recursive: true });
fs.writeFileSync('out/done.txt', 'done\\n');
let text = '';
for (let i = 0; i < ${LINES}; i++) text += 'line ' + i + ' of the log\\n';
process.stdout.write(text);
`,
  });
  cache = tempDir('output-cache');
  const miss = await runCli(['run', 'build', '--cache-dir', cache], { cwd: project });
  expect(miss.code, miss.stderr).toBe(0);
  expect(miss.stdout).toBe(expectedLog);
});
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

/** Runs `script` (CommonJS, given the CLI's path and arguments) in a Node child process. */
function spawnNode(script: string, args: string[]) {
  return spawn(process.execPath, ['-e', script, cliPath, ...args], {
    cwd: project,
    env: baseEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Starts the CLI on this process's stdout, then builds process.stdout, which makes the pipe
 * non-blocking for both (Node's child starts with blocking stdio; the switch comes while the
 * CLI is still starting). Once the pipe is full, the CLI's writes meet EAGAIN and wait.
 */
const SHARING = `const { spawn } = require('node:child_process');
const [cli, ...args] = process.argv.slice(1);
const c = spawn(process.execPath, [cli, ...args], { stdio: 'inherit' });
process.stdout;
c.on('close', (code) => { process.exitCode = code ?? 1; });`;

describe('the CLI output', () => {
  it('replays a hit log whole through a non-blocking pipe whose reader lags', async () => {
    const child = spawnNode(SHARING, ['run', 'build', '--cache-dir', cache]);
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 300);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('build hit from local');
    expect(stderr).not.toContain('internal error');
    const stdout = Buffer.concat(chunks).toString();
    expect(stdout.length).toBe(expectedLog.length);
    expect(stdout === expectedLog).toBe(true);
  });

  it('stops writing, without an error, when the reader goes away', async () => {
    const child = spawn(process.execPath, [cliPath, 'run', 'build', '--cache-dir', cache], {
      cwd: project,
      env: baseEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // The first piece of the log arrives; then the reading end is closed (EPIPE for the CLI).
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toContain('build hit from local');
    expect(stderr).not.toContain('internal error');
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });

  it('stops writing, without an error, when the reader of a non-blocking pipe goes away', async () => {
    const child = spawnNode(SHARING, ['run', 'build', '--cache-dir', cache]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // The pipe fills (EAGAIN: Node queues the rest), then its reader goes away.
    child.stdout.pause();
    setTimeout(() => {
      child.stdout.once('data', () => child.stdout.destroy());
      child.stdout.resume();
    }, 300);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toContain('build hit from local');
    expect(stderr).not.toContain('EPIPE');
    expect(code, stderr).toBe(0);
  });

  it('colours status lines on a terminal only, never with NO_COLOR', () => {
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (script.status !== 0) throw new Error('the test needs script(1) from util-linux');
    const command = `${process.execPath} ${cliPath} run build --cache-dir ${cache}`;
    const onTerminal = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', command, '/dev/null'], { cwd: project, env, encoding: 'utf8' });
    const plainEnv = baseEnv({ NO_COLOR: undefined, TERM: 'xterm' });
    const coloured = onTerminal(plainEnv);
    expect(coloured.status, coloured.stderr).toBe(0);
    expect(coloured.stdout).toContain('\u001b[32mhit\u001b[39m');
    const noColor = onTerminal({ ...plainEnv, NO_COLOR: '1' });
    expect(noColor.status).toBe(0);
    expect(noColor.stdout).toContain('build hit from local');
    expect(noColor.stdout).not.toContain('\u001b[');
    // A pipe and a file are not terminals.
    const piped = spawnSync(process.execPath, [cliPath, 'run', 'build', '--cache-dir', cache], {
      cwd: project,
      env: plainEnv,
      encoding: 'utf8',
    });
    expect(piped.stderr).toContain('build hit from local');
    expect(piped.stderr).not.toContain('\u001b[');
    const file = path.join(cache, 'stderr.txt');
    const toFile = spawnSync('sh', ['-c', `${command} 2>"${file}" >/dev/null`], {
      cwd: project,
      env: plainEnv,
    });
    expect(toFile.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('build hit from local');
    expect(readFileSync(file, 'utf8')).not.toContain('\u001b[');
  });
});
