// Which environment variables enter the key. Include patterns with `*`, `!` exclusions,
// a deny list of volatile variables that wildcards never select, and secret-looking names
// that are only selected when named exactly.

import { compareCodeUnits } from './canonical.js';

/** Variables that change on every run or machine: a wildcard never picks them up. */
export const VOLATILE_ENV: readonly string[] = [
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_JOB',
  'GITHUB_ACTION',
  'GITHUB_ACTION_*',
  'GITHUB_ACTIONS',
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_EVENT_PATH',
  'GITHUB_WORKSPACE',
  'GITHUB_SHA',
  'GITHUB_REF',
  'GITHUB_REF_NAME',
  'GITHUB_HEAD_REF',
  'GITHUB_BASE_REF',
  'GITHUB_RETENTION_DAYS',
  'GITHUB_TRIGGERING_ACTOR',
  'GITHUB_ACTOR*',
  'RUNNER_*',
  'ACTIONS_*',
  'INPUT_*',
  'STATE_*',
  'CI_JOB_*',
  'CI_PIPELINE_*',
  'BUILD_ID',
  'BUILD_NUMBER',
  'INVOCATION_ID',
  'JOURNAL_STREAM',
  'TMP',
  'TEMP',
  'TMPDIR',
  'PWD',
  'OLDPWD',
  'SHLVL',
  '_',
  'RANDOM',
  'SECONDS',
  'LINENO',
  'HOSTNAME',
  'HOME',
  'USER',
  'LOGNAME',
  'SSH_*',
  'TERM',
  'TERM_*',
  'COLORTERM',
  'DISPLAY',
  'WINDOWID',
  'XDG_*',
  'DBUS_*',
  'TASKCACHE_*',
  'npm_*',
  'NPM_CONFIG_*',
  'COLUMNS',
  'LINES',
];

/** Names that look like they hold credentials. */
const SECRET_NAME =
  /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|AUTH|API_?KEY|_KEY$|^KEY$/i;

export function isSecretLookingName(name: string): boolean {
  return SECRET_NAME.test(name);
}

export function isWildcard(pattern: string): boolean {
  return pattern.includes('*');
}

function wildcardToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

export interface EnvPatterns {
  readonly exact: ReadonlySet<string>;
  readonly include: readonly RegExp[];
  readonly exclude: readonly RegExp[];
}

export function compileEnvPatterns(patterns: readonly string[]): EnvPatterns {
  const exact = new Set<string>();
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      exclude.push(wildcardToRegExp(pattern.slice(1)));
    } else if (isWildcard(pattern)) {
      include.push(wildcardToRegExp(pattern));
    } else {
      exact.add(pattern);
    }
  }
  return { exact, include, exclude };
}

const VOLATILE = VOLATILE_ENV.map(wildcardToRegExp);

/**
 * Selects the names of `env` that enter the key, sorted by code unit. A name given exactly
 * is always taken (unless excluded); a wildcard never takes volatile or secret-looking names.
 */
export function selectEnv(
  patterns: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const compiled = compiledFor(patterns);
  const selected: string[] = [];
  for (const name of Object.keys(env)) {
    if (env[name] === undefined) continue;
    if (compiled.exclude.some((re) => re.test(name))) continue;
    if (compiled.exact.has(name)) {
      selected.push(name);
      continue;
    }
    if (!compiled.include.some((re) => re.test(name))) continue;
    if (neverByWildcard(name)) continue;
    selected.push(name);
  }
  return selected.sort(compareCodeUnits);
}

/**
 * Pattern lists compiled once: a monorepo's tasks share theirs (defaults), and each task's key
 * selects its variables again. Bounded: a list is a config's, and configs are few.
 */
const compiledLists = new Map<string, EnvPatterns>();

function compiledFor(patterns: readonly string[]): EnvPatterns {
  const id = JSON.stringify(patterns);
  let compiled = compiledLists.get(id);
  if (compiled === undefined) {
    compiled = compileEnvPatterns(patterns);
    if (compiledLists.size < 256) compiledLists.set(id, compiled);
  }
  return compiled;
}

/** Whether a wildcard may not take `name` (secret-looking or volatile), by name, remembered. */
const refusedNames = new Map<string, boolean>();

function neverByWildcard(name: string): boolean {
  let refused = refusedNames.get(name);
  if (refused === undefined) {
    refused = isSecretLookingName(name) || VOLATILE.some((re) => re.test(name));
    if (refusedNames.size < 4096) refusedNames.set(name, refused);
  }
  return refused;
}

/** Values that must never be stored in a log: secret-looking variables' values. */
export function secretValues(env: Readonly<Record<string, string | undefined>>): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    // Very short values would redact ordinary words and digits all over the log.
    if (value !== undefined && value.length >= 4 && isSecretLookingName(name)) values.push(value);
  }
  return values.sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of each secret with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length > 0 && out.includes(secret)) out = out.split(secret).join('***');
  }
  return out;
}

/**
 * taskcache's own secrets and the runner's internals that a workflow `run:` step never sees:
 * the cache service's token and URLs, the OIDC request token, the action's inputs and state,
 * the signing key and the remote credentials the stores read. With any of them a build
 * dependency could write the cache or forge signed entries.
 */
export const PRIVATE_ENV: readonly string[] = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'INPUT_*',
  'STATE_*',
  'GITHUB_STATE',
  'TASKCACHE_SIGNING_KEY',
  'TASKCACHE_REMOTE_TOKEN',
  'TASKCACHE_REMOTE_HEADERS',
];

// Case-insensitive: Windows names are (`taskcache_signing_key` is the signing key there).
const PRIVATE = PRIVATE_ENV.map((pattern) => new RegExp(wildcardToRegExp(pattern).source, 'i'));

/** True for a name commandEnv() leaves out. */
export function isPrivateEnvName(name: string): boolean {
  return PRIVATE.some((re) => re.test(name));
}

/**
 * The environment a task's command and key-commands run with: what a workflow `run:` step
 * would have, so `env` without the names of PRIVATE_ENV. A new object; `env` is not changed.
 */
export function commandEnv(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of Object.keys(env)) {
    if (!isPrivateEnvName(name)) out[name] = env[name];
  }
  return out;
}
