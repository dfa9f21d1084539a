// Builds the committed dist/: the library and the Action's entries as one multi-entry ESM
// bundle with shared chunks; the CLI as one CommonJS file with the large libraries only some
// commands need beside it (dist/vendor/); and the library's type declarations. CI checks that
// dist/ equals a fresh run of this script.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

// What a validated config depends on besides its text: the schema's sources and the parser
// versions. A run reuses a config it validated before only under the same id.
const configSchemaId = createHash('sha256')
  .update(
    [
      'src/core/config.ts',
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
  define: { __CONFIG_SCHEMA_ID__: JSON.stringify(configSchemaId) },
  logLevel: 'warning',
};
// A native addon: loaded at run time when installed, never bundled.
const nativeAddon = '@napi-rs/blake-hash';

rmSync('dist', { recursive: true, force: true });

await esbuild.build({
  ...shared,
  entryPoints: {
    index: 'src/index.ts',
    'action/run': 'src/action/entries/run.ts',
    'action/post': 'src/action/entries/post.ts',
    'action/restore': 'src/action/entries/restore.ts',
    'action/save': 'src/action/entries/save.ts',
    // Found by the code that starts the workers, beside the chunk it is bundled into (or, for
    // the CLI, in chunks/ beside it).
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
// file is read and compiled without the ES module loader's per-module work (on Node 20, 22
// ES modules took a sixth of a tiny task's hit; bench/). Its commands and stores are in it,
// initialized on first use; the large libraries that only some configs need are separate
// bundles, required on first use, and hold no code of this project (so no class exists twice).
const vendor = {
  'aws-s3': {
    packages: ['@aws-sdk/client-s3', '@aws-sdk/lib-storage'],
    source: "export * from '@aws-sdk/client-s3'; export { Upload } from '@aws-sdk/lib-storage';",
  },
  'actions-cache': { packages: ['@actions/cache'], source: "export * from '@actions/cache';" },
  ioredis: { packages: ['ioredis'], source: "export * from 'ioredis';" },
  'hash-wasm-blake3': {
    packages: ['hash-wasm/dist/blake3.umd.min.js'],
    source: "module.exports = require('hash-wasm/dist/blake3.umd.min.js');",
  },
};
// import.meta.url in CommonJS: this file's URL.
const moduleUrl = {
  define: { ...shared.define, 'import.meta.url': '__taskcacheModuleUrl' },
  banner: {
    js: "const __taskcacheModuleUrl = require('node:url').pathToFileURL(__filename).href;",
  },
};
const vendorOf = new Map(
  Object.entries(vendor).flatMap(([name, { packages }]) => packages.map((p) => [p, name])),
);

await esbuild.build({
  ...shared,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  ...moduleUrl,
  external: [nativeAddon],
  plugins: [
    {
      name: 'vendor',
      setup(build) {
        build.onResolve({ filter: /^[@a-z]/ }, ({ path }) => {
          const name = vendorOf.get(path);
          return name ? { path: `./vendor/${name}.cjs`, external: true } : undefined;
        });
      },
    },
  ],
});

for (const [name, { source }] of Object.entries(vendor)) {
  await esbuild.build({
    ...shared,
    stdin: { contents: source, resolveDir: '.', loader: 'js' },
    outfile: `dist/vendor/${name}.cjs`,
    format: 'cjs',
    ...moduleUrl,
  });
}

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
