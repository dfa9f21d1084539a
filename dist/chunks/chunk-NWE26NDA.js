import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-TRFYQJTT.js";
import {
  formatConfigIssues,
  normalizeWorkingDirectory,
  parseConfig
} from "./chunk-3GW2XNFS.js";

// src/engine/config-file.ts
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

// src/adapters/process.ts
import { spawn } from "node:child_process";
function defaultShell(platform = process.platform) {
  return platform === "win32" ? "pwsh" : "bash";
}
function shellCommand(shell, command) {
  switch (shell) {
    case "bash":
      return { file: "bash", args: ["--noprofile", "--norc", "-eo", "pipefail", "-c", command] };
    case "sh":
      return { file: "sh", args: ["-e", "-c", command] };
    case "pwsh":
    case "powershell":
      return {
        file: shell,
        args: ["-NoLogo", "-NoProfile", "-NonInteractive", "-Command", command]
      };
    case "cmd":
      return { file: "cmd.exe", args: ["/D", "/S", "/C", command] };
  }
}
var SIGNALS = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGTERM: 15
};
function runCommand(options) {
  const started = performance.now();
  const { file, args } = shellCommand(options.shell, options.command);
  return new Promise((resolve2) => {
    const chunks = [];
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["inherit", "pipe", "pipe"],
      windowsHide: true
    });
    child.stdout.on("data", (chunk) => {
      chunks.push(chunk);
      options.live?.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      chunks.push(chunk);
      options.live?.stderr.write(chunk);
    });
    let spawnError;
    child.on("error", (error) => {
      spawnError = `could not start ${file}: ${error.message}`;
    });
    child.on("close", (code, signal) => {
      const exitCode = code ?? (signal ? 128 + (SIGNALS[signal] ?? 1) : 1);
      resolve2({
        exitCode: spawnError ? 127 : exitCode,
        log: Buffer.concat(chunks),
        durationMs: Math.round(performance.now() - started),
        ...spawnError ? { spawnError } : {}
      });
    });
  });
}
function captureStdout(shell, command, cwd, env) {
  const { file, args } = shellCommand(shell, command);
  return new Promise((resolve2, reject) => {
    const out = [];
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.on("error", (error) => reject(new Error(`key-command "${command}": ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve2(Buffer.concat(out));
      else reject(new Error(`key-command "${command}" exited with code ${code}`));
    });
  });
}

// src/engine/config-file.ts
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
function loadConfig(file) {
  const absolute = path.resolve(file);
  let text;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `config file not found: ${absolute}` : `cannot read ${absolute}: ${code}`
    );
  }
  const result = parseConfig(text);
  if (!result.ok) throw new ConfigError(absolute, result.issues);
  return { file: absolute, workspace: path.dirname(absolute), config: result.config };
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
  runCommand,
  captureStdout,
  DEFAULT_CONFIG,
  ConfigError,
  findConfig,
  loadConfig,
  resolveTask,
  selectTasks
};
