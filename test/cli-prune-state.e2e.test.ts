// `taskcache prune` and the local store's state/, through the bundled CLI: state no run used
// within the age limit (30 days when only --max-size is given) goes, the workspace prune runs
// in keeps its scan caches, and the summary line counts what went.

import {
  existsSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import { scanStateNames } from '../src/engine/key-caches.js';
import { runCli, tempDir, writeProject } from './support/cli.js';

const dirs: string[] = [];
beforeAll(() => initBlake3());
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function fresh(prefix: string): string {
  const dir = realpathSync(tempDir(prefix));
  dirs.push(dir);
  return dir;
}

const DAY = 24 * 3600 * 1000;

/** A state file last used `days` ago. */
function plant(file: string, days: number, bytes = 100): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'x'.repeat(bytes));
  const when = (Date.now() - days * DAY) / 1000;
  utimesSync(file, when, when);
}

describe('taskcache prune: state', () => {
  it('removes state unused for 30 days given only a size, keeping this workspace', async () => {
    const project = writeProject(fresh('prune-project'), {
      'taskcache.yml': 'tasks:\n  build:\n    run: echo hi > out.txt\n    outputs: [out.txt]\n',
    });
    const cache = fresh('prune-cache');
    const run = (args: string[], cwd = project) =>
      runCli(args, { cwd, env: { TASKCACHE_DIR: cache } });
    expect((await run(['run'])).code).toBe(0);
    const state = path.join(cache, 'state');
    const [ownStat, ownDirs] = scanStateNames(project);
    const [otherStat, otherDirs] = scanStateNames(path.join(project, 'another-clone'));
    // This workspace's caches, unused for long: kept, prune runs here.
    plant(path.join(state, ownStat!), 40);
    plant(path.join(state, ownDirs!), 40);
    plant(path.join(state, otherStat!), 40, 1000);
    plant(path.join(state, otherDirs!), 40, 1000);
    plant(path.join(state, `config-${'1'.repeat(32)}.json`), 31, 200);
    plant(path.join(state, `config-${'2'.repeat(32)}.json`), 29);

    const pruned = await run(['prune', '--max-size', '10GB']);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toMatch(
      /^removed 0 entries \(0 B\); kept 1 \([^)]+\); removed 3 state files \(2\.2 kB\)\n$/,
    );
    const left = readdirSync(state);
    expect(left).toEqual(
      expect.arrayContaining([ownStat, ownDirs, `config-${'2'.repeat(32)}.json`]),
    );
    expect(left).not.toContain(otherStat);
    expect(left).not.toContain(otherDirs);
    expect(left).not.toContain(`config-${'1'.repeat(32)}.json`);

    // Run elsewhere, with --max-age: this workspace's caches are as old as any others.
    const elsewhere = fresh('prune-elsewhere');
    const again = await run(['prune', '--max-age', '35d'], elsewhere);
    expect(again.stdout).toMatch(/; removed 2 state files \(200 B\)\n$/);
    expect(existsSync(path.join(state, ownStat!))).toBe(false);
    expect(existsSync(path.join(state, `config-${'2'.repeat(32)}.json`))).toBe(true);
  });
});
