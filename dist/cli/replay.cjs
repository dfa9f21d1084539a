"use strict";
const __taskcacheModuleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/adapters/blake3-native.ts
function nativeOneShot(native) {
  const h = new native.Blake3Hasher();
  return (data) => {
    h.reset();
    h.update(data);
    return h.digest("hex");
  };
}
function nativePackage(platform2 = process.platform, arch2 = process.arch) {
  if (arch2 !== "x64" && arch2 !== "arm64") return void 0;
  if (platform2 === "linux") return `@napi-rs/blake-hash-linux-${arch2}-gnu`;
  if (platform2 === "darwin") return `@napi-rs/blake-hash-darwin-${arch2}`;
  return void 0;
}
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
var import_node_module, ADDON;
var init_blake3_native = __esm({
  "src/adapters/blake3-native.ts"() {
    "use strict";
    import_node_module = require("node:module");
    ADDON = "@napi-rs/blake-hash";
  }
});

// src/adapters/blake3.ts
async function createBLAKE3() {
  const wasm = await Promise.resolve().then(() => __toESM(require("./hash-wasm-blake3.cjs"), 1));
  return (wasm.createBLAKE3 ?? wasm.default.createBLAKE3)();
}
async function initBlake3(env = process.env) {
  if (oneShot) return;
  const native = env.TASKCACHE_BLAKE3 === "wasm" ? void 0 : loadNative();
  if (native) {
    const hash = nativeOneShot(native);
    oneShot = (data) => hash(typeof data === "string" ? Buffer.from(data) : data);
    return;
  }
  shared ??= await createBLAKE3();
  const wasm = shared;
  oneShot = (data) => {
    wasm.init();
    wasm.update(data);
    return wasm.digest("hex");
  };
}
var shared, oneShot, blake3;
var init_blake3 = __esm({
  "src/adapters/blake3.ts"() {
    "use strict";
    init_blake3_native();
    blake3 = (data) => {
      if (!oneShot) throw new Error("initBlake3() must be awaited before hashing");
      return oneShot(data);
    };
  }
});

// src/adapters/debug.ts
function enableDebug() {
  forced = true;
}
function debugEnabled() {
  return forced || !!process.env.TASKCACHE_DEBUG;
}
function debug(message) {
  if (debugEnabled()) process.stderr.write(`taskcache: debug: ${message}
`);
}
var forced;
var init_debug = __esm({
  "src/adapters/debug.ts"() {
    "use strict";
    forced = false;
  }
});

// src/adapters/atomic-file.ts
function writeFileAtomic(file, data) {
  (0, import_node_fs.mkdirSync)(path.dirname(file), { recursive: true });
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
function uniqueSuffix() {
  made += 1;
  const tail = Math.floor(Math.random() * 4294967296).toString(16).padStart(8, "0");
  return `${process.pid}.${made.toString(36)}${tail}`;
}
var import_node_fs, path, made;
var init_atomic_file = __esm({
  "src/adapters/atomic-file.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    path = __toESM(require("node:path"), 1);
    made = 0;
  }
});

// src/adapters/lazy-builtins.ts
var import_node_module2, load;
var init_lazy_builtins = __esm({
  "src/adapters/lazy-builtins.ts"() {
    "use strict";
    import_node_module2 = require("node:module");
    load = (0, import_node_module2.createRequire)(__taskcacheModuleUrl);
  }
});

// src/adapters/process.ts
function defaultShell(platform2 = process.platform) {
  return platform2 === "win32" ? "pwsh" : "bash";
}
function monotonicMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}
var init_process = __esm({
  "src/adapters/process.ts"() {
    "use strict";
    init_lazy_builtins();
  }
});

// src/core/paths.ts
function patternStaysInside(cwd, pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  if (body.length === 0) return false;
  if (isAbsoluteAnywhere(body)) return false;
  const joined = posix.normalize(posix.join(cwd, body));
  return !escapes(joined);
}
function isAbsoluteAnywhere(path13) {
  return path13.startsWith("/") || path13.startsWith("\\") || /^[a-zA-Z]:/.test(path13);
}
function escapes(normalized) {
  return normalized === ".." || normalized.startsWith("../");
}
function normalizeWorkingDirectory(dir) {
  if (isAbsoluteAnywhere(dir)) return void 0;
  const normalized = posix.normalize(dir.replace(/\\/g, "/")).replace(/\/+$/, "") || ".";
  return escapes(normalized) ? void 0 : normalized;
}
var posix;
var init_paths = __esm({
  "src/core/paths.ts"() {
    "use strict";
    posix = __toESM(require("node:path/posix"), 1);
  }
});

// src/core/config-shape.ts
function configRemotes(config) {
  const all = [...config.remote === void 0 ? [] : [config.remote], ...config.remotes ?? []];
  return all.map((r) => typeof r === "string" ? { url: r, mode: "read-write" } : r);
}
function formatConfigIssues(file, issues) {
  const lines = issues.map((issue) => `  ${file}: ${issue.path}: ${issue.message}`);
  return `invalid config (${issues.length} error${issues.length === 1 ? "" : "s"}):
${lines.join("\n")}`;
}
var SHELLS, STORE_MODES;
var init_config_shape = __esm({
  "src/core/config-shape.ts"() {
    "use strict";
    SHELLS = ["bash", "sh", "pwsh", "powershell", "cmd"];
    STORE_MODES = ["read-write", "read", "write", "off"];
  }
});

