// Key sensitivity, one component at a time, on a real workspace: each change that can change a
// task's outputs changes the key, every time (no random pick of which change is tried), and
// changes that cannot keep it. Beside the random properties of key-properties.test.ts.

import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3 } from '../src/adapters/blake3.js';
import type { TaskSpec } from '../src/engine/config-file.js';
import { computeTaskKey, type KeyContext } from '../src/engine/key.js';

const root = mkdtempSync(path.join(tmpdir(), 'taskcache-sensitivity-'));
let counter = 0;

beforeAll(() => initBlake3());
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Big enough to be hashed in chunks rather than in one call. */
const BIG = 3 * 1024 * 1024 + 17;

function workspace(): string {
  const ws = path.join(root, `ws-${counter++}`);
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src', 'a.txt'), 'hello world\n');
  writeFileSync(path.join(ws, 'src', 'big.bin'), Buffer.alloc(BIG, 7));
  writeFileSync(path.join(ws, 'src', 'tool.sh'), '#!/bin/sh\necho hi\n');
  chmodSync(path.join(ws, 'src', 'tool.sh'), 0o644);
  writeFileSync(path.join(ws, 'version.txt'), 'v1\n');
  writeFileSync(path.join(ws, 'README.md'), 'not an input\n');
  mkdirSync(path.join(ws, 'shared'), { recursive: true });
  writeFileSync(path.join(ws, 'shared', 'x.txt'), 'shared\n');
  mkdirSync(path.join(ws, 'pkg-a'), { recursive: true });
  mkdirSync(path.join(ws, 'pkg-b'), { recursive: true });
  return ws;
}

const spec: TaskSpec = {
  name: 'build',
  command: 'make',
  shell: 'bash',
  cwd: '.',
  inputs: ['src/**'],
  outputs: ['dist/**'],
  env: ['NODE_ENV'],
  keyCommands: ['cat version.txt'],
  salt: '',
  redact: [],
};

const env = { NODE_ENV: 'production', UNSELECTED: 'x', PATH: process.env.PATH };
const linux = { os: 'linux', arch: 'x64' };

function taskKey(ws: string, task: TaskSpec = spec, ctx: Partial<KeyContext> = {}) {
  return computeTaskKey(task, { workspace: ws, env, platform: linux, ...ctx });
}

async function keyOf(ws: string, task: TaskSpec = spec, ctx: Partial<KeyContext> = {}) {
  return (await taskKey(ws, task, ctx)).key;
}

/** Replaces the file's last byte, keeping its length and its modification time. */
function flipLastByte(file: string): void {
  const before = statSync(file);
  const bytes = readFileSync(file);
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
  writeFileSync(file, bytes);
  utimesSync(file, before.atime, before.mtime);
  expect(statSync(file).size).toBe(before.size);
}

describe('the key changes with only', () => {
  it('the command', async () => {
    const ws = workspace();
    expect(await keyOf(ws, { ...spec, command: 'make all' })).not.toBe(await keyOf(ws));
  });

  it("a key-command's output", async () => {
    const ws = workspace();
    const before = await keyOf(ws);
    writeFileSync(path.join(ws, 'version.txt'), 'v2\n');
    expect(await keyOf(ws)).not.toBe(before);
  });

  it('an executable bit', async () => {
    const ws = workspace();
    const before = await keyOf(ws);
    chmodSync(path.join(ws, 'src', 'tool.sh'), 0o755);
    expect(await keyOf(ws)).not.toBe(before);
  });

  it('the last byte of an input, same length and mtime, small or hashed in chunks', async () => {
    for (const name of ['a.txt', 'big.bin']) {
      const ws = workspace();
      const before = await keyOf(ws);
      flipLastByte(path.join(ws, 'src', name));
      expect(await keyOf(ws), name).not.toBe(before);
    }
  });

  it('the last byte of an input, with the stat and listing caches of earlier runs', async () => {
    for (const name of ['a.txt', 'big.bin']) {
      const ws = workspace();
      const stateDir = path.join(ws, '.state');
      mkdirSync(stateDir);
      await keyOf(ws, spec, { stateDir });
      const before = await keyOf(ws, spec, { stateDir });
      flipLastByte(path.join(ws, 'src', name));
      expect(await keyOf(ws, spec, { stateDir }), name).not.toBe(before);
    }
  });

  it('the platform', async () => {
    const ws = workspace();
    const before = await keyOf(ws);
    expect(await keyOf(ws, spec, { platform: { os: 'darwin', arch: 'x64' } })).not.toBe(before);
    expect(await keyOf(ws, spec, { platform: { os: 'linux', arch: 'arm64' } })).not.toBe(before);
  });

  it('the declared outputs: one added, or the same ones reordered', async () => {
    const ws = workspace();
    const before = await keyOf(ws, { ...spec, outputs: ['a/**'] });
    const added = await keyOf(ws, { ...spec, outputs: ['a/**', 'b/**'] });
    expect(added).not.toBe(before);
    expect(await keyOf(ws, { ...spec, outputs: ['b/**', 'a/**'] })).not.toBe(added);
  });

  it('an env value', async () => {
    const ws = workspace();
    const before = await keyOf(ws);
    expect(await keyOf(ws, spec, { env: { ...env, NODE_ENV: 'development' } })).not.toBe(before);
  });

  it('the salt', async () => {
    const ws = workspace();
    expect(await keyOf(ws, { ...spec, salt: 'v2' })).not.toBe(await keyOf(ws));
  });

  it('the shell', async () => {
    const ws = workspace();
    expect(await keyOf(ws, { ...spec, shell: 'sh' })).not.toBe(await keyOf(ws));
  });

  it('the working directory (the same inputs, outputs and key-command output)', async () => {
    const ws = workspace();
    const task: TaskSpec = { ...spec, inputs: ['../shared/**'], keyCommands: ['echo same'] };
    const a = await taskKey(ws, { ...task, cwd: 'pkg-a' });
    const b = await taskKey(ws, { ...task, cwd: 'pkg-b' });
    // Nothing else differs: the inputs resolve to the same files.
    expect(b.manifest.inputs).toEqual(a.manifest.inputs);
    expect(b.manifest.inputs).toHaveLength(1);
    expect(b.key).not.toBe(a.key);
  });
});

