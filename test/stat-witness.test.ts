// The witness a sealed run rests on (src/adapters/stat-witness.ts): what it records while
// active, a path seen twice with different stats spoiling it, and a spoiled witness letting go
// of what it saw and recording nothing more.

import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  FOLLOWED,
  FOUND,
  MAX_LOOKS,
  RELATIVE,
  StatWitness,
  witnessAncestors,
  witnessSpoil,
  witnessStat,
} from '../src/adapters/stat-witness.js';
import { tempDir } from './support/cli.js';

const dir = tempDir('witness');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('StatWitness', () => {
  test('records each look while active, paths below the workspace relative to it', () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'a');
    const stats = statSync(file);
    const witness = new StatWitness(dir);
    witnessStat(file, false, stats); // not started: not recorded
    witness.start();
    witnessStat(file, false, stats);
    witnessStat(file, true, stats);
    witnessStat(path.join(dir, 'missing'), false, undefined);
    witnessStat('/elsewhere/b', false, undefined);
    witness.stop();
    witnessStat(path.join(dir, 'later'), false, undefined);
    expect(witness.paths()).toEqual(['a.txt', 'a.txt', 'missing', '/elsewhere/b']);
    expect([0, 1, 2, 3].map((i) => witness.row(i).flags)).toEqual([
      FOUND | RELATIVE,
      FOUND | FOLLOWED | RELATIVE,
      RELATIVE,
      0,
    ]);
    expect(witness.row(1).numbers).toEqual([
      stats.mode,
      stats.ino,
      stats.size,
      stats.mtimeMs,
      stats.ctimeMs,
    ]);
    expect(witness.spoiled).toBeUndefined();
  });

  test('fills piece after piece, names of any length and script intact', () => {
    const witness = new StatWitness(dir).start();
    const names = Array.from(
      { length: 9000 },
      (_, i) => `d${i % 7}/${'ä✓😀'.repeat(i === 4500 ? 30_000 : i % 40)}${i}`,
    );
    for (const name of names) witnessStat(path.join(dir, name), false, undefined);
    witness.stop();
    expect(witness.count).toBe(9000);
    expect(witness.paths()).toEqual(names);
    expect(witness.row(8999).flags).toBe(RELATIVE);
  });

  test('beyond MAX_LOOKS looks it gives up and lets go', () => {
    const witness = new StatWitness(dir).start();
    for (let i = 0; i < MAX_LOOKS; i++) witnessStat(path.join(dir, `f${i}`), false, undefined);
    expect(witness.count).toBe(MAX_LOOKS);
    expect(witness.spoiled).toBeUndefined();
    witnessStat(path.join(dir, 'one-more'), false, undefined);
    expect(witness.spoiled).toBe(`the run looked at more than ${MAX_LOOKS} paths`);
    expect(witness.count).toBe(0);
    witness.stop();
  });

  test('spoiled, it lets go of what it saw and records nothing more', () => {
    const witness = new StatWitness(dir).start();
    witnessStat(path.join(dir, 'x'), false, undefined);
    witnessSpoil('git was asked');
    witnessStat(path.join(dir, 'y'), false, undefined);
    expect(witness.spoiled).toBe('git was asked');
    expect(witness.paths()).toEqual([]);
    expect(witness.count).toBe(0);
    witness.stop();
  });

  test('the directories above a path, each once', () => {
    mkdirSync(path.join(dir, 'p/q'), { recursive: true });
    const witness = new StatWitness(path.join(dir, 'p')).start();
    witnessAncestors(dir, 'p/q/r.txt');
    witnessAncestors(dir, 'p/q/s.txt');
    witness.stop();
    // The workspace itself is kept as it is; what is below it, relative.
    expect(witness.paths()).toEqual([dir, path.join(dir, 'p'), 'q']);
  });
});
