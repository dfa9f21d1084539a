// Builds the committed dist/: the library and the Action's entries as one multi-entry ESM
// bundle with shared chunks; the CLI as one CommonJS file with the large parts only some runs
// need beside it (dist/cli/); and the library's type declarations. CI checks that
// dist/ equals a fresh run of this script.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

// What a validated config depends on besides its text: the schema's sources, the parser
// versions and the check of a kept parse. A run reuses a config it validated before only under
// the same id.
const configSchemaId = createHash('sha256')
  .update(
    [
      'src/core/config.ts',
      'src/engine/config-kept.ts',
      'src/core/config-schema.ts',
      'src/core/config-defaults.ts',
      'src/core/config-shape.ts',
      'src/core/paths.ts',
      'src/core/units.ts',
      'node_modules/zod/package.json',
      'node_modules/yaml/package.json',
    ]
      .map((file) => readFileSync(file))
      .join('\0'),
  )
  .digest('hex')
  .slice(0, 16);

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  define: {
    __CONFIG_SCHEMA_ID__: JSON.stringify(configSchemaId),
    // The version lives in package.json only; the CLI's --version prints it.
    __TASKCACHE_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
  },
  logLevel: 'warning',
};
// A native addon: loaded at run time when installed, never bundled.
const nativeAddon = '@napi-rs/blake-hash';

// The sources this dist/ is built from, read before building: the tests refuse to run a dist/
// whose digest is not that of src/ as it is (the same digest as sourceDigest in
// test/support/cli.ts).
const sourceFiles = readdirSync('src', { recursive: true })
  .map((name) => name.split(path.sep).join('/'))
  .filter((name) => statSync(path.join('src', name)).isFile())
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const sourceHash = createHash('sha256');
for (const name of sourceFiles) {
  sourceHash.update(`${name}\0`);
  sourceHash.update(readFileSync(path.join('src', name)));
  sourceHash.update('\0');
}
const sourceDigest = sourceHash.digest('hex');
// What a sealed run (src/engine/run-seal.ts) was made by: another build never replays it.
shared.define.__TASKCACHE_SOURCE__ = JSON.stringify(sourceDigest);

rmSync('dist', { recursive: true, force: true });

await esbuild.build({
  ...shared,
  entryPoints: {
    index: 'src/index.ts',
    'action/run': 'src/action/entries/run.ts',
    'action/post': 'src/action/entries/post.ts',
    'action/restore': 'src/action/entries/restore.ts',
    'action/save': 'src/action/entries/save.ts',
    // Found by the code that starts the workers, beside the chunk it is bundled into (or, from
    // the CLI's bundle in dist/cli/, in ../chunks/).
    'chunks/hash-worker': 'src/adapters/hash-worker.ts',
  },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);",
  },
  external: [nativeAddon],
});

// The CLI starts for every task, and a hit of a small task is mostly that start: one CommonJS
// file is read and compiled without the ES module loader's per-module work, which still costs
// a tiny task's hit more on Node 20 and Node 24 (bench/startup.mjs). Its commands and stores are in it, initialized on first use. What only some runs
// need and is large is a part beside it (dist/cli/), required on first use: the config parser
// and schema, the schema alone (a run that validates the parse it kept of its config does not
// load the YAML parser) and the clients of remote stores. Each part is built from a module of
// its own that holds no class of this project (so none exists twice); the key is the module as
// the CLI's code imports it (a source file or a package). The executable itself is a small
// file that loads the bundle (src/cli/bin.ts).
const parts = {
  config: { module: 'src/core/config.ts' },
  'config-schema': { module: 'src/core/config-schema.ts' },
  's3-sdk': { module: 'src/stores/s3-sdk.ts' },
  ioredis: { module: 'ioredis', source: "export * from 'ioredis';" },
  // The YAML package for what reads or writes YAML other than the config (init, workspaces).
  yaml: { module: 'yaml', source: "export * from 'yaml';" },
  'hash-wasm-blake3': {
    module: 'hash-wasm/dist/blake3.umd.min.js',
    source: "module.exports = require('hash-wasm/dist/blake3.umd.min.js');",
  },
};
const partOf = new Map(
  Object.entries(parts).map(([name, { module }]) => [
    module.startsWith('src/') ? path.resolve(module) : module,
    name,
  ]),
);
// For code written as ES modules: strict mode for the whole file (esbuild's own "use strict"
// comes after the banner, where it is no directive) and import.meta.url as this file's URL.
const moduleUrl = {
  define: { ...shared.define, 'import.meta.url': '__taskcacheModuleUrl' },
  banner: {
    js: `"use strict";\nconst __taskcacheModuleUrl = require('node:url').pathToFileURL(__filename).href;`,
  },
};

// The CLI's bundle, and the replay of a sealed run that the executable tries first for `run`
// (src/cli/replay-main.ts): both leave the parts outside. The replay's objects never reach the
// CLI's bundle (it ends the run or shows nothing), so the classes both hold are no concern.
await esbuild.build({
  ...shared,
  ...moduleUrl,
  entryPoints: { main: 'src/cli/main.ts', replay: 'src/cli/replay-main.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // import() of a part is a require() on first use, not a trip through the ES module loader.
  supported: { 'dynamic-import': false },
  external: [nativeAddon],
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
  ],
});

// The executable: loads dist/cli/main.cjs, with Node's compile cache where Node has one.
await esbuild.build({
  ...shared,
  ...moduleUrl,
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
});

for (const [name, { module, source }] of Object.entries(parts)) {
  await esbuild.build({
    ...shared,
    ...(source
      ? { stdin: { contents: source, resolveDir: '.', loader: 'js' } }
      : { ...moduleUrl, entryPoints: [module] }),
    outfile: `dist/cli/${name}.cjs`,
    format: 'cjs',
    // The ES module builds of packages that ship both: only what the part exports is bundled.
    mainFields: ['module', 'main'],
  });
}

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

writeFileSync('dist/.src-digest', `${sourceDigest}\n`);