// src/core/units.ts
function parseSize(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!match) return void 0;
  const factor = SIZE_UNITS[(match[2] || "b").toLowerCase()];
  if (factor === void 0) return void 0;
  return Math.round(Number(match[1]) * factor);
}
function parseAge(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/.exec(text);
  if (!match) return void 0;
  return Math.round(Number(match[1]) * AGE_UNITS[match[2]]);
}
function formatBytes(bytes) {
  if (bytes < 1e3) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = "B";
  for (const next of units) {
    if (value < 1e3) break;
    value /= 1e3;
    unit = next;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
}
function formatDuration(ms) {
  if (ms < 0) return `-${formatDuration(-ms)}`;
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  const seconds = ms / 1e3;
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  if (minutes < 60) return `${minutes}m${rest.toString().padStart(2, "0")}s`;
  const hours = Math.floor(minutes / 60);
  return `${hours}h${(minutes % 60).toString().padStart(2, "0")}m`;
}
var SIZE_UNITS, AGE_UNITS;
var init_units = __esm({
  "src/core/units.ts"() {
    "use strict";
    SIZE_UNITS = {
      b: 1,
      kb: 1e3,
      mb: 1e6,
      gb: 1e9,
      tb: 1e12,
      kib: 2 ** 10,
      mib: 2 ** 20,
      gib: 2 ** 30,
      tib: 2 ** 40,
      k: 1e3,
      m: 1e6,
      g: 1e9,
      t: 1e12
    };
    AGE_UNITS = {
      ms: 1,
      s: 1e3,
      m: 6e4,
      h: 36e5,
      d: 864e5,
      w: 6048e5
    };
  }
});

// src/engine/errors.ts
var UsageError;
var init_errors = __esm({
  "src/engine/errors.ts"() {
    "use strict";
    UsageError = class extends Error {
      name = "UsageError";
    };
  }
});

// src/engine/config-text.ts
function readConfigFile(absolute) {
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(absolute, "r");
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `config file not found: ${absolute}` : `cannot read ${absolute}: ${code}`
    );
  }
  try {
    const stat = (0, import_node_fs3.fstatSync)(fd, { bigint: true });
    if (stat.isFile() && stat.size > MAX_CONFIG_BYTES) {
      throw tooLarge(absolute, `${stat.size} bytes`);
    }
    let buffer = Buffer.allocUnsafe(stat.isFile() ? Number(stat.size) + 1 : 64 * 1024);
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_CONFIG_BYTES + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = (0, import_node_fs3.readSync)(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_CONFIG_BYTES) {
        throw tooLarge(absolute, `more than ${MAX_CONFIG_BYTES} bytes`);
      }
    }
    const identity = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    return { text: buffer.toString("utf8", 0, length), identity };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${absolute}: ${error.code}`);
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}
function readConfigText(absolute) {
  return readConfigFile(absolute).text;
}
var import_node_fs3, ConfigError, MAX_CONFIG_BYTES, tooLarge;
var init_config_text = __esm({
  "src/engine/config-text.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    init_config_shape();
    init_errors();
    ConfigError = class extends UsageError {
      constructor(file, issues) {
        super(formatConfigIssues(file, issues));
        this.file = file;
        this.issues = issues;
      }
      file;
      issues;
    };
    MAX_CONFIG_BYTES = 1024 * 1024;
    tooLarge = (absolute, size) => new ConfigError(absolute, [
      {
        path: "(root)",
        message: `expected a file of at most 1 MiB (${MAX_CONFIG_BYTES} bytes), got ${size}`
      }
    ]);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path13, { windows } = {}) => {
      const segs = path13.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants3;
    module2.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

// src/engine/config-load.ts
var config_load_exports = {};
__export(config_load_exports, {
  loadConfig: () => loadConfig,
  parsedConfig: () => parsedConfig
});
function loadConfig(file) {
  const absolute = path2.resolve(file);
  return parsedConfig(absolute, readConfigText(absolute));
}
function parsedConfig(absolute, text) {
  const parsed = (0, import_config.parseConfigYaml)(text);
  const result = parsed.ok ? (0, import_config.validateConfig)(parsed.value) : parsed;
  if (!result.ok) throw new ConfigError(absolute, result.issues);
  return { file: absolute, workspace: path2.dirname(absolute), config: result.config };
}
var path2, import_config;
var init_config_load = __esm({
  "src/engine/config-load.ts"() {
    "use strict";
    path2 = __toESM(require("node:path"), 1);
    import_config = require("./config.cjs");
    init_config_text();
  }
});

// src/adapters/collect.ts
var init_collect = __esm({
  "src/adapters/collect.ts"() {
    "use strict";
  }
});

// src/adapters/name-table.ts
var init_name_table = __esm({
  "src/adapters/name-table.ts"() {
    "use strict";
  }
});

// src/adapters/stat-cache.ts
var NUMBERS, DIGEST_BYTES, PIECE_BYTES, PIECE_INDEX, ROW_TAIL;
var init_stat_cache = __esm({
  "src/adapters/stat-cache.ts"() {
    "use strict";
    init_atomic_file();
    init_name_table();
    NUMBERS = 4 * 8;
    DIGEST_BYTES = 32;
    PIECE_BYTES = 256 * 1024;
    PIECE_INDEX = 2 ** 32;
    ROW_TAIL = NUMBERS + DIGEST_BYTES;
  }
});

// src/adapters/stat-witness.ts
function statNumbers(stats) {
  const { mode, ino, size, mtimeMs, ctimeMs } = stats;
  return { mode, ino, size, mtimeMs, ctimeMs };
}
function sameStat(a, b) {
  return a.mode === b.mode && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}
var SEEN_FIELDS, FOLLOWED, FOUND, RELATIVE, NAME_PIECE;
var init_stat_witness = __esm({
  "src/adapters/stat-witness.ts"() {
    "use strict";
    init_collect();
    init_stat_cache();
    SEEN_FIELDS = 5;
    FOLLOWED = 1;
    FOUND = 2;
    RELATIVE = 4;
    NAME_PIECE = 64 * 1024;
  }
});

// src/core/digest.ts
function isDigest(value) {
  return typeof value === "string" && HEX64.test(value);
}
function isKey(value) {
  return isDigest(value);
}
function shortKey(key) {
  return key.slice(0, 12);
}
var HEX64;
var init_digest = __esm({
  "src/core/digest.ts"() {
    "use strict";
    HEX64 = /^[0-9a-f]{64}$/;
  }
});

// src/adapters/walk.ts
var DIR, LINK;
var init_walk = __esm({
  "src/adapters/walk.ts"() {
    "use strict";
    DIR = "d".charCodeAt(0);
    LINK = "l".charCodeAt(0);
  }
});

// src/adapters/git-index.ts
var U32;
var init_git_index = __esm({
  "src/adapters/git-index.ts"() {
    "use strict";
    init_debug();
    init_name_table();
    init_stat_witness();
    U32 = 2 ** 32;
  }
});

// src/adapters/deadlines.ts
function operationBoundMs(bytes, deadlines = STORE_DEADLINES) {
  return deadlines.operationMs + Math.ceil(Math.max(0, bytes) * 1e3 / deadlines.minBytesPerSecond);
}
var STORE_DEADLINES;
var init_deadlines = __esm({
  "src/adapters/deadlines.ts"() {
    "use strict";
    STORE_DEADLINES = {
      connectMs: 5e3,
      firstByteMs: 1e4,
      minBytesPerSecond: 16 * 1024,
      throughputWindowMs: 1e4,
      operationMs: 3e4
    };
  }
});

// src/stores/store.ts
function releaseBytes(record) {
  if (record === void 0 || typeof record === "string") return;
  const owned = record.buffer;
  if (record.byteOffset === 0 && owned.byteLength === record.byteLength) owned.transfer?.(0);
}
function pushRecent(key, earlier) {
  return [key, ...earlier.filter((k) => k !== key)].slice(0, RECENT_RECORDS);
}
var canRead, canWrite, RECENT_RECORDS, StoreError;
var init_store = __esm({
  "src/stores/store.ts"() {
    "use strict";
    init_config_shape();
    canRead = (mode) => mode === "read-write" || mode === "read";
    canWrite = (mode) => mode === "read-write" || mode === "write";
    RECENT_RECORDS = 8;
    StoreError = class extends Error {
      constructor(store, message) {
        super(message);
        this.store = store;
      }
      store;
      name = "StoreError";
    };
  }
});

// src/stores/listing.ts
function recordFacts(text) {
  try {
    const record = JSON.parse(text)?.record;
    return {
      ...typeof record?.task === "string" ? { task: record.task } : {},
      ...typeof record?.createdAt === "string" ? { createdAt: record.createdAt } : {}
    };
  } catch {
    return {};
  }
}
var isoTime;
var init_listing = __esm({
  "src/stores/listing.ts"() {
    "use strict";
    isoTime = (ms) => new Date(ms).toISOString();
  }
});

// src/adapters/codec.ts
var TINY_ARCHIVE, SMALL_ARCHIVE, ZLIB_CHUNK, PIECE;
var init_codec = __esm({
  "src/adapters/codec.ts"() {
    "use strict";
    init_lazy_builtins();
    TINY_ARCHIVE = 64 * 1024;
    SMALL_ARCHIVE = 256 * 1024;
    ZLIB_CHUNK = 1024 * 1024;
    PIECE = 1024 * 1024;
  }
});

// src/core/canonical.ts
var init_canonical = __esm({
  "src/core/canonical.ts"() {
    "use strict";
  }
});

// src/adapters/file-digest.ts
var WHOLE, CHUNK;
var init_file_digest = __esm({
  "src/adapters/file-digest.ts"() {
    "use strict";
    WHOLE = 1024 * 1024;
    CHUNK = 1024 * 1024;
  }
});

// src/adapters/worker-pool.ts
var init_worker_pool = __esm({
  "src/adapters/worker-pool.ts"() {
    "use strict";
    init_lazy_builtins();
  }
});

// src/adapters/files.ts
var init_files = __esm({
  "src/adapters/files.ts"() {
    "use strict";
    init_canonical();
    init_blake3();
    init_debug();
    init_file_digest();
    init_git_index();
    init_process();
    init_stat_witness();
    init_walk();
    init_worker_pool();
  }
});

// src/adapters/piece-hasher.ts
var RING_BYTES, SEND_BYTES, pieceHashing;
var init_piece_hasher = __esm({
  "src/adapters/piece-hasher.ts"() {
    "use strict";
    init_debug();
    init_lazy_builtins();
    init_worker_pool();
    RING_BYTES = 8 * 1024 * 1024;
    SEND_BYTES = 1024 * 1024;
    pieceHashing = { script: null, minBytes: 4 * 1024 * 1024, minCores: 3, maxInFlight: 0 };
  }
});

// src/adapters/archive.ts
var BATCH, STAGING_PREFIX, IN_PROGRESS2, STALE_MS;
var init_archive = __esm({
  "src/adapters/archive.ts"() {
    "use strict";
    init_paths();
    init_atomic_file();
    init_codec();
    init_files();
    init_piece_hasher();
    init_stat_witness();
    BATCH = 4 * 1024 * 1024;
    STAGING_PREFIX = ".taskcache-tmp-";
    IN_PROGRESS2 = `${STAGING_PREFIX}restoring`;
    STALE_MS = 24 * 60 * 60 * 1e3;
  }
});

// src/cli/replay-main.ts
var replay_main_exports = {};
__export(replay_main_exports, {
  replayRun: () => replayRun
});
module.exports = __toCommonJS(replay_main_exports);
var os2 = __toESM(require("node:os"), 1);
var path12 = __toESM(require("node:path"), 1);
init_blake3();
init_debug();

// src/engine/config-file.ts
var import_node_fs4 = require("node:fs");
var path3 = __toESM(require("node:path"), 1);
init_atomic_file();
init_blake3();
init_debug();
init_process();

// src/adapters/state-touch.ts
var import_node_fs2 = require("node:fs");
function touchUsed(file) {
  const now = Date.now() / 1e3;
  try {
    (0, import_node_fs2.lutimesSync)(file, now, now);
  } catch {
  }
}

// src/engine/config-file.ts
init_paths();

// src/engine/config-kept.ts
init_config_shape();
init_paths();
init_units();
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
function keptConfigShape(value) {
  return fields(value, CONFIG_CHECKS) ? value : void 0;
}

// src/engine/config-file.ts
init_config_text();
init_errors();

// src/engine/graph.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
init_paths();
init_config_text();
init_errors();
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

// src/engine/signing.ts
var import_node_module3 = require("node:module");
var SIGNING_KEY_ENV = "TASKCACHE_SIGNING_KEY";
function signerFromEnv(env) {
  const secret = env[SIGNING_KEY_ENV];
  if (!secret) return void 0;
  const { createHmac, timingSafeEqual } = (0, import_node_module3.createRequire)(__taskcacheModuleUrl)(
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
init_config_text();
var DEFAULT_CONFIG = "taskcache.yml";
function findConfig(from) {
  let dir = path3.resolve(from);
  for (; ; ) {
    const candidate = path3.join(dir, DEFAULT_CONFIG);
    if ((0, import_node_fs4.existsSync)(candidate)) return candidate;
    const parent = path3.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
var SCHEMA_ID = true ? "6e346571cb749b69" : void 0;
function parseTag(body, identity, env) {
  const signingKey = env[SIGNING_KEY_ENV];
  const keyPart2 = signingKey ? blake3(`taskcache-config-cache-key\0${signingKey}`) : "";
  return blake3(`taskcache-config-cache\0${keyPart2}\0${identity}\0${body}`);
}
function readKept(cached) {
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(cached, import_node_fs4.constants.O_RDONLY | (import_node_fs4.constants.O_NONBLOCK ?? 0));
  } catch {
    return void 0;
  }
  try {
    const stat = (0, import_node_fs4.fstatSync)(fd);
    if (!stat.isFile() || stat.size > 4 * MAX_CONFIG_BYTES) return void 0;
    return (0, import_node_fs4.readFileSync)(fd, "utf8");
  } catch {
    return void 0;
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
function keptConfig(cached, source, env, schemaId) {
  const content = readKept(cached);
  if (content === void 0) return void 0;
  const newline = content.indexOf("\n");
  const body = content.slice(newline + 1);
  if (newline < 0 || content.slice(0, newline) !== parseTag(body, source.identity, env)) {
    debug(`config: ignored ${cached}: not kept for this file`);
    return void 0;
  }
  let kept;
  try {
    kept = JSON.parse(body);
  } catch {
    return void 0;
  }
  if (kept?.schema !== schemaId || kept?.text !== blake3(source.text)) return void 0;
  const config = keptConfigShape(kept?.config);
  if (!config) {
    debug(`config: ignored ${cached}: not a valid config`);
    return void 0;
  }
  debug(`config: reused the parse kept in ${cached}`);
  return config;
}
async function loadConfigCached(file, stateDir, options = {}) {
  const env = options.env ?? process.env;
  const schemaId = options.schemaId ?? SCHEMA_ID;
  const absolute = path3.resolve(file);
  const source = readConfigFile(absolute);
  const cached = stateDir && schemaId ? path3.join(stateDir, `config-${blake3(`${schemaId}\0${source.text}`).slice(0, 32)}.json`) : void 0;
  if (cached && schemaId) {
    const config = keptConfig(cached, source, env, schemaId);
    if (config) {
      touchUsed(cached);
      return { file: absolute, workspace: path3.dirname(absolute), config };
    }
  }
  const { parsedConfig: parsedConfig2 } = await Promise.resolve().then(() => (init_config_load(), config_load_exports));
  const loaded = parsedConfig2(absolute, source.text);
  if (cached) {
    const body = JSON.stringify({
      schema: schemaId,
      text: blake3(source.text),
      config: loaded.config
    });
    try {
      writeFileAtomic(cached, `${parseTag(body, source.identity, env)}
