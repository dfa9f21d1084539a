// The committed artefacts: the bundle really hashes (with the native addon, loaded directly), reaches every kind of remote through the
// parts it loads on first use, holds no class twice, keeps its compiled code where Node can, and
// the JSON Schema is current.

import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3, loadBackend } from '../src/adapters/blake3.js';
import { nativePackage } from '../src/adapters/blake3-native.js';
import { configJsonSchema } from '../src/core/config.js';
import { computeTaskKey } from '../src/engine/key.js';
import {
  bucketName,
  createBucket,
  dropObjects,
  loadServers,
  s3Env,
  s3StoreUrl,
  turboStoreUrl,
} from './stores/remotes.js';
import {
  checkDistFresh,
  repoRoot,
  runCli,
  sourceDigest,
  tempDir,
  testNode,
  writeProject,
} from './support/cli.js';

let project: string;
let cache: string;

/** Whether the Node that runs the bundles (not the one running vitest) has a compile cache. */
function testNodeHasCompileCache(): boolean {
  const script = "process.stdout.write(String('enableCompileCache' in require('node:module')))";
  return execFileSync(testNode, ['-e', script], { encoding: 'utf8' }) === 'true';
}
beforeAll(async () => {
  await initBlake3();
  project = writeProject(tempDir('dist'), {
    'taskcache.yml': 'tasks:\n  t:\n    run: "true"\n    inputs: ["**/*.txt"]\n',
    'a.txt': 'hello\n',
    'big/b.txt': 'x'.repeat(20 * 1024 * 1024),
  });
  cache = tempDir('dist-cache');
});
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe('the bundled CLI', () => {
  it('hashes with real BLAKE3 (known test vectors), native and WebAssembly alike', async () => {
    // From the BLAKE3 reference test vectors.
    const empty = 'af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262';
    const abc = '6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85';
    expect(blake3(new Uint8Array(0))).toBe(empty);
    expect(blake3('abc')).toBe(abc);
    for (const env of [{}, { TASKCACHE_BLAKE3: 'wasm' }]) {
      const backend = await loadBackend(env);
      expect(backend.hash(new Uint8Array(0))).toBe(empty);
      expect(backend.hash(Buffer.from('abc'))).toBe(abc);
      const hasher = await backend.createHasher();
      hasher.init();
      hasher.update(Buffer.from('a'));
      hasher.update(Buffer.from('bc'));
      expect(hasher.digest()).toBe(abc);
    }
  });

  it('loads the native BLAKE3 from its platform package, without the addon loader', async () => {
    expect(nativePackage('linux', 'x64')).toBe('@napi-rs/blake-hash-linux-x64-gnu');
    expect(nativePackage('darwin', 'arm64')).toBe('@napi-rs/blake-hash-darwin-arm64');
    expect(nativePackage('win32', 'x64')).toBeUndefined();
    expect(nativePackage('linux', 'ia32')).toBeUndefined();
    expect(nativePackage('freebsd', 'x64')).toBeUndefined();
    const direct = nativePackage();
    if (!direct) throw new Error(`no platform package is named for ${process.platform}`);
    // Which modules the CLI's process loaded, written when it exits.
    const list = path.join(cache, 'loaded.json');
    const preload = path.join(cache, 'loaded.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`,
    );
    const result = await runCli(['dry-run', 't', '--cache-dir', cache], {
      cwd: project,
      env: { NODE_OPTIONS: `--require ${preload}` },
    });
    expect(result.code, result.stderr).toBe(0);
    const loaded = JSON.parse(readFileSync(list, 'utf8')) as string[];
    const packageDir = (name: string) => `${path.sep}node_modules${path.sep}${name}${path.sep}`;
    expect(loaded.some((file) => file.includes(packageDir(direct)))).toBe(true);
    expect(loaded.some((file) => file.includes(packageDir('@napi-rs/blake-hash')))).toBe(false);
  });

  it('computes the same key as the library, file contents included', async () => {
    const result = await runCli(['dry-run', 't', '--json'], {
      cwd: project,
      env: { TASKCACHE_DIR: cache },
    });
    expect(result.code, result.stderr).toBe(0);
    const cliKey = JSON.parse(result.stdout).tasks[0].key;
    const spec = {
      name: 't',
      command: 'true',
      shell: 'bash' as const,
      cwd: '.',
      inputs: ['**/*.txt'],
      outputs: [],
      env: [],
      keyCommands: [],
      salt: '',
      redact: [],
    };
    const platform = { os: process.platform, arch: process.arch };
    const { key, manifest } = await computeTaskKey(spec, { workspace: project, env: {}, platform });
    expect(cliKey).toBe(key);
    expect(manifest.inputs).toHaveLength(2);
    // A change of content deep inside the big file changes the bundle's key.
    writeProject(project, { 'big/b.txt': `${'x'.repeat(20 * 1024 * 1024 - 1)}y` });
    const changed = await runCli(['dry-run', 't', '--json'], {
      cwd: project,
      env: { TASKCACHE_DIR: cache },
    });
    expect(JSON.parse(changed.stdout).tasks[0].key).not.toBe(cliKey);
  });
});

