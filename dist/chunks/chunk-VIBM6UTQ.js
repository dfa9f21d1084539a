import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  KeyCommandMemo,
  LocalStore,
  computeKey,
  defaultCacheDir,
  readManifest
} from "./chunk-XPMELCSR.js";
import {
  findGitDir
} from "./chunk-SRAC3I6Q.js";
import {
  isKey
} from "./chunk-SGE7DEJ6.js";
import {
  INPUT,
  InputError,
  SUMMARY_STATE,
  claimReport,
  describeTimeSaved,
  endGroup,
  info,
  notice,
  readInputs,
  reportPath,
  saveState,
  savedWhere,
  startGroup,
  warning
} from "./chunk-3US2DAIG.js";
import {
  StoreSet,
  resolveTask,
  selectTasks,
  setOperationBound,
  signerFromEnv,
  stricterMode
} from "./chunk-EUGGKUGV.js";
import {
  STORE_DEADLINES,
  StoreError
} from "./chunk-XJK27DBY.js";
import {
  blake3,
  initBlake3
} from "./chunk-UDF6BDGM.js";
import {
  loadConfig
} from "./chunk-HB4FSAE6.js";
import {
  UsageError
} from "./chunk-SQOTPS3B.js";
import {
  formatDuration,
  parseAge
} from "./chunk-R3RWRY7A.js";
import {
  STORE_MODES,
  configRemotes
} from "./chunk-N7M7VTR6.js";

// src/action/runner-files.ts
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path2 from "node:path";

// src/action/runner-file-filter.ts
import * as path from "node:path";
var REFUSED_ENV_NAMES = [
  // Shells: start-up files, exported functions and hooks.
  "BASH_ENV",
  "ENV",
  "BASH_FUNC_*",
  "PROMPT_COMMAND",
  "PS4",
  "SHELLOPTS",
  "BASHOPTS",
  "ZDOTDIR",
  // The dynamic loader (glibc, macOS), and modules glibc and OpenSSL load by path.
  "LD_*",
  "DYLD_*",
  "GCONV_PATH",
  "OPENSSL_CONF",
  // Interpreters and runtimes.
  "NODE_OPTIONS",
  "PYTHONSTARTUP",
  "PYTHONPATH",
  "PYTHONHOME",
  "PYTHONWARNINGS",
  "PERL5OPT",
  "PERL5DB",
  "RUBYOPT",
  "JAVA_TOOL_OPTIONS",
  "_JAVA_OPTIONS",
  "JDK_JAVA_OPTIONS",
  // git: configuration from the environment, its programs and the commands it runs.
  "GIT_CONFIG*",
  "GIT_EXEC_PATH",
  "GIT_SSH",
  "GIT_SSH_COMMAND",
  "GIT_ASKPASS",
  "SSH_ASKPASS",
  "GIT_PROXY_COMMAND",
  "GIT_EXTERNAL_DIFF",
  "GIT_EDITOR",
  "GIT_PAGER",
  // The runner's services (cache, results, OIDC) for later actions.
  "ACTIONS_*"
];
function isRefusedEnvName(name) {
  const upper = name.toUpperCase();
  return REFUSED_ENV_NAMES.some(
    (rule) => rule.endsWith("*") ? upper.startsWith(rule.slice(0, -1)) : upper === rule
  );
}
function nextLine(text, index) {
  if (index >= text.length) return void 0;
  const lf = text.indexOf("\n", index);
  return lf < 0 ? { line: text.slice(index), end: text.length } : { line: text.slice(index, lf), end: lf + 1 };
}
function parseEnvFile(text) {
  const entries = [];
  let index = 0;
  for (let next = nextLine(text, index); next; next = nextLine(text, index)) {
    const start = index;
    const { line } = next;
    index = next.end;
    if (line === "") continue;
    const equals = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name2 = line.slice(0, equals);
      if (name2 === "") return { entries, error: "a line has an empty name" };
      entries.push({ name: name2, value: line.slice(equals + 1), text: text.slice(start, index) });
      continue;
    }
    if (heredoc < 0) return { entries, error: "a line is neither NAME=value nor NAME<<DELIMITER" };
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    if (name === "" || delimiter === "") {
      return { entries, error: "a heredoc has an empty name or delimiter" };
    }
    const valueStart = index;
    let valueEnd = index;
    let found = false;
    for (let inner = nextLine(text, index); inner; inner = nextLine(text, index)) {
      index = inner.end;
      if (inner.line === delimiter) {
        found = true;
        break;
      }
      valueEnd = text[inner.end - 1] === "\n" ? inner.end - 1 : inner.end;
    }
    if (!found) return { entries, error: `no line ends the heredoc of ${name}` };
    entries.push({
      name,
      value: valueEnd > valueStart ? text.slice(valueStart, valueEnd) : "",
      text: text.slice(start, index)
    });
  }
  return { entries };
}
function isInsideWorkspace(entry, workspace) {
  if (!path.isAbsolute(entry)) return false;
  const relative3 = path.relative(path.resolve(workspace), path.resolve(entry));
  return relative3 === "" || !relative3.startsWith("..") && !path.isAbsolute(relative3);
}
function filterRunnerFiles(files, workspace) {
  const env = parseEnvFile(files.env);
  const refusedEnv = [
    ...new Set(env.entries.filter((e) => isRefusedEnvName(e.name)).map((e) => e.name))
  ];
  const keptEnv = env.entries.filter((e) => !isRefusedEnvName(e.name));
  const pathLines = files.path.split("\n").filter((line) => line !== "");
  const keptPath = pathLines.filter((line) => isInsideWorkspace(line, workspace));
  const refusedPath = pathLines.filter((line) => !isInsideWorkspace(line, workspace));
  return {
    files: {
      output: files.output,
      summary: files.summary,
      env: keptEnv.map((e) => e.text.endsWith("\n") ? e.text : `${e.text}
`).join(""),
      path: keptPath.map((line) => `${line}
`).join("")
    },
    refusedEnv,
    refusedPath,
    ...env.error ? { envError: env.error } : {}
  };
}

