#!/usr/bin/env node
// Where a tiny task's hit spends its time (issue 17, goal 3), on Node 24 by default: the CPU time
// (user + system, GNU time) and wall time of `taskcache run build` on the `tiny` set beside
// `node -e 0` and Turborepo's cached `turbo run build` (when bench/.peers has it), taking turns;
// which of Node's modules and the CLI's parts the hit loads, and what loading each costs in a
// fresh process; and the bundle's functions by inclusive time from V8's CPU profiles of a few
// hits.
//
//   node bench/tiny-profile.mjs [--runs 10] [--profiles 6] [--node PATH] [--dist DIR]
//                               [--label TEXT] [--compare LABEL=DIR]... [--callgrind N]
//                               [--no-write]
//
// --dist: another build than dist/ (one built in a private copy of the tree), --label: what it
// was built from, recorded with the figures (the commit recorded is this tree's). --compare:
// the hit of another build too, in the same turns (each with a cache of its own), to measure
// a change before and after in one run. --callgrind N: also count the instructions of N hits of
// each build under valgrind's callgrind (builds taking turns; steadier than any time on a busy
// machine, though V8's threads make it vary too). CPU time beside
// wall time: on a shared machine the wall time of a 100 ms process swings severalfold, its CPU
// time much less. Turborepo runs as `bash bench/run.sh` runs it (the npm shim, under the same
// Node, offline, without telemetry or daemon). Written to bench/results/tiny-profile-<date>.json.

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
const dist = opt.value('dist', undefined);
const label = opt.value('label', undefined);
const callgrindRuns = Number(opt.value('callgrind', '0'));
const argv = process.argv.slice(2);
const compare = argv.flatMap((arg, i) => {
  if (arg !== '--compare') return [];
  const spec = argv[i + 1] ?? '';
  const at = spec.indexOf('=');
  if (at <= 0) throw new Error(`--compare takes LABEL=DIR, got "${spec}"`);
  return [{ label: spec.slice(0, at), dir: path.resolve(spec.slice(at + 1)) }];
});

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'taskcache-tiny-profile-'));
const cli = snapshotCli(scratch, dist ? path.resolve(dist) : undefined);
const tiny = ensureSet('tiny');
const cache = path.join(scratch, 'cache');
// The Node under test first on PATH: Turborepo's npm shim runs under it too.
const nodeDir = path.dirname(node);
const env = {
  PATH: `${nodeDir}:${process.env.PATH ?? ''}`,
  HOME: process.env.HOME ?? '',
  // Compiled code kept where the CLI keeps it, but this bench's own.
  XDG_CACHE_HOME: path.join(scratch, 'xdg'),
};
const hit = (extra = []) =>
  run(node, [...extra, cli, 'run', 'build', '--cache-dir', cache], { cwd: tiny, env, rss: true });

// Turborepo as bench/measure.mjs runs it: offline, no telemetry, no daemon.
const peers = path.join(path.dirname(new URL(import.meta.url).pathname), '.peers');
const turboBin = path.join(peers, 'node_modules', '.bin', 'turbo');
const turboEnv = {
  ...env,
  PATH: `${nodeDir}:${path.join(peers, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
  NO_COLOR: '1',
};
const turbo = fs.existsSync(turboBin)
  ? () => run(turboBin, ['run', 'build'], { cwd: tiny, env: turboEnv, rss: true })
  : undefined;

console.log(`tiny hit profile, ${runs} runs; ${os.cpus().length} cores, node ${nodeVersion(node)}`);
const others = {};
for (const [i, { label: other, dir }] of compare.entries()) {
  const copy = path.join(scratch, `compare-${i}`);
  fs.mkdirSync(copy);
  const otherCli = snapshotCli(copy, dir);
  const otherCache = path.join(copy, 'cache');
  const otherHit = () =>
    run(node, [otherCli, 'run', 'build', '--cache-dir', otherCache], { cwd: tiny, env, rss: true });
  await otherHit();
  const r = await otherHit();
  if (!/ hit from /.test(r.out)) throw new Error(`${other}: the tiny task did not hit:\n${r.out}`);
  others[`hit (${other})`] = otherHit;
}
await hit();
const first = await hit();
if (!/ hit from /.test(first.out)) throw new Error(`the tiny task did not hit:\n${first.out}`);
if (turbo) {
  await turbo();
  const t = await turbo();
  if (!/FULL TURBO/.test(t.out)) throw new Error(`turbo did not hit:\n${t.out}`);
}

// ---- CPU and wall time of the hit beside process start and Turborepo's hit -----------------------
const commands = {
  hit,
  ...others,
  'node -e 0': () => run(node, ['-e', '0'], { rss: true }),
  ...(turbo ? { 'turbo run build (hit)': turbo } : {}),
};
const names = Object.keys(commands);
const cpu = Object.fromEntries(names.map((n) => [n, []]));
const wall = Object.fromEntries(names.map((n) => [n, []]));
for (let i = 0; i < runs; i++) {
  // Each round in another order, so that no command always follows the same one.
  const order = names.map((_, k) => names[(k + i) % names.length]);
  if (i % 2) order.reverse();
  for (const name of order) {
    const r = await commands[name]();
    cpu[name].push(r.cpuMs);
    wall[name].push(r.ms);
  }
}

// ---- what the hit loads, and what loading each piece costs (CPU ms, in a fresh process) -----------
const listed = path.join(scratch, 'loaded.json');
const lister = path.join(scratch, 'list-loaded.cjs');
fs.writeFileSync(
  lister,
  `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listed)}, JSON.stringify([...process.moduleLoadList, ...Object.keys(require.cache)])));\n`,
);
await hit(['--require', lister]);
const loadedList = JSON.parse(fs.readFileSync(listed, 'utf8'));
const partsDir = path.join(path.dirname(cli), 'cli');
const PIECES = [
  ...['stream', 'child_process', 'worker_threads', 'zlib', 'v8', 'crypto'].map((m) => ({
    name: `node:${m}`,
    load: `node:${m}`,
    loaded: loadedList.includes(`NativeModule ${m}`),
  })),
  ...['config-schema', 'config'].map((part) => ({
    name: `${part}.cjs`,
    load: path.join(partsDir, `${part}.cjs`),
    loaded: loadedList.includes(path.join(partsDir, `${part}.cjs`)),
  })),
];
const piece = `
const ms = (a) => { const d = process.cpuUsage(a); return (d.user + d.system) / 1000; };
const out = {};
for (const [name, load] of ${JSON.stringify(PIECES.map((p) => [p.name, p.load]))}) {
  const a = process.cpuUsage();
  require(load);
  out[name] = ms(a);
}
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
// ---- instructions of each build's hit (callgrind) ------------------------------------------------
const instructions = {};
const hits = names.filter((name) => name.startsWith('hit'));
for (let i = 0; i < callgrindRuns; i++) {
  for (const name of i % 2 ? [...hits].reverse() : hits) {
    const r = await valgrind(name);
    const count = /Collected : (\d+)/.exec(r.out)?.[1];
    if (!count || !/ hit from /.test(r.out))
      throw new Error(`callgrind of ${name} failed:\n${r.out}`);
    instructions[name] ??= [];
    instructions[name].push(Number(count));
  }
}
/** The command of a hit under callgrind: the same argv as `commands[name]` runs. */
function valgrind(name) {
  const cliOf =
    name === 'hit'
      ? cli
      : path.join(scratch, `compare-${hits.indexOf(name) - 1}`, 'dist', 'cli.cjs');
  const cacheOf = name === 'hit' ? cache : path.join(path.dirname(path.dirname(cliOf)), 'cache');
  return run(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      node,
      cliOf,
      'run',
      'build',
      '--cache-dir',
      cacheOf,
    ],
    { cwd: tiny, env },
  );
}
fs.rmSync(scratch, { recursive: true, force: true });

