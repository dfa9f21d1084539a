// The key hashed as the manifest's text is written, a chunk at a time, is the key of the
// whole text: whatever the pieces' sizes and characters.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { blake3, initBlake3, loadBackend } from '../../src/adapters/blake3.js';
import type { Digest } from '../../src/core/digest.js';
import {
  computeKey,
  createManifest,
  hashManifest,
  type InputEntry,
  type ManifestParts,
} from '../../src/core/manifest.js';

const d = (c: string) => c.repeat(64) as Digest;

const base: ManifestParts = {
  task: 'build',
  command: 'make',
  shell: 'bash',
  cwd: '.',
  platform: { os: 'linux', arch: 'x64' },
  env: [{ name: 'NODE_ENV', digest: d('1') }],
  inputs: [],
  keyCommands: [{ command: 'node --version', digest: d('2') }],
  outputs: ['dist/**', '!dist/*.map'],
  salt: '',
};

beforeAll(async () => {
  await initBlake3();
});

async function bothKeys(parts: ManifestParts, env: NodeJS.ProcessEnv = process.env) {
  const manifest = createManifest(parts);
  const backend = await loadBackend(env);
  return {
    whole: computeKey(manifest, blake3),
    chunked: hashManifest(manifest, await backend.createHasher()),
  };
}

describe('hashManifest', () => {
  it('equals the key of the whole text across many chunks, with multi-byte paths', async () => {
    const inputs: InputEntry[] = Array.from({ length: 5000 }, (_, i) =>
      i % 7 === 0
        ? { path: `lnk/${i}`, link: `t\u00e9/${i}` }
        : {
            // Up to 3 bytes of UTF-8 per code unit: the chunk's room is counted in bytes.
            path: `src/${'\u20ac'.repeat(i % 50)}\u00fcber-\u{1f600}-${i}.ts`,
            executable: i % 3 === 0,
            digest: d('a'),
          },
    );
    for (const env of [{}, { TASKCACHE_BLAKE3: 'wasm' }]) {
      const { whole, chunked } = await bothKeys({ ...base, inputs }, env);
      expect(chunked).toBe(whole);
    }
  });

  it('equals it when one piece is bigger than a chunk, and with "inputs":0 in a string', async () => {
    const { whole, chunked } = await bothKeys({
      ...base,
      command: `echo ${'\u20ac'.repeat(70_000)}`,
      salt: '"inputs":0',
      inputs: [{ path: `${'p'.repeat(30_000)}\u20ac`, executable: false, digest: d('b') }],
    });
    expect(chunked).toBe(whole);
  });

  it('equals it for any paths, link targets and command', async () => {
    const backend = await loadBackend();
    const entry = fc.oneof(
      fc.record({ path: fc.string({ unit: 'binary' }), link: fc.string({ unit: 'binary' }) }),
      fc.record({
        path: fc.string({ unit: 'binary' }),
        executable: fc.boolean(),
        digest: fc.constantFrom(d('c'), d('d')),
      }),
    );
    const unique = (entries: InputEntry[]) => [
      ...new Map(entries.map((e) => [e.path, e])).values(),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { maxLength: 40 }),
        fc.string({ unit: 'binary' }),
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 3 }),
        async (inputs, command, outputs) => {
          const manifest = createManifest({ ...base, command, inputs: unique(inputs), outputs });
          expect(hashManifest(manifest, await backend.createHasher())).toBe(
            computeKey(manifest, blake3),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
