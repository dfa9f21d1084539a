import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  uniqueSuffix
} from "./chunk-UV2KENB3.js";
import {
  canRead,
  canWrite
} from "./chunk-MWMB4KLZ.js";
import {
  blake3
} from "./chunk-4GG4RZH4.js";

// src/engine/stores.ts
var StoreSet = class {
  constructor(stores, warn) {
    this.stores = stores;
    this.warn = warn;
  }
  stores;
  warn;
  down = /* @__PURE__ */ new Set();
  /** One message per store that failed during the run. */
  failures = [];
  readable() {
    return this.stores.filter((s) => canRead(s.mode) && !this.down.has(s));
  }
  writable() {
    return this.stores.filter((s) => canWrite(s.mode) && !this.down.has(s));
  }
  /** Runs `operation` against `store`; a failure switches the store off and yields undefined. */
  async attempt(store, what, operation) {
    if (this.down.has(store)) return void 0;
    try {
      return await operation();
    } catch (error) {
      this.fail(store, `${what}: ${messageOf(error)}`);
      return void 0;
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
    return this.attempt(store, "read", () => store.get(key));
  }
  /** Saves to every writable store at once; the stores that took it. */
  saveAll(request) {
    return this.putAll(this.writable(), request);
  }
  async putAll(targets, request) {
    const saved = await Promise.all(
      targets.map(async (store) => {
        const outcome = await this.attempt(store, "write", () => store.put(request));
        return outcome === void 0 ? void 0 : store;
      })
    );
    return saved.filter((s) => s !== void 0);
  }
};
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/stores/local.ts
import { createReadStream, existsSync } from "node:fs";
import {
  appendFile,
  copyFile,
  link,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile
} from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
var RECORD = "record.json";
var ARCHIVE = "archive";
var STALE_TMP_MS = 60 * 60 * 1e3;
function defaultCacheDir(env = process.env) {
  if (env.TASKCACHE_DIR) return path.resolve(env.TASKCACHE_DIR);
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, "taskcache");
  return path.join(os.homedir(), ".cache", "taskcache");
}
var LocalStore = class {
  constructor(root, mode = "read-write") {
    this.root = root;
    this.mode = mode;
  }
  root;
  mode;
  name = "local";
  compress = false;
  entryDir(key) {
    return path.join(this.root, "entries", key.slice(0, 2), key);
  }
  get tmpDir() {
    return path.join(this.root, "tmp");
  }
  /** State that only speeds up later runs (the stat cache); safe to delete. */
  get stateDir() {
    return path.join(this.root, "state");
  }
  async get(key) {
    const dir = this.entryDir(key);
    let recordText;
    try {
      recordText = await readFile(path.join(dir, RECORD), "utf8");
    } catch (error) {
      if (isNotFound(error)) return void 0;
      throw error;
    }
    const now = /* @__PURE__ */ new Date();
    await utimes(path.join(dir, RECORD), now, now).catch(() => {
    });
    return {
      recordText,
      archiveFile: path.join(dir, ARCHIVE),
      openArchive: async () => {
        const stream = createReadStream(path.join(dir, ARCHIVE));
        await new Promise((resolve2, reject) => {
          stream.once("open", () => resolve2());
          stream.once("error", reject);
        });
        return stream;
      }
    };
  }
  async has(key) {
    return existsSync(path.join(this.entryDir(key), RECORD));
  }
  async put(request) {
    const final = this.entryDir(request.key);
    if (existsSync(final)) return "exists";
    const staging = path.join(this.tmpDir, `${request.key}.${uniqueSuffix()}`);
    await mkdir(staging, { recursive: true });
    try {
      await link(request.archivePath, path.join(staging, ARCHIVE)).catch(
        () => copyFile(request.archivePath, path.join(staging, ARCHIVE))
      );
      await writeFile(path.join(staging, RECORD), request.recordText);
      await mkdir(path.dirname(final), { recursive: true });
      try {
        await rename(staging, final);
      } catch (error) {
        if (existsSync(path.join(final, RECORD))) return "exists";
        throw error;
      }
      await this.setLatest(request.task, request.scope, request.key);
      return "saved";
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  latestFile(task, scope) {
    return path.join(this.root, "latest", blake3(`${scope}\0${task}`));
  }
  async setLatest(task, scope, key) {
    const file = this.latestFile(task, scope);
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${uniqueSuffix()}`;
    await writeFile(tmp, key);
    await rename(tmp, file);
  }
  async latestRecord(task, scope) {
    try {
      const key = (await readFile(this.latestFile(task, scope), "utf8")).trim();
      return await readFile(path.join(this.entryDir(key), RECORD), "utf8");
    } catch {
      return void 0;
    }
  }
  /** Every entry with its size and last use. */
  async list() {
    const base = path.join(this.root, "entries");
    const out = [];
    for (const shard of await readdir(base).catch(() => [])) {
      for (const key of await readdir(path.join(base, shard)).catch(() => [])) {
        const dir = path.join(base, shard, key);
        try {
          const record = await stat(path.join(dir, RECORD));
          const archive = await stat(path.join(dir, ARCHIVE));
          out.push({
            key,
            dir,
            bytes: record.size + archive.size,
            usedAt: record.mtimeMs,
            createdAt: archive.mtimeMs
          });
        } catch {
        }
      }
    }
    return out;
  }
  /**
   * Evicts entries unused for longer than `maxAgeMs`, then least-recently-used entries
   * until the store fits in `maxBytes`; also clears debris of saves that died.
   */
  async prune(options) {
    const now = options.now ?? Date.now();
    await this.clearStaleTmp(now);
    const entries = (await this.list()).sort((a, b) => b.usedAt - a.usedAt);
    let keptBytes = 0;
    let removed = 0;
    let freedBytes = 0;
    let kept = 0;
    let full = false;
    for (const entry of entries) {
      const tooOld = options.maxAgeMs !== void 0 && now - entry.usedAt > options.maxAgeMs;
      full ||= options.maxBytes !== void 0 && keptBytes + entry.bytes > options.maxBytes;
      if (tooOld || full) {
        await this.remove(entry);
        removed += 1;
        freedBytes += entry.bytes;
      } else {
        kept += 1;
        keptBytes += entry.bytes;
      }
    }
    return { removed, freedBytes, kept, keptBytes };
  }
  /** Moves the entry out of sight first, so readers never see half of it. */
  async remove(entry) {
    await mkdir(this.tmpDir, { recursive: true });
    const doomed = path.join(this.tmpDir, `evict-${entry.key}.${uniqueSuffix()}`);
    try {
      await rename(entry.dir, doomed);
    } catch {
      return;
    }
    await rm(doomed, { recursive: true, force: true });
  }
  async clearStaleTmp(now) {
    for (const name of await readdir(this.tmpDir).catch(() => [])) {
      const item = path.join(this.tmpDir, name);
      const info = await stat(item).catch(() => void 0);
      if (info && now - info.mtimeMs > STALE_TMP_MS)
        await rm(item, { recursive: true, force: true });
    }
  }
  async recordRun(run) {
    await mkdir(this.root, { recursive: true });
    await appendFile(path.join(this.root, "runs.jsonl"), `${JSON.stringify(run)}
`);
  }
  async runs() {
    const text = await readFile(path.join(this.root, "runs.jsonl"), "utf8").catch(() => "");
    const runs = [];
    for (const line of text.split("\n")) {
      if (!line) continue;
      try {
        runs.push(JSON.parse(line));
      } catch {
      }
    }
    return runs;
  }
};
function isNotFound(error) {
  return error?.code === "ENOENT";
}

export {
  StoreSet,
  messageOf,
  defaultCacheDir,
  LocalStore
};
