// Builds the committed dist/: one multi-entry ESM bundle with shared chunks, plus the
// library's type declarations. CI checks that dist/ equals a fresh run of this script.

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

const entryPoints = {
  cli: 'src/cli/main.ts',
  index: 'src/index.ts',
  'action/run': 'src/action/entries/run.ts',
  'action/post': 'src/action/entries/post.ts',
  'action/restore': 'src/action/entries/restore.ts',
  'action/save': 'src/action/entries/save.ts',
  // Found by the code that starts the workers, beside the chunk it is bundled into.
  'chunks/hash-worker': 'src/adapters/hash-worker.ts',
};

rmSync('dist', { recursive: true, force: true });

await esbuild.build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  define: { __CONFIG_SCHEMA_ID__: JSON.stringify(configSchemaId) },
  // A native addon: loaded at run time when installed, never bundled.
  external: ['@napi-rs/blake-hash'],
  logLevel: 'warning',
});

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
