// The walk lists exactly what fast-glob lists, on random trees (nested directories, `..`
// siblings of the working directory, dot files, `.git`, links to files and directories inside
// the tree, dangling links) and random pattern sets (`../` patterns, empty static bases, `!`
// exclusions, braces, `?`, `[...]`, plain directory names, excluded outputs): inputs and
// outputs, with and without the stat and directory-listing caches, fresh and repeated after an
// edit. A pattern is reported as matching nothing exactly when fast-glob lists nothing for it.
//
// The equivalence the README documents: patterns are relative to the working directory (joined
// to it, so `..` is resolved before matching), dot files match, `.git/` never does, declared
// outputs are never inputs, a plain directory name means everything below it, links are listed
// and not followed below a pattern's static base. fast-glob folds every pattern into one crawl
// of its working directory when any of them has an empty base, which changes whether a link in
// another pattern's base is followed; so each positive pattern is given to it on its own.

import {
  lutimesSync,
  mkdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import { DirCache } from '../src/adapters/dir-cache.js';
import { type ListOptions, listFiles, scanInputs } from '../src/adapters/files.js';
import { StatCache } from '../src/adapters/stat-cache.js';
import { tempDir } from './support/cli.js';

const dirs: string[] = [];
beforeAll(async () => {
  await initBlake3();
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function scratch(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}

interface Expected {
  readonly files: string[];
  readonly unmatched: string[];
}

/** What fast-glob lists for the options, by the equivalence above; workspace-relative. */
async function oracle(
  workspace: string,
  options: Omit<ListOptions, 'workspace'>,
): Promise<Expected> {
  const { cwd } = options;
  const base = path.join(workspace, cwd);
  const expand = (pattern: string) => {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    if (fg.isDynamicPattern(body)) return pattern;
    try {
      if (statSync(path.join(base, body)).isDirectory()) return `${pattern.replace(/\/+$/, '')}/**`;
    } catch {}
    return pattern;
  };
  const inWorkspace = (pattern: string) => {
    const joined = path.posix.normalize(path.posix.join(cwd, pattern));
    return joined === '.' ? '**' : joined.replace(/^\.\//, '');
  };
  const patterns = options.patterns.map(expand);
  const ignore = [
    '**/.git/**',
    ...patterns.filter((p) => p.startsWith('!')).map((p) => inWorkspace(p.slice(1))),
    ...(options.exclude ?? []).map(expand).map(inWorkspace),
  ];
  // An exclusion that ends in `**` or whose last segment is a plain name leaves out all that
  // is below the directories it matches; fast-glob does so while it crawls (its "deep
  // filter"), except at the base it starts from, so `a/**` beside `!{a,b}` lists `a/x` while
  // `**` does not. The walk applies the rule at every depth, and so does the oracle here.
  const [task] = fg.generateTasks(['**'], { ignore });
  const wholeDirs = (task?.negative ?? []).filter((p) => {
    const last = path.posix.basename(p);
    return last === '**' || !fg.isDynamicPattern(last);
  });
  const dirExcluded = picomatch(wholeDirs.length > 0 ? wholeDirs : ['\0'], { dot: true });
  const below = (file: string) =>
    file
      .split('/')
      .slice(0, -1)
      .some((_, i, parts) => dirExcluded(parts.slice(0, i + 1).join('/')));
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const [i, pattern] of patterns.entries()) {
    if (pattern.startsWith('!')) continue;
    // fast-glob takes a directory segment whose only wildcard is `?` for a literal name and
    // lists nothing below it (mrmlnc/fast-glob#380): `[!/]` is the same wildcard (not in an
    // exclusion, where fast-glob would take `]` for its last segment's name).
    const entries = await fg([inWorkspace(pattern).replaceAll('?', '[!/]')], {
      cwd: workspace,
      ignore,
      dot: true,
      onlyFiles: false,
      followSymbolicLinks: false,
      objectMode: true,
      // A base that is a file is nothing to list, not an error (ENOTDIR).
      suppressErrors: true,
    });
    const found = entries
      .filter((entry) => !entry.dirent.isDirectory() && !below(entry.path))
      .map((entry) => entry.path);
    for (const file of found) files.add(file);
    const written = options.patterns[i]!;
    if (found.length === 0 && !unmatched.includes(written)) unmatched.push(written);
  }
  return { files: [...files].sort(), unmatched };
}

/** A tree: file paths, links (at a path, to an entry of the tree), and what to edit later. */
interface TreeSpec {
  readonly files: string[][];
  readonly links: Array<{ at: string[]; to: number; dangling: boolean }>;
}

interface Tree {
  readonly root: string;
  readonly files: string[];
  /** Real directories, workspace-relative (not '.'). */
  readonly dirs: string[];
}

const NAMES = ['a', 'b', 'ab', '.h', 'x.txt', 'y.json', 'z.py', 'pkg', 'src', '.git'];

function buildTree(spec: TreeSpec): Tree {
  const root = scratch('oracle');
  const files = new Set<string>();
  const dirSet = new Set<string>();
  const taken = (p: string) => files.has(p) || dirSet.has(p);
  const place = (parts: string[]): string | undefined => {
    for (let i = 1; i < parts.length; i++) {
      if (files.has(parts.slice(0, i).join('/'))) return undefined;
    }
    const relative = parts.join('/');
    if (taken(relative)) return undefined;
    for (let i = 1; i < parts.length; i++) dirSet.add(parts.slice(0, i).join('/'));
    mkdirSync(path.join(root, ...parts.slice(0, -1)), { recursive: true });
    return relative;
  };
  for (const parts of spec.files) {
    const relative = place(parts);
    if (relative === undefined) continue;
    writeFileSync(path.join(root, relative), relative);
    files.add(relative);
  }
  const targets = [...files, ...dirSet];
  spec.links.forEach((link, i) => {
    // Links are named l0, l1, ... so that patterns can name them.
    const relative = place([...link.at, `l${i % 3}`]);
    if (relative === undefined) return;
    const target = link.dangling
      ? 'missing'
      : path.posix.relative(path.posix.dirname(relative), targets[link.to % targets.length] ?? '.');
    symlinkSync(target || '.', path.join(root, relative));
    files.add(relative);
  });
  return { root, files: [...files], dirs: [...dirSet] };
}

/** Sets every time in the tree back, so that a later edit changes it whatever the clock tick. */
function backdate(tree: Tree, seconds: number): void {
  const then = new Date(Date.now() - seconds * 1000);
  for (const file of tree.files) lutimesSync(path.join(tree.root, file), then, then);
  for (const dir of [...tree.dirs, '.']) utimesSync(path.join(tree.root, dir), then, then);
}

const treeSpec: fc.Arbitrary<TreeSpec> = fc.record({
  files: fc.array(fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 24,
  }),
  links: fc.array(
    fc.record({
      at: fc.array(fc.constantFrom(...NAMES), { maxLength: 2 }),
      to: fc.nat(),
      dangling: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
});

const SEGMENTS = [
  '*',
  '**',
  '?',
  'a',
  'b',
  'ab',
  'pkg',
  'src',
  '.git',
  '[ab]',
  '{a,b}',
  '{pkg,l0}',
  '*.txt',
  '{x,y}.*',
  '.h',
  'x.txt',
  '*b',
  '.*',
  '?.json',
  'l0',
  'l1',
];

interface PatternSpec {
  readonly up: number;
  readonly body: string;
  readonly negated: boolean;
}

const patternSpec: fc.Arbitrary<PatternSpec> = fc.record({
  up: fc.nat(2),
  body: fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 3 })
        .map((s) => s.join('/')),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('.', '..', '*', '**', '**/*.py', 's*/**', 'tsconfig*.json'),
    },
  ),
  negated: fc.boolean(),
});

/** A pattern written from `cwd`, never above the workspace. */
function written(cwd: string, spec: PatternSpec, negated = spec.negated): string {
  const depth = cwd === '.' ? 0 : cwd.split('/').length;
  const body = spec.body === '..' && depth === 0 ? '.' : spec.body;
  const up = Math.min(spec.up, depth - (body === '..' ? 1 : 0));
  return `${negated ? '!' : ''}${'../'.repeat(up)}${body}`;
}

const caseSpec = fc.record({
  tree: treeSpec,
  cwd: fc.nat(),
  first: patternSpec,
  more: fc.array(patternSpec, { maxLength: 4 }),
  outputs: fc.array(patternSpec, { maxLength: 2 }),
  edit: fc.record({
    add: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }),
    remove: fc.nat(),
    change: fc.nat(),
  }),
});

