#!/usr/bin/env node
// Deciding a hit through git's index: a fresh clone, a repeated run and no git, each beside its
// peer in one run (issue 17, goal 2).
//
//   node bench/fresh-clone.mjs [--set large] [--turns 3] [--node PATH] [--seed N]
//                              [--dist DIR] [--compare DIR] [--note TEXT]
//
// --dist DIR measures that build's dist/ (default: this tree's); --compare DIR adds taskcache's
// rows again for a second build (suffixed `@compare`, with caches of their own), taking turns
// with the first in the same shuffled order, to measure a change before and after in one run;
// --note says in the results what the builds were.
//
// Rows, each timed from spawn to exit, in a seeded shuffled order per turn:
//   fresh clone   `git clone` of the data set into a new folder each turn (not timed), then
//                 turbo --dry=json with the original tree's cache folder, and taskcache dry-run
//                 with its state kept (blob hints from a run in an earlier clone on this
//                 machine; the clone's own stat cache is new) and with its state removed (a fresh runner: every
//                 file read), and with its state removed but a store an earlier clone saved to
//                 (same origin, so same scope): blob hints from the store's record. The four
//                 share the turn's clone.
//   repeated      the original tree, each tool's state kept.
//   no git        a hardlinked copy without .git: `b3sum -P2` over the file list beside
//                 taskcache dry-run with its state removed.
// Medians with min and max of the wall time, and of the CPU time (user and system, of the command
// and what it waited for: a turbo daemon's is not counted), which another bench on the same cores
// disturbs less; with --compare, each row's CPU time against its @compare row. The machine's
// cores and load, Node versions; results appended to bench/results/fresh-clone-<date>.json. Needs bench/run.sh to have installed the peers and
// generated the set, and dist/ (npm run -s build).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  appendResult,
  commit,
  defaultNode,
  machine,
  nodeVersion,
  options,
  repo,
  round,
  run,
  seeded,
  shuffle,
  snapshotCli,
  stats,
} from './lib/common.mjs';

const opt = options();
const set = opt.value('set', 'large');
const turns = Number(opt.value('turns', '3'));
const node = opt.value('node', defaultNode());
const random = seeded(Number(opt.value('seed', '17')));
const distDir = opt.value('dist', path.join(repo, 'dist'));
const compareDir = opt.value('compare', '');
const note = opt.value('note', '');
const bench = path.join(repo, 'bench');
const peers = path.join(bench, '.peers');
const tree = path.join(bench, '.work', set);
const scratch = path.join(bench, '.work', 'fresh-clone');
const q = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

if (!fs.existsSync(path.join(tree, '.git'))) {
  console.error(`${tree} is missing: run bash bench/run.sh --sets ${set} first`);
  process.exit(2);
}
if (!fs.existsSync(path.join(peers, 'node_modules', '.bin', 'turbo'))) {
  console.error('turbo is not installed in bench/.peers: run bash bench/run.sh first');
  process.exit(2);
}

const env = {};
for (const [k, v] of Object.entries(process.env)) {
  if (/^(TURBO_|NX_|GITHUB_|ACTIONS_|RUNNER_|TASKCACHE_)/.test(k) || k === 'CI') continue;
  env[k] = v;
}
Object.assign(env, {
  PATH: `${path.join(peers, 'node_modules', '.bin')}:${env.PATH}`,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
});

