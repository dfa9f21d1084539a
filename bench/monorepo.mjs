#!/usr/bin/env node
// A monorepo's every task, taskcache beside Turborepo (issue 15's bench row).
//
//   node bench/monorepo.mjs [--reps 3] [--files 300] [--rows cold,cached,touched,edited]
//                           [--profile N] [--settle MS] [--node PATH] [--dist DIR] [--note TEXT]
//                           [--compare DIR] [--compare-label TEXT] [--no-write]
//
// Needs the bundled CLI (`npm run -s build`) and the peers (`bash bench/run.sh` installs them
// into bench/.peers); installs pnpm (pinned below) into bench/.work/monorepo-tools once.
// lib/monorepo-tree.mjs generates, seeded, a pnpm-style monorepo of eleven packages with a
// diamond (helpers -> fetch, query -> client -> app) and leaves; each package's build, lint and
// test are small node scripts over a few hundred source files. Two identical git checkouts, one
// per tool, each in its natural configuration: turbo.json (`build` dependsOn `^build`, outputs
// dist/**; `lint` and `test` dependsOn `build`) run as `turbo run build lint test`, and a
// taskcache.yml (a task per package script, `defaults:` for the lockfile, `depends-on`) run as
// `taskcache run`; each tool with its local cache and its default concurrency. Rows:
//   cold    caches and dist/ removed, every task runs
//   cached  nothing changed since a run that hit every task: every task a hit (goal: taskcache
//           <= 0.8x Turborepo); taskcache replays that run's seal
//   touched the same, but one source file of `helpers` touched (its bytes as they were, its
//           mtime now) before the run: taskcache's seal does not hold, every key is computed
//           (as in the first cached run after a build), and every task still hits
//   edited  one source file of the upstream leaf `helpers` edited: it and its dependents rerun
// Each repetition runs every row of both tools once, in a seeded shuffled order; a step's
// preparation (an untimed run to warm a cache, the edit) is outside its time, and is followed by
// a pause (--settle, 2.5 s) longer than taskcache's racy-timestamp window. Checks: the cold
// run misses every task, the cached run hits every task and leaves dist/ as the cold run built
// it, the edited run misses exactly the tasks of helpers and its dependents, and both tools
// build the same dist/. --profile N adds N cached taskcache runs with TASKCACHE_DEBUG=1 and
// --cpu-prof: the debug lines' phases and the bundle's functions by inclusive time. --dist DIR
// measures another build of the CLI (a copy of DIR) instead of this checkout's dist/. --compare DIR
// adds a second build of taskcache (DIR's dist/, say the build before a change) as a third tool
// in the same turns, on its own copy of the tree and its own cache, with its ratios to Turborepo
// and to the first build.
// Medians, min and max (wall and CPU ms) and the ratios go to bench/results/monorepo-<date>.json.

import { createHash } from 'node:crypto';
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
import { inclusiveTimes } from './lib/cpuprofile.mjs';
import {
  dependents,
  distDigest,
  EDITED,
  generate,
  PACKAGES,
  SCRIPTS,
} from './lib/monorepo-tree.mjs';

const PNPM_VERSION = '10.34.9';

const opt = options();
const reps = Number(opt.value('reps', '3'));
const filesPerPackage = Number(opt.value('files', '300'));
const ROWS = ['cold', 'cached', 'touched', 'edited'];
const rows = opt.value('rows', ROWS.join(',')).split(',');
const profiles = Number(opt.value('profile', '0'));
const settleMs = Number(opt.value('settle', '2500'));
const node = opt.value('node', defaultNode());
const write = !opt.has('no-write');
const bad = rows.find((r) => !ROWS.includes(r));
if (bad || !(reps >= 1)) {
  console.error(`--rows takes ${ROWS.join(', ')} (got ${bad}); --reps a number >= 1`);
  process.exit(2);
}

const here = path.join(repo, 'bench');
const turbo = path.join(here, '.peers', 'node_modules', '.bin', 'turbo');
if (!fs.existsSync(turbo)) {
  console.error(
    `${turbo} is missing: run \`bash bench/run.sh --quick\` first (installs the peers)`,
  );
  process.exit(2);
}
const work = path.join(here, '.work', 'monorepo');
await takeTurn(`${work}.lock`);
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const cli = snapshotCli(work, path.resolve(opt.value('dist', path.join(repo, 'dist'))));
const compareDist = opt.value('compare', '');
const compareLabel = opt.value('compare-label', 'compare');
const compareCli = compareDist
  ? snapshotCli(path.join(work, 'compare-cli'), path.resolve(compareDist))
  : undefined;
