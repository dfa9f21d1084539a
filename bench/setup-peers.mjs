#!/usr/bin/env node
// Writes each tool's configuration into a generated tree so all of them cache the SAME task: the
// same inputs, an equivalent output, and a command (build.js) that costs nothing, so a run measures
// only how long the tool takes to decide it has nothing to do.
//
//   node bench/setup-peers.mjs <dir> <name> [input-glob ...]     (generate.mjs calls writePeerConfigs)
//
// Each tool writes its output to its own folder (out/<tool>) so that one tool restoring or
// rewriting an output can never make another one miss.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// turbo parses packageManager but never runs it; a fixed value keeps the trees reproducible.
const PACKAGE_MANAGER = 'npm@10.9.2';

const BUILD_JS = `// Benchmark task: the cheapest possible build, so timings are the tool's own overhead.
const fs = require("node:fs");
const dir = process.argv[2] || "out";
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(dir + "/result.txt", "built\\n");
`;

// Everything the tools write stays out of git, so "unchanged tree" really means unchanged.
const GITIGNORE = `# node_modules is a symlink to bench/.peers, so no trailing slash (that would match dirs only)
node_modules
out/
tools/*/out/
.turbo/
.nx/
.wireit/
.taskcache/
dist/
`;

const json = (v) => `${JSON.stringify(v, null, 2)}\n`;

function yamlList(items) {
  return `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;
}

/**
 * @param {string} root  tree root
 * @param {{ name: string, inputs: string[], outputsDir?: string }} o
 *   outputsDir: for the archive set, the taskcache task's outputs are this existing folder.
 */
export function writePeerConfigs(root, o) {
  const w = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text, { mode: 0o644 });
  };
  // Only the turbo task's package is a workspace: with every data package a member, turbo and nx
  // would also hash 100 no-op package tasks, and this benchmark is one task over all the sources.
  const workspaces = ['tools/*'];

  w('build.js', BUILD_JS);
  w('.gitignore', GITIGNORE);

  // wireit is reached through `npm run build`, the way its users run it. `nx.includedScripts: []`
  // stops nx from turning the same script into a second, conflicting `build` target.
  w(
    'package.json',
    json({
      name: o.name,
      version: '0.0.0',
      private: true,
      packageManager: PACKAGE_MANAGER,
      workspaces,
      scripts: { build: 'wireit' },
      wireit: {
        build: { command: 'node build.js out/wireit', files: o.inputs, output: ['out/wireit/**'] },
      },
      nx: { includedScripts: [] },
    }),
  );

  // A minimal but valid npm v3 lockfile: turbo and nx both read it to build their package graph,
  // and wireit folds it into its cache key.
  const lockPackages = { '': { name: o.name, version: '0.0.0', workspaces } };
  const members = [{ name: 'bench-turbo-build', dir: 'tools/turbo-build', version: '0.0.0' }];
  for (const m of members) lockPackages[`node_modules/${m.name}`] = { resolved: m.dir, link: true };
  for (const m of members) lockPackages[m.dir] = { name: m.name, version: m.version };
  w(
    'package-lock.json',
    json({
      name: o.name,
      version: '0.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: lockPackages,
    }),
  );

  // turbo: a root task (//#build) would run the root `build` script, which belongs to wireit, so
  // the task lives in its own workspace package and reaches the sources with $TURBO_ROOT$.
  w(
    'tools/turbo-build/package.json',
    json({
      name: 'bench-turbo-build',
      version: '0.0.0',
      private: true,
      scripts: { build: 'node ../../build.js out' },
    }),
  );
  w(
    'turbo.json',
    json({
      $schema: 'https://turborepo.com/schema.json',
      ui: 'stream',
      tasks: {
        build: {
          inputs: o.inputs.map((g) => `$TURBO_ROOT$/${g}`),
          outputs: ['out/**'],
          cache: true,
        },
      },
    }),
  );

  // nx: a root project with one cached target; nx globs want an explicit file part (`**/*`).
  w(
    'nx.json',
    json({
      $schema: './node_modules/nx/schemas/nx-schema.json',
      // Keeps nx's cache and database inside the tree (nx 24 otherwise shares them under ~/.nx),
      // so every tool's state is in one place and the "fresh" rows can wipe exactly it.
      cacheDirectory: '.nx/cache',
      useDaemonProcess: false,
      neverConnectToCloud: true,
      analytics: false,
      tui: { enabled: false },
      targetDefaults: {},
    }),
  );
  w(
    'project.json',
    json({
      name: 'bench',
      $schema: './node_modules/nx/schemas/project-schema.json',
      targets: {
        build: {
          command: 'node build.js out/nx',
          inputs: o.inputs.map((g) => `{workspaceRoot}/${g.endsWith('**') ? `${g}/*` : g}`),
          outputs: ['{workspaceRoot}/out/nx'],
          cache: true,
        },
      },
    }),
  );

  // taskcache: `build` for the input sets; for the archive set an `emit` task whose outputs are the
  // pre-generated folder, so a miss measures save and a hit after removing it measures restore.
  let yml = `# taskcache configuration for the benchmark (generated by bench/setup-peers.mjs)
tasks:
  build:
    run: node build.js out/taskcache
    inputs: ${yamlList(o.inputs)}
    outputs: ["out/taskcache/**"]
`;
  if (o.outputsDir) {
    yml += `  emit:
    run: node -e 0
    inputs: ${yamlList(o.inputs)}
    outputs: ["${o.outputsDir}/**"]
`;
  }
  w('taskcache.yml', yml);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, name, ...inputs] = process.argv.slice(2);
  if (!dir || !name) {
    console.error('usage: node bench/setup-peers.mjs <dir> <name> [input-glob ...]');
    process.exit(2);
  }
  writePeerConfigs(dir, {
    name,
    inputs: inputs.length ? inputs : ['packages/*/src/**'],
  });
  console.log(`peer configs written to ${dir}`);
}
