import { describe, expect, it } from 'vitest';
import { defaultTaskName, InputError, readInputs, splitList } from '../src/action/inputs.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('action inputs', () => {
  it('splits lists on newlines and commas, but not inside braces', () => {
    expect(splitList('src/**, package.json\n  !src/**/*.test.ts\n\nlib/*.{ts,tsx}')).toEqual([
      'src/**',
      'package.json',
      '!src/**/*.test.ts',
      'lib/*.{ts,tsx}',
    ]);
  });

  it('builds an inline task with defaults', () => {
    const settings = readInputs({
      needsCommand: true,
      env: { GITHUB_JOB: 'build' },
      read: reader({ run: 'make', inputs: 'src/**', outputs: 'out/**', env: 'NODE_ENV, VITE_*' }),
    });
    expect(settings).toMatchObject({
      name: 'build',
      cache: 'read-write',
      lookupOnly: false,
      summary: true,
      failOnCacheError: false,
      saveUntrusted: false,
      inline: { run: 'make', inputs: ['src/**'], outputs: ['out/**'], env: ['NODE_ENV', 'VITE_*'] },
    });
  });

  it('narrows the cache input by TASKCACHE_CACHE, and names a bad value', () => {
    const settings = (cache: string, env: string | undefined) =>
      readInputs({
        needsCommand: true,
        env: { GITHUB_JOB: 'build', ...(env === undefined ? {} : { TASKCACHE_CACHE: env }) },
        read: reader({ run: 'make', cache }),
      }).cache;
    expect(settings('', undefined)).toBe('read-write');
    expect(settings('', '')).toBe('read-write');
    expect(settings('', 'off')).toBe('off');
    expect(settings('read-write', 'read')).toBe('read');
    expect(settings('read', 'write')).toBe('off');
    expect(settings('write', 'read-write')).toBe('write');
    expect(() => settings('', 'nope')).toThrow(
      /TASKCACHE_CACHE: expected one of read-write, read, write, off, got "nope"/,
    );
  });

  it('reports every bad input by name', () => {
    let error: unknown;
    try {
      readInputs({
        needsCommand: true,
        env: {},
        read: reader({
          task: 'build',
          run: 'make',
          summary: 'maybe',
          cache: 'sometimes',
          'save-untrusted': 'yes',
        }),
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([
      'input cache: expected one of read-write, read, write, off, got "sometimes"',
      'input run: not allowed with "task" (the task\'s config file defines it)',
      'input summary: expected true or false, got "maybe"',
      'input save-untrusted: expected true or false, got "yes"',
    ]);
  });

  it('requires a command in run mode but not in guard mode', () => {
    expect(() => readInputs({ needsCommand: true, env: {}, read: reader({}) })).toThrow(
      /input run: expected a command/,
    );
    expect(
      readInputs({ needsCommand: false, env: {}, read: reader({ outputs: 'out/**' }) }).inline
        ?.outputs,
    ).toEqual(['out/**']);
  });

  it('names the task after the job and a step id the workflow gave', () => {
    expect(defaultTaskName({ GITHUB_JOB: 'build', GITHUB_ACTION: '__run_2' })).toBe('build');
    expect(defaultTaskName({ GITHUB_JOB: 'build', GITHUB_ACTION: 'compile' })).toBe(
      'build.compile',
    );
  });
});
