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
var import_node_module = __toESM(require("node:module"), 1);
var path2 = __toESM(require("node:path"), 1);
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
function userCacheDir(env = process.env) {
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, "taskcache");
  return path.join((0, import_node_os.homedir)(), ".cache", "taskcache");
}

// src/cli/bin.ts
var bundle = (0, import_node_url.fileURLToPath)(new URL("./cli/main.cjs", __taskcacheModuleUrl));
var { enableCompileCache } = import_node_module.default;
if (enableCompileCache) {
  try {
    enableCompileCache(path2.join(userCacheDir(), "code"));
  } catch (error) {
    debug(`compile cache not used: ${error.message}`);
  }
}
import_node_module.default.createRequire(bundle)(bundle);