// src/action/runner-files.ts
var FILES = {
  output: "GITHUB_OUTPUT",
  env: "GITHUB_ENV",
  path: "GITHUB_PATH",
  summary: "GITHUB_STEP_SUMMARY"
};
function appendRunnerFiles(files, env) {
  for (const [field, variable] of Object.entries(FILES)) {
    const target = env[variable];
    const text = files[field];
    if (target && text) appendFileSync(target, text.endsWith("\n") ? text : `${text}
`);
  }
}
function applyRunnerFiles(files, env, options) {
  const {
    files: kept,
    refusedEnv,
    refusedPath,
    envError
  } = filterRunnerFiles(files, options.workspace);
  const left = [];
  if (refusedEnv.length > 0) {
    left.push(`GITHUB_ENV ${refusedEnv.join(", ")} (variables that make later programs run code)`);
  }
  if (envError) left.push(`the rest of GITHUB_ENV (${envError})`);
  if (refusedPath.length > 0) {
    left.push(`GITHUB_PATH ${refusedPath.join(", ")} (outside the workspace)`);
  }
  if (left.length > 0) {
    options.notice(
      `taskcache: the cached entry's runner files were re-applied without ${left.join("; ")}`
    );
  }
  appendRunnerFiles(kept, env);
}
function runnerFileHooks(dir, env, reapply) {
  mkdirSync(dir, { recursive: true });
  const own = Object.fromEntries(
    Object.entries(FILES).map(([field, variable]) => [
      field,
      path2.join(dir, variable.toLowerCase())
    ])
  );
  return {
    prepare(base) {
      const childEnv = { ...base };
      for (const [field, variable] of Object.entries(FILES)) {
        writeFileSync(own[field], "");
        childEnv[variable] = own[field];
      }
      return childEnv;
    },
    collect() {
      const read = (field) => readFileSync(own[field], "utf8");
      const files = {
        output: read("output"),
        env: read("env"),
        path: read("path"),
        summary: read("summary")
      };
      appendRunnerFiles(files, env);
      return files;
    },
    apply(files) {
      applyRunnerFiles(files, env, reapply);
    }
  };
}

// src/action/reporter.ts
function noticeHit(task, source, key, timeSavedMs) {
  notice(
    `${task}: restored from ${source}, ${describeTimeSaved(timeSavedMs)} (key ${key.slice(0, 12)})`
  );
}
function createActionReporter() {
  return {
    live: { stdout: process.stdout, stderr: process.stderr },
    warn(message) {
      warning(message);
    },
    notice(message) {
      notice(message);
    },
    miss(task, key, reason) {
      info(
        `taskcache: ${task.name}: miss (${reason}), key ${key.slice(0, 12)}; running: ${task.command}`
      );
    },
    hit(task, _key, source, record, log) {
      const from = record.runUrl ? ` from ${record.runUrl}` : "";
      const header = `taskcache: ${task.name}: hit from ${source} \u2014 cached${from} on ${record.createdAt}, took ${formatDuration(record.durationMs)}`;
      startGroup(header);
      process.stdout.write(log);
      if (log.length > 0 && log[log.length - 1] !== 10) process.stdout.write("\n");
      endGroup();
    },
    done(result) {
      if (result.status === "hit" && result.key !== null) {
        noticeHit(result.task, result.source ?? "", result.key, result.timeSavedMs);
      }
      if (result.status === "miss") {
        const where = savedWhere(result);
        info(`taskcache: ${result.task}: ${where}`);
      }
    }
  };
}

// src/action/setup.ts
import * as os2 from "node:os";
import * as path6 from "node:path";

// src/engine/plugins.ts
import * as path3 from "node:path";
import { pathToFileURL } from "node:url";

