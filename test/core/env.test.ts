import { describe, expect, it } from 'vitest';
import {
  commandEnv,
  isPrivateEnvName,
  redact,
  secretValues,
  selectEnv,
} from '../../src/core/env.js';

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

  it('selects by each list anew, however many lists came before', () => {
    // Lists are compiled once and reused: one that differs in any way is another list.
    expect(selectEnv(['VITE_*'], env)).toEqual(['VITE_API', 'VITE_DEBUG']);
    expect(selectEnv(['VITE_*', '!VITE_DEBUG'], env)).toEqual(['VITE_API']);
    expect(selectEnv(['VITE_*,!VITE_DEBUG'], env)).toEqual([]);
    expect(selectEnv(['GITHUB_*'], env)).toEqual(['GITHUB_REPOSITORY']);
    expect(selectEnv(['VITE_*'], env)).toEqual(['VITE_API', 'VITE_DEBUG']);
    // Whether a wildcard may take a name is remembered by name, for every variable set.
    expect(selectEnv(['*'], { ...env, NEW_TOKEN: 'x', NEW_NAME: 'y' })).toContain('NEW_NAME');
    expect(selectEnv(['*'], { ...env, NEW_TOKEN: 'x' })).not.toContain('NEW_TOKEN');
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

describe('the environment of the command and key-commands (#14.6)', () => {
  const runner = {
    PATH: '/bin',
    HOME: '/home/runner',
    GITHUB_TOKEN: 'ghs_user_passed_it',
    GITHUB_ENV: '/runner/env',
    GITHUB_OUTPUT: '/runner/output',
    ACTIONS_RUNTIME_TOKEN: 'runtime',
    ACTIONS_RUNTIME_URL: 'https://runtime',
    ACTIONS_RESULTS_URL: 'https://results',
    ACTIONS_CACHE_URL: 'https://cache',
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
    ACTIONS_STEP_DEBUG: 'true',
    INPUT_RUN: 'make',
    'INPUT_KEY-COMMANDS': 'x',
    STATE_started: '1',
    GITHUB_STATE: '/runner/state',
    TASKCACHE_SIGNING_KEY: 'signing',
    TASKCACHE_REMOTE_TOKEN: 'remote',
    TASKCACHE_REMOTE_HEADERS: 'Authorization: x',
    TASKCACHE_DIR: '/cache',
  };

  it("is a run: step's: the runner's tokens and taskcache's secrets left out", () => {
    expect(commandEnv(runner)).toEqual({
      PATH: '/bin',
      HOME: '/home/runner',
      GITHUB_TOKEN: 'ghs_user_passed_it',
      GITHUB_ENV: '/runner/env',
      GITHUB_OUTPUT: '/runner/output',
      ACTIONS_STEP_DEBUG: 'true',
      TASKCACHE_DIR: '/cache',
    });
    // A new object: the caller's environment is unchanged.
    expect(runner.ACTIONS_RUNTIME_TOKEN).toBe('runtime');
  });

  it('leaves them out in any case, as Windows names are', () => {
    expect(commandEnv({ taskcache_signing_key: 'x', Actions_Runtime_Token: 'y', a: 'b' })).toEqual({
      a: 'b',
    });
    expect(isPrivateEnvName('input_foo')).toBe(true);
    expect(isPrivateEnvName('MY_INPUT_X')).toBe(false);
  });
});