type Case = typeof caseSpec extends fc.Arbitrary<infer T> ? T : never;

/** A name that depends on nothing but the case, so that a failure reads the same each time. */
function optionsFor(tree: Tree, c: Case): Omit<ListOptions, 'workspace'> {
  const cwds = ['.', ...tree.dirs.filter((dir) => !dir.split('/').includes('.git'))].sort();
  const cwd = cwds[c.cwd % cwds.length]!;
  return {
    cwd,
    patterns: [written(cwd, c.first, false), ...c.more.map((p) => written(cwd, p))],
    exclude: c.outputs.map((p) => written(cwd, p, false)),
  };
}

/** The inputs a scan lists (paths, and digests or link targets), with the given caches. */
async function scanned(
  workspace: string,
  options: Omit<ListOptions, 'workspace'>,
  state?: string,
): Promise<{ files: string[]; unmatched: string[]; entries: string[] }> {
  const caches = state
    ? {
        statCache: StatCache.load(path.join(state, 'stat.bin')),
        dirCache: DirCache.load(path.join(state, 'dirs.json')),
      }
    : {};
  const { inputs, unmatched } = await scanInputs({ workspace, ...options }, caches);
  return {
    files: inputs.map((input) => input.path),
    unmatched,
    entries: inputs.map((input) => JSON.stringify(input)),
  };
}

