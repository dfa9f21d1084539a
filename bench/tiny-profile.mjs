#!/usr/bin/env node
// Where a tiny task's hit spends its time (issue 17, goal 3), on Node 24 by default: the CPU time
// (user + system, GNU time) of `taskcache run build` on the `tiny` set beside `node -e 0`, taking
// turns; the CPU cost of pieces the hit loads or starts, each measured in a fresh process; and the
// bundle's functions by inclusive time from V8's CPU profiles of a few hits.
//
//   node bench/tiny-profile.mjs [--runs 10] [--profiles 6] [--node PATH] [--no-write]
//
// CPU time rather than wall time: on a shared machine the wall time of a 100 ms process swings
// severalfold, its CPU time much less. Turborepo's figure comes from `bash bench/run.sh --sets
// tiny` (it needs the peers installed). Written to bench/results/tiny-profile-<date>.json.

import fs from 'node:fs';
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
  round,
  run,
  snapshotCli,
  stats,
} from './lib/common.mjs';

const opt = options();
const runs = Number(opt.value('runs', '10'));
const profiles = Number(opt.value('profiles', '6'));
const node = opt.value('node', defaultNode());
const write = !opt.has('no-write');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'taskcache-tiny-profile-'));
const cli = snapshotCli(scratch);
const tiny = ensureSet('tiny');
const cache = path.join(scratch, 'cache');
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
const hit = (extra = []) =>
  run(node, [...extra, cli, 'run', 'build', '--cache-dir', cache], { cwd: tiny, env, rss: true });

console.log(`tiny hit profile, ${runs} runs; ${os.cpus().length} cores, node ${nodeVersion(node)}`);
await hit();
const first = await hit();
if (!/ hit from /.test(first.out)) throw new Error(`the tiny task did not hit:\n${first.out}`);

// ---- CPU time of the hit beside process start ------------------------------------------------------
const cpu = { hit: [], 'node -e 0': [] };
const wall = { hit: [], 'node -e 0': [] };
for (let i = 0; i < runs; i++) {
  for (const name of i % 2 ? ['node -e 0', 'hit'] : ['hit', 'node -e 0']) {
    const r = name === 'hit' ? await hit() : await run(node, ['-e', '0'], { rss: true });
    cpu[name].push(r.cpuMs);
    wall[name].push(r.ms);
  }
}

// ---- pieces, each in a fresh process (CPU ms of that piece alone) ---------------------------------
const kept = fs.readdirSync(path.join(cache, 'state')).find((f) => f.startsWith('config-'));
const piece = `
const t = () => process.cpuUsage();
const ms = (a) => { const d = process.cpuUsage(a); return (d.user + d.system) / 1000; };
const out = {};
let a = t(); require('node:crypto'); out['require node:crypto'] = ms(a);
a = t(); const s = require(${JSON.stringify(path.join(path.dirname(cli), 'cli', 'config-schema.cjs'))});
out['load config-schema.cjs'] = ms(a);
const text = require('node:fs').readFileSync(${JSON.stringify(kept ? path.join(cache, 'state', kept) : '')}, 'utf8');
const value = JSON.parse(text.slice(text.indexOf('\\n') + 1)).value;
a = t(); s.validateConfig(value); out['validate the kept config'] = ms(a);
a = t(); require('node:child_process').execFileSync('git', ['ls-files', '-z', '--', 'src'], { cwd: ${JSON.stringify(tiny)} });
out['spawn git ls-files (this process only)'] = ms(a);
console.log(JSON.stringify(out));
`;
// From a file: under -e, Node has loaded node:crypto before the script starts.
const pieceFile = path.join(scratch, 'pieces.cjs');
fs.writeFileSync(pieceFile, piece);
const pieces = {};
for (let i = 0; i < runs; i++) {
  const r = await run(node, [pieceFile]);
  for (const [k, v] of Object.entries(JSON.parse(r.out))) {
    pieces[k] ??= [];
    pieces[k].push(v);
  }
}

// ---- inclusive time of the bundle's functions --------------------------------------------------------
const profDir = path.join(scratch, 'profiles');
for (let i = 0; i < profiles; i++) {
  await hit(['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', profDir]);
}
const inclusive = new Map();
let sampled = 0;
for (const file of fs.readdirSync(profDir)) {
  const p = JSON.parse(fs.readFileSync(path.join(profDir, file), 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    sampled += dt;
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const cf = byId.get(x).callFrame;
      if (!/dist\/(cli\.cjs|cli\/)/.test(cf.url)) continue;
      const k = `${cf.functionName || '(module)'} ${path.basename(cf.url)}:${cf.lineNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
}
const top = [...inclusive]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 30)
  .map(([k, v]) => [k, round(v / profiles, 1)]);
fs.rmSync(scratch, { recursive: true, force: true });

const result = {
  at: new Date().toISOString(),
  commit: commit(),
  machine: machine(),
  node: nodeVersion(node),
  runs,
  cpuMs: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, stats(v)])),
  wallMs: Object.fromEntries(Object.entries(wall).map(([k, v]) => [k, stats(v)])),
  piecesCpuMs: Object.fromEntries(
    Object.entries(pieces).map(([k, v]) => [k, stats(v.map((x) => x * 10)).median / 10]),
  ),
  profile: { sampledMsPerRun: round(sampled / profiles, 1), inclusiveMsPerRun: top },
};
console.log(
  `CPU: hit ${result.cpuMs.hit.median} ms (min ${result.cpuMs.hit.min}, max ${result.cpuMs.hit.max}), node -e 0 ${result.cpuMs['node -e 0'].median} ms; wall: hit ${result.wallMs.hit.median} ms, node -e 0 ${result.wallMs['node -e 0'].median} ms`,
);
console.log('pieces (CPU ms, median):', result.piecesCpuMs);
console.log(
  `bundle functions, inclusive ms per run (of ${result.profile.sampledMsPerRun} sampled):`,
);
for (const [k, v] of top.slice(0, 20)) console.log(`${String(v).padStart(7)}  ${k}`);
if (write)
  console.log(`written to ${appendResult('tiny-profile', result, 'bench/tiny-profile.mjs')}`);