${body}`);
    } catch {
    }
  }
  return loaded;
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

// src/engine/run-seal.ts
var import_node_fs5 = require("node:fs");
var path4 = __toESM(require("node:path"), 1);
init_atomic_file();
init_blake3();
init_collect();
init_debug();
init_stat_cache();
init_stat_witness();
init_digest();

// src/core/fields.ts
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/engine/key-caches.ts
init_blake3();
init_collect();

// src/adapters/dir-cache.ts
init_atomic_file();
init_name_table();
init_stat_cache();
init_stat_witness();
init_walk();
var NUMBERS2 = 3 * 8 + 4;

// src/engine/key-caches.ts
init_git_index();
init_stat_cache();
function scanStateId(workspace) {
  return blake3(workspace).slice(0, 24);
}
function sealStateName(workspace) {
  return `seal-${scanStateId(workspace)}.bin`;
}
function scanStateNames(workspace) {
  const id = scanStateId(workspace);
  return [`stat-${id}.bin`, `dirs-${id}.bin`, sealStateName(workspace)];
}

// src/engine/run-seal.ts
var MAGIC = "TCR1";
var BUILD = true ? "362e3cbc00e74da5f1b8c37021d70872083e37a20c5c782488b1d84e8245dee2" : "source";
function sealFingerprint(invocation) {
  const env = Object.entries(invocation.env).filter((entry) => entry[1] !== void 0).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return blake3(
    JSON.stringify({
      seal: MAGIC,
      build: BUILD,
      node: process.version,
      cwd: process.cwd(),
      workspace: invocation.workspace,
      specs: invocation.specs,
      settings: invocation.settings,
      stores: invocation.stores,
      platform: invocation.platform,
      env
    })
  );
}
function sealFile(stateDir, workspace) {
  return path4.join(stateDir, sealStateName(workspace));
}
function decodeSeal(data) {
  try {
    if (data.toString("latin1", 0, MAGIC.length) !== MAGIC) return void 0;
    let at = MAGIC.length;
    const headerLength = data.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(data.toString("utf8", at, at + headerLength));
    at += headerLength;
    const namesLength = data.readUInt32LE(at);
    at += 4;
    const names = data.subarray(at, at + namesLength);
    at += namesLength;
    const count = data.readUInt32LE(at);
    at += 4;
    if (names.length !== namesLength || at + count > data.length) return void 0;
    const flags = data.subarray(at, at + count);
    const numbersAt = at + count;
    if (data.length !== numbersAt + count * SEEN_FIELDS * 8) return void 0;
    const numbers = new Float64Array(
      data.buffer.slice(data.byteOffset + numbersAt, data.byteOffset + data.length)
    );
    if (typeof header.fingerprint !== "string" || !Array.isArray(header.tasks)) return void 0;
    if (!header.tasks.every(isSealedTask)) return void 0;
    return { fingerprint: header.fingerprint, tasks: header.tasks, names, flags, numbers };
  } catch {
    return void 0;
  }
}
var isLine = (value) => typeof value === "string" && !/[\u0000-\u001f\u007f]/.test(value);
var isCount = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0;
function isSealedTask(value) {
  if (!isObject(value)) return false;
  const { task: task2, key, entry, shown, bytes, log, warnings } = value;
  return typeof task2 === "string" && isKey(key) && isObject(entry) && ["mode", "ino", "size", "mtimeMs", "ctimeMs"].every((field) => Number.isFinite(entry[field])) && isObject(shown) && isLine(shown.createdAt) && isCount(shown.durationMs) && isCount(shown.files) && (shown.runUrl === void 0 || isLine(shown.runUrl)) && isCount(bytes) && isObject(log) && isCount(log.size) && isDigest(log.digest) && Array.isArray(warnings) && warnings.every(isLine);
}
var IF_ANY = { throwIfNoEntry: false };
function statsNow(file, follow) {
  try {
    return follow ? (0, import_node_fs5.statSync)(file, IF_ANY) : (0, import_node_fs5.lstatSync)(file, IF_ANY);
  } catch {
    return void 0;
  }
}
function sameAt(stats, numbers, at) {
  return stats.mode === numbers[at] && stats.ino === numbers[at + 1] && stats.size === numbers[at + 2] && stats.mtimeMs === numbers[at + 3] && stats.ctimeMs === numbers[at + 4];
}
function readSeal(file) {
  let data;
  try {
    data = (0, import_node_fs5.readFileSync)(file);
  } catch {
    return void 0;
  }
  return decodeSeal(data);
}
function sealPathsHold(seal, workspace) {
  seal.held ??= pathsHold(seal, workspace);
  return seal.held;
}
function pathsHold(seal, workspace) {
  const { names, flags, numbers } = seal;
  const prefix = process.cwd() === workspace ? "" : workspace + path4.sep;
  let at = 0;
  for (let i = 0; i < flags.length; i++) {
    if (at > names.length) return false;
    const end = names.indexOf(0, at);
    const stop = end < 0 ? names.length : end;
    const name = names.toString("utf8", at, stop);
    at = stop + 1;
    const flag = flags[i];
    const file = (flag & RELATIVE) !== 0 ? prefix + name : name;
    const now = statsNow(file, (flag & FOLLOWED) !== 0);
    if ((flag & FOUND) === 0 ? now !== void 0 : !now || !sameAt(now, numbers, i * SEEN_FIELDS)) {
      debug(`seal: ${file} changed`);
      return false;
    }
  }
  return at === names.length + 1 || flags.length === 0 && names.length === 0;
}
async function replaySeal(seal, fingerprint, workspace, tasks, local, logs) {
  if (seal.fingerprint !== fingerprint) return void 0;
  if (seal.tasks.length !== tasks.length || seal.tasks.some((t, i) => t.task !== tasks[i])) {
    return void 0;
  }
  if (!sealPathsHold(seal, workspace)) return void 0;
  const replayed = [];
  for (const task2 of seal.tasks) {
    const logBytes = logs.get(task2.log);
    if (logBytes === void 0 || !await local.reuse(task2.key, task2.entry)) {
      debug(`seal: the entry of ${task2.task} or its log is not as sealed`);
      return void 0;
    }
    replayed.push({ ...task2, logBytes });
  }
  debug(`seal: ${seal.flags.length} paths unchanged; ${replayed.length} hits replayed`);
  return replayed;
}

// src/engine/stores.ts
var import_node_stream = require("node:stream");
init_deadlines();
init_store();
var BACKSTOP_GRACE_MS = 5e3;
var CACHE_ENV = "TASKCACHE_CACHE";
function stricterMode(a, b) {
  const read = canRead(a) && canRead(b);
  const write = canWrite(a) && canWrite(b);
  return read ? write ? "read-write" : "read" : write ? "write" : "off";
}
var operationBounds = /* @__PURE__ */ new WeakMap();
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
    const backstop = new Promise((resolve6) => {
      timer = setTimeout(() => resolve6(TIMED_OUT), limit);
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
        const backstop = new Promise((resolve6) => {
          timer = setTimeout(() => resolve6(TIMED_OUT), limit);
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
  const out = new import_node_stream.Readable({
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
  const out = new import_node_stream.Transform({
    transform(chunk, _encoding, callback) {
      transfer.add(chunk.length);
      callback(null, chunk);
    }
  });
  (0, import_node_stream.pipeline)(source, out, (error) => transfer.end(!error));
  return out;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/cli/base-context.ts
var path8 = __toESM(require("node:path"), 1);
init_blake3();
init_units();

// src/stores/local.ts
var import_node_fs7 = require("node:fs");
var path7 = __toESM(require("node:path"), 1);
init_atomic_file();
init_blake3();
init_stat_witness();

// src/adapters/user-cache.ts
var import_node_os = require("node:os");
var path5 = __toESM(require("node:path"), 1);
function cacheHome(env) {
  return env.XDG_CACHE_HOME || path5.join((0, import_node_os.homedir)(), ".cache");
}
function userCacheDir(env = process.env) {
  return path5.join(cacheHome(env), "taskcache");
}

// src/stores/local.ts
init_listing();

// src/stores/local-prune.ts
var path6 = __toESM(require("node:path"), 1);
init_atomic_file();
var STALE_TMP_MS = 60 * 60 * 1e3;
var DEFAULT_STATE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1e3;
var RECORD_HEAD_BYTES = 4096;
async function evictEntries(entries, options, remove) {
  const byUse = [...entries].sort((a, b) => b.usedAt - a.usedAt);
  const out = { removed: 0, freedBytes: 0, kept: [], keptBytes: 0 };
  let full = false;
  for (const entry of byUse) {
    const tooOld = options.maxAgeMs !== void 0 && options.now - entry.usedAt > options.maxAgeMs;
    full ||= options.maxBytes !== void 0 && out.keptBytes + entry.bytes > options.maxBytes;
    if (tooOld || full) {
      await remove(entry);
      out.removed += 1;
      out.freedBytes += entry.bytes;
    } else {
      out.kept.push(entry);
      out.keptBytes += entry.bytes;
    }
  }
  return out;
}
var IN_PROGRESS = /\.\d+\.[0-9a-z]{9,}$/;
async function pruneState(stateDir, options) {
  const totals = { removed: 0, freedBytes: 0, kept: 0, keptBytes: 0 };
  const keep = new Set(options.keep ?? []);
  await pruneDir(stateDir, options, totals, (name, info) => {
    if (info.isDirectory()) return name === "logs" ? "descend" : "leave";
    return keep.has(name) ? "keep" : "age";
  });
  return totals;
}
async function pruneDir(dir, options, totals, judge) {
  const { lstat, readdir } = await fsp();
  const self = await lstat(dir).catch(() => void 0);
  if (!self?.isDirectory()) return;
  for (const name of await readdir(dir).catch(() => [])) {
    const file = path6.join(dir, name);
    const info = await lstat(file).catch(() => void 0);
    if (info === void 0) continue;
    const verdict = judge(name, info);
    if (verdict === "descend") {
      await pruneDir(file, options, totals, (_, inner) => inner.isDirectory() ? "leave" : "log");
      continue;
    }
    if (verdict === "leave") continue;
    if (isOld(name, verdict, options.now - info.mtimeMs, options)) {
      await options.beforeRemove?.(file);
      if (await removeUnchanged(file, info)) {
        totals.removed += 1;
        totals.freedBytes += info.size;
        continue;
      }
    }
    totals.kept += 1;
    totals.keptBytes += info.size;
  }
}
function isOld(name, verdict, age, options) {
  if (IN_PROGRESS.test(name)) return age > STALE_TMP_MS;
  if (verdict === "keep") return false;
  if (age > options.maxAgeMs) return true;
  return verdict === "log" && options.logs !== void 0 && !options.logs.has(name) && age > STALE_TMP_MS;
}
async function removeUnchanged(file, judged) {
  const { link, lstat, rename, unlink } = await fsp();
  const aside = `${file}.prune-${uniqueSuffix()}`;
  try {
    await rename(file, aside);
  } catch {
    return false;
  }
  const taken = await lstat(aside).catch(() => void 0);
  const same = taken !== void 0 && taken.ino === judged.ino && taken.dev === judged.dev && taken.mtimeMs === judged.mtimeMs;
  if (!same) await link(aside, file).catch(() => {
  });
  await unlink(aside).catch(() => {
  });
  return same;
}
async function recordLogDigest(recordFile) {
  const { constants: constants3, open } = await fsp();
  let handle;
  try {
    handle = await open(
      recordFile,
      constants3.O_RDONLY | (constants3.O_NONBLOCK ?? 0) | (constants3.O_NOFOLLOW ?? 0)
    );
  } catch {
    return void 0;
  }
  try {
    if (!(await handle.stat()).isFile()) return void 0;
    const head = Buffer.alloc(RECORD_HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const match = /"log":\{"digest":"([0-9a-f]{64})"/.exec(
      head.subarray(0, bytesRead).toString("latin1")
    );
    return match?.[1] ?? null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}
async function logsNamed(records) {
  const named = /* @__PURE__ */ new Set();
  for (const record of records) {
    const digest = await recordLogDigest(record);
    if (digest === null) return void 0;
    if (digest !== void 0) named.add(digest);
  }
  return named;
}
async function clearStaleTmp(root, tmpDir, now) {
  const { readdir, rm, stat } = await fsp();
  for (const name of await readdir(tmpDir).catch(() => [])) {
    const item = path6.join(tmpDir, name);
    const info = await stat(item).catch(() => void 0);
    if (info && now - info.mtimeMs > STALE_TMP_MS) await rm(item, { recursive: true, force: true });
  }
  const base = path6.join(root, "entries");
  for (const shard of await readdir(base).catch(() => [])) {
    for (const name of await readdir(path6.join(base, shard)).catch(() => [])) {
      if (!name.endsWith(".replacing")) continue;
      const marker = path6.join(base, shard, name);
      const info = await stat(marker).catch(() => void 0);
      if (info && now - info.mtimeMs > STALE_TMP_MS) await rm(marker, { force: true });
    }
  }
}
function fsp() {
  return Promise.resolve().then(() => __toESM(require("node:fs/promises"), 1));
}

// src/stores/run-log.ts
var import_node_fs6 = require("node:fs");
init_atomic_file();
var RUN_LOG_KEEP = 1e4;
var RUN_LOG_MAX_BYTES = 4 * 1024 * 1024;
function trimRunLog(file, keep = RUN_LOG_KEEP) {
  const text = (0, import_node_fs6.readFileSync)(file, "utf8");
  const lines = text.split("\n").filter((line) => line !== "");
  if (lines.length <= keep) return;
  writeFileAtomic(file, `${lines.slice(-keep).join("\n")}
