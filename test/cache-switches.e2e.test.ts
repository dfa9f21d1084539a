// The cache switches through the bundled CLI: a task's `cache` mode, --cache and
// TASKCACHE_CACHE, --remote-mode and #mode=, --no-remote, per-remote timeout and retries, and
// the output levels (-q, -v, the end-of-run line). Against the local store and the real Redis
// and nginx servers (scripts/servers/start.sh), the slow ones behind the fault proxy.

import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { STORE_DEADLINES } from '../src/adapters/deadlines.js';
import { httpStoreUrl } from './stores/remotes.js';
import { runCli, tempDir, writeProject } from './support/cli.js';
import { startFaultProxy } from './support/fault-proxy.js';
import { loadServers } from './support/servers.js';

const servers = loadServers();
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function fresh(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}

const task = (name: string, extra = '') =>
  `  ${name}:\n    run: mkdir -p ${name} && echo ${name} > ${name}/x.txt && echo ran ${name}\n    inputs: [src/**]\n    outputs: [${name}/**]\n${extra}`;

function entries(store: string): string[] {
  const base = path.join(store, 'entries');
  if (!existsSync(base)) return [];
  return readdirSync(base).flatMap((shard) => readdirSync(path.join(base, shard)));
}

interface TaskJson {
  task: string;
  status: string;
  source: string | null;
  reason?: string;
  savedTo?: string[];
}

let project: string;
let cache: string;

function setProject(config: string): void {
  project = writeProject(fresh('switches'), { 'taskcache.yml': config, 'src/a.txt': 'alpha\n' });
}

beforeEach(() => {
  cache = fresh('switches-cache');
  setProject(`tasks:\n${task('one')}${task('two')}`);
});

const run = (args: string[], env: Record<string, string | undefined> = {}, cwd = project) =>
  runCli(args, { cwd, env: { TASKCACHE_DIR: cache, ...env } });

async function runJson(args: string[], env: Record<string, string | undefined> = {}) {
  const result = await run([...args, '--json'], env);
  expect(result.code, result.stderr).toBe(0);
  const json = JSON.parse(result.stdout) as { tasks: TaskJson[]; warnings: string[] };
  return { ...json, stderr: result.stderr, statuses: json.tasks.map((t) => t.status) };
}