/** The tools measured; `compare` is a second build of taskcache. */
const toolNames = ['taskcache', 'turbo', ...(compareCli ? ['compare'] : [])];
const isTaskcache = (tool) => tool === 'taskcache' || tool === 'compare';

const tools = path.join(here, '.work', 'monorepo-tools');
const pnpm = path.join(tools, 'node_modules', '.bin', 'pnpm');
const env = {
  PATH: `${path.dirname(pnpm)}:${process.env.PATH ?? ''}`,
  HOME: process.env.HOME ?? '',
  LANG: 'C.UTF-8',
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
  npm_config_update_notifier: 'false',
};
if ((await run(pnpm, ['--version'], { env }).catch(() => ({}))).out?.trim() !== PNPM_VERSION) {
  console.log(`installing pnpm ${PNPM_VERSION} into ${path.relative(repo, tools)}`);
  fs.rmSync(tools, { recursive: true, force: true });
  fs.mkdirSync(tools, { recursive: true });
  const r = await run(
    'npm',
    ['install', '--prefix', tools, '--no-audit', '--no-fund', `pnpm@${PNPM_VERSION}`],
    { env: process.env },
  );
  if (r.code !== 0) throw new Error(`npm install pnpm failed:\n${r.out}`);
}

const trees = Object.fromEntries(toolNames.map((tool) => [tool, path.join(work, tool)]));
for (const dir of Object.values(trees)) {
  generate(dir, { pnpm, pnpmVersion: PNPM_VERSION, filesPerPackage, env });
}
const cacheDirs = {
  taskcache: path.join(work, 'taskcache-cache'),
  compare: path.join(work, 'compare-cache'),
};
const total = Object.keys(PACKAGES).length * SCRIPTS.length;
const editedMisses = dependents(EDITED).length * SCRIPTS.length;
const sourceFiles = fs.readdirSync(path.join(trees.turbo, 'packages'), { recursive: true });
const versions = {
  node: nodeVersion(node),
  scriptsNode: nodeVersion('node'),
  turbo: (await run(turbo, ['--version'], { env })).out.trim(),
  pnpm: PNPM_VERSION,
};
/** Each tool's default: taskcache the number of cores, Turborepo 10. */
const concurrency = { taskcache: os.availableParallelism(), turbo: 10 };
if (compareCli) concurrency.compare = concurrency.taskcache;

const commands = {
  taskcache: [node, [cli, 'run', '--cache-dir', cacheDirs.taskcache]],
  ...(compareCli ? { compare: [node, [compareCli, 'run', '--cache-dir', cacheDirs.compare]] } : {}),
  turbo: [turbo, ['run', ...SCRIPTS]],
};

/** Runs a tool's every task; returns times and its count of cache hits, or throws. */
async function runTool(tool, extraEnv = {}, nodeArgs = []) {
  const [cmd, args] = commands[tool];
  const argv = isTaskcache(tool) ? [...nodeArgs, ...args] : args;
  const r = await run(cmd, argv, { cwd: trees[tool], env: { ...env, ...extraEnv }, rss: true });
  if (r.code !== 0) throw new Error(`${tool} failed (${r.code}):\n${r.out.slice(-4000)}`);
  const m = isTaskcache(tool)
    ? /(\d+) tasks?: (\d+) hits?, \d+ miss/.exec(r.out)
    : /Cached:\s+(\d+) cached, (\d+) total/.exec(r.out);
  if (!m) throw new Error(`${tool}: no summary line in its output:\n${r.out.slice(-2000)}`);
  const [done, hits] = isTaskcache(tool) ? [+m[1], +m[2]] : [+m[2], +m[1]];
  if (done !== total) throw new Error(`${tool} ran ${done} tasks, not ${total}`);
  return { ms: r.ms, cpuMs: r.cpuMs, hits, out: r.out };
}

