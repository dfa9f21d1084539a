// Key sensitivity, as properties over generated workspaces: every change that can change a
// task's outputs changes the key, and nothing else does.

import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import type { TaskSpec } from '../src/engine/config-file.js';
import { computeTaskKey } from '../src/engine/key.js';

const root = mkdtempSync(path.join(tmpdir(), 'taskcache-props-'));
let counter = 0;

beforeAll(() => initBlake3());
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface FileSpec {
  readonly content: string;
  readonly executable: boolean;
}

const fileName = fc.stringMatching(/^[a-z]{1,6}(\.[a-z]{1,3})?$/);
const files = fc.dictionary(
  fileName,
  fc.record({ content: fc.string({ maxLength: 40 }), executable: fc.boolean() }),
  {
    minKeys: 1,
    maxKeys: 6,
  },
);

function makeWorkspace(inputs: Record<string, FileSpec>): string {
  const dir = path.join(root, `ws-${counter++}`);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  for (const [name, file] of Object.entries(inputs)) {
    const target = path.join(dir, 'src', name);
    writeFileSync(target, file.content);
    chmodSync(target, file.executable ? 0o755 : 0o644);
  }
  writeFileSync(path.join(dir, 'README.md'), 'not an input');
  writeFileSync(path.join(dir, 'version.txt'), 'v1');
  return dir;
}

const spec: TaskSpec = {
  name: 'build',
  command: 'make',
  shell: 'bash',
  cwd: '.',
  inputs: ['src/**', '!src/**/*.skip'],
  outputs: ['out/**'],
  env: ['NODE_ENV', 'VITE_*', '!VITE_DEBUG'],
  keyCommands: ['cat version.txt'],
  salt: '',
  redact: [],
};

const baseEnv = { NODE_ENV: 'production', VITE_API: 'a', VITE_DEBUG: '0', UNLISTED: 'x' };

async function keyOf(
  workspace: string,
  task: TaskSpec = spec,
  env: Record<string, string> = baseEnv,
) {
  const { key } = await computeTaskKey(task, {
    workspace,
    env,
    platform: { os: 'linux', arch: 'x64' },
  });
  return key;
}

const first = (inputs: Record<string, FileSpec>) => Object.keys(inputs)[0]!;
const RUNS = { numRuns: 12 };

describe('the key changes when', () => {
  it('a matched file changes content, name or executable bit, or is added or removed', async () => {
    const change = fc.constantFrom('content', 'rename', 'exec', 'add', 'remove');
    await fc.assert(
      fc.asyncProperty(files, change, async (inputs, kind) => {
        const ws = makeWorkspace(inputs);
        const before = await keyOf(ws);
        const name = first(inputs);
        const file = path.join(ws, 'src', name);
        switch (kind) {
          case 'content':
            writeFileSync(file, `${inputs[name]!.content}!`);
            break;
          case 'rename':
            cpSync(file, path.join(ws, 'src', `${name}-renamed`), { preserveTimestamps: true });
            unlinkSync(file);
            break;
          case 'exec':
            chmodSync(file, inputs[name]!.executable ? 0o644 : 0o755);
            break;
          case 'add':
            mkdirSync(path.join(ws, 'src', 'new'), { recursive: true });
            writeFileSync(path.join(ws, 'src', 'new', 'file.ts'), '');
            break;
          case 'remove':
            unlinkSync(file);
            break;
        }
        expect(await keyOf(ws)).not.toBe(before);
      }),
      RUNS,
    );
  });

  it('an included env value, the command, shell, directory, salt, a key-command output or the outputs change', async () => {
    const change = fc.constantFrom(
      'env',
      'command',
      'shell',
      'cwd',
      'salt',
      'key-command',
      'outputs',
    );
    await fc.assert(
      fc.asyncProperty(
        files,
        change,
        fc.string({ minLength: 1, maxLength: 8 }),
        async (inputs, kind, text) => {
          const ws = makeWorkspace(inputs);
          const before = await keyOf(ws);
          let after: string;
          switch (kind) {
            case 'env':
              after = await keyOf(ws, spec, { ...baseEnv, VITE_API: `${baseEnv.VITE_API}${text}` });
              break;
            case 'command':
              after = await keyOf(ws, { ...spec, command: `${spec.command} ${text}` });
              break;
            case 'shell':
              after = await keyOf(ws, { ...spec, shell: 'sh' });
              break;
            case 'cwd':
              mkdirSync(path.join(ws, 'pkg', 'src'), { recursive: true });
              cpSync(path.join(ws, 'src'), path.join(ws, 'pkg', 'src'), { recursive: true });
              cpSync(path.join(ws, 'version.txt'), path.join(ws, 'pkg', 'version.txt'));
              after = await keyOf(ws, { ...spec, cwd: 'pkg' });
              break;
            case 'salt':
              after = await keyOf(ws, { ...spec, salt: text });
              break;
            case 'outputs':
              after = await keyOf(ws, { ...spec, outputs: [...spec.outputs, 'b/**'] });
              break;
            default:
              writeFileSync(path.join(ws, 'version.txt'), `v1${text}`);
              after = await keyOf(ws);
          }
          expect(after).not.toBe(before);
        },
      ),
      RUNS,
    );
  });
});

