// The action's `task` input with several names and globs (issue 15, item 3): one step runs
// their graph with the dependencies, a report row each; cache-hit is true only when every
// task hit, key is the last task's in graph order; the guard steps take one task.

import { cpSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeProject } from './support/cli.js';
import { type FakeCacheService, startFakeCacheService } from './support/github-cache-fake.js';
import { createJob, type Job, runStep, runWithPost } from './support/runner.js';

let service: FakeCacheService;
let root: string;
let project: string;
let counter = 0;

const CONFIG = `
tasks:
  build-b:
    run: mkdir -p dist && cat ../helpers/dist/h.txt src/b.txt > dist/b.txt
    working-directory: packages/b
    inputs: [src/**]
    outputs: [dist/**]
    depends-on: [build-helpers]
  build-a:
    run: mkdir -p dist && cat ../helpers/dist/h.txt src/a.txt > dist/a.txt
    working-directory: packages/a
    inputs: [src/**]
    outputs: [dist/**]
    depends-on: [build-helpers]
  build-helpers:
    run: mkdir -p dist && cp src/h.txt dist/h.txt
    working-directory: packages/helpers
    inputs: [src/**]
    outputs: [dist/**]
  lint:
    run: "true"
  out-a:
    run: echo "from-a=1" >> "$GITHUB_OUTPUT"; touch ../a-wrote; while [ ! -f ../b-wrote ]; do sleep 0.01; done
    working-directory: packages/a
  out-b:
    run: while [ ! -f ../a-wrote ]; do sleep 0.01; done; echo "from-b=2" >> "$GITHUB_OUTPUT"; touch ../b-wrote
    working-directory: packages/b
`;

beforeAll(async () => {
  service = await startFakeCacheService();
  root = tempDir('action-graph');
  project = writeProject(path.join(root, 'project'), {
    'taskcache.yml': CONFIG,
    'packages/helpers/src/h.txt': 'helpers\n',
    'packages/a/src/a.txt': 'a\n',
    'packages/b/src/b.txt': 'b\n',
  });
});
afterAll(async () => {
  await service.close();
  rmSync(root, { recursive: true, force: true });
});

/** A job: its own copy of the project, runner temp dir and local store; the cache is shared. */
function job(name: string): Job {
  const id = counter++;
  const workspace = path.join(root, `job-${id}`, 'work', 'repo');
  cpSync(project, workspace, { recursive: true });
  return createJob(name, workspace, path.join(root, `job-${id}`, 'temp'), {
    ...service.env(),
    TASKCACHE_DIR: path.join(root, `job-${id}`, 'local-store'),
    GITHUB_REPOSITORY: 'octo/mono',
    GITHUB_RUN_ID: String(2000 + id),
    GITHUB_SERVER_URL: 'https://github.com',
  });
}

const rowsOf = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { rows: { task: string; status: string }[] }).rows;

describe('the task input with several tasks', () => {
  it('runs their graph in one step, a row each, and hits all of it in the next job', async () => {
    const first = await runWithPost(job('mono'), 'run', { task: 'build-a, build-b' });
    expect(first.main.code, first.main.stdout).toBe(0);
    expect(first.main.outputs['cache-hit']).toBe('false');
    const rows = rowsOf(first.main.outputs['report-path']!);
    expect(rows.map((r) => [r.task, r.status])).toEqual([
      ['build-helpers', 'miss'],
      ['build-b', 'miss'],
      ['build-a', 'miss'],
    ]);
    const summary = (await first.post()).summary;
    expect(summary).toContain('| build-helpers | ⚪ miss |');
    expect(summary).toContain('| build-a | ⚪ miss |');

    const second = await runStep(job('mono'), 'run', { task: 'build-*' });
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['cache-hit']).toBe('true');
    const hits = rowsOf(second.outputs['report-path']!);
    expect(hits.map((r) => [r.task, r.status])).toEqual([
      ['build-helpers', 'hit'],
      ['build-b', 'hit'],
      ['build-a', 'hit'],
    ]);
    // The key output is the last task's in graph order.
    const keyRow = rowsOf(second.outputs['report-path']!).at(-1) as unknown as { key: string };
    expect(second.outputs.key).toBe(keyRow.key);
  });

  it('cache-hit is false when any task missed', async () => {
    const j = job('mono');
    await runStep(j, 'run', { task: 'build-helpers\nbuild-a' });
    const again = await runStep(j, 'run', { task: 'build-helpers\nbuild-a\nlint' });
    expect(again.code).toBe(0);
    expect(again.outputs['cache-hit']).toBe('false');
  });

  it('names that match nothing, and several tasks in a guard step, fail the step', async () => {
    const unknown = await runStep(job('mono'), 'run', { task: 'deploy-*' });
    expect(unknown.code).not.toBe(0);
    expect(unknown.errors.join('\n')).toContain('no task matches "deploy-*"');
    const guard = await runStep(job('mono'), 'restore', { task: 'build-*' });
    expect(guard.errors.join('\n')).toContain('the restore and save steps take one task');
  });

  it('tasks that run at once each record their own runner files', async () => {
    // out-a and out-b each wait for the other's write: they run at once.
    const first = await runStep(job('mono'), 'run', { task: 'out-*' });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ 'from-a': '1', 'from-b': '2' });
    // A hit of out-b alone re-applies what out-b wrote, and nothing of out-a's.
    const alone = await runStep(job('mono'), 'run', { task: 'out-b' });
    expect(alone.outputs['cache-hit']).toBe('true');
    expect(alone.outputs['from-b']).toBe('2');
    expect(alone.outputs['from-a']).toBeUndefined();
  });
});
