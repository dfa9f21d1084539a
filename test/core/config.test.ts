import { describe, expect, it } from 'vitest';
import { configJsonSchema, formatConfigIssues, parseConfig } from '../../src/core/config.js';
import { resolveTask } from '../../src/engine/config-file.js';

function issues(text: string) {
  const result = parseConfig(text);
  if (result.ok) throw new Error('expected the config to be rejected');
  return result.issues;
}

describe('config validation', () => {
  it('accepts a full task and applies defaults', () => {
    const result = parseConfig(`
tasks:
  build:
    run: npm run build
    inputs: [src/**, "!src/**/*.test.ts"]
    outputs: [dist/**]
    env: [NODE_ENV, VITE_*]
    key-commands: [node --version]
  lint:
    run: npm run lint
max-size: 10GB
`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.tasks.lint).toEqual({
      run: 'npm run lint',
      inputs: [],
      outputs: [],
      env: [],
      'key-commands': [],
      'depends-on': [],
      'key-salt': '',
      'working-directory': '.',
      redact: [],
      'clean-outputs': false,
      'allow-external-links': false,
    });
  });

  it('reports every error at once, each with its path', () => {
    const found = issues(`
tasks:
  build:
    run: npm run build
    outputs: [dist/**, 3]
    inputs: ["../outside", "/etc/passwd"]
    shell: zsh
    colour: blue
  test:
    inputs: src/**
  "bad name":
    run: x
max-size: lots
extra: 1
`);
    expect(found).toEqual([
      { path: '(root)', message: 'unknown field "extra"' },
      { path: 'max-size', message: 'expected a size such as "10GB"' },
      { path: 'tasks.build', message: 'unknown field "colour"' },
      {
        path: 'tasks.build.inputs[0]',
        message: 'expected a pattern inside the workspace, got "../outside"',
      },
      {
        path: 'tasks.build.inputs[1]',
        message:
          'expected a pattern relative to the working directory, got the absolute path "/etc/passwd"; ' +
          "tool caches belong in the tool's own cache action or actions/cache, not in a task's inputs or outputs",
      },
      { path: 'tasks.build.outputs[1]', message: 'expected a string, got number' },
      { path: 'tasks.build.shell', message: 'expected one of bash, sh, pwsh, powershell, cmd' },
      { path: 'tasks.test.inputs', message: 'expected a list, got string' },
      { path: 'tasks.test.run', message: 'missing required field (expected a string)' },
      {
        path: 'tasks["bad name"]',
        message: 'expected a task name of letters, digits and . _ : @ / -',
      },
    ]);
  });

  it('allows patterns that leave the working directory but stay in the workspace', () => {
    const result = parseConfig(`
tasks:
  app:
    run: make
    working-directory: packages/app
    inputs: [src/**, ../shared/src/**]
`);
    expect(result.ok).toBe(true);
  });

  it('rejects a working directory outside the workspace', () => {
    expect(issues('tasks:\n  a:\n    run: x\n    working-directory: ../elsewhere\n')).toEqual([
      {
        path: 'tasks.a.working-directory',
        message: 'expected a directory inside the workspace, got "../elsewhere"',
      },
    ]);
  });

  it('takes clean-outputs and allow-external-links as booleans, into the task spec', () => {
    const result = parseConfig(`
tasks:
  py:
    run: make
    outputs: [dist/**, .venv/**]
    clean-outputs: true
    allow-external-links: true
`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.tasks.py).toMatchObject({
      'clean-outputs': true,
      'allow-external-links': true,
    });
    expect(resolveTask('py', result.config.tasks.py!)).toMatchObject({
      cleanOutputs: true,
      allowExternalLinks: true,
    });
    const plain = parseConfig('tasks:\n  a:\n    run: x\n');
    expect(plain.ok && resolveTask('a', plain.config.tasks.a!)).toMatchObject({
      cleanOutputs: false,
      allowExternalLinks: false,
    });
    expect(
      issues('tasks:\n  a:\n    run: x\n    clean-outputs: "yes"\n    allow-external-links: 1\n'),
    ).toEqual([
      { path: 'tasks.a.allow-external-links', message: 'expected true or false, got number' },
      { path: 'tasks.a.clean-outputs', message: 'expected true or false, got string' },
    ]);
  });

  // Issue 19 item 12: `~/.cache/pip` was accepted as an output, a directory literally named `~`.
  it('rejects home-relative and absolute patterns, saying where tool caches belong', () => {
    const found = issues(`
tasks:
  pip:
    run: pip install .
    working-directory: pkg
    inputs: ["~", src/**, "C:/tools/x"]
    outputs: [dist/**, "~/.cache/pip", "!~/.cache/pip/http", /root/.cache/pip]
  home:
    run: x
    working-directory: ~/work
`);
    const toolCaches =
      "tool caches belong in the tool's own cache action or actions/cache, not in a task's inputs or outputs";
    const home = (value: string) =>
      `expected a pattern relative to the working directory, got "${value}" ("~" is not expanded: it would be a directory named "~"); ${toolCaches}`;
    const absolute = (value: string) =>
      `expected a pattern relative to the working directory, got the absolute path "${value}"; ${toolCaches}`;
    expect(found).toEqual([
      {
        path: 'tasks.home.working-directory',
        message: 'expected a directory inside the workspace, got "~/work" ("~" is not expanded)',
      },
      { path: 'tasks.pip.inputs[0]', message: home('~') },
      { path: 'tasks.pip.inputs[2]', message: absolute('C:/tools/x') },
      { path: 'tasks.pip.outputs[1]', message: home('~/.cache/pip') },
      { path: 'tasks.pip.outputs[2]', message: home('!~/.cache/pip/http') },
      { path: 'tasks.pip.outputs[3]', message: absolute('/root/.cache/pip') },
    ]);
    // A name that only starts with "~" is an ordinary file name.
    expect(parseConfig('tasks:\n  a:\n    run: x\n    outputs: ["~backup/**"]\n').ok).toBe(true);
  });

  // Issue 14 item 13: a "billion laughs" document was a stack trace with exit 1.
  it('reports aliases that expand too far as a config error', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const name of 'bcdefghi') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const text = `${levels.join('\n')}\ntasks:\n  t:\n    run: x\n    inputs: *i\n`;
    expect(issues(text)).toEqual([
      {
        path: '(root)',
        message:
          'expected YAML aliases to expand to at most 100 nodes each (anchors that nest aliases of each other, a "billion laughs" document)',
      },
    ]);
    // Aliases within the limit are plain YAML.
    const fine = parseConfig('tasks:\n  t:\n    run: x\n    inputs: &x [a]\n    outputs: *x\n');
    expect(fine.ok).toBe(true);
  });

  it('reports YAML syntax errors with line and column', () => {
    const [first] = issues('tasks:\n  build:\n    run: [unclosed\n');
    expect(first?.path).toMatch(/^line \d+, column \d+$/);
  });

  it('reports duplicate keys', () => {
    const [first] = issues('tasks:\n  a:\n    run: x\n    run: y\n');
    expect(first?.message).toMatch(/unique/i);
  });

  it('rejects an empty file and a file without tasks', () => {
    expect(issues('')).toEqual([{ path: '(root)', message: 'expected a mapping with "tasks"' }]);
    expect(issues('max-size: 1GB\n')).toEqual([
      { path: 'tasks', message: 'missing required field (expected a mapping)' },
    ]);
  });

  it('formats issues with the file name', () => {
    expect(
      formatConfigIssues('/w/taskcache.yml', [
        { path: 'tasks.a.run', message: 'expected a string' },
      ]),
    ).toBe('invalid config (1 error):\n  /w/taskcache.yml: tasks.a.run: expected a string');
  });
});

describe('JSON Schema', () => {
  it('is generated from the validating schema and rejects unknown task fields', () => {
    const schema = configJsonSchema() as {
      properties: {
        tasks: { additionalProperties: { additionalProperties: boolean; required: string[] } };
      };
    };
    const task = schema.properties.tasks.additionalProperties;
    expect(task.additionalProperties).toBe(false);
    expect(task.required).toEqual(['run']);
  });

  it('describes clean-outputs and allow-external-links as booleans that default to false', () => {
    const schema = configJsonSchema() as {
      properties: {
        tasks: { additionalProperties: { properties: Record<string, Record<string, unknown>> } };
      };
    };
    const fields = schema.properties.tasks.additionalProperties.properties;
    for (const name of ['clean-outputs', 'allow-external-links']) {
      expect(fields[name], name).toMatchObject({ type: 'boolean', default: false });
      expect(fields[name]?.description, name).toEqual(expect.any(String));
    }
  });
});
