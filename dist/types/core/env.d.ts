/** Variables that change on every run or machine: a wildcard never picks them up. */
export declare const VOLATILE_ENV: readonly string[];
export declare function isSecretLookingName(name: string): boolean;
export declare function isWildcard(pattern: string): boolean;
export interface EnvPatterns {
    readonly exact: ReadonlySet<string>;
    readonly include: readonly RegExp[];
    readonly exclude: readonly RegExp[];
}
export declare function compileEnvPatterns(patterns: readonly string[]): EnvPatterns;
/**
 * Selects the names of `env` that enter the key, sorted by code unit. A name given exactly
 * is always taken (unless excluded); a wildcard never takes volatile or secret-looking names.
 */
export declare function selectEnv(patterns: readonly string[], env: Readonly<Record<string, string | undefined>>): string[];
/** Values that must never be stored in a log: secret-looking variables' values. */
export declare function secretValues(env: Readonly<Record<string, string | undefined>>): string[];
/** Replaces every occurrence of each secret with `***`. */
export declare function redact(text: string, secrets: readonly string[]): string;
/**
 * taskcache's own secrets and the runner's internals that a workflow `run:` step never sees:
 * the cache service's token and URLs, the OIDC request token, the action's inputs and state,
 * the signing key and the remote credentials the stores read. With any of them a build
 * dependency could write the cache or forge signed entries.
 */
export declare const PRIVATE_ENV: readonly string[];
/** True for a name commandEnv() leaves out. */
export declare function isPrivateEnvName(name: string): boolean;
/**
 * The environment a task's command and key-commands run with: what a workflow `run:` step
 * would have, so `env` without the names of PRIVATE_ENV. A new object; `env` is not changed.
 */
export declare function commandEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined>;
