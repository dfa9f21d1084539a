// Runs the committed dist/ action entries the way the Actions runner does: INPUT_* variables,
// fresh command files per step, RUNNER_TEMP and GITHUB_WORKSPACE per job, and the post step
// with the state its main step saved.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureDistFresh, repoRoot, testNode } from './cli.js';

export interface Job {
  readonly name: string;
  readonly workspace: string;
  readonly temp: string;
  /** Environment every step of the job sees (cache service, repository, ...). */
  readonly env: Record<string, string>;
  /** GITHUB_ENV and GITHUB_PATH written by earlier steps, applied to later ones. */
  exported: Record<string, string>;
  path: string[];
  /** The job summary: each step's summary file appended, as the runner does. */
  summary: string;
}

export function createJob(
  name: string,
  workspace: string,
  temp: string,
  env: Record<string, string>,
): Job {
  mkdirSync(temp, { recursive: true });
  return { name, workspace, temp, env, exported: {}, path: [], summary: '' };
}

export interface StepResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly state: Record<string, string>;
  readonly summary: string;
  readonly warnings: string[];
  readonly errors: string[];
  readonly notices: string[];
}

/** Parses the runner's file-command format: `name=value` lines and `name<<DELIM` blocks. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

let stepCounter = 0;

export type Entry = 'run' | 'post' | 'restore' | 'save';

export async function runStep(
  job: Job,
  entry: Entry,
  inputs: Record<string, string>,
  options: { state?: Record<string, string>; stepId?: string; env?: Record<string, string> } = {},
): Promise<StepResult> {
  const dir = path.join(job.temp, '_runner_file_commands', `step-${stepCounter++}`);
  mkdirSync(dir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_STATE: path.join(dir, 'state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: [...job.path, process.env.PATH ?? ''].join(path.delimiter),
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: job.temp,
    RUNNER_OS: 'Linux',
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_JOB: job.name,
    GITHUB_ACTION: options.stepId ?? `__run_${stepCounter}`,
    ...job.env,
    ...job.exported,
    ...files,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;

  ensureDistFresh();
  const script = path.join(repoRoot, 'dist', 'action', `${entry}.js`);
  const child = spawn(testNode, [script], {
    cwd: job.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));

  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  Object.assign(job.exported, parseCommandFile(read(files.GITHUB_ENV)));
  job.path.unshift(...read(files.GITHUB_PATH).split('\n').filter(Boolean).reverse());
  const summary = read(files.GITHUB_STEP_SUMMARY);
  job.summary += summary;
  const annotations = (kind: string) =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith(`::${kind}`))
      .map((line) => line.replace(/^::[a-z]+[^:]*::/, ''));
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(read(files.GITHUB_OUTPUT)),
    state: parseCommandFile(read(files.GITHUB_STATE)),
    summary,
    warnings: annotations('warning'),
    errors: annotations('error'),
    notices: annotations('notice'),
  };
}

/** A main step followed, at the end of the job, by its post step with the state it saved. */
export async function runWithPost(
  job: Job,
  entry: 'run' | 'restore',
  inputs: Record<string, string>,
  options: { stepId?: string; env?: Record<string, string> } = {},
): Promise<{ main: StepResult; post: () => Promise<StepResult> }> {
  const main = await runStep(job, entry, inputs, options);
  return { main, post: () => runStep(job, 'post', inputs, { ...options, state: main.state }) };
}
