import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  defaultShell,
  require_picomatch
} from "./chunk-WCZ5FQDO.js";
import {
  STORE_DEADLINES,
  StoreError,
  canRead,
  canWrite,
  operationBoundMs
} from "./chunk-XJK27DBY.js";
import {
  ConfigError,
  UsageError
} from "./chunk-SQOTPS3B.js";
import {
  parseAge,
  parseSize
} from "./chunk-R3RWRY7A.js";
import {
  isAbsoluteAnywhere,
  normalizeWorkingDirectory,
  patternStaysInside
} from "./chunk-SM6SODOI.js";
import {
  SHELLS,
  STORE_MODES
} from "./chunk-N7M7VTR6.js";
import {
  __toESM
} from "./chunk-CUVSUTYU.js";

// src/engine/graph.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var isGlob = (pattern) => import_picomatch.default.scan(pattern).isGlob;
function matching(pattern, names, self) {
  if (!isGlob(pattern)) return names.includes(pattern) ? [pattern] : [];
  const match = (0, import_picomatch.default)(pattern, { dot: true });
  return names.filter((name) => name !== self && match(name));
}
function buildGraph(file, tasks) {
  const names = Object.keys(tasks);
  const issues = [];
  const deps = /* @__PURE__ */ new Map();
  for (const name of names) {
    const found = [];
    (tasks[name]["depends-on"] ?? []).forEach((pattern, i) => {
      const matched = matching(pattern, names, name);
      if (matched.length === 0) {
        issues.push({
          path: `tasks.${name}.depends-on[${i}]`,
          message: isGlob(pattern) ? `no other task matches "${pattern}"` : `unknown task "${pattern}" (tasks: ${names.join(", ")})`
        });
      }
      for (const dep of matched) if (!found.includes(dep)) found.push(dep);
    });
    deps.set(name, found);
  }
  if (issues.length > 0) throw new ConfigError(file, issues);
  const order = [];
  const state = /* @__PURE__ */ new Map();
  const visit = (name, trail) => {
    const seen = state.get(name);
    if (seen === "done") return;
    if (seen === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(name)), name];
      throw new ConfigError(file, [
        {
          path: `tasks.${cycle[0]}.depends-on`,
          message: `a cycle of dependencies: ${cycle.join(" -> ")}`
        }
      ]);
    }
    state.set(name, "visiting");
    for (const dep of deps.get(name)) visit(dep, [...trail, name]);
    state.set(name, "done");
    order.push(name);
  };
  for (const name of names) visit(name, []);
  return { order, deps };
}
function withDependencies(graph, names) {
  const out = /* @__PURE__ */ new Set();
  const add = (name) => {
    if (out.has(name)) return;
    out.add(name);
    for (const dep of graph.deps.get(name) ?? []) add(dep);
  };
  for (const name of names) add(name);
  return out;
}
function selectNames(graph, tasks, file, selection) {
  const all = graph.order;
  const filters = selection.filters ?? [];
  const picked = /* @__PURE__ */ new Set();
  const withDeps = /* @__PURE__ */ new Set();
  const unknown = [];
  const missing = [];
  for (const pattern of selection.names) {
    const matched = matching(pattern, [...all], "");
    if (matched.length === 0) (isGlob(pattern) ? missing : unknown).push(`"${pattern}"`);
    for (const name of matched) picked.add(name);
  }
  for (const written of filters) {
    const deps = written.endsWith("...");
    const raw = deps ? written.slice(0, -3) : written;
    const dir = normalizeWorkingDirectory(raw.replace(/\/+$/, "") || ".") ?? raw;
    const matched = all.filter((name) => {
      const cwd = normalizeWorkingDirectory(tasks[name]["working-directory"]) ?? ".";
      return dir === "." || cwd === dir || cwd.startsWith(`${dir}/`);
    });
    if (matched.length === 0) missing.push(`--filter ${written}`);
    for (const name of matched) (deps ? withDeps : picked).add(name);
  }
  if (unknown.length + missing.length > 0) {
    const problems = [
      ...unknown.length > 0 ? [`unknown task${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}`] : [],
      ...missing.length > 0 ? [`no task matches ${missing.join(", ")}`] : []
    ];
    throw new UsageError(`${problems.join("; ")} in ${file} (tasks: ${all.join(", ") || "none"})`);
  }
  if (selection.names.length === 0 && filters.length === 0) return [...all];
  const chosen = /* @__PURE__ */ new Set([
    ...selection.only ? picked : withDependencies(graph, picked),
    ...withDependencies(graph, withDeps)
  ]);
  return all.filter((name) => chosen.has(name));
}