`);
}

// src/stores/local.ts
init_store();
var RECORD = "record.json";
var ARCHIVE = "archive";
var LOOKUP_TRIES = 5;
var OPEN_FLAGS = import_node_fs7.constants.O_NONBLOCK ?? 0;
var NOFOLLOW = import_node_fs7.constants.O_NOFOLLOW ?? 0;
function defaultCacheDir(env = process.env) {
  if (env.TASKCACHE_DIR) return path7.resolve(env.TASKCACHE_DIR);
  return userCacheDir(env);
}
var LocalStore = class {
  constructor(root, mode = "read-write") {
    this.root = root;
    this.mode = mode;
  }
  root;
  mode;
  replaces = true;
  name = "local";
  compress = false;
  capabilities = { list: true, delete: true, replace: true };
  credentials = "none needed";
  entryDir(key) {
    return path7.join(this.root, "entries", key.slice(0, 2), key);
  }
  get tmpDir() {
    return path7.join(this.root, "tmp");
  }
  /** State that only speeds up later runs (the stat cache); safe to delete. */
  get stateDir() {
    return path7.join(this.root, "state");
  }
  /**
   * Entries unused (neither saved nor restored) for longer than `maxAgeMs` become misses, and
   * are removed when the store can write: the config's max-age, honoured on reads too.
   */
  expireAfter(maxAgeMs) {
    this.maxAgeMs = maxAgeMs;
  }
  maxAgeMs;
  /** Whether the entry in `dir` is past max-age by its last use; if so, it is removed. */
  async expired(dir, key) {
    if (this.maxAgeMs === void 0) return false;
    const record = statOrUndefined(path7.join(dir, RECORD));
    if (record === void 0 || Date.now() - record.mtimeMs <= this.maxAgeMs) return false;
    if (this.mode === "read-write" || this.mode === "write") {
      await this.remove({ key, dir, bytes: 0, usedAt: 0, createdAt: 0 }).catch(() => {
      });
    }
    return true;
  }
  /**
   * The entry's directory as it is now, for a sealed run (engine/run-seal.ts): a replace, a
   * removal or a new archive changes it. Undefined when there is no entry.
   */
  entryStat(key) {
    const stats = statOrUndefined(this.entryDir(key));
    return stats && statNumbers(stats);
  }
  /**
   * Uses the entry again without reading it, as get() does when a sealed run replays a hit:
   * true when its directory is as `sealed` (the same entry, still whole), it is not past
   * max-age, and it is touched as a use; false leaves the caller to look it up.
   */
  async reuse(key, sealed) {
    if (this.mode !== "read" && this.mode !== "read-write") return false;
    const dir = this.entryDir(key);
    const now = statOrUndefined(dir);
    if (now === void 0 || !sameStat(now, sealed)) return false;
    if (await this.expired(dir, key)) return false;
    const at = Date.now() / 1e3;
    try {
      (0, import_node_fs7.utimesSync)(path7.join(dir, RECORD), at, at);
    } catch {
      return statOrUndefined(path7.join(dir, RECORD))?.isFile() === true;
    }
    return true;
  }
  async get(key) {
    const dir = this.entryDir(key);
    if (await this.expired(dir, key)) return void 0;
    let recordBytes;
    for (let attempt = 0; attempt < LOOKUP_TRIES && recordBytes === void 0; attempt += 1) {
      const before = statOrUndefined(dir);
      if (before === void 0) {
        if (!(0, import_node_fs7.existsSync)(replacingMarker(dir))) return void 0;
        await new Promise((resolve6) => setTimeout(resolve6, 2));
        continue;
      }
      let bytes2;
      try {
        bytes2 = this.readRegularBytes(path7.join(dir, RECORD));
      } catch (error) {
        if (isNotFound(error)) return void 0;
        throw error;
      }
      const archive = statOrUndefined(path7.join(dir, ARCHIVE));
      if (archive !== void 0 && !archive.isFile()) {
        throw this.notRegular(path7.join(dir, ARCHIVE));
      }
      const after = statOrUndefined(dir);
      if (after?.ino === before.ino && after.dev === before.dev) {
        if (archive === void 0) return void 0;
        recordBytes = bytes2;
      }
    }
    if (recordBytes === void 0) return void 0;
    const now = Date.now() / 1e3;
    try {
      (0, import_node_fs7.utimesSync)(path7.join(dir, RECORD), now, now);
    } catch {
    }
    let bytes = recordBytes;
    const released = () => new Error("the record was released");
    return {
      get recordText() {
        if (bytes === void 0) throw released();
        return bytes.toString("utf8");
      },
      get recordBytes() {
        if (bytes === void 0) throw released();
        return bytes;
      },
      releaseRecord: () => {
        releaseBytes(bytes);
        bytes = void 0;
      },
      archiveFile: path7.join(dir, ARCHIVE),
      openArchive: async () => {
        const file = path7.join(dir, ARCHIVE);
        const fd = this.openRegular(file, import_node_fs7.constants.O_RDONLY);
        return (0, import_node_fs7.createReadStream)(file, { fd });
      }
    };
  }
  async has(key) {
    if (await this.expired(this.entryDir(key), key)) return false;
    return statOrUndefined(path7.join(this.entryDir(key), RECORD))?.isFile() === true;
  }
  async put(request) {
    const final = this.entryDir(request.key);
    const replace = request.replace === true;
    if (!replace && (0, import_node_fs7.existsSync)(final)) return "exists";
    const staging = path7.join(this.tmpDir, `${request.key}.${uniqueSuffix()}`);
    const { copyFile, link, mkdir, rename, rm, writeFile } = await fsp2();
    await mkdir(staging, { recursive: true });
    try {
      await link(request.archivePath, path7.join(staging, ARCHIVE)).catch(
        () => copyFile(request.archivePath, path7.join(staging, ARCHIVE))
      );
      if (request.recordFile) {
        const recordFile = request.recordFile;
        await link(recordFile, path7.join(staging, RECORD)).catch(
          () => copyFile(recordFile, path7.join(staging, RECORD))
        );
      } else {
        await writeFile(path7.join(staging, RECORD), request.recordBytes ?? request.recordText);
      }
      await mkdir(path7.dirname(final), { recursive: true });
      try {
        await rename(staging, final);
      } catch (error) {
        if (!replace) {
          if ((0, import_node_fs7.existsSync)(path7.join(final, RECORD))) return "exists";
          throw error;
        }
        await this.swapIn(staging, final);
      }
      await this.setLatest(request.task, request.scope, request.key);
      return "saved";
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  /**
   * Puts `staging` in the place of the entry at `final`: the old entry moves into tmp/, the
   * new one is renamed in. A marker beside the entry tells a lookup that finds no entry
   * between the two renames to look again. Replacing writers that race go on until one is
   * last; the old entries are removed after the swap.
   */
  async swapIn(staging, final) {
    const { rename, rm, writeFile } = await fsp2();
    const marker = replacingMarker(final);
    const owned = await writeFile(marker, "", { flag: "wx" }).then(
      () => true,
      () => false
    );
    const doomed = [];
    try {
      for (let attempt = 0; ; attempt += 1) {
        const aside = path7.join(this.tmpDir, `replaced-${path7.basename(final)}.${uniqueSuffix()}`);
        try {
          await rename(final, aside);
          doomed.push(aside);
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
        try {
          await rename(staging, final);
          return;
        } catch (error) {
          if (attempt >= LOOKUP_TRIES) throw error;
        }
      }
    } finally {
      if (owned) await rm(marker, { force: true });
      for (const dir of doomed) await rm(dir, { recursive: true, force: true });
    }
  }
  /** A regular file's text; anything else where one belongs is a StoreError, never a wait. */
  readRegular(file) {
    return this.readRegularBytes(file).toString("utf8");
  }
  /** readRegular's bytes, not decoded. */
  readRegularBytes(file) {
    const fd = this.openRegular(file, import_node_fs7.constants.O_RDONLY);
    try {
      return (0, import_node_fs7.readFileSync)(fd);
    } finally {
      (0, import_node_fs7.closeSync)(fd);
    }
  }
  /** Opens a regular file without blocking on a FIFO or following a final link. */
  openRegular(file, flags, mode) {
    let fd;
    try {
      fd = (0, import_node_fs7.openSync)(file, flags | OPEN_FLAGS | NOFOLLOW, mode);
    } catch (error) {
      const code = error.code;
      if (code === "ELOOP" || code === "ENXIO" || code === "EISDIR") throw this.notRegular(file);
      throw error;
    }
    if (!(0, import_node_fs7.fstatSync)(fd).isFile()) {
      (0, import_node_fs7.closeSync)(fd);
      throw this.notRegular(file);
    }
    return fd;
  }
  notRegular(file) {
    return new StoreError(
      this.name,
      `${path7.relative(this.root, file) || file} in the local store is not a regular file`
    );
  }
  latestFile(task2, scope) {
    return path7.join(this.root, "latest", blake3(`${scope}\0${task2}`));
  }
  /** The keys of the task's recent entries in a scope, newest first, one a line. */
  recentFile(task2, scope) {
    return path7.join(this.root, "recent", blake3(`${scope}\0${task2}`));
  }
  recentKeys(task2, scope) {
    let text;
    try {
      text = this.readRegular(this.recentFile(task2, scope));
    } catch {
      try {
        text = this.readRegular(this.latestFile(task2, scope));
      } catch {
        return [];
      }
    }
    return text.split("\n").filter((line) => /^[0-9a-f]{64}$/.test(line));
  }
  async setLatest(task2, scope, key) {
    const { mkdir, rename, writeFile } = await fsp2();
    const recent = pushRecent(key, this.recentKeys(task2, scope));
    for (const [file, text] of [
      [this.latestFile(task2, scope), key],
      [this.recentFile(task2, scope), `${recent.join("\n")}
