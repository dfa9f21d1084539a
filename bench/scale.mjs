#!/usr/bin/env node
// Cost as work grows (issue 17, goal 5): how deciding a hit, restoring and saving scale at 1×, 4×
// and 16× the file count and bytes, with the peak RSS of each.
//
//   node bench/scale.mjs [--base-files 2000] [--base-mb 25] [--scales 1,4,16] [--reps 3]
//                        [--node PATH] [--dist DIR] [--label TEXT] [--no-write]
//                        [--compare DIR] [--compare-label TEXT]
//
// Needs the bundled CLI (`npm run -s build`; a copy of dist/, or of --dist DIR, another build's
// dist/, is taken at the start). With --compare DIR, a second build's dist/ (say, the build
// before a change) takes its turns in the same shuffled order, with a store and state of its
// own, and gets a table of its own. Each scale is
// a tree of bench/generate.mjs's `repo` kind (log-normal sizes, packages/*/src/**) with N × the
// base files and bytes, generated once into bench/.work/scale-<files>-<mb>; its outputs folder
// out/ is a copy of packages/ (so outputs grow with inputs). The task: inputs packages/*/src/**,
// outputs out/**, command `node -e 0`. Steps, taking turns in a shuffled order each repetition,
// after a `sync`, under GNU time (wall, user + system time, peak RSS of the CLI's process):
//   decide        `taskcache dry-run copy`, a hit, the CLI's state kept (a repeated run)
//   decide-fresh  the same with the CLI's state (<cache-dir>/state) removed first (a fresh clone)
//   restore       `taskcache run copy`, a hit from the local store into a folder that never existed
//   save          `taskcache run copy`, a miss into an empty local store: keys, archives out/
// The table gives medians (min–max), the cost per base unit between scales (linear = the same
// per unit from 1× to 4× as from 4× to 16×), and RSS growth. Written to
// bench/results/scale-<date>.json (appending that day's runs).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GENERATOR_VERSION, generate, SETS, stampFor } from './generate.mjs';
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
  sync,
} from './lib/common.mjs';

const opt = options();
const baseFiles = Number(opt.value('base-files', '2000'));
const baseMB = Number(opt.value('base-mb', '25'));
const scales = opt.value('scales', '1,4,16').split(',').map(Number);
const reps = Number(opt.value('reps', '3'));
const node = opt.value('node', defaultNode());
const label = opt.value('label', 'current');
const write = !opt.has('no-write');
const dist = opt.value('dist', path.join(repo, 'dist'));
const compareDist = opt.value('compare', '');
const compareLabel = opt.value('compare-label', 'compare');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'taskcache-scale-'));
const builds = [{ id: 'this', cli: snapshotCli(scratch, path.resolve(dist)) }];
if (compareDist) {
  const dir = path.join(scratch, 'compare');
  fs.mkdirSync(dir);
  builds.push({ id: 'compare', cli: snapshotCli(dir, path.resolve(compareDist)) });
}
console.log(
  `scale: ${scales.map((s) => `${s}×`).join(', ')} of ${baseFiles} files / ${baseMB} MB, ${reps} repetitions; ${os.cpus().length} cores, CLI on node ${nodeVersion(node)}`,
);

// ---- trees ---------------------------------------------------------------------------------------
const CONFIG = [
  '# taskcache configuration of bench/scale.mjs',
  'tasks:',
  '  copy:',
  '    run: node -e 0',
  '    inputs: ["packages/*/src/**"]',
  '    outputs: ["out/**"]',
  '',
].join('\n');

