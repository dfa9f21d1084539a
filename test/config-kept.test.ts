// The check of a kept parse without the schema (issue 17 goal 3: a tiny task's hit does not
// load zod). It must take every config the schema returns, and never take a value the schema
// would refuse: each valid config below is altered field by field (junk values, unknown
// fields, patterns and directories that leave the workspace), and whatever the check takes is
// validated by the schema, which must accept it and return it unchanged.

import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type Config, parseConfig, validateConfig } from '../src/core/config.js';
import { keptConfigShape } from '../src/engine/config-kept.js';

const CONFIGS = [
  'tasks:\n  t:\n    run: echo hi\n',
  `
$schema: ./schema/taskcache.schema.json
max-size: 10GB
max-age: 7d
remote: https://cache.example/tc
remotes:
  - s3://bucket/prefix
  - { url: "turbo+https://t.example", mode: read, timeout: 10s, retries: 3 }
stores:
  - ./store.mjs
  - { module: ./other.mjs, mode: write, options: { a: 1, b: [x, { y: null }] } }
defaults:
  inputs: [pnpm-lock.yaml, "!**/*.snap"]
  env: [CI]
  key-commands: [node --version]
  redact: [TOKEN]
  key-salt: v1
  shell: sh
  clean-outputs: true
  allow-external-links: false
tasks:
  root:
    run: make
    inputs: [Makefile]
    outputs: [out/**]
    cache: read
  pkg/a:build:
    run: npm run build
    working-directory: packages/a
    inputs: [src/**, "../shared/**", "!src/**/*.test.ts"]
    outputs: [dist/**]
    env: [NODE_ENV, "VITE_*"]
    depends-on: [root]
    key-salt: own
    shell: bash
    cache: "off"
    x-note: ignored
`,
];

function validOutput(text: string): Config {
  const result = parseConfig(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  // As kept: through JSON.
  return JSON.parse(JSON.stringify(result.config));
}

const JUNK: unknown[] = [
  undefined,
  null,
  '',
  'x',
  0,
  -1,
  1.5,
  11,
  true,
  [],
  [''],
  ['ok', 3],
  {},
  { a: 1 },
  '../outside/**',
  '/abs/**',
  '~/x',
  '!../../x',
  'C:\\x',
  'read-write',
  'sh',
  '0s',
  '10s',
  'big',
];

/** Every altered copy of `value`: one field changed to each junk value, or an unknown field. */
function* alterations(
  value: unknown,
  path: (string | number)[] = [],
): Generator<[string, unknown]> {
  const at = path.join('.') || '(root)';
  for (const junk of JUNK) yield [`${at} = ${JSON.stringify(junk)}`, junk];
  if (Array.isArray(value)) {
    yield [`${at} + 'x'`, [...value, 'x']];
    for (const [index, item] of value.entries()) {
      for (const [label, altered] of alterations(item, [...path, index])) {
        const copy = [...value];
        copy[index] = altered;
        yield [label, copy];
      }
    }
  } else if (value !== null && typeof value === 'object') {
    for (const extra of ['nope', 'x-note', '__proto__', '1bad name', 'Run']) {
      yield [`${at}.${extra} added`, { ...value, [extra]: 'x' }];
    }
    for (const key of Object.keys(value)) {
      const { [key]: field, ...rest } = value as Record<string, unknown>;
      yield [`${at}.${key} removed`, rest];
      for (const [label, altered] of alterations(field, [...path, key])) {
        yield [label, { ...rest, [key]: altered }];
      }
    }
  }
}

/** What the schema makes of a kept config: its defaults are merged into the tasks already. */
function schemaTakes(value: Record<string, unknown>): boolean {
  const { defaults, ...rest } = value;
  if (defaults !== undefined && !validateConfig({ defaults, tasks: {} }).ok) return false;
  const result = validateConfig(rest);
  return result.ok && isDeepStrictEqual(JSON.parse(JSON.stringify(result.config)), rest);
}

describe('the check of a kept parse', () => {
  it('takes every config the schema returns', () => {
    for (const text of CONFIGS) {
      const config = validOutput(text);
      expect(keptConfigShape(config)).toEqual(config);
    }
  });

  it('never takes a value the schema refuses or would change', () => {
    let taken = 0;
    let refused = 0;
    for (const text of CONFIGS) {
      for (const [label, altered] of alterations(validOutput(text))) {
        const value = altered === undefined ? undefined : JSON.parse(JSON.stringify(altered));
        if (!keptConfigShape(value)) {
          refused++;
          continue;
        }
        taken++;
        expect(schemaTakes(value as Record<string, unknown>), label).toBe(true);
      }
    }
    // Both sides were exercised.
    expect(taken).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(500);
  });
});
