import { type LoadedConfig } from './config-text.js';
export declare function loadConfig(file: string): LoadedConfig;
export declare function parsedConfig(absolute: string, text: string): LoadedConfig;
/** The loaded config and the YAML's plain data it was validated from (to keep for later runs). */
export declare function parsedConfigValue(absolute: string, text: string): {
    loaded: LoadedConfig;
    value: unknown;
};
