import { describe, expect, it } from 'vitest';
import { describeChanges, diffManifests, missReason } from '../../src/core/diff.js';
import type { Digest } from '../../src/core/digest.js';
import { createManifest, type ManifestParts } from '../../src/core/manifest.js';

const d = (c: string) => c.repeat(64) as Digest;

const base: ManifestParts = {
  task: 'build',
  command: 'make',
  shell: 'bash',
  cwd: '.',
  platform: { os: 'linux', arch: 'x64' },
  env: [{ name: 'NODE_ENV', digest: d('1') }],
  inputs: [
    { path: 'src/a.ts', executable: false, digest: d('a') },
    { path: 'src/b.ts', executable: false, digest: d('b') },
    { path: 'link', link: 'src/a.ts' },
  ],
  keyCommands: [{ command: 'node --version', digest: d('2') }],
  salt: '',
};

describe('manifest diff', () => {
  it('is empty for equal manifests', () => {
    expect(diffManifests(createManifest(base), createManifest(base))).toEqual([]);
  });

  it('names changed, added and removed files, env vars and the rest', () => {
    const after = createManifest({
      ...base,
      command: 'make all',
      platform: { os: 'darwin', arch: 'arm64' },
      env: [
        { name: 'NODE_ENV', digest: d('3') },
        { name: 'CI', digest: d('4') },
      ],
      inputs: [
        { path: 'src/a.ts', executable: true, digest: d('a') },
        { path: 'src/c.ts', executable: false, digest: d('c') },
        { path: 'link', link: 'src/c.ts' },
      ],
      keyCommands: [{ command: 'node --version', digest: d('5') }],
      salt: 'v2',
    });
    const changes = diffManifests(createManifest(base), after);
    expect(describeChanges(changes)).toEqual([
      'command changed',
      'platform changed (linux-x64 → darwin-arm64)',
      '2 files changed: link, src/a.ts',
      '1 file added: src/c.ts',
      '1 file removed: src/b.ts',
      '1 env var changed: NODE_ENV',
      '1 env var added: CI',
      '1 key-command output changed: node --version',
      'key-salt changed',
    ]);
  });

  it('names a change of the declared outputs, added or reordered (#19.2)', () => {
    const before = createManifest({ ...base, outputs: ['a/**'] });
    const added = createManifest({ ...base, outputs: ['a/**', 'b/**'] });
    expect(diffManifests(before, added)).toEqual([
      { kind: 'outputs', before: ['a/**'], after: ['a/**', 'b/**'] },
    ]);
    expect(missReason(diffManifests(before, added))).toBe('outputs changed: a/** → a/**, b/**');
    const reordered = createManifest({ ...base, outputs: ['b/**', 'a/**'] });
    expect(describeChanges(diffManifests(added, reordered))).toEqual([
      'outputs changed: a/**, b/** → b/**, a/**',
    ]);
    expect(describeChanges(diffManifests(createManifest(base), before))).toEqual([
      'outputs changed: none → a/**',
    ]);
  });

  it('lists the first names, then a count', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({
      path: `f${String(i).padStart(2, '0')}`,
      executable: false,
      digest: d('e'),
    }));
    const changes = diffManifests(
      createManifest(base),
      createManifest({ ...base, inputs: [...base.inputs, ...many] }),
    );
    expect(describeChanges(changes)).toEqual([
      '14 files added: f00, f01, f02, f03, f04, f05, f06, f07, f08, f09 and 4 more',
    ]);
    expect(missReason(changes)).toBe('14 files added: f00, f01, f02 and 11 more');
  });

  it('says "first run" without an earlier manifest', () => {
    expect(missReason(undefined)).toBe('first run');
  });
});

describe('manifest serialization', () => {
  it('is the canonical JSON of the manifest, inputs and outputs included', async () => {
    const { canonicalJson } = await import('../../src/core/canonical.js');
    const { serializeManifest } = await import('../../src/core/manifest.js');
    const manifest = createManifest({
      ...base,
      inputs: [...base.inputs, { path: 'we"ird\\path\u2028', executable: true, digest: d('f') }],
      outputs: ['dist/**', '!dist/"x"'],
      salt: '"inputs":0',
    });
    // The manifest a record holds (its canonical JSON) is the key's text byte for byte.
    expect(serializeManifest(manifest)).toBe(canonicalJson(manifest as never));
  });

  it('keeps schema 1 as it was written: no outputs, the executable bit as "x"', async () => {
    const { canonicalJson } = await import('../../src/core/canonical.js');
    const { serializeManifest } = await import('../../src/core/manifest.js');
    const manifest = { ...createManifest(base), schema: 1 };
    const { outputs: _, ...v1 } = manifest;
    const generic = canonicalJson({
      ...v1,
      inputs: manifest.inputs.map((e) =>
        'link' in e
          ? { path: e.path, link: e.link }
          : { path: e.path, x: e.executable, digest: e.digest },
      ),
    } as never);
    expect(serializeManifest(manifest)).toBe(generic);
  });
});
