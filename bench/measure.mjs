#!/usr/bin/env node
// Measures every row of the benchmark on already generated trees (bench/run.sh prepares them):
// for each row it primes the tool, runs it once under /usr/bin/time to record peak RSS and to
// check from its output that it really hit, then times it with hyperfine, then checks the hit
// again. A peer that misses where it should hit fails the whole run: a fast miss is not a result.
//
//   node bench/measure.mjs [--sets medium,large,out200,tiny] [--quick] [--taskcache]
//
// Results go to bench/.work/measurements.json, rewritten after every row so an interrupted run
// still leaves something for bench/report.mjs.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inputGlobs, SETS, stampFor } from './generate.mjs';

const BENCH = import.meta.dirname;
const REPO = path.dirname(BENCH);
const WORK = path.join(BENCH, '.work');
const PEERS = path.join(BENCH, '.peers');
const RAW = path.join(WORK, 'raw');
const OUT_FILE = path.join(WORK, 'measurements.json');
// The "no .git" rows need a tree outside every git repository: inside bench/.work, turbo and git
// would find the project's own .git further up and still "trust the index" (an ignored one at that).
// It must be on the same filesystem as bench/.work so the copy can be hardlinks (the same inodes
// and page cache, not a second tree on, say, a tmpfs).
function nogitRoot() {
  if (process.env.BENCH_NOGIT_ROOT) return process.env.BENCH_NOGIT_ROOT;
  const dev = fs.statSync(path.dirname(BENCH)).dev;
  const candidates = [os.tmpdir(), path.join(os.homedir(), '.cache')];
  const same = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).dev === dev);
  return path.join(same ?? candidates[0], 'taskcache-bench-nogit');
}
const TASKCACHE_CLI = process.env.TASKCACHE_CLI ?? path.join(REPO, 'dist', 'cli.cjs');

// npm's `turbo` is a Node shim that spawns the platform binary; timing the binary too shows what
// the shim costs (users mostly go through the shim: npx, package.json scripts).
function turboNative() {
  const scope = path.join(PEERS, 'node_modules', '@turbo');
  const pkg = fs.existsSync(scope)
    ? fs.readdirSync(scope).find((d) => fs.existsSync(path.join(scope, d, 'bin', 'turbo')))
    : undefined;
  return pkg ? path.join(scope, pkg, 'bin', 'turbo') : null;
}

const SLOW_SECONDS = 10;
const VERY_SLOW_SECONDS = 60;

const q = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

// Every tool runs offline, without telemetry or daemons, and without anything the caller's
// environment may carry (a remote-cache token, CI=true changing defaults), so runs are comparable.
function benchEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(TURBO_|NX_|WIREIT_|GITHUB_|ACTIONS_|RUNNER_)/.test(k) || k === 'CI') continue;
    env[k] = v;
  }
  return {
    ...env,
    PATH: `${path.join(PEERS, 'node_modules', '.bin')}:${env.PATH}`,
    BENCH_PEERS: PEERS,
    TURBO_TELEMETRY_DISABLED: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
    DO_NOT_TRACK: '1',
    NX_NO_CLOUD: 'true',
    NX_DAEMON: 'false',
    NX_TUI: 'false',
    WIREIT_CACHE: 'local',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    npm_config_update_notifier: 'false',
  };
}
const ENV = benchEnv();

