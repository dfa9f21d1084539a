#!/usr/bin/env node
// Deterministic benchmark data sets for taskcache and its peers (see shared BENCHMARKS.md).
//
//   node bench/generate.mjs <medium|large|out200|tiny> <dir>   generate a set (dir must be absent or empty)
//   node bench/generate.mjs --stamp <set>                      print the stamp a finished tree carries
//   node bench/generate.mjs --digest <dir>                     hash a tree (paths + contents, .git excluded)
//
// Everything is driven by a seeded PRNG so the same version produces byte-identical trees and the
// same git commit on every machine; bump GENERATOR_VERSION whenever the output changes so cached
// trees in bench/.work are regenerated. Plain Node, no dependencies: it must run before any install.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePeerConfigs } from './setup-peers.mjs';

export const GENERATOR_VERSION = 2;

// Sizes are decimal MB, like BENCHMARKS.md. `binaryShare` gives a little incompressible content to
// source trees (images, fonts) and a lot to the build output, as real ones have.
export const SETS = {
  medium: {
    kind: 'repo',
    seed: 0x6d656431,
    files: 5_000,
    bytes: 60e6,
    packages: 25,
    sigma: 1.2,
    maxFile: 2e6,
    binaryShare: 0.05,
  },
  large: {
    kind: 'repo',
    seed: 0x6c617267,
    files: 50_000,
    bytes: 500e6,
    packages: 100,
    sigma: 1.2,
    maxFile: 2e6,
    binaryShare: 0.05,
  },
  out200: {
    kind: 'out',
    seed: 0x6f757432,
    files: 4_000,
    bytes: 200e6,
    sigma: 1.4,
    maxFile: 8e6,
    binaryShare: 0.15,
  },
  tiny: { kind: 'tiny', seed: 0x74696e79 },
};

/** The glob every tool is configured with for a set; outputs live per tool under out/<tool>. */
export function inputGlobs(set) {
  return SETS[set].kind === 'repo' ? ['packages/*/src/**'] : ['src/**'];
}

export function stampFor(set) {
  return `taskcache-bench generator=${GENERATOR_VERSION} set=${set} seed=${SETS[set].seed}`;
}

// mulberry32: tiny, fast, and good enough for shaping test data (not for anything secret).
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'alpha beta cache chunk client config context data debug delta engine entry event field filter ' +
  'format graph handle hash index input item job key layer list loader logger manifest map merge ' +
  'meta model module node option output packet parse path plugin pool query queue reader record ' +
  'render request resolve result route runner schema scope session shard signal source state store ' +
  'stream string task token tree type update user util value vector view walker worker writer zone ' +
  'apply build check close commit create decode delete emit encode fetch flush group hydrate init ' +
  'load lookup mount normalize open patch prepare push read reduce refresh register release reset ' +
  'retry save scan select send serialize sort split start stop sync transform validate visit wait'
).split(' ');
const KEYWORDS = ['const', 'let', 'var'];
const OPS = ['+', '-', '*', '===', '!==', '&&', '||', '??', '<', '>='];

function makeRng(seed) {
  const next = mulberry32(seed);
  const int = (n) => Math.floor(next() * n);
  const pick = (arr) => arr[int(arr.length)];
  // Box–Muller; one value per call keeps the stream simple to reason about.
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, int, pick, normal };
}

function camel(rng) {
  const a = rng.pick(WORDS);
  const b = rng.pick(WORDS);
  return a + b[0].toUpperCase() + b.slice(1);
}

