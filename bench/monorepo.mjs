#!/usr/bin/env node
// A monorepo's every task, taskcache beside Turborepo (issue 15's bench row).
//
//   node bench/monorepo.mjs [--reps N] [--no-write]
//
// Needs the bundled CLI (`npm run -s build`) and the peers (`bash bench/run.sh` installs them
// into bench/.peers). Generates, seeded, an npm-workspaces monorepo of eight packages with a
// diamond (helpers -> fetch, query -> client -> app) and leaves, each with `build` (strips
// comments from its sources and appends its dependencies' builds into dist/), `lint` and `test`
// (read sources or the build, write nothing). Two identical git checkouts, one per tool, each in
// its natural configuration: turbo.json (`build` dependsOn `^build`, outputs dist/**; `test`
// dependsOn `build`) and a taskcache.yml as a user writes it (a task per package script,
// `defaults:` for the lockfile, `depends-on`). Rows, tools taking turns in a shuffled order:
//   cold    caches and dist/ removed, every task run (default concurrency of each tool)
//   cached  nothing changed, every task a hit
// After each cached run, both trees' dist/ must equal the cold run's. Writes medians, min, max
// and the ratios to bench/results/monorepo-<date>.json.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const args = process.argv.slice(2);
const reps = Number(args.includes('--reps') ? args[args.indexOf('--reps') + 1] : '3');
const write = !args.includes('--no-write');
const cli = path.join(repo, 'dist', 'cli.cjs');
const turbo = path.join(here, '.peers', 'node_modules', '.bin', 'turbo');
for (const [file, hint] of [
  [cli, 'npm run -s build'],
  [turbo, 'bash bench/run.sh (installs the peers)'],
]) {
  if (!fs.existsSync(file)) {
    console.error(`${file} is missing: run \`${hint}\` first`);
    process.exit(2);
  }
}

const PACKAGES = {
  helpers: [],
  utils: [],
  gen: [],
  fetch: ['helpers'],
  query: ['helpers'],
  client: ['fetch', 'query'],
  cli: ['gen', 'utils'],
  app: ['client', 'cli'],
};
const FILES_PER_PACKAGE = 300;

let seed = 15;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const BUILD = `const fs = require('node:fs');
const path = require('node:path');
const deps = process.argv.slice(2);
const src = fs.readdirSync('src').sort().map((f) => fs.readFileSync(path.join('src', f), 'utf8'));
const code = src.map((s) => s.split('\\n').filter((l) => !l.trim().startsWith('//')).join('\\n'));
const upstream = deps.map((d) => fs.readFileSync(path.join('..', d, 'dist', 'index.js'), 'utf8').length);
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/index.js', code.join('\\n') + '\\n// upstream ' + upstream.join(',') + '\\n');
`;
const LINT = `const fs = require('node:fs');
let n = 0;
for (const f of fs.readdirSync('src')) n += fs.readFileSync('src/' + f, 'utf8').split('\\n').length;
console.log('linted', n, 'lines');
`;
const TEST = `const fs = require('node:fs');
console.log('tested', fs.readFileSync('dist/index.js', 'utf8').length, 'bytes');
`;

function generate(dir) {
  // The same sources in both trees.
  seed = 15;
  fs.rmSync(dir, { recursive: true, force: true });
  const w = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  const names = Object.keys(PACKAGES);
  w(
    'package.json',
    json({ name: 'mono', private: true, packageManager: 'npm@10.9.2', workspaces: ['packages/*'] }),
  );
  const lock = { '': { name: 'mono', version: '0.0.0', workspaces: ['packages/*'] } };
  for (const name of names) {
    lock[`node_modules/@mono/${name}`] = { resolved: `packages/${name}`, link: true };
    lock[`packages/${name}`] = {
      name: `@mono/${name}`,
      version: '0.0.0',
      dependencies: Object.fromEntries(PACKAGES[name].map((d) => [`@mono/${d}`, '0.0.0'])),
    };
  }
  w(
    'package-lock.json',
    json({ name: 'mono', version: '0.0.0', lockfileVersion: 3, requires: true, packages: lock }),
  );
  w('.gitignore', 'dist/\n.turbo/\nnode_modules\n.taskcache/\n');
  w('scripts/build.js', BUILD);
  w('scripts/lint.js', LINT);
  w('scripts/test.js', TEST);
  const yaml = ['defaults:', '  inputs: [package-lock.json]', 'tasks:'];
  for (const name of names) {
    const deps = PACKAGES[name];
    w(
      `packages/${name}/package.json`,
      json({
        name: `@mono/${name}`,
        version: '0.0.0',
        private: true,
        dependencies: Object.fromEntries(deps.map((d) => [`@mono/${d}`, '0.0.0'])),
        scripts: {
          build: `node ../../scripts/build.js ${deps.join(' ')}`.trim(),
          lint: 'node ../../scripts/lint.js',
          test: 'node ../../scripts/test.js',
        },
      }),
    );
    for (let i = 0; i < FILES_PER_PACKAGE; i++) {
      const lines = [`// ${name} module ${i}`];
      for (let j = 0; j < 20; j++)
        lines.push(`export const v${j} = ${Math.floor(random() * 1e9)};`);
      w(`packages/${name}/src/m${String(i).padStart(4, '0')}.js`, `${lines.join('\n')}\n`);
    }
    const common = [
      '    working-directory: packages/' + name,
      '    inputs: [src/**, package.json]',
    ];
    yaml.push(`  build-${name}:`, `    run: npm run build`, ...common, '    outputs: [dist/**]');
    if (deps.length > 0) yaml.push(`    depends-on: [${deps.map((d) => `build-${d}`).join(', ')}]`);
    yaml.push(`  lint-${name}:`, '    run: npm run lint', ...common);
    yaml.push(
      `  test-${name}:`,
      '    run: npm run test',
      ...common,
      `    depends-on: [build-${name}]`,
    );
  }
  w('taskcache.yml', `${yaml.join('\n')}\n`);
  w(
    'turbo.json',
    json({
      $schema: 'https://turborepo.com/schema.json',
      ui: 'stream',
      tasks: {
        build: { dependsOn: ['^build'], inputs: ['src/**', 'package.json'], outputs: ['dist/**'] },
        lint: { inputs: ['src/**', 'package.json'], outputs: [] },
        test: { dependsOn: ['build'], inputs: ['src/**', 'package.json'], outputs: [] },
      },
    }),
  );
  const git = (...a) => spawnSync('git', a, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git(
    '-c',
    'user.name=bench',
    '-c',
    'user.email=bench@example.invalid',
    'commit',
    '-q',
    '-m',
    'init',
  );
}

const work = path.join(here, '.work', 'monorepo');
const trees = { taskcache: path.join(work, 'taskcache'), turbo: path.join(work, 'turbo') };
for (const dir of Object.values(trees)) generate(dir);
const taskcacheDir = path.join(work, 'taskcache-cache');
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
};

