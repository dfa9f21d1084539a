import type { Config } from '../core/config.js';
import { type ConfigIssue } from '../core/config-shape.js';
import { UsageError } from './errors.js';
export declare class ConfigError extends UsageError {
    readonly file: string;
    readonly issues: readonly ConfigIssue[];
    constructor(file: string, issues: readonly ConfigIssue[]);
}
export interface LoadedConfig {
    /** Absolute path of the config file. */
    readonly file: string;
    /** The workspace root: the config file's directory. */
    readonly workspace: string;
    readonly config: Config;
}
/** The largest config file read: a config is a few kilobytes, and is read whole. */
export declare const MAX_CONFIG_BYTES: number;
export interface ConfigText {
    readonly text: string;
    /** Which file this is and when it last changed: device, inode, size and times. */
    readonly identity: string;
}
/** Reads a config file, refusing one larger than MAX_CONFIG_BYTES before reading it. */
export declare function readConfigFile(absolute: string): ConfigText;
export declare function readConfigText(absolute: string): string;
