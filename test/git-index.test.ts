// The git index reader (src/adapters/git-index.ts) and the hashing it spares: parsing of index
// versions 2, 3 and 4 against git's own listing, entries that must never be trusted, malformed
// or split indexes, and an oracle: with the index and blob hints, a task's key is the key
// computed by reading every file, on random trees and random edits.

import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../src/adapters/blake3.js';
import { scanInputs } from '../src/adapters/files.js';
import { loadWorkspaceIndex, parseIndex, statMatches } from '../src/adapters/git-index.js';
import { BlobHints } from '../src/adapters/stat-cache.js';
import { computeKey, createManifest, type InputEntry } from '../src/core/manifest.js';
import { computeTaskKey } from '../src/engine/key.js';
import { tempDir } from './support/cli.js';

const root = tempDir('gitindex');
afterAll(() => rmSync(root, { recursive: true, force: true }));
let serial = 0;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root,
    },
  });
}

function repo(files: Record<string, string>): string {
  const dir = path.join(root, `repo-${serial++}`);
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q');
  for (const [name, content] of Object.entries(files)) write(dir, name, content);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'init');
  refresh(dir);
  return dir;
}

/**
 * Lets the clock move on, then has git rewrite the index: entries written in the index's own
 * tick (racy, never trusted) are then older than the index, as in a checkout used for a while.
 */
function refresh(dir: string): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  git(dir, 'status', '--porcelain');
}

function write(dir: string, name: string, content: string): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), content);
}

/** Sets a file's mtime to the nanosecond (utimes takes milliseconds): touch takes it whole. */
function setMtime(file: string, ns: bigint): void {
  const nanos = (ns % 1_000_000_000n).toString().padStart(9, '0');
  execFileSync('touch', ['-m', '-d', `@${ns / 1_000_000_000n}.${nanos}`, file]);
}

/** The index as git lists it: stage-0 path → blob. */
function gitEntries(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of git(dir, 'ls-files', '-s', '-z').split('\0')) {
    const match = /^\d+ ([0-9a-f]+) 0\t(.*)$/s.exec(line);
    if (match) out.set(match[2]!, match[1]!);
  }
  return out;
}

/** Parses a checkout's index with every entry older than the index file (none racy). */
function parsed(dir: string) {
  const data = readFileSync(path.join(dir, '.git', 'index'));
  return parseIndex(data, { sec: 2 ** 32 - 1, nsec: 0 });
}

const options = (workspace: string) => ({ workspace, cwd: '.', patterns: ['**', '!.git/**'] });

/** The key of a task with these inputs (the rest of the manifest fixed). */
function keyOf(inputs: InputEntry[]): string {
  return computeKey(
    createManifest({
      task: 't',
      command: 'true',
      shell: 'sh',
      cwd: '.',
      platform: { os: 'linux', arch: 'x64' },
      env: [],
      inputs,
      keyCommands: [],
      salt: '',
    }),
    blake3,
  );
}

/** Keys read every file and through the index with hints kept in `hintsFile`; both returned. */
async function bothKeys(workspace: string, hintsFile: string) {
  const all = await scanInputs(options(workspace));
  const index = loadWorkspaceIndex(workspace);
  const blobHints = BlobHints.load(hintsFile);
  const fast = await scanInputs(options(workspace), { gitIndex: index, blobHints });
  return { read: keyOf(all.inputs), indexed: keyOf(fast.inputs), index };
}

