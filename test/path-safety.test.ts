// Paths that would take a save or a key outside the workspace, or out of what a key can hold:
// a working directory or a pattern's base reached through a link that leads out (which would
// store a file from outside the workspace in a shared cache), names that are not valid UTF-8
// (lossily decoded, they would silently leave the key) and output names with a backslash
// (which a restore refuses, so the entry could never be used).

import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import { DirCache } from '../src/adapters/dir-cache.js';
import { listFiles, physicalDir, scanInputs } from '../src/adapters/files.js';
import { tempDir } from './support/cli.js';

let workspace: string;
let outside: string;

beforeAll(async () => {
  await initBlake3();
});
beforeEach(() => {
  workspace = tempDir('safety');
  outside = tempDir('safety-outside');
  writeFileSync(path.join(outside, 'secret.txt'), 'secret');
  mkdirSync(path.join(outside, 'sub'));
  writeFileSync(path.join(outside, 'sub', 'deep.txt'), 'deep');
  mkdirSync(path.join(workspace, 'pkg', 'src'), { recursive: true });
  writeFileSync(path.join(workspace, 'pkg', 'src', 'a.ts'), 'a');
  symlinkSync(outside, path.join(workspace, 'out'));
  symlinkSync(outside, path.join(workspace, 'pkg', 'escape'));
  symlinkSync('pkg', path.join(workspace, 'alias'));
});
afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const list = (cwd: string, patterns: string[]) => listFiles({ workspace, cwd, patterns });
const scan = (cwd: string, patterns: string[]) => scanInputs({ workspace, cwd, patterns });
const paths = async (listing: Promise<{ files: Array<{ path: string }> }>) =>
  (await listing).files.map((file) => file.path);

describe('physicalDir', () => {
  it('resolves a working directory physically and refuses one that leads out', () => {
    const real = realpathSync(workspace);
    expect(physicalDir(workspace, '.')).toBe(real);
    expect(physicalDir(workspace, 'pkg')).toBe(path.join(real, 'pkg'));
    // Through a link that stays inside: its real place.
    expect(physicalDir(workspace, 'alias/src')).toBe(path.join(real, 'pkg', 'src'));
    // Not there yet: resolved from the nearest parent that is.
    expect(physicalDir(workspace, 'pkg/new/dir')).toBe(path.join(real, 'pkg', 'new', 'dir'));
    expect(() => physicalDir(workspace, 'out')).toThrow(/working directory "out" leads out/);
    expect(() => physicalDir(workspace, 'pkg/escape/sub')).toThrow(/"pkg\/escape\/sub"/);
    expect(() => physicalDir(workspace, 'out/not-yet')).toThrow(/"out\/not-yet"/);
  });
});

describe('a link that leads out of the workspace', () => {
  it('refuses a literal output path through a linked directory', async () => {
    await expect(list('.', ['out/secret.txt'])).rejects.toThrow(
      /"out\/secret.txt" is reached through a symbolic link that leads out of the workspace/,
    );
    await expect(list('pkg', ['escape/sub/deep.txt'])).rejects.toThrow(
      /"pkg\/escape\/sub\/deep.txt"/,
    );
  });

  it('refuses an output glob or directory name whose base is a linked directory', async () => {
    await expect(list('.', ['out/**'])).rejects.toThrow(/"out" is reached through/);
    await expect(list('.', ['out'])).rejects.toThrow(/"out" is reached through/);
    await expect(list('pkg', ['escape/sub/*.txt'])).rejects.toThrow(/"pkg\/escape\/sub"/);
  });

  it('refuses inputs through a working directory or a base that leads out', async () => {
    symlinkSync(outside, path.join(workspace, 'linked-pkg'));
    await expect(scan('linked-pkg', ['**'])).rejects.toThrow(/"linked-pkg" is reached through/);
    await expect(scan('.', ['out/sub/**'])).rejects.toThrow(/"out\/sub" is reached through/);
  });

  it('lists a link met inside a crawl as a link, and never what is behind it', async () => {
    expect(await paths(list('.', ['**']))).toEqual(['alias', 'out', 'pkg/escape', 'pkg/src/a.ts']);
    const { inputs } = await scan('pkg', ['**']);
    expect(inputs.find((input) => input.path === 'pkg/escape')).toEqual({
      path: 'pkg/escape',
      link: outside,
    });
  });

  it('follows a base linked inside the workspace, as fast-glob does', async () => {
    expect(await paths(list('.', ['alias/src/**']))).toEqual(['alias/src/a.ts']);
    expect(await paths(list('alias', ['src/*.ts']))).toEqual(['alias/src/a.ts']);
  });
});