const commands = {
  taskcache: {
    cwd: trees.taskcache,
    cmd: process.execPath,
    args: [cli, 'run', '--cache-dir', taskcacheDir],
  },
  turbo: { cwd: trees.turbo, cmd: turbo, args: ['run', 'build', 'lint', 'test'] },
};

function clean(tool) {
  for (const name of Object.keys(PACKAGES)) {
    fs.rmSync(path.join(trees[tool], 'packages', name, 'dist'), { recursive: true, force: true });
  }
  if (tool === 'turbo')
    fs.rmSync(path.join(trees.turbo, '.turbo'), { recursive: true, force: true });
  else fs.rmSync(taskcacheDir, { recursive: true, force: true });
}

function run(tool) {
  const { cwd, cmd, args: a } = commands[tool];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, a, { cwd, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${tool} failed (${r.status}): ${r.stderr}\n${r.stdout}`);
  return ms;
}

function distDigest(tool) {
  const h = createHash('sha256');
  for (const name of Object.keys(PACKAGES)) {
    h.update(fs.readFileSync(path.join(trees[tool], 'packages', name, 'dist', 'index.js')));
  }
  return h.digest('hex');
}

const times = {
  'cold/taskcache': [],
  'cold/turbo': [],
  'cached/taskcache': [],
  'cached/turbo': [],
};
console.log(
  `monorepo: ${Object.keys(PACKAGES).length} packages, ${3 * Object.keys(PACKAGES).length} tasks, ${reps} repetitions; ${os.availableParallelism()} cores, node ${process.version}`,
);
for (let rep = 0; rep < reps; rep++) {
  const order = Object.keys(commands).sort(() => random() - 0.5);
  const line = [];
  for (const tool of order) {
    clean(tool);
    times[`cold/${tool}`].push(run(tool));
    const cold = distDigest(tool);
    times[`cached/${tool}`].push(run(tool));
    if (distDigest(tool) !== cold) throw new Error(`${tool}: a cached run changed dist/`);
    line.push(
      `${tool} cold ${(times[`cold/${tool}`].at(-1) / 1000).toFixed(2)} s, cached ${(times[`cached/${tool}`].at(-1) / 1000).toFixed(2)} s`,
    );
  }
  console.log(`rep ${rep + 1}/${reps}: ${line.join('; ')}`);
}
if (distDigest('taskcache') !== distDigest('turbo'))
  throw new Error('the two trees built different dist/');

const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: Math.round(s[Math.floor(s.length / 2)]),
    min: Math.round(s[0]),
    max: Math.round(s.at(-1)),
  };
};
const ms = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, stat(v)]));
const ratio = {
  cached: Number((ms['cached/taskcache'].median / ms['cached/turbo'].median).toFixed(3)),
  cold: Number((ms['cold/taskcache'].median / ms['cold/turbo'].median).toFixed(3)),
};
for (const [k, v] of Object.entries(ms))
  console.log(`${k.padEnd(18)} median ${v.median} ms (min ${v.min}, max ${v.max})`);
console.log(`ratio taskcache / turbo: cached ${ratio.cached}× (goal ≤ 0.8), cold ${ratio.cold}×`);
const turboVersion = spawnSync(turbo, ['--version'], { encoding: 'utf8', env }).stdout.trim();
if (write) {
  const date = new Date().toISOString().slice(0, 10);
  const file = path.join(here, 'results', `monorepo-${date}.json`);
  const runs = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).runs : [];
  runs.push({
    at: new Date().toISOString(),
    cores: os.availableParallelism(),
    load: os.loadavg().map((x) => Number(x.toFixed(2))),
    node: process.version,
    turbo: turboVersion,
    reps,
    ratio,
    ms,
    raw: times,
  });
  fs.writeFileSync(file, `${JSON.stringify({ bench: 'bench/monorepo.mjs', runs }, null, 2)}\n`);
  console.log(`written to ${path.relative(repo, file)}`);
}
