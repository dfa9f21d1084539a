#!/usr/bin/env node
// Remotes under load (issue 17, goal 4): many jobs at once restoring different 200 MB entries
// from one HTTP remote (nginx) and from S3 (radosgw), and one job alone, against curl on the
// same server.
//
//   node bench/remotes-load.mjs [--remotes http,s3] [--jobs 16] [--reps 2] [--single-reps 5]
//                               [--node PATH] [--dist DIR] [--label TEXT] [--no-write]
//                               [--blake3 wasm|native] [--compare DIR] [--compare-label TEXT]
//
// Needs the bundled CLI (`npm run -s build`, or another build's dist/ given with --dist; a copy is
// taken at the start, outside node_modules, so it hashes with BLAKE3 in WebAssembly as the
// action's bundle does on a runner; the result names the backend), the servers
// (`bash scripts/servers/start.sh all`; their env is read from /tmp/taskcache-servers/servers.env
// when not set), curl, zstd and GNU tar. `--blake3 native` links this project's node_modules beside
// the copy so the CLI loads the native addon (@napi-rs/blake-hash), as the CLI installed from npm
// does on linux/macOS x64/arm64; the default, wasm, is the action's case. Uses the `out200` set (200 MB, 4,000 files in dist/).
//
// Entries: job i's workspace holds src/input.txt = "job i" and a task `emit` whose command copies
// out200/dist and writes dist/job.txt = i, so every job has its own key and its own archive
// (stored under its own content address); all 16 are saved once by the CLI into both remotes, under
// a prefix of this run. The peers' archives are `tar -cf - dist | zstd -1 -T0` of the same
// folders, stored next to them (<prefix>/peer/cas/<sha256>).
//
// Rows, per remote, taking turns in a shuffled order each repetition (a `sync` before each):
//   load/taskcache      N `taskcache run emit` at once, each in a fresh workspace with an empty
//                       local store (so the local store is back-filled, as on a fresh runner)
//   load/curl           N `curl -o /dev/null` at once, fetching the same stored archives (for S3
//                       signed with --aws-sigv4): the transfer alone, the goal's peer
//   load/curl-zstd-tar  N `curl | zstd -d | tar -x` at once of the peers' archives into fresh
//                       folders: the same work as a restore, without verification
//   single/taskcache    one `taskcache run emit` (job 0's entry), fresh workspace and local store
//   single/curl-zstd-tar  one `curl | zstd -d | tar -x` of job 0's peer archive
//   load/compare, single/compare   with --compare DIR: the same as load/taskcache and
//                       single/taskcache with another build's CLI (a copy of DIR/cli.cjs, with the
//                       same BLAKE3), in the same shuffled turns, so two builds are timed side by side
// Figures: per-job wall times (p50, p99 over all repetitions), the wall time of each round, and
// throughput = stored bytes fetched / round wall time. Written to
// bench/results/remotes-load-<date>.json (appending that day's runs).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  appendResult,
  commit,
  defaultNode,
  ensureSet,
  machine,
  nodeVersion,
  options,
  percentile,
  round,
  run,
  seeded,
  shuffle,
  snapshotCli,
  stats,
  sync,
} from './lib/common.mjs';

const opt = options();
const remotes = opt.value('remotes', 'http,s3').split(',');
const jobs = Number(opt.value('jobs', '16'));
const reps = Number(opt.value('reps', '2'));
const singleReps = Number(opt.value('single-reps', '5'));
const node = opt.value('node', defaultNode());
const label = opt.value('label', 'current');
const dist = path.resolve(opt.value('dist', path.join(import.meta.dirname, '..', 'dist')));
const write = !opt.has('no-write');
const compareDist = opt.value('compare', '');
const compareLabel = opt.value('compare-label', 'compare');