// One JS-looking line. Real bundles compress 3–5x with zstd; a word list plus a few templates lands
// in the same range, where random bytes (incompressible) or a repeated corpus (too compressible)
// would make the archive numbers meaningless.
function jsLine(rng, depth) {
  const ind = '  '.repeat(depth);
  switch (rng.int(12)) {
    case 0:
      return `import { ${camel(rng)}, ${camel(rng)} } from "./${rng.pick(WORDS)}-${rng.pick(WORDS)}.js";`;
    case 1:
      return `export function ${camel(rng)}(${rng.pick(WORDS)}, ${rng.pick(WORDS)}) {`;
    case 2:
      return `${ind}${rng.pick(KEYWORDS)} ${camel(rng)} = ${rng.pick(WORDS)}.${camel(rng)}(${rng.pick(WORDS)}, ${rng.int(64)});`;
    case 3:
      return `${ind}if (${rng.pick(WORDS)}.${rng.pick(WORDS)} ${rng.pick(OPS)} "${rng.pick(WORDS)}") return ${camel(rng)};`;
    case 4:
      return `${ind}// ${rng.pick(WORDS)} ${rng.pick(WORDS)} ${rng.pick(WORDS)} ${rng.pick(WORDS)} ${rng.pick(WORDS)} ${rng.pick(WORDS)}`;
    case 5:
      return `${ind}return { ${rng.pick(WORDS)}: ${camel(rng)}, ${rng.pick(WORDS)}: ${rng.pick(WORDS)} };`;
    case 6:
      return `${ind}for (const ${rng.pick(WORDS)} of ${camel(rng)}) ${camel(rng)}.push(${rng.pick(WORDS)} ${rng.pick(OPS)} ${rng.int(256)});`;
    case 7:
      return `${ind}await this.${camel(rng)}("${rng.pick(WORDS)}/${rng.pick(WORDS)}", { ${rng.pick(WORDS)}: true });`;
    case 8:
      return `${ind}throw new Error(\`${rng.pick(WORDS)} ${rng.pick(WORDS)} failed: \${${rng.pick(WORDS)}}\`);`;
    case 9:
      return `export class ${camel(rng).replace(/^./, (c) => c.toUpperCase())} extends ${rng.pick(WORDS).replace(/^./, (c) => c.toUpperCase())}Base {`;
    case 10:
      return `${ind}this.${rng.pick(WORDS)} = ${rng.pick(['null', 'true', 'false', '0', '[]', '{}'])};`;
    default:
      return depth > 0 ? '}' : '';
  }
}

function textContent(rng, size, header) {
  const buf = Buffer.allocUnsafe(size);
  let off = buf.write(header.slice(0, size), 0, 'utf8');
  let depth = 0;
  while (off < size) {
    const line = `${jsLine(rng, depth)}\n`;
    if (line.startsWith('export function') || line.startsWith('export class')) depth = 1;
    else if (line === '}\n') depth = 0;
    off += buf.write(line, off, 'utf8');
  }
  return buf;
}

function binaryContent(rng, size) {
  const words = new Uint32Array(Math.ceil(size / 4));
  for (let i = 0; i < words.length; i++) words[i] = (rng.next() * 4294967296) >>> 0;
  return Buffer.from(words.buffer, 0, size);
}

// Log-normal sizes scaled so the set hits its byte target; the last file absorbs the rounding.
function fileSizes(rng, count, total, sigma, maxFile) {
  const raw = [];
  for (let i = 0; i < count; i++) raw.push(Math.min(maxFile, Math.exp(sigma * rng.normal())));
  const sum = raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((r) => Math.max(64, Math.round((r * total) / sum)));
  const diff = total - sizes.reduce((a, b) => a + b, 0);
  let last = sizes.length - 1;
  while (sizes[last] + diff < 64) last--;
  sizes[last] += diff;
  return sizes;
}

function writeFile(root, rel, content) {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content, { mode: 0o644 });
}

const TEXT_EXT = ['.ts', '.ts', '.ts', '.js', '.tsx', '.json', '.css', '.md'];
const BIN_EXT = ['.png', '.woff2', '.wasm'];