`]
    ]) {
      await mkdir(path7.dirname(file), { recursive: true });
      const tmp = `${file}.${uniqueSuffix()}`;
      await writeFile(tmp, text);
      await rename(tmp, file);
    }
  }
  async recentRecords(task2, scope, limit = RECENT_RECORDS) {
    const records = await this.recentRecordBytes(task2, scope, limit);
    return records.map((bytes) => bytes.toString("utf8"));
  }
  async recentRecordBytes(task2, scope, limit = RECENT_RECORDS) {
    const records = [];
    for (const key of this.recentKeys(task2, scope).slice(0, limit)) {
      try {
        records.push(this.readRegularBytes(path7.join(this.entryDir(key), RECORD)));
      } catch {
      }
    }
    return records;
  }
  async latestRecord(task2, scope) {
    try {
      const key = this.readRegular(this.latestFile(task2, scope)).trim();
      if (!/^[0-9a-f]{64}$/.test(key)) return void 0;
      return this.readRegular(path7.join(this.entryDir(key), RECORD));
    } catch {
      return void 0;
    }
  }
  /** Every entry with its size and last use. */
  async list() {
    const base = path7.join(this.root, "entries");
    const { readdir, stat } = await fsp2();
    const out = [];
    for (const shard of await readdir(base).catch(() => [])) {
      for (const key of await readdir(path7.join(base, shard)).catch(() => [])) {
        const dir = path7.join(base, shard, key);
        try {
          const record = await stat(path7.join(dir, RECORD));
          const archive = await stat(path7.join(dir, ARCHIVE));
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
  /** Every entry, with the task its record names (`taskcache ls`). */
  async listEntries() {
    const out = [];
    for (const entry of await this.list()) {
      let facts = {};
      try {
        facts = recordFacts(this.readRegular(path7.join(entry.dir, RECORD)));
      } catch {
      }
      out.push({
        key: entry.key,
        ...facts.task === void 0 ? {} : { task: facts.task },
        size: entry.bytes,
        createdAt: isoTime(entry.createdAt),
        usedAt: isoTime(entry.usedAt)
      });
    }
    return out;
  }
  /** Deletes one entry the way eviction does: out of sight first, then removed. */
  async deleteEntry(key) {
    const dir = this.entryDir(key);
    if (statOrUndefined(dir) === void 0) return false;
    await this.remove({ key, dir, bytes: 0, usedAt: 0, createdAt: 0 });
    return statOrUndefined(dir) === void 0;
  }
  /**
   * Evicts entries unused for longer than `maxAgeMs`, then least-recently-used entries
   * until the store fits in `maxBytes`; also clears debris of saves that died. With `state`,
   * also removes state/ files unused for longer than its age (local-prune.ts), and kept logs
   * that no remaining entry names.
   */
  async prune(options) {
    const now = options.now ?? Date.now();
    await clearStaleTmp(this.root, this.tmpDir, now);
    const entries = await evictEntries(
      await this.list(),
      { ...options, now },
      (entry) => this.remove(entry)
    );
    const result = {
      removed: entries.removed,
      freedBytes: entries.freedBytes,
      kept: entries.kept.length,
      keptBytes: entries.keptBytes
    };
    if (options.state === void 0) return result;
    const state = await pruneState(this.stateDir, {
      ...options.state,
      now,
      logs: await logsNamed(entries.kept.map((entry) => path7.join(entry.dir, RECORD)))
    });
    return { ...result, state };
  }
  /** Moves the entry out of sight first, so readers never see half of it. */
  async remove(entry) {
    const { mkdir, rename, rm } = await fsp2();
    await mkdir(this.tmpDir, { recursive: true });
    const doomed = path7.join(this.tmpDir, `evict-${entry.key}.${uniqueSuffix()}`);
    try {
      await rename(entry.dir, doomed);
    } catch {
      return;
    }
    await rm(doomed, { recursive: true, force: true });
  }
  async recordRun(run) {
    (0, import_node_fs7.mkdirSync)(this.root, { recursive: true });
    const fd = this.openRegular(
      path7.join(this.root, "runs.jsonl"),
      import_node_fs7.constants.O_WRONLY | import_node_fs7.constants.O_APPEND | import_node_fs7.constants.O_CREAT,
      420
    );
    let size;
    try {
      (0, import_node_fs7.writeSync)(fd, `${JSON.stringify(run)}
