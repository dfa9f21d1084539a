// Helpers shared by bench/remotes-load.mjs and bench/scale.mjs: arguments, a private copy of the
// bundled CLI, child processes timed from the parent (optionally under GNU time for peak RSS),
// seeded shuffles, medians and percentiles, and the results file of the day.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `--name value` options and `--flag` switches of this process. */
export function options(argv = process.argv.slice(2)) {
  return {
    value: (name, fallback) => {
      const i = argv.indexOf(`--${name}`);
      return i >= 0 ? argv[i + 1] : fallback;
    },
    has: (name) => argv.includes(`--${name}`),
  };
}

/** Node 24 as scripts/test.sh fetches it (the action's runtime), else this Node. */
export function defaultNode() {
  const dir = path.join(repo, 'node_modules/.cache/taskcache-node');
  let found;
  try {
    for (const name of fs.readdirSync(dir).sort()) {
      const bin = path.join(dir, name, 'bin', 'node');
      if (name.startsWith('node-') && /-v?24\./.test(name) && fs.existsSync(bin)) found = bin;
    }
  } catch {}
  return found ?? process.execPath;
}

export function nodeVersion(node) {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

/** Whether `dir` is `root` or below it. */
function isInside(dir, root) {
  const relative = path.relative(root, dir);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * A copy of dist/ in `scratch`, so a rebuild of the working tree during the run does not change
 * what is measured (`dist`: another build's directory). Returns the path of its cli.cjs.
 * `nodeModules: false` leaves a copy outside the project without the project's packages (it
 * then hashes with the WebAssembly BLAKE3, as the action's bundle does on a runner).
 */
export function snapshotCli(scratch, dist = path.join(repo, 'dist'), { nodeModules = true } = {}) {
  if (!fs.existsSync(path.join(dist, 'cli.cjs'))) {
    console.error(`${path.join(dist, 'cli.cjs')} is missing: run \`npm run -s build\` first`);
    process.exit(2);
  }
  const copy = path.join(scratch, 'dist');
  fs.cpSync(dist, copy, { recursive: true });
  // The project's packages beside the copy, as an install has them: a copy in the system's
  // temporary folder would otherwise find no native BLAKE3 addon and hash with WebAssembly.
  const modules = path.join(scratch, 'node_modules');
  if (nodeModules && !fs.existsSync(modules) && !isInside(scratch, repo)) {
    fs.symlinkSync(path.join(repo, 'node_modules'), modules);
  }
  return path.join(copy, 'cli.cjs');
}

/** Generates a data set of bench/generate.mjs into bench/.work/<set> unless it is current. */
export function ensureSet(set) {
  const dir = path.join(repo, 'bench', '.work', set);
  const gen = path.join(repo, 'bench', 'generate.mjs');
  const want = spawnSync(process.execPath, [gen, '--stamp', set], { encoding: 'utf8' }).stdout;
  let have = '';
  try {
    have = fs.readFileSync(path.join(dir, '.git', 'bench-generator'), 'utf8');
  } catch {}
  if (have.trim() !== want.trim()) {
    console.log(`generating ${set} into ${path.relative(repo, dir)}`);
    fs.rmSync(dir, { recursive: true, force: true });
    const r = spawnSync(process.execPath, [gen, set, dir], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(1);
  }
  return dir;
}

/**
 * Runs a command; resolves with its exit code, combined output and wall time (ms) measured
 * here from spawn to exit. With `rss`, it runs under GNU time: `maxRssKb` is the resident set
 * of the largest single process of the command's tree, and `cpuMs` the user + system time of
 * the whole tree (on a shared machine, a steadier figure than the wall time).
 */
export function run(cmd, argv, { cwd, env, rss = false, shell = false } = {}) {
  return new Promise((resolve, reject) => {
    let rssFile;
    let file = cmd;
    let args = argv;
    if (shell) {
      file = 'bash';
      args = ['-c', cmd];
    }
    if (rss) {
      rssFile = path.join(
        os.tmpdir(),
        `bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`,
      );
      args = ['-f', '%M %U %S', '-o', rssFile, file, ...args];
      file = '/usr/bin/time';
    }
    const t0 = performance.now();
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      out += c;
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = performance.now() - t0;
      let maxRssKb;
      let cpuMs;
      if (rssFile) {
        try {
          const last = fs.readFileSync(rssFile, 'utf8').trim().split('\n').at(-1).split(' ');
          maxRssKb = Number(last[0]);
          cpuMs = Math.round((Number(last[1]) + Number(last[2])) * 1000);
          fs.rmSync(rssFile, { force: true });
        } catch {}
      }
      resolve({ code, out, ms, maxRssKb, cpuMs });
    });
  });
}

export function sync() {
  spawnSync('sync');
}

/** A seeded generator (LCG), so the order of turns is reproducible run to run. */
export function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function shuffle(items, random) {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Nearest-rank percentile. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median: round(median), min: round(s[0]), max: round(s.at(-1)), n: s.length };
}

export const round = (x, digits = 0) => Number(x.toFixed(digits));

export function machine() {
  return {
    cores: os.cpus().length,
    load: os.loadavg().map((x) => round(x, 2)),
    memGiB: round(os.totalmem() / 2 ** 30, 1),
  };
}

export function commit() {
  return spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: repo,
    encoding: 'utf8',
  }).stdout.trim();
}

/** Appends `entry` to bench/results/<name>-<date>.json (one file per day, a list of runs). */
export function appendResult(name, entry, bench) {
  const file = path.join(repo, 'bench', 'results', `${name}-${entry.at.slice(0, 10)}.json`);
  let doc = { bench, runs: [] };
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {}
  doc.runs.push(entry);
  fs.writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  return path.relative(repo, file);
}
