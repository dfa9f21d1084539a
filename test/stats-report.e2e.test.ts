// `stats --task` and `report` over `run --json` output, through the bundled CLI against the
// local store.

import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeProject } from './support/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function fresh(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}

const task = (name: string, run = `mkdir -p ${name} && echo ${name} > ${name}/x.txt`) =>
  `  ${name}:\n    run: ${run}\n    inputs: [src/**]\n    outputs: [${name}/**]\n`;

describe('stats and report', () => {
  it('stats --task counts each task’s hits, misses, time saved and bytes', async () => {
    const cache = fresh('stats-cache');
    const project = writeProject(fresh('stats'), {
      'taskcache.yml': `tasks:\n${task('one')}${task('two')}  bad:\n    run: exit 1\n`,
      'src/a.txt': 'alpha\n',
    });
    const run = (args: string[]) => runCli(args, { cwd: project, env: { TASKCACHE_DIR: cache } });
    await run(['run', 'one', 'two']);
    await run(['run', 'one', 'two']);
    await run(['run', 'one']);
    await run(['run', 'bad']);

    const json = await run(['stats', '--task', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const stats = JSON.parse(json.stdout) as {
      timeSavedMs: number;
      tasks: Array<Record<string, number | string>>;
    };
    const by = Object.fromEntries(stats.tasks.map((t) => [t.task, t]));
    expect(by.one).toMatchObject({ runs: 3, hits: 2, misses: 1, failed: 0, entries: 1 });
    expect(by.two).toMatchObject({ runs: 2, hits: 1, misses: 1, failed: 0, entries: 1 });
    expect(by.bad).toMatchObject({ runs: 1, hits: 0, failed: 1, entries: 0 });
    // Each run of `one` moved its 4 bytes of outputs: stored once, restored twice.
    expect(by.one!.bytes).toBe(12);
    expect(typeof by.one!.timeSavedMs).toBe('number');

    const only = JSON.parse((await run(['stats', '--task', 'two', '--json'])).stdout);
    expect(only.tasks.map((t: { task: string }) => t.task)).toEqual(['two']);

    const human = await run(['stats', '--task']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^time saved {3}\S+/m);
    expect(human.stdout).toMatch(/^task +runs +hits +misses +failed +hit rate +time saved/m);
    expect(human.stdout).toMatch(/^one +3 +2 +1 +0 +67 %/m);
  }, 60_000);

  it('report reads what run --json printed, beside the action’s report files', async () => {
    const cache = fresh('report-cache');
    const project = writeProject(fresh('report'), {
      'taskcache.yml': `tasks:\n${task('one')}${task('two')}`,
      'src/a.txt': 'alpha\n',
    });
    const run = (args: string[]) => runCli(args, { cwd: project, env: { TASKCACHE_DIR: cache } });
    await run(['run', 'one']);
    const out = await run(['run', '--json', '--concurrency', '1']);
    expect(out.code).toBe(0);
    const runFile = path.join(fresh('job-a'), 'run.json');
    writeFileSync(runFile, out.stdout);
    const actionFile = path.join(fresh('job-b'), 'report.json');
    writeFileSync(
      actionFile,
      JSON.stringify({
        version: 1,
        rows: [
          {
            task: 'lint',
            status: 'miss',
            source: null,
            durationMs: 1500,
            timeSavedMs: 0,
            bytes: 0,
            reason: 'first run',
            key: null,
          },
        ],
      }),
    );
    const merged = await run(['report', '--json', runFile, actionFile]);
    expect(merged.code, merged.stderr).toBe(0);
    const rows = JSON.parse(merged.stdout).rows as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.task, r.status])).toEqual([
      ['one', 'hit'],
      ['two', 'miss'],
      ['lint', 'miss'],
    ]);
    expect(rows[0]).toMatchObject({ source: 'local', reason: null, bytes: 4 });
    expect(rows[1]).toMatchObject({ reason: 'first run', bytes: 4 });

    const table = await run(['report', runFile]);
    expect(table.stdout).toContain('| one | ✅ hit | local |');
    expect(table.stdout).toContain('**Hit rate:** 1 of 2');

    const bad = path.join(fresh('bad'), 'x.json');
    writeFileSync(bad, JSON.stringify({ tasks: 'no' }));
    const refused = await run(['report', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('or the output of run --json');
  }, 60_000);
});