async function check(workspace: string, options: Omit<ListOptions, 'workspace'>, state: string) {
  const { exclude, ...outputOptions } = options;
  const outputs = await listFiles({ workspace, ...outputOptions });
  const expectedOutputs = await oracle(workspace, outputOptions);
  expect(outputs.files.map((file) => file.path)).toEqual(expectedOutputs.files);
  expect(outputs.unmatched).toEqual(expectedOutputs.unmatched);

  const expected = await oracle(workspace, options);
  const plain = await scanned(workspace, options);
  expect({ files: plain.files, unmatched: plain.unmatched }).toEqual(expected);
  const cached = await scanned(workspace, options, state);
  expect(cached).toEqual(plain);
}

function edit(tree: Tree, c: Case): void {
  const regular = tree.files.filter((file) => !path.basename(file).startsWith('l')).sort();
  const changed = regular[c.edit.change % Math.max(1, regular.length)];
  // Same length, other bytes: only the stat says it changed.
  if (changed) writeFileSync(path.join(tree.root, changed), changed.replace(/./, '#'));
  const removed = regular[c.edit.remove % Math.max(1, regular.length)];
  if (removed && removed !== changed) unlinkSync(path.join(tree.root, removed));
  const added = c.edit.add.join('/');
  try {
    mkdirSync(path.dirname(path.join(tree.root, added)), { recursive: true });
    writeFileSync(path.join(tree.root, added), 'added', { flag: 'wx' });
  } catch {
    // A file or directory is in the way: no addition.
  }
}