// src/engine/remotes.ts
function readOnly(mode) {
  if (mode === "read-write") return "read";
  if (mode === "write") return "off";
  return mode;
}
var MAX_RETRIES = 10;
function storeModeOf(text) {
  return STORE_MODES.includes(text ?? "") ? text : void 0;
}
function parseTimeout(text) {
  const ms = typeof text === "number" ? text * 1e3 : parseAge(text);
  return ms !== void 0 && ms > 0 && Number.isFinite(ms) ? ms : void 0;
}
function parseRetries(text) {
  const value = typeof text === "number" ? text : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_RETRIES ? value : void 0;
}
function splitRemoteOptions(url, where) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  const problem = (field, expected, got) => new UsageError(`remote ${where()}: ${field}: expected ${expected}, got "${got}"`);
  let mode;
  if (parsed.hash) {
    const fragment = new URLSearchParams(parsed.hash.slice(1));
    for (const [name, value] of fragment) {
      if (name !== "mode") {
        throw problem(
          "#fragment",
          "#mode=read-write, #mode=read, #mode=write or #mode=off",
          `#${name}`
        );
      }
      mode = storeModeOf(value);
      if (mode === void 0) throw problem("#mode", `one of ${STORE_MODES.join(", ")}`, value);
    }
    parsed.hash = "";
  }
  let timeoutMs;
  let retries;
  const timeout = parsed.searchParams.get("timeout");
  if (timeout !== null) {
    timeoutMs = parseTimeout(timeout);
    if (timeoutMs === void 0) {
      throw problem("timeout", 'a duration such as "10s" or "1500ms"', timeout);
    }
    parsed.searchParams.delete("timeout");
  }
  const retriesText = parsed.searchParams.get("retries");
  if (retriesText !== null) {
    retries = parseRetries(retriesText);
    if (retries === void 0) {
      throw problem("retries", `a whole number from 0 to ${MAX_RETRIES}`, retriesText);
    }
    parsed.searchParams.delete("retries");
  }
  const changed = mode !== void 0 || timeout !== null || retriesText !== null || url.endsWith("#");
  return {
    url: changed ? withoutEmptyParts(parsed, url) : url,
    ...mode !== void 0 ? { mode } : {},
    ...timeoutMs !== void 0 ? { timeoutMs } : {},
    ...retries !== void 0 ? { retries } : {}
  };
}
function withoutEmptyParts(parsed, original) {
  let text = parsed.toString().replace(/#$/, "");
  if (parsed.search === "") text = text.replace(/\?(?=#|$)/, "");
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\//i.test(original)) {
    text = text.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)\/(?=[?#]|$)/i, "$1");
  }
  return text;
}
async function remoteStores(specs, options) {
  if (specs.length === 0) return [];
  const { createRemoteStore, RemoteUrlError, redactUrl } = await import("./remote-SOOEQW6C.js");
  const stores = [];
  for (const spec of specs) {
    const own = splitRemoteOptions(spec.url, () => redactUrl(spec.url));
    const configured = own.mode === void 0 ? spec.mode : stricterMode(spec.mode, own.mode);
    const mode = options.untrusted ? readOnly(configured) : configured;
    if (mode === "off") continue;
    const timeoutMs = own.timeoutMs ?? (spec.timeout === void 0 ? void 0 : parseTimeout(spec.timeout));
    const retries = own.retries ?? spec.retries;
    try {
      const store = await createRemoteStore(own.url, {
        mode,
        env: options.env,
        warn: options.warn,
        ...timeoutMs === void 0 ? {} : timeoutOptions(timeoutMs),
        ...retries === void 0 ? {} : { maxAttempts: retries + 1 }
      });
      if (timeoutMs !== void 0) setOperationBound(store, timeoutMs);
      stores.push(store);
    } catch (error) {
      const message = error.message;
      throw new UsageError(
        error instanceof RemoteUrlError ? message : `remote ${redactUrl(spec.url)}: ${message}`
      );
    }
  }
  return stores;
}
function timeoutOptions(timeoutMs) {
  return {
    operationMs: timeoutMs,
    timeoutMs,
    connectTimeoutMs: Math.min(timeoutMs, STORE_DEADLINES.connectMs)
  };
}

// src/engine/plugins.ts
var STORE_METHODS = ["get", "has", "put", "latestRecord"];
var IMPORTER = /* @__PURE__ */ Symbol.for("taskcache.import");
var nativeImport = globalThis[IMPORTER] ?? new Function("specifier", "return import(specifier)");
async function importModule(specifier) {
  try {
    return await nativeImport(specifier);
  } catch (error) {
    if (error.code !== "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING") {
      throw error;
    }
    return import(specifier);
  }
}
async function pluginStores(entries, options) {
  const stores = [];
  const configDir = path3.dirname(options.configFile);
  for (const [index, entry] of entries.entries()) {
    const item = typeof entry === "string" ? { module: entry, mode: "read-write" } : entry;
    const mode = options.untrusted ? readOnly(item.mode) : item.mode;
    if (mode === "off") continue;
    const where = `${options.configFile}: stores[${index}] (${item.module})`;
    const file = path3.resolve(configDir, item.module);
    let loaded;
    try {
      loaded = await importModule(pathToFileURL(file).href);
    } catch (error) {
      throw new UsageError(`${where}: cannot load the module: ${error.message}`);
    }
    const factory = loaded.createStore ?? loaded.default;
    if (typeof factory !== "function") {
      throw new UsageError(
        `${where}: expected a default export or a createStore export that is a function returning a Store`
      );
    }
    const store = await factory({
      mode,
      options: ("options" in item ? item.options : void 0) ?? {},
      env: options.env,
      configDir,
      warn: options.warn
    });
    const missing = STORE_METHODS.filter(
      (name) => typeof store?.[name] !== "function"
    );
    if (missing.length > 0 || typeof store?.name !== "string") {
      throw new UsageError(
        `${where}: the factory returned no Store (missing ${[...missing, ...typeof store?.name === "string" ? [] : ["name"]].join(", ")})`
      );
    }
    if (store.mode !== mode) {
      throw new UsageError(`${where}: the store's mode is ${store.mode}, the config's ${mode}`);
    }
    stores.push(store);
  }
  return stores;
}

// src/engine/producer.ts
function producerFromEnv(env) {
  if (!env.GITHUB_ACTIONS) return {};
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const producer = {};
  const set = (name, value) => {
    if (value) producer[name] = value;
  };
  set("repository", env.GITHUB_REPOSITORY);
  set("ref", env.GITHUB_REF);
  set("commit", env.GITHUB_SHA);
  set("workflow", env.GITHUB_WORKFLOW);
  set("runUrl", runUrl);
  set("job", env.GITHUB_JOB);
  return producer;
}

// src/engine/project.ts
import { readFileSync as readFileSync2, realpathSync } from "node:fs";
import * as path4 from "node:path";
function originUrl(config) {
  let inOrigin = false;
  let url;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[([^\]]*)\]/.exec(line);
    if (section) {
      inOrigin = /^remote\s+"origin"$/i.test(section[1].trim());
      continue;
    }
    if (!inOrigin) continue;
    const entry = /^url\s*=\s*(.*)$/i.exec(line);
    if (!entry) continue;
    let value = "";
    let quoted = false;
    for (const char of entry[1]) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === "#" || char === ";")) break;
      else value += char;
    }
    url = value.trim();
  }
  return url === "" ? void 0 : url;
}
function repository(dir) {
  const found = findGitDir(dir);
  if (found === void 0) return void 0;
  let common = found.gitDir;
  try {
    common = path4.resolve(
      found.gitDir,
      readFileSync2(path4.join(found.gitDir, "commondir"), "utf8").trim()
    );
  } catch {
  }
  let config = "";
  try {
    config = readFileSync2(path4.join(common, "config"), "utf8");
  } catch {
  }
  return { top: found.top, remote: originUrl(config) };
}
function normalizeRemote(url) {
  const text = url.trim();
  if (text === "") return void 0;
  let host;
  let rest;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(.*)$/i.exec(text);
  const scpLike = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.*)$/.exec(text);
  if (withScheme) {
    const [, scheme, authority, tail] = withScheme;
    if (scheme.toLowerCase() === "file") return `local:${blake3(tail).slice(0, 32)}`;
    host = authority.slice(authority.lastIndexOf("@") + 1).replace(/:\d*$/, "");
    rest = tail;
  } else if (scpLike && !/^[a-z]:[\\/]/i.test(text)) {
    [, host, rest] = scpLike;
  } else {
    return `local:${blake3(text).slice(0, 32)}`;
  }
  const cleanPath = rest.replace(/[?#].*$/, "").replace(/\/+$/, "").replace(/\.git$/, "").replace(/^\/+/, "");
  return `${host.toLowerCase()}/${cleanPath}`;
}
function real(file) {
  try {
    return realpathSync.native(file);
  } catch {
    return path4.resolve(file);
  }
}
async function projectScope(configFile, known) {
  const anchor = real(configFile);
  const dir = path4.dirname(anchor);
  const repo = repository(dir);
  if (repo === void 0) {
    const origin2 = known === void 0 ? void 0 : normalizeRemote(known.remote);
    if (known === void 0 || origin2 === void 0) return `path:${blake3(anchor).slice(0, 32)}`;
    const relative4 = path4.relative(real(known.root), anchor).split(path4.sep).join("/");
    return `${origin2}#${relative4 || "."}`;
  }
  const relative3 = path4.relative(real(repo.top), anchor).split(path4.sep).join("/") || ".";
  const origin = repo.remote === void 0 ? void 0 : normalizeRemote(repo.remote);
  return origin === void 0 ? `git:${relative3}` : `${origin}#${relative3}`;
}

// src/stores/github.ts
import { randomBytes } from "node:crypto";
import { PassThrough as PassThrough2 } from "node:stream";

// src/stores/github-blob.ts
import { PassThrough } from "node:stream";

// src/stores/github-transport.ts
import { createReadStream } from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import { Readable } from "node:stream";
var GITHUB_DEADLINES = {
  connectMs: 5e3,
  firstByteMs: 1e4,
  windowMs: 1e4,
  minBytesPerSecond: 64 * 1024,
  totalMs: 3e4
};
var MAX_ATTEMPTS = 4;
var CacheServiceError = class extends Error {
  constructor(message, retryable = false, retryAfterMs) {
    super(message);
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
  }
  retryable;
  retryAfterMs;
  name = "CacheServiceError";
};
var ConflictError = class extends CacheServiceError {
};
var Budget = class {
  constructor(totalMs) {
    this.totalMs = totalMs;
    this.end = Date.now() + totalMs;
  }
  totalMs;
  end;
  remaining() {
    return this.end - Date.now();
  }
  extend(ms) {
    this.end += ms;
  }
};
var bodySize = (body) => body.prefix.length + body.fileLength;
function openBody(body) {
  return Readable.from(
    (async function* () {
      if (body.prefix.length > 0) yield body.prefix;
      if (body.fileLength > 0) {
        yield* createReadStream(body.file, {
          start: body.fileStart,
          end: body.fileStart + body.fileLength - 1,
          highWaterMark: 1 << 20
        });
      }
    })(),
    { objectMode: false }
  );
}
var Transport = class {
  constructor(deadlines) {
    this.deadlines = deadlines;
  }
  deadlines;
  httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });
  close() {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
  /** The time a transfer of `bytes` may take at the minimum throughput. */
  transferMs(bytes) {
    return Math.ceil(bytes / this.deadlines.minBytesPerSecond * 1e3);
  }
  /** Retries retryable failures with backoff while the budget allows. */
  async withRetries(what, budget, attempt) {
    for (let n = 1; ; n += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof CacheServiceError) || !error.retryable || n >= MAX_ATTEMPTS) {
          throw error;
        }
        const backoff = 250 * 2 ** (n - 1) * (0.5 + Math.random() / 2);
        const wait = Math.max(backoff, error.retryAfterMs ?? 0);
        if (wait + 1e3 > budget.remaining()) {
          throw new CacheServiceError(
            `${error.message} (gave up after ${n} attempt${n > 1 ? "s" : ""}: no time left for ${what})`
          );
        }
        await new Promise((resolve5) => setTimeout(resolve5, wait));
      }
    }
  }
  /** One request under the deadlines. */
  send(options) {
    const { what, url, budget } = options;
    const d = this.deadlines;
    const secure = url.protocol === "https:";
    const body = options.body;
    const size = body === void 0 ? 0 : Buffer.isBuffer(body) ? body.length : bodySize(body);
    const headers = {
      ...options.headers,
      "content-length": String(size)
    };
    if (budget.remaining() <= 0) {
      return Promise.reject(new CacheServiceError(`${what}: no time left`));
    }
    return new Promise((resolve5, reject) => {
      const req = (secure ? https : http).request(url, {
        method: options.method,
        headers,
        agent: secure ? this.httpsAgent : this.httpAgent
      });
      let response;
      let settled = false;
      let moved = 0;
      let movedAtWindow = 0;
      const timers = /* @__PURE__ */ new Set();
      const timer = (ms, message) => {
        const t = setTimeout(() => fail(new CacheServiceError(`${what}: ${message}`)), ms);
        timers.add(t);
        return t;
      };
      const clear = (t) => {
        if (t === void 0) return;
        clearTimeout(t);
        timers.delete(t);
      };
      const done = () => {
        settled = true;
        for (const t of timers) clearTimeout(t);
        timers.clear();
        clearInterval(window);
      };
      const fail = (error) => {
        if (settled) return;
        done();
        req.destroy();
        response?.destroy();
        reject(error);
      };
      let overall = timer(
        Math.max(0, budget.remaining()),
        `took longer than the overall bound of ${budget.totalMs} ms`
      );
      let firstByte;
      const needed = d.minBytesPerSecond * d.windowMs / 1e3;
      let window;
      const startWindow = () => {
        clearInterval(window);
        movedAtWindow = moved;
        window = setInterval(() => {
          const inWindow = moved - movedAtWindow;
          movedAtWindow = moved;
          if (inWindow < needed) {
            fail(
              new CacheServiceError(
                `${what}: ${inWindow} bytes in ${d.windowMs} ms, below the minimum of ${d.minBytesPerSecond} bytes/s`
              )
            );
          }
        }, d.windowMs);
      };
      const count = (bytes) => {
        moved += bytes;
      };
      let heldSince;
      const hold = (held) => {
        if (settled) return;
        if (held) {
          if (heldSince !== void 0) return;
          heldSince = Date.now();
          clearInterval(window);
          clear(overall);
          return;
        }
        if (heldSince === void 0) return;
        const ms = Date.now() - heldSince;
        heldSince = void 0;
        budget.extend(ms);
        overall = timer(
          Math.max(0, budget.remaining()),
          `took longer than the overall bound of ${budget.totalMs} ms`
        );
        startWindow();
      };
      const extend = (ms) => {
        budget.extend(ms);
        clear(overall);
        overall = timer(
          Math.max(0, budget.remaining()),
          `took longer than the overall bound of ${budget.totalMs} ms plus ${Math.round(ms)} ms for the transfer`
        );
      };
      req.on("socket", (socket) => {
        if (!socket.connecting) return;
        const connect = timer(d.connectMs, `could not connect within ${d.connectMs} ms`);
        socket.once("connect", () => clear(connect));
      });
      req.on("error", (error) => {
        const code = error.code && !error.message.includes(error.code) ? ` (${error.code})` : "";
        fail(new CacheServiceError(`${what}: ${error.message}${code}`, true));
      });
      req.on("finish", () => {
        clearInterval(window);
        if (!settled && response === void 0) {
          firstByte = timer(d.firstByteMs, `no response within ${d.firstByteMs} ms`);
        }
      });
      req.on("response", (res) => {
        clear(firstByte);
        if (settled) {
          res.destroy();
          return;
        }
        response = res;
        startWindow();
        options.consume(res, count, extend, hold).then(
          (value) => {
            if (settled) return;
            done();
            resolve5(value);
          },
          (error) => fail(error instanceof Error ? error : new Error(String(error)))
        );
      });
      if (body === void 0 || size === 0) {
        req.end();
        return;
      }
      if (Buffer.isBuffer(body)) {
        req.end(body);
        return;
      }
      startWindow();
      const source = openBody(body);
      source.on("data", (chunk) => {
        count(chunk.length);
        if (!req.write(chunk)) source.pause();
      });
      req.on("drain", () => source.resume());
      source.on("end", () => req.end());
      source.on(
        "error",
        (error) => fail(new CacheServiceError(`${what}: reading the entry failed: ${error.message}`))
      );
      req.on("close", () => source.destroy());
    });
  }
};
function blobStatusError(what, res) {
  res.resume();
  const status = res.statusCode ?? 0;
  const code = res.headers["x-ms-error-code"];
  return new CacheServiceError(
    `${what}: ${status}${typeof code === "string" ? ` ${code}` : ""}`,
    status === 429 || status >= 500,
    retryAfter(res.headers["retry-after"])
  );
}
async function readLimited(res, maxBytes, moved, what) {
  const chunks = [];
  let total = 0;
  try {
    for await (const chunk of res) {
      total += chunk.length;
      moved(chunk.length);
      if (total > maxBytes) {
        res.destroy();
        return void 0;
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw new CacheServiceError(`${what}: ${error.message}`, true);
  }
  if (!res.complete) {
    throw new CacheServiceError(`${what}: connection closed after ${total} bytes`, true);
  }
  return Buffer.concat(chunks);
}
function contentLength(res) {
  const value = res.headers["content-length"];
  return value !== void 0 && /^\d+$/.test(value) ? Number(value) : void 0;
}
function retryAfter(value) {
  if (value === void 0 || !/^\d+$/.test(value.trim())) return void 0;
  return Number(value.trim()) * 1e3;
}

// src/stores/github-blob.ts
var AZURE_VERSION = "2024-11-04";
var BLOB_SIZES = {
  singlePutLimit: 128 * 1024 * 1024,
  blockSize: 64 * 1024 * 1024,
  segmentSize: 4 * 1024 * 1024,
  concurrency: 4
};
async function uploadBlob(transport, url, body, budget, sizes = BLOB_SIZES) {
  const size = bodySize(body);
  const { singlePutLimit, blockSize } = sizes;
  budget.extend(transport.transferMs(size));
  if (size <= singlePutLimit) {
    await blobPut(transport, "Put Blob", url, body, { "x-ms-blob-type": "BlockBlob" }, budget);
    return;
  }
  const count = Math.ceil(size / blockSize);
  const ids = Array.from(
    { length: count },
    (_, i) => Buffer.from(`taskcache-block-${String(i).padStart(6, "0")}`).toString("base64")
  );
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const start = i * blockSize;
      const blockUrl = new URL(url);
      blockUrl.searchParams.set("comp", "block");
      blockUrl.searchParams.set("blockid", ids[i]);
      await blobPut(
        transport,
        "Put Block",
        blockUrl,
        sliceBody(body, start, Math.min(blockSize, size - start)),
        {},
        budget
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(sizes.concurrency, count) }, worker));
  const listUrl = new URL(url);
  listUrl.searchParams.set("comp", "blocklist");
  const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join("")}</BlockList>`;
  await blobPut(
    transport,
    "Put Block List",
    listUrl,
    Buffer.from(xml),
    { "content-type": "application/xml" },
    budget
  );
}
function downloadSmall(transport, url, maxBytes, budget) {
  return transport.withRetries(
    "blob download",
    budget,
    () => transport.send({
      what: "blob download",
      method: "GET",
      url,
      headers: { "x-ms-version": AZURE_VERSION },
      budget,
      consume: async (res, moved) => {
        const status = res.statusCode ?? 0;
        if (status !== 200) throw blobStatusError("blob download", res);
        const declared = contentLength(res);
        if (declared !== void 0 && declared > maxBytes) {
          res.destroy();
          return void 0;
        }
        const body = await readLimited(res, maxBytes, moved, "blob download");
        if (body === void 0) return void 0;
        if (declared !== void 0 && body.length !== declared) {
          throw new CacheServiceError(
            `blob download ended after ${body.length} of ${declared} bytes`,
            true
          );
        }
        return body;
      }
    })
  );
}
function fetchSegment(transport, url, start, length, budget) {
  const what = "blob download";
  return transport.withRetries(
    what,
    budget,
    () => transport.send({
      what,
      method: "GET",
      url,
      headers: {
        "x-ms-version": AZURE_VERSION,
        "x-ms-range": `bytes=${start}-${start + length - 1}`
      },
      budget,
      consume: async (res, moved) => {
        const status = res.statusCode ?? 0;
        let total;
        let expected;
        if (status === 206) {
          const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(res.headers["content-range"] ?? "");
          if (!range || Number(range[1]) !== start) {
            res.resume();
            throw new CacheServiceError(`${what}: the answered range does not match`);
          }
          total = Number(range[3]);
          expected = Number(range[2]) - start + 1;
        } else if (status === 200 && start === 0) {
          const declared = contentLength(res);
          if (declared === void 0 || declared > length) {
            res.resume();
            throw new CacheServiceError(`${what}: the service ignored the requested range`);
          }
          total = declared;
          expected = declared;
        } else {
          throw blobStatusError(what, res);
        }
        if (expected > length) {
          res.resume();
          throw new CacheServiceError(`${what}: the answered range does not match`);
        }
        const bytes = await readLimited(res, expected, moved, what);
        if (bytes === void 0 || bytes.length !== expected) {
          throw new CacheServiceError(
            `${what} ended after ${bytes?.length ?? "more than"} of ${expected} bytes`,
            true
          );
        }
        return { bytes, total };
      }
    })
  );
}
async function openDownload(transport, url, budget, sizes = BLOB_SIZES) {
  const { segmentSize, concurrency } = sizes;
  const first = await fetchSegment(transport, url, 0, segmentSize, budget);
  const size = first.total;
  budget.extend(transport.transferMs(Math.max(0, size - first.bytes.length)));
  const body = new PassThrough({ highWaterMark: 1 << 20 });
  const pending = [];
  let next = first.bytes.length;
  const fill = () => {
    while (pending.length < concurrency && next < size && !body.destroyed) {
      const length = Math.min(segmentSize, size - next);
      const segment = fetchSegment(transport, url, next, length, budget);
      segment.catch(() => {
      });
      pending.push(segment);
      next += length;
    }
  };
  const drained = () => new Promise((resolve5) => {
    if (body.destroyed) {
      resolve5();
      return;
    }
    const done = () => {
      body.off("drain", done);
      body.off("close", done);
      resolve5();
    };
    body.on("drain", done);
    body.on("close", done);
  });
  const pump = async () => {
    fill();
    if (!body.write(first.bytes)) {
      const held = Date.now();
      await drained();
      budget.extend(Date.now() - held);
    }
    for (let segment = pending.shift(); segment; segment = pending.shift()) {
      const { bytes, total } = await segment;
      if (body.destroyed) return;
      if (total !== size) throw new CacheServiceError("blob download: the blob changed size");
      fill();
      if (!body.write(bytes)) {
        const held = Date.now();
        await drained();
        budget.extend(Date.now() - held);
      }
    }
    body.end();
  };
  pump().catch((error) => {
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return { size, body };
}
function sliceBody(body, start, length) {
  const prefixPart = body.prefix.subarray(start, Math.min(body.prefix.length, start + length));
  const fileOffset = Math.max(0, start - body.prefix.length);
  return {
    prefix: prefixPart,
    file: body.file,
    fileStart: body.fileStart + fileOffset,
    fileLength: Math.min(length - prefixPart.length, body.fileLength - fileOffset)
  };
}
async function blobPut(transport, what, url, body, headers, budget) {
  await transport.withRetries(
    what,
    budget,
    () => transport.send({
      what,
      method: "PUT",
      url,
      headers: { "x-ms-version": AZURE_VERSION, ...headers },
      body,
      budget,
      consume: async (res) => {
        const status = res.statusCode ?? 0;
        res.resume();
        if (status !== 201) throw blobStatusError(what, res);
      }
    })
  );
}

// src/stores/github-client.ts
var SERVICE = "github.actions.results.api.v1.CacheService";
var MAX_TWIRP_RESPONSE = 1024 * 1024;
var CacheServiceClient = class {
  constructor(settings) {
    this.settings = settings;
    this.transport = new Transport(settings.deadlines);
    this.base = new URL(settings.baseUrl.endsWith("/") ? settings.baseUrl : `${settings.baseUrl}/`);
    this.sizes = { ...BLOB_SIZES, ...settings.sizes };
  }
  settings;
  transport;
  base;
  sizes;
  get deadlines() {
    return this.settings.deadlines;
  }
  budget() {
    return new Budget(this.settings.deadlines.totalMs);
  }
  close() {
    this.transport.close();
  }
  /** The signed download URL of the entry matching `key` (or a restore-key prefix). */
  async lookup(key, version, restoreKeys, budget) {
    const answer = await this.twirp(
      "GetCacheEntryDownloadURL",
      { key, version, restore_keys: restoreKeys },
      budget
    );
    if (answer.ok !== true) return void 0;
    const url = answer.signed_download_url;
    const matchedKey = answer.matched_key;
    if (typeof url !== "string" || typeof matchedKey !== "string") {
      throw new CacheServiceError("GetCacheEntryDownloadURL: the answer names no entry");
    }
    return { url: parseSignedUrl(url, "GetCacheEntryDownloadURL"), matchedKey };
  }
  /** Reserves `key`; ConflictError when another job has it. */
  async create(key, version, budget) {
    const answer = await this.twirp("CreateCacheEntry", { key, version }, budget);
    if (answer.ok !== true || typeof answer.signed_upload_url !== "string") {
      throw new CacheServiceError(
        `CreateCacheEntry: the service did not reserve the entry${serviceMessage(answer)}`
      );
    }
    return parseSignedUrl(answer.signed_upload_url, "CreateCacheEntry");
  }
  async finalize(key, version, size, budget) {
    const answer = await this.twirp(
      "FinalizeCacheEntryUpload",
      { key, version, size_bytes: String(size) },
      budget
    );
    if (answer.ok !== true) {
      throw new CacheServiceError(
        `FinalizeCacheEntryUpload: the service did not accept the entry${serviceMessage(answer)}`
      );
    }
  }
  /** Uploads `body` as the blob behind a signed upload URL: one Put Blob, or blocks. */
  upload(url, body, budget) {
    return uploadBlob(this.transport, url, body, budget, this.sizes);
  }
  /** The blob behind a signed URL as a stream (github-blob.ts openDownload). */
  openDownload(url, budget) {
    return openDownload(this.transport, url, budget, this.sizes);
  }
  /** The blob behind a signed URL in memory (small blobs only). */
  downloadSmall(url, maxBytes, budget) {
    return downloadSmall(this.transport, url, maxBytes, budget);
  }
  async twirp(method, request, budget) {
    const url = new URL(`twirp/${SERVICE}/${method}`, this.base);
    return this.transport.withRetries(
      method,
      budget,
      () => this.transport.send({
        what: method,
        method: "POST",
        url,
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          authorization: `Bearer ${this.settings.token}`
        },
        body: Buffer.from(JSON.stringify(request)),
        budget,
        consume: async (res, moved) => {
          const status = res.statusCode ?? 0;
          const raw = await readLimited(res, MAX_TWIRP_RESPONSE, moved, method);
          let answer;
          try {
            answer = JSON.parse((raw ?? Buffer.alloc(0)).toString("utf8"));
          } catch {
            answer = void 0;
          }
          const object = typeof answer === "object" && answer !== null && !Array.isArray(answer) ? answer : void 0;
          if (status === 200 && object) return object;
          const code = typeof object?.code === "string" ? object.code : void 0;
          const msg = typeof object?.msg === "string" ? `: ${object.msg}` : "";
          const text = `${method}: ${status}${code ? ` ${code}` : ""}${msg}`;
          if (status === 409 || code === "already_exists") throw new ConflictError(text);
          const retryable = status === 429 || status >= 500 || status === 200 && !object;
          throw new CacheServiceError(
            status === 200 ? `${method}: the answer is not a JSON object` : text,
            retryable,
            retryAfter(res.headers["retry-after"])
          );
        }
      })
    );
  }
};
function parseSignedUrl(text, what) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new CacheServiceError(`${what}: the signed URL is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new CacheServiceError(`${what}: the signed URL is not http(s)`);
  }
  return url;
}
function serviceMessage(answer) {
  return typeof answer.message === "string" && answer.message !== "" ? ` (${answer.message})` : "";
}

