import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  ConfigError,
  parseConfigYaml,
  readConfigText
} from "./chunk-RXQO5GUJ.js";
import {
  validateConfig
} from "./chunk-RHCA6Y7F.js";

// src/engine/config-load.ts
import * as path from "node:path";
function loadConfig(file) {
  const absolute = path.resolve(file);
  return parsedConfig(absolute, readConfigText(absolute));
}
function parsedConfig(absolute, text) {
  return parsedConfigValue(absolute, text).loaded;
}
function parsedConfigValue(absolute, text) {
  const parsed = parseConfigYaml(text);
  const result = parsed.ok ? validateConfig(parsed.value) : parsed;
  if (!result.ok) throw new ConfigError(absolute, result.issues);
  return {
    loaded: { file: absolute, workspace: path.dirname(absolute), config: result.config },
    value: parsed.ok ? parsed.value : void 0
  };
}

export {
  loadConfig,
  parsedConfig,
  parsedConfigValue
};
