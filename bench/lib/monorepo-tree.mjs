// The generated pnpm-style monorepo of bench/monorepo.mjs, deterministic (seeded): the packages
// and their workspace dependencies, the build, lint and test scripts every package runs, a
// turbo.json and a taskcache.yml each written as a user of that tool writes it, `pnpm install`
// (workspace links only, no network), and one git commit of everything tracked.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { seeded } from './common.mjs';

/** Package -> the workspace packages it depends on: helpers -> fetch, query -> client is a diamond. */
export const PACKAGES = {
  helpers: [],
  utils: [],
  gen: [],
  icons: [],
  fetch: ['helpers'],
  query: ['helpers'],
  client: ['fetch', 'query'],
  cli: ['gen', 'utils'],
  ui: ['icons', 'utils'],
  docs: ['helpers'],
  app: ['client', 'cli', 'ui'],
};
export const SCRIPTS = ['build', 'lint', 'test'];
/** The upstream leaf the "edited" row changes: a package with no dependencies and dependents. */
export const EDITED = 'helpers';

/** The packages that rebuild when `name` changes: itself and everything depending on it. */
export function dependents(name) {
  const out = new Set([name]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pkg, deps] of Object.entries(PACKAGES)) {
      if (!out.has(pkg) && deps.some((d) => out.has(d))) {
        out.add(pkg);
        grew = true;
      }
    }
  }
  return [...out];
}

// build: every source without its comments into dist/lib/, and dist/index.js, a bundle of them
// headed by a digest of each dependency's bundle (so a dependent's output follows its upstream's).
const BUILD = `'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const deps = Object.keys(require(path.resolve('package.json')).dependencies || {});
const strip = (text) => text.replace(/\\/\\*[\\s\\S]*?\\*\\//g, '').split('\\n')
  .filter((line) => !line.trim().startsWith('//') && line.trim() !== '').join('\\n');
fs.rmSync('dist', { recursive: true, force: true });
fs.mkdirSync('dist/lib', { recursive: true });
const bundle = [];
for (const dep of deps) {
  const text = fs.readFileSync(path.join('..', dep.split('/')[1], 'dist', 'index.js'));
  bundle.push('// ' + dep + ' ' + crypto.createHash('sha256').update(text).digest('hex'));
}
for (const file of fs.readdirSync('src').sort()) {
  const code = strip(fs.readFileSync(path.join('src', file), 'utf8'));
  fs.writeFileSync(path.join('dist', 'lib', file), code + '\\n');
  bundle.push(code);
}
fs.writeFileSync('dist/index.js', bundle.join('\\n') + '\\n');
console.log('built', deps.length, 'dependencies,', bundle.length - deps.length, 'modules');
`;

// lint: every source's lines checked, and every import of a workspace package resolved against
// that package's built bundle. Writes nothing.
const LINT = `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const exported = new Map();
const exportsOf = (pkg) => {
  if (!exported.has(pkg)) {
    const text = fs.readFileSync(path.join('..', pkg.split('/')[1], 'dist', 'index.js'), 'utf8');
    exported.set(pkg, new Set([...text.matchAll(/export const (\\w+)/g)].map((m) => m[1])));
  }
  return exported.get(pkg);
};
let lines = 0;
let problems = 0;
for (const file of fs.readdirSync('src').sort()) {
  for (const line of fs.readFileSync(path.join('src', file), 'utf8').split('\\n')) {
    lines++;
    if (line.length > 100 || /\\bvar\\b|\\s+$/.test(line)) problems++;
    const m = /^import \\{ (\\w+) \\} from '(@mono\\/\\w+)';/.exec(line);
    if (m && !exportsOf(m[2]).has(m[1])) problems++;
  }
}
console.log('linted', lines, 'lines,', problems, 'problems');
process.exit(problems > 0 ? 1 : 0);
`;

// test: the package's bundle and its dependencies' bundles checked against its sources. Writes
// nothing.
const TEST = `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const deps = Object.keys(require(path.resolve('package.json')).dependencies || {});
const own = fs.readFileSync('dist/index.js', 'utf8');
let checks = 0;
for (const file of fs.readdirSync('src')) {
  const built = fs.readFileSync(path.join('dist', 'lib', file), 'utf8');
  if (!own.includes(built.trim())) throw new Error(file + ' is not in the bundle');
  checks++;
}
for (const dep of deps) {
  const text = fs.readFileSync(path.join('..', dep.split('/')[1], 'dist', 'index.js'), 'utf8');
  const values = [...text.matchAll(/export const \\w+ = (\\d+);/g)].map((m) => Number(m[1]));
  if (values.some((v) => !Number.isFinite(v))) throw new Error(dep + ' exports a bad value');
  checks += values.length;
}
console.log('checked', checks, 'things');
`;

