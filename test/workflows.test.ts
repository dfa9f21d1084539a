// The workflow and action metadata files, checked by a linter (action-validator, which
// validates them against GitHub's schemas), and against the code that reads the inputs.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT, OUTPUT } from '../src/action/inputs.js';
import { repoRoot } from './support/cli.js';

const validator = path.join(repoRoot, 'node_modules', '.bin', 'action-validator');
const scratch = mkdtempSync(path.join(tmpdir(), 'taskcache-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function validate(file: string): { ok: boolean; output: string } {
  try {
    return {
      ok: true,
      output: execFileSync(validator, [file], { encoding: 'utf8', stdio: 'pipe' }),
    };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const workflows = readdirSync(path.join(repoRoot, '.github', 'workflows')).map((name) =>
  path.join('.github', 'workflows', name),
);
const actions = ['action.yml', 'restore/action.yml', 'save/action.yml'];

describe('workflow files', () => {
  it.each(workflows)('%s is valid', (file) => {
    const result = validate(path.join(repoRoot, file));
    expect(result.ok, result.output).toBe(true);
  });

  it('the linter rejects an invalid workflow (it really checks)', () => {
    const bad = path.join(scratch, 'bad.yml');
    writeFileSync(bad, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n');
    expect(validate(bad).ok).toBe(false);
  });
});

describe('action metadata', () => {
  it.each(actions)('%s is valid and its entries exist in dist/', (file) => {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    const meta = parse(text) as { runs: { using: string; main: string; post?: string } };
    expect(meta.runs.using).toBe('node24');
    for (const entry of [meta.runs.main, meta.runs.post].filter(Boolean) as string[]) {
      expect(existsSync(path.join(repoRoot, path.dirname(file), entry)), entry).toBe(true);
    }
    // action-validator's bundled schema predates node24; everything else is checked as is.
    const copy = path.join(scratch, file.replace(/\//g, '-'));
    writeFileSync(copy, text.replace(/using: node24/, 'using: node20'));
    const result = validate(copy);
    expect(result.ok, result.output).toBe(true);
  });

  it('declares exactly the inputs the code reads, and the outputs it sets', () => {
    const read = (file: string) =>
      parse(readFileSync(path.join(repoRoot, file), 'utf8')) as {
        inputs: Record<string, unknown>;
        outputs?: Record<string, unknown>;
      };
    const declared = new Set(actions.flatMap((file) => Object.keys(read(file).inputs)));
    expect([...declared].sort()).toEqual(Object.values(INPUT).sort());
    expect(Object.keys(read('action.yml').outputs ?? {}).sort()).toEqual(
      Object.values(OUTPUT).sort(),
    );
  });
});
