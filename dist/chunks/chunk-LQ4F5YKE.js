import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-TRFYQJTT.js";
import {
  normalizeWorkingDirectory,
  writeFileAtomic
} from "./chunk-UV2KENB3.js";
import {
  formatConfigIssues
} from "./chunk-N7M7VTR6.js";
import {
  defaultShell
} from "./chunk-JQJ6SPEN.js";
import {
  blake3
} from "./chunk-4GG4RZH4.js";

// src/engine/config-file.ts
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
var DEFAULT_CONFIG = "taskcache.yml";
var ConfigError = class extends UsageError {
  constructor(file, issues) {
    super(formatConfigIssues(file, issues));
    this.file = file;
    this.issues = issues;
  }
  file;
  issues;
};
function findConfig(from) {
  let dir = path.resolve(from);
  for (; ; ) {
    const candidate = path.join(dir, DEFAULT_CONFIG);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function readConfigText(absolute) {
  try {
    return readFileSync(absolute, "utf8");
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `config file not found: ${absolute}` : `cannot read ${absolute}: ${code}`
    );
  }
}
var SCHEMA_ID = true ? "e27436150c156b84" : void 0;
async function loadConfigCached(file, stateDir) {
  const absolute = path.resolve(file);
  const text = readConfigText(absolute);
  const cached = stateDir && SCHEMA_ID ? path.join(stateDir, `config-${blake3(`${SCHEMA_ID}\0${text}`).slice(0, 32)}.json`) : void 0;
  if (cached) {
    try {
      const config = JSON.parse(readFileSync(cached, "utf8"));
      return { file: absolute, workspace: path.dirname(absolute), config };
    } catch {
    }
  }
  const { parsedConfig } = await import("./config-load-UCLQQVW6.js");
  const loaded = parsedConfig(absolute, text);
  if (cached) {
    try {
      writeFileAtomic(cached, JSON.stringify(loaded.config));
    } catch {
    }
  }
  return loaded;
}
function resolveTask(name, task) {
  return {
    name,
    command: task.run,
    shell: task.shell ?? defaultShell(),
    // Validated by the schema already.
    cwd: normalizeWorkingDirectory(task["working-directory"]) ?? ".",
    inputs: task.inputs,
    outputs: task.outputs,
    env: task.env,
    keyCommands: task["key-commands"],
    salt: task["key-salt"],
    redact: task.redact
  };
}
function selectTasks(loaded, names) {
  const tasks = loaded.config.tasks;
  const wanted = names.length > 0 ? names : Object.keys(tasks);
  const unknown = wanted.filter((name) => !Object.hasOwn(tasks, name));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown task${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `"${n}"`).join(", ")} in ${loaded.file} (tasks: ${Object.keys(tasks).join(", ") || "none"})`
    );
  }
  return wanted.map((name) => resolveTask(name, tasks[name]));
}

export {
  DEFAULT_CONFIG,
  ConfigError,
  findConfig,
  readConfigText,
  loadConfigCached,
  resolveTask,
  selectTasks
};