`);
      size = (0, import_node_fs7.fstatSync)(fd).size;
    } finally {
      (0, import_node_fs7.closeSync)(fd);
    }
    if (size > RUN_LOG_MAX_BYTES) trimRunLog(path7.join(this.root, "runs.jsonl"));
  }
  async runs() {
    let text = "";
    try {
      text = this.readRegular(path7.join(this.root, "runs.jsonl"));
    } catch {
    }
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
function fsp2() {
  return Promise.resolve().then(() => __toESM(require("node:fs/promises"), 1));
}
function replacingMarker(entryDir) {
  return `${entryDir}.replacing`;
}
function statOrUndefined(file) {
  try {
    return (0, import_node_fs7.lstatSync)(file);
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw error;
  }
}
function isNotFound(error) {
  return error?.code === "ENOENT";
}

// src/cli/reporter.ts
init_debug();
init_digest();

// src/core/summary.ts
init_units();
function savedWhere(result) {
  const parts = [];
  if (result.savedTo.length > 0) parts.push(`saved to ${result.savedTo.join(", ")}`);
  if (result.keptIn && result.keptIn.length > 0) {
    parts.push(`kept the existing entry in ${result.keptIn.join(", ")}`);
  }
  return parts.length > 0 ? parts.join("; ") : "not saved";
}
function describeTimeSaved(ms) {
  return ms >= 0 ? `saved ${formatDuration(ms)}` : `cost ${formatDuration(-ms)} more than running it`;
}

// src/cli/reporter.ts
init_units();

// src/cli/output.ts
var StreamOutput = class {
  constructor(fd) {
    this.fd = fd;
  }
  fd;
  stream;
  closed = false;
  get isTTY() {
    return this.target().isTTY === true;
  }
  write(data) {
    if (!this.closed) this.target().write(data);
  }
  target() {
    if (!this.stream) {
      const stream = this.fd === 1 ? process.stdout : process.stderr;
      stream.on("error", (error) => {
        if (error.code !== "EPIPE") throw error;
        this.closed = true;
      });
      this.stream = stream;
    }
    return this.stream;
  }
};
var stdout = new StreamOutput(1);
var stderr = new StreamOutput(2);

// src/cli/progress.ts
init_units();
function liveProgress(stderr2, env) {
  return stderr2.isTTY && !env.CI && env.TERM !== "dumb";
}
function createProgress(out, options) {
  const afterMs = options.afterMs ?? 1e3;
  const now = options.now ?? (() => performance.now());
  const intervalMs = options.intervalMs ?? 250;
  const active = /* @__PURE__ */ new Set();
  let shown = false;
  let timer;
  const clear = () => {
    if (!shown) return;
    out.write("\r\x1B[K");
    shown = false;
  };
  const draw = () => {
    if (!options.live) return;
    const at = now();
    const due = [...active].filter((t) => at - t.started >= afterMs);
    if (due.length === 0) return;
    const parts = due.map((t) => describe(t, at));
    out.write(`\r\x1B[K  ${parts.join("; ")}`);
    shown = true;
  };
  const stopTimer = () => {
    clearInterval(timer);
    timer = void 0;
  };
  const sink = (kind, store, totalBytes) => {
    const transfer = { kind, store, total: totalBytes, started: now(), bytes: 0 };
    active.add(transfer);
    if (options.live && intervalMs > 0 && timer === void 0) {
      timer = setInterval(draw, intervalMs);
      timer.unref();
    }
    let ended = false;
    const handle = {
      add(bytes) {
        transfer.bytes += bytes;
      },
      end(ok) {
        if (ended) return;
        ended = true;
        active.delete(transfer);
        const took = now() - transfer.started;
        if (options.live) {
          clear();
          if (active.size === 0) stopTimer();
          else draw();
        } else if (ok && took >= afterMs) {
          out.write(`  ${describe(transfer, transfer.started + took, true)}
`);
        }
      }
    };
    return handle;
  };
  return { sink, clear, draw };
}
function describe(t, at, done = false) {
  const ms = Math.max(1, at - t.started);
  const bytes = t.kind === "save" ? t.total ?? 0 : t.bytes;
  const rate = `${formatBytes(Math.round(bytes * 1e3 / ms))}/s`;
  if (done) {
    const verb = t.kind === "save" ? "saved" : "restored";
    const where = t.kind === "save" ? "to" : "from";
    return `${verb} ${formatBytes(bytes)} ${where} ${t.store} in ${formatDuration(ms)} (${rate})`;
  }
  if (t.kind === "save") {
    return `saving ${formatBytes(bytes)} to ${t.store}, ${formatDuration(ms)}`;
  }
  return `restoring from ${t.store}: ${formatBytes(bytes)}, ${rate}`;
}

// src/cli/style.ts
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var plain = (s) => s;
function createStyle(stream, env) {
  const color = stream.isTTY === true && !("NO_COLOR" in env) && env.TERM !== "dumb";
  if (!color)
    return { bold: plain, dim: plain, green: plain, yellow: plain, red: plain, cyan: plain };
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    red: wrap(31, 39),
    cyan: wrap(36, 39)
  };
}

// src/cli/reporter.ts
function createCliReporter(options) {
  const err = stderr;
  const style = createStyle(err, process.env);
  const out = options.json ? stderr : stdout;
  const quiet = options.quiet === true;
  if (options.verbose) enableDebug();
  const warnings = [];
  const restoredFiles = /* @__PURE__ */ new Map();
  const progress = quiet ? void 0 : createProgress(err, { live: liveProgress(err, process.env) });
  const line = (text) => {
    progress?.clear();
    err.write(`${text}
`);
  };
  const status = quiet ? () => {
  } : line;
  return {
    warnings,
    progress: progress?.sink,
    // Quiet: the command's output is kept, and shown only when it fails (failedOutput).
    live: quiet ? null : { stdout: out, stderr },
    warn(message) {
      warnings.push(message);
      line(`${style.yellow("taskcache: warning:")} ${message}`);
    },
    notice(message) {
      status(`${style.cyan("taskcache: notice:")} ${message}`);
    },
    failedOutput(_task, log) {
      if (quiet) err.write(log);
    },
    summary(results) {
      const text = describeRun(results);
      if (quiet || results.length > 1) {
        const failed = results.some((r) => r.status === "failed");
        line(`${failed ? style.red("taskcache:") : style.cyan("taskcache:")} ${text}`);
      }
    },
    miss(task2, key, reason) {
      status(
        `${style.cyan("\u25B8")} ${style.bold(task2.name)} ${style.yellow("miss")} ${style.dim(`(${reason}) key ${shortKey(key)}`)}`
      );
      status(style.dim(`  $ ${task2.command}`));
    },
    hit(task2, key, source, record, log) {
      restoredFiles.set(task2.name, record.files);
      if (quiet) return;
      line(
        `${style.cyan("\u25B8")} ${style.bold(task2.name)} ${style.green("hit")} ${style.dim(`from ${source}: cached ${record.createdAt}, took ${formatDuration(record.durationMs)}, key ${shortKey(key)}`)}`
      );
      out.write(log);
    },
    done(result) {
      if (result.status === "failed") {
        line(
          `${style.red("\u2717")} ${style.bold(result.task)} ${style.red(`failed with exit code ${result.exitCode}`)} ${style.dim("(not cached)")}`
        );
      } else if (result.status === "miss") {
        const where = result.reason === "cache off" ? "ran without the cache" : savedWhere(result);
        status(
          `${style.green("\u2713")} ${style.bold(result.task)} ${style.dim(`${where}, ${formatBytes(result.bytes)} of outputs, ${formatDuration(result.durationMs - (result.keyMs ?? 0))}${keyPart(result.keyMs)}`)}`
        );
      } else {
        status(
          `${style.green("\u2713")} ${style.bold(result.task)} ${style.dim(`restored ${filesPart(restoredFiles.get(result.task))}${formatBytes(result.bytes)} in ${formatDuration(result.durationMs - (result.keyMs ?? 0))}${keyPart(result.keyMs)}, ${describeTimeSaved(result.timeSavedMs)}`)}`
        );
      }
    }
  };
}
function describeRun(results) {
  const count = (status) => results.filter((r) => r.status === status).length;
  const saved = results.reduce((sum, r) => sum + (r.status === "hit" ? r.timeSavedMs : 0), 0);
  const hits = count("hit");
  const misses = count("miss");
  const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
  const parts = [
    `${plural(results.length, "task")}: ${plural(hits, "hit")}, ${plural(misses, "miss", "misses")}, ${count("failed")} failed`
  ];
  if (hits > 0) parts.push(describeTimeSaved(saved));
  return parts.join("; ");
}
function filesPart(files) {
  return files === void 0 ? "" : `${files} file${files === 1 ? "" : "s"}, `;
}
function keyPart(keyMs) {
  return keyMs === void 0 ? "" : ` (key ${formatDuration(keyMs)})`;
}

// src/cli/switches.ts
init_config_shape();
init_errors();

// src/engine/remotes.ts
init_deadlines();
init_config_shape();
init_units();
function storeModeOf(text) {
  return STORE_MODES.includes(text ?? "") ? text : void 0;
}

// src/cli/switches.ts
init_store();
function runCacheMode(flags, env) {
  if (flags.cache !== void 0) return modeOrThrow("--cache", flags.cache);
  const fromEnv = env[CACHE_ENV];
  if (fromEnv === void 0 || fromEnv === "") return "read-write";
  return modeOrThrow(CACHE_ENV, fromEnv);
}
function runRemotes(flags, config) {
  const mode = flags["remote-mode"] === void 0 ? "read-write" : modeOrThrow("--remote-mode", flags["remote-mode"]);
  return [
    ...flags["no-remote"] ? [] : configRemotes(config),
    ...(flags.remote ?? []).map((url) => ({ url, mode }))
  ];
}
function modeOrThrow(where, value) {
  const mode = storeModeOf(value);
  if (mode === void 0) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}\u2026` : value;
    throw new UsageError(`${where}: expected one of ${STORE_MODES.join(", ")}, got "${shown}"`);
  }
  return mode;
}