describe('the key stays the same when', () => {
  it('mtimes are touched, unlisted or excluded env vars or files outside the inputs change', async () => {
    const change = fc.constantFrom(
      'mtime',
      'unlisted-env',
      'excluded-env',
      'outside-file',
      'excluded-file',
      'output',
    );
    await fc.assert(
      fc.asyncProperty(files, change, async (inputs, kind) => {
        const ws = makeWorkspace(inputs);
        const before = await keyOf(ws);
        let env: Record<string, string> = baseEnv;
        switch (kind) {
          case 'mtime':
            for (const name of Object.keys(inputs)) {
              utimesSync(path.join(ws, 'src', name), new Date(2001, 1, 1), new Date(2001, 1, 1));
            }
            break;
          case 'unlisted-env':
            env = { ...baseEnv, UNLISTED: 'changed', GITHUB_RUN_ID: '99' };
            break;
          case 'excluded-env':
            env = { ...baseEnv, VITE_DEBUG: '1' };
            break;
          case 'outside-file':
            writeFileSync(path.join(ws, 'README.md'), 'changed');
            break;
          case 'excluded-file':
            writeFileSync(path.join(ws, 'src', 'ignored.skip'), 'changed');
            break;
          case 'output':
            mkdirSync(path.join(ws, 'out'), { recursive: true });
            writeFileSync(path.join(ws, 'out', 'bundle.js'), 'built');
            break;
        }
        expect(await keyOf(ws, spec, env)).toBe(before);
      }),
      RUNS,
    );
  });

  it('patterns are reordered or the workspace moves to another absolute path', async () => {
    await fc.assert(
      fc.asyncProperty(files, async (inputs) => {
        const ws = makeWorkspace(inputs);
        const before = await keyOf(ws);
        const reordered = {
          ...spec,
          inputs: [...spec.inputs].reverse(),
          env: [...spec.env].reverse(),
        };
        expect(await keyOf(ws, reordered)).toBe(before);
        const moved = path.join(root, `moved-${counter++}`, 'deeper');
        mkdirSync(path.dirname(moved), { recursive: true });
        cpSync(ws, moved, { recursive: true });
        expect(await keyOf(moved)).toBe(before);
      }),
      RUNS,
    );
  });
});

describe('outputs are never inputs', () => {
  it('excludes declared outputs even when an input pattern matches them', async () => {
    const ws = makeWorkspace({ 'a.ts': { content: 'a', executable: false } });
    const task = { ...spec, inputs: ['**'], outputs: ['out/**'] };
    const before = await keyOf(ws, task);
    mkdirSync(path.join(ws, 'out'), { recursive: true });
    writeFileSync(path.join(ws, 'out', 'x'), 'built');
    expect(await keyOf(ws, task)).toBe(before);
    writeFileSync(path.join(ws, 'src', 'b.ts'), 'b');
    expect(await keyOf(ws, task)).not.toBe(before);
  });
});
