import { type LoadedConfig } from './config-file.js';
export declare function loadConfig(file: string): LoadedConfig;
export declare function parsedConfig(absolute: string, text: string): LoadedConfig;
