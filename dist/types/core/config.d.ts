import { type ConfigResult } from './config-schema.js';
import type { ConfigIssue } from './config-shape.js';
export * from './config-schema.js';
export * from './config-shape.js';
/**
 * How many nodes the aliases of one anchor may expand to, in all (the `yaml` library's
 * default, named here): a "billion laughs" document, whose aliases nest each other, exceeds it
 * long before it takes memory or time.
 */
export declare const MAX_ALIAS_COUNT = 100;
export type YamlResult = {
    readonly ok: true;
    readonly value: unknown;
} | {
    readonly ok: false;
    readonly issues: readonly ConfigIssue[];
};
/** Parses YAML text into plain data, not yet validated. Syntax errors carry line and column. */
export declare function parseConfigYaml(text: string): YamlResult;
/** Parses YAML text and validates it. */
export declare function parseConfig(text: string): ConfigResult;
/** The JSON Schema for editors, generated from the same schema that validates. */
export declare function configJsonSchema(): Record<string, unknown>;
