#!/usr/bin/env node
// The remote stores' HTTP client over node:http against the same client over undici (issue 18,
// item 7): one HttpClient with its retries, deadlines and body guards, only the transport
// differing, against the running nginx of the test servers (TASKCACHE_TEST_HTTP_URL;
// `set -a; . /tmp/taskcache-servers/servers.env; set +a`). The client is built from the commit
// that had both transports (--sources, default 06d6738: its src/adapters/http-client.ts and
// undici-transport.ts), with the undici that node_modules holds (through @actions/core).
//
//   node bench/http-client.mjs [--rounds 5] [--small 400] [--large-mb 200] [--large 2]
//                              [--large-concurrency 1,4] [--sources COMMIT] [--no-write]
//
// Workloads, each at concurrency 1 and 16 (the large ones at --large-concurrency): `small-get`
// GETs of --small objects of 1–16 KB (buffered, as a record is read); `large-get` streamed GETs
// of --large objects of --large-mb MB, drained; `large-put` PUTs of as many such files. Each
// round runs every workload once with each transport, in a shuffled order; a fresh client per
// workload, so connection set-up counts as it does in a CLI run. The table gives the median
// (min–max) wall time and the median of the per-round ratios undici / node (below 1: undici
// faster). Also the size of undici in the bundle (esbuild's metafile) and the cost of loading
// it (a Node process that requires the bundle with and without it, interleaved).
// Written to bench/results/http-client-<date>.json (appending that day's runs).

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import {
  appendResult,
  commit,
  defaultNode,
  machine,
  nodeVersion,
  options,
  repo,
  round,
  seeded,
  shuffle,
  stats,
} from './lib/common.mjs';

const opt = options();
const rounds = Number(opt.value('rounds', '5'));
const smallCount = Number(opt.value('small', '400'));
const largeMb = Number(opt.value('large-mb', '200'));
const largeCount = Number(opt.value('large', '2'));
const largeConcurrency = opt.value('large-concurrency', '1,4').split(',').map(Number);
const base = process.env.TASKCACHE_TEST_HTTP_URL;
if (!base) {
  console.error('TASKCACHE_TEST_HTTP_URL is not set: source /tmp/taskcache-servers/servers.env');
  process.exit(2);
}
const auth = `Basic ${Buffer.from(
  `${process.env.TASKCACHE_TEST_HTTP_USER ?? ''}:${process.env.TASKCACHE_TEST_HTTP_PASS ?? ''}`,
).toString('base64')}`;

