import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  ConfigError,
  parseConfigYaml,
  readConfigText,
  validateConfig
} from "./chunk-SQOTPS3B.js";

// src/engine/config-load.ts
import * as path from "node:path";
function loadConfig(file) {
  const absolute = path.resolve(file);
  return parsedConfig(absolute, readConfigText(absolute));
}
function parsedConfig(absolute, text) {
  const parsed = parseConfigYaml(text);
  const result = parsed.ok ? validateConfig(parsed.value) : parsed;
  if (!result.ok) throw new ConfigError(absolute, result.issues);
  return { file: absolute, workspace: path.dirname(absolute), config: result.config };
}

export {
  loadConfig,
  parsedConfig
};