function sh(cmd, cwd, { allowFail = false } = {}) {
  const r = spawnSync('sh', ['-c', cmd], { cwd, env: ENV, encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 && !allowFail) {
    throw new Error(`command failed (${r.status}) in ${cwd}: ${cmd}\n${out.slice(-4000)}`);
  }
  return { status: r.status, out, stdout: r.stdout ?? '' };
}

// One run under GNU time: its peak RSS (of the largest single process in the tree) and output.
function timedRun(cmd, cwd) {
  const tf = path.join(WORK, 'time.out');
  const r = spawnSync('/usr/bin/time', ['-f', '%M %e', '-o', tf, 'sh', '-c', cmd], {
    cwd,
    env: ENV,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const [rss, secs] = fs.readFileSync(tf, 'utf8').trim().split('\n').pop().split(' ');
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0)
    throw new Error(`command failed (${r.status}) in ${cwd}: ${cmd}\n${out.slice(-4000)}`);
  return { rssKB: Number(rss), seconds: Number(secs), out, stdout: r.stdout ?? '' };
}

// --- hit checks: what each tool prints when it decided not to run the task -------------------

function turboDryHit(r) {
  const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  const task = json.tasks.find((t) => t.taskId === 'bench-turbo-build#build');
  if (!task) return 'turbo --dry=json has no bench-turbo-build#build task';
  return task.cache.status === 'HIT' ? null : `turbo dry run says ${task.cache.status}`;
}
const turboRunHit = (r) =>
  /FULL TURBO/.test(r.out) && /cache hit/.test(r.out)
    ? null
    : 'turbo did not print FULL TURBO / cache hit';
const nxHit = (r) =>
  /\[local cache\]|existing outputs match the cache/.test(r.out) && /1\/1 hit/.test(r.out)
    ? null
    : 'nx did not report a local cache hit';
const wireitFresh = (r) =>
  /Ran 0 scripts and skipped 1|already fresh|restored from cache/i.test(r.out)
    ? null
    : 'wireit ran the script instead of skipping it';
const hashPrinted = (r) => (/^[0-9a-f]{64}$/m.test(r.stdout) ? null : 'hashFiles printed no hash');
const gitClean = (r) =>
  r.stdout.trim() === ''
    ? null
    : `tree is dirty, tool state leaks into git:\n${r.stdout.slice(0, 500)}`;
// TASKCACHE: the CLI prints `▸ build hit from local…` (run) and `build  hit  <key>` (dry-run), and
// `miss` on a miss; adjust if that wording changes.
const taskcacheHit = (r) =>
  /\bhit\b/.test(r.out) && !/\bmiss\b/.test(r.out) ? null : 'taskcache did not report a hit';

// --- rows --------------------------------------------------------------------------------------
// A row: { id, label, cmd, kind: 'floor'|'peer'|'taskcache', op, prime?, prepare?, verify?, cwd?,
// phase?: 'nogit', artifact? } — `op` pairs rows for ratios (report.mjs).

function hitRows(set, listFile, cacheDir) {
  const globs = inputGlobs(set)
    .map((g) => q(g))
    .join(' ');
  const tc = `node ${q(TASKCACHE_CLI)}`;
  const nxFresh = `find .nx/workspace-data -mindepth 1 ! -name '*.db*' ! -name '*.lock' -delete`;
  return [
    { id: 'node-e0', kind: 'floor', label: 'node -e 0 (process start)', cmd: 'node -e 0' },
    {
      id: 'git-ls-files',
      kind: 'floor',
      label: 'git ls-files -s (read the index)',
      cmd: 'git ls-files -s',
    },
    {
      id: 'git-status',
      kind: 'floor',
      label: 'git status --porcelain (stat every file)',
      cmd: 'git status --porcelain',
      verify: gitClean,
    },
    {
      id: 'b3sum-p2',
      kind: 'floor',
      label: 'b3sum on the file list, 2 processes',
      cmd: `xargs -0 -P2 -n 1000 b3sum --num-threads 1 < ${q(listFile)}`,
    },
    {
      id: 'b3sum-p1',
      kind: 'floor',
      label: 'b3sum on the file list, 1 process',
      cmd: `xargs -0 -n 1000 b3sum --num-threads 1 < ${q(listFile)}`,
    },
    {
      id: 'turbo-dry',
      kind: 'peer',
      label: 'turbo run build --dry=json (git repo)',
      cmd: 'turbo run build --dry=json',
      prime: 'turbo run build',
      verify: turboDryHit,
    },
    ...(turboNative()
      ? [
          {
            id: 'turbo-dry-native',
            kind: 'peer',
            label: 'turbo --dry=json, native binary without the npm shim',
            cmd: `${q(turboNative())} run build --dry=json`,
            prime: 'turbo run build',
            verify: turboDryHit,
          },
        ]
      : []),
    {
      id: 'turbo-run',
      kind: 'peer',
      label: 'turbo run build, cached (git repo)',
      cmd: 'turbo run build',
      prime: 'turbo run build',
      verify: turboRunHit,
    },
    {
      id: 'nx-cached',
      kind: 'peer',
      label: 'nx run bench:build, cached, file-status cache kept',
      cmd: 'nx run bench:build',
      prime: 'nx run bench:build',
      verify: nxHit,
    },
    {
      // Wipes what nx knows about the files (file map, hashes, project graph) but keeps its task
      // database and cache, without which nx 24 forgets its outputs and misses: this is "a fresh
      // machine whose cache was restored", deciding a hit from scratch.
      id: 'nx-fresh',
      kind: 'peer',
      label: 'nx run bench:build, cached, workspace-data wiped',
      cmd: 'nx run bench:build',
      prime: 'nx run bench:build',
      prepare: nxFresh,
      verify: nxHit,
    },
    {
      id: 'wireit',
      kind: 'peer',
      label: 'wireit via npm run build, fresh',
      cmd: 'npm run build',
      prime: 'npm run build',
      verify: wireitFresh,
    },
    {
      id: 'hashfiles',
      kind: 'peer',
      label: '@actions/glob hashFiles()',
      cmd: `node ${q(path.join(BENCH, 'lib', 'hashfiles.mjs'))} ${globs}`,
      verify: hashPrinted,
    },
    {
      id: 'turbo-dry-nogit',
      kind: 'peer',
      phase: 'nogit',
      label: 'turbo run build --dry=json, no .git',
      cmd: 'turbo run build --dry=json',
      prime: 'turbo run build',
      verify: turboDryHit,
    },
    {
      id: 'turbo-run-nogit',
      kind: 'peer',
      phase: 'nogit',
      label: 'turbo run build, cached, no .git',
      cmd: 'turbo run build',
      prime: 'turbo run build',
      verify: turboRunHit,
    },
    // TASKCACHE rows: enabled by --taskcache. The first one is the reference every ratio in the
    // group is taken against. The cache dir is outside the tree; taskcache keeps its stat cache
    // (the "state") in <cache-dir>/state, which the "state removed" row deletes before each run.
    {
      id: 'taskcache-dry',
      kind: 'taskcache',
      ref: true,
      label: 'taskcache dry-run build (state kept)',
      cmd: `${tc} dry-run build --cache-dir ${q(cacheDir)}`,
      prime: `${tc} run build --cache-dir ${q(cacheDir)}`,
      verify: taskcacheHit,
    },
    {
      id: 'taskcache-dry-fresh',
      kind: 'taskcache',
      label: 'taskcache dry-run build, state removed',
      cmd: `${tc} dry-run build --cache-dir ${q(cacheDir)}`,
      prime: `${tc} run build --cache-dir ${q(cacheDir)}`,
      prepare: `rm -rf ${q(path.join(cacheDir, 'state'))}`,
      verify: taskcacheHit,
    },
    {
      id: 'taskcache-run',
      kind: 'taskcache',
      label: 'taskcache run build, cached',
      cmd: `${tc} run build --cache-dir ${q(cacheDir)}`,
      prime: `${tc} run build --cache-dir ${q(cacheDir)}`,
      verify: taskcacheHit,
    },
    {
      id: 'taskcache-dry-nogit',
      kind: 'taskcache',
      phase: 'nogit',
      label: 'taskcache dry-run build, no .git',
      cmd: `${tc} dry-run build --cache-dir ${q(`${cacheDir}-nogit`)}`,
      prime: `${tc} run build --cache-dir ${q(`${cacheDir}-nogit`)}`,
      verify: taskcacheHit,
    },
    {
      // The "hash every input, no git" goal, against b3sum over the same files.
      id: 'taskcache-dry-nogit-fresh',
      kind: 'taskcache',
      phase: 'nogit',
      label: 'taskcache dry-run build, no .git, state removed',
      cmd: `${tc} dry-run build --cache-dir ${q(`${cacheDir}-nogit`)}`,
      prime: `${tc} run build --cache-dir ${q(`${cacheDir}-nogit`)}`,
      prepare: `rm -rf ${q(path.join(`${cacheDir}-nogit`, 'state'))}`,
      verify: taskcacheHit,
    },
  ].map((r) => ({ op: 'hit', ...r }));
}

function tinyRows(cacheDir) {
  const tc = `node ${q(TASKCACHE_CLI)}`;
  return [
    { id: 'node-e0', kind: 'floor', label: 'node -e 0 (process start)', cmd: 'node -e 0' },
    {
      id: 'turbo-run',
      kind: 'peer',
      label: 'turbo run build, cached',
      cmd: 'turbo run build',
      prime: 'turbo run build',
      verify: turboRunHit,
    },
    ...(turboNative()
      ? [
          {
            id: 'turbo-run-native',
            kind: 'peer',
            label: 'turbo run build, cached, native binary without the npm shim',
            cmd: `${q(turboNative())} run build`,
            prime: 'turbo run build',
            verify: turboRunHit,
          },
        ]
      : []),
    {
      id: 'nx-cached',
      kind: 'peer',
      label: 'nx run bench:build, cached',
      cmd: 'nx run bench:build',
      prime: 'nx run bench:build',
      verify: nxHit,
    },
    {
      id: 'wireit',
      kind: 'peer',
      label: 'wireit via npm run build, fresh',
      cmd: 'npm run build',
      prime: 'npm run build',
      verify: wireitFresh,
    },
    // TASKCACHE: the hit of a tiny task is mostly process start, config load and one lookup.
    {
      id: 'taskcache-run',
      kind: 'taskcache',
      ref: true,
      label: 'taskcache run build, cached',
      cmd: `${tc} run build --cache-dir ${q(cacheDir)}`,
      prime: `${tc} run build --cache-dir ${q(cacheDir)}`,
      verify: taskcacheHit,
    },
  ].map((r) => ({ op: 'hit', ...r }));
}

function archiveRows(tree, arch, cacheDir) {
  const tc = `node ${q(TASKCACHE_CLI)}`;
  const restore = path.join(arch, 'restore');
  const trash = path.join(arch, 'trash');
  // Extraction goes to a folder that never existed: a folder that was just deleted is several
  // times slower to fill on ext4, and a CI runner extracts onto a fresh disk. The old one is moved
  // aside, not deleted, so its inodes are not freed (and reused) during the series. Every archive
  // run starts after a sync: otherwise the previous run's 200 MB of writeback lands in this one
  // (measured here: 2.9 s ± 1.6 s without, 0.45 s ± 0.16 s with, for the same extraction).
  const freshRestore = `mkdir -p ${q(trash)} && if [ -e ${q(restore)} ]; then mv ${q(restore)} ${q(trash)}/$(date +%s%N); fi && mkdir ${q(restore)} && sync`;
  const freshDist = `mkdir -p ${q(trash)} && if [ -e dist ]; then mv dist ${q(trash)}/$(date +%s%N); fi && sync`;
  const fresh = (file) => `rm -f ${q(file)} && sync`;
  const extracted = () =>
    fs.existsSync(path.join(restore, 'dist'))
      ? null
      : 'nothing was extracted into the restore folder';
  return [
    {
      id: 'tar-create',
      op: 'save',
      kind: 'floor',
      label: 'plain tar create',
      cmd: `tar -C ${q(tree)} -cf ${q(path.join(arch, 'plain.tar'))} dist`,
      prepare: fresh(path.join(arch, 'plain.tar')),
      artifact: path.join(arch, 'plain.tar'),
    },
    {
      // Byte for byte the command @actions/cache 6.x runs on Linux (lib/internal/tar.js): GNU tar,
      // --posix, a manifest of relative paths, -P, and zstdmt without --long (ZstdWithoutLong is
      // what getCompressionMethod() returns whenever zstd is installed).
      id: 'actions-cache-save',
      op: 'save',
      kind: 'peer',
      label: 'tar + zstdmt, as @actions/cache saves',
      cmd: `cd ${q(arch)} && tar --posix -cf cache.tzst --exclude cache.tzst -P -C ${q(tree)} --files-from manifest.txt --use-compress-program zstdmt`,
      prepare: fresh(path.join(arch, 'cache.tzst')),
      artifact: path.join(arch, 'cache.tzst'),
    },
    {
      id: 'zstd1-save',
      op: 'save',
      kind: 'peer',
      label: 'tar + zstd -1 -T0',
      cmd: `tar -C ${q(tree)} -cf - dist | zstd -1 -T0 -q -f -o ${q(path.join(arch, 'fast.tzst'))}`,
      prepare: fresh(path.join(arch, 'fast.tzst')),
      artifact: path.join(arch, 'fast.tzst'),
    },
    {
      id: 'tar-extract',
      op: 'restore',
      kind: 'floor',
      label: 'plain tar extract (fresh folder)',
      cmd: `tar -xf ${q(path.join(arch, 'plain.tar'))} -C ${q(restore)}`,
      prepare: freshRestore,
      verify: extracted,
    },
    {
      id: 'actions-cache-restore',
      op: 'restore',
      kind: 'peer',
      label: 'tar + unzstd, as @actions/cache restores (fresh folder)',
      cmd: `tar -xf ${q(path.join(arch, 'cache.tzst'))} -P -C ${q(restore)} --use-compress-program unzstd`,
      prepare: freshRestore,
      verify: extracted,
    },
    // TASKCACHE: `emit` declares dist/ as its outputs (see setup-peers.mjs). Save = a miss into an
    // empty cache dir; restore = a hit after dist/ was moved away. If the CLI removes declared
    // outputs before running a missed task, give `emit` a command that regenerates dist/ instead.
    {
      id: 'taskcache-save',
      op: 'save',
      kind: 'taskcache',
      ref: true,
      label: 'taskcache run emit, miss (saves dist/)',
      cmd: `${tc} run emit --cache-dir ${q(cacheDir)}`,
      prepare: `rm -rf ${q(cacheDir)} && sync`,
      artifact: cacheDir,
    },
    {
      id: 'taskcache-restore',
      op: 'restore',
      kind: 'taskcache',
      ref: true,
      label: 'taskcache run emit, hit (restores dist/)',
      cmd: `${tc} run emit --cache-dir ${q(cacheDir)}`,
      prime: `${tc} run emit --cache-dir ${q(cacheDir)}`,
      prepare: freshDist,
      verify: (r) =>
        taskcacheHit(r) ??
        (fs.existsSync(path.join(tree, 'dist')) ? null : 'dist/ was not restored'),
    },
  ];
}

// --- running -----------------------------------------------------------------------------------

function runsFor(seconds, quick) {
  if (seconds > VERY_SLOW_SECONDS) return { runs: 1, warmup: 0 };
  if (seconds > SLOW_SECONDS) return { runs: quick ? 2 : 3, warmup: 0 };
  if (seconds > 2) return { runs: quick ? 3 : 5, warmup: 1 };
  return { runs: quick ? 5 : 10, warmup: 1 };
}

const TINY_ROUNDS = 3;

/** Measures every row `rounds` times, taking turns, and merges each row's runs. */
function measureInRounds(rows, ctx, rounds) {
  const measured = rows.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, row] of rows.entries()) measured[i].push(measureRow(row, ctx));
  }
  return measured.map((series) => {
    const times = series.flatMap((m) => m.stats.times);
    const sorted = [...times].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const avg = (key) => series.reduce((a, m) => a + (m.stats[key] ?? 0), 0) / series.length;
    return {
      ...series[0],
      runs: times.length,
      rounds: series.length,
      rssKB: Math.max(...series.map((m) => m.rssKB ?? 0)),
      stats: {
        median: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
        mean,
        stddev: Math.sqrt(times.reduce((a, t) => a + (t - mean) ** 2, 0) / times.length),
        min: sorted[0],
        max: sorted.at(-1),
        user: avg('user'),
        system: avg('system'),
        times,
      },
    };
  });
}

