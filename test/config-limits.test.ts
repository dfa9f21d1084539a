// Configs that must be refused, through the bundled CLI as a user meets them: each is a config
// error (exit 2) naming the file, never a stack trace, a hang or a directory named "~".

import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeProject } from './support/cli.js';

const project = tempDir('config-limits');
const cache = tempDir('config-limits-cache');
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

async function dryRun(config: string) {
  const file = path.join(project, config);
  const result = await runCli(['dry-run', '--config', file], {
    cwd: project,
    env: { TASKCACHE_DIR: cache },
  });
  return { ...result, file };
}

describe('config limits (issue 14 item 13)', () => {
  it('refuses a config larger than 1 MiB before reading it, naming the file and the limit', async () => {
    const head = 'tasks:\n  t:\n    run: "true"\n';
    writeFileSync(path.join(project, 'large.yml'), `${head}#${'x'.repeat(50 * 1024 * 1024)}\n`);
    const { code, stderr, file } = await dryRun('large.yml');
    expect(code, stderr).toBe(2);
    expect(stderr).toContain(`${file}: (root): expected a file of at most 1 MiB (1048576 bytes)`);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    // Just under the limit is a config as any other.
    writeFileSync(path.join(project, 'near.yml'), `${head}#${'x'.repeat(1024 * 1024 - 64)}\n`);
    const near = await dryRun('near.yml');
    expect(near.code, near.stderr).toBe(0);
  });

  it('reports aliases that expand too far ("billion laughs") as a config error', async () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const name of 'bcdefghi') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    writeProject(project, {
      'laughs.yml': `${levels.join('\n')}\ntasks:\n  t:\n    run: "true"\n    inputs: *i\n`,
    });
    const { code, stderr, file } = await dryRun('laughs.yml');
    expect(code, stderr).toBe(2);
    expect(stderr).toContain(
      `${file}: (root): expected YAML aliases to expand to at most 100 nodes each`,
    );
    expect(stderr).not.toMatch(/internal error|ReferenceError|\n\s+at /);
  });
});

describe('patterns outside the workspace (issue 19 item 12)', () => {
  it('rejects ~ and absolute paths in inputs and outputs, all at once, saying where tool caches go', async () => {
    writeProject(project, {
      'pip.yml':
        'tasks:\n  pip:\n    run: pip install .\n    inputs: [src/**, /etc/pip.conf]\n    outputs: [dist/**, ~/.cache/pip]\n',
    });
    const { code, stderr, file } = await dryRun('pip.yml');
    expect(code, stderr).toBe(2);
    expect(stderr).toContain('invalid config (2 errors)');
    expect(stderr).toContain(
      `${file}: tasks.pip.outputs[1]: expected a pattern relative to the working directory, got "~/.cache/pip"`,
    );
    expect(stderr).toContain(
      `${file}: tasks.pip.inputs[1]: expected a pattern relative to the working directory, got the absolute path "/etc/pip.conf"`,
    );
    expect(stderr).toContain("tool caches belong in the tool's own cache action or actions/cache");
  });
});