// src/stores/github.ts
var PREFIX = "taskcache-v1";
var GITHUB_BLOB_VERSION = "00ea08139a31ccd188d1dcbf47452743da5029b1ec6acab0ce97822da84264bd";
var MAGIC = Buffer.from("TCGHBLB1", "latin1");
var HEADER_BYTES = MAGIC.length + 4 + 8;
var MAX_RECORD_BYTES = 64 * 1024 * 1024;
function encodeFrameHeader(recordBytes, archiveBytes) {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(recordBytes, MAGIC.length);
  header.writeBigUInt64BE(BigInt(archiveBytes), MAGIC.length + 4);
  return header;
}
function decodeFrameHeader(header, total) {
  if (header.length < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    return void 0;
  }
  const recordBytes = header.readUInt32BE(MAGIC.length);
  const archiveBytes = header.readBigUInt64BE(MAGIC.length + 4);
  if (recordBytes > MAX_RECORD_BYTES) return void 0;
  if (BigInt(HEADER_BYTES + recordBytes) + archiveBytes !== BigInt(total)) return void 0;
  return { recordBytes, archiveBytes: Number(archiveBytes) };
}
var GithubStore = class {
  constructor(options) {
    this.options = options;
    this.mode = options.mode;
    this.env = options.env ?? process.env;
    this.deadlines = { ...GITHUB_DEADLINES, ...options.deadlines };
  }
  options;
  /** The cache service's keys are immutable: an existing entry is kept. */
  replaces = false;
  name = "github";
  /** The bytes go over the network as they are: compressed archives are worth it. */
  compress = true;
  mode;
  /** The cache service a job talks to has no list or delete; GitHub's REST API has both. */
  capabilities = {
    list: false,
    delete: false,
    replace: false,
    note: "the cache service cannot list or delete: `taskcache ls --github` and `clear --github` use the REST API"
  };
  env;
  deadlines;
  service;
  get credentials() {
    return `ACTIONS_RUNTIME_TOKEN: ${this.env.ACTIONS_RUNTIME_TOKEN ? "present" : "not set"}`;
  }
  /** Closes idle connections. */
  close() {
    this.service?.close();
    this.service = void 0;
  }
  client() {
    if (this.service) return this.service;
    const baseUrl = this.env.ACTIONS_RESULTS_URL;
    const token = this.env.ACTIONS_RUNTIME_TOKEN;
    if (!baseUrl || !token) {
      throw new StoreError(
        this.name,
        "the GitHub cache service is not available in this environment (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are not both set)"
      );
    }
    if (this.env.ACTIONS_CACHE_SERVICE_V2 === void 0) {
      throw new StoreError(
        this.name,
        "only the GitHub cache service v2 is supported (ACTIONS_CACHE_SERVICE_V2 is not set; GitHub Enterprise Server uses v1)"
      );
    }
    this.service = new CacheServiceClient({
      baseUrl,
      token,
      deadlines: this.deadlines,
      ...this.options.sizes ? { sizes: this.options.sizes } : {}
    });
    return this.service;
  }
  entryKey(key) {
    return `${PREFIX}-${key}`;
  }
  pointerPrefix(task, scope) {
    return `${PREFIX}-latest-${blake3(`${scope}\0${task}`).slice(0, 32)}-`;
  }
  /** Runs one store call under one budget; every failure becomes this store's StoreError. */
  async call(operation) {
    const client = this.client();
    try {
      return await operation(client, client.budget());
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(this.name, redact(messageOf(error), this.env));
    }
  }
  async get(key) {
    return this.call(async (client, budget) => {
      const found = await client.lookup(this.entryKey(key), GITHUB_BLOB_VERSION, [], budget);
      if (found === void 0 || found.matchedKey !== this.entryKey(key)) return void 0;
      const { size, body } = await client.openDownload(found.url, budget);
      let frame;
      try {
        frame = await readFrame(body, size);
      } catch (error) {
        body.destroy();
        throw error;
      }
      if (frame === void 0) {
        body.destroy();
        return {
          recordText: "",
          openArchive: () => Promise.reject(new StoreError(this.name, "the entry is not a taskcache blob"))
        };
      }
      return {
        recordText: frame.recordText,
        openArchive: async () => {
          if (body.destroyed) throw new StoreError(this.name, "the download has stopped");
          return this.storeErrors(body);
        }
      };
    });
  }
  /** `source` passed on, its errors as this store's StoreError with nothing secret in them. */
  storeErrors(source) {
    const out = new PassThrough2({ highWaterMark: 1 << 20 });
    source.on(
      "error",
      (error) => out.destroy(new StoreError(this.name, redact(messageOf(error), this.env)))
    );
    out.on("close", () => {
      if (!source.readableEnded) source.destroy();
    });
    source.pipe(out);
    return out;
  }
  async has(key) {
    return this.call(async (client, budget) => {
      const found = await client.lookup(this.entryKey(key), GITHUB_BLOB_VERSION, [], budget);
      return found?.matchedKey === this.entryKey(key);
    });
  }
  async put(request) {
    return this.call(async (client, budget) => {
      const record = Buffer.from(request.recordText, "utf8");
      const key = this.entryKey(request.key);
      let url;
      try {
        url = await client.create(key, GITHUB_BLOB_VERSION, budget);
      } catch (error) {
        if (error instanceof ConflictError) return "exists";
        if (error instanceof CacheServiceError && !error.retryable) {
          const found = await client.lookup(key, GITHUB_BLOB_VERSION, [], budget).catch(() => void 0);
          if (found?.matchedKey === key) return "exists";
        }
        throw error;
      }
      const pointer = this.putPointer(client, request, record).catch(() => {
      });
      const size = record.length + request.archiveSize;
      await client.upload(
        url,
        {
          prefix: Buffer.concat([encodeFrameHeader(record.length, request.archiveSize), record]),
          file: request.archivePath,
          fileStart: 0,
          fileLength: request.archiveSize
        },
        budget
      );
      await client.finalize(key, GITHUB_BLOB_VERSION, HEADER_BYTES + size, budget);
      await pointer;
      return "saved";
    });
  }
  async putPointer(client, request, record) {
    const budget = client.budget();
    const stamp = `${Date.now().toString().padStart(15, "0")}-${randomBytes(3).toString("hex")}`;
    const key = `${this.pointerPrefix(request.task, request.scope)}${stamp}`;
    const url = await client.create(key, GITHUB_BLOB_VERSION, budget);
    const prefix = Buffer.concat([encodeFrameHeader(record.length, 0), record]);
    await client.upload(url, { prefix, file: "", fileStart: 0, fileLength: 0 }, budget);
    await client.finalize(key, GITHUB_BLOB_VERSION, prefix.length, budget);
  }
  async latestRecord(task, scope) {
    return this.call(async (client, budget) => {
      const prefix = this.pointerPrefix(task, scope);
      const found = await client.lookup(`${prefix}none`, GITHUB_BLOB_VERSION, [prefix], budget);
      if (found === void 0 || !found.matchedKey.startsWith(prefix)) return void 0;
      const blob = await client.downloadSmall(found.url, HEADER_BYTES + MAX_RECORD_BYTES, budget);
      if (blob === void 0) return void 0;
      const frame = decodeFrameHeader(blob, blob.length);
      if (frame === void 0) return void 0;
      return blob.subarray(HEADER_BYTES, HEADER_BYTES + frame.recordBytes).toString("utf8");
    });
  }
};
async function readFrame(body, size) {
  const header = await readExactly(body, HEADER_BYTES);
  if (header === void 0) return void 0;
  const frame = decodeFrameHeader(header, size);
  if (frame === void 0) return void 0;
  const record = await readExactly(body, frame.recordBytes);
  if (record === void 0) return void 0;
  return { recordText: record.toString("utf8") };
}
async function readExactly(stream, count) {
  if (count === 0) return Buffer.alloc(0);
  const chunks = [];
  let got = 0;
  while (got < count) {
    const chunk = stream.read();
    if (chunk !== null) {
      chunks.push(chunk);
      got += chunk.length;
      continue;
    }
    if (stream.errored) throw stream.errored;
    if (stream.readableEnded || stream.destroyed) return void 0;
    await new Promise((resolve5, reject) => {
      const settle = (error) => {
        stream.off("readable", settle);
        stream.off("end", settle);
        stream.off("error", settle);
        stream.off("close", settle);
        if (error instanceof Error) reject(error);
        else resolve5();
      };
      stream.on("readable", settle);
      stream.on("end", settle);
      stream.on("error", settle);
      stream.on("close", settle);
    });
  }
  const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  if (all.length > count) stream.unshift(all.subarray(count));
  return all.subarray(0, count);
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function redact(message, env = {}) {
  let text = message.replace(/\b(sig|se|sp|sv|st|skoid|sktid|skt|ske|sks|skv|sr|spr)=[^&\s"')]*/gi, "$1=***").replace(/(https?:\/\/[^\s?"')]*)\?[^\s"')]*/gi, "$1?***");
  const token = env.ACTIONS_RUNTIME_TOKEN;
  if (token && token.length >= 4) text = text.split(token).join("***");
  return text;
}

