import { type LoadedConfig } from './config-text.js';
export declare function loadConfig(file: string): LoadedConfig;
/** The config in `text` (the file `absolute`), validated; a ConfigError names every issue. */
export declare function parsedConfig(absolute: string, text: string): LoadedConfig;
