import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/adapters/atomic-file.ts
import {
  closeSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync
} from "node:fs";
import * as path from "node:path";
function writeFileAtomic(file, data) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${uniqueSuffix()}`;
  try {
    if (typeof data === "string" || data instanceof Uint8Array) writeFileSync(tmp, data);
    else {
      const fd = openSync(tmp, "w");
      try {
        for (const piece of data) {
          for (let at = 0; at < piece.length; ) at += writeSync(fd, piece, at);
        }
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
var made = 0;
function uniqueSuffix() {
  made += 1;
  const tail = Math.floor(Math.random() * 4294967296).toString(16).padStart(8, "0");
  return `${process.pid}.${made.toString(36)}${tail}`;
}

// src/adapters/debug.ts
function debug(message) {
  if (process.env.TASKCACHE_DEBUG) process.stderr.write(`taskcache: debug: ${message}
`);
}

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
  const started = monotonicMs();
  const { file, args } = shellCommand(options.shell, options.command);
  return new Promise((resolve) => {
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
      resolve({
        exitCode: spawnError ? 127 : exitCode,
        log: Buffer.concat(chunks),
        durationMs: Math.round(monotonicMs() - started),
        ...spawnError ? { spawnError } : {}
      });
    });
  });
}
function captureStdout(shell, command, cwd, env) {
  const { file, args } = shellCommand(shell, command);
  return new Promise((resolve, reject) => {
    const out = [];
    const child = spawn(file, args, {
      cwd,
      env,
      stdio: ["ignore", "pipe", "inherit"]
    });
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.on("error", (error) => reject(new Error(`key-command "${command}": ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`key-command "${command}" exited with code ${code}`));
    });
  });
}
function monotonicMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

export {
  writeFileAtomic,
  uniqueSuffix,
  debug,
  defaultShell,
  runCommand,
  captureStdout,
  monotonicMs
};
