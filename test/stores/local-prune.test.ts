// `prune` on the local store's state/ (src/stores/local-prune.ts): state no run used within
// the age limit goes, and kept logs no remaining entry names; fresh state, the current
// workspace's scan caches and writes in progress stay; nothing follows a link out of the store.
// Ages are set with utimes against a fixed `now`, never waited for.

import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeFileAtomic } from '../../src/adapters/atomic-file.js';
import { initBlake3 } from '../../src/adapters/blake3.js';
import { LocalStore } from '../../src/stores/local.js';
import { DEFAULT_STATE_MAX_AGE_MS } from '../../src/stores/local-prune.js';
import { randomFile, randomKey, removeDir, saveRequest, tempDir } from './fixtures.js';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const NOW = Date.now();
const STATE = { maxAgeMs: DEFAULT_STATE_MAX_AGE_MS };

const dirs: string[] = [];
beforeAll(() => initBlake3());
afterAll(() => {
  for (const dir of dirs) removeDir(dir);
});
function fresh(label: string): string {
  const dir = tempDir(label);
  dirs.push(dir);
  return dir;
}

const hex = (length: number, digit: string) => digit.repeat(length);
const configName = (digit: string) => `config-${hex(32, digit)}.json`;
const statName = (digit: string) => `stat-${hex(24, digit)}.bin`;
const dirsName = (digit: string) => `dirs-${hex(24, digit)}.bin`;

/** Writes `file` and makes its last use (mtime) `ms` before NOW. */
function planted(file: string, ms: number, text = 'state'): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  const when = (NOW - ms) / 1000;
  utimesSync(file, when, when);
  return file;
}

