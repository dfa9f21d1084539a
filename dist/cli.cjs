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
var import_node_os = require("node:os");
var path2 = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");

// src/adapters/debug.ts
function debug(message) {
  if (process.env.TASKCACHE_DEBUG) process.stderr.write(`taskcache: debug: ${message}
`);
}

// src/cli/code-cache.ts
var import_node_fs = require("node:fs");
var import_node_module2 = require("node:module");
var path = __toESM(require("node:path"), 1);
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
  if (platform === "win32") return `@napi-rs/blake-hash-win32-${arch}-msvc`;
  return void 0;
}
function loadNative() {
  const require2 = (0, import_node_module.createRequire)(__taskcacheModuleUrl);
  const direct = process.env.NAPI_RS_NATIVE_LIBRARY_PATH ? void 0 : nativePackage();
  if (direct) {
    try {
      return require2(direct);
    } catch {
    }
  }
  try {
    return require2("@napi-rs/blake-hash");
  } catch {
    return void 0;
  }
}

// src/cli/code-cache.ts
var MAGIC = "taskcache code cache 1";
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
function requireWithCodeCache(bundle2, dir2) {
  const native = loadNative();
  if (!native) {
    debug("code cache not used: no native BLAKE3");
    (0, import_node_module2.createRequire)(bundle2)(bundle2);
    return;
  }
  const hash = nativeOneShot(native);
  const text = (0, import_node_fs.readFileSync)(bundle2);
  const source = hash(text);
  const file = path.join(dir2, `cli-${process.version}-${process.arch}.bin`);
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
      try {
        (0, import_node_fs.mkdirSync)(dir2, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        (0, import_node_fs.writeFileSync)(tmp, encodeCodeCache(source, script.createCachedData(), hash));
        (0, import_node_fs.renameSync)(tmp, file);
      } catch (error) {
        debug(`code cache not written: ${error.message}`);
      }
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
    path.dirname(bundle2)
  );
}
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname) { ${source}
});`;
}

// src/cli/bin.ts
var bundle = (0, import_node_url.fileURLToPath)(new URL("./cli/main.cjs", __taskcacheModuleUrl));
function cacheDir() {
  try {
    return path2.join(
      process.env.XDG_CACHE_HOME || path2.join((0, import_node_os.homedir)(), ".cache"),
      "taskcache",
      "code"
    );
  } catch (error) {
    debug(`compile cache not used: ${error.message}`);
    return void 0;
  }
}
var { enableCompileCache } = import_node_module3.default;
var dir = cacheDir();
if (enableCompileCache) {
  if (dir) enableCompileCache(dir);
  import_node_module3.default.createRequire(bundle)(bundle);
} else if (dir && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  requireWithCodeCache(bundle, dir);
} else {
  import_node_module3.default.createRequire(bundle)(bundle);
}