const result = {
  at: new Date().toISOString(),
  commit: commit(),
  machine: machine(),
  node: nodeVersion(node),
  runs,
  cpuMs: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, stats(v)])),
  wallMs: Object.fromEntries(Object.entries(wall).map(([k, v]) => [k, stats(v)])),
  ...(label ? { label } : {}),
  ...(callgrindRuns
    ? {
        instructionsM: Object.fromEntries(
          Object.entries(instructions).map(([k, v]) => [k, stats(v.map((x) => x / 1e6))]),
        ),
      }
    : {}),
  // Each piece's cost to load after the ones before it (so node:stream's share is in the first).
  piecesCpuMs: Object.fromEntries(
    Object.entries(pieces).map(([k, v]) => [k, stats(v.map((x) => x * 10)).median / 10]),
  ),
  loadedByTheHit: Object.fromEntries(PIECES.map((p) => [p.name, p.loaded])),
  profile: { sampledMsPerRun: round(sampled / profiles, 1), inclusiveMsPerRun: top },
};
const turboName = 'turbo run build (hit)';
if (turbo) {
  result.hitVsTurbo = {
    cpu: round(result.cpuMs.hit.median / result.cpuMs[turboName].median, 2),
    wall: round(result.wallMs.hit.median / result.wallMs[turboName].median, 2),
  };
  for (const name of Object.keys(others)) {
    result.comparedVsTurbo ??= {};
    result.comparedVsTurbo[name] = {
      cpu: round(result.cpuMs[name].median / result.cpuMs[turboName].median, 2),
      wall: round(result.wallMs[name].median / result.wallMs[turboName].median, 2),
    };
  }
}
for (const name of names) {
  const c = result.cpuMs[name];
  const w = result.wallMs[name];
  console.log(
    `${name.padEnd(22)} CPU ${c.median} ms (min ${c.min}, max ${c.max}); wall ${w.median} ms (min ${w.min}, max ${w.max})`,
  );
}
for (const [name, s] of Object.entries(result.instructionsM ?? {})) {
  console.log(`${name.padEnd(22)} ${s.median}M instructions (min ${s.min}M, max ${s.max}M)`);
}
if (result.hitVsTurbo) {
  console.log(
    `hit / Turborepo's hit: ${result.hitVsTurbo.wall}x wall, ${result.hitVsTurbo.cpu}x CPU (medians)`,
  );
}
console.log('pieces (CPU ms to load, median):', result.piecesCpuMs);
console.log('loaded by the hit:', result.loadedByTheHit);
console.log(
  `bundle functions, inclusive ms per run (of ${result.profile.sampledMsPerRun} sampled):`,
);
for (const [k, v] of top.slice(0, 20)) console.log(`${String(v).padStart(7)}  ${k}`);
if (write)
  console.log(`written to ${appendResult('tiny-profile', result, 'bench/tiny-profile.mjs')}`);
