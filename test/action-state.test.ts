// The guard state the restore step hands to the save step: a file in RUNNER_TEMP, which any
// step of the job can write. What reads back as a valid state of this task round-trips; a
// tampered or foreign file is treated as absent, with one warning naming it.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fileGuardState,
  type GuardState,
  guardStatePath,
  nullGuardState,
} from '../src/action/guard-state.js';
import { blake3, initBlake3 } from '../src/adapters/blake3.js';
import { computeKey, createManifest, type Manifest } from '../src/core/manifest.js';
import { tempDir } from './support/cli.js';

// The table of tampered files below is built when the file is collected, with real keys.
await initBlake3();
const root = tempDir('action-state');
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** A port over a fresh RUNNER_TEMP, and the warnings it gave. */
function port(task = 'build') {
  const env = { RUNNER_TEMP: path.join(root, `job-${counter++}`) };
  const warnings: string[] = [];
  const state = fileGuardState({ env, task, hash: blake3, warn: (m) => warnings.push(m) });
  const write = (content: string) => {
    const file = guardStatePath(env, task);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };
  return { state, warnings, write };
}

function manifestOf(task: string, salt = ''): Manifest {
  return createManifest({
    task,
    command: 'make',
    shell: 'bash',
    cwd: '.',
    platform: { os: 'linux', arch: 'x64' },
    env: [],
    inputs: [{ path: 'src/a.txt', executable: false, digest: blake3('alpha\n') }],
    keyCommands: [],
    outputs: ['out/**'],
    salt,
  });
}

function stateOf(task: string, hit = false): GuardState {
  const manifest = manifestOf(task);
  return { key: computeKey(manifest, blake3), manifest, hit, startedAt: 1_700_000_000_000 };
}

describe('the file-backed guard state', () => {
  it('round-trips what the restore step set, with no warning', () => {
    const { state, warnings } = port();
    expect(state.get()).toBeUndefined();
    const saved = stateOf('build', true);
    state.set(saved);
    expect(state.get()).toEqual(saved);
    expect(warnings).toEqual([]);
  });

  const valid = stateOf('build');
  const tampered: [string, string, string][] = [
    ['not JSON', '{"key": ', 'not JSON'],
    ['not an object', '[1, 2]', 'not an object'],
    ['another tool’s JSON', JSON.stringify({ hit: true, cacheKey: 'x' }), 'unknown field'],
    ['a key that is not a key', JSON.stringify({ ...valid, key: 'abc' }), 'key is not'],
    ['hit as a string', JSON.stringify({ ...valid, hit: 'true' }), 'hit is not'],
    ['no startedAt', JSON.stringify({ ...valid, startedAt: undefined }), 'startedAt'],
    [
      'a manifest with a field of the wrong type',
      JSON.stringify({ ...valid, manifest: { ...valid.manifest, inputs: 'src/**' } }),
      'manifest.inputs',
    ],
    [
      'a manifest edited since its key was computed',
      JSON.stringify({ ...valid, manifest: manifestOf('build', 'edited') }),
      'not the key of its manifest',
    ],
    [
      'a key swapped for another one',
      JSON.stringify({ ...valid, key: computeKey(manifestOf('build', 'other'), blake3) }),
      'not the key of its manifest',
    ],
    ['the state of another task', JSON.stringify(stateOf('lint')), 'manifest of task "lint"'],
  ];

  it.each(tampered)('ignores a state file (%s), with a warning', (_, content, reason) => {
    const { state, warnings, write } = port();
    const file = write(content);
    expect(state.get()).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(file);
    expect(warnings[0]).toContain(reason);
  });

  it('a tampered file claiming a hit does not stop the save step', () => {
    const { state, warnings, write } = port();
    write(JSON.stringify({ hit: true }));
    // The save step skips saving only on a state that says the restore step hit.
    expect(state.get()?.hit).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });
});

describe('the null guard state', () => {
  it('keeps nothing and finds nothing', () => {
    nullGuardState.set(stateOf('build'));
    expect(nullGuardState.get()).toBeUndefined();
  });
});
