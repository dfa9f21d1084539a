// The committed artefacts: the bundle really hashes, and the JSON Schema is current.

import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3, loadBackend } from '../src/adapters/blake3.js';
import { configJsonSchema } from '../src/core/config.js';
import { computeTaskKey } from '../src/engine/key.js';
import { repoRoot, runCli, tempDir, writeProject } from './support/cli.js';

let project: string;
let cache: string;
beforeAll(async () => {
  await initBlake3();
  project = writeProject(tempDir('dist'), {
    'taskcache.yml': 'tasks:\n  t:\n    run: "true"\n    inputs: ["**/*.txt"]\n',
    'a.txt': 'hello\n',
    'big/b.txt': 'x'.repeat(20 * 1024 * 1024),
  });
  cache = tempDir('dist-cache');
});
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe('the bundled CLI', () => {
  it('hashes with real BLAKE3 (known test vectors), native and WebAssembly alike', async () => {
    // From the BLAKE3 reference test vectors.
    const empty = 'af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262';
    const abc = '6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85';
    expect(blake3(new Uint8Array(0))).toBe(empty);
    expect(blake3('abc')).toBe(abc);
    for (const env of [{}, { TASKCACHE_BLAKE3: 'wasm' }]) {
      const backend = await loadBackend(env);
      expect(backend.hash(new Uint8Array(0))).toBe(empty);
      expect(backend.hash(Buffer.from('abc'))).toBe(abc);
      const hasher = await backend.createHasher();
      hasher.init();
      hasher.update(Buffer.from('a'));
      hasher.update(Buffer.from('bc'));
      expect(hasher.digest()).toBe(abc);
    }
  });

  it('computes the same key as the library, file contents included', async () => {
    const result = await runCli(['dry-run', 't', '--json'], {
      cwd: project,
      env: { TASKCACHE_DIR: cache },
    });
    expect(result.code, result.stderr).toBe(0);
    const cliKey = JSON.parse(result.stdout).tasks[0].key;
    const spec = {
      name: 't',
      command: 'true',
      shell: 'bash' as const,
      cwd: '.',
      inputs: ['**/*.txt'],
      outputs: [],
      env: [],
      keyCommands: [],
      salt: '',
      redact: [],
    };
    const platform = { os: process.platform, arch: process.arch };
    const { key, manifest } = await computeTaskKey(spec, { workspace: project, env: {}, platform });
    expect(cliKey).toBe(key);
    expect(manifest.inputs).toHaveLength(2);
    // A change of content deep inside the big file changes the bundle's key.
    writeProject(project, { 'big/b.txt': `${'x'.repeat(20 * 1024 * 1024 - 1)}y` });
    const changed = await runCli(['dry-run', 't', '--json'], {
      cwd: project,
      env: { TASKCACHE_DIR: cache },
    });
    expect(JSON.parse(changed.stdout).tasks[0].key).not.toBe(cliKey);
  });
});

describe('schema/taskcache.schema.json', () => {
  it('equals the schema generated from the config validator (npm run schema)', () => {
    const committed = JSON.parse(
      readFileSync(path.join(repoRoot, 'schema/taskcache.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(configJsonSchema());
  });
});