// ---- servers -------------------------------------------------------------------------------------
const serverEnv = { ...process.env };
if (!serverEnv.TASKCACHE_TEST_HTTP_URL) {
  const file = '/tmp/taskcache-servers/servers.env';
  if (!fs.existsSync(file)) {
    console.error(`${file} is missing: start the servers with bash scripts/servers/start.sh all`);
    process.exit(2);
  }
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) serverEnv[m[1]] = m[2];
  }
}
const E = serverEnv;

const runId = `${Date.now().toString(36)}${process.pid}`;
const prefix = `bench-load-${runId}`;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'taskcache-remotes-load-'));
fs.chmodSync(scratch, 0o700);
const cli = snapshotCli(scratch, dist, { nodeModules: false });
// Below the scratch folder too: the native addon linked there resolves from both copies.
let compareCli;
if (compareDist) {
  fs.mkdirSync(path.join(scratch, 'compare'));
  compareCli = snapshotCli(path.join(scratch, 'compare'), path.resolve(compareDist), {
    nodeModules: false,
  });
}
const blake3Wanted = opt.value('blake3', 'wasm');
if (blake3Wanted === 'native') {
  fs.symlinkSync(
    path.join(import.meta.dirname, '..', 'node_modules'),
    path.join(scratch, 'node_modules'),
  );
} else if (blake3Wanted !== 'wasm') {
  throw new Error(`--blake3 ${blake3Wanted}: expected wasm or native`);
}
/** The BLAKE3 the CLI hashes with: the native addon where it resolves from the CLI's copy. */
const blake3Backend = (() => {
  try {
    createRequire(cli).resolve('@napi-rs/blake-hash');
    return 'native';
  } catch {
    return 'wasm';
  }
})();
const out200 = ensureSet('out200');

// curl reads credentials from config files, never from its command line.
const curlConfig = (name, user) => {
  const file = path.join(scratch, `${name}.curlrc`);
  fs.writeFileSync(file, `user = "${user}"\n`, { mode: 0o600 });
  return file;
};
const s3Bucket = 'bench-load';
const REMOTES = {
  http: {
    storeUrl: (() => {
      const u = new URL(`${E.TASKCACHE_TEST_HTTP_URL}/${prefix}`);
      u.username = E.TASKCACHE_TEST_HTTP_USER;
      u.password = E.TASKCACHE_TEST_HTTP_PASS;
      return u.href;
    })(),
    objectUrl: (rel) => `${E.TASKCACHE_TEST_HTTP_URL}/${prefix}/${rel}`,
    curl: () => [
      '-K',
      curlConfig('http', `${E.TASKCACHE_TEST_HTTP_USER}:${E.TASKCACHE_TEST_HTTP_PASS}`),
    ],
  },
  s3: {
    storeUrl: `s3://${s3Bucket}/${prefix}?region=${E.TASKCACHE_TEST_S3_REGION}&endpoint=${encodeURIComponent(E.TASKCACHE_TEST_S3_ENDPOINT)}&path-style=true`,
    objectUrl: (rel) => `${E.TASKCACHE_TEST_S3_ENDPOINT}/${s3Bucket}/${prefix}/${rel}`,
    curl: () => [
      '--aws-sigv4',
      `aws:amz:${E.TASKCACHE_TEST_S3_REGION}:s3`,
      // radosgw checks the payload hash; curl 7.88 signs one only when given this header.
      '-H',
      'x-amz-content-sha256: UNSIGNED-PAYLOAD',
      '-K',
      curlConfig('s3', `${E.TASKCACHE_TEST_S3_ACCESS_KEY}:${E.TASKCACHE_TEST_S3_SECRET_KEY}`),
    ],
  },
};
for (const r of remotes) if (!REMOTES[r]) throw new Error(`unknown remote ${r} (http, s3)`);
const curlArgs = Object.fromEntries(remotes.map((r) => [r, REMOTES[r].curl()]));

const cliEnv = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  AWS_ACCESS_KEY_ID: E.TASKCACHE_TEST_S3_ACCESS_KEY,
  AWS_SECRET_ACCESS_KEY: E.TASKCACHE_TEST_S3_SECRET_KEY,
};

