import { describe, expect, it } from 'vitest';
import {
  isReservedName,
  isSafeRelativePath,
  linkStaysInside,
  normalizeWorkingDirectory,
  patternStaysInside,
} from '../../src/core/paths.js';

describe('workspace paths', () => {
  it.each([
    ['.', 'src/**', true],
    ['.', '!dist/**', true],
    ['packages/a', '../b/src/**', true],
    ['.', '../x', false],
    ['packages/a', '../../../x', false],
    ['.', '/etc/**', false],
    ['.', 'C:/x', false],
    ['.', '!../x', false],
  ])('pattern from %s: %s inside = %s', (cwd, pattern, inside) => {
    expect(patternStaysInside(cwd, pattern)).toBe(inside);
  });

  it('normalizes working directories', () => {
    expect(normalizeWorkingDirectory('./packages/a/')).toBe('packages/a');
    expect(normalizeWorkingDirectory('')).toBe('.');
    expect(normalizeWorkingDirectory('a/../..')).toBeUndefined();
    expect(normalizeWorkingDirectory('/abs')).toBeUndefined();
  });

  it.each([
    ['dist/a.js', true],
    ['a', true],
    ['../a', false],
    ['dist/../../a', false],
    ['/etc/passwd', false],
    ['dist//a', false],
    ['dist/./a', false],
    ['dist\\a', false],
    ['', false],
  ])('restore path %j safe = %s', (path, safe) => {
    expect(isSafeRelativePath(path)).toBe(safe);
  });

  it.each([
    ['dist/link', 'a.js', true],
    ['dist/link', '../src/a.js', true],
    ['dist/link', '../../outside', false],
    ['link', '/etc/passwd', false],
    ['dist/link', '..', false], // the workspace root itself: refused
    ['link', '.', false],
  ])('link %s -> %s inside = %s', (link, target, inside) => {
    expect(linkStaysInside(link, target)).toBe(inside);
  });
});

describe('restored paths, checked whole or segment by segment', () => {
  // The rules as documented, one segment at a time: the oracle the quick check must agree with.
  const oracle = (path: string) =>
    path !== '' &&
    !/^([/\\]|[a-zA-Z]:)/.test(path) &&
    !path.includes('\\') &&
    !path.includes('\0') &&
    path.split('/').every((s) => s !== '' && s !== '.' && s !== '..' && !isReservedName(s));
  const segments = [
    ...['', '.', '..', '...', '.git', '.GIT', '.git.', '.git ', '.Git..', 'git', '.gitx'],
    ...['.taskcache-tmp-', '.taskcache-tmp-1', 'a', 'a.b', 'a..', '-x', '@s', 'x+y', 'C:', 'c:x'],
    ...['a\\b', 'a\0', 'é', ' x', 'x ', '_'],
  ];

  it('agree on every path of up to three segments from near-miss names', () => {
    const disagree: string[] = [];
    for (const a of segments) {
      for (const b of segments) {
        for (const c of segments) {
          for (const path of [a, `${a}/${b}`, `${a}/${b}/${c}`, `/${a}`]) {
            if (isSafeRelativePath(path) !== oracle(path)) disagree.push(path);
          }
        }
      }
    }
    expect(disagree).toEqual([]);
  });
});
