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
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_os = require("node:os");
var path = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");
var import_node_vm = require("node:vm");

// src/adapters/file-digest.ts
var WHOLE = 1024 * 1024;
var CHUNK = 1024 * 1024;
function debug(message) {
  if (process.env.TASKCACHE_DEBUG) process.stderr.write(`taskcache: debug: ${message}
`);
}

// src/cli/bin.ts
var bundle = (0, import_node_url.fileURLToPath)(new URL("./cli/main.cjs", __taskcacheModuleUrl));
var requireBundle = import_node_module.default.createRequire(bundle);
function codeCacheDir() {
  const base = process.env.XDG_CACHE_HOME || path.join((0, import_node_os.homedir)(), ".cache");
  return path.join(base, "taskcache", "code");
}
function compileWithCache(dir) {
  const file = path.join(dir, `main-${"99b57bc8de5c2447"}-${process.version}-${process.arch}.bin`);
  let cachedData;
  try {
    cachedData = (0, import_node_fs.readFileSync)(file);
  } catch {
  }
  const source = (0, import_node_fs.readFileSync)(bundle, "utf8");
  const script = new import_node_vm.Script(import_node_module.default.wrap(source), { filename: bundle, cachedData });
  const compiled = script.runInThisContext();
  const used = cachedData !== void 0 && !script.cachedDataRejected;
  debug(`code cache ${used ? "used" : cachedData ? "rejected" : "absent"}: ${file}`);
  if (!used) {
    process.once("exit", () => {
      try {
        const data = script.createCachedData();
        (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
        for (const name of (0, import_node_fs.readdirSync)(dir)) {
          if (name.startsWith("main-") && !name.startsWith(`main-${"99b57bc8de5c2447"}-`)) {
            (0, import_node_fs.rmSync)(path.join(dir, name), { force: true });
          }
        }
        const tmp = `${file}.${process.pid}.tmp`;
        (0, import_node_fs.writeFileSync)(tmp, data, { mode: 384 });
        (0, import_node_fs.renameSync)(tmp, file);
        debug(`code cache written: ${data.length} bytes`);
      } catch (error) {
        debug(`code cache not written: ${error.message}`);
      }
    });
  }
  return compiled;
}
function start() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) {
    requireBundle(bundle);
    return;
  }
  const { enableCompileCache } = import_node_module.default;
  if (enableCompileCache) {
    try {
      enableCompileCache(codeCacheDir());
    } catch (error) {
      debug(`code cache not used: ${error.message}`);
    }
    requireBundle(bundle);
    return;
  }
  let compiled;
  try {
    compiled = compileWithCache(codeCacheDir());
  } catch (error) {
    debug(`code cache not used: ${error.message}`);
    requireBundle(bundle);
    return;
  }
  const exports2 = {};
  compiled.call(exports2, exports2, requireBundle, { exports: exports2 }, bundle, path.dirname(bundle));
}
start();