// src/cli/base-context.ts
function localStoreFor(flags) {
  const dir = flags["cache-dir"] ? path8.resolve(flags["cache-dir"]) : defaultCacheDir(process.env);
  return new LocalStore(dir);
}
async function baseContext(flags, file = flags.config ?? findConfig(process.cwd())) {
  await initBlake3();
  if (!file) {
    throw new UsageError(
      `no ${DEFAULT_CONFIG} in ${process.cwd()} or its parents (pass --config FILE)`
    );
  }
  const local = localStoreFor(flags);
  const loaded = await loadConfigCached(file, local.stateDir);
  const reporter = createCliReporter({
    json: flags.json === true,
    quiet: flags.quiet === true,
    verbose: flags.verbose === true
  });
  const cacheMode = runCacheMode(flags, process.env);
  const maxSize = loaded.config["max-size"];
  const maxAge = loaded.config["max-age"];
  const prune = {
    ...maxSize ? { maxBytes: parseSize(maxSize) } : {},
    ...maxAge ? { maxAgeMs: parseAge(maxAge) } : {}
  };
  local.expireAfter(prune.maxAgeMs);
  return { loaded, local, reporter, cacheMode, prune };
}

// src/cli/flags.ts
var import_node_util = require("node:util");
init_errors();
var FLAGS = {
  config: { type: "string", short: "c" },
  "cache-dir": { type: "string" },
  remote: { type: "string", multiple: true },
  json: { type: "boolean" },
  force: { type: "boolean" },
  "max-size": { type: "string" },
  "max-age": { type: "string" },
  help: { type: "boolean", short: "h" },
  all: { type: "boolean" },
  "dry-run": { type: "boolean" },
  yes: { type: "boolean", short: "y" },
  github: { type: "boolean" },
  repo: { type: "string" },
  concurrency: { type: "string" },
  continue: { type: "boolean" },
  only: { type: "boolean" },
  filter: { type: "string", multiple: true },
  scripts: { type: "string" },
  stdout: { type: "boolean" },
  cache: { type: "string" },
  "remote-mode": { type: "string" },
  "no-remote": { type: "boolean" },
  verbose: { type: "boolean", short: "v" },
  quiet: { type: "boolean", short: "q" },
  task: { type: "boolean" }
};
function parseFlags(command, args, accepted) {
  const options = Object.fromEntries(accepted.map((name) => [name, FLAGS[name]]));
  options.help = FLAGS.help;
  try {
    const { values, positionals } = (0, import_node_util.parseArgs)({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true
    });
    return { flags: values, positionals };
  } catch (error) {
    throw new UsageError(`${command}: ${error.message.replace(/\.$/, "")}`);
  }
}

// src/cli/replay.ts
var os = __toESM(require("node:os"), 1);
var path11 = __toESM(require("node:path"), 1);
init_debug();
init_errors();

// src/engine/restore.ts
var path10 = __toESM(require("node:path"), 1);
init_archive();
init_blake3();
init_debug();

// src/adapters/declared-outputs.ts
init_files();
init_walk();

// src/engine/restore.ts
init_files();

// src/adapters/in-place.ts
init_archive();
init_file_digest();
init_files();
init_stat_witness();

// src/adapters/kept-logs.ts
var import_node_fs8 = require("node:fs");
var path9 = __toESM(require("node:path"), 1);
init_atomic_file();
init_blake3();
var MAX_LOG_BYTES = 64 * 1024;
var MAX_LOGS = 4e3;
var KeptLogs = class {
  /** `limits` are for tests; taskcache keeps logs of up to 64 KiB, and up to 4,000 of them. */
  constructor(dir, limits = {}) {
    this.dir = dir;
    this.maxBytes = limits.maxBytes ?? MAX_LOG_BYTES;
    this.maxLogs = limits.maxLogs ?? MAX_LOGS;
  }
  dir;
  maxBytes;
  maxLogs;
  /** The log with this size and digest, if kept and intact. */
  get(log) {
    if (log.size > this.maxBytes || !/^[0-9a-f]{64}$/.test(log.digest)) return void 0;
    const file = path9.join(this.dir, log.digest);
    let bytes;
    try {
      bytes = (0, import_node_fs8.readFileSync)(file);
    } catch {
      return void 0;
    }
    if (bytes.length !== log.size || blake3(bytes) !== log.digest) return void 0;
    touchUsed(file);
    return bytes;
  }
  /** Keeps a log read from a verified entry (or just saved); failures only cost speed. */
  keep(log) {
    if (log.length > this.maxBytes) return;
    const digest = blake3(log);
    const file = path9.join(this.dir, digest);
    try {
      if ((0, import_node_fs8.statSync)(file, { throwIfNoEntry: false })?.size === log.length) return;
      (0, import_node_fs8.mkdirSync)(this.dir, { recursive: true });
      writeFileAtomic(file, [log]);
      this.trim();
    } catch {
    }
  }
  trim() {
    const names = (0, import_node_fs8.readdirSync)(this.dir);
    if (names.length <= this.maxLogs) return;
    const aged = names.map((name) => ({ name, at: (0, import_node_fs8.statSync)(path9.join(this.dir, name)).mtimeMs })).sort((a, b) => a.at - b.at);
    for (const { name } of aged.slice(0, aged.length >> 1)) {
      (0, import_node_fs8.rmSync)(path9.join(this.dir, name), { force: true });
    }
  }
};

// src/engine/restore.ts
init_digest();

// src/core/entry.ts
init_canonical();
init_digest();

// src/core/manifest.ts
init_canonical();
init_digest();
var KEY_TEXT_CHUNK = 16 * 1024;

// src/core/entry.ts
init_paths();

// src/core/record-text.ts
init_canonical();
init_digest();
var TEXT_CHUNK = 16 * 1024;
var PIECE_BYTES2 = 64 * 1024;

// src/core/entry.ts
var CODECS = ["zstd", "gzip", "none"];
var CLOSING = new TextEncoder().encode("}\n");
var MAX_RECORD_CHARS = 64 * 1024 * 1024;
var MAX_SIZE = 2 ** 40;
var ascii = (text) => Buffer.from(text, "latin1");
var RECORD_FIELD = ascii(',"record":');
var MANIFEST_FIELD = ascii(',"manifest":{');
var AFTER_MANIFEST = ascii('},"outputs":[');
var AFTER_OUTPUTS = ascii('],"producer":{');
var LIST_PIECE = 64 * 1024;
var BETWEEN_OBJECTS = ascii('},{"');
var BLOBS_AFTER = CODECS.map((codec) => ({
  codec,
  prefix: ascii(`{"archive":{"codec":"${codec}"},"blobs":{`)
}));
var INPUTS_FIELD = ascii(',"inputs":[');
var INPUT_FILE = ascii('{"digest":"');
var INPUT_EXECUTABLE = ascii('","executable":');
var INPUT_PATH = ascii(',"path":"');
var INPUT_LINK = ascii('{"link":"');
var TRUE = ascii("true");
var FALSE = ascii("false");
var BLOBS_START = Object.fromEntries(BLOBS_AFTER.map((b) => [b.codec, b.prefix.length]));

// src/engine/save.ts
init_archive();
init_atomic_file();
init_codec();
init_files();

// src/engine/restore.ts
function keptLogs(context) {
  return context.stateDir ? new KeptLogs(path10.join(context.stateDir, "logs")) : void 0;
}

// src/engine/run.ts
init_debug();
init_files();
init_process();

// src/core/env.ts
init_canonical();
var VOLATILE_ENV = [
  "GITHUB_RUN_ID",
  "GITHUB_RUN_NUMBER",
  "GITHUB_RUN_ATTEMPT",
  "GITHUB_JOB",
  "GITHUB_ACTION",
  "GITHUB_ACTION_*",
  "GITHUB_ACTIONS",
  "GITHUB_ENV",
  "GITHUB_OUTPUT",
  "GITHUB_PATH",
  "GITHUB_STATE",
  "GITHUB_STEP_SUMMARY",
  "GITHUB_EVENT_PATH",
  "GITHUB_WORKSPACE",
  "GITHUB_SHA",
  "GITHUB_REF",
  "GITHUB_REF_NAME",
  "GITHUB_HEAD_REF",
  "GITHUB_BASE_REF",
  "GITHUB_RETENTION_DAYS",
  "GITHUB_TRIGGERING_ACTOR",
  "GITHUB_ACTOR*",
  "RUNNER_*",
  "ACTIONS_*",
  "INPUT_*",
  "STATE_*",
  "CI_JOB_*",
  "CI_PIPELINE_*",
  "BUILD_ID",
  "BUILD_NUMBER",
  "INVOCATION_ID",
  "JOURNAL_STREAM",
  "TMP",
  "TEMP",
  "TMPDIR",
  "PWD",
  "OLDPWD",
  "SHLVL",
  "_",
  "RANDOM",
  "SECONDS",
  "LINENO",
  "HOSTNAME",
  "HOME",
  "USER",
  "LOGNAME",
  "SSH_*",
  "TERM",
  "TERM_*",
  "COLORTERM",
  "DISPLAY",
  "WINDOWID",
  "XDG_*",
  "DBUS_*",
  "TASKCACHE_*",
  "npm_*",
  "NPM_CONFIG_*",
  "COLUMNS",
  "LINES"
];
function wildcardToRegExp(pattern) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}
var VOLATILE = VOLATILE_ENV.map(wildcardToRegExp);
var PRIVATE_ENV = [
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_CACHE_SERVICE_V2",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "INPUT_*",
  "STATE_*",
  "GITHUB_STATE",
  "TASKCACHE_SIGNING_KEY",
  "TASKCACHE_REMOTE_TOKEN",
  "TASKCACHE_REMOTE_HEADERS"
];
var PRIVATE = PRIVATE_ENV.map((pattern) => new RegExp(wildcardToRegExp(pattern).source, "i"));

