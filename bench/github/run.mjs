#!/usr/bin/env node
// The GitHub cache path against actions/cache, on the cache-service fake (issue 17, goal 1).
//
//   node bench/github/run.mjs [--reps N] [--label TEXT] [--no-write]
//
// Needs the bundled action (`npm run -s build`) and zstd (actions/cache compresses with it).
// Uses the `out200` set (200 MB, 4,000 files in dist/), generated into bench/.work/out200 when
// absent. In one run, with the commands taking turns in a shuffled order each repetition:
//   restore  peer: @actions/cache restoreCache(['dist']) in a fresh workspace (one node process,
//            as actions/cache's main step); taskcache: the bundled action's run.js and post.js
//            on a fresh workspace with an empty local store, the key computed, the entry fetched
//            from the GitHub store, verified and written, then the post step.
//   save     peer: `cp -r out200/dist dist` then @actions/cache saveCache(['dist']) (its post
//            step); taskcache: run.js + post.js on a miss whose command is the same `cp -r`, so
//            both figures include copying the outputs into place.
// Every repetition uses fresh workspaces and new keys for saves. Writes medians, min, max, the
// raw times and the ratios to bench/results/github-<date>.json (appending to that day's runs).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const reps = Number(flag('--reps', '5'));
const label = flag('--label', 'current');
const write = !args.includes('--no-write');

const set = path.join(repo, 'bench', '.work', 'out200');
const runJs = path.join(repo, 'dist', 'action', 'run.js');
const postJs = path.join(repo, 'dist', 'action', 'post.js');
if (!fs.existsSync(runJs)) {
  console.error('dist/action/run.js is missing: run `npm run -s build` first');
  process.exit(2);
}
const stamp = (cmd) =>
  spawnSync(process.execPath, [path.join(repo, 'bench', 'generate.mjs'), ...cmd], {
    encoding: 'utf8',
  });
const want = stamp(['--stamp', 'out200']).stdout.trim();
let have = '';
try {
  have = fs.readFileSync(path.join(set, '.git', 'bench-generator'), 'utf8').trim();
} catch {}
if (have !== want) {
  console.log('generating out200 ...');
  fs.rmSync(set, { recursive: true, force: true });
  const g = stamp(['out200', set]);
  if (g.status !== 0) throw new Error(g.stderr);
}

const scratch = path.join(repo, 'bench', '.work', `github-${process.pid}`);
fs.rmSync(scratch, { recursive: true, force: true });
fs.mkdirSync(scratch, { recursive: true });
const runId = `${Date.now().toString(36)}-${process.pid}`;

// ---- the fake, as a child process ------------------------------------------------------------
const fake = spawn(process.execPath, [path.join(here, 'fake-server.mjs')], {
  cwd: repo,
  stdio: ['pipe', 'pipe', 'inherit'],
});
const serviceEnv = await new Promise((resolve, reject) => {
  let text = '';
  fake.stdout.on('data', (chunk) => {
    text += chunk;
    const nl = text.indexOf('\n');
    if (nl >= 0) resolve(JSON.parse(text.slice(0, nl)));
  });
  fake.once('exit', (code) => reject(new Error(`the fake exited (${code})`)));
});

// ---- helpers ---------------------------------------------------------------------------------
function exec(cmd, argv, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      out += c;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out }));
  });
}

let counter = 0;
/** A fresh workspace holding the set's inputs (src/) and nothing else. */
function workspace(name) {
  const root = path.join(scratch, `${name}-${counter++}`);
  const ws = path.join(root, 'work', 'repo');
  fs.mkdirSync(path.join(ws, 'src'), { recursive: true });
  fs.copyFileSync(path.join(set, 'src', 'input.txt'), path.join(ws, 'src', 'input.txt'));
  fs.mkdirSync(path.join(root, 'temp'));
  return { root, ws, temp: path.join(root, 'temp') };
}

const baseEnv = (job) => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  GITHUB_ACTIONS: 'true',
  CI: 'true',
  RUNNER_OS: 'Linux',
  RUNNER_TEMP: job.temp,
  GITHUB_WORKSPACE: job.ws,
  GITHUB_JOB: 'build',
  GITHUB_REPOSITORY: 'octo/app',
  GITHUB_RUN_ID: String(1000 + counter),
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  ...serviceEnv,
});

const copyCommand = `cp -r '${path.join(set, 'dist')}' dist`;
const actionInputs = (salt) => ({
  run: copyCommand,
  name: 'emit',
  inputs: 'src/**',
  outputs: 'dist/**',
  'key-salt': salt,
});

/** One action step as the runner runs it: INPUT_*, fresh command files, STATE_* for post. */
async function actionStep(job, script, inputs, state = {}) {
  const files = path.join(job.temp, '_runner_file_commands', `step-${counter++}`);
  fs.mkdirSync(files, { recursive: true });
  const env = { ...baseEnv(job), TASKCACHE_DIR: path.join(job.root, 'local-store') };
  for (const name of ['OUTPUT', 'ENV', 'PATH', 'STEP_SUMMARY', 'STATE']) {
    const file = path.join(files, name.toLowerCase());
    fs.writeFileSync(file, '');
    env[`GITHUB_${name}`] = file;
  }
  env.GITHUB_ACTION = '__run_emit';
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(state)) env[`STATE_${k}`] = v;
  const result = await exec(process.execPath, [script], { cwd: job.ws, env });
  const read = (name) => fs.readFileSync(path.join(files, name), 'utf8');
  return { ...result, outputs: parseCommands(read('output')), state: parseCommands(read('state')) };
}

