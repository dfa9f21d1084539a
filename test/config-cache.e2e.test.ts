// The bundled CLI keeps the validated result of a config text in its state, so a repeated run
// loads neither the YAML parser nor the schema. An edited config is never served stale: an
// invalid edit is reported, a valid one changes the key, and undoing the edit restores it.

import { readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeProject } from './support/cli.js';

const project = tempDir('config-cache');
const cache = tempDir('config-cache-dir');
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

const config = (inputs: string) => `tasks:\n  t:\n    run: "true"\n    inputs: [${inputs}]\n`;

async function dryRun(): Promise<{ code: number | null; key?: string; stderr: string }> {
  const result = await runCli(['dry-run', 't', '--json'], {
    cwd: project,
    env: { TASKCACHE_DIR: cache },
  });
  const key = result.code === 0 ? JSON.parse(result.stdout).tasks[0].key : undefined;
  return { code: result.code, key, stderr: result.stderr };
}

const kept = () => readdirSync(path.join(cache, 'state')).filter((f) => f.startsWith('config-'));

describe('validated configs kept between runs', () => {
  it('are reused only for the same text', async () => {
    writeProject(project, { 'a.txt': 'a', 'b.txt': 'b', 'taskcache.yml': config('a.txt') });
    const first = await dryRun();
    expect(first.code, first.stderr).toBe(0);
    expect(kept()).toHaveLength(1);
    expect((await dryRun()).key).toBe(first.key);

    writeProject(project, { 'taskcache.yml': `${config('a.txt')}    nope: 1\n` });
    const invalid = await dryRun();
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('tasks.t: unknown field "nope"');
    expect(kept()).toHaveLength(1);

    writeProject(project, { 'taskcache.yml': config('b.txt') });
    const edited = await dryRun();
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.key).not.toBe(first.key);

    writeProject(project, { 'taskcache.yml': config('a.txt') });
    expect((await dryRun()).key).toBe(first.key);
    expect(kept()).toHaveLength(2);
  });
});
