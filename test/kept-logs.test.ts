// The bounds of the logs kept beside the local state (src/adapters/kept-logs.ts): only small
// logs are kept, a kept log is returned only with the size and digest asked for, and the
// oldest half goes when the directory grows past its bound.

import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { blake3, initBlake3 } from '../src/adapters/blake3.js';
import { KeptLogs } from '../src/adapters/kept-logs.js';
import type { Digest } from '../src/core/digest.js';

beforeAll(() => initBlake3());

const logsDir = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'kept-logs-')), 'logs');
const described = (log: Buffer) => ({ size: log.length, digest: blake3(log) as Digest });

describe('kept logs', () => {
  test('a kept log comes back only with its own size and digest', () => {
    const logs = new KeptLogs(logsDir());
    const log = Buffer.from('the build log\n');
    logs.keep(log);
    expect(logs.get(described(log))?.toString()).toBe('the build log\n');
    expect(logs.get({ ...described(log), size: log.length + 1 })).toBeUndefined();
    expect(logs.get(described(Buffer.from('another log\n')))).toBeUndefined();
  });

  test('logs of up to 64 KiB are kept; a longer one is not, nor read back', () => {
    const dir = logsDir();
    const logs = new KeptLogs(dir);
    const largest = Buffer.alloc(64 * 1024, 'a');
    const longer = Buffer.alloc(64 * 1024 + 1, 'b');
    logs.keep(largest);
    logs.keep(longer);
    expect(readdirSync(dir)).toEqual([blake3(largest)]);
    expect(logs.get(described(largest))?.length).toBe(64 * 1024);
    // Even planted under its digest, a log over the bound is read from the archive.
    writeFileSync(path.join(dir, blake3(longer)), longer);
    expect(logs.get(described(longer))).toBeUndefined();
  });

  test('past the bound, the older half of the kept logs is removed', () => {
    const dir = logsDir();
    const logs = new KeptLogs(dir, { maxLogs: 4 });
    const kept: string[] = [];
    for (let i = 0; i < 4; i++) {
      const log = Buffer.from(`log ${i}\n`);
      logs.keep(log);
      kept.push(blake3(log));
      // Older by the minute, oldest first.
      const at = Date.now() / 1000 - (10 - i) * 60;
      utimesSync(path.join(dir, kept[i]!), at, at);
    }
    expect(readdirSync(dir).sort()).toEqual([...kept].sort());
    const newest = Buffer.from('log 4\n');
    logs.keep(newest);
    expect(readdirSync(dir).sort()).toEqual([kept[2]!, kept[3]!, blake3(newest)].sort());
  });

  test('taskcache keeps up to 4,000 logs', () => {
    const dir = logsDir();
    mkdirSync(dir, { recursive: true });
    const old = Date.now() / 1000 - 3600;
    for (let i = 0; i < 3999; i++) {
      const file = path.join(dir, i.toString(16).padStart(64, '0'));
      writeFileSync(file, `${i}`);
      utimesSync(file, old + i, old + i);
    }
    const logs = new KeptLogs(dir);
    logs.keep(Buffer.from('log 3999\n'));
    expect(readdirSync(dir)).toHaveLength(4000);
    logs.keep(Buffer.from('log 4000\n'));
    expect(readdirSync(dir)).toHaveLength(2001);
    expect(logs.get(described(Buffer.from('log 4000\n')))?.toString()).toBe('log 4000\n');
  });
});
