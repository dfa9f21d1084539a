#!/usr/bin/env node
"use strict";
const __taskcacheModuleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/bin.ts
var import_node_module3 = __toESM(require("node:module"), 1);
var path4 = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");

// src/adapters/debug.ts
var forced = false;
function debugEnabled() {
  return forced || !!process.env.TASKCACHE_DEBUG;
}
function debug(message) {
  if (debugEnabled()) process.stderr.write(`taskcache: debug: ${message}
`);
}

// src/adapters/user-cache.ts
var import_node_os = require("node:os");
var path = __toESM(require("node:path"), 1);
function cacheHome(env) {
  return env.XDG_CACHE_HOME || path.join((0, import_node_os.homedir)(), ".cache");
}
function codeCacheDir(env = process.env) {
  return path.join(cacheHome(env), "taskcache-code");
}

// src/cli/warm-load.ts
var import_node_fs2 = require("node:fs");
var import_node_module2 = __toESM(require("node:module"), 1);
var path3 = __toESM(require("node:path"), 1);
var import_node_vm = __toESM(require("node:vm"), 1);

// src/adapters/atomic-file.ts
var import_node_fs = require("node:fs");
var path2 = __toESM(require("node:path"), 1);
function writeFileAtomic(file, data) {
  (0, import_node_fs.mkdirSync)(path2.dirname(file), { recursive: true });
  const tmp = `${file}.${uniqueSuffix()}`;
  try {
    if (typeof data === "string" || data instanceof Uint8Array) (0, import_node_fs.writeFileSync)(tmp, data);
    else {
      const fd = (0, import_node_fs.openSync)(tmp, "w");
      try {
        for (const piece of data) {
          for (let at = 0; at < piece.length; ) at += (0, import_node_fs.writeSync)(fd, piece, at);
        }
      } finally {
        (0, import_node_fs.closeSync)(fd);
      }
    }
    (0, import_node_fs.renameSync)(tmp, file);
  } catch (error) {
    (0, import_node_fs.rmSync)(tmp, { force: true });
    throw error;
  }
}
var made = 0;
function uniqueSuffix() {
  made += 1;
  const tail = Math.floor(Math.random() * 4294967296).toString(16).padStart(8, "0");
  return `${process.pid}.${made.toString(36)}${tail}`;
}

// src/adapters/blake3-native.ts
var import_node_module = require("node:module");
function nativeOneShot(native) {
  const h = new native.Blake3Hasher();
  return (data) => {
    h.reset();
    h.update(data);
    return h.digest("hex");
  };
}
function nativePackage(platform = process.platform, arch = process.arch) {
  if (arch !== "x64" && arch !== "arm64") return void 0;
  if (platform === "linux") return `@napi-rs/blake-hash-linux-${arch}-gnu`;
  if (platform === "darwin") return `@napi-rs/blake-hash-darwin-${arch}`;
  return void 0;
}
var ADDON = "@napi-rs/blake-hash";
function loadNative() {
  const require2 = (0, import_node_module.createRequire)(__taskcacheModuleUrl);
  let loader;
  try {
    loader = require2.resolve(ADDON);
  } catch {
    return void 0;
  }
  const direct = process.env.NAPI_RS_NATIVE_LIBRARY_PATH ? void 0 : nativePackage();
  if (direct) {
    try {
      return (0, import_node_module.createRequire)(loader)(direct);
    } catch {
    }
  }
  try {
    return require2(loader);
  } catch {
    return void 0;
  }
}