function genRepo(set, cfg, root) {
  const rng = makeRng(cfg.seed);
  const pkgs = [];
  for (let p = 0; p < cfg.packages; p++) {
    const name = `pkg-${String(p).padStart(3, '0')}`;
    // A fixed directory skeleton per package, so files cluster in shared folders the way source does.
    const l1 = Array.from({ length: 4 + rng.int(5) }, (_, i) => `${rng.pick(WORDS)}${i}`);
    const l2 = Array.from({ length: 3 + rng.int(3) }, (_, i) => `${rng.pick(WORDS)}${i}`);
    const l3 = Array.from({ length: 2 + rng.int(3) }, (_, i) => `${rng.pick(WORDS)}${i}`);
    pkgs.push({ name, l1, l2, l3 });
  }
  const sizes = fileSizes(rng, cfg.files, cfg.bytes, cfg.sigma, cfg.maxFile);
  let bytes = 0;
  for (let i = 0; i < cfg.files; i++) {
    // Every package gets files: the first pass deals one to each, the rest land at random.
    const pkg = i < pkgs.length ? pkgs[i] : rng.pick(pkgs);
    const depth = 1 + rng.int(3);
    const dirs = [rng.pick(pkg.l1), rng.pick(pkg.l2), rng.pick(pkg.l3)].slice(0, depth);
    const binary = rng.next() < cfg.binaryShare;
    const ext = binary ? rng.pick(BIN_EXT) : rng.pick(TEXT_EXT);
    const rel = `packages/${pkg.name}/src/${dirs.join('/')}/${rng.pick(WORDS)}-${rng.pick(WORDS)}-${i}${ext}`;
    const content = binary
      ? binaryContent(rng, sizes[i])
      : textContent(rng, sizes[i], `// ${rel}\n`);
    writeFile(root, rel, content);
    bytes += content.length;
  }
  // Non-input files next to the sources: they must not change any tool's cache key.
  for (const pkg of pkgs) {
    const pj = { name: pkg.name, version: '1.0.0', private: true, main: 'src/index.js' };
    writeFile(root, `packages/${pkg.name}/package.json`, `${JSON.stringify(pj, null, 2)}\n`);
    writeFile(
      root,
      `packages/${pkg.name}/README.md`,
      `# ${pkg.name}\n\nBenchmark package (generated).\n`,
    );
  }
  writePeerConfigs(root, {
    name: `bench-${set}`,
    inputs: inputGlobs(set),
  });
  return { files: cfg.files, bytes };
}

function genTiny(set, _cfg, root) {
  writeFile(root, 'src/input.txt', 'tiny input\n');
  writePeerConfigs(root, { name: `bench-${set}`, inputs: inputGlobs(set) });
  return { files: 1, bytes: 'tiny input\n'.length };
}

// The build-output folder for archive benchmarks: outputs are untracked in real repos, so dist/ is
// gitignored here too and only the (tiny) task definition is committed.
function genOut(set, cfg, root) {
  const rng = makeRng(cfg.seed);
  const sizes = fileSizes(rng, cfg.files, cfg.bytes, cfg.sigma, cfg.maxFile);
  const chunkDirs = Array.from({ length: 40 }, (_, i) => `chunks/${rng.pick(WORDS)}-${i}`);
  let bytes = 0;
  for (let i = 0; i < cfg.files; i++) {
    const binary = rng.next() < cfg.binaryShare;
    const dir = rng.next() < 0.2 ? 'assets' : rng.pick(chunkDirs);
    const ext = binary
      ? rng.pick(BIN_EXT)
      : rng.pick(['.js', '.js', '.js', '.js.map', '.css', '.html']);
    const rel = `dist/${dir}/${rng.pick(WORDS)}-${i.toString(36)}${ext}`;
    const content = binary
      ? binaryContent(rng, sizes[i])
      : textContent(rng, sizes[i], `/* ${rel} */\n`);
    writeFile(root, rel, content);
    bytes += content.length;
  }
  writeFile(root, 'src/input.txt', 'out200 input\n');
  writePeerConfigs(root, {
    name: `bench-${set}`,
    inputs: inputGlobs(set),
    outputsDir: 'dist',
  });
  return { files: cfg.files, bytes };
}