describe('git index parser', () => {
  it('reads versions 2, 3 and 4 as git lists them', () => {
    const dir = repo({
      'a.txt': 'a',
      'src/deep/b.ts': 'bb',
      'src/deep/c.ts': 'ccc',
      'src/dee.ts': 'd',
      'x/y/z/long-name-for-prefixes.js': 'z',
    });
    const expected = gitEntries(dir);
    for (const version of ['2', '3', '4']) {
      git(dir, 'update-index', '--index-version', version);
      const index = parsed(dir);
      // Git writes version 3 as 2 when no entry needs extended flags (see the next test).
      expect(index?.version).toBe(version === '3' ? 2 : Number(version));
      expect(new Map([...index!.names()].map((name) => [name, index!.lookup(name)!.blob]))).toEqual(
        expected,
      );
    }
  });

  it('reads names of 4095 bytes and more, whose length the flags cannot hold', () => {
    const dir = repo({ 'a.txt': 'a', 'z.txt': 'z' });
    const blob = gitEntries(dir).get('a.txt')!;
    // Entries git adds without files (size 0: never trusted), around the trusted z.txt; the
    // longest is past the 4,096 bytes a version 4 parse first keeps of the previous name.
    const long = (n: number) => `${'d'.repeat(200)}/`.repeat(n);
    for (const name of [`${long(21)}x.txt`, `${long(25)}y.txt`, `${'e'.repeat(4094)}`]) {
      git(dir, 'update-index', '--add', '--cacheinfo', `100644,${blob},${name}`);
    }
    const expected = gitEntries(dir);
    for (const version of ['2', '4']) {
      git(dir, 'update-index', '--index-version', version);
      const index = parsed(dir);
      expect(index?.version).toBe(Number(version));
      expect([...index!.names()].sort()).toEqual(['a.txt', 'z.txt']);
      expect(index!.lookup('z.txt')?.blob).toBe(expected.get('z.txt'));
      expect(index!.has('a.txt')).toBe(true);
      expect(index!.has(`${long(21)}x.txt`)).toBe(false);
    }
  });

  it('finds each name by its UTF-8 bytes, and no other name', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 700; i++) files[`d${i % 13}/f-${i}.txt`] = `${i}`;
    Object.assign(files, { 'é.txt': 'e', '日本/語.ts': 'j', 'smile-😀.md': 's', 'a\u00a0b': 'n' });
    const dir = repo(files);
    // A name that is not valid UTF-8 decodes to U+FFFD: that decoding names another file.
    const raw = Buffer.concat([
      Buffer.from(`${dir}/bad-`),
      Buffer.from([0xff]),
      Buffer.from('.txt'),
    ]);
    writeFileSync(raw, 'raw');
    git(dir, 'add', '-A');
    refresh(dir);
    for (const version of ['2', '4']) {
      git(dir, 'update-index', '--index-version', version);
      const index = parsed(dir)!;
      for (const name of Object.keys(files)) {
        expect(index.has(name)).toBe(true);
        expect(index.lookup(name)?.size).toBe(Buffer.byteLength(files[name]!));
      }
      for (const name of ['d1', 'd1/f-1.tx', 'd1/f-1.txt/', 'e.txt', '日本/語', 'smile-😀.m']) {
        expect(index.has(name)).toBe(false);
      }
      expect(index.has('bad-\ufffd.txt')).toBe(false);
      expect([...index.names()]).toHaveLength(Object.keys(files).length + 1);
    }
  });

  it('matches a stat in the index bytes as statMatches does with the decoded entry', () => {
    const dir = repo({ 'a.txt': 'a', 'b/c.txt': 'cc', 'b/d.txt': 'ddd', 'x.sh': 'x' });
    chmodSync(path.join(dir, 'x.sh'), 0o755);
    git(dir, 'add', '-A');
    refresh(dir);
    write(dir, 'b/c.txt', 'changed');
    utimesSync(path.join(dir, 'b/d.txt'), new Date(1_000_000), new Date(1_000_000));
    chmodSync(path.join(dir, 'a.txt'), 0o755);
    for (const version of ['2', '4']) {
      git(dir, 'update-index', '--index-version', version);
      const index = parsed(dir)!;
      const found = new Map<string, string | undefined>();
      for (const name of ['a.txt', 'b/c.txt', 'b/d.txt', 'x.sh', 'missing.txt']) {
        const stat = lstatSync(path.join(dir, 'x.sh'));
        const own = name === 'missing.txt' ? stat : lstatSync(path.join(dir, name));
        const entry = index.lookup(name);
        const expected = entry && statMatches(entry, own) ? entry.blob : undefined;
        expect(index.matching(name, own)).toBe(expected);
        found.set(name, index.matching(name, own));
      }
      expect([...found].filter(([, blob]) => blob !== undefined).map(([name]) => name)).toEqual([
        'x.sh',
      ]);
    }
  });

  it('leaves out assume-unchanged, skip-worktree, intent-to-add and conflicted entries', () => {
    const dir = repo({ 'keep.txt': 'k', 'au.txt': 'a', 'sw.txt': 's', 'c.txt': 'base\n' });
    // A conflict on c.txt: stages 1-3, no stage 0.
    git(dir, 'checkout', '-qb', 'other');
    write(dir, 'c.txt', 'other\n');
    git(dir, 'commit', '-qam', 'other');
    git(dir, 'checkout', '-q', '-');
    write(dir, 'c.txt', 'mine\n');
    git(dir, 'commit', '-qam', 'mine');
    try {
      git(dir, 'merge', '-q', 'other');
    } catch {
      // The conflict is what is wanted.
    }
    git(dir, 'update-index', '--assume-unchanged', 'au.txt');
    git(dir, 'update-index', '--skip-worktree', 'sw.txt');
    write(dir, 'ita.txt', 'i');
    git(dir, 'add', '-N', 'ita.txt');
    expect(git(dir, 'ls-files', '--stage', 'c.txt').split('\n').length).toBe(4);
    for (const version of ['3', '4']) {
      git(dir, 'update-index', '--index-version', version);
      expect([...parsed(dir)!.names()]).toEqual(['keep.txt']);
    }
  });

  it('means no index for malformed, truncated, unknown or split indexes, never an error', () => {
    const dir = repo({ 'a.txt': 'a', 'b/c.txt': 'c' });
    const data = readFileSync(path.join(dir, '.git', 'index'));
    const now = { sec: 2 ** 32 - 1, nsec: 0 };
    expect(parseIndex(data, now)).toBeDefined();
    expect(parseIndex(data.subarray(0, 40), now)).toBeUndefined();
    expect(parseIndex(data.subarray(0, data.length - 25), now)).toBeUndefined();
    expect(parseIndex(Buffer.from('not an index at all'), now)).toBeUndefined();
    const v9 = Buffer.from(data);
    v9.writeUInt32BE(9, 4);
    expect(parseIndex(v9, now)).toBeUndefined();
    const many = Buffer.from(data);
    many.writeUInt32BE(1000, 8);
    expect(parseIndex(many, now)).toBeUndefined();
    // A count no index of its size could hold is refused before anything is sized by it.
    many.writeUInt32BE(2 ** 32 - 1, 8);
    expect(parseIndex(many, now)).toBeUndefined();
    git(dir, 'update-index', '--split-index');
    expect(parsed(dir)).toBeUndefined();
    expect(loadWorkspaceIndex(dir)).toBeUndefined();
    writeFileSync(path.join(dir, '.git', 'index'), 'garbage');
    expect(loadWorkspaceIndex(dir)).toBeUndefined();
  });

  it('falls back safely in a worktree, a subdirectory and outside git', () => {
    const dir = repo({ 'pkg/a.txt': 'a' });
    const tree = path.join(root, `wt-${serial++}`);
    git(dir, 'worktree', 'add', '-q', tree);
    // Checked out in the tick the index was written: every entry is racy until git rewrites
    // the index later, which is what setting its time forward stands for.
    const later = new Date(Date.now() + 1000);
    utimesSync(path.join(dir, '.git', 'worktrees', path.basename(tree), 'index'), later, later);
    const index = loadWorkspaceIndex(tree);
    // A worktree's index is its own, under .git/worktrees/<name>.
    expect(index?.lookup('pkg/a.txt')?.blob).toBe(gitEntries(tree).get('pkg/a.txt'));
    expect(loadWorkspaceIndex(path.join(dir, 'pkg'))?.lookup('a.txt')?.blob).toBe(
      gitEntries(dir).get('pkg/a.txt'),
    );
    const plain = path.join(root, `plain-${serial++}`);
    mkdirSync(plain);
    writeFileSync(path.join(plain, '.git'), 'not a gitdir line');
    expect(loadWorkspaceIndex(plain)).toBeUndefined();
  });
});