// src/cli/warm-load.ts
var STALE_MS = 30 * 24 * 60 * 60 * 1e3;
function loadWarm(bundle2, dir, argv2) {
  const internals = import_node_module2.default;
  if (typeof internals.wrap !== "function") return false;
  if (dir === void 0) return false;
  const native = loadNative();
  if (native === void 0) return false;
  const hash = nativeOneShot(native);
  let bytes;
  try {
    bytes = (0, import_node_fs2.readFileSync)(bundle2);
  } catch {
    return false;
  }
  const source = bytes.toString("utf8");
  const file = path3.join(dir, cacheName(hash, hash(bytes), argv2));
  const kept = readKept(file, hash);
  if (kept === void 0 && (0, import_node_fs2.existsSync)(`${file}.flags`)) {
    debug(`code cache: ${commandOf(argv2)} runs change V8's flags; Node's own cache serves it`);
    return false;
  }
  let script;
  try {
    script = new import_node_vm.default.Script(internals.wrap(source), { filename: bundle2, cachedData: kept?.data });
  } catch {
    return false;
  }
  const atExit = (write) => process.once("exit", (code) => {
    if (!globalThis[FLAGS_CHANGED]) write(code);
    else if (kept === void 0) mark(`${file}.flags`);
  });
  if (kept === void 0) {
    atExit(() => save(script, file, hash, 0));
  } else if (script.cachedDataRejected) {
    if (kept.refused < MAX_REFUSED) atExit(() => save(script, file, hash, kept.refused + 1));
  } else if (kept.refused > 0) {
    atExit(() => setCount(file, 8, 0));
  } else if (kept.checks > 0) {
    atExit((code) => {
      if (code === 0) recheck(script, file, hash, kept);
    });
  }
  const run = script.runInThisContext();
  const self = new import_node_module2.default(bundle2);
  self.filename = bundle2;
  self.paths = internals._nodeModulePaths(path3.dirname(bundle2));
  run.call(
    self.exports,
    self.exports,
    import_node_module2.default.createRequire(bundle2),
    self,
    bundle2,
    path3.dirname(bundle2)
  );
  return true;
}
function commandOf(argv2) {
  const command = argv2.find((arg) => !arg.startsWith("-"));
  return command !== void 0 && /^[a-z][a-z-]{0,23}$/.test(command) ? command : "other";
}
function cacheName(hash, bundleDigest, argv2) {
  const flags = JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? ""]);
  const id = hash(Buffer.from(`${bundleDigest}\0${flags}`)).slice(0, 32);
  return `${commandOf(argv2)}-${process.version}-${process.arch}-${id}.bin`;
}
var MAGIC = "TCW2";
var FLAGS_CHANGED = /* @__PURE__ */ Symbol.for("taskcache.v8-flags-changed");
var HEADER = 4 + 4 + 4 + 32;
var CHECKS = 4;
var GROWTH = 1.02;
var MAX_REFUSED = 2;
function readKept(file, hash) {
  let bytes;
  try {
    bytes = (0, import_node_fs2.readFileSync)(file);
  } catch {
    return void 0;
  }
  if (bytes.length <= HEADER || bytes.toString("latin1", 0, 4) !== MAGIC) return void 0;
  const data = bytes.subarray(HEADER);
  const digest = Buffer.from(hash(data), "hex");
  if (!digest.equals(bytes.subarray(12, HEADER))) {
    debug(`code cache ${file} is damaged: not used, written again`);
    return void 0;
  }
  return { data, checks: bytes.readUInt32LE(4), refused: bytes.readUInt32LE(8) };
}
function save(script, file, hash, refused, data = script.createCachedData()) {
  const header = Buffer.alloc(HEADER);
  header.write(MAGIC, 0, "latin1");
  header.writeUInt32LE(CHECKS, 4);
  header.writeUInt32LE(refused, 8);
  Buffer.from(hash(data), "hex").copy(header, 12);
  try {
    writeFileAtomic(file, [header, data]);
    removeStale(path3.dirname(file), Date.now());
  } catch {
  }
}
function recheck(script, file, hash, kept) {
  const data = script.createCachedData();
  if (data.length > kept.data.length * GROWTH) {
    save(script, file, hash, 0, data);
    return;
  }
  setCount(file, 4, kept.checks - 1);
}
function mark(file) {
  try {
    (0, import_node_fs2.mkdirSync)(path3.dirname(file), { recursive: true });
    (0, import_node_fs2.writeFileSync)(file, "", { mode: 384 });
  } catch {
  }
}
function setCount(file, at, value) {
  try {
    const fd = (0, import_node_fs2.openSync)(file, "r+");
    try {
      const count = Buffer.alloc(4);
      count.writeUInt32LE(value);
      (0, import_node_fs2.writeSync)(fd, count, 0, 4, at);
    } finally {
      (0, import_node_fs2.closeSync)(fd);
    }
  } catch {
  }
}
function removeStale(dir, now) {
  for (const name of (0, import_node_fs2.readdirSync)(dir)) {
    const entry = path3.join(dir, name);
    const stats = (0, import_node_fs2.statSync)(entry, { throwIfNoEntry: false });
    if (stats?.isFile() && now - stats.mtimeMs > STALE_MS) (0, import_node_fs2.rmSync)(entry, { force: true });
  }
}

// src/cli/bin.ts
var bundle = (0, import_node_url.fileURLToPath)(new URL("./cli/main.cjs", __taskcacheModuleUrl));
var replayBundle = (0, import_node_url.fileURLToPath)(new URL("./cli/replay.cjs", __taskcacheModuleUrl));
var { enableCompileCache } = import_node_module3.default;
if (enableCompileCache) {
  try {
    enableCompileCache(codeCacheDir());
  } catch (error) {
    debug(`compile cache not used: ${error.message}`);
  }
}
globalThis[/* @__PURE__ */ Symbol.for("taskcache.import")] = new Function(
  "specifier",
  "return import(specifier)"
);
var warmDir;
try {
  if (!process.env.NODE_DISABLE_COMPILE_CACHE) warmDir = path4.join(codeCacheDir(), "warm");
} catch {
}
var argv = process.argv.slice(2);
var startBundle = () => {
  if (!loadWarm(bundle, warmDir, argv)) import_node_module3.default.createRequire(bundle)(bundle);
};
if (argv[0] === "run") {
  process.exitCode = 1;
  replayFirst(argv.slice(1)).then(
    (code) => {
      if (code === void 0) startBundle();
      else process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `taskcache: internal error: ${error?.stack ?? String(error)}
`
      );
      process.exitCode = 1;
    }
  );
} else {
  startBundle();
}
async function replayFirst(args) {
  let replay;
  try {
    replay = import_node_module3.default.createRequire(replayBundle)(replayBundle);
  } catch (error) {
    debug(`replay bundle not loaded: ${error.message}`);
    return void 0;
  }
  return replay.replayRun(args);
}
