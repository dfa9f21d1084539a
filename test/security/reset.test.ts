// Issue 14, item 10: a store whose archive download fails part-way (a connection reset) during
// a restore. The run is a miss with one warning, the command runs, the outputs are left as
// they were, and no promise rejection is ever left unhandled — with or without a back-fill
// copy being written beside the restore. Through the in-memory store's injected faults and
// through a real HTTP remote (nginx) behind a proxy that resets mid-body.

import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { restore, runTask } from '../../src/engine/engine.js';
import { createRemoteStore, type RemoteStoreOptions } from '../../src/stores/remote.js';
import type { Store } from '../../src/stores/store.js';
import { cleanupAll, ready } from '../engine/harness.js';
import { httpStoreUrl, loadServers } from '../stores/remotes.js';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { MemoryStore } from '../support/memory-store.js';
import { scenario } from './scenario.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => {
  unhandled.push(reason);
};
beforeAll(async () => {
  await ready();
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  cleanupAll();
});
beforeEach(() => {
  unhandled.length = 0;
});
afterEach(async () => {
  // A rejection left unhandled is reported once the microtasks of its turn have run.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(unhandled.map(String)).toEqual([]);
});

/** An entry large enough to come in many pieces. */
const bigOutputs = () => [
  { kind: 'file' as const, path: 'out/big.bin', content: randomBytes(3 * 1024 * 1024) },
  { kind: 'file' as const, path: 'out/small.txt', content: 'new\n' },
];

const COMMAND = 'mkdir -p out && printf built > out/small.txt';

describe('a download that resets mid-way (#14.10): memory store', () => {
  test('restore is a miss with one warning; the outputs are as they were', async () => {
    const store = new MemoryStore('faulty').inject('openArchive', {
      kind: 'stream-error',
      afterBytes: 1024 * 1024,
    });
    const s = await scenario([store], { files: { 'out/small.txt': 'old\n' } });
    await s.plant({ outputs: bigOutputs() });
    expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
    expect(s.reporter.warnings).toHaveLength(1);
    expect(s.read('out/small.txt')).toBe('old\n');
    expect(s.exists('out/big.bin')).toBe(false);
  });

  test('run: the command runs and its outputs are saved', async () => {
    const store = new MemoryStore('faulty').inject('openArchive', { kind: 'stream-error' });
    const s = await scenario([store], { spec: { command: COMMAND } });
    await s.plant({ outputs: bigOutputs() });
    const result = await runTask(s.spec, s.engine);
    expect(result.status).toBe('miss');
    expect(result.exitCode).toBe(0);
    expect(s.read('out/small.txt')).toBe('built');
    expect(s.reporter.warnings).toHaveLength(1);
  });

  test('with a back-fill copy being written: a miss, one warning, nothing unhandled', async () => {
    const first = new MemoryStore('first');
    const faulty = new MemoryStore('faulty').inject('openArchive', {
      kind: 'stream-error',
      afterBytes: 512 * 1024,
    });
    const s = await scenario([first, faulty], { spec: { command: COMMAND } });
    await s.plant({ outputs: bigOutputs() });
    const result = await runTask(s.spec, s.engine);
    expect(result.status).toBe('miss');
    expect(s.read('out/small.txt')).toBe('built');
    expect(s.reporter.warnings).toHaveLength(1);
    // The broken download was not copied into the first store; the new entry was.
    const saved = first.entries.get(s.key);
    expect(saved?.recordText).toBeDefined();
    expect(saved?.recordText).not.toContain('"host":"attacker"');
  });

  test('a reset before the first byte, with a back-fill copy: a miss, nothing unhandled', async () => {
    const first = new MemoryStore('first');
    const faulty = new MemoryStore('faulty').inject('openArchive', {
      kind: 'stream-error',
      afterBytes: 0,
    });
    const s = await scenario([first, faulty], { spec: { command: COMMAND } });
    await s.plant({ outputs: bigOutputs() });
    const result = await runTask(s.spec, s.engine);
    expect(result.status).toBe('miss');
    expect(s.reporter.warnings).toHaveLength(1);
  });

  test('openArchive that throws: a miss with one warning, the command runs', async () => {
    const store = new MemoryStore('faulty').inject('openArchive', { kind: 'throw' });
    const s = await scenario([store], { spec: { command: COMMAND } });
    await s.plant({ outputs: bigOutputs() });
    const result = await runTask(s.spec, s.engine);
    expect(result.status).toBe('miss');
    expect(s.read('out/small.txt')).toBe('built');
    expect(s.reporter.warnings).toHaveLength(1);
  });
});

const http = loadServers()?.http;

describe.skipIf(!http)('a download that resets mid-way (#14.10): http (nginx)', () => {
  let proxy: FaultProxy;
  let direct: Store;
  let through: Store;
  const prefix = `/security-reset-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    proxy = await startFaultProxy({
      target: http!.url,
      mode: 'cut',
      match: (method, path) => method === 'GET' && path.includes('/cas/'),
    });
    const options: RemoteStoreOptions = { mode: 'read-write', env: {}, warn: () => {} };
    direct = await createRemoteStore(httpStoreUrl(http!, { prefix }), options);
    through = await createRemoteStore(httpStoreUrl(http!, { prefix, origin: proxy.url }), {
      ...options,
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    await proxy?.close();
  });

  test('restore is a miss with one warning; the outputs are as they were', async () => {
    const s = await scenario([through], { files: { 'out/small.txt': 'old\n' } });
    await s.plant({ outputs: bigOutputs() }, { store: direct });
    expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
    expect(s.reporter.warnings).toHaveLength(1);
    expect(s.read('out/small.txt')).toBe('old\n');
  });

  test('with a back-fill copy being written: the command runs, nothing unhandled', async () => {
    const first = new MemoryStore('first');
    const s = await scenario([first, through], { spec: { command: COMMAND } });
    await s.plant({ outputs: bigOutputs() }, { store: direct });
    const result = await runTask(s.spec, s.engine);
    expect(result.status).toBe('miss');
    expect(s.read('out/small.txt')).toBe('built');
    expect(s.reporter.warnings).toHaveLength(1);
  });
});