// A server that stops answering fails the run instead of hanging it.
const TIMEOUTS = ['--connect-timeout', '10', '--max-time', '900'];

async function curl(remote, argv) {
  const r = await run('curl', ['-sS', '--fail', ...TIMEOUTS, ...curlArgs[remote], ...argv]);
  if (r.code !== 0) throw new Error(`curl ${argv.at(-1)} failed: ${r.out.trim()}`);
  return r;
}

// ---- workspaces ------------------------------------------------------------------------------------
let counter = 0;
function workspace(job) {
  const ws = path.join(scratch, `ws-${counter++}`);
  fs.mkdirSync(path.join(ws, 'src'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'src', 'input.txt'), `job ${job}\n`);
  fs.writeFileSync(
    path.join(ws, 'taskcache.yml'),
    [
      'tasks:',
      '  emit:',
      `    run: cp -r '${path.join(out200, 'dist')}' dist && echo ${job} > dist/job.txt`,
      '    inputs: ["src/**"]',
      '    outputs: ["dist/**"]',
      '',
    ].join('\n'),
  );
  return ws;
}

const tc = (ws, argv, cliFile = cli) =>
  run(node, [cliFile, 'run', 'emit', '--cache-dir', path.join(ws, '.local-store'), ...argv], {
    cwd: ws,
    env: cliEnv,
    rss: true,
  });

console.log(
  `remotes under load: ${remotes.join(', ')}, ${jobs} jobs, ${reps} repetitions (${singleReps} single); ${os.cpus().length} cores, CLI on node ${nodeVersion(node)}, BLAKE3 ${blake3Backend}`,
);

