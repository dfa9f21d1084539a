import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-OAYSP4DE.js";
import {
  defaultShell
} from "./chunk-EPCJNCHJ.js";
import {
  normalizeWorkingDirectory
} from "./chunk-AZEJ7MGI.js";

// src/engine/config-file.ts
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync } from "node:fs";
import * as path from "node:path";

// src/engine/signing.ts
import { createHmac, timingSafeEqual } from "node:crypto";
var SIGNING_KEY_ENV = "TASKCACHE_SIGNING_KEY";
function signerFromEnv(env) {
  const secret = env[SIGNING_KEY_ENV];
  if (!secret) return void 0;
  const mac = (key, digest) => createHmac("sha256", secret).update(`taskcache-entry\0${key}\0${digest}`).digest("base64");
  const envKey = createHmac("sha256", secret).update("taskcache-env-digest-key").digest();
  return {
    keyedHash: (data) => createHmac("sha256", envKey).update(data).digest("hex"),
    sign: mac,
    verify(key, digest, signature) {
      const expected = Buffer.from(mac(key, digest));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    }
  };
}

// src/engine/config-file.ts
var DEFAULT_CONFIG = "taskcache.yml";
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
    redact: task.redact,
    cleanOutputs: task["clean-outputs"],
    allowExternalLinks: task["allow-external-links"]
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
  signerFromEnv,
  findConfig,
  resolveTask,
  selectTasks
};
