// Parsing and validating a config file: YAML and the schema, loaded only by runs that need
// them (a run whose config text was validated before reads the result from its state).

import * as path from 'node:path';
import { parseConfig } from '../core/config.js';
import { ConfigError, type LoadedConfig, readConfigText } from './config-file.js';

export function loadConfig(file: string): LoadedConfig {
  const absolute = path.resolve(file);
  return parsedConfig(absolute, readConfigText(absolute));
}

export function parsedConfig(absolute: string, text: string): LoadedConfig {
  const result = parseConfig(text);
  if (!result.ok) throw new ConfigError(absolute, result.issues);
  return { file: absolute, workspace: path.dirname(absolute), config: result.config };
}
