import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  endGroup,
  getInput,
  getState,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  startGroup,
  summary,
  warning
} from "./chunk-GKFFIMUJ.js";
import {
  LocalStore,
  StoreSet,
  computeTaskKey,
  defaultCacheDir,
  dryRunTask,
  explainMiss,
  keyTask,
  outputBytes,
  restore,
  runTask,
  save
} from "./chunk-CK2HX5CK.js";
import {
  StoreError,
  isKey
} from "./chunk-SIPIBT5M.js";
import {
  UsageError,
  loadConfig,
  resolveTask,
  selectTasks,
  validateConfig
} from "./chunk-2QM55LJL.js";
import {
  formatBytes,
  formatDuration
} from "./chunk-H3XAUK45.js";
import {
  writeFileAtomic
} from "./chunk-Q4WV3LEH.js";
import {
  SHELLS,
  STORE_MODES,
  configRemotes
} from "./chunk-N7M7VTR6.js";
import {
  blake3,
  initBlake3
} from "./chunk-UDF6BDGM.js";

// src/action/action.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync3, readFileSync as readFileSync3, writeFileSync as writeFileSync3 } from "node:fs";
import * as os from "node:os";
import * as path4 from "node:path";

// src/core/summary.ts
var REPORT_VERSION = 1;
function totals(rows) {
  const hits = rows.filter((r) => r.status === "hit");
  return {
    tasks: rows.length,
    hits: hits.length,
    hitRate: rows.length === 0 ? 0 : hits.length / rows.length,
    timeSavedMs: rows.reduce((sum, r) => sum + r.timeSavedMs, 0),
    bytesRestored: hits.reduce((sum, r) => sum + r.bytes, 0),
    bytesSaved: rows.filter((r) => r.status === "miss").reduce((sum, r) => sum + r.bytes, 0)
  };
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
var RESULT = { hit: "\u2705 hit", miss: "\u26AA miss", failed: "\u274C failed" };
function renderSummary(rows, title = "taskcache") {
  const withJob = rows.some((r) => r.job !== void 0);
  const header = [
    ...withJob ? ["Job"] : [],
    "Task",
    "Result",
    "Source",
    "Duration",
    "Time saved",
    "Size",
    "Reason"
  ];
  const lines = [
    `### ${title}`,
    "",
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`
  ];
  for (const row of rows) {
    const cells = [
      ...withJob ? [row.job ?? ""] : [],
      row.task,
      RESULT[row.status],
      row.source ?? "\u2014",
      formatDuration(row.durationMs),
      row.status === "hit" ? formatDuration(row.timeSavedMs) : "\u2014",
      row.bytes > 0 ? formatBytes(row.bytes) : "\u2014",
      row.status === "hit" ? "" : row.reason ?? ""
    ];
    lines.push(`| ${cells.map(cell).join(" | ")} |`);
  }
  const t = totals(rows);
  lines.push(
    "",
    `**Hit rate:** ${t.hits} of ${t.tasks} (${(t.hitRate * 100).toFixed(0)} %) \xB7 **time saved:** ${formatDuration(t.timeSavedMs)} \xB7 **restored:** ${formatBytes(t.bytesRestored)} \xB7 **saved:** ${formatBytes(t.bytesSaved)}`,
    ""
  );
  return lines.join("\n");
}
function asReport(value) {
  if (value === null || typeof value !== "object") return void 0;
  const report = value;
  if (report.version !== REPORT_VERSION || !Array.isArray(report.rows)) return void 0;
  return report;
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

// src/engine/remotes.ts
function readOnly(mode) {
  if (mode === "read-write") return "read";
  if (mode === "write") return "off";
  return mode;
}
async function remoteStores(specs, options) {
  if (specs.length === 0) return [];
  const { createRemoteStore, RemoteUrlError, redactUrl } = await import("./remote-IGL425A5.js");
  const stores = [];
  for (const spec of specs) {
    const mode = options.untrusted ? readOnly(spec.mode) : spec.mode;
    if (mode === "off") continue;
    try {
      stores.push(
        await createRemoteStore(spec.url, { mode, env: options.env, warn: options.warn })
      );
    } catch (error) {
      const message = error.message;
      throw new UsageError(
        error instanceof RemoteUrlError ? message : `remote ${redactUrl(spec.url)}: ${message}`
      );
    }
  }
  return stores;
}

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
  return {
    sign: mac,
    verify(key, digest, signature) {
      const expected = Buffer.from(mac(key, digest));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    }
  };
}

// src/stores/github.ts
import { randomBytes } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import * as path from "node:path";
var ENTRY_DIR = ".taskcache-tmp-github";
var PREFIX = "taskcache-v1";
var GithubStore = class {
  constructor(options) {
    this.options = options;
    this.mode = options.mode;
  }
  options;
  name = "github";
  compress = false;
  mode;
  cache;
  async client() {
    this.cache ??= await import("./cache-OMRVRHC2.js");
    if (!this.cache.isFeatureAvailable()) {
      throw new StoreError(
        this.name,
        "the GitHub cache service is not available in this environment"
      );
    }
    return this.cache;
  }
  entryKey(key) {
    return `${PREFIX}-${key}`;
  }
  manifestPrefix(task, scope) {
    return `${PREFIX}-latest-${blake3(`${scope}\0${task}`).slice(0, 32)}-`;
  }
  /**
   * Runs a client call with its console output captured: the warnings it logs become a thrown
   * StoreError; its other lines are kept for the caller and passed on as debug output.
   */
  async call(what, operation) {
    const cache = await this.client();
    const warnings = [];
    const lines = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk) => {
      const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
      for (const line of text.split(/\r?\n/)) {
        if (line.startsWith("::warning"))
          warnings.push(line.replace(/^::warning[^:]*::/, "").trim());
        else if (line.startsWith("::")) write.call(process.stdout, `${line}
`);
        else if (line.trim() !== "") lines.push(line);
      }
      return true;
    });
    let result;
    try {
      result = await operation(cache);
    } catch (error) {
      throw new StoreError(this.name, `${what}: ${error.message}`);
    } finally {
      process.stdout.write = write;
      for (const line of lines) write.call(process.stdout, `::debug::${line}
`);
    }
    if (warnings.length > 0) throw new StoreError(this.name, `${what}: ${warnings.join("; ")}`);
    return { result, lines };
  }
  dir() {
    return path.join(this.options.workspace, ENTRY_DIR);
  }
  async clean() {
    await rm(this.dir(), { recursive: true, force: true });
  }
  downloadOptions() {
    const timeout = this.options.timeoutMs ?? 6e4;
    return { segmentTimeoutInMs: timeout, timeoutInMs: timeout };
  }
  async get(key) {
    await this.clean();
    const { result: matched } = await this.call(
      "restore",
      (cache) => cache.restoreCache([ENTRY_DIR], this.entryKey(key), [], this.downloadOptions())
    );
    if (matched === void 0) return void 0;
    if (matched !== this.entryKey(key)) {
      throw new StoreError(this.name, `restore returned another key (${matched})`);
    }
    const dir = this.dir();
    const recordText = await readFile(path.join(dir, "record.json"), "utf8").catch(() => void 0);
    if (recordText === void 0) {
      await this.clean();
      throw new StoreError(this.name, "restored entry has no record");
    }
    return {
      recordText,
      openArchive: async () => {
        const stream = createReadStream(path.join(dir, "archive"));
        stream.on("close", () => void this.clean());
        return stream;
      }
    };
  }
  async has(key) {
    const { result: matched } = await this.call(
      "lookup",
      (cache) => cache.restoreCache([ENTRY_DIR], this.entryKey(key), [], { lookupOnly: true })
    );
    return matched === this.entryKey(key);
  }
  async put(request) {
    const dir = this.dir();
    await this.clean();
    await mkdir(dir, { recursive: true });
    try {
      await copyFile(request.archivePath, path.join(dir, "archive"));
      await writeFile(path.join(dir, "record.json"), request.recordText);
      const id = await this.saveQuietly([ENTRY_DIR], this.entryKey(request.key));
      if (id === "exists") return "exists";
      await rm(path.join(dir, "archive"));
      const stamp = `${Date.now().toString().padStart(15, "0")}-${randomBytes(3).toString("hex")}`;
      await this.saveQuietly(
        [ENTRY_DIR],
        `${this.manifestPrefix(request.task, request.scope)}${stamp}`
      ).catch((error) => {
        process.stdout.write(
          `::debug::taskcache: manifest pointer not saved: ${error.message}
`
        );
      });
      return "saved";
    } finally {
      await this.clean();
    }
  }
  /**
   * saveCache. A conflict (another job saving the same key) means the entry exists; the
   * client reports it as a warning or an info line depending on the path it took.
   */
  async saveQuietly(paths, key) {
    const conflict = /another job may be creating this cache|already exists/i;
    let failure;
    try {
      const { result: id, lines } = await this.call("save", (cache) => cache.saveCache(paths, key));
      if (id !== -1) return "saved";
      failure = lines.find((line) => conflict.test(line)) ?? lines.at(-1) ?? "the cache service did not accept the entry";
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      failure = error.message.replace(/^save: /, "");
    }
    if (conflict.test(failure)) return "exists";
    throw new StoreError(this.name, `save: ${failure}`);
  }
  async latestRecord(task, scope) {
    await this.clean();
    const prefix = this.manifestPrefix(task, scope);
    try {
      const { result: matched } = await this.call(
        "lookup",
        (cache) => cache.restoreCache([ENTRY_DIR], `${prefix}none`, [prefix], this.downloadOptions())
      );
      if (matched === void 0) return void 0;
      const file = path.join(this.dir(), "record.json");
      return existsSync(file) ? await readFile(file, "utf8") : void 0;
    } finally {
      await this.clean();
    }
  }
};

// src/action/inputs.ts
var INPUT = {
  run: "run",
  task: "task",
  name: "name",
  config: "config",
  inputs: "inputs",
  outputs: "outputs",
  env: "env",
  keyCommands: "key-commands",
  keySalt: "key-salt",
  workingDirectory: "working-directory",
  shell: "shell",
  cache: "cache",
  lookupOnly: "lookup-only",
  summary: "summary",
  failOnCacheError: "fail-on-cache-error",
  remote: "remote",
  key: "key"
};
var OUTPUT = {
  cacheHit: "cache-hit",
  key: "key",
  source: "source",
  timeSavedMs: "time-saved-ms",
  reportPath: "report-path"
};
function splitList(text) {
  const items = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (char === "{") depth += 1;
    if (char === "}") depth = Math.max(0, depth - 1);
    if (char === "\n" || char === "," && depth === 0) {
      items.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== "");
}
var InputError = class extends Error {
  constructor(problems) {
    super(`invalid inputs:
${problems.map((p) => `  ${p}`).join("\n")}`);
    this.problems = problems;
  }
  problems;
  name = "InputError";
};
var defaultReader = (name) => getInput(name);
function parseBoolean(problems, name, raw, fallback) {
  if (raw === "") return fallback;
  const lower = raw.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  problems.push(`input ${name}: expected true or false, got "${raw}"`);
  return fallback;
}
function defaultTaskName(env) {
  const job = env.GITHUB_JOB || "task";
  const step = env.GITHUB_ACTION;
  return step && !step.startsWith("__") ? `${job}.${step}` : job;
}
function readInputs(options) {
  const read = options.read ?? defaultReader;
  const env = options.env ?? process.env;
  const problems = [];
  const task = read(INPUT.task) || void 0;
  const run = read(INPUT.run);
  const inlineFields = [
    INPUT.run,
    INPUT.inputs,
    INPUT.outputs,
    INPUT.env,
    INPUT.keyCommands,
    INPUT.keySalt,
    INPUT.workingDirectory,
    INPUT.shell
  ];
  const cacheRaw = read(INPUT.cache) || "read-write";
  const cacheValid = STORE_MODES.includes(cacheRaw);
  if (!cacheValid) {
    problems.push(
      `input ${INPUT.cache}: expected one of ${STORE_MODES.join(", ")}, got "${cacheRaw}"`
    );
  }
  const cache = cacheValid ? cacheRaw : "read-write";
  let inline;
  const name = read(INPUT.name) || task || defaultTaskName(env);
  if (task !== void 0) {
    const clashing = inlineFields.filter((field) => read(field) !== "");
    for (const field of clashing) {
      problems.push(`input ${field}: not allowed with "task" (the task's config file defines it)`);
    }
  } else if (run === "" && options.needsCommand) {
    problems.push(
      `input ${INPUT.run}: expected a command (or give "task" to use a task of the config file)`
    );
  } else {
    const shellRaw = read(INPUT.shell);
    const raw = {
      run: run || "(guarded steps)",
      inputs: splitList(read(INPUT.inputs)),
      outputs: splitList(read(INPUT.outputs)),
      env: splitList(read(INPUT.env)),
      "key-commands": read(INPUT.keyCommands).split("\n").map((line) => line.trim()).filter(Boolean),
      "key-salt": read(INPUT.keySalt),
      "working-directory": read(INPUT.workingDirectory) || ".",
      ...shellRaw ? { shell: shellRaw } : {}
    };
    const result = validateConfig({ tasks: { [name]: raw } });
    if (result.ok) {
      inline = result.config.tasks[name];
    } else {
      for (const issue of result.issues) {
        const field = issue.path.replace(/^tasks(\.[^.[]+|\["[^"]*"\])\.?/, "") || INPUT.name;
        const message = field === INPUT.shell ? `expected one of ${SHELLS.join(", ")}` : issue.message;
        problems.push(`input ${field}: ${message}`);
      }
    }
  }
  const settings = {
    task,
    name,
    config: read(INPUT.config) || "taskcache.yml",
    inline,
    cache,
    lookupOnly: parseBoolean(problems, INPUT.lookupOnly, read(INPUT.lookupOnly), false),
    summary: parseBoolean(problems, INPUT.summary, read(INPUT.summary), true),
    failOnCacheError: parseBoolean(
      problems,
      INPUT.failOnCacheError,
      read(INPUT.failOnCacheError),
      false
    ),
    remotes: splitList(read(INPUT.remote)),
    key: read(INPUT.key) || void 0
  };
  if (problems.length > 0) throw new InputError(problems);
  return settings;
}

// src/action/report-file.ts
import { existsSync as existsSync2, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path2 from "node:path";
function reportPath(env) {
  const temp = env.RUNNER_TEMP || path2.join(env.GITHUB_WORKSPACE || process.cwd(), ".taskcache-tmp-report");
  return path2.join(temp, "taskcache", "report.json");
}
function readReport(file) {
  if (!existsSync2(file)) return { version: REPORT_VERSION, rows: [] };
  try {
    return asReport(JSON.parse(readFileSync(file, "utf8"))) ?? { version: REPORT_VERSION, rows: [] };
  } catch {
    return { version: REPORT_VERSION, rows: [] };
  }
}
function claimReport(file) {
  if (existsSync2(file)) return false;
  mkdirSync(path2.dirname(file), { recursive: true });
  try {
    writeFileSync(file, JSON.stringify({ version: REPORT_VERSION, rows: [] }), { flag: "wx" });
    return true;
  } catch {
    return false;
  }
}
function recordRow(file, row, options = {}) {
  const report = readReport(file);
  const rows = options.replace ? report.rows.filter((r) => !(r.task === row.task && r.key === row.key)) : report.rows;
  const next = { version: REPORT_VERSION, rows: [...rows, row] };
  writeFileAtomic(file, `${JSON.stringify(next, null, 2)}
`);
}

// src/action/reporter.ts
function createActionReporter() {
  return {
    live: { stdout: process.stdout, stderr: process.stderr },
    warn(message) {
      warning(message);
    },
    miss(task, key, reason) {
      info(
        `taskcache: ${task.name}: miss (${reason}), key ${key.slice(0, 12)}; running: ${task.command}`
      );
    },
    hit(task, key, source, record, log) {
      const from = record.producer.runUrl ? ` from ${record.producer.runUrl}` : "";
      const header = `taskcache: ${task.name}: hit from ${source} \u2014 cached${from} on ${record.createdAt}, took ${formatDuration(record.durationMs)}`;
      notice(
        `${task.name}: restored from ${source}, saved ~${formatDuration(record.durationMs)} (key ${key.slice(0, 12)})`
      );
      startGroup(header);
      process.stdout.write(log);
      if (log.length > 0 && log[log.length - 1] !== 10) process.stdout.write("\n");
      endGroup();
    },
    done(result) {
      if (result.status === "miss") {
        const where = result.savedTo.length > 0 ? `saved to ${result.savedTo.join(", ")}` : "not saved";
        info(`taskcache: ${result.task}: ${where}`);
      }
    }
  };
}

// src/action/runner-files.ts
import { appendFileSync, mkdirSync as mkdirSync2, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import * as path3 from "node:path";
var FILES = {
  output: "GITHUB_OUTPUT",
  env: "GITHUB_ENV",
  path: "GITHUB_PATH",
  summary: "GITHUB_STEP_SUMMARY"
};
var PRIVATE = [
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_CACHE_SERVICE_V2",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "GITHUB_STATE"
];
function commandEnv(env) {
  const out = {};
  for (const [name, value] of Object.entries(env)) {
    if (PRIVATE.includes(name) || name.startsWith("INPUT_") || name.startsWith("STATE_")) continue;
    out[name] = value;
  }
  return out;
}
function applyRunnerFiles(files, env) {
  for (const [field, variable] of Object.entries(FILES)) {
    const target = env[variable];
    const text = files[field];
    if (target && text) appendFileSync(target, text.endsWith("\n") ? text : `${text}
`);
  }
}
function runnerFileHooks(dir, env) {
  mkdirSync2(dir, { recursive: true });
  const own = Object.fromEntries(
    Object.entries(FILES).map(([field, variable]) => [
      field,
      path3.join(dir, variable.toLowerCase())
    ])
  );
  return {
    prepare(base) {
      const childEnv = commandEnv(base);
      for (const [field, variable] of Object.entries(FILES)) {
        writeFileSync2(own[field], "");
        childEnv[variable] = own[field];
      }
      return childEnv;
    },
    collect() {
      const read = (field) => readFileSync2(own[field], "utf8");
      const files = {
        output: read("output"),
        env: read("env"),
        path: read("path"),
        summary: read("summary")
      };
      applyRunnerFiles(files, env);
      return files;
    },
    apply(files) {
      applyRunnerFiles(files, env);
    }
  };
}

// src/action/action.ts
var STATE = { summaryOwner: "summary-owner", summary: "summary" };
function isForkPullRequest(env) {
  if (!env.GITHUB_EVENT_PATH || !existsSync3(env.GITHUB_EVENT_PATH)) return false;
  try {
    const event = JSON.parse(readFileSync3(env.GITHUB_EVENT_PATH, "utf8"));
    const head = event.pull_request?.head;
    if (!head) return false;
    return !head.repo || head.repo.fork === true || head.repo.full_name !== env.GITHUB_REPOSITORY;
  } catch {
    return false;
  }
}
function workspaceOf(env) {
  return path4.resolve(env.GITHUB_WORKSPACE || process.cwd());
}
async function setup(needsCommand, env = process.env) {
  await initBlake3();
  const settings = readInputs({ needsCommand, env });
  let workspace = workspaceOf(env);
  let spec;
  const remoteSpecs = [];
  if (settings.task !== void 0) {
    const loaded = loadConfig(path4.resolve(workspace, settings.config));
    workspace = loaded.workspace;
    [spec] = selectTasks(loaded, [settings.task]);
    remoteSpecs.push(...configRemotes(loaded.config));
  } else {
    spec = resolveTask(settings.name, settings.inline);
  }
  const reporter = createActionReporter();
  const storeList = [];
  const mode = settings.cache;
  if (mode !== "off") {
    const untrusted = isForkPullRequest(env);
    if (untrusted && remoteSpecs.length + settings.remotes.length > 0) {
      info("taskcache: pull request from a fork: remote caches are read-only");
    }
    storeList.push(new LocalStore(defaultCacheDir(env), mode));
    storeList.push(
      ...await remoteStores([...remoteSpecs, ...settings.remotes.map((url) => ({ url, mode }))], {
        env,
        warn: (message) => reporter.warn(message),
        untrusted
      })
    );
    storeList.push(new GithubStore({ mode, workspace }));
  }
  const stores = new StoreSet(storeList, (message) => reporter.warn(message));
  const tmpDir = path4.join(env.RUNNER_TEMP || os.tmpdir(), "taskcache", "tmp");
  const engine = {
    workspace,
    env,
    platform: { os: os.platform(), arch: os.arch() },
    stores,
    scope: env.GITHUB_REPOSITORY || workspace,
    tmpDir,
    ...storeList[0] instanceof LocalStore ? { stateDir: storeList[0].stateDir } : {},
    reporter,
    force: false,
    producer: producerFromEnv(env),
    signer: signerFromEnv(env),
    local: storeList[0],
    hooks: runnerFileHooks(path4.join(tmpDir, `runner-files-${process.pid}`), env)
  };
  const report = reportPath(env);
  if (claimReport(report)) saveState(STATE.summaryOwner, "true");
  saveState(STATE.summary, String(settings.summary));
  return { settings, spec, engine, stores, report };
}
function rowOf(result) {
  return {
    task: result.task,
    status: result.status,
    source: result.source,
    durationMs: result.status === "hit" ? result.originalDurationMs ?? 0 : result.durationMs,
    timeSavedMs: result.timeSavedMs,
    bytes: result.bytes,
    reason: result.reason,
    key: result.key
  };
}
function setOutputs(values) {
  setOutput(OUTPUT.cacheHit, String(values.hit));
  setOutput(OUTPUT.key, values.key ?? "");
  setOutput(OUTPUT.source, values.source ?? "");
  setOutput(OUTPUT.timeSavedMs, String(values.timeSavedMs));
  setOutput(OUTPUT.reportPath, values.report);
}
function checkCacheErrors(ctx) {
  if (ctx.settings.failOnCacheError && ctx.stores.failures.length > 0) {
    setFailed(`cache error (fail-on-cache-error is true): ${ctx.stores.failures.join("; ")}`);
  }
}
async function guarded(body) {
  try {
    await body();
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      setFailed(error.message);
      return;
    }
    setFailed(`taskcache: internal error: ${error?.stack ?? String(error)}`);
  }
}
function runAction() {
  return guarded(async () => {
    const ctx = await setup(true);
    if (ctx.settings.lookupOnly) {
      const dry = await dryRunTask(ctx.spec, ctx.engine);
      setOutputs({
        hit: dry.status === "hit",
        key: dry.key,
        source: dry.source,
        timeSavedMs: 0,
        report: ctx.report
      });
      info(
        `taskcache: ${ctx.spec.name}: ${dry.status}${dry.reason ? ` (${dry.reason})` : ""} (lookup only)`
      );
      checkCacheErrors(ctx);
      return;
    }
    const result = await runTask(ctx.spec, ctx.engine);
    recordRow(ctx.report, rowOf(result));
    setOutputs({
      hit: result.status === "hit",
      key: result.key,
      source: result.source,
      timeSavedMs: result.timeSavedMs,
      report: ctx.report
    });
    if (result.status === "failed") {
      setFailed(`${ctx.spec.name}: the command failed with exit code ${result.exitCode}`);
      process.exitCode = result.exitCode;
      return;
    }
    checkCacheErrors(ctx);
  });
}
function guardStatePath(env, name) {
  const temp = env.RUNNER_TEMP || os.tmpdir();
  return path4.join(temp, "taskcache", "guard", `${encodeURIComponent(name)}.json`);
}
function restoreAction() {
  return guarded(async () => {
    const ctx = await setup(false);
    const { key, manifest } = await keyTask(ctx.spec, ctx.engine);
    const hit = ctx.settings.lookupOnly ? void 0 : await restore(ctx.spec, key, ctx.engine);
    const state = { key, manifest, hit: hit !== void 0, startedAt: Date.now() };
    const file = guardStatePath(process.env, ctx.spec.name);
    mkdirSync3(path4.dirname(file), { recursive: true });
    writeFileSync3(file, JSON.stringify(state));
    if (hit) {
      ctx.engine.reporter.hit(ctx.spec, key, hit.source.name, hit.record, hit.log);
      if (hit.record.runnerFiles) applyRunnerFiles(hit.record.runnerFiles, process.env);
      recordRow(ctx.report, {
        task: ctx.spec.name,
        status: "hit",
        source: hit.source.name,
        durationMs: hit.record.durationMs,
        timeSavedMs: hit.record.durationMs,
        bytes: outputBytes(hit.record),
        reason: null,
        key
      });
    } else {
      const { reason } = await explainMiss(ctx.spec, manifest, ctx.engine);
      info(`taskcache: ${ctx.spec.name}: miss (${reason}), key ${key.slice(0, 12)}`);
      recordRow(ctx.report, {
        task: ctx.spec.name,
        status: "miss",
        source: null,
        durationMs: 0,
        timeSavedMs: 0,
        bytes: 0,
        reason,
        key
      });
    }
    setOutput(OUTPUT.cacheHit, String(hit !== void 0));
    setOutput(OUTPUT.key, key);
    setOutput(OUTPUT.source, hit?.source.name ?? "");
    setOutput(OUTPUT.reportPath, ctx.report);
    checkCacheErrors(ctx);
  });
}
function saveAction() {
  return guarded(async () => {
    const ctx = await setup(false);
    const file = guardStatePath(process.env, ctx.spec.name);
    const state = existsSync3(file) ? JSON.parse(readFileSync3(file, "utf8")) : void 0;
    if (state?.hit) {
      info(`taskcache: ${ctx.spec.name}: restored from the cache earlier; nothing to save`);
      return;
    }
    let taskKey;
    if (ctx.settings.key !== void 0) {
      if (!isKey(ctx.settings.key)) {
        throw new InputError([
          `input key: expected a 64-character key from the restore step, got "${ctx.settings.key}"`
        ]);
      }
      const manifest = state?.key === ctx.settings.key ? state.manifest : (await computeTaskKey(ctx.spec, ctx.engine)).manifest;
      taskKey = { key: ctx.settings.key, manifest };
    } else if (state) {
      taskKey = { key: state.key, manifest: state.manifest };
    } else {
      throw new UsageError(
        `${ctx.spec.name}: no restore step ran for this task in this job; run the restore action first or pass its key in the "key" input`
      );
    }
    const durationMs = state ? Date.now() - state.startedAt : 0;
    const saved = await save(ctx.spec, taskKey, ctx.engine, {
      log: Buffer.alloc(0),
      durationMs,
      runnerFiles: void 0
    });
    info(
      `taskcache: ${ctx.spec.name}: ${saved.stores.length > 0 ? `saved to ${saved.stores.map((s) => s.name).join(", ")}` : "not saved"} (guarded steps took ${formatDuration(durationMs)})`
    );
    recordRow(
      ctx.report,
      {
        task: ctx.spec.name,
        status: "miss",
        source: null,
        durationMs,
        timeSavedMs: 0,
        bytes: saved.bytes,
        reason: readReport(ctx.report).rows.find((r) => r.key === taskKey.key)?.reason ?? null,
        key: taskKey.key
      },
      { replace: true }
    );
    checkCacheErrors(ctx);
  });
}
function postAction() {
  return guarded(async () => {
    if (getState(STATE.summaryOwner) !== "true") return;
    if (getState(STATE.summary) === "false") return;
    const report = readReport(reportPath(process.env));
    if (report.rows.length === 0) return;
    await summary.addRaw(renderSummary(report.rows)).write();
  });
}

export {
  runAction,
  restoreAction,
  saveAction,
  postAction
};