/** One source module: a comment header, a block comment, imports of dependencies, constants. */
function module(name, i, deps, random) {
  const lines = [`// ${name}/m${i}: generated for the monorepo bench`];
  if (random() < 0.5)
    lines.push('/*', ` * Module ${i} of ${name}.`, ' * Nothing here runs.', ' */');
  for (const dep of deps) {
    if (random() < 0.3) lines.push(`import { v${Math.floor(random() * 12)} } from '@mono/${dep}';`);
  }
  const count = 12 + Math.floor(random() * 12);
  for (let j = 0; j < count; j++) {
    if (random() < 0.25) lines.push(`// value ${j} of module ${i}`);
    lines.push(`export const v${j} = ${Math.floor(random() * 1e9)};`);
  }
  return `${lines.join('\n')}\n`;
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** taskcache.yml as a user writes it: a task per package script, `defaults:`, `depends-on`. */
function taskcacheYml() {
  const lines = [
    '# A task per package script; every task also keys on the lockfile and the shared scripts.',
    'defaults:',
    '  inputs: [pnpm-lock.yaml, scripts/**]',
    'tasks:',
  ];
  for (const [name, deps] of Object.entries(PACKAGES)) {
    const where = [`    working-directory: packages/${name}`, '    inputs: [src/**, package.json]'];
    lines.push(`  build-${name}:`, '    run: pnpm run build', ...where, '    outputs: [dist/**]');
    if (deps.length > 0)
      lines.push(`    depends-on: [${deps.map((d) => `build-${d}`).join(', ')}]`);
    for (const script of ['lint', 'test']) {
      lines.push(`  ${script}-${name}:`, `    run: pnpm run ${script}`, ...where);
      lines.push(`    depends-on: [build-${name}]`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** turbo.json as Turborepo's docs write it; inputs are its default (the package's git files). */
const TURBO = {
  $schema: 'https://turborepo.com/schema.json',
  globalDependencies: ['scripts/**'],
  tasks: {
    build: { dependsOn: ['^build'], outputs: ['dist/**'] },
    lint: { dependsOn: ['build'] },
    test: { dependsOn: ['build'] },
  },
};

/**
 * Writes the monorepo into `dir` (removed first), installs it with `pnpm` (a path; workspace
 * links only) and commits it. `filesPerPackage` is the mean number of source files.
 */
export function generate(dir, { pnpm, pnpmVersion, filesPerPackage = 300, env }) {
  const random = seeded(15);
  fs.rmSync(dir, { recursive: true, force: true });
  const w = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  w('package.json', json({ name: 'mono', private: true, packageManager: `pnpm@${pnpmVersion}` }));
  w('pnpm-workspace.yaml', "packages:\n  - 'packages/*'\n");
  w('.gitignore', 'node_modules/\ndist/\n.turbo/\n');
  w('scripts/build.js', BUILD);
  w('scripts/lint.js', LINT);
  w('scripts/test.js', TEST);
  w('taskcache.yml', taskcacheYml());
  w('turbo.json', json(TURBO));
  for (const [name, deps] of Object.entries(PACKAGES)) {
    w(
      `packages/${name}/package.json`,
      json({
        name: `@mono/${name}`,
        version: '1.0.0',
        private: true,
        main: 'dist/index.js',
        scripts: Object.fromEntries(SCRIPTS.map((s) => [s, `node ../../scripts/${s}.js`])),
        dependencies: Object.fromEntries(deps.map((d) => [`@mono/${d}`, 'workspace:*'])),
      }),
    );
    const files = Math.round(filesPerPackage * (0.6 + 0.8 * random()));
    for (let i = 0; i < files; i++) {
      w(`packages/${name}/src/m${String(i).padStart(4, '0')}.js`, module(name, i, deps, random));
    }
  }
  const sh = (cmd, args) => {
    const r = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(`${cmd} ${args.join(' ')} in ${dir}: ${r.stderr}${r.stdout}`);
  };
  sh(pnpm, ['install', '--offline', '--silent']);
  sh('git', ['init', '-q']);
  sh('git', ['add', '-A']);
  const who = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid'];
  sh('git', [...who, 'commit', '-q', '-m', 'monorepo']);
}

/** Every file under packages/ * /dist, as one digest of names and contents. */
export function distDigest(dir, createHash) {
  const h = createHash('sha256');
  for (const name of Object.keys(PACKAGES)) {
    const dist = path.join(dir, 'packages', name, 'dist');
    const files = fs.readdirSync(dist, { recursive: true }).sort();
    for (const file of files) {
      const full = path.join(dist, file);
      if (fs.statSync(full).isFile()) h.update(`${name}/${file}\0`).update(fs.readFileSync(full));
    }
  }
  return h.digest('hex');
}