describe('stat match', () => {
  const entry = {
    blob: 'ab'.repeat(20),
    ctimeSec: 1_700_000_000,
    ctimeNsec: 123_456_789,
    mtimeSec: 1_700_000_001,
    mtimeNsec: 987_654_321,
    ino: 77,
    mode: 0o100644,
    uid: 1000,
    gid: 100,
    size: 10,
  };
  const stat = {
    mode: 0o100644,
    size: 10,
    mtimeMs: 1_700_000_001 * 1e3 + 987_654_321 / 1e6,
    ctimeMs: 1_700_000_000 * 1e3 + 123_456_789 / 1e6,
    ino: 77,
    uid: 1000,
    gid: 100,
  };

  it('compares what git compares by default, and the file type and executable bit', () => {
    expect(statMatches(entry, stat)).toBe(true);
    // The index keeps 32 bits of size and inode.
    expect(statMatches(entry, { ...stat, size: 10 + 2 ** 32, ino: 77 + 2 ** 32 })).toBe(true);
    for (const change of [
      { mode: 0o100755 },
      { mode: 0o120644 },
      { size: 11 },
      { ino: 78 },
      { uid: 0 },
      { gid: 0 },
      { mtimeMs: stat.mtimeMs + 0.001 },
      { mtimeMs: stat.mtimeMs + 1000 },
      { ctimeMs: stat.ctimeMs + 0.001 },
      { ctimeMs: stat.ctimeMs - 1000 },
    ]) {
      expect([change, statMatches(entry, { ...stat, ...change })]).toEqual([change, false]);
    }
  });
});

