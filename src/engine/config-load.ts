// Parsing and validating a config file: YAML and the schema, loaded only by runs that need
// them (a run whose config text was validated before reads the result from its state).

import * as path from 'node:path';
import { parseConfigYaml, validateConfig } from '../core/config.js';
import { ConfigError, type LoadedConfig, readConfigText } from './config-text.js';

export function loadConfig(file: string): LoadedConfig {
  const absolute = path.resolve(file);
  return parsedConfig(absolute, readConfigText(absolute));
}

/** The config in `text` (the file `absolute`), validated; a ConfigError names every issue. */
export function parsedConfig(absolute: string, text: string): LoadedConfig {
  const parsed = parseConfigYaml(text);
  const result = parsed.ok ? validateConfig(parsed.value) : parsed;
  if (!result.ok) throw new ConfigError(absolute, result.issues);
  return { file: absolute, workspace: path.dirname(absolute), config: result.config };
}