describe('the walk against fast-glob', () => {
  it('lists what fast-glob lists, with and without the caches, fresh and after an edit', async () => {
    await fc.assert(
      fc.asyncProperty(caseSpec, async (c) => {
        const tree = buildTree(c.tree);
        const state = scratch('oracle-state');
        try {
          backdate(tree, 100);
          // Ahead of the tree's times: nothing is too recent for the caches to keep.
          vi.useFakeTimers({ toFake: ['Date'] });
          vi.setSystemTime(Date.now() + 10_000);
          const options = optionsFor(tree, c);
          await check(tree.root, options, state);
          // The same options again: the caches are reused.
          await check(tree.root, options, state);
          edit(tree, c);
          await check(tree.root, options, state);
        } finally {
          vi.useRealTimers();
          rmSync(tree.root, { recursive: true, force: true });
          rmSync(state, { recursive: true, force: true });
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

describe('each bug the oracle found, on its own', () => {
  function tree(files: Record<string, string>, links: Record<string, string> = {}): string {
    const root = scratch('oracle-case');
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    for (const [link, target] of Object.entries(links)) symlinkSync(target, path.join(root, link));
    return root;
  }
  const inputs = async (workspace: string, options: Omit<ListOptions, 'workspace'>) => {
    const { inputs, unmatched } = await scanInputs({ workspace, ...options });
    return { files: inputs.map((input) => input.path), unmatched };
  };

  it('keeps ../ patterns beside a pattern with an empty static base', async () => {
    const root = tree({ 'shared/x.txt': 'x', 'pkg/conf.json': '{}' });
    const options = { cwd: 'pkg', patterns: ['*.json', '../shared/**', 'src/**'] };
    expect(await inputs(root, options)).toEqual({
      files: ['pkg/conf.json', 'shared/x.txt'],
      unmatched: ['src/**'],
    });
    expect(await inputs(root, options)).toEqual(await oracle(root, options));
  });

  it('lists a file reached by two ways of naming it once, and never .git through ../', async () => {
    const root = tree({ 'pkg/conf.json': '{}', 'pkg/src/a.ts': 'a', '.git/HEAD': 'ref' });
    const options = { cwd: 'pkg', patterns: ['../**', 'conf.json', 'src/**'] };
    expect(await inputs(root, options)).toEqual({
      files: ['pkg/conf.json', 'pkg/src/a.ts'],
      unmatched: [],
    });
  });

  it('leaves outputs out of the inputs at the root of a crawl', async () => {
    const root = tree({ 'pkg/a.ts': 'a', 'pkg/pkg.tgz': 'tgz' });
    const options = { cwd: 'pkg', patterns: ['*'], exclude: ['*.tgz'] };
    expect(await inputs(root, options)).toEqual({ files: ['pkg/a.ts'], unmatched: [] });
  });

  it('leaves out only what an exclusion matches, not whole directories below it', async () => {
    const root = tree({ 'src/a.ts': 'a', 'src/sub/b.ts': 'b', 'src/gen/c.ts': 'c' });
    const options = { cwd: '.', patterns: ['src/**', '!src/*', '!**/gen'] };
    expect(await inputs(root, options)).toEqual({ files: ['src/sub/b.ts'], unmatched: [] });
    expect(await inputs(root, options)).toEqual(await oracle(root, options));
  });

  it('lists a link that a brace alternative names, and nothing below a file', async () => {
    const root = tree({ 'real/a.txt': 'a', f: 'f' }, { ln: 'real' });
    const options = { cwd: '.', patterns: ['{ln,none}', 'f/**'] };
    expect(await inputs(root, options)).toEqual({ files: ['ln'], unmatched: ['f/**'] });
    expect(await inputs(root, options)).toEqual(await oracle(root, options));
  });

  it('lists a linked base through the listing cache as without it', async () => {
    const root = tree({ 'real/a.txt': 'a' }, { ln: 'real' });
    const state = scratch('oracle-case-state');
    const options = { cwd: '.', patterns: ['ln/**'] };
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 10_000);
    for (let run = 0; run < 2; run++) {
      expect((await scanned(root, options, state)).files).toEqual(['ln/a.txt']);
    }
  });
});