function parseCommands(text) {
  const out = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value = [];
      for (i += 1; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else {
      const eq = lines[i].indexOf('=');
      if (eq > 0) out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}

const now = () => performance.now();

/** The action's run step and its post step; the time of both. */
async function action(job, salt, expectHit) {
  const inputs = actionInputs(salt);
  const t0 = now();
  const main = await actionStep(job, runJs, inputs);
  const t1 = now();
  const post = await actionStep(job, postJs, inputs, main.state);
  const t2 = now();
  const hit = main.outputs['cache-hit'] === 'true';
  if (main.code !== 0 || post.code !== 0 || hit !== expectHit || /::warning::/.test(main.out)) {
    throw new Error(
      `the action did not ${expectHit ? 'hit' : 'miss and save'}:\n${main.out}\n${post.out}`,
    );
  }
  return { ms: t2 - t0, mainMs: t1 - t0, postMs: t2 - t1 };
}

async function peer(job, mode, key) {
  const env = baseEnv(job);
  const t0 = now();
  if (mode === 'save') {
    const cp = await exec('cp', ['-r', path.join(set, 'dist'), 'dist'], { cwd: job.ws, env });
    if (cp.code !== 0) throw new Error(cp.out);
  }
  const t1 = now();
  const r = await exec(process.execPath, [path.join(here, 'peer.mjs'), mode, key], {
    cwd: job.ws,
    env,
  });
  const t2 = now();
  if (r.code !== 0) throw new Error(`@actions/cache ${mode} failed:\n${r.out}`);
  return { ms: t2 - t0, copyMs: t1 - t0, cacheMs: t2 - t1 };
}

function sameTree(dir) {
  const digest = (d) => stamp(['--digest', d]).stdout.split('  ').slice(0, 2).join(' ');
  return digest(dir) === digest(path.join(set, 'dist'));
}

// ---- prime the entries the restores read -----------------------------------------------------
console.log(
  `GitHub cache path, out200, ${reps} repetitions; ${os.cpus().length} cores, node ${process.version}`,
);
const peerKey = `peer-restore-${runId}`;
const restoreSalt = `restore-${runId}`;
{
  const job = workspace('prime-peer');
  await peer(job, 'save', peerKey);
  const job2 = workspace('prime-taskcache');
  await action(job2, restoreSalt, false);
  fs.rmSync(job.root, { recursive: true, force: true });
  fs.rmSync(job2.root, { recursive: true, force: true });
}

// ---- measure, interleaved ---------------------------------------------------------------------
const rows = {
  'restore/actions-cache': [],
  'restore/taskcache': [],
  'save/actions-cache': [],
  'save/taskcache': [],
};
const detail = Object.fromEntries(Object.keys(rows).map((k) => [k, []]));
let seed = 0x67687562;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const verified = new Set();
for (let rep = 0; rep < reps; rep++) {
  const order = Object.keys(rows);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const name of order) {
    const [op, tool] = name.split('/');
    const job = workspace(name.replace('/', '-'));
    let result;
    if (tool === 'actions-cache') {
      result = await peer(job, op, op === 'restore' ? peerKey : `peer-save-${runId}-${rep}`);
    } else {
      result = await action(
        job,
        op === 'restore' ? restoreSalt : `save-${runId}-${rep}`,
        op === 'restore',
      );
    }
    if (op === 'restore' && !verified.has(name)) {
      if (!sameTree(path.join(job.ws, 'dist'))) throw new Error(`${name}: restored tree differs`);
      verified.add(name);
    }
    rows[name].push(result.ms);
    detail[name].push(result);
    fs.rmSync(job.root, { recursive: true, force: true });
  }
  console.log(
    `rep ${rep + 1}/${reps}: ${Object.entries(rows)
      .map(([k, v]) => `${k} ${(v.at(-1) / 1000).toFixed(2)} s`)
      .join(', ')}`,
  );
}
fake.stdin.end();
fs.rmSync(scratch, { recursive: true, force: true });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median: Math.round(median), min: Math.round(s[0]), max: Math.round(s.at(-1)) };
};
const ratio = (op) =>
  Number(
    (stats(rows[`${op}/taskcache`]).median / stats(rows[`${op}/actions-cache`]).median).toFixed(3),
  );
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
  cwd: repo,
  encoding: 'utf8',
}).stdout.trim();
const run = {
  label,
  commit,
  at: new Date().toISOString(),
  cores: os.cpus().length,
  node: process.version,
  reps,
  set: 'out200 (200 MB, 4,000 files)',
  save: 'both include copying the outputs in: cp -r, then saveCache / the action running cp -r',
  ratio: { restore: ratio('restore'), save: ratio('save') },
  ms: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, stats(v)])),
  raw: Object.fromEntries(
    Object.entries(detail).map(([k, v]) => [
      k,
      v.map((r) => Object.fromEntries(Object.entries(r).map(([a, b]) => [a, Math.round(b)]))),
    ]),
  ),
};
console.log('');
for (const [k, v] of Object.entries(run.ms)) {
  console.log(
    `${k.padEnd(24)} median ${(v.median / 1000).toFixed(2)} s  (min ${(v.min / 1000).toFixed(2)}, max ${(v.max / 1000).toFixed(2)})`,
  );
}
console.log(
  `ratio taskcache / actions/cache: restore ${run.ratio.restore}×, save ${run.ratio.save}×`,
);
if (write) {
  const file = path.join(repo, 'bench', 'results', `github-${run.at.slice(0, 10)}.json`);
  let doc = { bench: 'bench/github/run.mjs', runs: [] };
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {}
  doc.runs.push(run);
  fs.writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`written to ${path.relative(repo, file)}`);
}
