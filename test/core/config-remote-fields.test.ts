// Errors in a remote given as a mapping name its field, and a task's cache mode is checked.

import { describe, expect, test } from 'vitest';
import { validateConfig } from '../../src/core/config-schema.js';

const issuesOf = (value: unknown) => {
  const result = validateConfig(value);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('remote and cache fields', () => {
  test('a bad field of a remote mapping is named, not just the remote', () => {
    expect(
      issuesOf({
        tasks: { a: { run: 'x', cache: 'sometimes' } },
        remotes: [
          { url: 'http://h', mode: 'bogus' },
          { url: 'http://h', retries: 20 },
          { url: 'http://h', retries: 1.5 },
          { url: 'http://h', timeout: 'soon' },
        ],
      }),
    ).toEqual([
      'remotes[0].mode: expected one of read-write, read, write, off',
      'remotes[1].retries: expected a whole number from 0 to 10',
      'remotes[2].retries: expected a whole number, got number',
      'remotes[3].timeout: expected a duration such as "10s" or "1500ms"',
      'tasks.a.cache: expected one of read-write, read, write, off',
    ]);
  });

  test('timeout and retries in the object form are kept; a task’s cache mode is kept when set', () => {
    const result = validateConfig({
      tasks: { a: { run: 'x' }, b: { run: 'y', cache: 'read' } },
      remote: { url: 'http://h', timeout: '5s', retries: 0 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.remote).toEqual({
      url: 'http://h',
      mode: 'read-write',
      timeout: '5s',
      retries: 0,
    });
    expect(result.config.tasks.a!.cache).toBeUndefined();
    expect(result.config.tasks.b!.cache).toBe('read');
  });
});