function measureRow(row, ctx) {
  const cwd = row.cwd ?? ctx.cwd;
  const tag = `${row.group}/${row.id}`;
  console.log(`\n=== ${tag}: ${row.label}\n    $ ${row.cmd}`);
  if (row.prime) sh(row.prime, cwd);
  if (row.prepare) sh(row.prepare, cwd);
  const first = timedRun(row.cmd, cwd);
  const problem = row.verify?.(first);
  if (problem) throw new Error(`${tag}: ${problem}\n--- output ---\n${first.out.slice(-3000)}`);
  const { runs, warmup } = runsFor(first.seconds, ctx.quick);
  const notes = [];
  if (first.seconds > VERY_SLOW_SECONDS) {
    notes.push(`one run took ${first.seconds} s (> ${VERY_SLOW_SECONDS} s): timed once, no warmup`);
    console.log(`    NOTE: ${notes.at(-1)}`);
  } else if (warmup === 0) {
    notes.push(`slow (${first.seconds} s): ${runs} runs, the checking run served as warmup`);
  }
  const json = path.join(RAW, `${row.group}--${row.id}.json`);
  const args = ['--style', 'basic', '--warmup', String(warmup), '--runs', String(runs)];
  args.push('--export-json', json, '--command-name', row.label);
  if (row.prepare) args.push('--prepare', row.prepare);
  args.push(row.cmd);
  const h = spawnSync('hyperfine', args, {
    cwd,
    env: ENV,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (h.status !== 0) {
    // hyperfine hides the output; one more run shows why the command failed.
    const again = sh(row.cmd, cwd, { allowFail: true });
    throw new Error(
      `${tag}: hyperfine failed (exit ${h.status}); a rerun exited ${again.status}:\n${again.out.slice(-3000)}`,
    );
  }
  const res = JSON.parse(fs.readFileSync(json, 'utf8')).results[0];
  // Checked again after the series: a tool that started missing halfway would make the timing lie.
  // Skipped for slow rows, where one more run costs minutes and the state cannot have changed.
  if (row.verify && first.seconds <= SLOW_SECONDS) {
    if (row.prepare) sh(row.prepare, cwd);
    const again = row.verify(timedRun(row.cmd, cwd));
    if (again) throw new Error(`${tag}: after the timed runs: ${again}`);
  }
  const sizeBytes = row.artifact ? sizeOf(row.artifact) : undefined;
  return {
    id: row.id,
    group: row.group,
    set: row.set,
    op: row.op,
    kind: row.kind,
    ref: Boolean(row.ref),
    label: row.label,
    command: row.cmd,
    prepare: row.prepare,
    cwd: path.relative(REPO, cwd) || '.',
    runs,
    warmup,
    rssKB: first.rssKB,
    checkSeconds: first.seconds,
    sizeBytes,
    notes,
    stats: {
      median: res.median,
      mean: res.mean,
      stddev: res.stddev,
      min: res.min,
      max: res.max,
      user: res.user,
      system: res.system,
      times: res.times,
    },
  };
}

// Bytes of a file, or of every file under a folder (a cache directory).
function sizeOf(p) {
  if (!fs.existsSync(p)) return undefined;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const e of fs.readdirSync(p, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) total += fs.statSync(path.join(e.parentPath ?? e.path, e.name)).size;
  }
  return total;
}

// A hardlinked copy (same inodes, same page cache) of the tree without .git or tool state, in a
// folder no git repository encloses.
function makeNogitMirror(set, tree) {
  const dest = path.join(nogitRoot(), set);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  const enclosing = sh('git rev-parse --show-toplevel', dest, { allowFail: true });
  if (enclosing.status === 0) {
    throw new Error(
      `${dest} is inside the git repo ${enclosing.out.trim()}; set BENCH_NOGIT_ROOT elsewhere`,
    );
  }
  const skip = new Set(['.git', '.turbo', '.nx', '.wireit', '.taskcache', 'out', 'node_modules']);
  const top = fs.readdirSync(tree).filter((n) => !skip.has(n));
  const linked = sh(`cp -al ${top.map(q).join(' ')} ${q(dest)}`, tree, { allowFail: true });
  if (linked.status !== 0) {
    console.log('    NOTE: hardlinks failed (different filesystem?), copying the tree instead');
    sh(`cp -a ${top.map(q).join(' ')} ${q(dest)}`, tree);
  }
  fs.symlinkSync(path.join(PEERS, 'node_modules'), path.join(dest, 'node_modules'));
  return dest;
}

function treeFor(set) {
  const tree = path.join(WORK, set);
  let stamp = '';
  try {
    stamp = fs.readFileSync(path.join(tree, '.git', 'bench-generator'), 'utf8').trim();
  } catch {}
  if (stamp !== stampFor(set))
    throw new Error(`${tree} is missing or stale: run bench/run.sh, which generates it`);
  // The tools must find themselves "locally installed" (nx insists), without an npm install in a
  // 500 MB tree; the link is gitignored in the tree.
  const nm = path.join(tree, 'node_modules');
  if (!fs.existsSync(nm)) fs.symlinkSync(path.join(PEERS, 'node_modules'), nm);
  return tree;
}

function versions() {
  const pkgVersion = (name) =>
    JSON.parse(fs.readFileSync(path.join(PEERS, 'node_modules', name, 'package.json'), 'utf8'))
      .version;
  const first = (cmd) => sh(cmd, WORK, { allowFail: true }).out.trim().split('\n')[0];
  return {
    node: process.version,
    turbo: pkgVersion('turbo'),
    nx: pkgVersion('nx'),
    wireit: pkgVersion('wireit'),
    '@actions/glob': pkgVersion('@actions/glob'),
    hyperfine: first('hyperfine --version'),
    b3sum: first('b3sum --version'),
    zstd: first('zstd --version'),
    tar: first('tar --version'),
    git: first('git --version'),
  };
}

function parseArgs(argv) {
  const o = { sets: null, quick: false, taskcache: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '-h' || argv[i] === '--help') {
      console.log(
        'usage: node bench/measure.mjs [--sets medium,large,out200,tiny] [--quick] [--taskcache]',
      );
      process.exit(0);
    } else if (argv[i] === '--quick') o.quick = true;
    else if (argv[i] === '--taskcache') o.taskcache = true;
    else if (argv[i] === '--sets') o.sets = argv[++i].split(',').filter(Boolean);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  o.sets ??= o.quick ? ['medium', 'out200', 'tiny'] : ['medium', 'large', 'out200', 'tiny'];
  for (const s of o.sets) if (!SETS[s]) throw new Error(`unknown set ${s}`);
  return o;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.taskcache && !fs.existsSync(TASKCACHE_CLI)) {
    throw new Error(`--taskcache given but ${TASKCACHE_CLI} does not exist: npm run build first`);
  }
  fs.rmSync(RAW, { recursive: true, force: true });
  fs.mkdirSync(RAW, { recursive: true });
  const result = {
    meta: {
      date: new Date().toISOString(),
      mode: opts.quick ? 'quick' : 'full',
      sets: opts.sets,
      taskcache: opts.taskcache,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memGiB: Math.round(os.totalmem() / 2 ** 30),
        kernel: os.release(),
        loadavgAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
      },
      versions: versions(),
      data: {},
    },
    rows: [],
  };
  const save = () => fs.writeFileSync(OUT_FILE, `${JSON.stringify(result, null, 2)}\n`);
  const keep = (row) => opts.taskcache || row.kind !== 'taskcache';
  const state = path.join(WORK, 'state');

  for (const set of opts.sets) {
    const tree = treeFor(set);
    const tracked = sh('git ls-files -z', tree).stdout.split('\0').filter(Boolean).length;
    result.meta.data[set] = {
      stamp: stampFor(set),
      head: sh('git rev-parse HEAD', tree).out.trim(),
      tracked,
      files: SETS[set].files ?? 1,
      bytes: SETS[set].bytes,
    };
    const kind = SETS[set].kind;
    // taskcache's stores and state start empty for every run: entries a previous version wrote
    // (another codec, another layout) must not stand in for what this version writes.
    if (opts.taskcache) {
      for (const name of fs.readdirSync(state)) {
        if (name === `taskcache-cache-${set}` || name.startsWith(`taskcache-cache-${set}-`)) {
          fs.rmSync(path.join(state, name), { recursive: true, force: true });
        }
      }
    }
    let rows;
    if (kind === 'repo') {
      const listFile = path.join(WORK, `${set}.files0`);
      const globs = inputGlobs(set).map(q).join(' ');
      fs.writeFileSync(listFile, sh(`git ls-files -z -- ${globs}`, tree).stdout);
      result.meta.data[set].inputs = fs
        .readFileSync(listFile, 'utf8')
        .split('\0')
        .filter(Boolean).length;
      rows = hitRows(set, listFile, path.join(state, `taskcache-cache-${set}`)).map((r) => ({
        ...r,
        group: `hit-${set}`,
      }));
    } else if (kind === 'tiny') {
      rows = tinyRows(path.join(state, 'taskcache-cache-tiny')).map((r) => ({
        ...r,
        group: 'tiny',
      }));
    } else {
      const arch = path.join(WORK, 'archives', set);
      fs.rmSync(arch, { recursive: true, force: true });
      fs.mkdirSync(arch, { recursive: true });
      // @actions/cache writes the resolved paths, relative to the workspace, one per line.
      fs.writeFileSync(path.join(arch, 'manifest.txt'), 'dist\n');
      rows = archiveRows(tree, arch, path.join(state, `taskcache-cache-${set}`)).map((r) => ({
        ...r,
        group: `archive-${set}`,
      }));
    }
    rows = rows.filter(keep).map((r) => ({ ...r, set }));
    const ctx = { cwd: tree, quick: opts.quick };
    // Generation or the previous set leave hundreds of MB of dirty pages; flushing them now keeps
    // their writeback out of the first rows' timings.
    sh('sync', tree);
    try {
      const main = rows.filter((r) => r.phase !== 'nogit');
      if (kind === 'tiny') {
        // A hit of a tiny task is mostly process start, which drifts with the machine's load
        // over a minute: the rows take turns, round after round, so each one's runs are spread
        // over the same stretch of time.
        result.rows.push(...measureInRounds(main, ctx, TINY_ROUNDS));
        save();
      } else {
        for (const row of main) {
          result.rows.push(measureRow(row, ctx));
          save();
        }
      }
      const nogit = rows.filter((r) => r.phase === 'nogit');
      if (nogit.length) {
        const mirror = makeNogitMirror(set, tree);
        console.log(`\n--- no-.git rows run in a hardlinked copy: ${mirror}`);
        for (const row of nogit) {
          result.rows.push(measureRow(row, { ...ctx, cwd: mirror }));
          save();
        }
        fs.rmSync(mirror, { recursive: true, force: true });
      }
    } finally {
      if (kind === 'out') {
        fs.rmSync(path.join(WORK, 'archives', set, 'trash'), { recursive: true, force: true });
        fs.rmSync(path.join(WORK, 'archives', set, 'restore'), { recursive: true, force: true });
        // A failed restore row can leave dist/ moved away: have run.sh regenerate the tree then.
        if (!fs.existsSync(path.join(tree, 'dist'))) {
          fs.rmSync(path.join(tree, '.git', 'bench-generator'), { force: true });
        }
      }
    }
  }
  result.meta.loadavgAtEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
  save();
  console.log(`\nmeasurements written to ${path.relative(REPO, OUT_FILE)}`);
}

try {
  main();
} catch (e) {
  console.error(`\nBENCHMARK FAILED: ${e.message}`);
  process.exit(1);
}
