// The bundled CLI end to end: real processes, real files, one local store.

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  baseEnv,
  cliPath,
  copyProject,
  runCli,
  startCli,
  tempDir,
  writeProject,
} from './support/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function fresh(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}

const CONFIG = `
tasks:
  build:
    run: |
      mkdir -p out/nested
      cat src/*.txt > out/all.txt
      printf '#!/bin/sh\\necho hi\\n' > out/run.sh && chmod +x out/run.sh
      ln -sf all.txt out/link.txt
      echo "built with $MODE"
    inputs: [src/**]
    outputs: [out/**]
    env: [MODE]
`;

let project: string;
let cache: string;

beforeEach(() => {
  project = writeProject(fresh('project'), {
    'taskcache.yml': CONFIG,
    'src/a.txt': 'alpha\n',
    'src/b.txt': 'beta\n',
  });
  cache = fresh('cache');
});

const run = (args: string[], cwd = project, env: Record<string, string> = {}) =>
  runCli(args, { cwd, env: { TASKCACHE_DIR: cache, MODE: 'release', ...env } });

function entries(store = cache): string[] {
  const base = path.join(store, 'entries');
  if (!existsSync(base)) return [];
  return readdirSync(base).flatMap((shard) => readdirSync(path.join(base, shard)));
}

