// Issue 14, item 14 (and issue 19, item 6): entries that lie about themselves. A record whose
// manifest does not hash to its key is refused; a record with a correct digest but a malformed
// manifest never crashes runTask, explainMiss, explainTask or dryRunTask (the miss reason is
// given, the command runs). Signing: with a signing key, unsigned or wrongly signed entries
// are misses.

import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Key } from '../../src/core/digest.js';
import { dryRunTask, explainMiss, explainTask, restore, runTask } from '../../src/engine/engine.js';
import { computeTaskKey } from '../../src/engine/key.js';
import { signerFromEnv } from '../../src/engine/signing.js';
import type { Store } from '../../src/stores/store.js';
import { cleanupAll, ready } from '../engine/harness.js';
import { scenario } from './scenario.js';
import { storeFactories } from './stores.js';

beforeAll(ready);
afterAll(cleanupAll);

const otherKey = () => randomBytes(32).toString('hex') as Key;

for (const factory of storeFactories()) {
  describe.skipIf(!factory.available)(`entries that lie (#14.14): ${factory.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await factory.make();
    });
    afterAll(() => factory.teardown());

    test("a record whose manifest is not its key's is refused", async () => {
      const s = await scenario([store]);
      await s.plant({
        manifest: { ...s.manifest, command: 'something else entirely' },
        outputs: [{ kind: 'file', path: 'out/a.txt', content: 'from another task' }],
      });
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(s.exists('out')).toBe(false);
      expect(s.reporter.warnings).toHaveLength(1);
    });

    test('a malformed manifest in the latest record does not crash run; the command runs', async () => {
      const s = await scenario([store], {
        spec: { command: 'mkdir -p out && printf built > out/a.txt' },
      });
      // An earlier entry of the task, its digest recomputed over a manifest of one field.
      await s.plant({ key: otherKey(), manifest: { schema: 1 } });
      const result = await runTask(s.spec, s.engine);
      expect(result.status).toBe('miss');
      expect(result.exitCode).toBe(0);
      expect(s.read('out/a.txt')).toBe('built');
      // The reason says the earlier entry could not be compared ("unknown (…)" or similar).
      expect(result).toMatchObject({ reason: expect.any(String) });
    });

    test('a malformed manifest does not crash explainMiss, explain or dry-run', async () => {
      const s = await scenario([store]);
      await s.plant({ key: otherKey(), manifest: { schema: 1, inputs: 'x', env: 7 } });
      writeFileSync(path.join(s.tree.workspace, 'src', 'main.c'), 'int main2;\n');
      const { manifest } = await computeTaskKey(s.spec, s.engine);
      const explained = await explainMiss(s.spec, manifest, s.engine);
      expect(typeof explained.reason).toBe('string');
      const explain = await explainTask(s.spec, s.engine);
      expect(explain.task).toBe('build');
      const dry = await dryRunTask(s.spec, s.engine);
      expect(dry.status).toBe('miss');
      expect(typeof dry.reason).toBe('string');
    });

    test('a record that is not a record at all (manifest null, outputs a string) is a miss', async () => {
      const s = await scenario([store]);
      await s.plant({
        patch: (record) => {
          record.outputs = 'out/a.txt';
          record.manifest = null;
        },
      });
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      const result = await runTask(s.spec, s.engine);
      expect(result.status).toBe('miss');
    });

    test('with a signing key, an unsigned or wrongly signed entry is a miss', async () => {
      const signer = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'the real key' })!;
      const forger = signerFromEnv({ TASKCACHE_SIGNING_KEY: 'a guessed key' })!;
      const unsigned = await scenario([store], { signer });
      await unsigned.plant({ outputs: [{ kind: 'file', path: 'out/a.txt', content: 'x' }] });
      expect(await restore(unsigned.spec, unsigned.key, unsigned.engine)).toBeUndefined();
      expect(unsigned.exists('out')).toBe(false);

      const forged = await scenario([store], { signer });
      await forged.plant({
        signer: forger,
        outputs: [{ kind: 'file', path: 'out/a.txt', content: 'x' }],
      });
      expect(await restore(forged.spec, forged.key, forged.engine)).toBeUndefined();
      expect(forged.exists('out')).toBe(false);

      const signed = await scenario([store], { signer });
      await signed.plant({ signer, outputs: [{ kind: 'file', path: 'out/a.txt', content: 'x' }] });
      expect(await restore(signed.spec, signed.key, signed.engine)).toBeDefined();
      expect(signed.read('out/a.txt')).toBe('x');
    });

    test('a file whose bytes do not match its digest is a miss, outputs left as they were', async () => {
      const s = await scenario([store], { files: { 'out/a.txt': 'old\n' } });
      await s.plant({
        outputs: [
          { kind: 'file', path: 'out/a.txt', content: 'new', declaredDigest: '0'.repeat(64) },
        ],
      });
      expect(await restore(s.spec, s.key, s.engine)).toBeUndefined();
      expect(s.read('out/a.txt')).toBe('old\n');
    });
  });
}
