// The walker lists exactly what fast-glob lists for the same patterns (dotfiles, negation,
// braces, symlinks listed but not followed, patterns leaving the working directory), while
// skipping directories no pattern can reach.

import { mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../src/adapters/files.js';
import { ALWAYS_IGNORED, matcher } from '../src/adapters/walk.js';
import { tempDir } from './support/cli.js';

let root: string;

beforeAll(() => {
  root = tempDir('walk');
  const files = [
    'package.json',
    '.env',
    'packages/a/src/index.ts',
    'packages/a/src/index.test.ts',
    'packages/a/src/.hidden/secret.ts',
    'packages/a/src/deep/er/x.tsx',
    'packages/a/node_modules/dep/index.js',
    'packages/a/dist/out.js',
    'packages/b/src/main.rs',
    'packages/b/README.md',
    'shared/src/util.ts',
    'shared/src/gen/types.ts',
    'docs/{braces}.md',
    '.git/HEAD',
    'packages/a/.git/config',
    // A submodule's gitfile, inside a directory a pattern covers entirely.
    'shared/src/.git',
    'shared/src/.taskcache-tmp-x/partial',
  ];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file);
  }
  symlinkSync('index.ts', path.join(root, 'packages/a/src/link.ts'));
  symlinkSync('../../shared', path.join(root, 'packages/a/src/shared-link'));
  symlinkSync('/etc', path.join(root, 'packages/b/src/outside'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cases: Array<{ cwd: string; patterns: string[]; exclude?: string[] }> = [
  { cwd: '.', patterns: ['**'] },
  { cwd: '.', patterns: ['packages/*/src/**'] },
  { cwd: '.', patterns: ['packages/*/src/**', '!**/*.test.ts'] },
  { cwd: '.', patterns: ['**/*.{ts,tsx}'] },
  { cwd: '.', patterns: ['package.json', '.env', 'missing.txt'] },
  { cwd: '.', patterns: ['./packages/a/**'], exclude: ['packages/a/dist/**'] },
  { cwd: '.', patterns: ['packages/**/src/*'] },
  { cwd: '.', patterns: ['packages/a/src', 'shared'] },
  { cwd: 'packages/a', patterns: ['src/**', '../../shared/src/**', '!../../shared/src/gen/**'] },
  { cwd: '.', patterns: ['**/README.md', 'docs/*'] },
  { cwd: '.', patterns: ['*'] },
  { cwd: '.', patterns: ['shared/**'], exclude: ['**/gen/**'] },
  { cwd: '.', patterns: ['shared/src/**', '!shared/src/*.ts'] },
];

/**
 * fast-glob with the options the walker promises to match: patterns relative to the working
 * directory (joined to it, so `..` is resolved before matching and `.git/` is never listed,
 * whichever way a pattern reaches it), a plain directory name meaning everything below it,
 * each positive pattern listed on its own (fast-glob folds patterns into one crawl of the
 * working directory when one of them has an empty base, which changes whether a link in
 * another's base is followed), the union sorted.
 */
async function oracle(cwd: string, patterns: string[], exclude: string[] = []): Promise<string[]> {
  const base = path.join(root, cwd);
  const expanded = patterns.map((p) => {
    const body = p.replace(/^!/, '');
    if (fg.isDynamicPattern(body)) return p;
    try {
      if (statSync(path.join(base, body)).isDirectory()) return `${p}/**`;
    } catch {}
    return p;
  });
  const inWorkspace = (p: string) => path.posix.normalize(path.posix.join(cwd, p));
  const ignore = [
    '**/.git/**',
    ...expanded.filter((p) => p.startsWith('!')).map((p) => inWorkspace(p.slice(1))),
    ...exclude.map(inWorkspace),
  ];
  const found = new Set<string>();
  for (const pattern of expanded.filter((p) => !p.startsWith('!'))) {
    const entries = await fg([inWorkspace(pattern)], {
      cwd: root,
      ignore,
      dot: true,
      onlyFiles: false,
      followSymbolicLinks: false,
      objectMode: true,
    });
    for (const entry of entries) {
      // The walker's own rule: nothing inside taskcache's staging folders, wherever they are.
      if (entry.dirent.isDirectory() || /(^|\/)\.taskcache-tmp-[^/]*\//.test(entry.path)) continue;
      found.add(entry.path);
    }
  }
  return [...found].sort();
}

describe('the walker', () => {
  it.each(cases)(
    'lists what fast-glob lists: $cwd $patterns',
    async ({ cwd, patterns, exclude }) => {
      const listing = await listFiles({ workspace: root, cwd, patterns, exclude: exclude ?? [] });
      const ours = listing.files.map((f) => f.path).sort();
      expect(ours).toEqual(await oracle(cwd, patterns, exclude));
    },
  );

  it('lists symlinks as links, without following them', async () => {
    const listing = await listFiles({ workspace: root, cwd: '.', patterns: ['packages/**'] });
    const links = listing.files.filter((f) => f.symlink).map((f) => f.path);
    expect(links.sort()).toEqual([
      'packages/a/src/link.ts',
      'packages/a/src/shared-link',
      'packages/b/src/outside',
    ]);
    expect(listing.files.some((f) => f.path.includes('shared-link/'))).toBe(false);
  });

  it('names the patterns that matched nothing', async () => {
    const listing = await listFiles({
      workspace: root,
      cwd: '.',
      patterns: ['package.json', 'nope/**', 'missing.txt', 'packages/**', 'packages/*/none-*'],
    });
    expect(listing.unmatched).toEqual(['nope/**', 'missing.txt', 'packages/*/none-*']);
    const below = await listFiles({
      workspace: root,
      cwd: 'packages',
      patterns: ['a/**', 'a/src/**', 'b/nothing/**', '*/src/*.ts'],
    });
    expect(below.unmatched).toEqual(['b/nothing/**']);
  });
});

describe('the walker’s own exclusions', () => {
  // Every path of up to four segments from names that are, or nearly are, the excluded ones.
  const names = [
    '.git',
    '.gitx',
    'x.git',
    '.taskcache-tmp-',
    '.taskcache-tmp-1',
    '.taskcache-tmpx',
  ];
  const paths: string[] = [];
  const grow = (prefix: string, depth: number) => {
    for (const name of [...names, 'a']) {
      const p = prefix === '' ? name : `${prefix}/${name}`;
      paths.push(p);
      if (depth > 1) grow(p, depth - 1);
    }
  };
  grow('', 4);

  it('leave out what the globs `**/.git/**` and `**/.taskcache-tmp-*/**` match', () => {
    const globs = picomatch(['**/.git/**', '**/.taskcache-tmp-*/**'], { dot: true });
    const disagree = paths.filter((p) => ALWAYS_IGNORED.test(p) !== globs(p));
    expect(disagree).toEqual([]);
    expect(paths.filter((p) => globs(p)).length).toBeGreaterThan(1000);
  });

  it('compare a pattern without glob syntax as a path, as picomatch does', () => {
    const literal = ['a/b.json', 'a/.git', 'x.git', 'a/b c', 'a/$x^y.z|w'];
    for (const pattern of literal) {
      const glob = picomatch(pattern, { dot: true });
      for (const p of [...literal, 'a/b.json/', 'A/b.json', 'a/b.jsonx', './a/b.json', 'a']) {
        expect(matcher(pattern)(p), `${pattern} ~ ${p}`).toBe(glob(p));
      }
    }
  });
});
