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
var path3 = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");

// src/adapters/debug.ts
function debug(message) {
  if (process.env.TASKCACHE_DEBUG) process.stderr.write(`taskcache: debug: ${message}
`);
}

// src/adapters/user-cache.ts
var import_node_os = require("node:os");
var path = __toESM(require("node:path"), 1);
function userCacheDir(env = process.env) {
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, "taskcache");
  return path.join((0, import_node_os.homedir)(), ".cache", "taskcache");
}

// src/cli/code-cache.ts
var import_node_fs = require("node:fs");
var import_node_module2 = require("node:module");
var path2 = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");

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

// src/cli/command-names.ts
var COMMAND_NAMES = ["run", "dry-run", "explain", "stats", "prune", "report"];

// src/cli/code-cache.ts
var MAGIC = "taskcache code cache 1";
var STALE_MS = 30 * 24 * 60 * 60 * 1e3;
function encodeCodeCache(source, data, hash) {
  return Buffer.concat([Buffer.from(`${MAGIC}
${source}
${hash(data)}
`), data]);
}
function decodeCodeCache(file, hash) {
  let at = 0;
  const lines = [];
  for (let i = 0; i < 3; i++) {
    const end = file.indexOf(10, at);
    if (end === -1 || end - at > 100) return "no header";
    lines.push(file.toString("latin1", at, end));
    at = end + 1;
  }
  const [magic, source, digest] = lines;
  if (magic !== MAGIC) return "another format";
  const data = file.subarray(at);
  if (hash(data) !== digest) return "damaged";
  return { source, data };
}
function codeCacheName(argv, source, hash) {
  const command = COMMAND_NAMES.includes(argv[0] ?? "") ? argv[0] : "other";
  const options = hash(
    Buffer.from(`${process.execArgv.join("\0")}\0\0${process.env.NODE_OPTIONS ?? ""}`)
  );
  return `${command}-${process.version}-${process.arch}-${options.slice(0, 8)}-${source.slice(0, 16)}.bin`;
}
function requireWithCodeCache(bundle2, dir2) {
  const native = process.env.TASKCACHE_BLAKE3 === "wasm" ? void 0 : loadNative();
  if (!native) {
    debug("code cache not used: no native BLAKE3");
    (0, import_node_module2.createRequire)(bundle2)(bundle2);
    return;
  }
  const hash = nativeOneShot(native);
  const text = (0, import_node_fs.readFileSync)(bundle2);
  const source = hash(text);
  const file = path2.join(dir2, codeCacheName(process.argv.slice(2), source, hash));
  let cached;
  try {
    cached = decodeCodeCache((0, import_node_fs.readFileSync)(file), hash);
  } catch {
    cached = "none yet";
  }
  if (typeof cached !== "string" && cached.source !== source) cached = "another bundle";
  const script = new import_node_vm.Script(wrap(text.toString("utf8")), {
    filename: bundle2,
    ...typeof cached === "string" ? {} : { cachedData: cached.data }
  });
  const used = typeof cached !== "string" && !script.cachedDataRejected;
  debug(
    used ? "code cache used" : `code cache not used: ${typeof cached === "string" ? cached : "refused by V8"}`
  );
  if (!used) {
    const v8 = (0, import_node_module2.createRequire)(bundle2)("node:v8");
    const tag = v8.cachedDataVersionTag();
    process.once("exit", () => {
      if (v8.cachedDataVersionTag() !== tag) return;
      writeCodeCache(file, () => encodeCodeCache(source, script.createCachedData(), hash));
    });
  }
  const module3 = { exports: {} };
  const run = script.runInThisContext();
  run.call(
    module3.exports,
    module3.exports,
    (0, import_node_module2.createRequire)(bundle2),
    module3,
    bundle2,
    path2.dirname(bundle2)
  );
}
function writeCodeCache(file, bytes) {
  const dir2 = path2.dirname(file);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    (0, import_node_fs.mkdirSync)(dir2, { recursive: true });
    (0, import_node_fs.writeFileSync)(tmp, bytes());
    (0, import_node_fs.renameSync)(tmp, file);
    const now = Date.now();
    for (const name of (0, import_node_fs.readdirSync)(dir2)) {
      const other = path2.join(dir2, name);
      const info = (0, import_node_fs.statSync)(other, { throwIfNoEntry: false });
      if (other !== file && info && now - info.mtimeMs > STALE_MS) {
        (0, import_node_fs.rmSync)(other, { recursive: true, force: true });
      }
    }
  } catch (error) {
    debug(`code cache not written: ${error.message}`);
    try {
      (0, import_node_fs.rmSync)(tmp, { force: true });
    } catch {
    }
  }
}
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname) { ${source}
});`;
}

// src/cli/bin.ts
var bundle = (0, import_node_url.fileURLToPath)(new URL("./cli/main.cjs", __taskcacheModuleUrl));
function cacheDir() {
  try {
    return path3.join(userCacheDir(), "code");
  } catch (error) {
    debug(`compile cache not used: ${error.message}`);
    return void 0;
  }
}
var { enableCompileCache } = import_node_module3.default;
var dir = cacheDir();
if (enableCompileCache && dir) enableCompileCache(dir);
if (!enableCompileCache && dir && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  requireWithCodeCache(bundle, dir);
} else {
  import_node_module3.default.createRequire(bundle)(bundle);
}