// ---- prime: each job's entry into every remote, and the peers' archives --------------------------
if (remotes.includes('s3')) {
  // The bucket may exist from an earlier run: 409 BucketAlreadyExists/OwnedByYou is fine.
  const r = await run('curl', [
    '-sS',
    '-o',
    '/dev/null',
    '-w',
    '%{http_code}',
    ...TIMEOUTS,
    ...curlArgs.s3,
    '-X',
    'PUT',
    `${E.TASKCACHE_TEST_S3_ENDPOINT}/${s3Bucket}`,
  ]);
  if (!/^(200|409)/.test(r.out)) throw new Error(`creating bucket ${s3Bucket}: ${r.out}`);
}
const entries = [];
const t0 = performance.now();
for (let job = 0; job < jobs; job++) {
  const ws = workspace(job);
  const remoteArgs = remotes.flatMap((r) => ['--remote', REMOTES[r].storeUrl]);
  const saved = await tc(ws, remoteArgs);
  if (saved.code !== 0 || !/saved to/.test(saved.out) || /warning/i.test(saved.out)) {
    throw new Error(`priming job ${job} failed:\n${saved.out}`);
  }
  const runs = fs.readFileSync(path.join(ws, '.local-store', 'runs.jsonl'), 'utf8').trim();
  const key = JSON.parse(runs.split('\n').at(-1)).key;
  const peer = path.join(scratch, `peer-${job}.tar.zst`);
  const tar = spawnSync('bash', [
    '-o',
    'pipefail',
    '-c',
    `tar -C '${ws}' -cf - dist | zstd -1 -T0 -q -f -o '${peer}'`,
  ]);
  if (tar.status !== 0) throw new Error(`tar | zstd failed: ${tar.stderr}`);
  // Stored as <prefix>/peer/cas/<sha256>: the nginx of scripts/servers serves only */cas/<sha256>.
  const peerId = createHash('sha256').update(fs.readFileSync(peer)).digest('hex');
  const entry = { job, key, peerBytes: fs.statSync(peer).size, peerId, dir: ws, cas: {} };
  for (const r of remotes) {
    const envelope = JSON.parse((await curl(r, [REMOTES[r].objectUrl(`ac/${key}`)])).out);
    entry.cas[r] = { id: envelope.cas, bytes: envelope.size };
    await curl(r, ['-o', '/dev/null', '-T', peer, REMOTES[r].objectUrl(`peer/cas/${peerId}`)]);
  }
  fs.rmSync(peer);
  fs.rmSync(path.join(ws, '.local-store'), { recursive: true });
  if (job > 0) fs.rmSync(path.join(ws, 'dist'), { recursive: true }); // job 0's is the reference
  entries.push(entry);
}
console.log(
  `primed ${jobs} entries (${(entries[0].cas[remotes[0]].bytes / 1e6).toFixed(1)} MB stored each, peer archive ${(entries[0].peerBytes / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);

// ---- the rows ---------------------------------------------------------------------------------------
const checked = new Set();
function checkRestored(name, ws, job) {
  const dist = path.join(ws, 'dist');
  const text = fs.readFileSync(path.join(dist, 'job.txt'), 'utf8');
  if (text.trim() !== String(job)) throw new Error(`${name}: job ${job} restored another entry`);
  if (!checked.has(name) && job === 0) {
    const diff = spawnSync('diff', ['-r', '-q', path.join(entries[0].dir, 'dist'), dist]);
    if (diff.status !== 0) throw new Error(`${name}: restored tree differs: ${diff.stdout}`);
    checked.add(name);
  }
}

async function taskcacheJob(remote, job, name, cliFile = cli) {
  const ws = workspace(job);
  const r = await tc(ws, ['--remote', REMOTES[remote].storeUrl], cliFile);
  if (r.code !== 0 || !/ hit from /.test(r.out) || /warning|miss/i.test(r.out)) {
    throw new Error(`${name}: job ${job} did not hit cleanly:\n${r.out}`);
  }
  checkRestored(name, ws, job);
  return { ms: r.ms, cpuMs: r.cpuMs, rssKb: r.maxRssKb, ws };
}

async function curlJob(remote, job) {
  const r = await curl(remote, [
    '-o',
    '/dev/null',
    REMOTES[remote].objectUrl(`cas/${entries[job].cas[remote].id}`),
  ]);
  return { ms: r.ms };
}

async function pipeJob(remote, job, name) {
  const ws = path.join(scratch, `ws-${counter++}`);
  fs.mkdirSync(ws);
  const argv = [
    '-sS',
    '--fail',
    ...TIMEOUTS,
    ...curlArgs[remote],
    REMOTES[remote].objectUrl(`peer/cas/${entries[job].peerId}`),
  ];
  const cmd = `set -o pipefail; curl ${argv.map((a) => `'${a}'`).join(' ')} | zstd -d -q | tar -x -C '${ws}'`;
  const r = await run(cmd, [], { shell: true, rss: true });
  if (r.code !== 0) throw new Error(`${name}: job ${job}: ${r.out}`);
  checkRestored(name, ws, job);
  return { ms: r.ms, cpuMs: r.cpuMs, rssKb: r.maxRssKb, ws };
}

const JOB = {
  taskcache: taskcacheJob,
  compare: (remote, job, name) => taskcacheJob(remote, job, name, compareCli),
  curl: curlJob,
  'curl-zstd-tar': pipeJob,
};
const builds = compareCli ? ['taskcache', 'compare'] : ['taskcache'];

/** One round: `count` jobs of a tool at once; the round's wall time and each job's. */
async function round_(remote, tool, count, name) {
  sync();
  const t = performance.now();
  const done = await Promise.all(
    Array.from({ length: count }, (_, job) => JOB[tool](remote, job, name)),
  );
  const wall = performance.now() - t;
  for (const d of done) if (d.ws) fs.rmSync(d.ws, { recursive: true, force: true });
  return {
    wall,
    jobs: done.map((d) => d.ms),
    cpu: done.map((d) => d.cpuMs).filter((x) => x !== undefined),
    rssKb: Math.max(0, ...done.map((d) => d.rssKb ?? 0)),
  };
}

const rows = {};
for (const remote of remotes) {
  for (const tool of [...builds, 'curl', 'curl-zstd-tar']) rows[`${remote}/load/${tool}`] = [];
  for (const tool of [...builds, 'curl-zstd-tar']) rows[`${remote}/single/${tool}`] = [];
}
const random = seeded(0x6c6f6164);
const turns = [];
for (let rep = 0; rep < Math.max(reps, singleReps); rep++) {
  for (const name of Object.keys(rows)) {
    if (rep < (name.includes('/load/') ? reps : singleReps)) turns.push([rep, name]);
  }
}
// Shuffled within each repetition, so no row always follows another.
const order = [];
for (let rep = 0; rep < Math.max(reps, singleReps); rep++) {
  order.push(
    ...shuffle(
      turns.filter(([r]) => r === rep),
      random,
    ),
  );
}
for (const [rep, name] of order) {
  const [remote, kind, tool] = name.split('/');
  const result = await round_(remote, tool, kind === 'load' ? jobs : 1, name);
  rows[name].push(result);
  console.log(
    `rep ${rep + 1} ${name.padEnd(26)} wall ${(result.wall / 1000).toFixed(2)} s` +
      (kind === 'load'
        ? `, jobs p50 ${(percentile(result.jobs, 50) / 1000).toFixed(2)} s, max ${(Math.max(...result.jobs) / 1000).toFixed(2)} s`
        : ''),
  );
}

// ---- figures --------------------------------------------------------------------------------------
const summary = {};
for (const [name, results] of Object.entries(rows)) {
  const [remote, kind, tool] = name.split('/');
  const all = results.flatMap((r) => r.jobs);
  const walls = results.map((r) => r.wall);
  const bytes = entries
    .slice(0, kind === 'load' ? jobs : 1)
    .reduce((sum, e) => sum + (tool === 'curl-zstd-tar' ? e.peerBytes : e.cas[remote].bytes), 0);
  summary[name] = {
    wallMs: stats(walls),
    ...(kind === 'load'
      ? {
          jobP50Ms: round(percentile(all, 50)),
          jobP99Ms: round(percentile(all, 99)),
          p99OverP50: round(percentile(all, 99) / percentile(all, 50), 3),
          throughputMBps: stats(walls.map((w) => bytes / 1e6 / (w / 1000))),
        }
      : {}),
    // user + system time of each job's process tree (GNU time), summed over the round's jobs
    ...(tool === 'curl'
      ? {}
      : { cpuMsPerRound: stats(results.map((r) => r.cpu.reduce((a, b) => a + b, 0))) }),
    peakRssMB: round(Math.max(...results.map((r) => r.rssKb)) / 1024, 1),
    rawWallMs: walls.map((w) => round(w)),
    rawJobMs: results.map((r) => r.jobs.map((x) => round(x))),
  };
}
const goals = {};
for (const remote of remotes) {
  const s = (k) => summary[`${remote}/${k}`];
  goals[remote] = {
    'p99/p50 (goal <= 1.5)': s('load/taskcache').p99OverP50,
    'throughput vs curl (goal >= 0.8)': round(
      s('load/taskcache').throughputMBps.median / s('load/curl').throughputMBps.median,
      3,
    ),
    'throughput vs curl | zstd -d | tar -x': round(
      s('load/curl-zstd-tar').wallMs.median / s('load/taskcache').wallMs.median,
      3,
    ),
    'single hit vs curl | zstd -d | tar -x (goal <= 1.1)': round(
      s('single/taskcache').wallMs.median / s('single/curl-zstd-tar').wallMs.median,
      3,
    ),
    'single hit CPU time vs curl | zstd -d | tar -x': round(
      s('single/taskcache').cpuMsPerRound.median / s('single/curl-zstd-tar').cpuMsPerRound.median,
      3,
    ),
    ...(compareCli
      ? {
          [`single hit of ${compareLabel} vs curl | zstd -d | tar -x`]: round(
            s('single/compare').wallMs.median / s('single/curl-zstd-tar').wallMs.median,
            3,
          ),
          [`single hit wall vs ${compareLabel}`]: round(
            s('single/taskcache').wallMs.median / s('single/compare').wallMs.median,
            3,
          ),
          [`single hit CPU time vs ${compareLabel}`]: round(
            s('single/taskcache').cpuMsPerRound.median / s('single/compare').cpuMsPerRound.median,
            3,
          ),
          [`load wall vs ${compareLabel}`]: round(
            s('load/taskcache').wallMs.median / s('load/compare').wallMs.median,
            3,
          ),
        }
      : {}),
  };
}

console.log('');
for (const [name, s] of Object.entries(summary)) {
  const w = s.wallMs;
  console.log(
    `${name.padEnd(26)} wall median ${(w.median / 1000).toFixed(2)} s (min ${(w.min / 1000).toFixed(2)}, max ${(w.max / 1000).toFixed(2)})` +
      (s.jobP50Ms !== undefined
        ? `; job p50 ${(s.jobP50Ms / 1000).toFixed(2)} s, p99 ${(s.jobP99Ms / 1000).toFixed(2)} s; ${s.throughputMBps.median} MB/s`
        : '') +
      (s.cpuMsPerRound ? `; CPU ${(s.cpuMsPerRound.median / 1000).toFixed(2)} s` : ''),
  );
}
for (const [remote, g] of Object.entries(goals)) {
  console.log(
    `${remote}: ${Object.entries(g)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ')}`,
  );
}