function clean(tool) {
  for (const name of Object.keys(PACKAGES)) {
    fs.rmSync(path.join(trees[tool], 'packages', name, 'dist'), { recursive: true, force: true });
  }
  if (tool === 'turbo')
    fs.rmSync(path.join(trees.turbo, '.turbo'), { recursive: true, force: true });
  else fs.rmSync(cacheDirs[tool], { recursive: true, force: true });
}

const editedFile = path.join('packages', EDITED, 'src', 'm0000.js');
const state = Object.fromEntries(toolNames.map((tool) => [tool, 'stale']));
const reference = {};
const wall = {};
const cpu = {};
const push = (into, key, value) => {
  into[key] = [...(into[key] ?? []), value];
};
const record = (key, r) => {
  push(wall, key, r.ms);
  push(cpu, key, r.cpuMs);
};
function checkDist(tool, when) {
  const digest = distDigest(trees[tool], createHash);
  reference[tool] ??= digest;
  if (digest !== reference[tool]) throw new Error(`${tool}: dist/ after ${when} differs`);
}

/**
 * A pause before each timed run: files written by the preparation are then older than
 * taskcache's racy-timestamp window (2 s), as in any run that does not follow another at once.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, settleMs));

async function step(row, tool, rep) {
  const key = `${row}/${tool}`;
  if (row === 'cold') {
    clean(tool);
    await settle();
    const r = await runTool(tool);
    if (r.hits !== 0) throw new Error(`${key}: ${r.hits} hits after the caches were removed`);
    record(key, r);
    checkDist(tool, 'a cold run');
  } else {
    if (state[tool] !== 'warm') await runTool(tool);
    const file = path.join(trees[tool], editedFile);
    const original = fs.readFileSync(file, 'utf8');
    if (row === 'edited') fs.writeFileSync(file, `${original}export const edited = ${rep + 1};\n`);
    if (row === 'touched') fs.utimesSync(file, new Date(), new Date());
    await settle();
    const r = await runTool(tool);
    const expected = row === 'edited' ? total - editedMisses : total;
    if (r.hits !== expected) throw new Error(`${key}: ${r.hits} hits, expected ${expected}`);
    record(key, r);
    if (row === 'edited') fs.writeFileSync(file, original);
    else checkDist(tool, 'a cached run');
  }
  // warm: the last run hit every task; built: dist/ is there, but the last run made it.
  state[tool] = row === 'edited' ? 'stale' : row === 'cold' ? 'built' : 'warm';
}

const random = seeded(4);
const m = machine();
console.log(
  `monorepo: ${Object.keys(PACKAGES).length} packages, ${total} tasks, ${sourceFiles.length} files in packages/, ${reps} repetitions; ${m.cores} cores, load ${m.load.join(' ')}; taskcache on node ${versions.node}, scripts on ${versions.scriptsNode}, turbo ${versions.turbo}, pnpm ${versions.pnpm}`,
);
for (let rep = 0; rep < reps; rep++) {
  const order = shuffle(
    rows.flatMap((row) => toolNames.map((tool) => [row, tool])),
    random,
  );
  const line = [];
  for (const [row, tool] of order) {
    await step(row, tool, rep);
    line.push(`${row}/${tool} ${(wall[`${row}/${tool}`].at(-1) / 1000).toFixed(2)} s`);
  }
  console.log(`rep ${rep + 1}/${reps}: ${line.join(', ')}`);
}
if (toolNames.some((tool) => reference[tool] !== reference.turbo)) {
  throw new Error('the tools built different dist/');
}

const wallMs = Object.fromEntries(Object.entries(wall).map(([k, v]) => [k, stats(v)]));
const cpuMs = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, stats(v)]));
const ratio = {};
for (const row of rows) {
  ratio[row] = {
    wall: round(wallMs[`${row}/taskcache`].median / wallMs[`${row}/turbo`].median, 3),
    cpu: round(cpuMs[`${row}/taskcache`].median / cpuMs[`${row}/turbo`].median, 3),
  };
  if (compareCli) {
    const of = (a, b) => ({
      wall: round(wallMs[`${row}/${a}`].median / wallMs[`${row}/${b}`].median, 3),
      cpu: round(cpuMs[`${row}/${a}`].median / cpuMs[`${row}/${b}`].median, 3),
    });
    ratio[row].compare = { ...of('compare', 'turbo'), label: compareLabel };
    ratio[row].againstCompare = of('taskcache', 'compare');
  }
}
for (const k of Object.keys(wallMs).sort()) {
  const [w, c] = [wallMs[k], cpuMs[k]];
  console.log(
    `${k.padEnd(18)} wall ${w.median} ms (min ${w.min}, max ${w.max}); CPU ${c.median} ms (min ${c.min}, max ${c.max})`,
  );
}
for (const [row, r] of Object.entries(ratio)) {
  console.log(
    `ratio taskcache / turbo, ${row}: wall ${r.wall}x, CPU ${r.cpu}x${row === 'cached' || row === 'touched' ? ' (goal <= 0.8 wall)' : ''}`,
  );
  if (r.compare) {
    console.log(
      `  ${compareLabel} / turbo: wall ${r.compare.wall}x, CPU ${r.compare.cpu}x; taskcache / ${compareLabel}: wall ${r.againstCompare.wall}x, CPU ${r.againstCompare.cpu}x`,
    );
  }
}

// ---- where a cached taskcache run spends its time --------------------------------------------
let profile;
if (profiles > 0) {
  if (state.taskcache !== 'warm') await runTool('taskcache');
  const phases = {};
  const profDir = path.join(work, 'profiles');
  for (let i = 0; i < profiles; i++) {
    await settle();
    const dbg = await runTool('taskcache', { TASKCACHE_DEBUG: '1' });
    // "build-a: key in 22 ms", "listed 37 inputs at 8 ms; ...": the phase, numbers left out.
    for (const [, what, ms] of dbg.out.matchAll(
      /debug: (?:[\w-]+: )?([a-z][\w ]*?) (?:at|in) (\d+) ms/g,
    )) {
      push(phases, what.replace(/\d+/g, 'N'), Number(ms));
    }
    await settle();
    await runTool('taskcache', {}, [
      '--cpu-prof',
      '--cpu-prof-interval',
      '200',
      '--cpu-prof-dir',
      profDir,
    ]);
  }
  const top = inclusiveTimes(profDir, /dist\/(cli\.cjs|cli\/|chunks\/)/);
  profile = {
    runs: profiles,
    debugPhasesMs: Object.fromEntries(
      Object.entries(phases).map(([k, v]) => [
        k,
        { perRun: round(v.reduce((a, b) => a + b, 0) / profiles, 1), lines: v.length / profiles },
      ]),
    ),
    sampledMsPerRun: round(top.sampledMs / profiles, 1),
    inclusiveMsPerRun: top.rows.slice(0, 30).map(([k, v]) => [k, round(v / profiles, 1)]),
  };
  console.log('debug phases, ms per run (summed over tasks):', profile.debugPhasesMs);
  console.log(`bundle functions, inclusive ms per run (of ${profile.sampledMsPerRun} sampled):`);
  for (const [k, v] of profile.inclusiveMsPerRun.slice(0, 20))
    console.log(`${String(v).padStart(7)}  ${k}`);
}

if (write) {
  const entry = {
    at: new Date().toISOString(),
    commit: commit(),
    dist: opt.has('dist') ? path.resolve(opt.value('dist')) : 'dist/',
    ...(compareCli ? { compare: { dist: path.resolve(compareDist), label: compareLabel } } : {}),
    machine: machine(),
    versions,
    tree: { packages: Object.keys(PACKAGES).length, tasks: total, files: sourceFiles.length },
    reps,
    concurrency,
    settleMs,
    note: opt.value(
      'note',
      'shared machine (other jobs running): figures are noisy, repetitions kept few; compare the ratios',
    ),
    ratio,
    wallMs,
    cpuMs,
    raw: { wall, cpu },
    ...(profile ? { profile } : {}),
  };
  console.log(`written to ${appendResult('monorepo', entry, 'bench/monorepo.mjs')}`);
}

/**
 * Waits until no other run of this bench holds `lock`, then holds it until this process exits:
 * two runs at once would remove each other's trees.
 */
async function takeTurn(lock) {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = 0; ; waited++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      process.on('exit', () => fs.rmSync(lock, { force: true }));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = Number(fs.readFileSync(lock, 'utf8'));
    let alive = false;
    try {
      process.kill(holder, 0);
      alive = holder > 0;
    } catch {}
    if (!alive) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (waited === 0) console.log(`waiting for another run of this bench (pid ${holder})`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