// The CLI's bundle requires the clients of S3 and Redis (and the config parser) from parts beside
// it on first use: each remote kind, through the committed dist/, from a miss that writes to it
// to a hit in a second workspace with an empty local store.
describe('the bundled CLI with each kind of remote', () => {
  const servers = loadServers();
  const bucket = bucketName('dist');
  beforeAll(async () => {
    if (servers?.s3) await createBucket(servers.s3, bucket);
  });
  afterAll(async () => {
    if (servers?.s3) await dropObjects(servers.s3, bucket);
  });
  const kinds = [
    {
      kind: 's3',
      remote: () => s3StoreUrl(servers!.s3!, bucket, { prefix: 'dist' }),
      env: () => s3Env(servers!.s3!),
      up: Boolean(servers?.s3),
    },
    {
      kind: 'redis',
      remote: () => `${servers!.redis!.url}/0?ttl=10m`,
      env: () => ({}),
      up: Boolean(servers?.redis),
    },
    {
      kind: 'turbo',
      remote: () => turboStoreUrl(servers!.turbo!),
      env: () => ({ TURBO_TOKEN: servers!.turbo!.token }),
      up: Boolean(servers?.turbo),
    },
  ];
  for (const { kind, remote, env, up } of kinds) {
    it.skipIf(!up)(`${kind}: a miss stores to it, a fresh workspace hits from it`, async () => {
      const root = tempDir(`dist-${kind}`);
      try {
        // A salt per run: the remote may keep entries of earlier runs of the suite.
        const salt = `${kind}-${Date.now()}-${Math.random()}`;
        const files = {
          'taskcache.yml': `tasks:\n  t:\n    run: mkdir -p out && cat in.txt > out/o.txt\n    inputs: [in.txt]\n    outputs: [out/**]\n    key-salt: "${salt}"\n`,
          'in.txt': `${kind}\n`,
        };
        const run = (name: string) =>
          runCli(['run', '--json', '--remote', remote()], {
            cwd: writeProject(path.join(root, name), files),
            env: { ...env(), TASKCACHE_DIR: path.join(root, `${name}-store`) },
          });
        const first = await run('one');
        expect(first.code, first.stderr).toBe(0);
        const miss = JSON.parse(first.stdout);
        expect(miss.warnings, first.stderr).toEqual([]);
        expect(miss.tasks[0]).toMatchObject({ status: 'miss' });
        expect(miss.tasks[0].savedTo).toHaveLength(2);

        const second = await run('two');
        expect(second.code, second.stderr).toBe(0);
        const hit = JSON.parse(second.stdout).tasks[0];
        expect(hit).toMatchObject({ status: 'hit', key: miss.tasks[0].key });
        expect(hit.source).toBe(miss.tasks[0].savedTo[1]);
        expect(readFileSync(path.join(root, 'two', 'out', 'o.txt'), 'utf8')).toBe(`${kind}\n`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

// The CLI's files: project modules bundled into more than one of the files one process loads
// together exist once per file, so none of those may declare a class (an error thrown by one
// copy and checked with instanceof against the other would not match). The executable loads
// the parts with the CLI's bundle (main.cjs) or with the replay's (replay.cjs); the replay's
// objects never reach the CLI's bundle (it ends the run, or shows nothing and the CLI's bundle
// starts over), so those two bundles may share one.
describe('the CLI bundle and its parts', () => {
  it('share no module of this project that declares a class', () => {
    const cliDir = path.join(repoRoot, 'dist', 'cli');
    const sourcesOf = (name: string) =>
      new Set(
        [...readFileSync(path.join(cliDir, name), 'utf8').matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map(
          (m) => m[1]!,
        ),
      );
    const bundles = ['main.cjs', 'replay.cjs'];
    const names = readdirSync(cliDir);
    expect(names).toEqual(expect.arrayContaining(bundles));
    const parts = names.filter((name) => !bundles.includes(name));
    let shared = 0;
    for (const bundle of bundles) {
      const holders = new Map<string, string[]>();
      for (const name of [bundle, ...parts, '../cli.cjs']) {
        for (const source of sourcesOf(name)) {
          holders.set(source, [...(holders.get(source) ?? []), name]);
        }
      }
      expect(holders.get('src/core/config.ts')).toEqual(['config.cjs']);
      for (const [source, where] of holders) {
        if (where.length < 2) continue;
        shared++;
        expect(readFileSync(path.join(repoRoot, source), 'utf8'), source).not.toMatch(
          /^\s*(export )?(abstract )?class /m,
        );
      }
    }
    expect(sourcesOf('main.cjs').has('src/cli/main.ts')).toBe(true);
    expect(sourcesOf('replay.cjs').has('src/cli/replay-main.ts')).toBe(true);
    expect(sourcesOf('replay.cjs').has('src/cli/main.ts')).toBe(false);
    expect(shared).toBeGreaterThan(0);
  });
});

// The executable (dist/cli.cjs) keeps the bundle's compiled code in the user's cache where Node
// has a compile cache of its own (>= 22.8); older Node compiles the bundle on every start.
describe('the compile cache of the executable', () => {
  it('is written where Node has one, and not with NODE_DISABLE_COMPILE_CACHE', async () => {
    const xdg = tempDir('dist-xdg');
    try {
      const run = (env: Record<string, string> = {}) =>
        runCli(['dry-run', 't', '--json'], {
          cwd: project,
          env: { TASKCACHE_DIR: cache, XDG_CACHE_HOME: xdg, ...env },
        });
      const dir = path.join(xdg, 'taskcache-code');
      const off = await run({ NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(off.code, off.stderr).toBe(0);
      expect(existsSync(dir)).toBe(false);
      const first = await run();
      expect(first.code, first.stderr).toBe(0);
      const second = await run();
      expect(JSON.parse(second.stdout).tasks[0].key).toBe(JSON.parse(first.stdout).tasks[0].key);
      expect(JSON.parse(off.stdout).tasks[0].key).toBe(JSON.parse(first.stdout).tasks[0].key);
      // The bundle's own code, kept after the first run; Node's cache of the rest beside it.
      expect(readdirSync(path.join(dir, 'warm')).length).toBe(1);
      expect(readdirSync(dir).filter((name) => name !== 'warm').length).toBe(
        testNodeHasCompileCache() ? 1 : 0,
      );
    } finally {
      rmSync(xdg, { recursive: true, force: true });
    }
  });

  it("is never kept in the local store's directory, which actions/cache may restore", async () => {
    const xdg = tempDir('dist-xdg-store');
    try {
      // No --cache-dir: the local store is its default, $XDG_CACHE_HOME/taskcache.
      for (let i = 0; i < 2; i++) {
        const result = await runCli(['run', 't'], { cwd: project, env: { XDG_CACHE_HOME: xdg } });
        expect(result.code, result.stderr).toBe(0);
      }
      const store = path.join(xdg, 'taskcache');
      expect(readdirSync(store)).toContain('entries');
      // Nothing but the store's own: entries, state, temporary files and the run log.
      expect(
        readdirSync(store)
          .filter((name) => name !== 'runs.jsonl')
          .sort(),
      ).toEqual(
        ['entries', 'latest', 'recent', 'state', 'tmp'].filter((name) =>
          existsSync(path.join(store, name)),
        ),
      );
      expect(readdirSync(path.join(xdg, 'taskcache-code', 'warm')).length).toBe(1);
    } finally {
      rmSync(xdg, { recursive: true, force: true });
    }
  });
});

/**
 * Removes the seals of the local store in `store`: the next `run` is not replayed from the
 * replay bundle (src/cli/replay-main.ts), and loads the CLI's bundle and its code cache.
 */
function dropSeals(store: string): void {
  const state = path.join(store, 'state');
  for (const name of existsSync(state) ? readdirSync(state) : []) {
    if (name.startsWith('seal-')) rmSync(path.join(state, name));
  }
}

// The bundle runs with a code cache taken at the end of a run (src/cli/warm-load.ts). V8 checks
// such a cache against the source's length only: a cache must never serve another build.
describe('the warm code cache of the executable', () => {
  it('serves each build its own code, and never hands V8 a damaged cache', async () => {
    const root = tempDir('dist-warm');
    const xdg = path.join(root, 'xdg');
    try {
      // Two copies of dist/, the second with one word of its usage text changed, same length.
      // The cache is kept only where the native BLAKE3 addon resolves, as from dist/.
      symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'));
      const copy = (name: string) => {
        cpSync(path.join(repoRoot, 'dist'), path.join(root, name), { recursive: true });
        return path.join(root, name, 'cli.cjs');
      };
      const a = copy('a');
      const b = copy('b');
      const main = path.join(root, 'b', 'cli', 'main.cjs');
      const text = readFileSync(main, 'utf8');
      const word = 'content-addressed cache';
      expect(text).toContain(word);
      writeFileSync(main, text.replace(word, 'content-addresses cache'));
      expect(readFileSync(main, 'utf8').length).toBe(text.length);
      const help = async (cli: string) => {
        const result = await runCli(['--help'], {
          cwd: project,
          cli,
          env: { XDG_CACHE_HOME: xdg },
        });
        expect(result.code, result.stderr).toBe(0);
        return result.stdout;
      };
      const warm = path.join(xdg, 'taskcache-code', 'warm');
      expect(await help(a)).toContain('content-addressed cache');
      const [written] = readdirSync(warm);
      expect(await help(a)).toContain('content-addressed cache');
      expect(await help(b)).toContain('content-addresses cache');
      expect(await help(b)).toContain('content-addresses cache');
      expect(readdirSync(warm).length).toBe(2);
      // A torn or foreign cache: V8 refuses it, the run is as without, and it is written again.
      const file = path.join(warm, written!);
      const garbage = Buffer.alloc(statSync(file).size, 7);
      writeFileSync(file, garbage);
      expect(await help(a)).toContain('content-addressed cache');
      expect(readFileSync(file).equals(garbage)).toBe(false);
      // Damaged data under an intact header: never handed to V8 (which may crash on it).
      const intact = readFileSync(file);
      const damaged = Buffer.from(intact);
      damaged[damaged.length - 100]! ^= 0xff;
      writeFileSync(file, damaged);
      const seen = await runCli(['--help'], {
        cwd: project,
        cli: a,
        env: { XDG_CACHE_HOME: xdg, TASKCACHE_DEBUG: '1' },
      });
      expect(seen.code, seen.stderr).toBe(0);
      expect(seen.stdout).toContain('content-addressed cache');
      expect(seen.stderr).toContain('is damaged: not used, written again');
      expect(readFileSync(file).equals(damaged)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is written again while runs compile more, then settles', async () => {
    const xdg = tempDir('dist-warm-xdg');
    try {
      const run = async (task: string) => {
        dropSeals(cache);
        return (
          await runCli(['run', task], {
            cwd: project,
            env: { TASKCACHE_DIR: cache, XDG_CACHE_HOME: xdg },
          })
        ).code;
      };
      const warm = path.join(xdg, 'taskcache-code', 'warm');
      const kept = () => readFileSync(path.join(warm, readdirSync(warm)[0]!));
      // An unknown task fails after reading the config: little of the bundle has run.
      expect(await run('no-such-task')).not.toBe(0);
      const small = kept();
      expect(small.toString('latin1', 0, 4)).toBe('TCW2');
      expect(await run('t')).toBe(0);
      const full = kept();
      expect(full.length).toBeGreaterThan(small.length * 1.5);
      expect(full.readUInt32LE(4)).toBe(4);
      // A run that fails proves nothing: it neither writes nor spends a check.
      expect(await run('no-such-task')).not.toBe(0);
      expect(kept().equals(full)).toBe(true);
      // A hit runs code the miss before it did not: written again, larger. Runs that compile
      // nothing new spend one check each; then the file is only read.
      let before = full;
      for (let runs = 0; before.readUInt32LE(4) > 0; runs++) {
        expect(runs).toBeLessThan(12);
        expect(await run('t')).toBe(0);
        const now = kept();
        if (now.length > before.length) expect(now.readUInt32LE(4)).toBe(4);
        else expect(now.readUInt32LE(4)).toBe(before.readUInt32LE(4) - 1);
        expect(now.length).toBeGreaterThanOrEqual(before.length);
        before = now;
      }
      const settled = kept();
      expect(await run('t')).toBe(0);
      expect(kept().equals(settled)).toBe(true);
      // An intact cache V8 refuses (made for another script): written again, counted, and left
      // alone once writes keep being refused.
      const foreign = (refused: number) => {
        const data = new vm.Script('1', { filename: 'other.js' }).createCachedData();
        const header = Buffer.alloc(44);
        header.write('TCW2', 0, 'latin1');
        header.writeUInt32LE(0, 4);
        header.writeUInt32LE(refused, 8);
        Buffer.from(blake3(data), 'hex').copy(header, 12);
        const bytes = Buffer.concat([header, data]);
        writeFileSync(path.join(warm, readdirSync(warm)[0]!), bytes);
        return bytes;
      };
      foreign(0);
      expect(await run('t')).toBe(0);
      expect(kept().readUInt32LE(8)).toBe(1);
      expect(kept().length).toBeGreaterThan(settled.length / 2);
      const given = foreign(2);
      expect(await run('t')).toBe(0);
      expect(kept().equals(given)).toBe(true);
      foreign(1);
      expect(await run('t')).toBe(0);
      expect(kept().readUInt32LE(8)).toBe(2);
      // Taken by the next run: the count starts again.
      expect(await run('t')).toBe(0);
      expect(kept().readUInt32LE(8)).toBe(0);
      expect(readdirSync(warm)).toHaveLength(1);
    } finally {
      rmSync(xdg, { recursive: true, force: true });
    }
  });
});

describe('the warm code cache and a large scan', () => {
  it('is not written by a run that changed V8 flags for a large scan', async () => {
    const root = tempDir('dist-warm-large');
    const xdg = path.join(root, 'xdg');
    try {
      const files: Record<string, string> = {
        'taskcache.yml':
          'tasks:\n  big:\n    run: "true"\n    inputs: ["big/**"]\n  small:\n    run: "true"\n    inputs: ["a.txt"]\n',
        'a.txt': 'a',
      };
      // More inputs than the scan that sets --semi-space-growth-factor (src/cli/main.ts).
      for (let i = 0; i < 1100; i++) files[`big/f${i}.txt`] = String(i);
      const cwd = writeProject(path.join(root, 'p'), files);
      const run = async (task: string) => {
        dropSeals(path.join(root, 'cache'));
        const result = await runCli(['run', task], {
          cwd,
          env: {
            TASKCACHE_DIR: path.join(root, 'cache'),
            XDG_CACHE_HOME: xdg,
            TASKCACHE_DEBUG: '1',
          },
        });
        expect(result.code, result.stderr).toBe(0);
        return result.stderr;
      };
      const warm = path.join(xdg, 'taskcache-code', 'warm');
      const written = () => (existsSync(warm) ? readdirSync(warm) : []);
      const caches = () => written().filter((name) => name.endsWith('.bin'));
      await run('big');
      await run('big');
      // No cache; a mark that leaves the command to Node's own cache.
      expect(caches()).toEqual([]);
      expect(written().filter((name) => name.endsWith('.bin.flags'))).toHaveLength(1);
      expect(await run('big')).toContain("code cache: run runs change V8's flags");
      expect(caches()).toEqual([]);
      // Another command, whose runs keep V8's flags, has its cache.
      const dry = await runCli(['dry-run', 'small'], {
        cwd,
        env: { TASKCACHE_DIR: path.join(root, 'cache'), XDG_CACHE_HOME: xdg },
      });
      expect(dry.code, dry.stderr).toBe(0);
      expect(caches()).toHaveLength(1);
      expect(caches()[0]).toMatch(/^dry-run-/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// The version lives in package.json alone; the build writes it into the CLI.
describe('taskcache --version', () => {
  it("prints package.json's version", async () => {
    const result = await runCli(['--version'], { cwd: project, env: { TASKCACHE_DIR: cache } });
    expect(result.code, result.stderr).toBe(0);
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(result.stdout).toBe(`${version}\n`);
  });
});

describe('schema/taskcache.schema.json', () => {
  it('equals the schema generated from the config validator (npm run schema)', () => {
    const committed = JSON.parse(
      readFileSync(path.join(repoRoot, 'schema/taskcache.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(configJsonSchema());
  });
});

// What a green run promises: the bundles the tests ran are built from the sources as they are,
// and no server-backed test was skipped when CI requires the servers.
describe('the test run', () => {
  it('runs a dist/ built from src/ as it is, and refuses an older one', () => {
    // npm test builds first; the digest the build wrote is the one the tests compute.
    expect(() => checkDistFresh()).not.toThrow();
    const root = tempDir('dist-fresh');
    try {
      writeProject(root, { 'src/a.ts': 'export const a = 1;\n', 'src/sub/b.ts': '' });
      expect(() => checkDistFresh(root)).toThrow('dist/ is older than src/: run npm run build');
      writeProject(root, { 'dist/.src-digest': `${sourceDigest(root)}\n` });
      expect(() => checkDistFresh(root)).not.toThrow();
      writeProject(root, { 'src/sub/b.ts': 'export const b = 2;\n' });
      expect(() => checkDistFresh(root)).toThrow('dist/ is older than src/: run npm run build');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails instead of skipping when TASKCACHE_REQUIRE_SERVERS=1 and a server is missing', () => {
    const dir = tempDir('dist-servers');
    try {
      expect(loadServers({}, dir)).toBeUndefined();
      expect(() => loadServers({ TASKCACHE_REQUIRE_SERVERS: '1' }, dir)).toThrow(
        /TASKCACHE_REQUIRE_SERVERS=1 but .*servers\.env is missing/,
      );
      // Described, but no process of start.sh's is running.
      writeProject(dir, {
        'servers.env':
          'TASKCACHE_TEST_HTTP_URL=http://127.0.0.1:1\nTASKCACHE_TEST_HTTP_USER=u\nTASKCACHE_TEST_HTTP_PASS=p\n',
      });
      expect(loadServers({}, dir)?.http).toBeUndefined();
      expect(() => loadServers({ TASKCACHE_REQUIRE_SERVERS: '1' }, dir)).toThrow(
        'these servers are not running: http, s3, turbo, turboS3, redis',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
