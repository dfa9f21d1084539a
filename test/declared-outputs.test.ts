// Which paths a task's declared outputs cover when a restore checks an entry: the patterns
// read as the save-time listing reads them, so no entry a save could make is refused and no
// path outside the patterns is accepted.

import { describe, expect, it } from 'vitest';
import { declaredOutputs } from '../src/adapters/declared-outputs.js';

describe('declaredOutputs', () => {
  it.each([
    // [cwd, outputs, path, covered]
    ['.', ['dist/**'], 'dist/a.js', true],
    ['.', ['dist/**'], 'dist/.hidden', true],
    ['.', ['dist/**'], 'src/a.ts', false],
    ['.', ['dist/**'], 'distx/a', false],
    ['.', ['dist/**', '!dist/**/*.map'], 'dist/a.js.map', false],
    ['.', ['dist'], 'dist/deep/a', true],
    ['.', ['dist', '!dist/keep'], 'dist/keep/a', false],
    ['.', ['out.txt'], 'out.txt', true],
    ['.', ['out.txt'], 'other.txt', false],
    ['.', ['{lib,esm}/**'], 'esm/a', true],
    ['.', ['{lib,esm}/**'], 'cjs/a', false],
    ['pkg', ['dist/**'], 'pkg/dist/a', true],
    ['pkg', ['dist/**'], 'dist/a', false],
    ['pkg', ['../shared/out/**'], 'shared/out/a', true],
    ['pkg', ['../shared/out/**'], 'pkg/shared/out/a', false],
    // Out of the working directory and back in: named as the listing names it.
    ['pkg', ['../pkg/dist/**'], 'pkg/dist/a', true],
    ['pkg', ['../**'], 'pkg/x', true],
    ['pkg', ['./dist//**'], 'pkg/dist/a', true],
  ] as const)('cwd %s, outputs %j: %s is covered: %s', (cwd, outputs, path, covered) => {
    expect(declaredOutputs(cwd, outputs)(path)).toBe(covered);
  });

  it('covers nothing without a positive pattern', () => {
    expect(declaredOutputs('.', [])('a')).toBe(false);
    expect(declaredOutputs('.', ['!a'])('a')).toBe(false);
  });
});