describe('blob hints', () => {
  it('keep digests by blob id across loads; a torn or foreign file is no hints', () => {
    const file = path.join(root, `hints-${serial++}.bin`);
    const hints = BlobHints.load(file);
    const sha1 = 'ab'.repeat(20);
    const sha256 = 'cd'.repeat(32);
    hints.record(sha1, '01'.repeat(32) as never);
    hints.record(sha256, '02'.repeat(32) as never);
    hints.save();
    const again = BlobHints.load(file);
    expect(again.digestOf(sha1)).toBe('01'.repeat(32));
    expect(again.digestOf(sha256)).toBe('02'.repeat(32));
    expect(again.digestOf('ef'.repeat(20))).toBeUndefined();
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 5));
    const torn = BlobHints.load(file);
    expect(torn.digestOf(sha1)).toBe('01'.repeat(32));
    expect(torn.digestOf(sha256)).toBeUndefined();
    writeFileSync(file, 'something else');
    expect(BlobHints.load(file).digestOf(sha1)).toBeUndefined();
  });
});

describe('blob hints table', () => {
  it('finds ids that share their first bytes, and replaces a digest recorded again', () => {
    const file = path.join(root, `hints-${serial++}.bin`);
    const ids = Array.from(
      { length: 200 },
      (_, i) => `00000000${i.toString(16).padStart(32, '0')}`,
    );
    const hints = BlobHints.load(file);
    const digestAt = (i: number) => i.toString(16).padStart(64, '0');
    for (const [i, id] of ids.entries()) hints.record(id, digestAt(i) as never);
    hints.save();
    const again = BlobHints.load(file);
    for (const [i, id] of ids.entries()) expect(again.digestOf(id)).toBe(digestAt(i));
    expect(again.digestOf(`00000000${'f'.repeat(32)}`)).toBeUndefined();
    again.record(ids[7]!, 'ff'.repeat(32) as never);
    again.save();
    const replaced = BlobHints.load(file);
    expect(replaced.digestOf(ids[7]!)).toBe('ff'.repeat(32));
    expect(replaced.digestOf(ids[8]!)).toBe(digestAt(8));
    expect(readFileSync(file).length).toBe(4 + 200 * (1 + 20 + 32));
  });
});