// src/action/guard-state.ts
import { existsSync, mkdirSync as mkdirSync2, readFileSync as readFileSync3, writeFileSync as writeFileSync2 } from "node:fs";
import * as os from "node:os";
import * as path5 from "node:path";
var nullGuardState = {
  get: () => void 0,
  set: () => {
  }
};
function guardStatePath(env, task) {
  const temp = env.RUNNER_TEMP || os.tmpdir();
  return path5.join(temp, "taskcache", "guard", `${encodeURIComponent(task)}.json`);
}
var FIELDS = ["key", "manifest", "hit", "startedAt"];
function readGuardState(value, task, hash) {
  const fail = (reason) => ({ ok: false, reason });
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail("not an object");
  }
  const fields = value;
  const extra = Object.keys(fields).find((field) => !FIELDS.includes(field));
  if (extra !== void 0) return fail(`unknown field ${JSON.stringify(extra)}`);
  const { key, hit, startedAt } = fields;
  if (!isKey(key)) return fail("key is not a 64-character key");
  if (typeof hit !== "boolean") return fail("hit is not true or false");
  if (typeof startedAt !== "number" || !Number.isFinite(startedAt) || startedAt < 0) {
    return fail("startedAt is not a time");
  }
  const manifest = readManifest(fields.manifest);
  if (!manifest.ok) return fail(manifest.reason);
  if (manifest.manifest.task !== task) {
    return fail(`manifest of task ${JSON.stringify(manifest.manifest.task)}`);
  }
  if (computeKey(manifest.manifest, hash) !== key)
    return fail("key is not the key of its manifest");
  return { ok: true, state: { key, manifest: manifest.manifest, hit, startedAt } };
}
function fileGuardState(options) {
  const file = guardStatePath(options.env, options.task);
  const ignore = (reason) => options.warn(
    `taskcache: ${options.task}: ignoring the restore step's state in ${file}, which is not valid (${reason})`
  );
  return {
    get() {
      if (!existsSync(file)) return void 0;
      let value;
      try {
        value = JSON.parse(readFileSync3(file, "utf8"));
      } catch {
        ignore("not JSON");
        return void 0;
      }
      const check = readGuardState(value, options.task, options.hash);
      if (check.ok) return check.state;
      ignore(check.reason);
      return void 0;
    },
    set(state) {
      mkdirSync2(path5.dirname(file), { recursive: true });
      writeFileSync2(file, JSON.stringify(state));
    }
  };
}