describe('file names a key cannot hold', () => {
  const invalid = Buffer.concat([
    Buffer.from('bad-'),
    Buffer.from([0xff, 0xfe]),
    Buffer.from('.ts'),
  ]);
  const inSrc = (name: Buffer) =>
    Buffer.concat([Buffer.from(path.join(workspace, 'pkg', 'src')), Buffer.from('/'), name]);

  it('refuses a selected name that is not valid UTF-8 in inputs and outputs, naming it', async () => {
    writeFileSync(inSrc(invalid), 'x');
    const named = /"pkg\/src\/bad-\\xff\\xfe\.ts": the file name is not valid UTF-8/;
    await expect(scan('pkg', ['src/**'])).rejects.toThrow(named);
    await expect(scan('.', ['**/*.ts'])).rejects.toThrow(named);
    await expect(list('pkg', ['src'])).rejects.toThrow(named);
    // Not selected: no error.
    expect((await scan('pkg', ['src/a.ts'])).inputs.map((input) => input.path)).toEqual([
      'pkg/src/a.ts',
    ]);
    expect((await scan('pkg', ['src/**', '!src/bad-*'])).inputs.map((i) => i.path)).toEqual([
      'pkg/src/a.ts',
    ]);
  });

  it('refuses a directory whose name is not valid UTF-8 when the walk would enter it', async () => {
    mkdirSync(inSrc(invalid));
    writeFileSync(Buffer.concat([inSrc(invalid), Buffer.from('/inner.ts')]), 'x');
    await expect(scan('.', ['pkg/**'])).rejects.toThrow(/"pkg\/src\/bad-\\xff\\xfe\.ts"/);
  });

  it('refuses it through the directory listing cache, on every run', async () => {
    writeFileSync(inSrc(invalid), 'x');
    const state = path.join(tempDir('safety-state'), 'dirs.json');
    // Ahead of the tree's times: the cache would keep any listing it is allowed to.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 10_000);
    try {
      for (let run = 0; run < 2; run++) {
        const dirCache = DirCache.load(state);
        await expect(
          scanInputs({ workspace, cwd: 'pkg', patterns: ['src/**'] }, { dirCache }),
        ).rejects.toThrow(/not valid UTF-8/);
        dirCache.save();
      }
    } finally {
      vi.useRealTimers();
      rmSync(path.dirname(state), { recursive: true, force: true });
    }
  });

  it('keeps a valid name that holds U+FFFD', async () => {
    writeFileSync(path.join(workspace, 'pkg', 'src', 'r\uFFFD.ts'), 'x');
    expect((await scan('pkg', ['src/**'])).inputs.map((input) => input.path)).toEqual([
      'pkg/src/a.ts',
      'pkg/src/r\uFFFD.ts',
    ]);
  });

  it('refuses an output whose name has a backslash, naming it; an input may have one', async () => {
    writeFileSync(path.join(workspace, 'pkg', 'src', 'back\\slash.ts'), 'x');
    await expect(list('pkg', ['src/**'])).rejects.toThrow(
      'output "pkg/src/back\\\\slash.ts": a file name with a backslash cannot be restored',
    );
    expect((await scan('pkg', ['src/**'])).inputs.map((input) => input.path)).toEqual([
      'pkg/src/a.ts',
      'pkg/src/back\\slash.ts',
    ]);
  });
});