describe('taskcache run', () => {
  it('misses, then hits and restores identical outputs without running the command', async () => {
    const first = await run(['run', 'build', '--json']);
    expect(first.code).toBe(0);
    const firstJson = JSON.parse(first.stdout);
    expect(firstJson.tasks[0]).toMatchObject({ task: 'build', status: 'miss', source: null });
    expect(firstJson.tasks[0].reason).toBe('first run');
    expect(first.stderr).toContain('built with release');

    const all = readFileSync(path.join(project, 'out/all.txt'));
    rmSync(path.join(project, 'out'), { recursive: true });

    const second = await run(['run', 'build']);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/build hit from local: cached .* took /);
    // The log is replayed on stdout after the header.
    expect(second.stdout).toBe('built with release\n');
    expect(readFileSync(path.join(project, 'out/all.txt'))).toEqual(all);
    expect(statSync(path.join(project, 'out/run.sh')).mode & 0o111).not.toBe(0);
    expect(statSync(path.join(project, 'out/all.txt')).mode & 0o111).toBe(0);
    expect(lstatSync(path.join(project, 'out/link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(project, 'out/link.txt'))).toBe('all.txt');
    expect(entries()).toHaveLength(1);
  });

  it('restores large and many outputs byte for byte', async () => {
    writeProject(project, {
      'taskcache.yml': `tasks:
  many:
    run: |
      mkdir -p out/small
      head -c 25000000 /dev/urandom > out/big.bin
      for i in $(seq 1 300); do head -c $((i * 97)) /dev/urandom > out/small/f$i; done
    inputs: [src/**]
    outputs: [out/**]
`,
    });
    expect((await run(['run'])).code).toBe(0);
    const snapshot = (dir: string) =>
      execFileSync('bash', ['-c', 'cd out && find . -type f | sort | xargs sha256sum'], {
        cwd: dir,
        encoding: 'utf8',
      });
    const before = snapshot(project);
    rmSync(path.join(project, 'out'), { recursive: true });
    const hit = await run(['run', '--json']);
    expect(JSON.parse(hit.stdout).tasks[0].status).toBe('hit');
    expect(snapshot(project)).toBe(before);
  });

  it('restores into a partly present output folder, with the recorded modes under any umask', async () => {
    writeProject(project, {
      'taskcache.yml': `tasks:
  deep:
    run: |
      mkdir -p out/deep/er
      echo top > out/top.txt
      echo deep > out/deep/er/file.txt
      printf '#!/bin/sh\\n' > out/deep/tool.sh && chmod 755 out/deep/tool.sh
    inputs: [src/**]
    outputs: [out/**]
`,
    });
    expect((await run(['run', 'deep'])).code).toBe(0);
    rmSync(path.join(project, 'out/deep'), { recursive: true });
    writeFileSync(path.join(project, 'out/top.txt'), 'stale\n');
    writeFileSync(path.join(project, 'out/other.txt'), 'not an output\n');
    const hit = execFileSync(
      'bash',
      ['-c', 'umask 077 && exec "$0" "$1" run deep --json', process.execPath, cliPath],
      { cwd: project, env: baseEnv({ TASKCACHE_DIR: cache, MODE: 'release' }), encoding: 'utf8' },
    );
    expect(JSON.parse(hit).tasks[0].status).toBe('hit');
    expect(readFileSync(path.join(project, 'out/top.txt'), 'utf8')).toBe('top\n');
    expect(readFileSync(path.join(project, 'out/deep/er/file.txt'), 'utf8')).toBe('deep\n');
    expect(readFileSync(path.join(project, 'out/other.txt'), 'utf8')).toBe('not an output\n');
    expect(statSync(path.join(project, 'out/top.txt')).mode & 0o777).toBe(0o644);
    expect(statSync(path.join(project, 'out/deep/er/file.txt')).mode & 0o777).toBe(0o644);
    expect(statSync(path.join(project, 'out/deep/tool.sh')).mode & 0o777).toBe(0o755);
    expect(readdirSync(project).filter((n) => n.startsWith('.taskcache-tmp-'))).toEqual([]);
  });

  it('gives the same key and a hit to a second copy of the project at another path', async () => {
    const first = JSON.parse((await run(['run', '--json'])).stdout);
    const copy = copyProject(project, path.join(fresh('elsewhere'), 'deep', 'copy'));
    rmSync(path.join(copy, 'out'), { recursive: true });
    const second = JSON.parse((await run(['run', '--json'], copy)).stdout);
    expect(second.tasks[0].key).toBe(first.tasks[0].key);
    expect(second.tasks[0].status).toBe('hit');
    expect(readFileSync(path.join(copy, 'out/all.txt'), 'utf8')).toBe('alpha\nbeta\n');
  });

  it('runs again when an input or an included env var changes', async () => {
    await run(['run']);
    writeFileSync(path.join(project, 'src/a.txt'), 'ALPHA\n');
    const changed = JSON.parse((await run(['run', '--json'])).stdout);
    expect(changed.tasks[0].status).toBe('miss');
    expect(changed.tasks[0].reason).toBe('1 file changed: src/a.txt');
    const env = JSON.parse((await run(['run', '--json'], project, { MODE: 'debug' })).stdout);
    expect(env.tasks[0].reason).toBe('1 env var changed: MODE');
    expect(entries()).toHaveLength(3);
  });

  it("passes a failing command's exit code through and stores nothing", async () => {
    writeProject(project, { 'taskcache.yml': 'tasks:\n  bad:\n    run: echo oops; exit 7\n' });
    const result = await run(['run', 'bad']);
    expect(result.code).toBe(7);
    expect(result.stdout).toBe('oops\n');
    expect(result.stderr).toContain('failed with exit code 7');
    expect(entries()).toHaveLength(0);
    const json = JSON.parse((await run(['run', 'bad', '--json'])).stdout);
    expect(json.tasks[0]).toMatchObject({ status: 'failed', exitCode: 7 });
  });

  it('--force runs and stores even on a hit', async () => {
    await run(['run']);
    const forced = await run(['run', '--force', '--json']);
    expect(JSON.parse(forced.stdout).tasks[0]).toMatchObject({ status: 'miss', reason: 'forced' });
    expect(forced.stderr).toContain('built with release');
  });

  it('redacts secret-looking env values from the stored log', async () => {
    writeProject(project, {
      'taskcache.yml':
        'tasks:\n  leak:\n    run: echo "token is $DEPLOY_TOKEN and $OTHER"\n    redact: [OTHER]\n',
    });
    const env = { DEPLOY_TOKEN: 's3cr3t-value', OTHER: 'also-private' };
    const first = await run(['run', 'leak'], project, env);
    expect(first.stdout).toContain('s3cr3t-value');
    const replay = await run(['run', 'leak'], project, env);
    expect(replay.stderr).toContain('leak hit');
    expect(replay.stdout).toBe('token is *** and ***\n');
    // The replayed log comes from the store, so the store holds the redacted text; the record
    // (manifest included) holds neither value.
    const [key] = entries();
    const record = readFileSync(
      path.join(cache, 'entries', key!.slice(0, 2), key!, 'record.json'),
      'utf8',
    );
    expect(record).not.toContain('s3cr3t-value');
    expect(record).not.toContain('also-private');
  });
});

describe('a damaged or interrupted entry', () => {
  // An entry only the local store keeps is not compressed, whatever its size (test/archive.test.ts
  // covers compressed archives read from a file in place).
  it.each([
    { size: 'small', codec: 'none', extra: '' },
    { size: 'large', codec: 'none', extra: 'head -c 600000 /dev/urandom > out/big.bin' },
  ])(
    'a flipped byte in a $size archive ($codec) is a miss with a warning, and outputs on disk stay as they were',
    async ({ codec, extra }) => {
      writeProject(project, {
        'taskcache.yml': `tasks:
  build:
    run: |
      if [ -n "$BREAK" ]; then exit 3; fi
      mkdir -p out && cat src/*.txt > out/all.txt
      ${extra}
    inputs: [src/**]
    outputs: [out/**]
`,
      });
      expect((await run(['run'])).code).toBe(0);
      const [key] = entries();
      const dir = path.join(cache, 'entries', key!.slice(0, 2), key!);
      expect(
        JSON.parse(readFileSync(path.join(dir, 'record.json'), 'utf8')).record.archive.codec,
      ).toBe(codec);
      const archive = path.join(dir, 'archive');
      const bytes = readFileSync(archive);
      bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
      writeFileSync(archive, bytes);
      writeFileSync(path.join(project, 'out/all.txt'), 'local edit');

      // BREAK is outside the key: the same key, but the command fails if it runs.
      const result = await run(['run'], project, { BREAK: '1' });
      expect(result.stderr).toMatch(
        /entry [0-9a-f]{12} in local is corrupt .*treating it as a miss/,
      );
      expect(result.code).toBe(3);
      expect(readFileSync(path.join(project, 'out/all.txt'), 'utf8')).toBe('local edit');
      expect(readdirSync(project).filter((n) => n.startsWith('.taskcache-tmp-'))).toEqual([]);
    },
  );

  it('a flipped byte in the record is a miss too', async () => {
    await run(['run']);
    const [key] = entries();
    const record = path.join(cache, 'entries', key!.slice(0, 2), key!, 'record.json');
    writeFileSync(record, readFileSync(record, 'utf8').replace('"durationMs":', '"durationMs":9'));
    const result = await run(['run', '--json']);
    expect(result.stderr).toContain('record digest mismatch');
    expect(JSON.parse(result.stdout).tasks[0].status).toBe('miss');
  });

  it('kill -9 during a save leaves no entry, and the next run works', async () => {
    // Outputs big enough that the save takes a moment.
    writeProject(project, {
      'taskcache.yml': `tasks:
  big:
    run: mkdir -p out && head -c 300000000 /dev/urandom > out/blob.bin
    inputs: [src/**]
    outputs: [out/**]
`,
    });
    const child = startCli(['run', 'big'], {
      cwd: project,
      env: { TASKCACHE_DIR: cache },
    });
    const tmp = path.join(cache, 'tmp');
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (existsSync(tmp) && readdirSync(tmp).length > 0) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(readdirSync(tmp).length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    expect(entries()).toEqual([]);
    const dry = JSON.parse((await run(['dry-run', 'big', '--json'])).stdout);
    expect(dry.tasks[0].status).toBe('miss');
  });
});

describe('concurrency', () => {
  it('8 concurrent runs of one task on one store all succeed and leave one entry', async () => {
    writeProject(project, {
      'taskcache.yml': `tasks:
  build:
    run: mkdir -p out && cat src/*.txt > out/.tmp.$$ && mv out/.tmp.$$ out/all.txt
    inputs: [src/**]
    outputs: [out/all.txt]
`,
    });
    const results = await Promise.all(Array.from({ length: 8 }, () => run(['run', '--json'])));
    for (const result of results) {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).not.toContain('warning');
    }
    const keys = new Set(results.map((r) => JSON.parse(r.stdout).tasks[0].key));
    expect(keys.size).toBe(1);
    expect(entries()).toHaveLength(1);
    expect(readFileSync(path.join(project, 'out/all.txt'), 'utf8')).toBe('alpha\nbeta\n');
  });
});

describe('explain, dry-run, stats, prune', () => {
  it('explain names the changed file and env var', async () => {
    await run(['run']);
    writeFileSync(path.join(project, 'src/b.txt'), 'BETA\n');
    writeFileSync(path.join(project, 'src/c.txt'), 'gamma\n');
    const result = await run(['explain', 'build'], project, { MODE: 'debug' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('inputs        3 files');
    expect(result.stdout).toContain('env           MODE');
    expect(result.stdout).toContain('- 1 file changed: src/b.txt');
    expect(result.stdout).toContain('- 1 file added: src/c.txt');
    expect(result.stdout).toContain('- 1 env var changed: MODE');
    expect(result.stdout).not.toContain('debug');
    const json = JSON.parse(
      (await run(['explain', 'build', '--json'], project, { MODE: 'debug' })).stdout,
    );
    expect(json.changes).toEqual([
      { kind: 'files', added: ['src/c.txt'], removed: [], changed: ['src/b.txt'] },
      { kind: 'env', added: [], removed: [], changed: ['MODE'] },
    ]);
  });

  it('dry-run reports the key and each store without running or writing', async () => {
    const before = await run(['dry-run', '--json']);
    const json = JSON.parse(before.stdout);
    expect(json.tasks[0]).toMatchObject({
      task: 'build',
      status: 'miss',
      stores: [{ store: 'local', hit: false }],
    });
    expect(existsSync(path.join(project, 'out'))).toBe(false);
    expect(entries()).toEqual([]);
    await run(['run']);
    const after = JSON.parse((await run(['dry-run', '--json'])).stdout);
    expect(after.tasks[0]).toMatchObject({
      status: 'hit',
      source: 'local',
      key: json.tasks[0].key,
    });
  });

  it('stats counts entries and the hit rate; prune evicts', async () => {
    await run(['run']);
    await run(['run']);
    await run(['run']);
    const stats = JSON.parse((await run(['stats', '--json'])).stdout);
    expect(stats).toMatchObject({ entries: 1, runs: 3, hits: 2, misses: 1 });
    expect(stats.hitRate).toBeCloseTo(2 / 3);
    expect(stats.bytes).toBeGreaterThan(0);
    const pruned = await run(['prune', '--max-size', '0']);
    expect(pruned.stdout).toMatch(/^removed 1 entry/);
    expect(entries()).toEqual([]);
  });
});

describe('usage and config errors exit 2', () => {
  it('names the file, the path and the expected value of every error', async () => {
    writeProject(project, {
      'taskcache.yml':
        'tasks:\n  build:\n    run: 3\n    outputs: [dist/**, 1]\n    inputs: [../x]\n    nope: 1\n',
    });
    const result = await run(['run']);
    expect(result.code).toBe(2);
    const file = path.join(project, 'taskcache.yml');
    expect(result.stderr).toContain(`${file}: tasks.build: unknown field "nope"`);
    expect(result.stderr).toContain(
      `${file}: tasks.build.outputs[1]: expected a string, got number`,
    );
    expect(result.stderr).toContain(`${file}: tasks.build.run: expected a string, got number`);
    expect(result.stderr).toContain(
      `${file}: tasks.build.inputs[0]: expected a pattern inside the workspace`,
    );
  });

  it.each([
    [['run', 'nosuchtask'], /unknown task "nosuchtask"/],
    [['run', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['explain'], /expected exactly one TASK/],
    [['prune', '--max-size', 'lots'], /--max-size: expected a size/],
  ])('%j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('warns about an input pattern that matches no file', async () => {
    writeProject(project, {
      'taskcache.yml': 'tasks:\n  t:\n    run: "true"\n    inputs: [src/**, missing/**]\n',
    });
    const result = await run(['run']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('input pattern "missing/**" matched no file');
  });
});

describe('report', () => {
  it('merges the JSON reports of several jobs into one table', async () => {
    const row = (task: string, status: string) => ({
      task,
      status,
      source: status === 'hit' ? 'github' : null,
      durationMs: 1000,
      timeSavedMs: status === 'hit' ? 900 : 0,
      bytes: 10,
      reason: status === 'hit' ? null : 'first run',
      key: 'k',
    });
    const linux = writeProject(path.join(fresh('reports'), 'linux'), {
      'report.json': JSON.stringify({ version: 1, rows: [row('build', 'hit')] }),
    });
    const windows = writeProject(path.join(path.dirname(linux), 'windows'), {
      'report.json': JSON.stringify({ version: 1, rows: [row('build', 'miss')] }),
    });
    const result = await run([
      'report',
      path.join(linux, 'report.json'),
      path.join(windows, 'report.json'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| linux | build | ✅ hit | github |');
    expect(result.stdout).toContain('| windows | build | ⚪ miss | — |');
    expect(result.stdout).toContain('**Hit rate:** 1 of 2 (50 %)');
    const bad = await run(['report', path.join(linux, 'missing.json')]);
    expect(bad.code).toBe(2);
  });
});

describe('signing', () => {
  it('with TASKCACHE_SIGNING_KEY, unsigned or wrongly signed entries are misses', async () => {
    const signed = { TASKCACHE_SIGNING_KEY: 'team-secret' };
    await run(['run'], project, signed);
    const hit = JSON.parse((await run(['run', '--json'], project, signed)).stdout);
    expect(hit.tasks[0].status).toBe('hit');

    const wrong = await run(['run', '--json'], project, {
      TASKCACHE_SIGNING_KEY: 'another-secret',
    });
    expect(JSON.parse(wrong.stdout).tasks[0].status).toBe('miss');
    // MODE enters the key keyed with the signing key (#14.8): another signing key, or none,
    // gives another key, so the entry is not even found (the signature checks themselves are
    // tested in test/core/entry.test.ts and test/security/lying-entries.test.ts).
    expect(wrong.stderr).not.toContain('secret');

    const other = fresh('unsigned-cache');
    await runCli(['run'], { cwd: project, env: { TASKCACHE_DIR: other, MODE: 'release' } });
    const unsigned = await runCli(['run', '--json'], {
      cwd: project,
      env: { TASKCACHE_DIR: other, MODE: 'release', ...signed },
    });
    expect(JSON.parse(unsigned.stdout).tasks[0].status).toBe('miss');
  });
});

describe('max-size in the config', () => {
  it('prunes the local store after a save, least recently used first', async () => {
    writeProject(project, {
      // Random (incompressible) outputs: each entry is about 5 kB, two do not fit in 8 kB.
      'taskcache.yml': `max-size: 8kB
tasks:
  one:
    run: mkdir -p out && head -c 4000 /dev/urandom > out/one.bin
    outputs: [out/one.bin]
  two:
    run: mkdir -p out && head -c 4000 /dev/urandom > out/two.bin
    outputs: [out/two.bin]
`,
    });
    await run(['run', 'one']);
    expect(entries()).toHaveLength(1);
    await run(['run', 'two']);
    // Both do not fit: the older entry goes, the new one stays.
    expect(entries()).toHaveLength(1);
    const dry = JSON.parse((await run(['dry-run', '--json'])).stdout);
    expect(dry.tasks.map((t: { status: string }) => t.status)).toEqual(['miss', 'hit']);
  });
});