// src/engine/run.ts
init_store();

// src/engine/inspect.ts
init_blake3();

// src/adapters/git-ignore.ts
init_debug();
init_files();
init_git_index();
init_lazy_builtins();
init_stat_witness();
init_walk();

// src/core/diff.ts
init_canonical();

// src/engine/key.ts
init_blake3();
init_files();

// src/engine/key-commands.ts
init_blake3();
init_debug();
init_process();
init_canonical();
init_units();

// src/engine/store-hints.ts
init_blake3();
init_store();

// src/engine/run.ts
async function finish(context, result) {
  context.reporter.done(result);
  if (!context.runLog || result.key === null) return;
  await context.runLog.recordRun({
    time: (/* @__PURE__ */ new Date()).toISOString(),
    task: result.task,
    key: result.key,
    status: result.status,
    source: result.status === "hit" ? result.source : null,
    durationMs: result.durationMs,
    savedMs: result.status === "hit" ? result.timeSavedMs : 0,
    bytes: result.bytes
  }).catch(() => {
  });
}
function hitFigures(task2, key, source, entry, bytes, started) {
  const durationMs = Math.round(monotonicMs() - started);
  return {
    task: task2,
    key,
    status: "hit",
    source,
    exitCode: 0,
    durationMs,
    originalDurationMs: entry.durationMs,
    timeSavedMs: entry.durationMs - durationMs,
    bytes,
    cachedAt: entry.createdAt
  };
}
async function replayHit(spec, context, hit) {
  const started = monotonicMs();
  context.reporter.hit(spec, hit.key, hit.source, hit.entry, hit.log);
  const result = hitFigures(spec.name, hit.key, hit.source, hit.entry, hit.bytes, started);
  await finish(context, result);
  return result;
}

// src/engine/schedule.ts
function prefixedLines(target, prefix) {
  let partial = "";
  return {
    write(chunk) {
      const text = partial + Buffer.from(chunk).toString("utf8");
      const end = text.lastIndexOf("\n");
      partial = text.slice(end + 1);
      if (end < 0) return;
      const lines = text.slice(0, end).split("\n");
      target.write(Buffer.from(lines.map((line) => `${prefix}${line}
`).join("")));
    },
    flush() {
      if (partial !== "") target.write(Buffer.from(`${prefix}${partial}
`));
      partial = "";
    }
  };
}
function prefixedReporter(base, task2) {
  if (!base.live) return base;
  const prefix = `${task2} | `;
  const out = prefixedLines(base.live.stdout, prefix);
  const err = prefixedLines(base.live.stderr, prefix);
  return {
    // Whatever else the base reports (its methods use no `this`), as it does.
    ...base,
    live: { stdout: out, stderr: err },
    hit(spec, key, source, record, log) {
      base.hit(spec, key, source, record, Buffer.alloc(0));
      out.write(log);
    },
    done(result) {
      out.flush();
      err.flush();
      base.done(result);
    }
  };
}

// src/cli/json.ts
function printJson(value) {
  stdout.write(`${JSON.stringify(value, null, 2)}
`);
}
function summarize(results) {
  const hits = results.filter((r) => r.status === "hit").length;
  const misses = results.filter((r) => r.status === "miss").length;
  const failed = results.filter((r) => r.status === "failed").length;
  return {
    tasks: results.length,
    hits,
    misses,
    failed,
    hitRate: results.length === 0 ? 0 : hits / results.length,
    timeSavedMs: results.reduce((sum, r) => sum + (r.status === "hit" ? r.timeSavedMs : 0), 0)
  };
}
function taskJson(result) {
  const hit = result.status === "hit" ? result : void 0;
  return {
    task: result.task,
    key: result.key,
    status: result.status,
    source: hit?.source ?? null,
    exitCode: result.exitCode,
    durationMs: result.durationMs,
    originalDurationMs: hit?.originalDurationMs ?? null,
    timeSavedMs: hit?.timeSavedMs ?? 0,
    bytes: result.bytes,
    reason: result.status === "hit" ? null : result.reason,
    savedTo: result.status === "miss" ? result.savedTo : [],
    keptIn: result.status === "miss" ? result.keptIn : [],
    cachedAt: hit?.cachedAt ?? null
  };
}

// src/cli/replay.ts
var SEAL_TRIED = /* @__PURE__ */ Symbol.for("taskcache.seal-tried");
var RUN_FLAGS = [
  "config",
  "cache-dir",
  "json",
  "force",
  "remote",
  "concurrency",
  "continue",
  "only",
  "filter",
  "cache",
  "remote-mode",
  "no-remote",
  "verbose",
  "quiet"
];
function parseConcurrency(flags) {
  const raw = flags.concurrency;
  if (raw === void 0) return os.availableParallelism();
  if (!/^[1-9][0-9]*$/.test(raw)) {
    throw new UsageError(`run: --concurrency: expected a whole number of at least 1, got "${raw}"`);
  }
  return Number(raw);
}
function reporterFor(tasks, concurrency) {
  const prefixed = tasks.length > 1 && concurrency > 1;
  return (engine, task2) => prefixed ? { ...engine, reporter: prefixedReporter(engine.reporter, task2.name) } : engine;
}
function sealOf(ctx, tasks, settings) {
  const { engine } = ctx;
  if (!engine.stateDir || engine.force || engine.signer || engine.hooks) return void 0;
  if (!engine.stores.readable().includes(ctx.local)) return void 0;
  if (tasks.some((task2) => task2.keyCommands.length > 0 || task2.cleanOutputs)) return void 0;
  return {
    file: sealFile(engine.stateDir, engine.workspace),
    fingerprint: sealFingerprint({
      workspace: engine.workspace,
      specs: tasks,
      settings,
      stores: engine.stores.stores.map((store) => `${store.name}:${store.mode}`),
      env: engine.env,
      platform: engine.platform
    })
  };
}
async function replaySealed(ctx, tasks, seal, concurrency, read = readSeal(seal.file)) {
  const { engine, local } = ctx;
  const logs = keptLogs(engine);
  const sealed = logs && read && await replaySeal(
    read,
    seal.fingerprint,
    engine.workspace,
    tasks.map((task2) => task2.name),
    local,
    logs
  ).catch((error) => {
    debug(`seal: not checked: ${error.message}`);
    return void 0;
  });
  if (!sealed) return void 0;
  for (const name of scanStateNames(engine.workspace)) {
    touchUsed(path11.join(engine.stateDir, name));
  }
  const reporterOf = reporterFor(tasks, concurrency);
  const results = [];
  for (const [i, task2] of tasks.entries()) {
    const hit = sealed[i];
    for (const warning of hit.warnings) engine.reporter.warn(warning);
    results.push(
      await replayHit(task2, reporterOf(engine, task2), {
        key: hit.key,
        source: local.name,
        entry: hit.shown,
        bytes: hit.bytes,
        log: hit.logBytes
      })
    );
  }
  return { results, skipped: [], exitCode: 0 };
}
function endRun(ctx, outcome, flags) {
  for (const { task: task2, reason } of outcome.skipped) {
    stderr.write(`- ${task2} ${reason}
`);
  }
  ctx.summary(outcome.results);
  if (flags.json) {
    printJson({
      tasks: outcome.results.map(taskJson),
      ...outcome.skipped.length > 0 ? { skipped: outcome.skipped } : {},
      summary: summarize(outcome.results),
      warnings: ctx.warnings
    });
  }
  return outcome.exitCode;
}

// src/cli/replay-main.ts
async function replayRun(args) {
  const prepared = await prepare(args).catch((error) => {
    debug(`seal: not replayed before the CLI's bundle: ${error.message}`);
    return void 0;
  });
  if (prepared === void 0) return void 0;
  const { ctx, tasks, seal, read, concurrency, flags } = prepared;
  const outcome = await replaySealed(ctx, tasks, seal, concurrency, read);
  if (outcome === void 0) {
    globalThis[SEAL_TRIED] = true;
    return void 0;
  }
  debug("seal: replayed before the CLI's bundle was loaded");
  return endRun(ctx, outcome, flags);
}
async function prepare(args) {
  const { flags, positionals } = parseFlags("run", args, RUN_FLAGS);
  if (flags.help || flags.force || signerFromEnv(process.env)) return void 0;
  const concurrency = parseConcurrency(flags);
  const file = flags.config ?? findConfig(process.cwd());
  if (file === void 0) return void 0;
  const workspace = path12.dirname(path12.resolve(file));
  await initBlake3();
  const read = readSeal(sealFile(localStoreFor(flags).stateDir, workspace));
  if (read === void 0) return void 0;
  if (!sealPathsHold(read, workspace)) {
    globalThis[SEAL_TRIED] = true;
    return void 0;
  }
  const { loaded, local, reporter, cacheMode } = await baseContext(flags, file);
  if (loaded.workspace !== workspace) return void 0;
  if (runRemotes(flags, loaded.config).length > 0) return void 0;
  if (!flags["no-remote"] && (loaded.config.stores ?? []).length > 0) return void 0;
  const stores = new StoreSet([local], (message) => reporter.warn(message));
  stores.progress = reporter.progress;
  const ctx = {
    loaded,
    local,
    engine: {
      workspace: loaded.workspace,
      env: process.env,
      platform: { os: os2.platform(), arch: os2.arch() },
      stores: stores.restrictedTo(cacheMode),
      stateDir: local.stateDir,
      reporter,
      force: false,
      ...local.mode === "off" ? {} : { runLog: local }
    },
    warnings: reporter.warnings,
    summary: (results) => reporter.summary(results)
  };
  const tasks = selectTasks(loaded, positionals, {
    filters: flags.filter ?? [],
    only: flags.only === true
  });
  const seal = sealOf(ctx, tasks, { flags, concurrency, mode: ctx.engine.stores.mode });
  return seal && { ctx, tasks, seal, read, concurrency, flags };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  replayRun
});
