// Reuse in the config (issue 15 item 5): a `defaults:` block merged into every task, YAML
// anchors and merge keys, `x-` fields ignored; errors inside defaults named by their path; the
// kept parse of a config with defaults merged as a fresh one.

import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBlake3 } from '../src/adapters/blake3.js';
import { configJsonSchema, parseConfig } from '../src/core/config.js';
import { loadConfigCached, resolveTask } from '../src/engine/config-file.js';
import { tempDir, writeProject } from './support/cli.js';

function config(text: string) {
  const result = parseConfig(text);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.config;
}

const WITH_DEFAULTS = `
defaults:
  inputs: [pnpm-lock.yaml, "!**/*.snap"]
  env: [CI]
  key-commands: [node --version]
  key-salt: v1
  shell: sh
tasks:
  root:
    run: make
    inputs: [Makefile]
  pkg:
    run: npm run build
    working-directory: packages/a
    inputs: [src/**]
    env: [NODE_ENV]
    key-salt: own
    shell: bash
`;

describe('defaults', () => {
  it('puts list fields before the task’s own and rebases inputs onto its working directory', () => {
    const { tasks } = config(WITH_DEFAULTS);
    expect(tasks.root?.inputs).toEqual(['pnpm-lock.yaml', '!**/*.snap', 'Makefile']);
    expect(tasks.pkg?.inputs).toEqual(['../../pnpm-lock.yaml', '!../../**/*.snap', 'src/**']);
    expect(tasks.pkg?.env).toEqual(['CI', 'NODE_ENV']);
    expect(tasks.root?.['key-commands']).toEqual(['node --version']);
  });

  it('fills scalars the task does not set, and keeps the ones it does', () => {
    const { tasks } = config(WITH_DEFAULTS);
    expect(resolveTask('root', tasks.root!)).toMatchObject({ salt: 'v1', shell: 'sh' });
    expect(resolveTask('pkg', tasks.pkg!)).toMatchObject({ salt: 'own', shell: 'bash' });
    // A scalar set to its schema default in the task still wins over the defaults'.
    const explicit = config(
      'defaults:\n  clean-outputs: true\ntasks:\n  a:\n    run: x\n    clean-outputs: false\n  b:\n    run: y\n',
    );
    expect(explicit.tasks.a?.['clean-outputs']).toBe(false);
    expect(explicit.tasks.b?.['clean-outputs']).toBe(true);
  });

  it('names the field inside defaults in its errors, all at once', () => {
    const result = parseConfig(
      'defaults:\n  inputs: [/etc/passwd, 3]\n  run: x\n  shell: fish\ntasks:\n  a:\n    run: x\n',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
    expect(byPath['defaults.inputs[0]']).toMatch(/absolute path "\/etc\/passwd"/);
    expect(byPath['defaults.inputs[1]']).toBe('expected a string, got number');
    expect(byPath.defaults).toBe('unknown field "run"');
    expect(byPath['defaults.shell']).toMatch(/^expected one of bash, sh/);
  });
});

describe('anchors, merge keys and x- fields', () => {
  it('accepts a merge key from an x- anchor and ignores x- fields everywhere', () => {
    const { tasks } = config(`
x-common: &common
  inputs: [tsconfig.json]
  env: [CI]
tasks:
  a:
    <<: *common
    run: tsc
    x-owner: web team
  b:
    <<: [*common]
    run: vitest
    inputs: [test/**]
defaults:
  x-note: shared lines
`);
    expect(tasks.a).toMatchObject({ run: 'tsc', inputs: ['tsconfig.json'], env: ['CI'] });
    expect(tasks.a).not.toHaveProperty('x-owner');
    expect(tasks.b).toMatchObject({ inputs: ['test/**'], env: ['CI'] });
  });

  it('still rejects other unknown fields', () => {
    const result = parseConfig('y-field: 1\ntasks:\n  a:\n    run: x\n    xfield: 2\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(['(root)', 'tasks.a']);
  });

  it('lets the JSON Schema accept x- fields and describe defaults', () => {
    const schema = configJsonSchema() as {
      patternProperties: Record<string, unknown>;
      properties: {
        defaults: { patternProperties: Record<string, unknown>; properties: object };
        tasks: { additionalProperties: { patternProperties: Record<string, unknown> } };
      };
    };
    expect(Object.keys(schema.patternProperties)).toEqual(['^x-']);
    expect(Object.keys(schema.properties.defaults.patternProperties)).toEqual(['^x-']);
    expect(Object.keys(schema.properties.tasks.additionalProperties.patternProperties)).toEqual([
      '^x-',
    ]);
    expect(Object.keys(schema.properties.defaults.properties)).toContain('key-commands');
  });
});

describe('a kept parse of a config with defaults', () => {
  const dir = tempDir('config-defaults');
  beforeAll(() => initBlake3());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is merged and validated as a fresh parse is', async () => {
    writeProject(dir, { 'taskcache.yml': WITH_DEFAULTS });
    const file = path.join(dir, 'taskcache.yml');
    const state = path.join(dir, 'state');
    const options = { env: {}, schemaId: 'test-schema' };
    const fresh = await loadConfigCached(file, state, options);
    const kept = await loadConfigCached(file, state, options);
    expect(kept.config).toEqual(fresh.config);
    expect(kept.config.tasks.pkg?.inputs).toEqual([
      '../../pnpm-lock.yaml',
      '!../../**/*.snap',
      'src/**',
    ]);
  });
});