// src/engine/config-file.ts
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync } from "node:fs";
import * as path from "node:path";

// src/adapters/state-touch.ts
import { lutimesSync } from "node:fs";
function touchUsed(file) {
  const now = Date.now() / 1e3;
  try {
    lutimesSync(file, now, now);
  } catch {
  }
}

// src/engine/config-kept.ts
var TASK_NAME = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;
var isMapping = (value) => value !== null && typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
function fields(value, checks) {
  if (!isMapping(value)) return false;
  for (const key of Object.keys(value)) if (!Object.hasOwn(checks, key)) return false;
  for (const [key, check] of Object.entries(checks)) {
    if (!check(Object.hasOwn(value, key) ? value[key] : void 0)) return false;
  }
  return true;
}
var optional = (check) => (field) => field === void 0 || check(field);
var isString = (field) => typeof field === "string";
var nonEmpty = (field) => isString(field) && field.length > 0;
var isBoolean = (field) => typeof field === "boolean";
var oneOf = (values) => (field) => isString(field) && values.includes(field);
var nonEmptyList = (field) => Array.isArray(field) && field.every(nonEmpty);
var storeMode = oneOf(STORE_MODES);
function insidePattern(cwd, pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  const home = body === "~" || body.startsWith("~/") || body.startsWith("~\\");
  return !home && !isAbsoluteAnywhere(body) && patternStaysInside(cwd, pattern);
}
var insidePatterns = (cwd) => (field) => nonEmptyList(field) && field.every((pattern) => insidePattern(cwd, pattern));
function task(value) {
  if (!isMapping(value)) return false;
  const dir = value["working-directory"];
  if (!isString(dir) || dir === "~" || dir.startsWith("~/") || dir.startsWith("~\\")) return false;
  const cwd = normalizeWorkingDirectory(dir);
  if (cwd === void 0) return false;
  return fields(value, {
    run: nonEmpty,
    inputs: insidePatterns(cwd),
    outputs: insidePatterns(cwd),
    env: nonEmptyList,
    "key-commands": nonEmptyList,
    "depends-on": nonEmptyList,
    "key-salt": isString,
    "working-directory": isString,
    shell: optional(oneOf(SHELLS)),
    redact: nonEmptyList,
    "clean-outputs": isBoolean,
    "allow-external-links": isBoolean,
    cache: optional(storeMode)
  });
}
var remote = (value) => nonEmpty(value) || fields(value, {
  url: nonEmpty,
  mode: storeMode,
  timeout: optional((t) => isString(t) && (parseAge(t) ?? 0) > 0),
  retries: optional((n) => Number.isSafeInteger(n) && n >= 0 && n <= 10)
});
var pluginStore = (value) => nonEmpty(value) || fields(value, {
  module: nonEmpty,
  mode: storeMode,
  // The schema's record leaves out a "__proto__" key: such options are not taken as they are.
  options: optional((options) => isMapping(options) && !Object.hasOwn(options, "__proto__"))
});
var CONFIG_CHECKS = {
  $schema: optional(isString),
  defaults: optional(
    (value) => fields(value, {
      inputs: optional(insidePatterns(".")),
      env: optional(nonEmptyList),
      "key-commands": optional(nonEmptyList),
      redact: optional(nonEmptyList),
      "key-salt": optional(isString),
      shell: optional(oneOf(SHELLS)),
      "clean-outputs": optional(isBoolean),
      "allow-external-links": optional(isBoolean)
    })
  ),
  tasks: (tasks) => isMapping(tasks) && Object.entries(tasks).every(([name, value]) => TASK_NAME.test(name) && task(value)),
  "max-size": optional((size) => isString(size) && parseSize(size) !== void 0),
  "max-age": optional((age) => isString(age) && parseAge(age) !== void 0),
  remote: optional(remote),
  remotes: optional((list) => Array.isArray(list) && list.every(remote)),
  stores: optional((list) => Array.isArray(list) && list.every(pluginStore))
};

