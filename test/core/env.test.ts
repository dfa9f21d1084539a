import { describe, expect, it } from 'vitest';
import { redact, secretValues, selectEnv } from '../../src/core/env.js';

const env = {
  NODE_ENV: 'production',
  VITE_API: 'https://api',
  VITE_DEBUG: '1',
  VITE_TOKEN: 'hunter22',
  GITHUB_TOKEN: 'ghs_abc',
  GITHUB_RUN_ID: '42',
  GITHUB_REPOSITORY: 'o/r',
  RUNNER_TEMP: '/tmp/r',
  NPM_AUTH: 'x',
  PATH: '/bin',
};

describe('environment selection', () => {
  it('takes exact names and wildcards, minus exclusions', () => {
    expect(selectEnv(['NODE_ENV', 'VITE_*', '!VITE_DEBUG'], env)).toEqual(['NODE_ENV', 'VITE_API']);
  });

  it('never lets a wildcard pick volatile or secret-looking names', () => {
    expect(selectEnv(['*'], env)).toEqual([
      'GITHUB_REPOSITORY',
      'NODE_ENV',
      'PATH',
      'VITE_API',
      'VITE_DEBUG',
    ]);
    expect(selectEnv(['GITHUB_*'], env)).toEqual(['GITHUB_REPOSITORY']);
  });

  it('takes a secret-looking or volatile name when it is named exactly', () => {
    expect(selectEnv(['GITHUB_TOKEN', 'GITHUB_RUN_ID'], env)).toEqual([
      'GITHUB_RUN_ID',
      'GITHUB_TOKEN',
    ]);
  });

  it('ignores names that are not set', () => {
    expect(selectEnv(['MISSING', 'NODE_ENV'], { ...env, MISSING: undefined })).toEqual([
      'NODE_ENV',
    ]);
  });

  it('sorts by code unit, not locale', () => {
    expect(selectEnv(['*'], { b: '1', B: '1', a: '1', _A: '1' })).toEqual(['B', '_A', 'a', 'b']);
  });
});

describe('redaction', () => {
  it('removes the values of secret-looking variables from text', () => {
    const secrets = secretValues(env);
    expect(secrets).toEqual(['hunter22', 'ghs_abc']);
    expect(redact('token ghs_abc and hunter22, twice: ghs_abc', secrets)).toBe(
      'token *** and ***, twice: ***',
    );
  });
});
