// Run by interrupted.test.ts in a process of its own, to be killed with SIGKILL part-way:
// restores the task's entry from a local store over the workspace's existing outputs.
// Argument: JSON { workspace, cacheDir, spec }.

import { initBlake3 } from '../../src/adapters/blake3.js';
import type { TaskSpec } from '../../src/engine/config-file.js';
import { restore } from '../../src/engine/engine.js';
import { computeTaskKey } from '../../src/engine/key.js';
import { LocalStore } from '../../src/stores/local.js';
import { testEngine } from '../engine/harness.js';

const { workspace, cacheDir, spec, scope } = JSON.parse(process.argv[2] ?? '{}') as {
  workspace: string;
  cacheDir: string;
  spec: TaskSpec;
  scope: string;
};
await initBlake3();
const local = new LocalStore(cacheDir);
const { engine, reporter } = testEngine({
  workspace,
  stores: [local],
  scope,
  tmpDir: local.tmpDir,
});
const { key } = await computeTaskKey(spec, engine);
process.stdout.write('restoring\n');
const hit = await restore(spec, key, engine);
process.stdout.write(`${hit ? 'hit' : 'miss'} ${reporter.warnings.join('; ')}\n`);