const sources = opt.value('sources', '06d6738c3441c301457bfef72b87c2f90a4d3810');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'taskcache-http-bench-'));
const tree = path.join(work, 'tree');
fs.mkdirSync(tree);
execFileSync('sh', ['-c', `git archive ${sources} src | tar -x -C '${tree}'`], { cwd: repo });
const bundle = path.join(work, 'http-client.mjs');
const built = await esbuild.build({
  entryPoints: [path.join(tree, 'src/adapters/http-client.ts')],
  nodePaths: [path.join(repo, 'node_modules')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  metafile: true,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
const undiciBytes = Object.entries(
  built.metafile.outputs[path.relative(process.cwd(), bundle)]?.inputs ?? {},
)
  .filter(([file]) => file.includes('node_modules/undici/'))
  .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
const { HttpClient, bodyOf } = await import(pathToFileURL(bundle).href);

const prefix = `${base.replace(/\/$/, '')}/bench-http-client-${process.pid}`;
// The test nginx takes only <prefix>/cas/<64 hex digits>, as the http store writes.
const url = (name) => new URL(`${prefix}/cas/${createHash('sha256').update(name).digest('hex')}`);
const client = (transport) =>
  new HttpClient({ transport, headers: { authorization: auth }, maxAttempts: 1 });

async function pool(items, concurrency, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

async function expectOk(promise, what) {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what}: status ${res.status}`);
  return res;
}

// Seed: small objects and the large ones (written once with the node transport, checked).
const random = seeded(18);
const small = Array.from({ length: smallCount }, (_, i) => ({
  name: `small-${i}`,
  bytes: randomBytes(1024 + Math.floor(random() * 15 * 1024)),
}));
const largeFile = path.join(work, 'large.bin');
{
  const fd = fs.openSync(largeFile, 'w');
  const chunk = randomBytes(1 << 20);
  for (let i = 0; i < largeMb; i += 1) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}
const largeSize = fs.statSync(largeFile).size;
const seeder = client('node');
await pool(small, 16, (o) =>
  expectOk(
    seeder.buffered({ method: 'PUT', url: url(o.name), body: bodyOf(o.bytes) }, 1024),
    'seed',
  ),
);
for (let i = 0; i < largeCount; i += 1) {
  await expectOk(
    seeder.buffered(
      { method: 'PUT', url: url(`large-${i}`), body: bodyOf({ path: largeFile, size: largeSize }) },
      1024,
    ),
    'seed',
  );
}
seeder.close();

const WORKLOADS = [
  ...[1, 16].map((c) => ({
    name: `small-get c${c}`,
    run: async (http) => {
      await pool(small, c, async (o) => {
        const res = await expectOk(
          http.buffered({ method: 'GET', url: url(o.name) }, 1 << 20),
          'get',
        );
        if (res.body.length !== o.bytes.length) throw new Error('short small body');
      });
    },
  })),
  ...largeConcurrency.map((c) => ({
    name: `large-get c${c}`,
    run: async (http) => {
      const items = Array.from(
        { length: Math.max(largeCount, c) },
        (_, i) => `large-${i % largeCount}`,
      );
      await pool(items, c, async (name) => {
        const res = await expectOk(http.streamed({ method: 'GET', url: url(name) }), 'get');
        let n = 0;
        for await (const chunk of res.body) n += chunk.length;
        if (n !== largeSize) throw new Error('short large body');
      });
    },
  })),
  ...largeConcurrency.map((c) => ({
    name: `large-put c${c}`,
    run: async (http) => {
      const items = Array.from({ length: Math.max(largeCount, c) }, (_, i) => `put-${i}`);
      await pool(items, c, (name) =>
        expectOk(
          http.buffered(
            { method: 'PUT', url: url(name), body: bodyOf({ path: largeFile, size: largeSize }) },
            1024,
          ),
          'put',
        ),
      );
    },
  })),
];

const times = new Map(
  WORKLOADS.flatMap((w) => ['node', 'undici'].map((t) => [`${w.name} ${t}`, []])),
);
const ratios = new Map(WORKLOADS.map((w) => [w.name, []]));
for (let r = 0; r < rounds; r += 1) {
  const perRound = new Map();
  const steps = shuffle(
    WORKLOADS.flatMap((w) => ['node', 'undici'].map((t) => ({ w, t }))),
    random,
  );
  for (const { w, t } of steps) {
    const http = client(t);
    const started = process.hrtime.bigint();
    await w.run(http);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    http.close();
    times.get(`${w.name} ${t}`).push(ms);
    perRound.set(`${w.name} ${t}`, ms);
  }
  for (const w of WORKLOADS) {
    ratios.get(w.name).push(perRound.get(`${w.name} undici`) / perRound.get(`${w.name} node`));
  }
  process.stderr.write(`round ${r + 1}/${rounds} done\n`);
}

// Start-up: a Node process loading a bundle with undici in it, against an empty one. `parsed`:
// undici bundled but never required (what every CLI start pays when undici is in the CLI's
// bundle, its stores initialized on first use); `loaded`: required (what a run with an HTTP
// remote pays).
function startupCost(node, env, runs = 40) {
  const files = { empty: path.join(work, 'empty.cjs') };
  fs.writeFileSync(files.empty, '');
  for (const [name, contents] of [
    ['parsed', "if (process.env.NEVER) require('undici');"],
    ['loaded', "require('undici');"],
  ]) {
    files[name] = path.join(work, `${name}.cjs`);
    esbuild.buildSync({
      stdin: { contents, resolveDir: repo },
      bundle: true,
      platform: 'node',
      outfile: files[name],
      logLevel: 'error',
    });
  }
  const ms = { empty: [], parsed: [], loaded: [] };
  for (const file of Object.values(files)) {
    spawnSync(node, [file], { stdio: 'ignore', env: { ...process.env, ...env } });
  }
  for (let i = 0; i < runs; i += 1) {
    for (const name of shuffle(Object.keys(files), random)) {
      const started = process.hrtime.bigint();
      spawnSync(node, [files[name]], { stdio: 'ignore', env: { ...process.env, ...env } });
      ms[name].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  const paired = (name) => {
    const diffs = ms[name].map((x, i) => x - ms.empty[i]);
    const s = stats(diffs.map((d) => d * 10));
    return { median: s.median / 10, min: s.min / 10, max: s.max / 10, n: s.n };
  };
  return {
    node: nodeVersion(node),
    compileCache: Boolean(env.NODE_COMPILE_CACHE),
    emptyMs: stats(ms.empty),
    parsedMs: stats(ms.parsed),
    loadedMs: stats(ms.loaded),
    parsedMinusEmptyMs: paired('parsed'),
    loadedMinusEmptyMs: paired('loaded'),
  };
}
// This Node without a compile cache, and Node 24 with one, as the CLI enables it there (the
// first run of each file primes it and is left out).
const cacheDir = path.join(work, 'compile-cache');
const startup = [
  startupCost(process.execPath, {}),
  startupCost(defaultNode(), { NODE_COMPILE_CACHE: cacheDir }),
];

const rows = WORKLOADS.map((w) => {
  const node = stats(times.get(`${w.name} node`));
  const undici = stats(times.get(`${w.name} undici`));
  const ratio = [...ratios.get(w.name)].sort((a, b) => a - b);
  return {
    workload: w.name,
    nodeMs: node,
    undiciMs: undici,
    ratioUndiciToNode: {
      median: round(ratio[ratio.length >> 1], 3),
      min: round(ratio[0], 3),
      max: round(ratio.at(-1), 3),
    },
  };
});

console.log(
  `workload          node ms (min-max)        undici ms (min-max)      undici/node (min-max)`,
);
for (const r of rows) {
  const f = (s) => `${s.median} (${s.min}-${s.max})`.padEnd(25);
  const q = r.ratioUndiciToNode;
  console.log(
    `${r.workload.padEnd(18)}${f(r.nodeMs)}${f(r.undiciMs)}${q.median} (${q.min}-${q.max})`,
  );
}
console.log(`undici in the bundle: ${undiciBytes} bytes`);
for (const s of startup) {
  const p = s.parsedMinusEmptyMs;
  const l = s.loadedMinusEmptyMs;
  const on = `Node ${s.node}${s.compileCache ? ' with a compile cache' : ''}`;
  console.log(`${on}: undici bundled, not loaded: +${p.median} ms a start (${p.min} to ${p.max})`);
  console.log(`${on}: undici loaded: +${l.median} ms a start (${l.min} to ${l.max})`);
}

const cleaner = client('node');
await pool(
  [
    ...small.map((o) => o.name),
    ...Array.from({ length: 16 }, (_, i) => `large-${i}`),
    ...Array.from({ length: 16 }, (_, i) => `put-${i}`),
  ],
  16,
  (name) => cleaner.buffered({ method: 'DELETE', url: url(name) }, 1 << 20).catch(() => {}),
);
cleaner.close();
fs.rmSync(work, { recursive: true, force: true });

if (!opt.has('no-write')) {
  const file = appendResult(
    'http-client',
    {
      at: new Date().toISOString(),
      commit: commit(),
      node: process.version,
      machine: machine(),
      sources,
      settings: { rounds, smallCount, largeMb, largeCount, largeConcurrency },
      undiciVersion: JSON.parse(
        fs.readFileSync(path.join(repo, 'node_modules/undici/package.json'), 'utf8'),
      ).version,
      undiciBundleBytes: undiciBytes,
      startup,
      rows,
    },
    'bench/http-client.mjs',
  );
  console.log(`written to ${file}`);
}
