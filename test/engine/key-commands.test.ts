// Key-commands once per invocation (issue 15 item 4): each distinct key-command (command,
// directory, shell, environment) runs once however many tasks name it, also when the tasks are
// keyed at the same time; its time is key time; a slow one is one notice naming it, never its
// output or the environment's values. Also: explain lists a declared variable that is unset.

import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { explainTask, runTask } from '../../src/engine/engine.js';
import { MemoryStore } from '../support/memory-store.js';
import { cleanupAll, ready, taskSpec, tempDir, testEngine, workspaceTree } from './harness.js';

beforeAll(ready);
afterAll(cleanupAll);

/** A key-command that appends a line to `log` each time it runs, and prints `output`. */
function counting(log: string, output: string, sleep = 0): string {
  return `${sleep > 0 ? `sleep ${sleep}; ` : ''}echo ran >> '${log}'; echo ${output}`;
}

const runs = (log: string) => readFileSync(log, 'utf8').split('\n').filter(Boolean).length;

function setup(env: NodeJS.ProcessEnv = {}) {
  const tree = workspaceTree({ 'pkg/src/a.c': 'int a;\n' });
  const log = path.join(tempDir('key-command-log'), 'runs.txt');
  const notices: string[] = [];
  const t = testEngine({
    workspace: tree.workspace,
    stores: [new MemoryStore()],
    env: { PATH: process.env.PATH, ...env },
  });
  const engine = {
    ...t.engine,
    reporter: { ...t.reporter, notice: (m: string) => notices.push(m) },
  };
  return { tree, log, notices, engine, reporter: t.reporter };
}

describe('key-commands once per invocation', () => {
  test('tasks keyed at the same time share one run of the same key-command', async () => {
    const s = setup();
    const command = counting(s.log, 'v1');
    const specs = ['a', 'b', 'c', 'd'].map((name) =>
      taskSpec({ name, command: 'true', outputs: [], keyCommands: [command] }),
    );
    const results = await Promise.all(specs.map((spec) => runTask(spec, s.engine)));
    expect(results.map((r) => r.status)).toEqual(['miss', 'miss', 'miss', 'miss']);
    expect(runs(s.log)).toBe(1);
    // Its output is in each key as the one run gave it: the same task again hits.
    const again = await runTask(specs[0]!, s.engine);
    expect(again.status).toBe('hit');
    expect(runs(s.log)).toBe(1);
  });

  test('another directory, shell or invocation runs it again', async () => {
    const s = setup();
    mkdirSync(path.join(s.tree.workspace, 'pkg'), { recursive: true });
    const command = counting(s.log, 'v1');
    const base = { command: 'true', outputs: [], keyCommands: [command] };
    await runTask(taskSpec({ ...base, name: 'root' }), s.engine);
    await runTask(taskSpec({ ...base, name: 'pkg', cwd: 'pkg' }), s.engine);
    await runTask(taskSpec({ ...base, name: 'sh', shell: 'sh' }), s.engine);
    expect(runs(s.log)).toBe(3);
    // A new context is a new invocation: nothing is remembered from the last one.
    await runTask(taskSpec({ ...base, name: 'root' }), { ...s.engine });
    expect(runs(s.log)).toBe(4);
  });

  test('a slow key-command is one notice naming it, its time key time, its output unsaid', async () => {
    const s = setup({ DEPLOY_TOKEN: 'value-of-the-token' });
    // The output ("secret-output") is not in the command's text.
    const command = counting(s.log, "sec''ret-output", 0.3);
    const specs = ['a', 'b'].map((name) =>
      taskSpec({
        name,
        command: 'true',
        outputs: [],
        env: ['DEPLOY_TOKEN'],
        keyCommands: [command],
      }),
    );
    const [first, second] = await Promise.all(specs.map((spec) => runTask(spec, s.engine)));
    expect(runs(s.log)).toBe(1);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]).toContain(`key-command "${command}" took`);
    expect(s.notices.join('\n')).not.toMatch(/secret-output|value-of-the-token/);
    expect(s.reporter.warnings.join('\n')).not.toMatch(/secret-output|value-of-the-token/);
    // Both tasks waited for the one run; its time is theirs as key time.
    for (const result of [first!, second!]) {
      expect(result.keyMs).toBeGreaterThanOrEqual(300);
      expect(result.keyMs).toBeLessThanOrEqual(result.durationMs);
    }
    // A hit reports the key time apart too.
    const hit = await runTask(specs[0]!, { ...s.engine });
    expect(hit.status).toBe('hit');
    expect(hit.keyMs).toBeGreaterThanOrEqual(300);
  });

  test('a failing key-command fails every task that names it, from one run', async () => {
    const s = setup();
    const command = `echo ran >> '${s.log}'; exit 3`;
    const specs = ['a', 'b'].map((name) =>
      taskSpec({ name, command: 'true', outputs: [], keyCommands: [command] }),
    );
    await Promise.all(specs.map((spec) => runTask(spec, s.engine)));
    expect(runs(s.log)).toBe(1);
    expect(s.reporter.warnings.filter((w) => w.includes('cannot compute the key'))).toHaveLength(2);
  });
});

describe('explain and unset variables', () => {
  test('a declared variable that is unset is named as unset, with no value', async () => {
    const s = setup({ MODE: 'fast' });
    const spec = taskSpec({ env: ['MODE', 'MISSING_VAR', 'OPT_*', '!EXCLUDED', 'EXCLUDED'] });
    const result = await explainTask(spec, s.engine);
    expect(result.manifest.env).toEqual(['MODE']);
    expect(result.unsetEnv).toEqual(['MISSING_VAR']);
  });
});
