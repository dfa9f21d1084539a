import type { Config } from '../core/config.js';
/**
 * `value` as a validated config when it has the shape the schema gives one, else undefined.
 * For a kept parse, which whoever writes the state directory could have written.
 */
export declare function keptConfigShape(value: unknown): Config | undefined;