// src/engine/signing.ts
import { createRequire } from "node:module";
var SIGNING_KEY_ENV = "TASKCACHE_SIGNING_KEY";
function signerFromEnv(env) {
  const secret = env[SIGNING_KEY_ENV];
  if (!secret) return void 0;
  const { createHmac, timingSafeEqual } = createRequire(import.meta.url)(
    "node:crypto"
  );
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
function resolveTask(name, task2) {
  return {
    name,
    command: task2.run,
    shell: task2.shell ?? defaultShell(),
    // Validated by the schema already.
    cwd: normalizeWorkingDirectory(task2["working-directory"]) ?? ".",
    inputs: task2.inputs,
    outputs: task2.outputs,
    env: task2.env,
    keyCommands: task2["key-commands"],
    salt: task2["key-salt"],
    redact: task2.redact,
    cleanOutputs: task2["clean-outputs"],
    allowExternalLinks: task2["allow-external-links"],
    ...task2.cache !== void 0 && task2.cache !== "read-write" ? { cache: task2.cache } : {}
  };
}
function selectTasks(loaded, names, options = {}) {
  const tasks = loaded.config.tasks;
  const graph = buildGraph(loaded.file, tasks);
  const selected = selectNames(graph, tasks, loaded.file, { ...options, names });
  const specs = new Map(graph.order.map((name) => [name, resolveTask(name, tasks[name])]));
  return selected.map((name) => {
    const spec = specs.get(name);
    const dependsOn = graph.deps.get(name) ?? [];
    if (dependsOn.length === 0) return spec;
    const upstream = dependsOn.map((dep) => {
      const { cwd, outputs } = specs.get(dep);
      return { task: dep, cwd, outputs };
    });
    return { ...spec, dependsOn, upstream };
  });
}

// src/engine/stores.ts
import { pipeline, Readable, Transform } from "node:stream";
var BACKSTOP_GRACE_MS = 5e3;
var CACHE_ENV = "TASKCACHE_CACHE";
function stricterMode(a, b) {
  const read = canRead(a) && canRead(b);
  const write = canWrite(a) && canWrite(b);
  return read ? write ? "read-write" : "read" : write ? "write" : "off";
}
var operationBounds = /* @__PURE__ */ new WeakMap();
function setOperationBound(store, operationMs) {
  operationBounds.set(store, operationMs);
}
function defaultBackstop(bytes, store) {
  const own = store === void 0 ? void 0 : operationBounds.get(store);
  const deadlines = own === void 0 ? STORE_DEADLINES : { ...STORE_DEADLINES, operationMs: own };
  return operationBoundMs(bytes, deadlines) + BACKSTOP_GRACE_MS;
}
var StoreSet = class _StoreSet {
  constructor(stores, warn, backstopMs = defaultBackstop) {
    this.stores = stores;
    this.warn = warn;
    this.backstopMs = backstopMs;
  }
  stores;
  warn;
  backstopMs;
  /** Where archive transfers are reported (a terminal's progress line); none by default. */
  progress;
  down = /* @__PURE__ */ new Set();
  /** One message per store that failed during the run. */
  failures = [];
  /** What this view of the set may do, beside each store's own mode (see restrictedTo). */
  allowed = "read-write";
  /** The mode this view allows (a run-wide or task mode); each store's own mode applies too. */
  get mode() {
    return this.allowed;
  }
  /**
   * A view of the same stores that does at most what `mode` allows: a store switched off in
   * one view is off in every view of the set.
   */
  restrictedTo(mode) {
    const allowed = stricterMode(this.allowed, mode);
    if (allowed === this.allowed) return this;
    const view = new _StoreSet(this.stores, this.warn, this.backstopMs);
    view.down = this.down;
    view.failures = this.failures;
    view.allowed = allowed;
    view.progress = this.progress;
    return view;
  }
  readable() {
    if (!canRead(this.allowed)) return [];
    return this.stores.filter((s) => canRead(s.mode) && !this.down.has(s));
  }
  writable() {
    if (!canWrite(this.allowed)) return [];
    return this.stores.filter((s) => canWrite(s.mode) && !this.down.has(s));
  }
  /**
   * Runs `operation` against `store`; a failure, or no answer within the backstop for a call
   * moving `bytes`, switches the store off and yields undefined.
   */
  async attempt(store, what, operation, bytes = 0) {
    if (this.down.has(store)) return void 0;
    const limit = this.backstopMs(bytes, store);
    let timer;
    const backstop = new Promise((resolve2) => {
      timer = setTimeout(() => resolve2(TIMED_OUT), limit);
    });
    const transfer = what === "write" ? this.progress?.("save", store.name, bytes) : void 0;
    let ok = false;
    try {
      const pending = operation();
      pending.catch(() => {
      });
      const outcome = await Promise.race([pending, backstop]);
      ok = outcome !== TIMED_OUT;
      if (outcome === TIMED_OUT) {
        this.fail(store, `${what}: no answer within ${Math.round(limit / 1e3)} s`);
        await Promise.resolve(store.close?.()).catch(() => {
        });
        return void 0;
      }
      return outcome;
    } catch (error) {
      this.fail(store, `${what}: ${messageOf(error)}`);
      return void 0;
    } finally {
      clearTimeout(timer);
      transfer?.end(ok);
    }
  }
  fail(store, message) {
    if (this.down.has(store)) return;
    this.down.add(store);
    this.failures.push(`${store.name}: ${message}`);
    this.warn(
      `cache store ${store.name} failed (${message}); not using it for the rest of this run`
    );
  }
  get(store, key) {
    return this.attempt(store, "read", async () => {
      const entry = await store.get(key);
      return entry === void 0 ? void 0 : this.watched(store, entry);
    });
  }
  /**
   * The entry, with its archive's opening under the backstop, and its reading too: silence
   * for the backstop while the reader waits errors the stream and switches the store off.
   * Other errors pass as they are (an archive gone from a store is the engine's to judge).
   */
  watched(store, entry) {
    const limit = this.backstopMs(0, store);
    const timedOut = (what) => {
      const message = `${what}: no answer within ${Math.round(limit / 1e3)} s`;
      this.fail(store, message);
      void Promise.resolve(store.close?.()).catch(() => {
      });
      return new StoreError(store.name, `${store.name}: ${message}`);
    };
    return {
      // Made only when asked for: a store that read bytes gives those, and the text may be unused.
      get recordText() {
        return entry.recordText;
      },
      get recordBytes() {
        return entry.recordBytes;
      },
      releaseRecord: () => entry.releaseRecord?.(),
      ...entry.archiveFile !== void 0 ? { archiveFile: entry.archiveFile } : {},
      openArchive: async () => {
        if (this.down.has(store)) {
          throw new StoreError(store.name, `${store.name}: switched off for this run`);
        }
        let timer;
        const backstop = new Promise((resolve2) => {
          timer = setTimeout(() => resolve2(TIMED_OUT), limit);
        });
        try {
          const pending = entry.openArchive();
          pending.then(
            (stream) => {
              if (this.down.has(store)) stream.destroy();
            },
            () => {
            }
          );
          const opened = await Promise.race([pending, backstop]);
          if (opened === TIMED_OUT) throw timedOut("read archive");
          const guarded = silenceGuard(opened, limit, () => timedOut("read archive"));
          return this.progress ? counted(guarded, this.progress("restore", store.name, void 0)) : guarded;
        } finally {
          clearTimeout(timer);
        }
      }
    };
  }
  /** Saves to every writable store at once; the stores that took it. */
  saveAll(request) {
    return this.putAll(this.writable(), request);
  }
  async putAll(targets, request) {
    const saved = await Promise.all(
      targets.map(async (store) => {
        const outcome = await this.attempt(
          store,
          "write",
          () => store.put(request),
          request.archiveSize
        );
        return outcome === void 0 ? void 0 : store;
      })
    );
    return saved.filter((s) => s !== void 0);
  }
};
var TIMED_OUT = /* @__PURE__ */ Symbol("timed out");
function silenceGuard(source, limitMs, onSilence) {
  let timer;
  let ended = false;
  const stop = () => {
    clearTimeout(timer);
    timer = void 0;
  };
  const out = new Readable({
    read() {
      if (ended) return;
      stop();
      timer = setTimeout(() => {
        if (!out.destroyed) out.destroy(onSilence());
      }, limitMs);
      source.resume();
    },
    destroy(error, callback) {
      stop();
      if (!ended) source.destroy();
      callback(error);
    }
  });
  source.on("data", (chunk) => {
    stop();
    if (!out.push(chunk)) source.pause();
  });
  source.on("end", () => {
    ended = true;
    stop();
    out.push(null);
  });
  source.on("error", (error) => {
    stop();
    if (!out.destroyed) out.destroy(error);
  });
  source.on("close", () => {
    stop();
    if (!ended && !out.destroyed) out.destroy(new Error("the archive closed before its end"));
  });
  source.pause();
  return out;
}
function counted(source, transfer) {
  const out = new Transform({
    transform(chunk, _encoding, callback) {
      transfer.add(chunk.length);
      callback(null, chunk);
    }
  });
  pipeline(source, out, (error) => transfer.end(!error));
  return out;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  touchUsed,
  buildGraph,
  signerFromEnv,
  findConfig,
  resolveTask,
  selectTasks,
  CACHE_ENV,
  stricterMode,
  setOperationBound,
  StoreSet,
  messageOf
};