// ---- clean up: this run's objects on both servers, and the scratch folder --------------------------
// Every object under this run's prefix, the task pointers (whose names the bench does not know)
// included: nginx lists ac/ as JSON, S3 lists the bucket.
async function storedNames(remote) {
  if (remote === 'http') {
    const r = await run('curl', ['-sS', ...curlArgs.http, REMOTES.http.objectUrl('ac/')]);
    try {
      return JSON.parse(r.out).map((e) => `ac/${e.name}`);
    } catch {
      return [];
    }
  }
  const r = await run('curl', [
    '-sS',
    ...curlArgs.s3,
    `${E.TASKCACHE_TEST_S3_ENDPOINT}/${s3Bucket}?list-type=2&max-keys=1000`,
  ]);
  return [...r.out.matchAll(/<Key>([^<]+)<\/Key>/g)]
    .map((m) => m[1])
    .filter((k) => k.startsWith(`${prefix}/`))
    .map((k) => k.slice(prefix.length + 1));
}
for (const remote of remotes) {
  const names = new Set(await storedNames(remote));
  for (const e of entries) {
    names.add(`ac/${e.key}`).add(`cas/${e.cas[remote].id}`).add(`peer/cas/${e.peerId}`);
  }
  for (const rel of names) {
    await run('curl', [
      '-sS',
      '-o',
      '/dev/null',
      ...curlArgs[remote],
      '-X',
      'DELETE',
      REMOTES[remote].objectUrl(rel),
    ]);
  }
}
fs.rmSync(scratch, { recursive: true, force: true });

if (write) {
  const entry = {
    label,
    commit: commit(),
    at: new Date().toISOString(),
    machine: machine(),
    node: nodeVersion(node),
    blake3: blake3Backend,
    ...(compareCli ? { compare: { dist: path.resolve(compareDist), label: compareLabel } } : {}),
    jobs,
    reps,
    singleReps,
    set: 'out200 (200 MB, 4,000 files) plus dist/job.txt per job',
    storedMB: round(entries[0].cas[remotes[0]].bytes / 1e6, 1),
    peerArchiveMB: round(entries[0].peerBytes / 1e6, 1),
    goals,
    summary,
  };
  console.log(`written to ${appendResult('remotes-load', entry, 'bench/remotes-load.mjs')}`);
}
