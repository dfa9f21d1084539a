// The bundled CLI keeps the validated result of a config text in its state, so a repeated run
// loads neither the YAML parser nor the schema. An edited config is never served stale: an
// invalid edit is reported, a valid one changes the key, and undoing the edit restores it.

import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import { loadConfigCached, parseTag } from '../src/engine/config-file.js';
import { runCli, tempDir, writeProject } from './support/cli.js';

const project = tempDir('config-cache');
const cache = tempDir('config-cache-dir');
const other = tempDir('config-cache-other');
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(other, { recursive: true, force: true });
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

// Issue 14 item 7: the kept parse was trusted as it was, so whoever could write the cache
// directory could change a task's command (or switch anything else the config says).
describe('a kept parse that was not kept for this file and key', () => {
  const echo = (word: string) => `tasks:\n  t:\n    run: echo ${word}\n    inputs: [a.txt]\n`;

  async function cli(
    args: string[],
    options: { cwd?: string; env?: Record<string, string> } = {},
  ): Promise<{ code: number; stdout: string; stderr: string; reused: boolean; key?: string }> {
    const result = await runCli(args, {
      cwd: options.cwd ?? project,
      env: { TASKCACHE_DIR: cache, TASKCACHE_DEBUG: '1', ...options.env },
    });
    const key =
      args[0] === 'dry-run' && result.code === 0
        ? JSON.parse(result.stdout).tasks[0].key
        : undefined;
    return { ...result, reused: result.stderr.includes('config: reused the parse'), key };
  }

  const keptFile = () => {
    const files = kept();
    expect(files).toHaveLength(1);
    return path.join(cache, 'state', files[0]!);
  };

  it('is ignored when its command was changed, and the real config runs', async () => {
    rmSync(cache, { recursive: true, force: true });
    writeProject(project, { 'a.txt': 'a', 'taskcache.yml': echo('real') });
    const first = await cli(['dry-run', 't', '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect((await cli(['dry-run', 't', '--json'])).reused).toBe(true);

    const file = keptFile();
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('echo real');
    writeFileSync(file, text.replace('echo real', 'echo forged'));
    const tampered = await cli(['dry-run', 't', '--json']);
    expect(tampered.code, tampered.stderr).toBe(0);
    expect(tampered.reused).toBe(false);
    expect(tampered.key).toBe(first.key);

    writeFileSync(file, text.replace('echo real', 'echo forged'));
    const run = await cli(['run', 't', '--force']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain('real');
    expect(run.stdout + run.stderr).not.toContain('forged');
    // The ignored file was replaced by the real parse, which the next run takes.
    expect(readFileSync(file, 'utf8')).not.toContain('forged');
    expect((await cli(['dry-run', 't', '--json'])).reused).toBe(true);
  });

  it('is ignored when kept for another checkout of the same text', async () => {
    rmSync(cache, { recursive: true, force: true });
    writeProject(project, { 'a.txt': 'a', 'taskcache.yml': echo('real') });
    writeProject(other, { 'a.txt': 'a', 'taskcache.yml': echo('real') });
    expect((await cli(['dry-run', 't', '--json'], { cwd: other })).code).toBe(0);
    const foreign = await cli(['dry-run', 't', '--json']);
    expect(foreign.code, foreign.stderr).toBe(0);
    expect(foreign.reused).toBe(false);
    expect(foreign.stderr).toContain('not kept for this file');
  });

  it('is taken only under the signing key it was kept with', async () => {
    rmSync(cache, { recursive: true, force: true });
    writeProject(project, { 'a.txt': 'a', 'taskcache.yml': echo('real') });
    const signed = { TASKCACHE_SIGNING_KEY: 'key-one' };
    // Kept without a key: one with the key set does not take it.
    expect((await cli(['dry-run', 't', '--json'])).reused).toBe(false);
    const unkeyed = readFileSync(keptFile(), 'utf8');
    expect((await cli(['dry-run', 't', '--json'], { env: signed })).reused).toBe(false);
    expect((await cli(['dry-run', 't', '--json'], { env: signed })).reused).toBe(true);
    // Put back as whoever does not know the key could make it: not taken.
    writeFileSync(keptFile(), unkeyed);
    expect((await cli(['dry-run', 't', '--json'], { env: signed })).reused).toBe(false);
    // Another key does not take the file kept under the first.
    const other = await cli(['dry-run', 't', '--json'], {
      env: { TASKCACHE_SIGNING_KEY: 'key-two' },
    });
    expect(other.reused).toBe(false);
    // Nothing of the key is in the kept file.
    expect(readFileSync(keptFile(), 'utf8')).not.toMatch(/key-(one|two)/);
  });
});

// The kept parse is validated by the same schema as a fresh one: even a file with a correct
// tag (made here with the tag function itself) is taken only when it is a valid config.
describe('a kept parse with a correct tag (sources)', () => {
  const dir = tempDir('config-cache-src');
  const state = path.join(dir, 'state');
  const file = path.join(dir, 'taskcache.yml');
  const schemaId = 'test-schema';
  beforeAll(() => initBlake3());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is ignored when its value is not a valid config', async () => {
    writeProject(dir, { 'taskcache.yml': 'tasks:\n  t:\n    run: echo real\n' });
    const env = { TASKCACHE_SIGNING_KEY: 'k' };
    const first = await loadConfigCached(file, state, { env, schemaId });
    expect(first.config.tasks.t?.run).toBe('echo real');
    const [name] = readdirSync(state).filter((f) => f.startsWith('config-'));
    const keptPath = path.join(state, name!);
    const content = readFileSync(keptPath, 'utf8');
    const body = JSON.parse(content.slice(content.indexOf('\n') + 1));
    // The identity the tag is keyed with is found by making the tag of the real body again.
    const stat = statSync(file, { bigint: true });
    const identity = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    const realBody = content.slice(content.indexOf('\n') + 1);
    expect(content.slice(0, content.indexOf('\n'))).toBe(parseTag(realBody, identity, env));

    // What is kept is the validated config (every task field filled in).
    const task = body.config.tasks.t;
    expect(task).toEqual(expect.objectContaining({ run: 'echo real', outputs: [] }));
    const forge = (config: unknown) => {
      const forged = JSON.stringify({ ...body, config });
      writeFileSync(keptPath, `${parseTag(forged, identity, env)}\n${forged}`);
    };
    // A well-tagged valid value is taken (the tag is all that binds it)...
    forge({ tasks: { t: { ...task, run: 'echo tagged' } } });
    expect((await loadConfigCached(file, state, { env, schemaId })).config.tasks.t?.run).toBe(
      'echo tagged',
    );
    // ...but never one the schema refuses: an unknown field, a command that is no string, a
    // pattern outside the workspace, a working directory outside it, a missing field.
    const { inputs: _, ...withoutInputs } = task;
    for (const value of [
      { tasks: { t: { ...task, run: 'echo forged', signing: false } } },
      { tasks: { t: { ...task, run: ['echo', 'forged'] } } },
      { tasks: { t: { ...task, run: 'echo forged', outputs: ['../../etc/**'] } } },
      { tasks: { t: { ...task, run: 'echo forged', 'working-directory': '../..' } } },
      { tasks: { t: { ...withoutInputs, run: 'echo forged' } } },
      { tasks: { t: { run: 'echo forged' } } },
      null,
    ]) {
      forge(value);
      const loaded = await loadConfigCached(file, state, { env, schemaId });
      expect(loaded.config.tasks.t, JSON.stringify(value)).toEqual(
        expect.objectContaining({ run: 'echo real', outputs: [] }),
      );
    }
  });
});

// Issue 17 goal 3: a repeated run of a tiny task takes its config from the kept parse without
// loading the YAML parser or the schema, and a hit of an unsigned task with a small output
// loads none of the Node modules it does not use (a preloaded script lists what the bundled
// CLI loaded).
describe('a repeated run with a kept parse', () => {
  const dir = tempDir('config-cache-loads');
  const store = tempDir('config-cache-loads-store');
  const listed = path.join(dir, 'loaded.json');
  const preload = path.join(dir, 'list-loaded.cjs');
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(store, { recursive: true, force: true });
  });

  async function loaded(args: string[], env: Record<string, string> = {}) {
    const result = await runCli(args, {
      cwd: dir,
      env: { TASKCACHE_DIR: store, NODE_OPTIONS: `--require ${preload}`, ...env },
    });
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(readFileSync(listed, 'utf8')) as string[];
  }

  it('loads neither the YAML parser, the schema, nor Node modules a hit does not use', async () => {
    writeProject(dir, {
      'a.txt': 'a',
      'taskcache.yml':
        'tasks:\n  t:\n    run: echo hi > out.txt\n    inputs: [a.txt]\n    outputs: [out.txt]\n',
      'list-loaded.cjs': `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listed)}, JSON.stringify([...Object.keys(require.cache), ...process.moduleLoadList])));\n`,
    });
    const first = await loaded(['run', 't']);
    expect(first.some((m) => m.endsWith('config.cjs'))).toBe(true);
    const hit = await loaded(['run', 't']);
    for (const part of ['config.cjs', 'config-schema.cjs', 'yaml.cjs']) {
      expect(hit.filter((m) => m.endsWith(`/cli/${part}`))).toEqual([]);
    }
    const unused = /^NativeModule (crypto|v8|zlib|child_process|worker_threads)$/;
    expect(hit.filter((m) => unused.test(m))).toEqual([]);
    // Signed entries still load node:crypto, and the run still hits.
    const signed = await loaded(['run', 't'], { TASKCACHE_SIGNING_KEY: 'k' });
    expect(signed).toContain('NativeModule crypto');
  });
});