describe('the key stays the same when only', () => {
  it('modification times change', async () => {
    const ws = workspace();
    const before = await keyOf(ws);
    for (const name of ['a.txt', 'big.bin', 'tool.sh']) {
      utimesSync(path.join(ws, 'src', name), new Date(2001, 1, 1), new Date(2001, 1, 1));
    }
    expect(await keyOf(ws)).toBe(before);
  });

  it('the workspace moves to another absolute path', async () => {
    const ws = workspace();
    const before = await keyOf(ws);
    const moved = path.join(root, `moved-${counter++}`, 'deeper');
    mkdirSync(path.dirname(moved), { recursive: true });
    cpSync(ws, moved, { recursive: true });
    expect(await keyOf(moved)).toBe(before);
  });

  it('an env var the task does not select changes', async () => {
    const ws = workspace();
    const before = await keyOf(ws);
    expect(await keyOf(ws, spec, { env: { ...env, UNSELECTED: 'y', OTHER: 'z' } })).toBe(before);
  });

  it("taskcache's own secrets are set: key-commands never see them (#14.6)", async () => {
    const ws = workspace();
    const names = [
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_CACHE_URL',
      'TASKCACHE_SIGNING_KEY',
      'TASKCACHE_REMOTE_TOKEN',
      'TASKCACHE_REMOTE_HEADERS',
      'INPUT_RUN',
      'STATE_started',
    ];
    // The key-command prints each of them; a selected env var would also be keyed with the
    // signing key, so none is selected here.
    const task: TaskSpec = {
      ...spec,
      env: [],
      keyCommands: [names.map((name) => `echo "${name}=\${${name}:-unset}"`).join('; ')],
    };
    const without = await taskKey(ws, task);
    const secrets = Object.fromEntries(names.map((name) => [name, `secret-${name}`]));
    const withSecrets = await taskKey(ws, task, { env: { ...env, ...secrets } });
    expect(withSecrets.key).toBe(without.key);
    // The environment of a `run:` step still reaches them.
    const visible = await taskKey(ws, task, { env: { ...env, GITHUB_TOKEN_X: 'y' } });
    expect(visible.key).toBe(without.key);
    const runStep = { ...task, keyCommands: ['echo "$NODE_ENV"'] };
    expect((await taskKey(ws, runStep, { env: { ...env, NODE_ENV: 'x' } })).key).not.toBe(
      (await taskKey(ws, runStep)).key,
    );
  });
});

describe('secret-looking env vars in the key (#14.8)', () => {
  const task: TaskSpec = { ...spec, env: ['NODE_ENV', 'API_TOKEN', 'DEPLOY_KEY'] };
  const secretEnv = { ...env, API_TOKEN: 'abc1', DEPLOY_KEY: 'k9' };

  it('without a signing key: plain digests, and a warning naming each such variable', async () => {
    const ws = workspace();
    const { manifest, warnings } = await taskKey(ws, task, { env: secretEnv });
    const token = manifest.env.find((e) => e.name === 'API_TOKEN')!;
    // The digest anyone can test guesses against...
    expect(token.digest).toBe(blake3('taskcache-env\0API_TOKEN\0abc1'));
    // ...which is why there is a warning: the name, never the value.
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/API_TOKEN/);
    expect(warnings.join('\n')).toMatch(/DEPLOY_KEY/);
    expect(warnings.join('\n')).not.toMatch(/abc1|k9/);
    expect(warnings.join('\n')).not.toMatch(/NODE_ENV/);
  });

  it('with a signing key: keyed digests that a guess cannot be tested against, no warning', async () => {
    const ws = workspace();
    const signed = (key: string, extra: Record<string, string> = {}) =>
      taskKey(ws, task, { env: { ...secretEnv, TASKCACHE_SIGNING_KEY: key, ...extra } });
    const one = await signed('signing-key-1');
    expect(one.warnings).toEqual([]);
    const plain = await taskKey(ws, task, { env: secretEnv });
    for (const entry of one.manifest.env) {
      const plainEntry = plain.manifest.env.find((e) => e.name === entry.name)!;
      expect(entry.digest, entry.name).not.toBe(plainEntry.digest);
      expect(entry.digest).toMatch(/^[0-9a-f]{64}$/);
    }
    // Stable for one signing key, another for another, and still sensitive to the value.
    expect((await signed('signing-key-1')).key).toBe(one.key);
    expect((await signed('signing-key-2')).key).not.toBe(one.key);
    expect((await signed('signing-key-1', { API_TOKEN: 'abc2' })).key).not.toBe(one.key);
    // Nothing of the signing key or the values is in the manifest.
    const text = JSON.stringify(one.manifest);
    expect(text).not.toMatch(/signing-key-1|abc1|k9/);
  });
});