function tree(scale) {
  const files = baseFiles * scale;
  const mb = baseMB * scale;
  const set = `scale-${files}-${mb}`;
  SETS[set] = {
    kind: 'repo',
    seed: 0x7363616c + files,
    files,
    bytes: mb * 1e6,
    packages: Math.max(5, Math.round(files / 500)),
    sigma: 1.2,
    maxFile: 2e6,
    binaryShare: 0.05,
  };
  const dir = path.join(repo, 'bench', '.work', set);
  const stamp = `${stampFor(set)} outputs=1`;
  let have = '';
  try {
    have = fs.readFileSync(path.join(dir, '.git', 'bench-scale'), 'utf8').trim();
  } catch {}
  if (have !== stamp) {
    const t0 = performance.now();
    fs.rmSync(dir, { recursive: true, force: true });
    generate(set, dir);
    fs.cpSync(path.join(dir, 'packages'), path.join(dir, 'out'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.git', 'info', 'exclude'), 'out/\nscale.taskcache.yml\n');
    fs.writeFileSync(path.join(dir, '.git', 'bench-scale'), `${stamp}\n`);
    console.log(
      `generated ${set} (generator ${GENERATOR_VERSION}) in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
  }
  // In the tree: a config file's folder is the workspace its patterns start from.
  const config = path.join(dir, 'scale.taskcache.yml');
  fs.writeFileSync(config, CONFIG);
  return { scale, set, dir, files, mb, config };
}
const trees = scales.map(tree);

// ---- steps ---------------------------------------------------------------------------------------
const cacheOf = (t, b) => path.join(scratch, `cache-${t.set}-${b.id}`);
const trash = path.join(scratch, 'trash');
fs.mkdirSync(trash);
let aside = 0;
/** Moves a path out of the way without freeing its inodes during the series. */
const moveAside = (p) => {
  if (fs.existsSync(p)) fs.renameSync(p, path.join(trash, String(aside++)));
};
const cliRun = (t, b, argv, cache) =>
  run(node, [b.cli, ...argv, '-c', t.config, '--cache-dir', cache], {
    cwd: t.dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    rss: true,
  });
// The CLI keeps its stat cache (its "state") in <cache-dir>/state.
const stateDir = (t, b) => path.join(cacheOf(t, b), 'state');

const STEPS = {
  decide: {
    prepare: () => {},
    cmd: (t, b) => cliRun(t, b, ['dry-run', 'copy'], cacheOf(t, b)),
    check: (r) => /\bhit\b/.test(r.out) && !/\bmiss\b/.test(r.out),
  },
  'decide-fresh': {
    prepare: (t, b) => moveAside(stateDir(t, b)),
    cmd: (t, b) => cliRun(t, b, ['dry-run', 'copy'], cacheOf(t, b)),
    check: (r) => /\bhit\b/.test(r.out) && !/\bmiss\b/.test(r.out),
  },
  restore: {
    prepare: (t) => moveAside(path.join(t.dir, 'out')),
    cmd: (t, b) => cliRun(t, b, ['run', 'copy'], cacheOf(t, b)),
    check: (r, t) =>
      / hit from /.test(r.out) && !/warning/.test(r.out) && fs.existsSync(path.join(t.dir, 'out')),
  },
  save: {
    prepare: (_t, b) => moveAside(path.join(scratch, `save-cache-${b.id}`)),
    cmd: (t, b) => cliRun(t, b, ['run', 'copy'], path.join(scratch, `save-cache-${b.id}`)),
    check: (r) => /saved to/.test(r.out),
  },
};

// Prime each scale's local store (the entry decide and restore find).
for (const b of builds) {
  for (const t of trees) {
    const r = await cliRun(t, b, ['run', 'copy', '--force'], cacheOf(t, b));
    if (r.code !== 0) throw new Error(`priming ${t.set} (${b.id}) failed:\n${r.out}`);
  }
}

const results = {};
for (const b of builds) {
  for (const t of trees) {
    for (const step of Object.keys(STEPS)) results[`${b.id}:${t.scale}/${step}`] = [];
  }
}
const random = seeded(0x7363616c);
for (let rep = 0; rep < reps; rep++) {
  for (const name of shuffle(Object.keys(results), random)) {
    const [id, scaleStep] = name.split(':');
    const [scale, step] = scaleStep.split('/');
    const t = trees.find((x) => String(x.scale) === scale);
    const b = builds.find((x) => x.id === id);
    STEPS[step].prepare(t, b);
    sync();
    const r = await STEPS[step].cmd(t, b);
    if (r.code !== 0 || !STEPS[step].check(r, t)) {
      throw new Error(`${name} did not do what it should:\n${r.out}`);
    }
    results[name].push({ ms: r.ms, cpuMs: r.cpuMs, rssMB: r.maxRssKb / 1024 });
  }
  // The moved-aside folders go between repetitions, never while one is measured.
  fs.rmSync(trash, { recursive: true, force: true });
  fs.mkdirSync(trash);
  console.log(`rep ${rep + 1}/${reps} done`);
}
fs.rmSync(scratch, { recursive: true, force: true });

// ---- table -----------------------------------------------------------------------------------------
/** The table of one build's steps, and its summary and verdict. */
function table(id, title) {
  const summary = {};
  for (const [name, rs] of Object.entries(results)) {
    if (!name.startsWith(`${id}:`)) continue;
    summary[name.slice(id.length + 1)] = {
      wallMs: stats(rs.map((r) => r.ms)),
      cpuMs: stats(rs.map((r) => r.cpuMs)),
      peakRssMB: round(Math.max(...rs.map((r) => r.rssMB)), 1),
    };
  }
  const verdict = {};
  const [first, ...rest] = trees;
  const last = trees.at(-1);
  console.log('');
  console.log(`${title}:`);
  console.log(
    `${'step'.padEnd(13)}${trees.map((t) => `${t.scale}× (${t.files} files, ${t.mb} MB)`.padEnd(30)).join('')}per-unit cost, later/earlier   RSS ${last.scale}×/${first.scale}×`,
  );
  for (const step of Object.keys(STEPS)) {
    const s = trees.map((t) => summary[`${t.scale}/${step}`]);
    // Cost per base unit between consecutive scales; linear when it stays the same.
    const slopes = [];
    for (let i = 1; i < trees.length; i++) {
      const dUnits = trees[i].scale - trees[i - 1].scale;
      slopes.push((s[i].wallMs.median - s[i - 1].wallMs.median) / dUnits);
    }
    const cpuSlopes = [];
    for (let i = 1; i < trees.length; i++) {
      const dUnits = trees[i].scale - trees[i - 1].scale;
      cpuSlopes.push((s[i].cpuMs.median - s[i - 1].cpuMs.median) / dUnits);
    }
    const slopeRatio = slopes.length > 1 ? round(slopes.at(-1) / slopes[0], 2) : null;
    const cpuSlopeRatio = cpuSlopes.length > 1 ? round(cpuSlopes.at(-1) / cpuSlopes[0], 2) : null;
    const rssRatio = round(s.at(-1).peakRssMB / s[0].peakRssMB, 2);
    verdict[step] = {
      msPerUnit: slopes.map((x) => round(x)),
      slopeRatio,
      cpuMsPerUnit: cpuSlopes.map((x) => round(x)),
      cpuSlopeRatio,
      linear: cpuSlopeRatio === null ? null : cpuSlopeRatio <= 1.5,
      rssRatio,
      rssFlat: rssRatio <= 1.5,
      rssMB: s.map((x) => x.peakRssMB),
    };
    console.log(
      `${step.padEnd(13)}${s
        .map((x) =>
          `${(x.wallMs.median / 1000).toFixed(2)} s (${(x.wallMs.min / 1000).toFixed(2)}–${(x.wallMs.max / 1000).toFixed(2)}) ${Math.round(x.peakRssMB)} MB`.padEnd(
            30,
          ),
        )
        .join(
          '',
        )}${`${verdict[step].msPerUnit.join(' → ')} ms (wall ${slopeRatio}×, CPU ${cpuSlopeRatio}×)`.padEnd(40)} ${rssRatio}×`,
    );
  }
  console.log(
    `\nlinear (CPU time per unit from ${trees.at(-2)?.scale}× to ${last.scale}× at most 1.5× that from ${first.scale}× to ${rest[0]?.scale}×): ${Object.entries(
      verdict,
    )
      .map(([k, v]) => `${k} ${v.linear ? 'yes' : 'no'}`)
      .join(', ')}; RSS flat (${last.scale}× at most 1.5× ${first.scale}×): ${Object.entries(
      verdict,
    )
      .map(([k, v]) => `${k} ${v.rssFlat ? 'yes' : 'no'}`)
      .join(', ')}`,
  );

  return { summary, verdict };
}
const { summary, verdict } = table('this', label);
const compared = compareDist ? table('compare', compareLabel) : undefined;

if (write) {
  const entry = {
    label,
    commit: commit(),
    at: new Date().toISOString(),
    machine: machine(),
    node: nodeVersion(node),
    reps,
    base: { files: baseFiles, mb: baseMB },
    trees: trees.map((t) => ({ scale: t.scale, files: t.files, mb: t.mb, set: t.set })),
    verdict,
    summary,
    ...(compared ? { compare: { label: compareLabel, ...compared } } : {}),
  };
  console.log(`written to ${appendResult('scale', entry, 'bench/scale.mjs')}`);
}