describe('a task’s cache mode', () => {
  it('read restores and never saves; write never restores and saves; off runs without the cache', async () => {
    // Fill the store with both tasks.
    expect((await runJson(['run', '--concurrency', '1'])).statuses).toEqual(['miss', 'miss']);
    const filled = entries(cache).length;
    expect(filled).toBe(2);

    setProject(
      `tasks:\n${task('one', '    cache: read\n')}${task('two', '    cache: write\n')}${task('three', '    cache: off\n')}`,
    );
    const second = await runJson(['run', '--concurrency', '1']);
    const by = Object.fromEntries(second.tasks.map((t) => [t.task, t]));
    // read: the entry saved before is a hit.
    expect(by.one).toMatchObject({ status: 'hit' });
    // write: runs though the entry is there, and keeps it.
    expect(by.two).toMatchObject({ status: 'miss', reason: 'cache write-only' });
    expect(second.stderr).toContain('ran two');
    // off: no key, nothing saved.
    expect(by.three).toMatchObject({ status: 'miss', reason: 'cache off', savedTo: [] });
    expect(second.stderr).toContain('ran three');
    expect(entries(cache)).toHaveLength(filled);

    // read never saves: a changed input misses and stays a miss.
    writeProject(project, { 'src/a.txt': 'changed\n' });
    const third = await runJson(['run', 'one']);
    expect(third.tasks[0]).toMatchObject({ status: 'miss', savedTo: [] });
    expect(entries(cache)).toHaveLength(filled);
  }, 60_000);

  it('a bad mode is a config error naming the file and the field', async () => {
    setProject(`tasks:\n${task('one', '    cache: maybe\n')}`);
    const result = await run(['run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'taskcache.yml: tasks.one.cache: expected one of read-write, read, write, off',
    );
  });
});

describe('--cache and TASKCACHE_CACHE', () => {
  it('off runs every task and touches no store; read restores and saves nothing', async () => {
    const off = await runJson(['run'], { TASKCACHE_CACHE: 'off' });
    expect(off.statuses).toEqual(['miss', 'miss']);
    expect(off.tasks.every((t) => t.reason === 'cache off')).toBe(true);
    expect(entries(cache)).toEqual([]);

    const read = await runJson(['run', '--cache', 'read']);
    expect(read.statuses).toEqual(['miss', 'miss']);
    expect(entries(cache)).toEqual([]);

    await runJson(['run']);
    expect(entries(cache)).toHaveLength(2);
    const hits = await runJson(['run', '--cache', 'read']);
    expect(hits.statuses).toEqual(['hit', 'hit']);
    // The same as a kill switch: the entries are there, and not used.
    expect((await runJson(['run', '--cache=off'])).statuses).toEqual(['miss', 'miss']);
  }, 60_000);

  it('the flag wins over the variable; the stricter of run-wide and task modes applies', async () => {
    await runJson(['run']);
    const flagWins = await runJson(['run', '--cache', 'read-write'], { TASKCACHE_CACHE: 'off' });
    expect(flagWins.statuses).toEqual(['hit', 'hit']);

    // A write task under --cache read: neither reads nor writes.
    setProject(`tasks:\n${task('one', '    cache: write\n')}`);
    const stricter = await runJson(['run', '--cache', 'read']);
    expect(stricter.tasks[0]).toMatchObject({ status: 'miss', reason: 'cache off', savedTo: [] });
  }, 60_000);

  it('a bad mode is a usage error naming its source', async () => {
    const flag = await run(['run', '--cache', 'sometimes']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain(
      '--cache: expected one of read-write, read, write, off, got "sometimes"',
    );
    const env = await run(['run'], { TASKCACHE_CACHE: 'nope' });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('TASKCACHE_CACHE: expected one of');
  });
});

describe('output levels', () => {
  it('-q shows a failure with its output and the final line only; a run of several tasks ends with a summary', async () => {
    setProject(
      `tasks:\n${task('one')}  bad:\n    run: echo the-bad-output && exit 3\n    inputs: [src/**]\n`,
    );
    const quiet = await run(['run', '-q', '--concurrency', '1']);
    expect(quiet.code).toBe(3);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).not.toContain('ran one');
    expect(quiet.stderr).not.toContain('▸');
    expect(quiet.stderr).not.toContain('✓');
    expect(quiet.stderr).toContain('the-bad-output');
    expect(quiet.stderr).toContain('bad failed with exit code 3');
    expect(quiet.stderr.trim().split('\n').at(-1)).toBe(
      'taskcache: 2 tasks: 0 hits, 1 miss, 1 failed',
    );

    const loud = await run(['run', 'one']);
    expect(loud.stderr).toContain('one hit');
    expect(loud.stderr).toMatch(/✓ one restored 1 file, 4 B in /);
    // One task: no summary line.
    expect(loud.stderr).not.toContain('taskcache: 1 task');
    setProject(`tasks:\n${task('one')}${task('two')}`);
    await run(['run']);
    const both = await run(['run']);
    expect(both.stderr.trim().split('\n').at(-1)).toMatch(
      /^taskcache: 2 tasks: 2 hits, 0 misses, 0 failed; (saved|cost) /,
    );
  }, 60_000);

  it('-v prints the timings TASKCACHE_DEBUG does', async () => {
    await run(['run', 'one']);
    const verbose = await run(['run', 'one', '-v']);
    expect(verbose.stderr).toContain('taskcache: debug: scanned at');
    expect(verbose.stderr).toContain('taskcache: debug: one: key in');
    expect(verbose.stderr).toContain('taskcache: debug: one: lookup and restore in');
    const plain = await run(['run', 'one']);
    expect(plain.stderr).not.toContain('debug:');
  }, 60_000);
});

describe.skipIf(!servers?.redis)('remote switches against Redis', () => {
  const redisUrl = (extra = '') =>
    `${servers!.redis!.url}?prefix=sw-${randomBytes(4).toString('hex')}:${extra}`;

  it('#mode=read and --remote-mode read read the remote and never write it', async () => {
    const url = redisUrl();
    // Fill the remote (and one local store) with the first task.
    await runJson(['run', 'one', '--remote', url]);
    for (const args of [
      ['--remote', `${url}#mode=read`],
      ['--remote', url, '--remote-mode', 'read'],
    ]) {
      cache = fresh('switches-cache');
      const result = await runJson(['run', '--concurrency', '1', ...args]);
      const by = Object.fromEntries(result.tasks.map((t) => [t.task, t]));
      expect(by.one).toMatchObject({ status: 'hit' });
      expect(by.one!.source).toContain('redis://');
      expect(by.two).toMatchObject({ status: 'miss', savedTo: ['local'] });
    }
    // Nothing of `two` went to the remote: a fresh local store misses it.
    cache = fresh('switches-cache');
    const check = await runJson(['run', 'two', '--remote', url]);
    expect(check.tasks[0]).toMatchObject({ status: 'miss' });
  }, 60_000);

  it('--no-remote leaves the configured remotes out', async () => {
    const url = redisUrl();
    setProject(`remote: "${url}"\ntasks:\n${task('one')}`);
    await runJson(['run']);
    cache = fresh('switches-cache');
    const without = await runJson(['run', '--no-remote']);
    expect(without.tasks[0]).toMatchObject({ status: 'miss', savedTo: ['local'] });
    cache = fresh('switches-cache');
    expect((await runJson(['run'])).statuses).toEqual(['hit']);
  }, 60_000);

  it('a bad #mode or option is a usage error that shows no password', async () => {
    for (const [suffix, message] of [
      ['#mode=sometimes', '#mode: expected one of read-write, read, write, off'],
      ['&timeout=soon', 'timeout: expected a duration'],
      ['&retries=-1', 'retries: expected a whole number from 0 to 10'],
    ] as const) {
      const result = await run(['run', '--remote', `${redisUrl()}${suffix}`]);
      expect(result.code, suffix).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toContain(servers!.redis!.password);
    }
  });

  it('a short timeout bounds a Redis server that never answers', async () => {
    const target = new URL(servers!.redis!.url);
    const proxy = await startFaultProxy({ target: target.host, kind: 'tcp', mode: 'delay' });
    try {
      const url = new URL(redisUrl('&timeout=1s&retries=0'));
      url.port = String(proxy.port);
      const started = Date.now();
      const result = await runJson(['run', '--remote', url.toString()]);
      const elapsed = Date.now() - started;
      expect(result.statuses).toEqual(['miss', 'miss']);
      expect(result.warnings.filter((w) => w.includes('127.0.0.1'))).toHaveLength(1);
      // The default bound is 10 s for a reply, 30 s an operation.
      expect(elapsed).toBeLessThan(STORE_DEADLINES.firstByteMs);
    } finally {
      await proxy.close();
    }
  }, 60_000);
});

describe.skipIf(!servers?.http)('remote timeouts and retries against nginx', () => {
  it('a short timeout, in the URL or the config, bounds a server that never answers', async () => {
    const proxy = await startFaultProxy({ target: servers!.http!.url, mode: 'delay' });
    try {
      const base = httpStoreUrl(servers!.http!, {
        origin: proxy.url,
        prefix: `/sw-${randomBytes(4).toString('hex')}`,
      });
      for (const config of [
        `remote: "${base}?timeout=1s"`,
        `remotes:\n  - url: "${base}"\n    timeout: 1s\n    retries: 0`,
      ]) {
        setProject(`${config}\ntasks:\n${task('one')}${task('two')}`);
        cache = fresh('switches-cache');
        const started = Date.now();
        const result = await runJson(['run']);
        const elapsed = Date.now() - started;
        expect(result.statuses).toEqual(['miss', 'miss']);
        expect(result.warnings.filter((w) => w.includes('127.0.0.1'))).toHaveLength(1);
        expect(elapsed).toBeLessThan(STORE_DEADLINES.firstByteMs);
      }
    } finally {
      await proxy.close();
    }
  }, 90_000);

  it('retries=0 makes one attempt at a failing server; the default retries', async () => {
    const proxy = await startFaultProxy({ target: servers!.http!.url, mode: 'status500' });
    try {
      const base = httpStoreUrl(servers!.http!, {
        origin: proxy.url,
        prefix: `/sw-${randomBytes(4).toString('hex')}`,
      });
      setProject(`tasks:\n${task('one')}`);
      await runJson(['run', '--remote', `${base}?retries=0`]);
      expect(proxy.faulted).toBe(1);
      proxy.reset();
      cache = fresh('switches-cache');
      await runJson(['run', '--remote', base]);
      expect(proxy.faulted).toBeGreaterThan(1);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('a bad timeout in the config names the file and the field', async () => {
    setProject(
      `remotes:\n  - url: "http://127.0.0.1:1"\n    timeout: soon\ntasks:\n${task('one')}`,
    );
    const result = await run(['run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('taskcache.yml: remotes[0].timeout: expected a duration');
  });
});

describe('max-age on reads', () => {
  it('an entry unused for longer than max-age is a miss, replaced by the run', async () => {
    setProject(`max-age: 1d\ntasks:\n${task('one')}`);
    await runJson(['run']);
    const [key] = entries(cache) as [string];
    const old = (Date.now() - 2 * 24 * 3600 * 1000) / 1000;
    utimesSync(path.join(cache, 'entries', key.slice(0, 2), key, 'record.json'), old, old);
    const second = await runJson(['run']);
    expect(second.tasks[0]).toMatchObject({ status: 'miss', savedTo: ['local'] });
    expect(second.stderr).toContain('ran one');
    expect((await runJson(['run'])).statuses).toEqual(['hit']);
  }, 60_000);
});
