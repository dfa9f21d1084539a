// Issue 14, item 12: a restore killed with SIGKILL over existing outputs. A process of its own
// restores a large entry (thousands of files in existing directories) and is killed part-way:
// while it stages, and while it moves files into place. The next run of the engine then leaves
// the outputs all old, all new, or made by the command — never a mix — and removes the staging
// directories (`.taskcache-tmp-*`) the killed run left.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareCodeUnits } from '../../src/core/canonical.js';
import { runTask } from '../../src/engine/engine.js';
import { computeTaskKey } from '../../src/engine/key.js';
import { LocalStore } from '../../src/stores/local.js';
import { cleanupAll, ready, taskSpec, testEngine, workspaceTree } from '../engine/harness.js';
import { craftEntry, putEntry } from './entry-builder.js';

beforeAll(ready);
afterAll(cleanupAll);

const DIRS = 50;
const FILES = 12_000;
const name = (i: number) => `out/d${i % DIRS}/f${i}.txt`;
const paths = Array.from({ length: FILES }, (_, i) => name(i)).sort(compareCodeUnits);
const indexOf = (file: string) => Number(/f(\d+)\.txt$/.exec(file)![1]);

/** The command, when the task runs: every output says "ran". */
const COMMAND = `for i in $(seq 0 ${FILES - 1}); do printf 'ran\\n' > "out/d$((i % ${DIRS}))/f$i.txt"; done`;

interface Setup {
  readonly workspace: string;
  readonly cacheDir: string;
  readonly spec: ReturnType<typeof taskSpec>;
  readonly scope: string;
}

async function setup(): Promise<Setup> {
  const { workspace } = workspaceTree();
  for (let d = 0; d < DIRS; d += 1)
    mkdirSync(path.join(workspace, `out/d${d}`), { recursive: true });
  for (const file of paths) writeFileSync(path.join(workspace, file), `old ${indexOf(file)}\n`);
  const cacheDir = path.join(workspace, '..', 'cache');
  const spec = taskSpec({ command: COMMAND });
  const store = new LocalStore(cacheDir);
  const { engine } = testEngine({ workspace, stores: [store], tmpDir: store.tmpDir });
  const { key, manifest } = await computeTaskKey(spec, engine);
  const entry = craftEntry({
    key,
    manifest,
    task: spec.name,
    // 1 KiB each: staging takes a while, moving into place too.
    outputs: paths.map((file) => ({
      kind: 'file' as const,
      path: file,
      content: `new ${indexOf(file)}\n`.padEnd(1024, '.'),
    })),
  });
  await putEntry(store, entry, { scope: engine.scope });
  return { workspace, cacheDir, spec, scope: engine.scope };
}

function startRestore(s: Setup): ChildProcess {
  const script = path.join(import.meta.dirname, 'restore-child.ts');
  return spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(s)], {
    cwd: path.join(import.meta.dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Polls `ready` (synchronously, for speed) until it holds, then kills the child with SIGKILL. */
async function killWhen(child: ChildProcess, ready: () => boolean): Promise<boolean> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => {
    running = false;
  });
  const deadline = Date.now() + 120_000;
  while (running && Date.now() < deadline) {
    const end = Date.now() + 20;
    while (Date.now() < end) {
      if (ready()) {
        child.kill('SIGKILL');
        await exited;
        return true;
      }
    }
    // Let the exit event through.
    await new Promise((resolve) => setImmediate(resolve));
  }
  child.kill('SIGKILL');
  await exited;
  return false;
}

const stagingDirs = (workspace: string): string[] => {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      if (entry.name.startsWith('.taskcache-tmp-')) found.push(path.join(dir, entry.name));
      else walk(path.join(dir, entry.name));
    }
  };
  walk(workspace);
  return found;
};

/** 'old', 'new', 'ran' when every output says so; otherwise a description of the mix. */
function state(workspace: string): string {
  const seen = new Map<string, number>();
  for (const file of paths) {
    let text: string;
    try {
      text = readFileSync(path.join(workspace, file), 'utf8');
    } catch {
      text = 'missing';
    }
    const kind = text.split(' ')[0]!.trim();
    seen.set(kind, (seen.get(kind) ?? 0) + 1);
  }
  return seen.size === 1 ? [...seen.keys()][0]! : JSON.stringify(Object.fromEntries(seen));
}

async function runAgain(s: Setup) {
  const store = new LocalStore(s.cacheDir);
  const { engine, reporter } = testEngine({
    workspace: s.workspace,
    stores: [store],
    scope: s.scope,
    tmpDir: store.tmpDir,
  });
  const result = await runTask(s.spec, engine);
  return { result, warnings: reporter.warnings };
}

describe('a restore killed with SIGKILL (#14.12)', () => {
  test('killed while moving outputs into place: the next run leaves no mix', async () => {
    const s = await setup();
    const first = path.join(s.workspace, paths[0]!);
    const child = startRestore(s);
    const killed = await killWhen(child, () => {
      try {
        return readFileSync(first, 'utf8').startsWith('new');
      } catch {
        return false;
      }
    });
    expect(killed, 'the restore was killed part-way').toBe(true);
    const { result } = await runAgain(s);
    expect(result.exitCode).toBe(0);
    expect(['old', 'new', 'ran']).toContain(state(s.workspace));
    expect(stagingDirs(s.workspace)).toEqual([]);
  });

  test('killed while staging: the next run removes the staging directory it left', async () => {
    const s = await setup();
    const child = startRestore(s);
    const killed = await killWhen(child, () => {
      for (const dir of stagingDirs(s.workspace)) {
        // Some files staged, not all: the restore is under way.
        try {
          if (readdirSync(path.join(dir, 'out', 'd0')).length > 10) return true;
        } catch {
          // Not there yet.
        }
      }
      return false;
    });
    expect(killed, 'the restore was killed part-way').toBe(true);
    expect(stagingDirs(s.workspace).length, 'a staging directory was left').toBeGreaterThan(0);
    expect(state(s.workspace)).toBe('old');
    const { result } = await runAgain(s);
    expect(result.exitCode).toBe(0);
    expect(['old', 'new', 'ran']).toContain(state(s.workspace));
    expect(stagingDirs(s.workspace)).toEqual([]);
  });
});
