import { describe, expect, it } from 'vitest';
import { configJsonSchema, formatConfigIssues, parseConfig } from '../../src/core/config.js';

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
      'key-salt': '',
      'working-directory': '.',
      redact: [],
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
        message: 'expected a pattern inside the workspace, got "/etc/passwd"',
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
});
