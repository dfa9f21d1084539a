import { describe, expect, it } from 'vitest';
import {
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