function names(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** A stored record of the canonical form, naming a log: what a save writes, in short. */
function recordNaming(key: string, logDigest: string): string {
  return `{"digest":"${hex(64, 'e')}","record":{"archive":{"codec":"none"},"createdAt":"2026-01-01T00:00:00.000Z","durationMs":1,"exitCode":0,"format":1,"key":"${key}","log":{"digest":"${logDigest}","size":5},"manifest":{}}}\n`;
}

describe('prune: state files by last use', () => {
  test('old config parses, an old workspace pair and old logs go; fresh and current stay', async () => {
    const root = fresh('prune-state');
    const store = new LocalStore(root);
    const state = store.stateDir;
    planted(path.join(state, configName('1')), 40 * DAY, 'x'.repeat(100));
    planted(path.join(state, configName('2')), 2 * DAY);
    planted(path.join(state, statName('a')), 40 * DAY, 'y'.repeat(1000));
    planted(path.join(state, dirsName('a')), 40 * DAY, 'z'.repeat(500));
    // The workspace prune runs in: kept however old.
    planted(path.join(state, statName('b')), 40 * DAY);
    planted(path.join(state, dirsName('b')), 40 * DAY);
    planted(path.join(state, statName('c')), 5 * MINUTE);
    planted(path.join(state, 'blobs.bin'), 40 * DAY, 'b'.repeat(50));
    planted(path.join(state, 'logs', hex(64, '1')), 40 * DAY, 'l'.repeat(20));
    planted(path.join(state, 'logs', hex(64, '2')), 5 * MINUTE);

    const result = await store.prune({
      maxBytes: 1e12,
      now: NOW,
      state: { ...STATE, keep: [statName('b'), dirsName('b')] },
    });

    expect(names(state)).toEqual(
      [configName('2'), dirsName('b'), 'logs', statName('b'), statName('c')].sort(),
    );
    expect(names(path.join(state, 'logs'))).toEqual([hex(64, '2')]);
    expect(result.state).toMatchObject({ removed: 5, freedBytes: 100 + 1000 + 500 + 50 + 20 });
    expect(result.state?.kept).toBe(5);
  });

  test('--max-age is the state limit when given', async () => {
    const root = fresh('prune-state-age');
    const store = new LocalStore(root);
    planted(path.join(store.stateDir, configName('1')), 3 * DAY);
    planted(path.join(store.stateDir, configName('2')), 1 * DAY - MINUTE);
    const result = await store.prune({ maxAgeMs: DAY, now: NOW, state: { maxAgeMs: DAY } });
    expect(names(store.stateDir)).toEqual([configName('2')]);
    expect(result.state?.removed).toBe(1);
  });

  test('kept logs go with the last entry that names them', async () => {
    const root = fresh('prune-logs');
    const store = new LocalStore(root);
    const archive = randomFile(fresh('prune-logs-archive'), 'archive', 64);
    const [kept, evicted] = [randomKey(), randomKey()];
    const [keptLog, evictedLog, newLog] = [hex(64, 'a'), hex(64, 'b'), hex(64, 'c')];
    for (const [key, log] of [
      [kept, keptLog],
      [evicted, evictedLog],
    ] as const) {
      await store.put(
        saveRequest({ key, archivePath: archive, recordText: recordNaming(key, log) }),
      );
    }
    // The evicted entry was last used long ago; both logs were kept hours ago.
    const old = (NOW - 10 * DAY) / 1000;
    utimesSync(path.join(root, 'entries', evicted.slice(0, 2), evicted, 'record.json'), old, old);
    const logs = path.join(store.stateDir, 'logs');
    planted(path.join(logs, keptLog), 3 * 60 * MINUTE);
    planted(path.join(logs, evictedLog), 3 * 60 * MINUTE);
    // Kept a moment ago by a run whose entry prune may not have listed: left for now.
    planted(path.join(logs, newLog), MINUTE);

    const result = await store.prune({ maxAgeMs: 7 * DAY, now: NOW, state: STATE });

    expect(result).toMatchObject({ removed: 1, kept: 1 });
    expect(names(logs)).toEqual([keptLog, newLog]);
    expect(result.state?.removed).toBe(1);
  });

  test('logs go by age only when a record does not say which log it names', async () => {
    const root = fresh('prune-logs-unknown');
    const store = new LocalStore(root);
    const archive = randomFile(fresh('prune-logs-unknown-archive'), 'archive', 64);
    await store.put(saveRequest({ key: randomKey(), archivePath: archive }));
    const logs = path.join(store.stateDir, 'logs');
    planted(path.join(logs, hex(64, 'a')), 3 * 60 * MINUTE);
    planted(path.join(logs, hex(64, 'b')), 40 * DAY);
    await store.prune({ maxBytes: 1e12, now: NOW, state: STATE });
    expect(names(logs)).toEqual([hex(64, 'a')]);
  });
});

describe('prune: state safety', () => {
  test('a link planted in state/ is not followed: its target survives', async () => {
    const root = fresh('prune-links');
    const outside = fresh('prune-links-outside');
    const store = new LocalStore(root);
    const state = store.stateDir;
    const target = planted(path.join(outside, configName('9')), 40 * DAY, 'precious');
    const targetLog = planted(path.join(outside, hex(64, 'd')), 40 * DAY, 'precious');
    planted(path.join(state, configName('1')), 40 * DAY);
    mkdirSync(state, { recursive: true });
    symlinkSync(target, path.join(state, configName('9')));
    symlinkSync(outside, path.join(state, 'logs'));
    symlinkSync(outside, path.join(state, statName('9')));

    await store.prune({ maxBytes: 1e12, now: NOW, state: { maxAgeMs: 0 } });

    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(readFileSync(targetLog, 'utf8')).toBe('precious');
    expect(names(outside)).toEqual([hex(64, 'd'), configName('9')].sort());
    // The regular old file beside the links did go.
    expect(existsSync(path.join(state, configName('1')))).toBe(false);

    // A state directory that is itself a link is not entered.
    const other = new LocalStore(fresh('prune-links-other'));
    planted(path.join(outside, configName('1')), 40 * DAY);
    symlinkSync(outside, other.stateDir);
    await other.prune({ maxBytes: 1e12, now: NOW, state: { maxAgeMs: 0 } });
    expect(names(outside)).toEqual([hex(64, 'd'), configName('1'), configName('9')].sort());
  });

  test('a file renamed into place while prune judges it stays, with its new content', async () => {
    const root = fresh('prune-race');
    const store = new LocalStore(root);
    const racing = planted(path.join(store.stateDir, statName('a')), 40 * DAY, 'old');
    planted(path.join(store.stateDir, statName('b')), 40 * DAY, 'old');
    const result = await store.prune({
      maxBytes: 1e12,
      now: NOW,
      state: {
        ...STATE,
        // A run saves its stat cache between prune's look at the file and its removal.
        beforeRemove: (file) => {
          if (file === racing) writeFileAtomic(racing, 'new');
        },
      },
    });
    expect(readFileSync(racing, 'utf8')).toBe('new');
    expect(names(store.stateDir)).toEqual([statName('a')]);
    expect(result.state).toMatchObject({ removed: 1, kept: 1 });
  });

  test('a write in progress stays until it is an hour old, whatever the age limit', async () => {
    const root = fresh('prune-writing');
    const store = new LocalStore(root);
    const state = store.stateDir;
    const writing = `${statName('a')}.${process.pid}.1a2b3c4d5e`;
    const died = `${configName('1')}.12345.9f8e7d6c5b`;
    const logWriting = `${hex(64, 'a')}.${process.pid}.2a2b3c4d5e`;
    planted(path.join(state, writing), 10 * MINUTE);
    planted(path.join(state, died), 2 * 60 * MINUTE);
    planted(path.join(state, 'logs', logWriting), 10 * MINUTE);
    planted(path.join(state, configName('2')), 10 * MINUTE);
    const result = await store.prune({ maxBytes: 1e12, now: NOW, state: { maxAgeMs: 0 } });
    expect(names(state)).toEqual(['logs', writing]);
    expect(names(path.join(state, 'logs'))).toEqual([logWriting]);
    expect(result.state?.removed).toBe(2);
    expect(lstatSync(path.join(state, writing)).isFile()).toBe(true);
  });

  test('without a state limit, prune leaves state/ as it was', async () => {
    const root = fresh('prune-no-state');
    const store = new LocalStore(root);
    planted(path.join(store.stateDir, configName('1')), 400 * DAY);
    const result = await store.prune({ maxBytes: 1e12, now: NOW });
    expect(result.state).toBeUndefined();
    expect(names(store.stateDir)).toEqual([configName('1')]);
  });
});
