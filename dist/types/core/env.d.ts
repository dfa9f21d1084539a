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
