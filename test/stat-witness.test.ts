// The witness a sealed run rests on (src/adapters/stat-witness.ts): what it records while
// active, a path seen twice with different stats spoiling it, and a spoiled witness letting go
// of what it saw and recording nothing more.

import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  FOLLOWED,
  FOUND,
  StatWitness,
  witnessAncestors,
  witnessSpoil,
  witnessStat,
} from '../src/adapters/stat-witness.js';
import { tempDir } from './support/cli.js';

const dir = tempDir('witness');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('StatWitness', () => {
  test('records each path once per kind of look, only while active', () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'a');
    const stats = statSync(file);
    const witness = new StatWitness();
    witnessStat(file, false, stats); // not started: not recorded
    witness.start();
    witnessStat(file, false, stats);
    witnessStat(file, false, stats);
    witnessStat(file, true, stats);
    witnessStat(path.join(dir, 'missing'), false, undefined);
    witness.stop();
    witnessStat(path.join(dir, 'later'), false, undefined);
    expect(witness.paths).toEqual([file, file, path.join(dir, 'missing')]);
    expect([...witness.flags.subarray(0, 3)]).toEqual([FOUND, FOUND | FOLLOWED, 0]);
    expect([...witness.numbers.subarray(0, 5)]).toEqual([
      stats.mode,
      stats.ino,
      stats.size,
      stats.mtimeMs,
      stats.ctimeMs,
    ]);
    expect(witness.spoiled).toBeUndefined();
  });

  test('a path seen with another stat in the same invocation spoils it', () => {
    const file = path.join(dir, 'b.txt');
    writeFileSync(file, 'b');
    const witness = new StatWitness().start();
    witnessStat(file, false, statSync(file));
    writeFileSync(file, 'bb');
    witnessStat(file, false, statSync(file));
    witness.stop();
    expect(witness.spoiled).toBe(`${file} changed during the run`);
  });

  test('spoiled, it lets go of what it saw and records nothing more', () => {
    const witness = new StatWitness().start();
    witnessStat(path.join(dir, 'x'), false, undefined);
    witnessSpoil('git was asked');
    witnessStat(path.join(dir, 'y'), false, undefined);
    expect(witness.spoiled).toBe('git was asked');
    expect(witness.paths).toEqual([]);
    witness.stop();
  });

  test('the directories above a path, each once', () => {
    mkdirSync(path.join(dir, 'p/q'), { recursive: true });
    const witness = new StatWitness().start();
    witnessAncestors(dir, 'p/q/r.txt');
    witnessAncestors(dir, 'p/q/s.txt');
    witness.stop();
    expect(witness.paths).toEqual([dir, path.join(dir, 'p'), path.join(dir, 'p/q')]);
  });
});