describe('keys through the git index', () => {
  it('takes a matching file from its blob hint without reading it', async () => {
    await initBlake3();
    const dir = repo({ 'a.txt': 'hello', 'b.txt': 'world' });
    const hints = path.join(dir, '..', `hints-${serial++}.bin`);
    // Nothing known yet: every file is read, and hints are recorded.
    expect((await bothKeys(dir, hints)).read).toBeDefined();
    // A hint that lies shows whether the file was read: only a file the index vouches for
    // takes it.
    const blob = gitEntries(dir).get('a.txt')!;
    const lying = BlobHints.load(hints);
    lying.record(blob, 'ff'.repeat(32) as never);
    lying.save();
    const fast = await scanInputs(options(dir), {
      gitIndex: loadWorkspaceIndex(dir),
      blobHints: BlobHints.load(hints),
    });
    expect(fast.inputs.find((i) => i.path === 'a.txt')).toMatchObject({ digest: 'ff'.repeat(32) });
  });

  it('serves a fresh clone from the hints a run on this machine kept in the state dir', async () => {
    await initBlake3();
    const dir = repo({ 'src/a.ts': 'one', 'src/b.ts': 'two' });
    const stateDir = path.join(root, `state-${serial++}`);
    const task = {
      name: 'build',
      command: 'true',
      shell: 'sh' as const,
      cwd: '.',
      inputs: ['src/**'],
      outputs: [],
      env: [],
      keyCommands: [],
      salt: '',
      redact: [],
    };
    const ctx = { env: {}, platform: { os: 'linux', arch: 'x64' }, stateDir };
    const first = await computeTaskKey(task, { ...ctx, workspace: dir });
    const clone = path.join(root, `clone-${serial++}`);
    git(root, 'clone', '-q', dir, clone);
    refresh(clone);
    expect((await computeTaskKey(task, { ...ctx, workspace: clone })).key).toBe(first.key);
    // A lying hint shows the clone's file was taken from the hints, not read.
    const lying = BlobHints.load(path.join(stateDir, 'blobs.bin'));
    lying.record(gitEntries(clone).get('src/a.ts')!, 'ee'.repeat(32) as never);
    lying.save();
    const other = path.join(root, `clone-${serial++}`);
    git(root, 'clone', '-q', dir, other);
    refresh(other);
    const taken = await computeTaskKey(task, { ...ctx, workspace: other });
    expect(taken.manifest.inputs.find((i) => i.path === 'src/a.ts')).toMatchObject({
      digest: 'ee'.repeat(32),
    });
  });

  it('reads a racy entry: mtime not older than the index, to the nanosecond', async () => {
    await initBlake3();
    const dir = repo({ 'a.txt': 'AAAA', 'b.txt': 'bbbb' });
    const hints = path.join(dir, '..', `hints-${serial++}.bin`);
    await bothKeys(dir, hints); // Records the hint for a.txt's blob.
    // b.txt gets a.txt's blob id in the index while its stat stays its own, and the index file
    // takes b.txt's mtime exactly: the entry is racy (a write in the same tick as the index
    // would look like this), so b.txt must be read, not taken as a.txt's content.
    const entries = gitEntries(dir);
    const indexFile = path.join(dir, '.git', 'index');
    const data = readFileSync(indexFile);
    const at = data.indexOf(Buffer.from(entries.get('b.txt')!, 'hex'));
    Buffer.from(entries.get('a.txt')!, 'hex').copy(data, at);
    writeFileSync(indexFile, data);
    const mtime = statSync(path.join(dir, 'b.txt'), { bigint: true }).mtimeNs;
    setMtime(indexFile, mtime);
    expect(statSync(indexFile, { bigint: true }).mtimeNs).toBe(mtime);
    const keys = await bothKeys(dir, hints);
    expect(keys.index?.lookup('b.txt')).toBeUndefined();
    expect(keys.indexed).toBe(keys.read);
    // One nanosecond later, the same doctored entry is trusted (as git would trust it): the
    // key differs, which shows the case above turns on the racy rule alone.
    setMtime(indexFile, mtime + 1n);
    const trusted = await bothKeys(dir, hints);
    expect(trusted.index?.lookup('b.txt')).toBeDefined();
    expect(trusted.indexed).not.toBe(trusted.read);
  });

  it('gives the key of reading every file, on random trees and edits (oracle)', async () => {
    await initBlake3();
    const names = ['a.txt', 'b.ts', 'src/c.ts', 'src/d.ts', 'src/deep/e.js', 'lib/f.md'];
    const content = fc.string({ minLength: 1, maxLength: 12 });
    const edit = fc.oneof(
      fc.record({ op: fc.constant('same-size'), file: fc.nat(names.length - 1) }),
      fc.record({ op: fc.constant('touch'), file: fc.nat(names.length - 1) }),
      fc.record({ op: fc.constant('rewrite-same'), file: fc.nat(names.length - 1) }),
      fc.record({ op: fc.constant('racy'), file: fc.nat(names.length - 1), content }),
      fc.record({ op: fc.constant('chmod'), file: fc.nat(names.length - 1) }),
      fc.record({ op: fc.constant('add'), file: fc.nat(names.length - 1) }),
      fc.record({ op: fc.constant('write'), file: fc.nat(names.length - 1), content }),
      fc.record({ op: fc.constant('delete'), file: fc.nat(names.length - 1) }),
      fc.record({ op: fc.constant('v4') }),
      fc.record({ op: fc.constant('refresh') }),
      fc.record({ op: fc.constant('scan') }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(names.length - 1), content), { minLength: 1, maxLength: 6 }),
        fc.array(edit, { maxLength: 8 }),
        async (tree, edits) => {
          const files: Record<string, string> = {};
          for (const [i, text] of tree) files[names[i]!] = text;
          const dir = repo(files);
          const hints = path.join(dir, '..', `hints-${serial++}.bin`);
          const check = async () => {
            const keys = await bothKeys(dir, hints);
            expect(keys.indexed).toBe(keys.read);
          };
          await check();
          // The index is in use (the case would test nothing if every entry were racy).
          expect(loadWorkspaceIndex(dir)?.lookup(names[tree[0]![0]]!)).toBeDefined();
          for (const step of edits) {
            const name = 'file' in step ? names[step.file]! : '';
            const file = path.join(dir, name);
            const exists = name !== '' && statSync(file, { throwIfNoEntry: false }) !== undefined;
            switch (step.op) {
              case 'same-size':
                if (exists) {
                  // Other content of the same size, the mtime put back to the nanosecond: only
                  // the ctime tells.
                  const before = statSync(file, { bigint: true }).mtimeNs;
                  const old = readFileSync(file);
                  writeFileSync(file, Buffer.from(old.map((b) => (b === 0x41 ? 0x42 : 0x41))));
                  setMtime(file, before);
                }
                break;
              case 'touch':
                if (exists) utimesSync(file, new Date(), new Date(Date.now() - 5000));
                break;
              case 'rewrite-same':
                if (exists) writeFileSync(file, readFileSync(file));
                break;
              case 'racy': {
                // Written (as it is, when it exists: its blob is then likely hinted), added and
                // written again with the same size, most often in the same timestamp tick.
                const first = exists ? readFileSync(file, 'latin1') : step.content;
                write(dir, name, first);
                git(dir, 'add', name);
                write(
                  dir,
                  name,
                  first.replace(/./gs, (c) => (c === 'x' ? 'y' : 'x')),
                );
                break;
              }
              case 'chmod':
                if (exists) chmodSync(file, statSync(file).mode & 0o100 ? 0o644 : 0o755);
                break;
              case 'add':
                if (exists) git(dir, 'add', name);
                break;
              case 'write':
                write(dir, name, step.content);
                break;
              case 'delete':
                if (exists) unlinkSync(file);
                break;
              case 'v4':
                git(dir, 'update-index', '--index-version', '4');
                break;
              case 'refresh':
                refresh(dir);
                break;
              case 'scan':
                await check();
                break;
            }
          }
          await check();
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
