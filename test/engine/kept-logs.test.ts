// A hit whose outputs are all in place replays the log kept beside the local state and never
// opens the archive; a kept log is used only when its bytes are the verified record's.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Key } from '../../src/core/digest.js';
import { runTask } from '../../src/engine/engine.js';
import { KeyCaches } from '../../src/engine/key-caches.js';
import { LocalStore } from '../../src/stores/local.js';
import { cleanupAll, ready, taskSpec, tempDir, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

const BUILD = 'mkdir -p out && printf built > out/a.txt && echo "the build log"';

function setup() {
  const { workspace } = workspaceTree();
  const store = new LocalStore(tempDir('kept-logs-store'));
  const spec = taskSpec({ command: BUILD });
  const run = () => {
    const ctx = testEngine({ workspace, stores: [store] });
    const engine = { ...ctx.engine, stateDir: store.stateDir, keyCaches: new KeyCaches() };
    return runTask(spec, engine).then((result) => ({ result, reporter: ctx.reporter }));
  };
  const archiveOf = (key: Key) => path.join(store.root, 'entries', key.slice(0, 2), key, 'archive');
  const logsDir = path.join(store.stateDir, 'logs');
  return { workspace, run, archiveOf, logsDir };
}

describe('logs kept for hits with every output in place', () => {
  test('the hit replays the kept log without opening the archive', async () => {
    const { run, archiveOf } = setup();
    const miss = await run();
    expect(miss.result.status).toBe('miss');
    // Were the archive opened, this would make the entry corrupt and the run a miss.
    writeFileSync(archiveOf(miss.result.key!), 'not an archive');
    const hit = await run();
    expect(hit.result.status).toBe('hit');
    expect(hit.reporter.hits[0]!.log.toString()).toBe('the build log\n');
  });

  test('a kept log with other bytes is ignored: the log comes from the archive', async () => {
    const { run, logsDir } = setup();
    expect((await run()).result.status).toBe('miss');
    for (const name of readdirSync(logsDir)) {
      writeFileSync(path.join(logsDir, name), 'a planted log\n');
    }
    const hit = await run();
    expect(hit.result.status).toBe('hit');
    expect(hit.reporter.hits[0]!.log.toString()).toBe('the build log\n');
  });

  test('an output not in place is restored from the archive, with its log', async () => {
    const { workspace, run, logsDir } = setup();
    expect((await run()).result.status).toBe('miss');
    writeFileSync(path.join(workspace, 'out/a.txt'), 'other');
    const hit = await run();
    expect(hit.result.status).toBe('hit');
    expect(hit.reporter.hits[0]!.log.toString()).toBe('the build log\n');
    expect(readFileSync(path.join(workspace, 'out/a.txt'), 'utf8')).toBe('built');
    expect(readdirSync(logsDir)).toHaveLength(1);
  });
});