function sh(cmd, cwd) {
  const r = spawnSync('bash', ['-c', cmd], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`failed in ${cwd}: ${cmd}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

fs.rmSync(scratch, { recursive: true, force: true });
fs.mkdirSync(scratch, { recursive: true });
/** A build's CLI (a snapshot of its dist/) and the caches its rows keep, one set per build. */
function build(dist, name) {
  const dir = path.join(scratch, name);
  fs.mkdirSync(dir, { recursive: true });
  return {
    suffix: name === 'main' ? '' : `@${name}`,
    tc: `${q(node)} ${q(snapshotCli(dir, dist))}`,
    caches: {
      hints: path.join(dir, 'cache-hints'),
      fresh: path.join(dir, 'cache-fresh'),
      repeat: path.join(dir, 'cache-repeat'),
      nogit: path.join(dir, 'cache-nogit'),
      store: path.join(dir, 'cache-store'),
    },
  };
}
const builds = [build(distDir, 'main'), ...(compareDir ? [build(compareDir, 'compare')] : [])];
const clone = path.join(scratch, 'clone');
const turboCache = path.join(tree, '.turbo', 'cache');
const nm = path.join(tree, 'node_modules');
if (!fs.existsSync(nm)) fs.symlinkSync(path.join(peers, 'node_modules'), nm);

// A hardlinked copy without .git, where no enclosing repository is found.
const nogitBase =
  fs.statSync(os.tmpdir()).dev === fs.statSync(bench).dev
    ? os.tmpdir()
    : path.join(os.homedir(), '.cache');
const nogit = path.join(nogitBase, `taskcache-fresh-clone-nogit-${set}`);
fs.rmSync(nogit, { recursive: true, force: true });
fs.mkdirSync(nogit, { recursive: true });
const top = fs
  .readdirSync(tree)
  .filter((n) => !['.git', '.turbo', '.nx', '.wireit', 'out', 'node_modules'].includes(n));
sh(`cp -al ${top.map(q).join(' ')} ${q(nogit)} || cp -a ${top.map(q).join(' ')} ${q(nogit)}`, tree);
const list = path.join(scratch, 'files.lst');
sh(`git ls-files -z -- 'packages/*/src/**' > ${q(list)}`, tree);

console.log(`priming (set ${set}, ${os.cpus().length} cores, node ${nodeVersion(node)})`);
sh('turbo run build', tree);
// An earlier clone of the same origin saves the entry the store-hints row reads.
const primeClone = path.join(scratch, 'clone-prime');
sh(`git clone -q ${q(tree)} ${q(primeClone)}`, scratch);
fs.symlinkSync(path.join(peers, 'node_modules'), path.join(primeClone, 'node_modules'));
sh('sleep 1; git status --porcelain > /dev/null', primeClone);
for (const { tc, caches } of builds) {
  sh(`${tc} run build --cache-dir ${q(caches.store)}`, primeClone);
  for (const dir of Object.values(caches)) {
    if (dir === caches.store) continue;
    // Blob hints are learnt where files match git's index: in a clone (the tree's own index is
    // stale once the hardlinked copy above changed its files' ctime).
    const where = dir === caches.nogit ? nogit : dir === caches.hints ? primeClone : tree;
    sh(`${tc} run build --cache-dir ${q(dir)}`, where);
  }
}

const tcHit = (r) => /\bhit\b/.test(r.out) && !/\bmiss\b/.test(r.out);
const turboHit = (r) => {
  const json = JSON.parse(r.out.slice(r.out.indexOf('{')));
  return json.tasks.find((t) => t.taskId === 'bench-turbo-build#build')?.cache.status === 'HIT';
};
/** State a fresh clone would not have: the clone's stat cache. Blob hints and configs stay. */
const keepHintsOnly = (caches) => () => {
  const state = path.join(caches.hints, 'state');
  for (const name of fs.readdirSync(state)) {
    if (/^(stat|dirs)-/.test(name)) fs.rmSync(path.join(state, name), { force: true });
  }
};
const tcRows = ({ suffix, tc, caches }) => [
  {
    id: `taskcache-fresh-clone${suffix}`,
    group: 'fresh clone',
    cwd: clone,
    cmd: `${tc} dry-run build --cache-dir ${q(caches.hints)}`,
    prepare: keepHintsOnly(caches),
    hit: tcHit,
  },
  {
    id: `taskcache-fresh-clone-no-state${suffix}`,
    group: 'fresh clone',
    cwd: clone,
    cmd: `${tc} dry-run build --cache-dir ${q(caches.fresh)}`,
    prepare: () => fs.rmSync(path.join(caches.fresh, 'state'), { recursive: true, force: true }),
    hit: tcHit,
  },
  {
    id: `taskcache-fresh-clone-store-hints${suffix}`,
    group: 'fresh clone',
    cwd: clone,
    cmd: `${tc} dry-run build --cache-dir ${q(caches.store)}`,
    prepare: () => fs.rmSync(path.join(caches.store, 'state'), { recursive: true, force: true }),
    hit: tcHit,
  },
  {
    id: `taskcache-repeat${suffix}`,
    group: 'repeated',
    cwd: tree,
    cmd: `${tc} dry-run build --cache-dir ${q(caches.repeat)}`,
    hit: tcHit,
  },
  {
    id: `taskcache-nogit${suffix}`,
    group: 'no git',
    cwd: nogit,
    cmd: `${tc} dry-run build --cache-dir ${q(caches.nogit)}`,
    prepare: () => fs.rmSync(path.join(caches.nogit, 'state'), { recursive: true, force: true }),
    hit: tcHit,
  },
];
const rows = [
  {
    id: 'turbo-fresh-clone',
    group: 'fresh clone',
    cwd: clone,
    cmd: `turbo run build --dry=json --cache-dir ${q(turboCache)}`,
    hit: turboHit,
  },
  {
    id: 'turbo-repeat',
    group: 'repeated',
    cwd: tree,
    cmd: 'turbo run build --dry=json',
    hit: turboHit,
  },
  {
    id: 'b3sum-p2',
    group: 'no git',
    cwd: tree,
    cmd: `xargs -0 -P2 -n 1000 b3sum --num-threads 1 < ${q(list)} > /dev/null`,
  },
  ...builds.flatMap(tcRows),
];

const times = Object.fromEntries(rows.map((r) => [r.id, []]));
const cpu = Object.fromEntries(rows.map((r) => [r.id, []]));
for (let turn = 1; turn <= turns; turn++) {
  fs.rmSync(clone, { recursive: true, force: true });
  sh(`git clone -q ${q(tree)} ${q(clone)}`, scratch);
  fs.symlinkSync(path.join(peers, 'node_modules'), path.join(clone, 'node_modules'));
  spawnSync('sync');
  const order = shuffle(rows, random);
  for (const row of order) {
    row.prepare?.();
    // rss: run under /usr/bin/time, which gives the CPU time too.
    const r = await run(row.cmd, [], { cwd: row.cwd, env, shell: true, rss: true });
    if (r.code !== 0 || (row.hit && !row.hit(r))) {
      throw new Error(`${row.id} did not hit (exit ${r.code}):\n${r.out.slice(-3000)}`);
    }
    times[row.id].push(r.ms);
    if (r.cpuMs !== undefined) cpu[row.id].push(r.cpuMs);
  }
  console.log(
    `turn ${turn}/${turns}: ${order.map((r) => `${r.id} ${Math.round(times[r.id].at(-1))}`).join(', ')}`,
  );
}

const results = Object.fromEntries(rows.map((r) => [r.id, stats(times[r.id])]));
const cpuResults = Object.fromEntries(
  rows.filter((r) => cpu[r.id].length > 0).map((r) => [r.id, stats(cpu[r.id])]),
);
const cpuRatios = {};
if (compareDir) {
  for (const row of tcRows(builds[0])) {
    const other = `${row.id}@compare`;
    if (cpuResults[row.id] && cpuResults[other]) {
      cpuRatios[`CPU ${row.id} / ${other}`] = round(
        cpuResults[row.id].median / cpuResults[other].median,
        2,
      );
    }
  }
}
const ratio = (a, b) => round(results[a].median / results[b].median, 2);
const ratiosOf = (suffix) => ({
  [`fresh clone: taskcache${suffix} / turbo (goal <= 0.5)`]: ratio(
    `taskcache-fresh-clone${suffix}`,
    'turbo-fresh-clone',
  ),
  [`fresh clone, no state: taskcache${suffix} / turbo`]: ratio(
    `taskcache-fresh-clone-no-state${suffix}`,
    'turbo-fresh-clone',
  ),
  [`fresh clone, hints from the store: taskcache${suffix} / turbo`]: ratio(
    `taskcache-fresh-clone-store-hints${suffix}`,
    'turbo-fresh-clone',
  ),
  [`repeated: taskcache${suffix} / turbo (goal <= 0.35)`]: ratio(
    `taskcache-repeat${suffix}`,
    'turbo-repeat',
  ),
  [`no git: taskcache${suffix} / b3sum -P2 (goal <= 0.8)`]: ratio(
    `taskcache-nogit${suffix}`,
    'b3sum-p2',
  ),
});
const ratios = Object.assign({}, ...builds.map((b) => ratiosOf(b.suffix)));
for (const row of rows) {
  const s = results[row.id];
  console.log(
    `${row.group.padEnd(12)} ${row.id.padEnd(32)} median ${s.median} ms (min ${s.min}, max ${s.max}, n ${s.n})`,
  );
}
for (const row of rows) {
  const s = cpuResults[row.id];
  if (s) console.log(`CPU ${row.id.padEnd(41)} median ${s.median} ms (min ${s.min}, max ${s.max})`);
}
for (const [name, value] of Object.entries(ratios)) console.log(`${name}: ${value}`);
for (const [name, value] of Object.entries(cpuRatios)) console.log(`${name}: ${value}`);
const file = appendResult(
  'fresh-clone',
  {
    at: new Date().toISOString(),
    commit: commit(),
    set,
    turns,
    ...(compareDir
      ? { compare: 'rows suffixed @compare ran a second build in the same turns' }
      : {}),
    ...(note ? { note } : {}),
    machine: machine(),
    node: nodeVersion(node),
    benchNode: process.version,
    turbo: JSON.parse(
      fs.readFileSync(path.join(peers, 'node_modules', 'turbo', 'package.json'), 'utf8'),
    ).version,
    results,
    ratios,
    cpu: cpuResults,
    ...(compareDir ? { cpuRatios } : {}),
  },
  'Deciding a hit: fresh clone, repeated run and no git (bench/fresh-clone.mjs)',
);
console.log(`results appended to ${file}`);
fs.rmSync(clone, { recursive: true, force: true });
fs.rmSync(nogit, { recursive: true, force: true });
