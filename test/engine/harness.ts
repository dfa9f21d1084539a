// An Engine for tests, shaped as the CLI builds one (src/cli/context.ts), over any stores, with
// a reporter that records everything it is told; task specs with test defaults; temporary
// workspaces that sit in a parent directory of their own, beside a sibling directory.

import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { initBlake3 } from '../../src/adapters/blake3.js';
import type { Key } from '../../src/core/digest.js';
import type { Signer } from '../../src/core/entry.js';
import type { TaskSpec } from '../../src/engine/config-file.js';
import type { HitEntry, Reporter, RunContext, TaskResult } from '../../src/engine/engine.js';
import { StoreSet } from '../../src/engine/stores.js';
import type { Store } from '../../src/stores/store.js';

export interface Recorder extends Reporter {
  readonly warnings: string[];
  readonly misses: { task: string; key: Key; reason: string }[];
  readonly hits: { task: string; key: Key; source: string; record: HitEntry; log: Buffer }[];
  readonly results: TaskResult[];
}

export function recorder(): Recorder {
  const warnings: string[] = [];
  const misses: Recorder['misses'] = [];
  const hits: Recorder['hits'] = [];
  const results: TaskResult[] = [];
  return {
    warnings,
    misses,
    hits,
    results,
    live: null,
    warn: (message) => warnings.push(message),
    miss: (task, key, reason) => misses.push({ task: task.name, key, reason }),
    hit: (task, key, source, record, log) =>
      hits.push({ task: task.name, key, source, record, log }),
    done: (result) => results.push(result),
  };
}

export interface TestEngine {
  readonly engine: RunContext;
  readonly reporter: Recorder;
}

export interface EngineOptions {
  readonly workspace: string;
  readonly stores: readonly Store[];
  /** Scratch space; default a fresh directory outside the workspace's parent. */
  readonly tmpDir?: string;
  readonly force?: boolean;
  readonly signer?: Signer;
  readonly env?: NodeJS.ProcessEnv;
  readonly scope?: string;
  /** The StoreSet's backstop for every call, instead of the store deadlines' (short hang tests). */
  readonly backstopMs?: number;
}

const scratch: string[] = [];

/** A fresh temporary directory, removed by cleanupAll(). */
export function tempDir(label: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `taskcache-${label}-`));
  scratch.push(dir);
  return dir;
}

export function cleanupAll(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function testEngine(options: EngineOptions): TestEngine {
  const reporter = recorder();
  const backstop = options.backstopMs;
  const stores = new StoreSet(
    options.stores,
    (message) => reporter.warn(message),
    ...(backstop === undefined ? [] : [() => backstop]),
  );
  const engine: RunContext = {
    workspace: options.workspace,
    env: options.env ?? { PATH: process.env.PATH, HOME: os.tmpdir(), LANG: 'C' },
    platform: { os: os.platform(), arch: os.arch() },
    stores,
    scope: options.scope ?? `scope-${randomBytes(6).toString('hex')}`,
    tmpDir: options.tmpDir ?? path.join(tempDir('engine-tmp'), 'tmp'),
    reporter,
    force: options.force === true,
    producer: { host: 'test' },
    ...(options.signer ? { signer: options.signer } : {}),
  };
  return { engine, reporter };
}

/** A task with test defaults: bash, the root as working directory, a random salt. */
export function taskSpec(parts: Partial<TaskSpec> = {}): TaskSpec {
  return {
    name: 'build',
    command: 'true',
    shell: 'bash',
    cwd: '.',
    inputs: ['src/**'],
    outputs: ['out/**'],
    env: [],
    keyCommands: [],
    // Keys differ between tests, so entries on servers that outlive a run never collide.
    salt: randomBytes(8).toString('hex'),
    redact: [],
    ...parts,
  };
}

export interface Tree {
  /** parent/ holds the workspace and a sibling directory. */
  readonly parent: string;
  readonly workspace: string;
  readonly sibling: string;
}

/** parent/{ws,sibling} with `files` (relative to the workspace) written into ws. */
export function workspaceTree(files: Record<string, string> = {}): Tree {
  const parent = tempDir('ws');
  const workspace = path.join(parent, 'ws');
  const sibling = path.join(parent, 'sibling');
  mkdirSync(workspace);
  mkdirSync(sibling);
  writeFileSync(path.join(sibling, 'precious.txt'), 'sibling data\n');
  for (const [name, content] of Object.entries({ 'src/main.c': 'int main;\n', ...files })) {
    const file = path.join(workspace, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { parent, workspace, sibling };
}

export async function ready(): Promise<void> {
  await initBlake3();
}