// src/action/trust.ts
import { existsSync as existsSync2, readFileSync as readFileSync4 } from "node:fs";
function readEvent(env) {
  if (!env.GITHUB_EVENT_PATH || !existsSync2(env.GITHUB_EVENT_PATH)) return void 0;
  try {
    return JSON.parse(readFileSync4(env.GITHUB_EVENT_PATH, "utf8"));
  } catch {
    return void 0;
  }
}
function isForkPullRequest(env) {
  const event = readEvent(env);
  if (!event) return false;
  const foreign = (repo) => !repo || repo.fork === true || repo.full_name !== env.GITHUB_REPOSITORY;
  const head = event.pull_request?.head;
  if (head) return foreign(head.repo);
  if (env.GITHUB_EVENT_NAME === "workflow_run" && event.workflow_run) {
    return foreign(event.workflow_run.head_repository);
  }
  return false;
}
var BASE_TRUST_EVENTS = ["pull_request_target", "workflow_run"];
function isUntrustedWithBaseTrust(env) {
  return BASE_TRUST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? "") && isForkPullRequest(env);
}

// src/action/setup.ts
function workspaceOf(env) {
  return path6.resolve(env.GITHUB_WORKSPACE || process.cwd());
}
async function setup(mode, env = process.env) {
  await initBlake3();
  const settings = readInputs({ needsCommand: mode === "run", env });
  let workspace = workspaceOf(env);
  let spec;
  let specs;
  const remoteSpecs = [];
  let plugins;
  let anchor = path6.join(workspace, "taskcache-action-inputs");
  if (settings.task !== void 0) {
    const loaded = loadConfig(path6.resolve(workspace, settings.config));
    workspace = loaded.workspace;
    anchor = loaded.file;
    specs = selectTasks(loaded, settings.tasks, { only: mode !== "run" });
    if (mode !== "run" && specs.length > 1) {
      throw new InputError([
        `input ${INPUT.task}: the restore and save steps take one task, got ${specs.map((s) => s.name).join(", ")}`
      ]);
    }
    spec = specs.at(-1);
    remoteSpecs.push(...configRemotes(loaded.config));
    plugins = { entries: loaded.config.stores ?? [], configFile: loaded.file };
  } else {
    spec = resolveTask(settings.name, settings.inline);
    specs = [spec];
  }
  const reporter = createActionReporter();
  const storeList = await buildStores(
    settings,
    remoteSpecs,
    plugins,
    env,
    (message) => reporter.warn(message)
  );
  const stores = new StoreSet(storeList, (message) => reporter.warn(message)).restrictedTo(
    settings.cache
  );
  const local = storeList[0] instanceof LocalStore ? storeList[0] : void 0;
  const tmpDir = path6.join(env.RUNNER_TEMP || os2.tmpdir(), "taskcache", "tmp");
  const engine = {
    workspace,
    env,
    platform: { os: os2.platform(), arch: os2.arch() },
    stores,
    // Without a git checkout the workflow's repository names the project, as its remote would.
    scope: await projectScope(
      anchor,
      env.GITHUB_REPOSITORY ? {
        remote: `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}`,
        root: workspaceOf(env)
      } : void 0
    ),
    tmpDir,
    ...local ? { stateDir: local.stateDir, runLog: local } : {},
    reporter,
    force: false,
    producer: producerFromEnv(env),
    signer: signerFromEnv(env),
    keyCommandMemo: new KeyCommandMemo(),
    hooks: runnerFileHooks(path6.join(tmpDir, `runner-files-${process.pid}`), env, {
      workspace: workspaceOf(env),
      notice: (message) => notice(message)
    })
  };
  const guardState = mode === "run" ? nullGuardState : fileGuardState({ env, task: spec.name, hash: blake3, warn: (m) => reporter.warn(m) });
  const report = reportPath(env);
  if (claimReport(report)) saveState(SUMMARY_STATE.owner, "true");
  saveState(SUMMARY_STATE.enabled, String(settings.summary));
  return { settings, spec, specs, engine, stores, report, guardState };
}
async function buildStores(settings, remoteSpecs, plugins, env, warn) {
  const mode = settings.cache;
  if (mode === "off") return [];
  const fork = isForkPullRequest(env) && !settings.saveUntrusted;
  const baseTrust = isUntrustedWithBaseTrust(env) && !settings.saveUntrusted;
  if (baseTrust && mode !== "read") {
    notice(
      `taskcache: ${env.GITHUB_EVENT_NAME} from a fork: the GitHub cache and remote caches are read-only (input ${INPUT.saveUntrusted}: true saves)`
    );
  } else if (fork && remoteSpecs.length + settings.remotes.length > 0) {
    info("taskcache: pull request from a fork: remote caches are read-only");
  }
  const stores = [new LocalStore(defaultCacheDir(env), mode)];
  stores.push(
    ...await remoteStores([...remoteSpecs, ...settings.remotes.map((url) => ({ url, mode }))], {
      env,
      warn,
      untrusted: fork
    })
  );
  if (plugins && plugins.entries.length > 0) {
    stores.push(
      ...await pluginStores(plugins.entries, {
        configFile: plugins.configFile,
        env,
        warn,
        untrusted: fork || baseTrust
      })
    );
  }
  const githubMode = baseTrust ? readOnly(mode) : mode;
  if (githubMode !== "off") stores.push(new GithubStore({ mode: githubMode }));
  return stores;
}

export {
  applyRunnerFiles,
  runnerFileHooks,
  noticeHit,
  workspaceOf,
  setup
};
