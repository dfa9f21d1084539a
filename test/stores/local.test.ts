// The store contract against the local store, on a temp dir.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { LocalStore } from '../../src/stores/local.js';
import { defineStoreContract } from './contract.js';
import { removeDir, tempDir } from './fixtures.js';

const root = tempDir('local-store');
afterAll(() => removeDir(root));

defineStoreContract('local', async () => new LocalStore(root));

// Only regular files are ever opened: a FIFO where a record, archive, pointer or run log
// belongs would block a plain open (or read) for ever, so each case runs in a child process
// with a time-out (a block fails the test instead of hanging the worker).
const FIFO_CASES = {
  record: `const entryDir = await seed();
    swapForFifo(path.join(entryDir, 'record.json'));
    out.get = await store.get(key).then(() => 'resolved', (e) => e.name + ': ' + e.message);
    out.has = await store.has(key);`,
  archive: `const entryDir = await seed();
    swapForFifo(path.join(entryDir, 'archive'));
    out.get = await store.get(key).then(() => 'resolved', (e) => e.name + ': ' + e.message);`,
  latest: `await seed();
    for (const f of readdirSync(path.join(root, 'latest'))) swapForFifo(path.join(root, 'latest', f));
    out.latest = (await store.latestRecord('build', 'scope')) ?? 'none';`,
  runs: `mkdirSync(root, { recursive: true });
    swapForFifo(path.join(root, 'runs.jsonl'));
    const run = { time: '', task: 'x', key: '', status: 'miss', source: null, durationMs: 0, savedMs: 0 };
    out.record = await store.recordRun(run).then(() => 'resolved', (e) => e.name + ': ' + e.message);
    out.runs = await store.runs();`,
} as const;

describe.skipIf(process.platform === 'win32')('local store: only regular files are opened', () => {
  for (const [name, body] of Object.entries(FIFO_CASES)) {
    test(`a FIFO as the ${name} is a StoreError or a miss, never a wait`, () => {
      const work = tempDir('local-fifo');
      try {
        const script = `
          import { execFileSync } from 'node:child_process';
          import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
          import * as path from 'node:path';
          import { initBlake3 } from ${JSON.stringify(path.resolve('src/adapters/blake3.ts'))};
          import { LocalStore } from ${JSON.stringify(path.resolve('src/stores/local.ts'))};
          await initBlake3();
          const work = ${JSON.stringify(work)};
          const root = path.join(work, 'store');
          const store = new LocalStore(root);
          const key = 'ab'.repeat(32);
          const swapForFifo = (file) => {
            rmSync(file, { force: true });
            execFileSync('mkfifo', [file]);
          };
          const seed = async () => {
            const archivePath = path.join(work, 'a.archive');
            writeFileSync(archivePath, 'bytes');
            await store.put({ key, task: 'build', scope: 'scope', recordText: '{}', archivePath, archiveSize: 5 });
            return path.join(root, 'entries', 'ab', key);
          };
          const out = {};
          ${body}
          process.stdout.write(JSON.stringify(out));
          process.exit(0);
        `;
        const result = spawnSync(
          process.execPath,
          ['--import', 'tsx', '--input-type=module', '-e', script],
          { encoding: 'utf8', timeout: 20_000 },
        );
        expect(result.error, result.stderr).toBeUndefined();
        expect(result.status, result.stderr).toBe(0);
        const out = JSON.parse(result.stdout) as Record<string, unknown>;
        if (name === 'record' || name === 'archive') {
          expect(out.get).toMatch(/^StoreError: .*not a regular file/);
        }
        if (name === 'record') expect(out.has).toBe(false);
        if (name === 'latest') expect(out.latest).toBe('none');
        if (name === 'runs') {
          expect(out.record).toMatch(/^StoreError: .*not a regular file/);
          expect(out.runs).toEqual([]);
        }
      } finally {
        removeDir(work);
      }
    });
  }
});