// With 50,000 loose objects, `git commit` would start a background `gc --auto` that repacks for a
// minute while the first measurements run; the repo's own config keeps any later git call quiet too.
const GC_OFF = ['-c', 'gc.auto=0'];

// Fixed identity, dates and config isolation make the commit hash reproducible across machines.
function gitCommit(root, set) {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'taskcache bench',
    GIT_AUTHOR_EMAIL: 'bench@taskcache.invalid',
    GIT_COMMITTER_NAME: 'taskcache bench',
    GIT_COMMITTER_EMAIL: 'bench@taskcache.invalid',
    GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  };
  const git = (...args) =>
    execFileSync(
      'git',
      ['-c', 'core.autocrlf=false', '-c', 'commit.gpgsign=false', ...GC_OFF, ...args],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
  git('init', '-q', '-b', 'main');
  git('config', 'gc.auto', '0');
  git('add', '-A');
  git('commit', '-q', '-m', `bench data set ${set} (${stampFor(set)})`);
  // Files written in the same clock tick as the index are "racily clean" and would be re-hashed by
  // every git status (and by turbo); wait a tick and refresh so the index is trusted as users' is.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100);
  git('update-index', '-q', '--really-refresh');
  return git('rev-parse', 'HEAD').toString().trim();
}

export function generate(set, dir) {
  const cfg = SETS[set];
  if (!cfg) throw new Error(`unknown set "${set}" (one of ${Object.keys(SETS).join(', ')})`);
  const root = path.resolve(dir);
  if (fs.existsSync(root) && fs.readdirSync(root).length > 0)
    throw new Error(`${root} is not empty; remove it first`);
  fs.mkdirSync(root, { recursive: true });
  const gen = { repo: genRepo, tiny: genTiny, out: genOut }[cfg.kind];
  const { files, bytes } = gen(set, cfg, root);
  const head = gitCommit(root, set);
  // Written last: its presence means the tree is complete, and .git keeps it out of every tool's view.
  fs.writeFileSync(path.join(root, '.git', 'bench-generator'), `${stampFor(set)}\n`);
  return { set, dir: root, files, bytes, head };
}

// What the benchmark adds to a tree after generation (tool state, the peers link), left out so a
// tree that has been measured still digests like a freshly generated one.
const NOT_GENERATED = new Set([
  '.git',
  '.turbo',
  '.nx',
  '.wireit',
  '.taskcache',
  'out',
  'node_modules',
]);

export function digest(dir) {
  const root = path.resolve(dir);
  const entries = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (NOT_GENERATED.has(e.name)) continue;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) entries.push(r);
    }
  };
  walk('');
  entries.sort();
  const h = createHash('sha256');
  for (const r of entries) {
    h.update(`${r}\0`);
    h.update(
      createHash('sha256')
        .update(fs.readFileSync(path.join(root, r)))
        .digest(),
    );
  }
  return { files: entries.length, sha256: h.digest('hex') };
}

function main(argv) {
  if (argv[0] === '--stamp') return console.log(stampFor(argv[1]));
  if (argv[0] === '--digest') {
    const d = digest(argv[1]);
    return console.log(`${d.sha256}  ${d.files} files  ${argv[1]}`);
  }
  if (argv.length !== 2) {
    console.error(
      'usage: node bench/generate.mjs <medium|large|out200|tiny> <dir> | --stamp <set> | --digest <dir>',
    );
    process.exit(2);
  }
  const t0 = performance.now();
  const r = generate(argv[0], argv[1]);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${r.set}: ${r.files} files, ${r.bytes} bytes (${(r.bytes / 1e6).toFixed(1)} MB) in ${r.dir}, commit ${r.head.slice(0, 12)}, ${secs} s`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
