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

// src/adapters/collect.ts
function setCollector(collect) {
  collector = collect;
}
function collectGarbage() {
  collector?.();
}
var collector;
var init_collect = __esm({
  "src/adapters/collect.ts"() {
    "use strict";
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
    exports2.basename = (path29, { windows } = {}) => {
      const segs = path29.split(windows ? /[\\/]/ : "/");
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
      let finished2 = false;
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
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished2 = true;
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
                finished2 = true;
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
          if (finished2 === true) continue;
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
            finished2 = true;
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
                  finished2 = true;
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
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished2 = true;
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
              finished2 = true;
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
                finished2 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished2 = true;
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
          const open3 = tokens[token.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open3.output;
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
                const posix4 = POSIX_REGEX_SOURCE[rest2];
                if (posix4) {
                  prev.value = pre + posix4;
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
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
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
    var picomatch7 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch7(input, options, returnState));
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
      const posix4 = opts.windows;
      const regex = isState ? picomatch7.compileRe(glob, options) : picomatch7.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch7(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch7.test(input, regex, options, { glob, posix: posix4 });
        const result = { glob, state, regex, posix: posix4, input, output, match, isMatch };
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
    picomatch7.test = (input, regex, options, { glob, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch7.matchBase(input, regex, options, posix4);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch7.matchBase = (input, glob, options, posix4 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch7.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix4 }));
    };
    picomatch7.isMatch = (str, patterns, options) => picomatch7(patterns, options)(str);
    picomatch7.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch7.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch7.scan = (input, options) => scan(input, options);
    picomatch7.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch7.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch7.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
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
      return picomatch7.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch7.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch7.constants = constants3;
    module2.exports = picomatch7;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch7(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch7, pico);
    module2.exports = picomatch7;
  }
});

// src/core/canonical.ts
function canonicalJson(value) {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new TypeError("canonicalJson: non-finite number");
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(",")}]`;
  }
  const keys = Object.keys(value).sort(compareCodeUnits);
  const parts = [];
  for (const key of keys) {
    const item = value[key];
    if (item === void 0) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(",")}}`;
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_canonical = __esm({
  "src/core/canonical.ts"() {
    "use strict";
  }
});

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
async function createHasher() {
  const h = await createBLAKE3();
  h.init();
  return {
    init: () => {
      h.init();
    },
    update: (chunk) => {
      h.update(chunk);
    },
    digest: () => h.digest("hex")
  };
}
async function loadBackend(env = process.env) {
  const native = env.TASKCACHE_BLAKE3 === "wasm" ? void 0 : loadNative();
  if (native) {
    return {
      name: "native",
      hash: nativeOneShot(native),
      createHasher: async () => {
        const h = new native.Blake3Hasher();
        return {
          init: () => h.reset(),
          update: (chunk) => h.update(chunk),
          digest: () => h.digest("hex")
        };
      }
    };
  }
  shared ??= await createBLAKE3();
  const wasm = shared;
  return {
    name: "wasm",
    hash: (data) => {
      wasm.init();
      wasm.update(data);
      return wasm.digest("hex");
    },
    createHasher
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

// src/adapters/file-digest.ts
var import_node_fs, WHOLE, CHUNK, FileHasher;
var init_file_digest = __esm({
  "src/adapters/file-digest.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    WHOLE = 1024 * 1024;
    CHUNK = 1024 * 1024;
    FileHasher = class _FileHasher {
      constructor(backend2, hasher) {
        this.backend = backend2;
        this.hasher = hasher;
      }
      backend;
      hasher;
      buffer = Buffer.allocUnsafe(64 * 1024);
      static async create(backend2) {
        return new _FileHasher(backend2, await backend2.createHasher());
      }
      /** The file's digest and stat, or nothing when it no longer exists. */
      hash(absolute) {
        let fd;
        try {
          fd = (0, import_node_fs.openSync)(absolute, "r");
        } catch (error) {
          if (error.code === "ENOENT") return void 0;
          throw error;
        }
        try {
          const { size, mode, mtimeMs, ctimeMs, ino } = (0, import_node_fs.fstatSync)(fd);
          const stat = { size, mode, mtimeMs, ctimeMs, ino };
          if (size > WHOLE) return { digest: this.streamed(fd), stat };
          if (this.buffer.length <= size) this.buffer = Buffer.allocUnsafe(size + 1 + (size >> 3));
          let length = 0;
          for (; ; ) {
            if (length === this.buffer.length) {
              const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
              this.buffer.copy(bigger, 0, 0, length);
              this.buffer = bigger;
            }
            const wanted = this.buffer.length - length;
            const read = (0, import_node_fs.readSync)(fd, this.buffer, length, wanted, null);
            length += read;
            if (read === 0 || read < wanted && length >= size) break;
          }
          return { digest: this.backend.hash(this.buffer.subarray(0, length)), stat };
        } finally {
          (0, import_node_fs.closeSync)(fd);
        }
      }
      streamed(fd) {
        const hasher = this.hasher;
        hasher.init();
        const chunk = Buffer.allocUnsafe(CHUNK);
        for (; ; ) {
          const read = (0, import_node_fs.readSync)(fd, chunk, 0, CHUNK, null);
          if (read === 0) break;
          hasher.update(chunk.subarray(0, read));
        }
        return hasher.digest();
      }
    };
  }
});

// src/adapters/name-table.ts
function fnv(bytes, from, to) {
  let hash = 2166136261 | 0;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
  return hash;
}
var NameTable;
var init_name_table = __esm({
  "src/adapters/name-table.ts"() {
    "use strict";
    NameTable = class {
      bytes;
      copies;
      used = 0;
      nameAt;
      nameLength;
      values;
      /** Per row, 1 when a later row has the same name. */
      shadowed;
      hashes;
      rows = 0;
      /** Row + 1 per slot, 0 for empty; its size a power of two. */
      slots = new Int32Array(0);
      scratch = Buffer.allocUnsafe(256);
      /** The name found last, and its row (or -1). */
      lastName;
      lastRow = -1;
      /** `data`: where the names are; without it, names are copied as they come. */
      constructor(count, data) {
        this.copies = data === void 0;
        this.bytes = data ?? Buffer.allocUnsafe(Math.max(1024, Math.min(count, 1 << 20) * 32));
        this.nameAt = new Int32Array(count);
        this.nameLength = new Int32Array(count);
        this.values = new Float64Array(count);
        this.shadowed = new Uint8Array(count);
        this.hashes = new Int32Array(count);
      }
      /** Adds the name at `at` in `source`, with its number. */
      add(source, at, length, value) {
        let nameAt = at;
        if (this.copies) {
          if (this.used + length > this.bytes.length) {
            const grown = Buffer.allocUnsafe(Math.max(this.used + length, this.bytes.length * 2));
            this.bytes.copy(grown, 0, 0, this.used);
            this.bytes = grown;
          }
          source.copy(this.bytes, this.used, at, at + length);
          nameAt = this.used;
          this.used += length;
        }
        const row = this.rows++;
        this.nameAt[row] = nameAt;
        this.nameLength[row] = length;
        this.values[row] = value;
        this.hashes[row] = fnv(this.bytes, nameAt, nameAt + length);
      }
      /** Builds the table once every name is added; a name added twice finds its last entry. */
      seal() {
        let size = 16;
        while (size < this.rows * 2) size *= 2;
        const slots = new Int32Array(size);
        const mask = size - 1;
        for (let row = 0; row < this.rows; row++) {
          let slot = this.hashes[row] & mask;
          const at = this.nameAt[row];
          const length = this.nameLength[row];
          for (; slots[slot] !== 0; slot = slot + 1 & mask) {
            const other = slots[slot] - 1;
            if (this.sameName(other, this.bytes, at, length, this.hashes[row])) {
              this.shadowed[other] = 1;
              break;
            }
          }
          slots[slot] = row + 1;
        }
        this.slots = slots;
      }
      sameName(row, bytes, at, length, hash) {
        if (this.hashes[row] !== hash || this.nameLength[row] !== length) return false;
        const own = this.bytes;
        const from = this.nameAt[row];
        for (let i = 0; i < length; i++) if (own[from + i] !== bytes[at + i]) return false;
        return true;
      }
      /** The row of `name`, or -1. */
      find(name) {
        if (this.rows === 0) return -1;
        if (name === this.lastName) return this.lastRow;
        let length = name.length;
        if (this.scratch.length < length * 3) this.scratch = Buffer.allocUnsafe(length * 3);
        const out = this.scratch;
        let hash = 2166136261 | 0;
        for (let i = 0; i < length; i++) {
          const code = name.charCodeAt(i);
          if (code >= 128) {
            length = out.write(name, 0, "utf8");
            hash = fnv(out, 0, length);
            break;
          }
          out[i] = code;
          hash = Math.imul(hash ^ code, 16777619);
        }
        const slots = this.slots;
        const mask = slots.length - 1;
        for (let slot = hash & mask; slots[slot] !== 0; slot = slot + 1 & mask) {
          const row = slots[slot] - 1;
          if (this.sameName(row, out, 0, length, hash)) {
            this.lastName = name;
            this.lastRow = row;
            return row;
          }
        }
        this.lastName = name;
        this.lastRow = -1;
        return -1;
      }
      /** Rows added. */
      get size() {
        return this.rows;
      }
      /** A row's number. */
      value(row) {
        return this.values[row];
      }
      /** Where a row's name starts in the buffer it was read from (when not copied). */
      nameStart(row) {
        return this.nameAt[row];
      }
      /** Whether a later row has the same name: this one is never found. */
      isShadowed(row) {
        return this.shadowed[row] === 1;
      }
      /** Every name found, in the order added. */
      *names() {
        for (let row = 0; row < this.rows; row++) {
          if (this.shadowed[row] === 1) continue;
          const at = this.nameAt[row];
          yield this.bytes.toString("utf8", at, at + this.nameLength[row]);
        }
      }
    };
  }
});

// src/adapters/atomic-file.ts
function writeFileAtomic(file, data) {
  (0, import_node_fs2.mkdirSync)(path.dirname(file), { recursive: true });
  const tmp = `${file}.${uniqueSuffix()}`;
  try {
    if (typeof data === "string" || data instanceof Uint8Array) (0, import_node_fs2.writeFileSync)(tmp, data);
    else {
      const fd = (0, import_node_fs2.openSync)(tmp, "w");
      try {
        for (const piece of data) {
          for (let at = 0; at < piece.length; ) at += (0, import_node_fs2.writeSync)(fd, piece, at);
        }
      } finally {
        (0, import_node_fs2.closeSync)(fd);
      }
    }
    (0, import_node_fs2.renameSync)(tmp, file);
  } catch (error) {
    (0, import_node_fs2.rmSync)(tmp, { force: true });
    throw error;
  }
}
function uniqueSuffix() {
  made += 1;
  const tail = Math.floor(Math.random() * 4294967296).toString(16).padStart(8, "0");
  return `${process.pid}.${made.toString(36)}${tail}`;
}
var import_node_fs2, path, made;
var init_atomic_file = __esm({
  "src/adapters/atomic-file.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    path = __toESM(require("node:path"), 1);
    made = 0;
  }
});

// src/adapters/stat-cache.ts
function isRacy(times, readAt) {
  return Math.max(times.mtimeMs, times.ctimeMs) >= readAt - RACY_MS;
}
function sameStat(stat, size, mtimeMs, ctimeMs, ino) {
  return size === stat.size && mtimeMs === stat.mtimeMs && ctimeMs === stat.ctimeMs && ino === stat.ino;
}
function fileStamp(file) {
  const stats2 = (0, import_node_fs3.statSync)(file, { throwIfNoEntry: false, bigint: true });
  return stats2 ? `${stats2.mtimeNs}:${stats2.ctimeNs}:${stats2.size}:${stats2.ino}` : "none";
}
function nibble(code) {
  return code <= 57 ? code - 48 : code - 87;
}
function hexByte(blob, i) {
  return nibble(blob.charCodeAt(i * 2)) << 4 | nibble(blob.charCodeAt(i * 2 + 1));
}
function hexKey(blob) {
  if (blob.length < 8) return 0;
  return (hexByte(blob, 0) << 24 | hexByte(blob, 1) << 16 | hexByte(blob, 2) << 8 | hexByte(blob, 3)) >>> 0;
}
function sameId(data, at, length, blob) {
  if (blob.length !== length * 2) return false;
  for (let i = 0; i < length; i++) if (data[at + i] !== hexByte(blob, i)) return false;
  return true;
}
var import_node_fs3, MAGIC, NUMBERS, DIGEST_BYTES, RACY_MS, MAX_ENTRIES, PIECE_BYTES, PIECE_INDEX, ROW_TAIL, StatCache, HINTS_MAGIC, keptHints, MAX_HINTS, BlobHints;
var init_stat_cache = __esm({
  "src/adapters/stat-cache.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    init_atomic_file();
    init_name_table();
    MAGIC = "TCS1";
    NUMBERS = 4 * 8;
    DIGEST_BYTES = 32;
    RACY_MS = 2e3;
    MAX_ENTRIES = 25e4;
    PIECE_BYTES = 256 * 1024;
    PIECE_INDEX = 2 ** 32;
    ROW_TAIL = NUMBERS + DIGEST_BYTES;
    StatCache = class _StatCache {
      constructor(file, data) {
        this.file = file;
        this.data = data;
        let rows = 0;
        const usable = data.toString("latin1", 0, MAGIC.length) === MAGIC;
        for (let at = MAGIC.length; usable && at + 2 <= data.length; rows++) {
          const end = at + 2 + data.readUInt16LE(at) + ROW_TAIL;
          if (end > data.length) break;
          at = end;
        }
        this.offsets = new NameTable(rows, data);
        for (let row = 0, at = MAGIC.length; row < rows; row++) {
          const length = data.readUInt16LE(at);
          this.offsets.add(data, at + 2, length, at + 2 + length);
          at += 2 + length + ROW_TAIL;
        }
        this.offsets.seal();
        this.superseded = new Uint8Array(rows);
        this.seen = new Uint8Array(rows);
      }
      file;
      data;
      /** Rows loaded from disk, by path (name-table.ts): where their numbers start in `data`. */
      offsets;
      /** Per loaded row, 1 once recorded again in this run: the loaded row is dropped. */
      superseded;
      supersededRows = 0;
      /** Per loaded row, 1 once looked up in this run. */
      seen;
      /**
       * Rows recorded in this run, encoded as the file holds them as they come, so 50,000 new rows
       * cost no objects and saving is a write: full pieces, then the one being filled.
       */
      added = [];
      piece = Buffer.allocUnsafe(0);
      pieceBytes = 0;
      addedRows = 0;
      /**
       * Rows recorded in this process, by path: where their numbers are in `added` (the piece's
       * index times 2^32, plus the offset), so a later scan of the same invocation (another task
       * over the same files) finds them.
       */
      recent = /* @__PURE__ */ new Map();
      /** Loads the cache; a missing, foreign or torn file is an empty cache. */
      static load(file) {
        let data;
        try {
          data = (0, import_node_fs3.readFileSync)(file);
        } catch {
          return new _StatCache(file, Buffer.alloc(0));
        }
        return new _StatCache(file, data);
      }
      /** Whether nothing was loaded: this workspace was never hashed with this state. */
      get empty() {
        return this.offsets.size === 0;
      }
      /**
       * Whether a digest was kept for this path at all: if not, a stat would not help. (A scan
       * asks once per path, before recording it.)
       */
      knows(name) {
        if (this.recent.has(name)) return true;
        const row = this.offsets.find(name);
        return row >= 0 && this.superseded[row] === 0;
      }
      /** The digest kept for this exact stat, unless it was racy when recorded. */
      lookup(stat) {
        const fresh = this.recent.get(stat.path);
        if (fresh !== void 0) {
          const piece = Math.floor(fresh / PIECE_INDEX);
          return this.digestAt(
            stat,
            piece < this.added.length ? this.added[piece] : this.piece,
            fresh % PIECE_INDEX
          );
        }
        const row = this.offsets.find(stat.path);
        if (row < 0 || this.superseded[row] === 1) return void 0;
        this.seen[row] = 1;
        return this.digestAt(stat, this.data, this.offsets.value(row));
      }
      /** The digest of the row whose numbers start at `at` in `d`, if the stat is the row's. */
      digestAt(stat, d, at) {
        return sameStat(
          stat,
          d.readDoubleLE(at),
          d.readDoubleLE(at + 8),
          d.readDoubleLE(at + 16),
          d.readDoubleLE(at + 24)
        ) ? d.toString("hex", at + NUMBERS, at + NUMBERS + DIGEST_BYTES) : void 0;
      }
      /** Records a digest computed from content read at or after `hashedAt`. */
      record(stat, digest, hashedAt) {
        const row = this.offsets.find(stat.path);
        if (row >= 0 && this.superseded[row] === 0) {
          this.superseded[row] = 1;
          this.supersededRows += 1;
        }
        this.recent.delete(stat.path);
        if (isRacy(stat, hashedAt)) return;
        const most = 2 + stat.path.length * 3 + ROW_TAIL;
        if (this.pieceBytes + most > this.piece.length) {
          if (this.pieceBytes > 0) this.added.push(this.piece.subarray(0, this.pieceBytes));
          this.piece = Buffer.allocUnsafe(Math.max(PIECE_BYTES, most));
          this.pieceBytes = 0;
        }
        const out = this.piece;
        let at = this.pieceBytes;
        const length = out.write(stat.path, at + 2, "utf8");
        out.writeUInt16LE(length, at);
        at += 2 + length;
        this.recent.set(stat.path, this.added.length * PIECE_INDEX + at);
        at = out.writeDoubleLE(stat.size, at);
        at = out.writeDoubleLE(stat.mtimeMs, at);
        at = out.writeDoubleLE(stat.ctimeMs, at);
        at = out.writeDoubleLE(stat.ino, at);
        this.pieceBytes = at + out.write(digest, at, "hex");
        this.addedRows += 1;
      }
      /**
       * Writes the cache atomically when anything changed; failures only cost speed. Loaded rows
       * still valid are written as they were read (runs of them in one piece), then this run's rows.
       */
      save() {
        if (this.addedRows === 0 && this.supersededRows === 0) return;
        const many = this.offsets.size - this.supersededRows + this.addedRows > MAX_ENTRIES;
        const pieces = [Buffer.from(MAGIC, "latin1")];
        let run2;
        for (let row = 0; row < this.offsets.size; row++) {
          if (this.superseded[row] === 1 || this.offsets.isShadowed(row)) continue;
          if (many && this.seen[row] === 0) continue;
          const numbers = this.offsets.value(row);
          const start = this.offsets.nameStart(row) - 2;
          if (run2?.[1] === start) run2[1] = numbers + ROW_TAIL;
          else {
            if (run2) pieces.push(this.data.subarray(...run2));
            run2 = [start, numbers + ROW_TAIL];
          }
        }
        if (run2) pieces.push(this.data.subarray(...run2));
        pieces.push(...this.added, this.piece.subarray(0, this.pieceBytes));
        try {
          writeFileAtomic(this.file, pieces);
        } catch {
        }
      }
    };
    HINTS_MAGIC = "TCB1";
    keptHints = /* @__PURE__ */ new Map();
    MAX_HINTS = 5e5;
    BlobHints = class _BlobHints {
      constructor(file) {
        this.file = file;
      }
      file;
      loaded;
      added = /* @__PURE__ */ new Map();
      /**
       * The hints of a file, read when first asked (a run the stat cache serves never reads it),
       * and kept for the rest of the process while the file is as this process left it: the tasks
       * of one run read it once.
       */
      static load(file) {
        const stamp = fileStamp(file);
        const kept = keptHints.get(file);
        if (kept && kept.stamp === stamp) return kept.hints;
        const hints = new _BlobHints(file);
        keptHints.set(file, { stamp, hints });
        return hints;
      }
      /** The hints on disk; a missing, foreign or torn file is none (a torn last row is dropped). */
      get known() {
        if (this.loaded) return this.loaded;
        let data;
        try {
          data = (0, import_node_fs3.readFileSync)(this.file);
          if (data.toString("latin1", 0, HINTS_MAGIC.length) !== HINTS_MAGIC) data = Buffer.alloc(0);
        } catch {
          data = Buffer.alloc(0);
        }
        const offsets = [];
        for (let at = HINTS_MAGIC.length; at < data.length; ) {
          const end = at + 1 + data[at] + DIGEST_BYTES;
          if (end > data.length) break;
          offsets.push(at);
          at = end;
        }
        const rows = Int32Array.from(offsets);
        let size = 16;
        while (size < rows.length * 2) size *= 2;
        const table2 = new Int32Array(size);
        for (let row = 0; row < rows.length; row++) {
          const at = rows[row];
          let slot = data[at] >= 4 ? data.readUInt32BE(at + 1) & size - 1 : 0;
          while (table2[slot] !== 0) slot = slot + 1 & size - 1;
          table2[slot] = row + 1;
        }
        this.loaded = { data, rows, table: table2, used: new Uint8Array(rows.length) };
        return this.loaded;
      }
      /** The row of a blob in the file, or -1. */
      rowOf(blob) {
        const { data, rows, table: table2 } = this.known;
        const mask = table2.length - 1;
        for (let slot = hexKey(blob) & mask; table2[slot] !== 0; slot = slot + 1 & mask) {
          const row = table2[slot] - 1;
          const at = rows[row];
          if (sameId(data, at + 1, data[at], blob)) return row;
        }
        return -1;
      }
      /** The digest of a blob's content, when it was hashed before. */
      digestOf(blob) {
        const added = this.added.get(blob);
        if (added !== void 0) return added;
        const row = this.rowOf(blob);
        if (row < 0) return void 0;
        const { data, rows, used } = this.known;
        used[row] = 1;
        const at = rows[row] + 1 + data[rows[row]];
        return data.toString("hex", at, at + DIGEST_BYTES);
      }
      /** Records that a blob's content has this digest. */
      record(blob, digest) {
        const row = this.rowOf(blob);
        if (row >= 0) {
          const { data, rows, used } = this.known;
          const at = rows[row] + 1 + data[rows[row]];
          if (data.toString("hex", at, at + DIGEST_BYTES) === digest) {
            used[row] = 1;
            return;
          }
        }
        this.added.set(blob, digest);
      }
      /** Writes the hints atomically when any were added; failures only cost speed. */
      save() {
        if (this.added.size === 0) return;
        const { data, rows, used } = this.known;
        const many = rows.length + this.added.size > MAX_HINTS;
        const replaced = new Uint8Array(rows.length);
        for (const blob of this.added.keys()) {
          const row = this.rowOf(blob);
          if (row >= 0) replaced[row] = 1;
        }
        const pieces = [Buffer.from(HINTS_MAGIC, "latin1")];
        for (let row = 0; row < rows.length; row++) {
          const at = rows[row];
          if (replaced[row] || many && !used[row]) continue;
          pieces.push(data.subarray(at, at + 1 + data[at] + DIGEST_BYTES));
        }
        for (const [blob, digest] of this.added) {
          const row = Buffer.allocUnsafe(1 + blob.length / 2 + DIGEST_BYTES);
          row[0] = blob.length / 2;
          row.write(blob, 1, "hex");
          row.write(digest, 1 + blob.length / 2, "hex");
          pieces.push(row);
        }
        try {
          writeFileAtomic(this.file, pieces);
        } catch {
          return;
        }
        this.loaded = void 0;
        this.added.clear();
        keptHints.set(this.file, { stamp: fileStamp(this.file), hints: this });
      }
    };
  }
});

// src/adapters/stat-witness.ts
function statNumbers(stats2) {
  const { mode, ino, size, mtimeMs, ctimeMs } = stats2;
  return { mode, ino, size, mtimeMs, ctimeMs };
}
function sameStat2(a, b) {
  return a.mode === b.mode && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}
function witnessStat(absolute, follow, stats2) {
  if (active.size === 0) return;
  for (const witness of active) witness.saw(absolute, follow, stats2);
}
function witnessScanned(root, relative5, stats2) {
  if (active.size === 0) return;
  for (const witness of active) witness.sawIn(root, relative5, stats2);
}
function witnessSpoil(reason) {
  if (active.size === 0) return;
  for (const witness of active) witness.spoil(reason);
}
function witnessAncestors(root, relative5) {
  if (active.size === 0) return;
  const look = (at2) => {
    let stats2 = null;
    for (const witness of active) {
      if (witness.ancestors.has(at2)) continue;
      witness.ancestors.add(at2);
      if (stats2 === null) stats2 = lstatIfAny(at2);
      witness.saw(at2, false, stats2);
    }
  };
  let at = root;
  look(at);
  const parts = relative5.split("/");
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] === "") continue;
    at = path2.join(at, parts[i]);
    look(at);
  }
}
function lstatIfAny(absolute) {
  try {
    return (0, import_node_fs4.lstatSync)(absolute, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function witnessing() {
  return active.size > 0;
}
var import_node_fs4, path2, SEEN_FIELDS, active, FOLLOWED, FOUND, RELATIVE, MAX_LOOKS, NAME_PIECE, ROW_PIECE, StatWitness;
var init_stat_witness = __esm({
  "src/adapters/stat-witness.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    path2 = __toESM(require("node:path"), 1);
    init_collect();
    init_stat_cache();
    SEEN_FIELDS = 5;
    active = /* @__PURE__ */ new Set();
    FOLLOWED = 1;
    FOUND = 2;
    RELATIVE = 4;
    MAX_LOOKS = 2e4;
    NAME_PIECE = 64 * 1024;
    ROW_PIECE = 4096;
    StatWitness = class {
      constructor(workspace) {
        this.workspace = workspace;
        this.below = workspace.endsWith(path2.sep) ? workspace : workspace + path2.sep;
      }
      workspace;
      names = [];
      nameAt = NAME_PIECE;
      flags = [];
      numbers = [];
      /** How many looks were recorded. */
      count = 0;
      /** Why what was seen cannot be trusted to describe the invocation, once that is so. */
      spoiled;
      /** The directories above patterns already looked at (witnessAncestors), by absolute path. */
      ancestors = /* @__PURE__ */ new Set();
      below;
      start() {
        active.add(this);
        return this;
      }
      stop() {
        active.delete(this);
      }
      /** What was found at `absolute` (stat when `follow`, else lstat); undefined: nothing. */
      saw(absolute, follow, found) {
        if (this.spoiled !== void 0) return;
        const relative5 = absolute.length > this.below.length && absolute.startsWith(this.below);
        this.add(relative5 ? absolute.slice(this.below.length) : absolute, relative5, follow, found);
      }
      /**
       * What an lstat found at `relative` below `root` (a scanned file): kept by the name the scan
       * has, when `root` is the workspace, without a path made for the witness alone.
       */
      sawIn(root, relative5, found) {
        if (this.spoiled !== void 0) return;
        if (root === this.workspace) this.add(relative5, true, false, found);
        else this.saw(`${root}${path2.sep}${relative5}`, false, found);
      }
      /** Adds a row, unless the witness gives up instead (MAX_LOOKS). */
      add(name, relative5, follow, found) {
        if (this.count === MAX_LOOKS) {
          this.spoil(`the run looked at more than ${MAX_LOOKS} paths`);
          collectGarbage();
          return;
        }
        this.addName(name);
        const row = this.count++;
        const inPiece = row % ROW_PIECE;
        if (inPiece === 0) {
          this.flags.push(new Uint8Array(ROW_PIECE));
          this.numbers.push(new Float64Array(ROW_PIECE * SEEN_FIELDS));
        }
        this.flags[this.flags.length - 1][inPiece] = (follow ? FOLLOWED : 0) | (found ? FOUND : 0) | (relative5 ? RELATIVE : 0);
        if (found === void 0) return;
        const numbers = this.numbers[this.numbers.length - 1];
        const at = inPiece * SEEN_FIELDS;
        numbers[at] = found.mode;
        numbers[at + 1] = found.ino;
        numbers[at + 2] = found.size;
        numbers[at + 3] = found.mtimeMs;
        numbers[at + 4] = found.ctimeMs;
      }
      /** Appends a name and its NUL; one that does not fit starts the next piece. */
      addName(name) {
        const bytes = Buffer.byteLength(name, "utf8") + 1;
        let piece = this.names[this.names.length - 1];
        if (piece === void 0 || this.nameAt + bytes > NAME_PIECE) {
          if (piece !== void 0) this.names[this.names.length - 1] = piece.subarray(0, this.nameAt);
          piece = Buffer.allocUnsafe(Math.max(NAME_PIECE, bytes));
          this.names.push(piece);
          this.nameAt = 0;
        }
        this.nameAt += piece.write(name, this.nameAt, "utf8");
        piece[this.nameAt++] = 0;
      }
      /**
       * What was recorded, as the pieces of a seal's file hold them: the names joined by NUL
       * (without the last), the flags, and the numbers (unset for rows that found nothing).
       */
      pieces() {
        const names = this.names.map(
          (piece, i) => i === this.names.length - 1 ? piece.subarray(0, this.nameAt) : piece
        );
        const last = names.length - 1;
        if (last >= 0) names[last] = names[last].subarray(0, names[last].length - 1);
        const rest = this.count % ROW_PIECE;
        const trim = (list, per) => list.map(
          (piece, i) => i === list.length - 1 && rest > 0 ? piece.subarray(0, rest * per) : piece
        );
        return { names, flags: trim(this.flags, 1), numbers: trim(this.numbers, SEEN_FIELDS) };
      }
      /** The row's flags and its numbers. */
      row(i) {
        const piece = Math.floor(i / ROW_PIECE);
        const at = i % ROW_PIECE * SEEN_FIELDS;
        return {
          flags: this.flags[piece][i % ROW_PIECE],
          numbers: [...this.numbers[piece].subarray(at, at + SEEN_FIELDS)]
        };
      }
      /** The first path found changed within the racy window of `readAt` (isRacy), if any. */
      racyPath(readAt) {
        for (let i = 0; i < this.count; i++) {
          const piece = Math.floor(i / ROW_PIECE);
          if ((this.flags[piece][i % ROW_PIECE] & FOUND) === 0) continue;
          const numbers = this.numbers[piece];
          const at = i % ROW_PIECE * SEEN_FIELDS;
          if (isRacy({ mtimeMs: numbers[at + 3], ctimeMs: numbers[at + 4] }, readAt)) {
            return this.paths()[i];
          }
        }
        return void 0;
      }
      /** The paths as kept (relative ones relative to the workspace), in order. */
      paths() {
        if (this.count === 0) return [];
        return Buffer.concat(this.pieces().names).toString("utf8").split("\0");
      }
      /** What was seen no longer matters: it is let go, and nothing more is recorded. */
      spoil(reason) {
        if (this.spoiled !== void 0) return;
        this.spoiled = reason;
        this.stop();
        this.names = [];
        this.flags = [];
        this.numbers = [];
        this.count = 0;
        this.ancestors.clear();
      }
    };
  }
});

// src/adapters/git-index.ts
function ms(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
}
function statMatches(entry, stat) {
  return (stat.mode & S_IFMT) === S_IFREG && (stat.mode & 64) === (entry.mode & 64) && stat.size % U32 === entry.size && stat.ino % U32 === entry.ino && stat.uid % U32 === entry.uid && stat.gid % U32 === entry.gid && stat.mtimeMs === ms(entry.mtimeSec, entry.mtimeNsec) && stat.ctimeMs === ms(entry.ctimeSec, entry.ctimeNsec);
}
function matchesAt(data, start, stat) {
  const mode = data.readUInt32BE(start + 24);
  return (stat.mode & S_IFMT) === S_IFREG && (stat.mode & 64) === (mode & 64) && stat.size % U32 === data.readUInt32BE(start + 36) && stat.ino % U32 === data.readUInt32BE(start + 20) && stat.uid % U32 === data.readUInt32BE(start + 28) && stat.gid % U32 === data.readUInt32BE(start + 32) && stat.mtimeMs === ms(data.readUInt32BE(start + 8), data.readUInt32BE(start + 12)) && stat.ctimeMs === ms(data.readUInt32BE(start), data.readUInt32BE(start + 4));
}
function varint(data, at) {
  let byte = data[at++];
  let value = byte & 127;
  while (byte & 128) {
    if (at >= data.length) throw new Error("truncated varint");
    byte = data[at++];
    value = (value + 1) * 128 + (byte & 127);
  }
  return [value, at];
}
function entryAt(data, start, hashBytes) {
  return {
    blob: data.toString("hex", start + 40, start + 40 + hashBytes),
    ctimeSec: data.readUInt32BE(start),
    ctimeNsec: data.readUInt32BE(start + 4),
    mtimeSec: data.readUInt32BE(start + 8),
    mtimeNsec: data.readUInt32BE(start + 12),
    ino: data.readUInt32BE(start + 20),
    mode: data.readUInt32BE(start + 24),
    uid: data.readUInt32BE(start + 28),
    gid: data.readUInt32BE(start + 32),
    size: data.readUInt32BE(start + 36)
  };
}
function parseIndex(data, racyAt, hashBytes = 20) {
  try {
    if (data.length < 12 || data.toString("latin1", 0, 4) !== "DIRC") return void 0;
    const version = data.readUInt32BE(4);
    if (version < 2 || version > 4) return void 0;
    const count = data.readUInt32BE(8);
    const end = data.length - hashBytes;
    if (count * (40 + hashBytes + 2) > end - 12) return void 0;
    const table2 = new NameTable(count, version === 4 ? void 0 : data);
    let at = 12;
    let previous = Buffer.allocUnsafe(version === 4 ? 4096 : 0);
    let previousLength = 0;
    for (let i = 0; i < count; i++) {
      const start = at;
      if (at + 40 + hashBytes + 2 > end) return void 0;
      const flags = data.readUInt16BE(at + 40 + hashBytes);
      at += 40 + hashBytes + 2;
      let extended = 0;
      if (flags & EXTENDED) {
        if (version < 3 || at + 2 > end) return void 0;
        extended = data.readUInt16BE(at);
        at += 2;
      }
      let nameAt;
      let nameLength;
      if (version === 4) {
        const [strip, next] = varint(data, at);
        if (strip > previousLength) return void 0;
        const nul = data.indexOf(0, next);
        if (nul < 0 || nul >= end) return void 0;
        const kept = previousLength - strip;
        const length = kept + nul - next;
        if (length > previous.length) {
          const grown = Buffer.allocUnsafe(Math.max(length, previous.length * 2));
          previous.copy(grown, 0, 0, kept);
          previous = grown;
        }
        data.copy(previous, kept, next, nul);
        previousLength = length;
        nameAt = 0;
        nameLength = length;
        at = nul + 1;
      } else {
        const short = flags & 4095;
        const nul = short < 4095 ? at + short : data.indexOf(0, at);
        if (nul < 0 || nul >= end || data[nul] !== 0) return void 0;
        nameAt = at;
        nameLength = nul - at;
        at = start + (nul - start + 8 & ~7);
        if (at > end) return void 0;
      }
      if (flags & (ASSUME_VALID | STAGE) || extended & (SKIP_WORKTREE | INTENT_TO_ADD) || nameLength === 0) {
        continue;
      }
      const mode = data.readUInt32BE(start + 24);
      const mtimeSec = data.readUInt32BE(start + 8);
      const mtimeNsec = data.readUInt32BE(start + 12);
      const size = data.readUInt32BE(start + 36);
      const racy = mtimeSec > racyAt.sec || mtimeSec === racyAt.sec && mtimeNsec >= racyAt.nsec;
      if ((mode & S_IFMT) !== S_IFREG || size === 0 || racy) continue;
      if (version === 4) table2.add(previous, nameAt, nameLength, start);
      else table2.add(data, nameAt, nameLength, start);
    }
    while (at < end) {
      if (at + 8 > end) return void 0;
      const signature = data.toString("latin1", at, at + 4);
      if (signature === "link") return void 0;
      at += 8 + data.readUInt32BE(at + 4);
    }
    if (at !== end) return void 0;
    table2.seal();
    return {
      version,
      names: () => table2.names(),
      has: (name) => table2.find(name) >= 0,
      lookup(name) {
        const row = table2.find(name);
        return row < 0 ? void 0 : entryAt(data, table2.value(row), hashBytes);
      },
      matching(name, stat) {
        const row = table2.find(name);
        if (row < 0) return void 0;
        const start = table2.value(row);
        if (!matchesAt(data, start, stat)) return void 0;
        return data.toString("hex", start + 40, start + 40 + hashBytes);
      }
    };
  } catch {
    return void 0;
  }
}
function findGitDir(dir) {
  for (let at = path3.resolve(dir); ; ) {
    const dotGit = path3.join(at, ".git");
    try {
      let stats2;
      try {
        stats2 = (0, import_node_fs5.statSync)(dotGit);
      } finally {
        witnessStat(dotGit, true, stats2);
      }
      if (stats2.isDirectory()) return { gitDir: dotGit, top: at };
      const match = /^gitdir: (.+?)\r?\n?$/.exec((0, import_node_fs5.readFileSync)(dotGit, "utf8"));
      if (!match) return void 0;
      return { gitDir: path3.resolve(at, match[1]), top: at };
    } catch {
    }
    const parent = path3.dirname(at);
    if (parent === at) return void 0;
    at = parent;
  }
}
function hashBytesOf(gitDir) {
  let config = "";
  try {
    config = (0, import_node_fs5.readFileSync)(path3.join(gitDir, "config"), "utf8");
  } catch {
  }
  return /^\s*objectformat\s*=\s*sha256\s*$/im.test(config) ? 32 : 20;
}
function converts(gitDir, top) {
  const read = (file) => {
    try {
      return (0, import_node_fs5.readFileSync)(file, "utf8");
    } catch {
      return "";
    }
  };
  if (/^\s*autocrlf\s*=\s*(true|input)\s*$/im.test(read(path3.join(gitDir, "config")))) return true;
  return /\b(filter|eol|text|crlf|ident|working-tree-encoding)\b/.test(
    read(path3.join(top, ".gitattributes"))
  );
}
function loadWorkspaceIndex(workspace) {
  const found = findGitDir(workspace);
  if (!found) return void 0;
  if (converts(found.gitDir, found.top)) {
    debug("git index: not used, this checkout converts files (line endings or filters)");
    return void 0;
  }
  const parsed = readIndex(path3.join(found.gitDir, "index"), found.gitDir);
  if (!parsed) {
    debug("git index: not understood, every input is read");
    return void 0;
  }
  const prefix = path3.relative(found.top, workspace).split(path3.sep).join("/");
  if (prefix === "") return parsed;
  if (prefix.startsWith("..")) return void 0;
  return {
    lookup: (relative5) => parsed.lookup(`${prefix}/${relative5}`),
    has: (relative5) => parsed.has(`${prefix}/${relative5}`),
    matching: (relative5, stat) => parsed.matching(`${prefix}/${relative5}`, stat)
  };
}
function forgetParsedIndexes() {
  parsedIndexes.clear();
}
function readIndex(file, gitDir) {
  let fd;
  try {
    if (witnessing()) witnessStat(file, true, statIfAny(file));
    fd = (0, import_node_fs5.openSync)(file, "r");
    const stats2 = (0, import_node_fs5.fstatSync)(fd, { bigint: true });
    const stamp = `${stats2.mtimeNs}:${stats2.ctimeNs}:${stats2.size}:${stats2.ino}`;
    const known = parsedIndexes.get(file);
    if (known?.stamp === stamp) return known.parsed;
    const data = readAll(fd, Number(stats2.size));
    const mtimeNs = stats2.mtimeNs;
    const racyAt = {
      sec: Number(mtimeNs / 1000000000n),
      nsec: Number(mtimeNs % 1000000000n)
    };
    const parsed = parseIndex(data, racyAt, hashBytesOf(gitDir));
    parsedIndexes.set(file, { stamp, parsed });
    return parsed;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs5.closeSync)(fd);
  }
}
function readAll(fd, size) {
  const first = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (; ; ) {
    const read = (0, import_node_fs5.readSync)(fd, first, length, first.length - length, null);
    if (read === 0) return first.subarray(0, length);
    length += read;
    if (length === first.length) break;
  }
  const pieces = [first];
  for (; ; ) {
    const piece = Buffer.allocUnsafe(1 << 20);
    const read = (0, import_node_fs5.readSync)(fd, piece, 0, piece.length, null);
    if (read === 0) break;
    pieces.push(piece.subarray(0, read));
  }
  return Buffer.concat(pieces);
}
function lazyWorkspaceIndex(workspace) {
  let loaded;
  const load2 = () => {
    if (loaded === void 0) loaded = loadWorkspaceIndex(workspace) ?? null;
    return loaded;
  };
  return {
    lookup: (relative5) => load2()?.lookup(relative5),
    has: (relative5) => load2()?.has(relative5) ?? false,
    matching: (relative5, stat) => load2()?.matching(relative5, stat),
    release: () => {
      loaded = void 0;
    }
  };
}
function statIfAny(file) {
  try {
    return (0, import_node_fs5.statSync)(file);
  } catch {
    return void 0;
  }
}
var import_node_fs5, path3, ASSUME_VALID, EXTENDED, STAGE, SKIP_WORKTREE, INTENT_TO_ADD, S_IFMT, S_IFREG, U32, parsedIndexes;
var init_git_index = __esm({
  "src/adapters/git-index.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    path3 = __toESM(require("node:path"), 1);
    init_debug();
    init_name_table();
    init_stat_witness();
    ASSUME_VALID = 32768;
    EXTENDED = 16384;
    STAGE = 12288;
    SKIP_WORKTREE = 16384;
    INTENT_TO_ADD = 8192;
    S_IFMT = 61440;
    S_IFREG = 32768;
    U32 = 2 ** 32;
    parsedIndexes = /* @__PURE__ */ new Map();
  }
});

// src/adapters/lazy-builtins.ts
function childProcess() {
  childProcessModule ??= load("node:child_process");
  return childProcessModule;
}
function zlib() {
  zlibModule ??= load("node:zlib");
  return zlibModule;
}
function workerThreads() {
  workerThreadsModule ??= load("node:worker_threads");
  return workerThreadsModule;
}
var import_node_module2, load, childProcessModule, zlibModule, workerThreadsModule;
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
function shellCommand(shell, command) {
  switch (shell) {
    case "bash":
      return { file: "bash", args: ["--noprofile", "--norc", "-eo", "pipefail", "-c", command] };
    case "sh":
      return { file: "sh", args: ["-e", "-c", command] };
    case "pwsh":
    case "powershell":
      return {
        file: shell,
        args: ["-NoLogo", "-NoProfile", "-NonInteractive", "-Command", command]
      };
    case "cmd":
      return { file: "cmd.exe", args: ["/D", "/S", "/C", command] };
  }
}
function runCommand(options) {
  const started = monotonicMs();
  const { file, args } = shellCommand(options.shell, options.command);
  return new Promise((resolve10) => {
    const chunks = [];
    const child = childProcess().spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["inherit", "pipe", "pipe"],
      windowsHide: true
    });
    child.stdout.on("data", (chunk) => {
      chunks.push(chunk);
      options.live?.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      chunks.push(chunk);
      options.live?.stderr.write(chunk);
    });
    let spawnError;
    child.on("error", (error) => {
      spawnError = `could not start ${file}: ${error.message}`;
    });
    child.on("close", (code, signal) => {
      const exitCode = code ?? (signal ? 128 + (SIGNALS[signal] ?? 1) : 1);
      resolve10({
        exitCode: spawnError ? 127 : exitCode,
        log: Buffer.concat(chunks),
        durationMs: Math.round(monotonicMs() - started),
        ...spawnError ? { spawnError } : {}
      });
    });
  });
}
function captureStdout(shell, command, cwd, env) {
  const { file, args } = shellCommand(shell, command);
  return new Promise((resolve10, reject) => {
    const out = [];
    const child = childProcess().spawn(file, args, {
      cwd,
      env,
      stdio: ["ignore", "pipe", "inherit"]
    });
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.on("error", (error) => reject(new Error(`key-command "${command}": ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve10(Buffer.concat(out));
      else reject(new Error(`key-command "${command}" exited with code ${code}`));
    });
  });
}
function monotonicMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}
var SIGNALS;
var init_process = __esm({
  "src/adapters/process.ts"() {
    "use strict";
    init_lazy_builtins();
    SIGNALS = {
      SIGHUP: 1,
      SIGINT: 2,
      SIGQUIT: 3,
      SIGKILL: 9,
      SIGTERM: 15
    };
  }
});

// src/adapters/walk.ts
function matcher(pattern) {
  let matches = compiled.get(pattern);
  if (matches === void 0) {
    matches = GLOB_SYNTAX.test(pattern) ? (0, import_picomatch.default)(pattern, MATCH_OPTIONS) : (path29) => path29 === pattern;
    compiled.set(pattern, matches);
  }
  return matches;
}
function lazyMatcher(pattern) {
  let matches;
  return (path29) => {
    matches ??= matcher(pattern);
    return matches(path29);
  };
}
function anyOf(patterns) {
  const lazy = patterns.map(lazyMatcher);
  return (path29) => lazy.some((matches) => matches(path29));
}
function segmentMatcher(segment) {
  return GLOB_SYNTAX.test(segment) ? anyOf([segment]) : (name) => name === segment;
}
function mayContain(pattern) {
  if (/[{(][^})]*\//.test(pattern)) return () => true;
  const segments = pattern.split("/");
  const matchers = segments.map(
    (segment) => segment === "**" ? void 0 : segmentMatcher(segment)
  );
  return (dir) => {
    if (dir === "") return true;
    const parts = dir.split("/");
    for (let i = 0; i < parts.length; i++) {
      if (i >= segments.length - 1) return segments.includes("**");
      const matcher2 = matchers[i];
      if (matcher2 === void 0) return true;
      if (!matcher2(parts[i])) return false;
    }
    return true;
  };
}
function coversAll(pattern) {
  const segments = pattern.split("/");
  const head = segments.slice(0, -1);
  if (segments.at(-1) !== "**" || head.includes("**") || /[{(][^})]*\//.test(pattern)) {
    return () => false;
  }
  const matchers = head.map(segmentMatcher);
  return (dir) => {
    if (head.length === 0) return true;
    const parts = dir === "" ? [] : dir.split("/");
    return parts.length >= head.length && matchers.every((matches, i) => matches(parts[i]));
  };
}
function excludesDirs(pattern) {
  const last = pattern.slice(pattern.lastIndexOf("/") + 1);
  return last === "**" || !import_picomatch.default.scan(last).isGlob;
}
function compileWalk(spec) {
  const userIgnores = spec.ignore.map(mayContain);
  const userIgnored = anyOf(spec.ignore);
  const userIgnoredDir = anyOf(spec.ignore.filter(excludesDirs));
  return {
    spec,
    included: anyOf(spec.positive),
    ignored: (relative5) => ALWAYS_IGNORED.test(relative5) || userIgnored(relative5),
    ignoredDir: (dir) => IGNORED_SEGMENT.test(dir) || userIgnoredDir(dir),
    reachable: spec.positive.map(mayContain),
    covers: spec.positive.map(coversAll),
    mayIgnore: (dir) => userIgnores.some((may) => may(dir))
  };
}
function excludedDir(walk, dir) {
  if (dir === "") return false;
  const parts = dir.split("/");
  return parts.some(
    (name, i) => IGNORED_NAME(name) || walk.ignoredDir(parts.slice(0, i + 1).join("/"))
  );
}
function scanDir(walk, dir, parentCovered = false) {
  return { dir, covered: parentCovered || walk.covers.some((covers) => covers(dir)) };
}
function kindOf(entry) {
  return entry.isDirectory() ? "d" : entry.isSymbolicLink() ? "l" : "f";
}
function rawListing(absolute) {
  let entries2;
  try {
    entries2 = (0, import_node_fs6.readdirSync)(absolute, { withFileTypes: true, encoding: "buffer" });
  } catch {
    return void 0;
  }
  const invalid = /* @__PURE__ */ new Map();
  const names = entries2.map((entry, i) => {
    if (!(0, import_node_buffer.isUtf8)(entry.name)) invalid.set(i, entry.name);
    return entry.name.toString("utf8");
  });
  const kinds = entries2.map(kindOf).join("");
  return invalid.size > 0 ? { names, kinds, invalid } : { names, kinds };
}
function quotePath(path29) {
  const bytes = typeof path29 === "string" ? Buffer.from(path29, "utf8") : path29;
  let out = "";
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at];
    const length = byte < 128 ? 1 : byte >= 240 ? 4 : byte >= 224 ? 3 : byte >= 192 ? 2 : 0;
    const sequence = bytes.subarray(at, at + length);
    if (length > 1 && sequence.length === length && (0, import_node_buffer.isUtf8)(sequence)) {
      out += sequence.toString("utf8");
      at += length;
      continue;
    }
    if (byte === 92) out += "\\\\";
    else if (byte === 34) out += '\\"';
    else if (byte >= 32 && byte < 127) out += String.fromCharCode(byte);
    else out += `\\x${byte.toString(16).padStart(2, "0")}`;
    at += 1;
  }
  return `"${out}"`;
}
function invalidName(dir, raw) {
  const prefix = Buffer.from(dir === "" ? "" : `${dir}/`, "utf8");
  return new Error(
    `${quotePath(Buffer.concat([prefix, raw]))}: the file name is not valid UTF-8, which a cache key cannot hold; rename it or exclude it`
  );
}
function readDir(walk, at, onFile, subdirs, list) {
  const { dir, covered } = at;
  const absoluteDir = path4.join(walk.spec.base, dir);
  const listing = list(absoluteDir);
  if (listing === void 0) return;
  const { names, kinds, invalid } = listing;
  const prefix = dir === "" ? "" : `${dir}/`;
  const checkIgnored = walk.mayIgnore(dir);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const kind = kinds.charCodeAt(i);
    const relative5 = prefix + name;
    if (kind === DIR) {
      if (IGNORED_NAME(name)) continue;
      if (!walk.reachable.some((may) => may(relative5)) || walk.ignoredDir(relative5)) continue;
      if (invalid?.has(i)) throw invalidName(dir, invalid.get(i));
      subdirs.push(scanDir(walk, relative5, covered));
      continue;
    }
    if (!covered && !walk.included(relative5)) continue;
    if ((checkIgnored || IGNORED_NAME(name)) && walk.ignored(relative5)) continue;
    if (invalid?.has(i)) throw invalidName(dir, invalid.get(i));
    onFile(relative5, kind === LINK);
  }
}
function crawl(walk, dirs, onFile, list = readListing) {
  const stack = [...dirs];
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    readDir(walk, next, onFile, stack, list);
  }
}
var import_node_buffer, import_node_fs6, path4, import_picomatch, ALWAYS_IGNORED, IGNORED_NAME, IGNORED_SEGMENT, MATCH_OPTIONS, compiled, GLOB_SYNTAX, readListing, DIR, LINK;
var init_walk = __esm({
  "src/adapters/walk.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
    import_node_fs6 = require("node:fs");
    path4 = __toESM(require("node:path"), 1);
    import_picomatch = __toESM(require_picomatch2(), 1);
    ALWAYS_IGNORED = /(?:^|\/)\.git(?:\/|$)|(?:^|\/)\.taskcache-tmp-[^/]*\//;
    IGNORED_NAME = (name) => name === ".git" || name.startsWith(".taskcache-tmp-");
    IGNORED_SEGMENT = /(?:^|\/)(?:\.git|\.taskcache-tmp-[^/]*)(?:\/|$)/;
    MATCH_OPTIONS = { dot: true };
    compiled = /* @__PURE__ */ new Map();
    GLOB_SYNTAX = /[\\*?[\]{}()!+@]/;
    readListing = (absolute) => {
      let entries2;
      try {
        entries2 = (0, import_node_fs6.readdirSync)(absolute, { withFileTypes: true });
      } catch {
        return void 0;
      }
      const names = new Array(entries2.length);
      const kinds = new Array(entries2.length);
      let lossy = false;
      for (let i = 0; i < entries2.length; i++) {
        const entry = entries2[i];
        names[i] = entry.name;
        kinds[i] = kindOf(entry);
        if (entry.name.includes("\uFFFD")) lossy = true;
      }
      return lossy ? rawListing(absolute) : { names, kinds: kinds.join("") };
    };
    DIR = "d".charCodeAt(0);
    LINK = "l".charCodeAt(0);
  }
});

// src/adapters/worker-pool.ts
function inRoot(root, file) {
  return `${root}${import_node_path.sep}${file}`;
}
function claim(request) {
  return Atomics.compareExchange(request.claim, 0, 0, 1) === 0;
}
function packBatch(files) {
  const stats2 = new Float64Array(files.length * STAT_FIELDS);
  files.forEach((file, i) => {
    const stat = file?.stat;
    if (stat)
      stats2.set([stat.size, stat.mode, stat.mtimeMs, stat.ctimeMs, stat.ino], i * STAT_FIELDS);
  });
  return { digests: files.map((file) => file?.digest ?? null), stats: stats2 };
}
function unpack(response) {
  const { digests, stats: stats2 } = response;
  if (!digests || !stats2) throw new Error("hash worker sent no digests");
  return { digests, stats: stats2 };
}
function workerFile() {
  for (const candidate of [
    "./hash-worker.js",
    "./chunks/hash-worker.js",
    "../chunks/hash-worker.js"
  ]) {
    const file = (0, import_node_url.fileURLToPath)(new URL(candidate, __taskcacheModuleUrl));
    if ((0, import_node_fs7.existsSync)(file)) return file;
  }
  return void 0;
}
var import_node_fs7, import_node_os, import_node_path, import_node_url, STAT_FIELDS, WorkerPool;
var init_worker_pool = __esm({
  "src/adapters/worker-pool.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_os = require("node:os");
    import_node_path = require("node:path");
    import_node_url = require("node:url");
    init_lazy_builtins();
    STAT_FIELDS = 5;
    WorkerPool = class _WorkerPool {
      constructor(script, threads) {
        this.script = script;
        this.threads = threads;
      }
      script;
      threads;
      workers;
      /** Requests sent and not answered, oldest first. */
      pending = /* @__PURE__ */ new Map();
      /** Requests perhaps not claimed yet, oldest first; helpWith() takes from the back. */
      unclaimed = [];
      nextId = 0;
      closed = false;
      /**
       * A pool of one worker per core but the caller's (at most 3 in all), which is expected to
       * take part through helpWith() once it has nothing else to do; or none where threads would
       * not help: one core, or a run from the sources without the bundled worker entry.
       */
      static create(threads = Math.min(4, (0, import_node_os.availableParallelism)()) - 1) {
        const script = workerFile();
        if (script === void 0 || threads < 1) return void 0;
        return new _WorkerPool(script, threads);
      }
      /** The digests and stats of `files` (POSIX, below `root`), in order, from whichever thread. */
      hash(root, files) {
        if (this.closed) return Promise.reject(new Error("worker pool is closed"));
        const workers = this.workers ?? this.start();
        return new Promise((resolve10, reject) => {
          const request = {
            id: this.nextId++,
            root,
            files,
            claim: new Int32Array(new SharedArrayBuffer(4))
          };
          const job = { request, resolve: resolve10, reject };
          this.pending.set(request.id, job);
          this.unclaimed.push(job);
          for (const worker of workers) worker.postMessage(request);
        }).then(unpack);
      }
      /**
       * Claims the newest request no thread has started and hashes it on the calling thread with
       * `hash` (given absolute paths); whether there was one. Lets a thread that would only wait
       * take part.
       */
      helpWith(hash) {
        for (let job = this.unclaimed.pop(); job !== void 0; job = this.unclaimed.pop()) {
          if (!claim(job.request)) continue;
          this.pending.delete(job.request.id);
          try {
            const { id, root, files } = job.request;
            job.resolve({ id, ...packBatch(files.map((file) => hash(inRoot(root, file)))) });
          } catch (error) {
            job.reject(error);
          }
          return true;
        }
        return false;
      }
      start() {
        this.workers = Array.from({ length: this.threads }, () => {
          const worker = new (workerThreads()).Worker(this.script);
          worker.on("message", (response) => this.settle(response));
          worker.on("error", (error) => this.fail(error));
          worker.on("exit", (code) => {
            if (!this.closed) this.fail(new Error(`worker thread exited with code ${code}`));
          });
          return worker;
        });
        return this.workers;
      }
      settle(response) {
        const job = this.pending.get(response.id);
        if (!job) return;
        this.pending.delete(response.id);
        if (response.error !== void 0) job.reject(new Error(response.error));
        else job.resolve(response);
      }
      /**
       * A worker that fails takes every request not answered yet down, and every later one: the
       * caller's run fails.
       */
      fail(error) {
        this.closed = true;
        this.unclaimed.length = 0;
        for (const job of this.pending.values()) job.reject(error);
        this.pending.clear();
      }
      async close() {
        this.closed = true;
        const workers = this.workers ?? [];
        this.workers = void 0;
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    };
  }
});

// src/adapters/files.ts
function expandDirectories(base, patterns) {
  return patterns.map((pattern) => {
    const negated = pattern.startsWith("!");
    const body = negated ? pattern.slice(1) : pattern;
    if (import_picomatch2.default.scan(body).isGlob) return pattern;
    const absolute = path5.join(base, body);
    let stats2;
    try {
      stats2 = (0, import_node_fs8.statSync)(absolute);
    } catch {
    }
    witnessStat(absolute, true, stats2);
    if (stats2?.isDirectory()) return `${negated ? "!" : ""}${body.replace(/\/+$/, "")}/**`;
    return pattern;
  });
}
function normalizePattern(pattern) {
  return pattern.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/{2,}/g, "/");
}
function escapeGlob(literal) {
  return literal.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}
function expandBraces(pattern) {
  const out = [];
  const expand = (text) => {
    let depth = 0;
    let open3 = -1;
    const commas = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (char === "{") {
        if (depth++ === 0) {
          open3 = i;
          commas.length = 0;
        }
      } else if (char === "," && depth === 1) commas.push(i);
      else if (char === "}" && depth > 0 && --depth === 0 && commas.length > 0) {
        const head = text.slice(0, open3);
        const tail = text.slice(i + 1);
        let from = open3 + 1;
        for (const end of [...commas, i]) {
          if (!expand(head + text.slice(from, end) + tail)) return false;
          from = end + 1;
        }
        return true;
      }
    }
    out.push(text);
    return out.length <= MAX_ALTERNATIVES;
  };
  return expand(pattern) ? out : [pattern];
}
function rooted(cwd, pattern, written) {
  const { base, glob } = import_picomatch2.default.scan(pattern);
  const joined = path5.posix.normalize(path5.posix.join(cwd, base)).replace(/\/+$/, "");
  const root = joined === "." ? "" : joined;
  if (root === ".." || root.startsWith("../") || root.startsWith("/")) {
    throw new Error(`pattern ${quotePath(written)} leaves the workspace`);
  }
  const escaped = escapeGlob(root);
  const literal = glob === "";
  return { pattern: literal ? escaped : root === "" ? glob : `${escaped}/${glob}`, root, literal };
}
function workspacePatterns(cwd, patterns) {
  const positive = [];
  const negative = [];
  for (const written of patterns) {
    const negated = written.startsWith("!");
    const body = negated ? written.slice(1) : written;
    for (const alternative of expandBraces(normalizePattern(body))) {
      const { pattern, literal, root } = rooted(cwd, alternative, written);
      const list = negated ? negative : positive;
      list.push(pattern);
      if (literal) list.push(root === "" ? "**" : `${escapeGlob(root)}/**`);
    }
  }
  return { positive, negative };
}
function physicalDir(workspace, cwd) {
  const realWorkspace = import_node_fs8.realpathSync.native(workspace);
  let dir = path5.resolve(workspace, cwd);
  const missing = [];
  let real2;
  for (; ; ) {
    try {
      real2 = import_node_fs8.realpathSync.native(dir);
      break;
    } catch (error) {
      const code = error.code;
      const parent = path5.dirname(dir);
      if (code !== "ENOENT" && code !== "ENOTDIR" || parent === dir) throw error;
      missing.unshift(path5.basename(dir));
      dir = parent;
    }
  }
  const resolved = path5.join(real2, ...missing);
  if (resolved !== realWorkspace && !resolved.startsWith(`${realWorkspace}${path5.sep}`)) {
    throw new Error(
      `working directory ${quotePath(cwd)} leads out of the workspace (to ${quotePath(resolved)})`
    );
  }
  return resolved;
}
function walkPatterns(options, onFile, list) {
  const { workspace, cwd } = options;
  if (list === void 0) witnessSpoil("a walk listed directories without the listing cache");
  const base = path5.join(workspace, cwd);
  const positive = [];
  const ignore = [];
  expandDirectories(base, options.patterns).forEach((pattern, i) => {
    const written = options.patterns[i];
    if (pattern.startsWith("!")) {
      for (const alternative of expandBraces(normalizePattern(pattern.slice(1)))) {
        ignore.push(rooted(cwd, alternative, written).pattern);
      }
    } else {
      for (const alternative of expandBraces(normalizePattern(pattern))) {
        positive.push({ ...rooted(cwd, alternative, written), written });
      }
    }
  });
  if (positive.length === 0) return [];
  for (const pattern of expandDirectories(base, options.exclude ?? [])) {
    if (pattern.startsWith("!")) continue;
    for (const alternative of expandBraces(normalizePattern(pattern))) {
      ignore.push(rooted(cwd, alternative, pattern).pattern);
    }
  }
  const physical = new Physical(workspace);
  const crawls = [];
  const byRoot = /* @__PURE__ */ new Map();
  const rootOf = (p) => `${p.literal ? "p" : "d"}:${p.root}`;
  const dirRoots = [...new Set(positive.filter((p) => !p.literal).map((p) => p.root))].sort();
  for (const root of dirRoots) {
    const crawl2 = dirCrawl(physical, crawls, root);
    if (crawl2.root === root && crawl2.kind === "dir") crawls.push(crawl2);
    byRoot.set(`d:${root}`, crawl2);
  }
  for (const root of new Set(positive.filter((p) => p.literal).map((p) => p.root))) {
    byRoot.set(`p:${root}`, pathCrawl(physical, crawls, root));
  }
  const all = /* @__PURE__ */ new Set();
  for (const pattern of positive) {
    const crawl2 = byRoot.get(rootOf(pattern));
    crawl2.patterns.push(pattern);
    crawl2.written.push(pattern.written);
    all.add(crawl2);
  }
  for (const at of all) {
    const walk = compileWalk({
      base: workspace,
      positive: at.patterns.map((p) => p.pattern),
      ignore
    });
    at.walk = walk;
    const found = (relative5, symlink) => {
      at.files.push(relative5);
      onFile(relative5, symlink);
    };
    if (at.kind === "dir") {
      if (!excludedDir(walk, at.root)) crawl(walk, [scanDir(walk, at.root)], found, list);
    } else if (at.kind === "path") {
      const absolute = path5.join(workspace, at.root);
      const stats2 = lstatIfAny2(absolute);
      witnessStat(absolute, false, stats2);
      if (stats2 !== void 0 && !stats2.isDirectory() && !excludedDir(walk, at.root.slice(0, Math.max(0, at.root.lastIndexOf("/")))) && walk.included(at.root) && !walk.ignored(at.root)) {
        found(at.root, stats2.isSymbolicLink());
      }
    }
  }
  const matched = /* @__PURE__ */ new Set();
  for (const at of all) {
    for (const pattern of matchedPatterns(at.walk, at.files, at.written)) matched.add(pattern);
  }
  return [...new Set(positive.map((p) => p.written))].filter((written) => !matched.has(written));
}
function lstatIfAny2(absolute) {
  try {
    return (0, import_node_fs8.lstatSync)(absolute, { throwIfNoEntry: false });
  } catch (error) {
    if (error.code === "ENOTDIR") return void 0;
    throw error;
  }
}
function reachedBy(physical, crawls, dir, real2) {
  return crawls.find(
    (at) => (at.root === "" || dir === at.root || dir.startsWith(`${at.root}/`)) && physical.continues(at.root, at.real, dir, real2)
  );
}
function dirCrawl(physical, crawls, root) {
  const absolute = path5.join(physical.root, root);
  let stats2;
  try {
    stats2 = (0, import_node_fs8.statSync)(absolute);
  } catch {
  }
  witnessStat(absolute, true, stats2);
  witnessAncestors(physical.root, root);
  if (!stats2?.isDirectory()) return nothing(root);
  const real2 = physical.dir(root);
  physical.confine(root, real2);
  const crawl2 = reachedBy(physical, crawls, root, real2);
  return crawl2 ?? { root, kind: "dir", real: real2, patterns: [], written: [], files: [] };
}
function pathCrawl(physical, crawls, root) {
  witnessAncestors(physical.root, root);
  const slash = root.lastIndexOf("/");
  const parent = slash < 0 ? "" : root.slice(0, slash);
  let real2;
  try {
    real2 = physical.dir(parent);
  } catch {
    return nothing(root);
  }
  physical.confine(root, path5.join(real2, root.slice(slash + 1)));
  const crawl2 = reachedBy(physical, crawls, parent, real2);
  return crawl2 ?? { root, kind: "path", patterns: [], written: [], files: [] };
}
async function listFiles(options) {
  const files = [];
  const { workspace } = options;
  const unmatched = walkPatterns(options, (relative5) => {
    if (relative5.includes("\\")) {
      throw new Error(
        `output ${quotePath(relative5)}: a file name with a backslash cannot be restored`
      );
    }
    const stats2 = (0, import_node_fs8.lstatSync)(path5.join(workspace, relative5), { throwIfNoEntry: false });
    if (stats2 === void 0 || stats2.isDirectory()) return;
    files.push({
      path: relative5,
      size: stats2.size,
      mode: stats2.mode,
      symlink: stats2.isSymbolicLink()
    });
  });
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  return { files, unmatched };
}
function matchedPatterns(walk, files, written) {
  if (walk.spec.positive.length === 1) return files.length > 0 ? [written[0]] : [];
  const matched = [];
  walk.spec.positive.forEach((pattern, index) => {
    const covers = walk.covers[index];
    const matches = lazyMatcher(pattern);
    if (files.some(
      (file) => covers(file.slice(0, Math.max(0, file.lastIndexOf("/")))) || matches(file)
    )) {
      matched.push(written[index]);
    }
  });
  return matched;
}
function isExecutable(mode) {
  return process.platform !== "win32" && (mode & 73) !== 0;
}
function fileBackend() {
  backend ??= loadBackend();
  return backend;
}
function onLargeScan(hook) {
  largeScanHook = hook;
}
async function scanInputs(options, context = {}) {
  const cache = context.statCache;
  const memo = context.memo;
  const stamp = memo?.stamp ?? -1;
  const index = context.blobHints ? context.gitIndex : void 0;
  const hints = context.blobHints;
  let fromIndex = 0;
  let storeHints;
  const waiting = [];
  const waitingBlobs = [];
  let waitingStats = new Float64Array(WAITING_FIELDS * 1024);
  const root = options.workspace;
  const dirs = context.dirCache;
  const listedBefore = dirs?.listed ?? 0;
  const reusedBefore = dirs?.reused ?? 0;
  const hashedAt = Date.now();
  const started = monotonicMs();
  const elapsed = () => `${Math.round(monotonicMs() - started)} ms`;
  const scanned = [];
  let unhashed = [];
  let misses = 0;
  let pool;
  const batches = [];
  const settle = (files2, batch) => {
    const { digests, stats: stats2 } = batch;
    for (let i = 0; i < files2.length; i++) {
      const file = files2[i];
      const digest = digests[i];
      if (digest === null || digest === void 0) {
        file.gone = true;
        continue;
      }
      const at = i * STAT_FIELDS;
      if (witnessing()) {
        witnessScanned(root, file.path, {
          mode: stats2[at + 1],
          ino: stats2[at + 4],
          size: stats2[at],
          mtimeMs: stats2[at + 2],
          ctimeMs: stats2[at + 3]
        });
      }
      file.digest = digest;
      file.executable = isExecutable(stats2[at + 1]);
      const entry = file.entry;
      if (entry && statMatches(entry, {
        size: stats2[at],
        mode: stats2[at + 1],
        mtimeMs: stats2[at + 2],
        ctimeMs: stats2[at + 3],
        ino: stats2[at + 4],
        uid: entry.uid,
        gid: entry.gid
      })) {
        hints.record(entry.blob, digest);
        file.blob = entry.blob;
      }
      cache?.record(
        {
          path: file.path,
          size: stats2[at],
          mtimeMs: stats2[at + 2],
          ctimeMs: stats2[at + 3],
          ino: stats2[at + 4]
        },
        digest,
        hashedAt
      );
    }
  };
  const send = (files2) => {
    const batch = pool.hash(
      root,
      files2.map((file) => file.path)
    ).then((results) => settle(files2, results));
    batch.catch(() => {
    });
    batches.push(batch);
  };
  const lookup = (file) => {
    const stats2 = (0, import_node_fs8.lstatSync)(inRoot(root, file.path), { throwIfNoEntry: false });
    witnessScanned(root, file.path, stats2);
    if (stats2 === void 0 || stats2.isDirectory()) file.gone = true;
    else if (stats2.isSymbolicLink()) file.symlink = true;
    else {
      const known = cache.lookup({
        path: file.path,
        size: stats2.size,
        mtimeMs: stats2.mtimeMs,
        ctimeMs: stats2.ctimeMs,
        ino: stats2.ino
      });
      if (known === void 0) return false;
      file.digest = known;
      file.executable = isExecutable(stats2.mode);
    }
    return true;
  };
  const indexed = (file) => {
    if (!index.has(file.path)) return false;
    const stats2 = (0, import_node_fs8.lstatSync)(inRoot(root, file.path), { throwIfNoEntry: false });
    witnessScanned(root, file.path, stats2);
    if (stats2 === void 0 || stats2.isDirectory()) file.gone = true;
    else if (stats2.isSymbolicLink()) file.symlink = true;
    else {
      const blob = index.matching(file.path, stats2);
      if (blob === void 0) return false;
      const known = hints.digestOf(blob);
      if (known === void 0) {
        if (!context.storeHints) {
          file.entry = index.lookup(file.path);
          return false;
        }
        storeHints ??= context.storeHints().catch(() => void 0);
        const at = waiting.length * WAITING_FIELDS;
        if (at === waitingStats.length) {
          const grown = new Float64Array(waitingStats.length * 2);
          grown.set(waitingStats);
          waitingStats = grown;
        }
        waitingStats[at] = stats2.size;
        waitingStats[at + 1] = stats2.mode;
        waitingStats[at + 2] = stats2.mtimeMs;
        waitingStats[at + 3] = stats2.ctimeMs;
        waitingStats[at + 4] = stats2.ino;
        waiting.push(file);
        waitingBlobs.push(blob);
        return true;
      }
      file.blob = blob;
      file.digest = known;
      file.executable = isExecutable(stats2.mode);
      fromIndex++;
      const { size, mtimeMs, ctimeMs, ino } = stats2;
      cache?.record({ path: file.path, size, mtimeMs, ctimeMs, ino }, known, hashedAt);
    }
    return true;
  };
  let unmatched;
  try {
    unmatched = walkPatterns(
      options,
      (relative5, symlink) => {
        const file = {
          path: relative5,
          symlink,
          gone: false,
          digest: void 0,
          executable: false,
          entry: void 0,
          blob: void 0,
          memoised: false
        };
        if (scanned.push(file) === LARGE_SCAN && largeScanHook) {
          largeScanHook();
          largeScanHook = void 0;
        }
        const known = memo?.get(relative5);
        if (known !== void 0 && known.symlink === symlink) {
          file.digest = known.digest;
          file.executable = known.executable;
          file.memoised = true;
          file.blob = known.blob;
          return;
        }
        if (symlink || cache?.knows(file.path) && lookup(file)) return;
        if (index && indexed(file)) return;
        unhashed.push(file);
        if (++misses === PARALLEL_MIN_FILES) pool = WorkerPool.create();
        if (pool && unhashed.length >= BATCH) {
          send(unhashed);
          unhashed = [];
        }
      },
      dirs?.list
    );
    if (waiting.length > 0) {
      const borrowed = await storeHints;
      let left = 0;
      for (let i = 0; i < waiting.length; i++) {
        const file = waiting[i];
        const blob = waitingBlobs[i];
        const known = borrowed?.get(blob);
        if (known === void 0) {
          file.entry = index.lookup(file.path);
          unhashed.push(file);
          left++;
          if (++misses === PARALLEL_MIN_FILES) pool = WorkerPool.create();
          continue;
        }
        const at = i * WAITING_FIELDS;
        const size = waitingStats[at];
        const mtimeMs = waitingStats[at + 2];
        const ctimeMs = waitingStats[at + 3];
        const ino = waitingStats[at + 4];
        file.digest = known;
        file.executable = isExecutable(waitingStats[at + 1]);
        file.blob = blob;
        fromIndex++;
        cache?.record({ path: file.path, size, mtimeMs, ctimeMs, ino }, known, hashedAt);
      }
      debug(`${waiting.length - left} of ${waiting.length} known from the store's hints`);
    }
    const reused = dirs ? `; ${dirs.reused - reusedBefore} of ${dirs.listed - listedBefore} directory listings reused` : "";
    debug(
      `listed ${scanned.length} inputs at ${elapsed()}; ${fromIndex} known from the git index; hashing ${misses} on ${pool ? pool.threads + 1 : 1} thread(s)${reused}`
    );
    if (pool) {
      if (unhashed.length > 0) send(unhashed);
      const hasher = await FileHasher.create(await fileBackend());
      while (pool.helpWith((absolute) => hasher.hash(absolute))) {
        await new Promise((resolve10) => setImmediate(resolve10));
      }
    } else if (unhashed.length > 0) {
      const hasher = await FileHasher.create(await fileBackend());
      settle(unhashed, packBatch(unhashed.map((file) => hasher.hash(inRoot(root, file.path)))));
    }
    await Promise.all(batches);
    if (misses > 0) debug(`hashed at ${elapsed()}`);
  } finally {
    await pool?.close();
  }
  let files = scanned.filter((file) => !file.gone);
  memo?.keepScan(stamp, files);
  if (options.filter) {
    const left = await options.filter(files.map((file) => file.path));
    if (left.size > 0) files = files.filter((file) => !left.has(file.path));
  }
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  const kept = /* @__PURE__ */ new Map();
  const inputs = files.map((file) => {
    if (file.symlink) {
      return {
        path: file.path,
        link: (0, import_node_fs8.readlinkSync)(inRoot(root, file.path)).split(path5.sep).join("/")
      };
    }
    if (file.blob !== void 0) kept.set(file.path, file.blob);
    return { path: file.path, executable: file.executable, digest: file.digest };
  });
  debug(`scanned at ${elapsed()}`);
  return { inputs, unmatched, blobs: kept, read: misses };
}
var import_node_fs8, path5, import_picomatch2, MAX_ALTERNATIVES, Physical, nothing, backend, PARALLEL_MIN_FILES, BATCH, LARGE_SCAN, largeScanHook, WAITING_FIELDS;
var init_files = __esm({
  "src/adapters/files.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    path5 = __toESM(require("node:path"), 1);
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    init_canonical();
    init_blake3();
    init_debug();
    init_file_digest();
    init_git_index();
    init_process();
    init_stat_witness();
    init_walk();
    init_worker_pool();
    MAX_ALTERNATIVES = 64;
    Physical = class {
      constructor(root) {
        this.root = root;
        this.workspace = import_node_fs8.realpathSync.native(root);
        this.known.set("", this.workspace);
      }
      root;
      workspace;
      known = /* @__PURE__ */ new Map();
      /** The real path of a workspace-relative directory, which must exist. */
      dir(relative5) {
        let real2 = this.known.get(relative5);
        if (real2 === void 0) {
          real2 = import_node_fs8.realpathSync.native(path5.join(this.root, relative5));
          this.known.set(relative5, real2);
        }
        return real2;
      }
      /** Whether `relative` is `ancestor`'s path below it on disk: no link in between. */
      continues(ancestor, realAncestor, relative5, real2) {
        const rest = ancestor === "" ? relative5 : relative5.slice(ancestor.length + 1);
        return real2 === path5.join(realAncestor, rest);
      }
      /** Throws unless a real path is the workspace or inside it. */
      confine(relative5, real2) {
        if (real2 === this.workspace || real2.startsWith(`${this.workspace}${path5.sep}`)) return;
        throw new Error(
          `${quotePath(relative5)} is reached through a symbolic link that leads out of the workspace (to ${quotePath(real2)})`
        );
      }
    };
    nothing = (root) => ({
      root,
      kind: "none",
      patterns: [],
      written: [],
      files: []
    });
    PARALLEL_MIN_FILES = 1e3;
    BATCH = 256;
    LARGE_SCAN = 1e3;
    WAITING_FIELDS = 5;
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

// src/cli/output.ts
var StreamOutput, stdout, stderr;
var init_output = __esm({
  "src/cli/output.ts"() {
    "use strict";
    StreamOutput = class {
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
          const stream2 = this.fd === 1 ? process.stdout : process.stderr;
          stream2.on("error", (error) => {
            if (error.code !== "EPIPE") throw error;
            this.closed = true;
          });
          this.stream = stream2;
        }
        return this.stream;
      }
    };
    stdout = new StreamOutput(1);
    stderr = new StreamOutput(2);
  }
});

// src/adapters/state-touch.ts
function touchUsed(file) {
  const now = Date.now() / 1e3;
  try {
    (0, import_node_fs9.lutimesSync)(file, now, now);
  } catch {
  }
}
var import_node_fs9;
var init_state_touch = __esm({
  "src/adapters/state-touch.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
  }
});

// src/core/paths.ts
function patternStaysInside(cwd, pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  if (body.length === 0) return false;
  if (isAbsoluteAnywhere(body)) return false;
  const joined = posix2.normalize(posix2.join(cwd, body));
  return !escapes(joined);
}
function isAbsoluteAnywhere(path29) {
  return path29.startsWith("/") || path29.startsWith("\\") || /^[a-zA-Z]:/.test(path29);
}
function escapes(normalized) {
  return normalized === ".." || normalized.startsWith("../");
}
function normalizeWorkingDirectory(dir) {
  if (isAbsoluteAnywhere(dir)) return void 0;
  const normalized = posix2.normalize(dir.replace(/\\/g, "/")).replace(/\/+$/, "") || ".";
  return escapes(normalized) ? void 0 : normalized;
}
function isSafeRelativePath(path29) {
  if (PLAIN_RELATIVE.test(path29)) return true;
  if (path29.length === 0 || isAbsoluteAnywhere(path29)) return false;
  if (path29.includes("\\") || path29.includes("\0")) return false;
  return path29.split("/").every(isSafeSegment);
}
function isSafeSegment(segment) {
  if (segment === "" || segment === "." || segment === "..") return false;
  return !isReservedName(segment);
}
function isReservedName(segment) {
  const name = segment.toLowerCase().replace(/[. ]+$/, "");
  return name === ".git" || segment.startsWith(".taskcache-tmp-");
}
function linkStaysInside(linkPath, target) {
  if (isAbsoluteAnywhere(target) || target.includes("\0")) return false;
  const resolved = posix2.normalize(posix2.join(posix2.dirname(linkPath), target.replace(/\\/g, "/")));
  return !escapes(resolved) && resolved !== ".";
}
function linkWalk(linkPath, target) {
  if (isAbsoluteAnywhere(target) || target.includes("\0")) return void 0;
  const stack = linkPath.split("/").slice(0, -1);
  const walked = [];
  for (const segment of target.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (stack.length === 0) return void 0;
      stack.pop();
    } else stack.push(segment);
    walked.push(stack.join("/"));
  }
  return walked.length > 0 ? walked : [stack.join("/")];
}
var posix2, PLAIN_RELATIVE;
var init_paths = __esm({
  "src/core/paths.ts"() {
    "use strict";
    posix2 = __toESM(require("node:path/posix"), 1);
    PLAIN_RELATIVE = /^[\w@+-][\w.@+-]*(?:\/[\w@+-][\w.@+-]*)*$/;
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
function formatDuration(ms2) {
  if (ms2 < 0) return `-${formatDuration(-ms2)}`;
  if (ms2 < 1e3) return `${Math.round(ms2)}ms`;
  const seconds = ms2 / 1e3;
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

// src/engine/config-kept.ts
function fields(value, checks) {
  if (!isMapping(value)) return false;
  for (const key of Object.keys(value)) if (!Object.hasOwn(checks, key)) return false;
  for (const [key, check] of Object.entries(checks)) {
    if (!check(Object.hasOwn(value, key) ? value[key] : void 0)) return false;
  }
  return true;
}
function insidePattern(cwd, pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  const home = body === "~" || body.startsWith("~/") || body.startsWith("~\\");
  return !home && !isAbsoluteAnywhere(body) && patternStaysInside(cwd, pattern);
}
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
function keptConfigShape(value) {
  return fields(value, CONFIG_CHECKS) ? value : void 0;
}
var TASK_NAME, isMapping, optional, isString, nonEmpty, isBoolean, oneOf, nonEmptyList, storeMode, insidePatterns, remote, pluginStore, CONFIG_CHECKS;
var init_config_kept = __esm({
  "src/engine/config-kept.ts"() {
    "use strict";
    init_config_shape();
    init_paths();
    init_units();
    TASK_NAME = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;
    isMapping = (value) => value !== null && typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
    optional = (check) => (field) => field === void 0 || check(field);
    isString = (field) => typeof field === "string";
    nonEmpty = (field) => isString(field) && field.length > 0;
    isBoolean = (field) => typeof field === "boolean";
    oneOf = (values) => (field) => isString(field) && values.includes(field);
    nonEmptyList = (field) => Array.isArray(field) && field.every(nonEmpty);
    storeMode = oneOf(STORE_MODES);
    insidePatterns = (cwd) => (field) => nonEmptyList(field) && field.every((pattern) => insidePattern(cwd, pattern));
    remote = (value) => nonEmpty(value) || fields(value, {
      url: nonEmpty,
      mode: storeMode,
      timeout: optional((t) => isString(t) && (parseAge(t) ?? 0) > 0),
      retries: optional((n) => Number.isSafeInteger(n) && n >= 0 && n <= 10)
    });
    pluginStore = (value) => nonEmpty(value) || fields(value, {
      module: nonEmpty,
      mode: storeMode,
      // The schema's record leaves out a "__proto__" key: such options are not taken as they are.
      options: optional((options) => isMapping(options) && !Object.hasOwn(options, "__proto__"))
    });
    CONFIG_CHECKS = {
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
  }
});

// src/engine/config-text.ts
function readConfigFile(absolute) {
  let fd;
  try {
    fd = (0, import_node_fs10.openSync)(absolute, "r");
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `config file not found: ${absolute}` : `cannot read ${absolute}: ${code}`
    );
  }
  try {
    const stat = (0, import_node_fs10.fstatSync)(fd, { bigint: true });
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
      const n = (0, import_node_fs10.readSync)(fd, buffer, length, buffer.length - length, null);
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
    (0, import_node_fs10.closeSync)(fd);
  }
}
function readConfigText(absolute) {
  return readConfigFile(absolute).text;
}
var import_node_fs10, ConfigError, MAX_CONFIG_BYTES, tooLarge;
var init_config_text = __esm({
  "src/engine/config-text.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
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

// src/engine/graph.ts
function matching(pattern, names, self) {
  if (!isGlob(pattern)) return names.includes(pattern) ? [pattern] : [];
  const match = (0, import_picomatch3.default)(pattern, { dot: true });
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
var import_picomatch3, isGlob;
var init_graph = __esm({
  "src/engine/graph.ts"() {
    "use strict";
    import_picomatch3 = __toESM(require_picomatch2(), 1);
    init_paths();
    init_config_text();
    init_errors();
    isGlob = (pattern) => import_picomatch3.default.scan(pattern).isGlob;
  }
});

// src/engine/signing.ts
function signerFromEnv(env) {
  const secret = env[SIGNING_KEY_ENV];
  if (!secret) return void 0;
  const { createHmac: createHmac2, timingSafeEqual: timingSafeEqual2 } = (0, import_node_module3.createRequire)(__taskcacheModuleUrl)(
    "node:crypto"
  );
  const mac = (key, digest) => createHmac2("sha256", secret).update(`taskcache-entry\0${key}\0${digest}`).digest("base64");
  const envKey = createHmac2("sha256", secret).update("taskcache-env-digest-key").digest();
  return {
    keyedHash: (data) => createHmac2("sha256", envKey).update(data).digest("hex"),
    sign: mac,
    verify(key, digest, signature) {
      const expected = Buffer.from(mac(key, digest));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual2(expected, given);
    }
  };
}
var import_node_module3, SIGNING_KEY_ENV;
var init_signing = __esm({
  "src/engine/signing.ts"() {
    "use strict";
    import_node_module3 = require("node:module");
    SIGNING_KEY_ENV = "TASKCACHE_SIGNING_KEY";
  }
});

// src/engine/config-load.ts
var config_load_exports = {};
__export(config_load_exports, {
  loadConfig: () => loadConfig,
  parsedConfig: () => parsedConfig
});
function loadConfig(file) {
  const absolute = path6.resolve(file);
  return parsedConfig(absolute, readConfigText(absolute));
}
function parsedConfig(absolute, text) {
  const parsed = (0, import_config.parseConfigYaml)(text);
  const result = parsed.ok ? (0, import_config.validateConfig)(parsed.value) : parsed;
  if (!result.ok) throw new ConfigError(absolute, result.issues);
  return { file: absolute, workspace: path6.dirname(absolute), config: result.config };
}
var path6, import_config;
var init_config_load = __esm({
  "src/engine/config-load.ts"() {
    "use strict";
    path6 = __toESM(require("node:path"), 1);
    import_config = require("./config.cjs");
    init_config_text();
  }
});

// src/engine/config-file.ts
function findConfig(from) {
  let dir = path7.resolve(from);
  for (; ; ) {
    const candidate = path7.join(dir, DEFAULT_CONFIG);
    if ((0, import_node_fs11.existsSync)(candidate)) return candidate;
    const parent = path7.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function parseTag(body, identity, env) {
  const signingKey = env[SIGNING_KEY_ENV];
  const keyPart2 = signingKey ? blake3(`taskcache-config-cache-key\0${signingKey}`) : "";
  return blake3(`taskcache-config-cache\0${keyPart2}\0${identity}\0${body}`);
}
function readKept(cached) {
  let fd;
  try {
    fd = (0, import_node_fs11.openSync)(cached, import_node_fs11.constants.O_RDONLY | (import_node_fs11.constants.O_NONBLOCK ?? 0));
  } catch {
    return void 0;
  }
  try {
    const stat = (0, import_node_fs11.fstatSync)(fd);
    if (!stat.isFile() || stat.size > 4 * MAX_CONFIG_BYTES) return void 0;
    return (0, import_node_fs11.readFileSync)(fd, "utf8");
  } catch {
    return void 0;
  } finally {
    (0, import_node_fs11.closeSync)(fd);
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
  const absolute = path7.resolve(file);
  const source = readConfigFile(absolute);
  const cached = stateDir && schemaId ? path7.join(stateDir, `config-${blake3(`${schemaId}\0${source.text}`).slice(0, 32)}.json`) : void 0;
  if (cached && schemaId) {
    const config = keptConfig(cached, source, env, schemaId);
    if (config) {
      touchUsed(cached);
      return { file: absolute, workspace: path7.dirname(absolute), config };
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
var import_node_fs11, path7, DEFAULT_CONFIG, SCHEMA_ID;
var init_config_file = __esm({
  "src/engine/config-file.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    path7 = __toESM(require("node:path"), 1);
    init_atomic_file();
    init_blake3();
    init_debug();
    init_process();
    init_state_touch();
    init_paths();
    init_config_kept();
    init_config_text();
    init_errors();
    init_graph();
    init_signing();
    init_config_text();
    DEFAULT_CONFIG = "taskcache.yml";
    SCHEMA_ID = true ? "6e346571cb749b69" : void 0;
  }
});

// src/adapters/git-ignore.ts
function gitList(workspace, args, input) {
  witnessSpoil("git was asked which inputs it ignores");
  return new Promise((resolve10) => {
    const child = childProcess().execFile(
      "git",
      args,
      {
        cwd: workspace,
        maxBuffer: 1 << 30,
        encoding: "utf8",
        env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
      },
      (error, stdout2, stderr2) => {
        if (error && input !== void 0 && error.code === 1) {
          resolve10(/* @__PURE__ */ new Set());
          return;
        }
        if (error) {
          const code = error.code;
          if (code === "ENOENT" || /not a git repository/i.test(String(stderr2))) {
            notRepositories.add(workspace);
          } else if (!failures.has(workspace)) {
            const line = String(stderr2).trim().split("\n")[0] || error.message;
            failures.set(workspace, line.replace(/^(fatal|error): /, ""));
          }
          debug(
            `git ${args.find((arg) => !arg.startsWith("-"))}: ${code === "ENOENT" ? "git is not installed" : String(stderr2).trim() || error.message}`
          );
          resolve10(void 0);
          return;
        }
        resolve10(new Set(stdout2.split("\0").filter((line) => line !== "")));
      }
    );
    child.stdin?.on("error", () => {
    });
    child.stdin?.end(input);
  });
}
function staticBase(cwd, written) {
  const body = written.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/{2,}/g, "/");
  const joined = path8.posix.normalize(path8.posix.join(cwd, import_picomatch4.default.scan(body).base));
  const base = joined.replace(/\/+$/, "");
  return base === "." ? "" : base;
}
var path8, import_picomatch4, PathSet, notRepositories, failures, SHOWN_PATHS, GitIgnore;
var init_git_ignore = __esm({
  "src/adapters/git-ignore.ts"() {
    "use strict";
    path8 = __toESM(require("node:path"), 1);
    import_picomatch4 = __toESM(require_picomatch2(), 1);
    init_debug();
    init_files();
    init_git_index();
    init_lazy_builtins();
    init_stat_witness();
    init_walk();
    PathSet = class {
      constructor(paths) {
        this.paths = paths;
      }
      paths;
      /** Whether `relative` is listed, or lies below a listed directory. */
      has(relative5) {
        if (this.paths.has(relative5) || this.paths.has(`${relative5}/`)) return true;
        for (let slash = relative5.lastIndexOf("/"); slash > 0; ) {
          if (this.paths.has(relative5.slice(0, slash + 1))) return true;
          slash = relative5.lastIndexOf("/", slash - 1);
        }
        return false;
      }
    };
    notRepositories = /* @__PURE__ */ new Set();
    failures = /* @__PURE__ */ new Map();
    SHOWN_PATHS = 5;
    GitIgnore = class _GitIgnore {
      constructor(workspace, cwd, patterns, listIgnored, untrackedList, index) {
        this.workspace = workspace;
        this.cwd = cwd;
        this.patterns = patterns;
        this.listIgnored = listIgnored;
        this.untrackedList = untrackedList;
        this.index = index;
        if (untrackedList) this.ignoredList = listIgnored();
      }
      workspace;
      cwd;
      patterns;
      listIgnored;
      untrackedList;
      index;
      dropped = [];
      kept = [];
      ignoredList;
      /** What git ignores among the scanned paths, asked for once. */
      ignoredPaths() {
        this.ignoredList ??= this.listIgnored();
        return this.ignoredList;
      }
      /**
       * Starts asking git about the files `patterns` (relative to `cwd`) can match. With
       * `untracked`, also lists the untracked files, for `report`. `index` is the invocation's
       * index of the workspace (engine/key-caches.ts), read once for all its tasks; without one,
       * each filter reads it.
       */
      static start(workspace, cwd, patterns, options = {}) {
        if (notRepositories.has(workspace) || findGitDir(workspace) === void 0) return void 0;
        const bases = /* @__PURE__ */ new Set();
        for (const written of patterns) {
          if (!written.startsWith("!")) bases.add(staticBase(cwd, written));
        }
        if (bases.size === 0) return void 0;
        const pathspecs = bases.has("") ? [] : ["--", ...bases];
        const list = (extra) => gitList(workspace, [
          "--literal-pathspecs",
          "ls-files",
          "-z",
          "--others",
          "--exclude-standard",
          ...extra,
          ...pathspecs
        ]);
        return new _GitIgnore(
          workspace,
          cwd,
          patterns,
          () => list(["--ignored", "--directory"]),
          options.untracked ? list(["--directory"]) : void 0,
          options.index
        );
      }
      /** Leaves out what git ignores, but for matches of a pattern whose base git ignores. */
      filter = async (files) => {
        if (this.ignoredList === void 0) {
          const index = this.index ?? loadWorkspaceIndex(this.workspace);
          if (index !== void 0 && files.every((file) => index.has(file))) {
            debug("git: every input is tracked, so none is ignored");
            this.kept = [...files];
            return /* @__PURE__ */ new Set();
          }
        }
        const listed = await this.ignoredPaths();
        if (listed === void 0 || listed.size === 0) {
          this.kept = [...files];
          return /* @__PURE__ */ new Set();
        }
        const ignored = new PathSet(listed);
        const covered = /* @__PURE__ */ new Map();
        for (const written of this.patterns) {
          if (written.startsWith("!")) continue;
          const base = staticBase(this.cwd, written);
          if (base !== "" && ignored.has(base))
            covered.set(base, [...covered.get(base) ?? [], written]);
        }
        const named = [];
        if (covered.size > 0) {
          const bases = [...covered.keys()];
          const answer = await gitList(
            this.workspace,
            ["check-ignore", "-z", "--stdin"],
            `${bases.join("\0")}\0`
          );
          for (const base of bases) {
            if (answer !== void 0 && !answer.has(base)) continue;
            for (const pattern of workspacePatterns(this.cwd, covered.get(base)).positive) {
              named.push(matcher(pattern));
            }
          }
        }
        const drop = /* @__PURE__ */ new Set();
        for (const file of files) {
          if (ignored.has(file) && !named.some((matches) => matches(file))) {
            drop.add(file);
            this.dropped.push(file);
          } else this.kept.push(file);
        }
        return drop;
      };
      /**
       * Why git could not list what it ignores in a repository (every match then counts): told
       * once per workspace and process; undefined otherwise.
       */
      async failure() {
        if (this.ignoredList === void 0) return void 0;
        await this.ignoredList;
        const message = failures.get(this.workspace);
        if (!message) return void 0;
        failures.set(this.workspace, null);
        return message;
      }
      /** What `filter` left out and, when asked for at the start, the untracked inputs. */
      async report() {
        if (this.ignoredList === void 0) return { ignored: [] };
        if (await this.ignoredList === void 0) return void 0;
        const listed = await this.untrackedList;
        if (listed === void 0) return { ignored: this.dropped };
        const untracked = new PathSet(listed);
        return { ignored: this.dropped, untracked: this.kept.filter((file) => untracked.has(file)) };
      }
    };
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

// src/core/fields.ts
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function unknownKey(value, allowed) {
  for (const key in value) if (!allowed.includes(key)) return key;
  return void 0;
}
var init_fields = __esm({
  "src/core/fields.ts"() {
    "use strict";
  }
});

// src/core/manifest.ts
function createManifest(parts) {
  return {
    schema: KEY_SCHEMA_VERSION,
    task: parts.task,
    command: parts.command,
    shell: parts.shell,
    cwd: parts.cwd,
    platform: { os: parts.platform.os, arch: parts.platform.arch },
    env: [...parts.env].sort((a, b) => compareCodeUnits(a.name, b.name)),
    inputs: [...parts.inputs].sort((a, b) => compareCodeUnits(a.path, b.path)),
    // Key-commands keep their declared order: each runs independently, but the order is the
    // user's and reordering them is a visible config change.
    keyCommands: [...parts.keyCommands],
    // Declared order too: the same patterns reordered are a visible config change.
    outputs: [...parts.outputs ?? []],
    salt: parts.salt
  };
}
function isLink(entry) {
  return "link" in entry;
}
function inputJson(entry) {
  return isLink(entry) ? `{"link":${jsonString(entry.link)},"path":${jsonString(entry.path)}}` : `{"digest":"${entry.digest}","executable":${entry.executable},"path":${jsonString(entry.path)}}`;
}
function inputJsonV1(entry) {
  return isLink(entry) ? `{"link":${jsonString(entry.link)},"path":${jsonString(entry.path)}}` : `{"digest":"${entry.digest}","path":${jsonString(entry.path)},"x":${entry.executable}}`;
}
function jsonString(text) {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}
function writeManifest(manifest, write) {
  const v1 = manifest.schema === 1;
  const fields2 = {
    schema: manifest.schema,
    task: manifest.task,
    command: manifest.command,
    shell: manifest.shell,
    cwd: manifest.cwd,
    platform: { os: manifest.platform.os, arch: manifest.platform.arch },
    env: manifest.env.map((e) => ({ name: e.name, digest: e.digest })),
    inputs: 0,
    keyCommands: manifest.keyCommands.map((k) => ({ command: k.command, digest: k.digest })),
    salt: manifest.salt
  };
  if (!v1) fields2.outputs = [...manifest.outputs ?? []];
  const rest = canonicalJson(fields2);
  const input = v1 ? inputJsonV1 : inputJson;
  const placeholder = '"inputs":0';
  const at = rest.indexOf(placeholder);
  write(`${rest.slice(0, at)}"inputs":[`);
  const inputs = manifest.inputs;
  for (let i = 0; i < inputs.length; i++) {
    write(i === 0 ? input(inputs[i]) : `,${input(inputs[i])}`);
  }
  write(`]${rest.slice(at + placeholder.length)}`);
}
function serializeManifest(manifest) {
  const pieces = [];
  writeManifest(manifest, (piece) => pieces.push(piece));
  return pieces.join("");
}
function computeKey(manifest, hash) {
  return hash(serializeManifest(manifest));
}
function hashManifest(manifest, hash) {
  keyTextEncoder ??= new TextEncoder();
  keyTextBytes ??= new Uint8Array(3 * 2 * KEY_TEXT_CHUNK);
  const encoder = keyTextEncoder;
  const bytes = keyTextBytes;
  let text = "";
  const flush = () => {
    if (text.length * 3 <= bytes.length) {
      hash.update(bytes.subarray(0, encoder.encodeInto(text, bytes).written));
    } else hash.update(encoder.encode(text));
    text = "";
  };
  writeManifest(manifest, (piece) => {
    text += piece;
    if (text.length >= KEY_TEXT_CHUNK) flush();
  });
  flush();
  return hash.digest();
}
function envValueDigest(name, value, hash) {
  return hash(`taskcache-env\0${name}\0${value}`);
}
function keyCount(value) {
  let count = 0;
  for (const _ in value) count++;
  return count;
}
function readManifest(value) {
  const fail = (field, what) => ({
    ok: false,
    reason: `manifest${field} ${what}`
  });
  if (!isObject(value)) return fail("", "is not an object");
  const extra = unknownKey(value, MANIFEST_KEYS);
  if (extra !== void 0) return fail("", `has an unknown field ${JSON.stringify(extra)}`);
  const schema = value.schema;
  if (typeof schema !== "number" || !READABLE_KEY_SCHEMAS.includes(schema)) {
    return fail(".schema", `is not a key schema this version reads (${READABLE_KEY_SCHEMAS})`);
  }
  for (const field of STRING_FIELDS) {
    if (typeof value[field] !== "string") return fail(`.${field}`, "is not a string");
  }
  const platform2 = value.platform;
  if (!isObject(platform2) || unknownKey(platform2, ["os", "arch"]) !== void 0 || typeof platform2.os !== "string" || typeof platform2.arch !== "string") {
    return fail(".platform", "is not {os, arch}");
  }
  const { env, inputs, keyCommands, outputs } = value;
  if (!Array.isArray(env)) return fail(".env", "is not a list");
  for (let i = 0; i < env.length; i++) {
    const item = env[i];
    if (!isObject(item) || unknownKey(item, ["name", "digest"]) !== void 0 || typeof item.name !== "string" || !isDigest(item.digest)) {
      return fail(`.env[${i}]`, "is not {name, digest}");
    }
  }
  if (!Array.isArray(inputs)) return fail(".inputs", "is not a list");
  for (let i = 0; i < inputs.length; i++) {
    const item = inputs[i];
    if (!isObject(item) || typeof item.path !== "string") {
      return fail(`.inputs[${i}]`, "has no path");
    }
    if ("link" in item) {
      if (typeof item.link !== "string" || keyCount(item) !== 2) {
        return fail(`.inputs[${i}]`, "is not {path, link}");
      }
    } else if (typeof item.executable !== "boolean" || !isDigest(item.digest) || keyCount(item) !== 3) {
      return fail(`.inputs[${i}]`, "is not {path, executable, digest}");
    }
  }
  if (!Array.isArray(keyCommands)) return fail(".keyCommands", "is not a list");
  for (let i = 0; i < keyCommands.length; i++) {
    const item = keyCommands[i];
    if (!isObject(item) || unknownKey(item, ["command", "digest"]) !== void 0 || typeof item.command !== "string" || !isDigest(item.digest)) {
      return fail(`.keyCommands[${i}]`, "is not {command, digest}");
    }
  }
  if (schema === 1) {
    if (outputs !== void 0) return fail("", "of key schema 1 has outputs");
  } else if (!Array.isArray(outputs) || !outputs.every((o) => typeof o === "string")) {
    return fail(".outputs", "is not a list of patterns");
  }
  const manifest = {
    schema,
    task: value.task,
    command: value.command,
    shell: value.shell,
    cwd: value.cwd,
    platform: { os: platform2.os, arch: platform2.arch },
    env,
    inputs,
    keyCommands,
    outputs: schema === 1 ? [] : outputs,
    salt: value.salt
  };
  return { ok: true, manifest };
}
var KEY_SCHEMA_VERSION, READABLE_KEY_SCHEMAS, PLAIN, KEY_TEXT_CHUNK, keyTextEncoder, keyTextBytes, MANIFEST_KEYS, STRING_FIELDS;
var init_manifest = __esm({
  "src/core/manifest.ts"() {
    "use strict";
    init_canonical();
    init_digest();
    init_fields();
    KEY_SCHEMA_VERSION = 2;
    READABLE_KEY_SCHEMAS = [1, 2];
    PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
    KEY_TEXT_CHUNK = 16 * 1024;
    MANIFEST_KEYS = [
      "schema",
      "task",
      "command",
      "shell",
      "cwd",
      "platform",
      "env",
      "inputs",
      "keyCommands",
      "outputs",
      "salt"
    ];
    STRING_FIELDS = ["task", "command", "shell", "cwd", "salt"];
  }
});

// src/core/diff.ts
function diffNamed(before, after, name, fingerprint) {
  const old = new Map(before.map((item) => [name(item), fingerprint(item)]));
  const added = [];
  const changed = [];
  const seen = /* @__PURE__ */ new Set();
  for (const item of after) {
    const key = name(item);
    seen.add(key);
    const previous = old.get(key);
    if (previous === void 0) added.push(key);
    else if (previous !== fingerprint(item)) changed.push(key);
  }
  const removed = [...old.keys()].filter((key) => !seen.has(key));
  return {
    added: added.sort(compareCodeUnits),
    removed: removed.sort(compareCodeUnits),
    changed: changed.sort(compareCodeUnits)
  };
}
function isEmpty(changes) {
  return changes.added.length + changes.removed.length + changes.changed.length === 0;
}
function inputFingerprint(entry) {
  return isLink(entry) ? `link:${entry.link}` : `${entry.executable ? "x" : "-"}:${entry.digest}`;
}
function diffManifests(before, after) {
  const changes = [];
  if (before.schema !== after.schema) {
    changes.push({ kind: "schema", before: before.schema, after: after.schema });
  }
  if (before.command !== after.command) {
    changes.push({ kind: "command", before: before.command, after: after.command });
  }
  if (before.shell !== after.shell) {
    changes.push({ kind: "shell", before: before.shell, after: after.shell });
  }
  if (before.cwd !== after.cwd) changes.push({ kind: "cwd", before: before.cwd, after: after.cwd });
  if (platformText(before) !== platformText(after)) {
    changes.push({ kind: "platform", before: platformText(before), after: platformText(after) });
  }
  const files = diffNamed(before.inputs, after.inputs, (e) => e.path, inputFingerprint);
  if (!isEmpty(files)) changes.push({ kind: "files", ...files });
  const env = diffNamed(
    before.env,
    after.env,
    (e) => e.name,
    (e) => e.digest
  );
  if (!isEmpty(env)) changes.push({ kind: "env", ...env });
  const keyCommands = diffNamed(
    before.keyCommands,
    after.keyCommands,
    (k) => k.command,
    (k) => k.digest
  );
  if (!isEmpty(keyCommands)) changes.push({ kind: "key-commands", ...keyCommands });
  if (before.schema !== 1 && after.schema !== 1 && !sameList(before.outputs, after.outputs)) {
    changes.push({ kind: "outputs", before: [...before.outputs], after: [...after.outputs] });
  }
  if (before.salt !== after.salt) changes.push({ kind: "salt" });
  return changes;
}
function sameList(a, b) {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
function listNames(names, limit = 10) {
  const shown = names.slice(0, limit).join(", ");
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function describeNamed(changes, noun, limit) {
  const parts = [];
  if (changes.changed.length > 0) {
    parts.push(
      `${plural(changes.changed.length, noun)} changed: ${listNames(changes.changed, limit)}`
    );
  }
  if (changes.added.length > 0) {
    parts.push(`${plural(changes.added.length, noun)} added: ${listNames(changes.added, limit)}`);
  }
  if (changes.removed.length > 0) {
    parts.push(
      `${plural(changes.removed.length, noun)} removed: ${listNames(changes.removed, limit)}`
    );
  }
  return parts;
}
function describeChanges(changes, limit = 10) {
  const lines = [];
  for (const change of changes) {
    switch (change.kind) {
      case "schema":
        lines.push(`key schema changed (${change.before} \u2192 ${change.after})`);
        break;
      case "command":
        lines.push("command changed");
        break;
      case "shell":
        lines.push(`shell changed (${change.before} \u2192 ${change.after})`);
        break;
      case "cwd":
        lines.push(`working directory changed (${change.before} \u2192 ${change.after})`);
        break;
      case "platform":
        lines.push(`platform changed (${change.before} \u2192 ${change.after})`);
        break;
      case "files":
        lines.push(...describeNamed(change, "file", limit));
        break;
      case "env":
        lines.push(...describeNamed(change, "env var", limit));
        break;
      case "key-commands":
        lines.push(...describeNamed(change, "key-command output", limit));
        break;
      case "outputs":
        lines.push(
          `outputs changed: ${listNames(change.before, limit) || "none"} \u2192 ${listNames(change.after, limit) || "none"}`
        );
        break;
      case "salt":
        lines.push("key-salt changed");
        break;
      default:
        return unreachable(change);
    }
  }
  return lines;
}
function changeCount(changes) {
  let count = 0;
  for (const change of changes) {
    if (change.kind === "files" || change.kind === "env" || change.kind === "key-commands") {
      count += change.added.length + change.removed.length + change.changed.length;
    } else count += 1;
  }
  return count;
}
function missReason(changes) {
  if (changes === void 0) return "first run";
  if (changes.length === 0) return "same inputs, entry not in the stores";
  return describeChanges(changes, 3).join("; ");
}
function unreachable(value) {
  throw new Error(`unreachable: ${JSON.stringify(value)}`);
}
var platformText;
var init_diff = __esm({
  "src/core/diff.ts"() {
    "use strict";
    init_canonical();
    init_manifest();
    platformText = (m) => `${m.platform.os}-${m.platform.arch}`;
  }
});

// src/core/record-text.ts
function writeRecordText(record, write) {
  const out = new Utf8Writer(0, PIECE_BYTES2, write);
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    out.write(canonicalJson(record));
  } else writeRecord(record, (piece) => out.write(piece));
  out.finish();
}
function writeRecord(record, write) {
  const { manifest, outputs, blobs } = record;
  const fields2 = record;
  let first = true;
  write("{");
  for (const name of Object.keys(fields2).sort(compareCodeUnits)) {
    const value = fields2[name];
    if (value === void 0) continue;
    write(`${first ? "" : ","}${JSON.stringify(name)}:`);
    first = false;
    if (name === "manifest" && isPlainManifest(manifest)) writeManifest(manifest, write);
    else if (name === "outputs" && Array.isArray(outputs)) writeOutputs(outputs, write);
    else if (name === "blobs" && blobs instanceof Map) writeBlobs(blobs, write);
    else if (name === "blobs" && blobs !== null && typeof blobs === "object" && !Array.isArray(blobs)) {
      writeBlobs(blobs, write);
    } else write(canonicalJson(value));
  }
  write("}");
}
function keyCount2(value, count) {
  let n = 0;
  for (const _ in value) n++;
  return n === count;
}
function isPlainManifest(m) {
  if (m === void 0 || m === null || typeof m !== "object" || m.schema !== KEY_SCHEMA_VERSION || !keyCount2(m, 11) || ![m.task, m.command, m.shell, m.cwd, m.salt].every(isText) || m.platform === null || typeof m.platform !== "object" || !keyCount2(m.platform, 2) || !isText(m.platform.os) || !isText(m.platform.arch) || !Array.isArray(m.env) || !Array.isArray(m.inputs) || !Array.isArray(m.keyCommands) || !Array.isArray(m.outputs) || !m.outputs.every(isText)) {
    return false;
  }
  const pair = (item, a, b) => item !== null && typeof item === "object" && keyCount2(item, 2) && isText(item[a]) && isText(item[b]);
  if (!m.env.every((e) => pair(e, "name", "digest"))) return false;
  if (!m.keyCommands.every((k) => pair(k, "command", "digest"))) return false;
  for (const input of m.inputs) {
    if (input === null || typeof input !== "object") return false;
    const item = input;
    if ("link" in item) {
      if (!pair(item, "link", "path")) return false;
    } else if (!keyCount2(item, 3) || !isDigest(item.digest) || typeof item.executable !== "boolean" || !isText(item.path)) {
      return false;
    }
  }
  return true;
}
function writeOutputs(outputs, write) {
  write("[");
  for (let i = 0; i < outputs.length; i++) {
    const item = outputs[i];
    write(i === 0 ? outputJson(item) : `,${outputJson(item)}`);
  }
  write("]");
}
function outputJson(item) {
  if (item !== null && typeof item === "object") {
    if (item.kind === "file" && keyCount2(item, 5) && isDigest(item.digest) && typeof item.executable === "boolean" && isText(item.path) && Number.isFinite(item.size)) {
      return `{"digest":"${item.digest}","executable":${item.executable},"kind":"file","path":${jsonString(item.path)},"size":${JSON.stringify(item.size)}}`;
    }
    if (item.kind === "link" && isText(item.path) && isText(item.target)) {
      if (item.external === true && keyCount2(item, 4)) {
        return `{"external":true,"kind":"link","path":${jsonString(item.path)},"target":${jsonString(item.target)}}`;
      }
      if (!("external" in item) && keyCount2(item, 3)) {
        return `{"kind":"link","path":${jsonString(item.path)},"target":${jsonString(item.target)}}`;
      }
    }
  }
  return canonicalJson(item) ?? "";
}
function writeBlobs(given, write) {
  const map = given instanceof Map ? given : void 0;
  const object = given;
  const paths = (map ? [...map.keys()] : Object.keys(object)).sort(compareCodeUnits);
  const idOf = map ? (p) => map.get(p) : (p) => object[p];
  if (!paths.every((p) => isText(idOf(p)))) {
    write(canonicalJson(map ? Object.fromEntries(map) : object));
    return;
  }
  write("{");
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i];
    write(`${i === 0 ? "" : ","}${jsonString(p)}:${jsonString(idOf(p))}`);
  }
  write("}");
}
var TEXT_CHUNK, PIECE_BYTES2, Utf8Writer, isText;
var init_record_text = __esm({
  "src/core/record-text.ts"() {
    "use strict";
    init_canonical();
    init_digest();
    init_manifest();
    TEXT_CHUNK = 16 * 1024;
    PIECE_BYTES2 = 64 * 1024;
    Utf8Writer = class {
      constructor(room, expected = 0, emit) {
        this.room = room;
        this.emit = emit;
        this.bytes = new Uint8Array(room + Math.max(expected, emit ? 16 : 64 * 1024));
        this.length = room;
      }
      room;
      emit;
      encoder = new TextEncoder();
      bytes;
      length;
      text = "";
      write(piece) {
        this.text += piece;
        if (this.text.length >= TEXT_CHUNK) this.flush();
      }
      /** The text written so far, as UTF-8 (with `emit`: what is left of it, handed on). */
      finish() {
        this.flush();
        if (this.emit) this.handOn();
        return this.bytes.subarray(this.room, this.length);
      }
      /** The text with `head` (at most the room) just before it. */
      withBefore(head) {
        const start = this.room - head.length;
        this.bytes.set(head, start);
        return this.bytes.subarray(start, this.length);
      }
      flush() {
        const text = this.text;
        this.text = "";
        for (let done = 0; done < text.length; ) {
          const { read, written } = this.encoder.encodeInto(
            done === 0 ? text : text.slice(done),
            this.bytes.subarray(this.length)
          );
          this.length += written;
          done += read;
          if (done < text.length) {
            if (this.emit) this.handOn();
            else this.grow(3 * (text.length - done));
          }
        }
      }
      /** Hands the bytes written so far to `emit`, and starts the array over. */
      handOn() {
        if (this.length === this.room) return;
        this.emit(this.bytes.subarray(this.room, this.length));
        this.length = this.room;
      }
      grow(need) {
        const grown = new Uint8Array(
          Math.max(Math.ceil(this.bytes.length * 1.25), this.length + need + 64 * 1024)
        );
        grown.set(this.bytes.subarray(0, this.length));
        this.bytes = grown;
      }
    };
    isText = (value) => typeof value === "string";
  }
});

// src/core/entry.ts
function outputBytes(record) {
  let total = 0;
  for (const item of record.outputs) if (item.kind === "file") total += item.size;
  return total;
}
function recordHeader(key, digest, signer) {
  const signature = signer ? `,"signature":${JSON.stringify(signer.sign(key, digest))}` : "";
  return `{"digest":"${digest}"${signature},"record":`;
}
function streamRecord(record, hasher, sink, signer) {
  const encoder = new TextEncoder();
  const room = encoder.encode(recordHeader(record.key, "0".repeat(64), signer)).length;
  const writeText = (at, hash) => {
    writeRecordText(record, (piece) => {
      if (hash) hasher.update(piece);
      sink(piece, at);
      at += piece.length;
    });
    sink(CLOSING, at);
    return at + CLOSING.length;
  };
  let end = writeText(room, true);
  const header = encoder.encode(recordHeader(record.key, hasher.digest(), signer));
  sink(header, 0);
  if (header.length !== room) {
    end = writeText(header.length, false);
  }
  return end;
}
function asWritten(bytes, hash, leave) {
  const written = writtenBody(bytes, hash);
  if (!written) return void 0;
  const { body, digest, signature } = written;
  const without = parseWithout(body, leave);
  if (without) {
    return { ok: true, digest, signature, record: without.record, manifest: without.manifest };
  }
  let record;
  try {
    record = JSON.parse(utf8(body));
  } catch {
    return void 0;
  }
  if (record === null || typeof record !== "object") return void 0;
  return { ok: true, digest, record, signature };
}
function writtenBody(bytes, hash) {
  const start = bytes.indexOf(RECORD_FIELD);
  const end = bytes.lastIndexOf(CLOSE);
  if (start === -1 || end <= start || utf8(bytes.subarray(end + 1)).trim() !== "") {
    return void 0;
  }
  let header;
  try {
    header = JSON.parse(`${utf8(bytes.subarray(0, start))}}`);
  } catch {
    return void 0;
  }
  const body = bytes.subarray(start + RECORD_FIELD.length, end);
  if (!isDigest(header.digest)) return void 0;
  if (hash(body) !== header.digest) return void 0;
  return { body, digest: header.digest, signature: header.signature };
}
function parseWithout(body, leave) {
  const start = body.indexOf(MANIFEST_FIELD);
  const end = start === -1 ? -1 : body.indexOf(AFTER_MANIFEST, start);
  if (end === -1) return void 0;
  let rest = end + 1;
  const left = ["manifest"];
  const blobsLeft = leave === "manifest-and-blobs" || leave === "manifest-outputs-and-blobs";
  const blobs = blobsLeft ? blobsAsWritten(body, start) : void 0;
  if (blobs) left.push("blobs");
  else if (leave === "manifest-outputs-and-blobs") return void 0;
  const outputsAt = end + AFTER_MANIFEST.length - 1;
  const afterOutputs = body.indexOf(AFTER_OUTPUTS, outputsAt);
  let outputs;
  if (leave === "manifest-and-outputs" || leave === "manifest-outputs-and-blobs") {
    if (afterOutputs === -1) return void 0;
    rest = afterOutputs + 1;
    left.push("outputs");
  } else if (afterOutputs !== -1) {
    outputs = parseList(body, outputsAt, afterOutputs);
    if (!outputs) return void 0;
    rest = afterOutputs + 1;
  }
  const before = blobs ? withoutBlobs(body, blobs, start) : parseObject(body, 0, start, CLOSE);
  const after = before && parseObject(body, rest, body.length, OPEN);
  if (!after) return void 0;
  if (outputs) {
    if (Object.hasOwn(after, "outputs") || Object.hasOwn(before, "outputs")) return void 0;
    before.outputs = outputs;
  }
  if (!joinFields(before, after, left)) return void 0;
  const manifest = body.subarray(start + MANIFEST_FIELD.length - 1, end + 1);
  return { record: before, manifest, ...blobs ? { blobs } : {} };
}
function joinFields(before, after, left) {
  for (const field of Object.keys(after)) {
    if (Object.hasOwn(before, field)) return false;
    Object.defineProperty(before, field, {
      value: after[field],
      writable: true,
      enumerable: true,
      configurable: true
    });
  }
  return !left.some((field) => Object.hasOwn(before, field));
}
function parseList(body, open3, close) {
  if (body[open3] !== OPEN_LIST || body[close] !== CLOSE_LIST) return void 0;
  const items = [];
  let from = open3;
  for (; ; ) {
    let split = from + LIST_PIECE < close ? body.indexOf(BETWEEN_OBJECTS, from + LIST_PIECE) : -1;
    if (split >= close) split = -1;
    const to = split === -1 ? close : split + 1;
    const saved = [body[from], body[to]];
    body[from] = OPEN_LIST;
    body[to] = CLOSE_LIST;
    let piece;
    try {
      piece = JSON.parse(utf8(body.subarray(from, to + 1)));
    } catch {
      return void 0;
    } finally {
      body[from] = saved[0];
      body[to] = saved[1];
    }
    for (const item of piece) items.push(item);
    if (split === -1) return items;
    from = to;
  }
}
function blobsAsWritten(body, before) {
  const start = BLOBS_AFTER.find((b) => body.subarray(0, b.prefix.length).equals(b.prefix));
  if (!start) return void 0;
  let at = start.prefix.length;
  let count = 0;
  if (body[at] !== CLOSE) {
    for (; ; ) {
      if (body[at++] !== QUOTE) return void 0;
      let units = 0;
      for (; ; ) {
        const byte = body[at++];
        if (byte === void 0 || byte === BACKSLASH || byte < 32) return void 0;
        if (byte === QUOTE) break;
        if ((byte & 192) !== 128) units += byte >= 240 ? 2 : 1;
      }
      if (units > MAX_PATH_LENGTH || ++count > MAX_OUTPUTS) return void 0;
      if (body[at++] !== COLON || body[at++] !== QUOTE) return void 0;
      const id = at;
      while (isLowerHex(body[at])) at++;
      if (at - id !== 40 && at - id !== 64 || body[at++] !== QUOTE) return void 0;
      if (body[at] === CLOSE) break;
      if (body[at++] !== COMMA) return void 0;
    }
  }
  const to = at + 1;
  if (to > before || body[to] !== COMMA) return void 0;
  return { codec: start.codec, to };
}
function withoutBlobs(body, blobs, before) {
  const archive = { codec: blobs.codec };
  if (blobs.to === before) return { archive };
  if (body[blobs.to] !== COMMA) return void 0;
  body[blobs.to] = OPEN;
  try {
    const between = parseObject(body, blobs.to, before, CLOSE);
    if (!between || Object.hasOwn(between, "archive")) return void 0;
    Object.defineProperty(between, "archive", {
      value: archive,
      writable: true,
      enumerable: true,
      configurable: true
    });
    return between;
  } finally {
    body[blobs.to] = COMMA;
  }
}
function parseObject(body, from, to, brace) {
  const at = brace === CLOSE ? to : from;
  if (body[at] !== COMMA) return void 0;
  body[at] = brace;
  try {
    const text = utf8(body.subarray(from, brace === CLOSE ? to + 1 : to));
    body[at] = COMMA;
    const value = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
    return value;
  } catch {
    return void 0;
  } finally {
    body[at] = COMMA;
  }
}
function reserialized(text, hash) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: "record is not valid JSON" };
  }
  if (parsed === null || typeof parsed !== "object") {
    return { ok: false, reason: "record is not an object" };
  }
  const { digest, record, signature } = parsed;
  if (!isDigest(digest) || record === null || typeof record !== "object") {
    return { ok: false, reason: "record has no digest" };
  }
  let canonical;
  try {
    canonical = canonicalJson(record);
  } catch {
    return { ok: false, reason: "record is malformed" };
  }
  if (hash(canonical) !== digest) {
    return { ok: false, reason: "record digest mismatch" };
  }
  return { ok: true, digest, record, signature };
}
function decodeRecord(stored, expectedKey, hash, signer) {
  return decode(stored, { expectedKey, hash, signer, manifest: "read" });
}
function decodeRecordToRestore(stored, expectedKey, hash, signer) {
  const options = { expectedKey, hash, signer, manifest: "check-against-key" };
  return decode(stored, options, "manifest-and-blobs");
}
function decodeRecordForHints(stored, hash, signer, release) {
  const options = { expectedKey: void 0, hash, signer, manifest: "read", release };
  return decode(stored, options, "manifest-and-outputs");
}
function decodeHintPairs(stored, hash, signer, release) {
  if (stored instanceof Uint8Array) {
    const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
    const read = bytes.length <= MAX_RECORD_CHARS && (0, import_node_buffer2.isUtf8)(bytes) && hintPairsAsWritten(bytes, hash, signer);
    if (read) {
      hintDecodes.asWritten++;
      release?.();
      return { ok: true, record: read };
    }
  }
  hintDecodes.parsed++;
  const decoded = decodeRecordForHints(stored, hash, signer, release);
  if (!decoded.ok) return decoded;
  const { manifest, blobs } = decoded.record;
  const pairs = /* @__PURE__ */ new Map();
  for (const input of blobs ? manifest.inputs : []) {
    if (!("digest" in input) || !Object.hasOwn(blobs, input.path)) continue;
    const blob = blobs[input.path];
    if (!pairs.has(blob)) pairs.set(blob, input.digest);
  }
  return { ok: true, record: { platform: manifest.platform, pairs } };
}
function hintPairsAsWritten(bytes, hash, signer) {
  const written = writtenBody(bytes, hash);
  if (!written) return void 0;
  const { body, digest, signature } = written;
  const parts = parseWithout(body, "manifest-outputs-and-blobs");
  const blobs = parts?.blobs;
  if (!parts || !blobs) return void 0;
  const entry = parts.record;
  if (notItsOwn(entry, void 0, digest, signature, signer) !== void 0) return void 0;
  const malformed = checkRecord(entry, { manifestRequired: false, outputs: false });
  if (malformed !== void 0) return void 0;
  const manifest = parts.manifest;
  if (hash(manifest) !== entry.key) return void 0;
  const inputsAt = manifest.indexOf(INPUTS_FIELD);
  if (inputsAt === -1) return void 0;
  const pairs = /* @__PURE__ */ new Map();
  const blobList = new BlobCursor(body, BLOBS_START[blobs.codec], blobs.to - 1);
  const listEnd = joinInputs(manifest, inputsAt + INPUTS_FIELD.length, blobList, pairs);
  if (listEnd === void 0) return void 0;
  while (blobList.path) blobList.next();
  if (blobList.failed) return void 0;
  const head = parseObject(manifest, 0, inputsAt, CLOSE);
  const tail = head && parseObject(manifest, listEnd + 1, manifest.length, OPEN);
  if (!head || !tail || !joinFields(head, tail, ["inputs"])) return void 0;
  head.inputs = [];
  const read = readManifest(head);
  if (!read.ok || read.manifest.schema !== KEY_SCHEMA_VERSION) return void 0;
  return { platform: read.manifest.platform, pairs };
}
function plainString(bytes, at) {
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) return i;
    if (byte === BACKSLASH || byte < 32) return -1;
  }
  return -1;
}
function joinInputs(m, at, blobs, pairs) {
  let previous;
  if (m[at] === CLOSE_LIST) return at;
  for (; ; ) {
    let digestAt = -1;
    if (startsWith(m, at, INPUT_FILE)) {
      digestAt = at + INPUT_FILE.length;
      at = digestAt;
      while (isLowerHex(m[at])) at++;
      if (at - digestAt !== 64 || !startsWith(m, at, INPUT_EXECUTABLE)) return void 0;
      at += INPUT_EXECUTABLE.length;
      if (startsWith(m, at, TRUE)) at += TRUE.length;
      else if (startsWith(m, at, FALSE)) at += FALSE.length;
      else return void 0;
    } else if (startsWith(m, at, INPUT_LINK)) {
      at = plainString(m, at + INPUT_LINK.length);
      if (at === -1) return void 0;
      at += 1;
    } else return void 0;
    if (!startsWith(m, at, INPUT_PATH)) return void 0;
    const pathStart = at + INPUT_PATH.length;
    const pathEnd = plainString(m, pathStart);
    if (pathEnd === -1 || m[pathEnd + 1] !== CLOSE) return void 0;
    if (previous && m.compare(m, pathStart, pathEnd, previous[0], previous[1]) >= 0) {
      return void 0;
    }
    previous = [pathStart, pathEnd];
    if (digestAt !== -1) {
      let order = 1;
      for (; blobs.path; blobs.next()) {
        order = compareRange(blobs, m, pathStart, pathEnd);
        if (order >= 0) break;
      }
      if (blobs.failed) return void 0;
      if (order === 0) {
        const blob = blobs.body.toString("latin1", blobs.id[0], blobs.id[1]);
        if (!pairs.has(blob))
          pairs.set(blob, m.toString("latin1", digestAt, digestAt + 64));
      }
    }
    at = pathEnd + 2;
    if (m[at] === CLOSE_LIST) return at;
    if (m[at] !== COMMA) return void 0;
    at += 1;
  }
}
function checkStored(stored, hash, leave) {
  let text;
  let bytes;
  if (typeof stored === "string") {
    if (stored.length > MAX_RECORD_CHARS) return tooLarge2();
    text = stored;
    bytes = Buffer.from(stored, "utf8");
  } else {
    bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
    if (bytes.length > MAX_RECORD_CHARS || !(0, import_node_buffer2.isUtf8)(bytes)) {
      text = bytes.toString("utf8");
      if (text.length > MAX_RECORD_CHARS) return tooLarge2();
      bytes = Buffer.from(text, "utf8");
    }
  }
  return asWritten(bytes, hash, leave) ?? reserialized(text ?? utf8(bytes), hash);
}
function decode(stored, options, leave = "manifest") {
  const { expectedKey, hash, signer } = options;
  if (typeof stored !== "string" && !(stored instanceof Uint8Array)) {
    return { ok: false, reason: "record is not text" };
  }
  const checked = checkStored(stored, hash, leave);
  if (!checked.ok) return checked;
  const { digest, record, signature, manifest: written } = checked;
  if (Array.isArray(record)) return { ok: false, reason: "record is not an object" };
  const entry = record;
  const foreign = notItsOwn(entry, expectedKey, digest, signature, signer);
  if (foreign !== void 0) return { ok: false, reason: foreign };
  const outputsLeft = written !== void 0 && leave === "manifest-and-outputs";
  const malformed = checkRecord(entry, {
    manifestRequired: written === void 0,
    outputs: !outputsLeft
  });
  if (malformed !== void 0) return { ok: false, reason: malformed };
  if (!outputsLeft) {
    const unsafe = checkOutputPaths(entry.outputs);
    if (unsafe !== void 0) return { ok: false, reason: unsafe };
  }
  if (written !== void 0) {
    if (options.manifest === "check-against-key") {
      if (hash(written) !== entry.key) {
        return { ok: false, reason: MANIFEST_NOT_KEY };
      }
      if (!Object.hasOwn(entry, "blobs")) return { ok: true, record: entry };
      const { blobs: _, ...restored } = entry;
      return { ok: true, record: restored };
    }
    const text = utf8(written);
    const writtenKey = hash(written);
    options.release?.();
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, reason: "record manifest is not valid JSON" };
    }
    const manifest2 = readManifest(value);
    if (!manifest2.ok) return { ok: false, reason: `record ${manifest2.reason}` };
    const key = manifest2.manifest.schema === KEY_SCHEMA_VERSION ? writtenKey : computeKey(manifest2.manifest, hash);
    if (key !== entry.key) return { ok: false, reason: MANIFEST_NOT_KEY };
    return {
      ok: true,
      record: { ...entry, manifest: manifest2.manifest }
    };
  }
  const manifest = readManifest(entry.manifest);
  if (!manifest.ok) return { ok: false, reason: `record ${manifest.reason}` };
  if (computeKey(manifest.manifest, hash) !== entry.key) {
    return { ok: false, reason: MANIFEST_NOT_KEY };
  }
  if (options.manifest === "check-against-key") {
    const { manifest: _, blobs: __, ...restored } = entry;
    return { ok: true, record: restored };
  }
  return { ok: true, record: { ...entry, manifest: manifest.manifest } };
}
function notItsOwn(entry, expectedKey, digest, signature, signer) {
  if (entry.format !== ENTRY_FORMAT) return `unsupported entry format ${String(entry.format)}`;
  if (!isKey(entry.key) || expectedKey !== void 0 && entry.key !== expectedKey) {
    return "record belongs to another key";
  }
  if (!signer) return void 0;
  if (typeof signature !== "string") return "entry is not signed";
  if (!signer.verify(entry.key, digest, signature)) {
    return "entry signature does not match the signing key";
  }
  return void 0;
}
function checkRecord(entry, options) {
  const extra = unknownKey(entry, RECORD_KEYS);
  if (extra !== void 0) return `record has an unknown field ${JSON.stringify(extra)}`;
  if (options.manifestRequired && !("manifest" in entry)) return "record has no manifest";
  if (typeof entry.task !== "string") return "record field task is not a string";
  if (typeof entry.createdAt !== "string") return "record field createdAt is not a string";
  if (!isSize(entry.durationMs)) return "record field durationMs is not a duration";
  if (!Number.isSafeInteger(entry.exitCode)) return "record field exitCode is not an integer";
  const unfit = options.outputs ? checkOutputs(entry.outputs) : void 0;
  return unfit ?? checkRest(entry);
}
function checkOutputs(outputs) {
  if (!Array.isArray(outputs)) return "record field outputs is not a list";
  if (outputs.length > MAX_OUTPUTS) {
    return `record has ${outputs.length} outputs, more than ${MAX_OUTPUTS}`;
  }
  let total = 0;
  for (let i = 0; i < outputs.length; i++) {
    const item = outputs[i];
    const field = `record field outputs[${i}]`;
    if (!isObject(item) || typeof item.path !== "string") return `${field} has no path`;
    if (item.path.length > MAX_PATH_LENGTH) {
      return `${field} has a path longer than ${MAX_PATH_LENGTH} characters`;
    }
    if (item.kind === "link") {
      if (unknownKey(item, LINK_KEYS) !== void 0 || typeof item.target !== "string" || item.external !== void 0 && item.external !== true) {
        return `${field} is not {kind, path, target}`;
      }
      if (item.target.length > MAX_PATH_LENGTH) {
        return `${field} has a target longer than ${MAX_PATH_LENGTH} characters`;
      }
    } else if (item.kind !== "file" || unknownKey(item, FILE_KEYS) !== void 0 || typeof item.executable !== "boolean" || !isDigest(item.digest)) {
      return `${field} is not {kind, path, executable, size, digest}`;
    } else {
      if (!isSize(item.size)) return `${field}.size is not a size up to ${MAX_SIZE} bytes`;
      total += item.size;
      if (total > MAX_SIZE) return `record's outputs add up to more than ${MAX_SIZE} bytes`;
    }
  }
  return void 0;
}
function checkRest(entry) {
  const { log, archive, producer, runnerFiles } = entry;
  if (!isObject(log) || unknownKey(log, ["size", "digest"]) !== void 0 || !isDigest(log.digest)) {
    return "record field log is not {size, digest}";
  }
  if (!isSize(log.size)) return `record field log.size is not a size up to ${MAX_SIZE} bytes`;
  if (!isObject(archive) || unknownKey(archive, ["codec"]) !== void 0 || !CODECS.includes(archive.codec)) {
    return `record field archive is not {codec} with a codec of ${CODECS.join(", ")}`;
  }
  if (!isObject(producer) || Object.values(producer).some((v) => typeof v !== "string")) {
    return "record field producer is not an object of strings";
  }
  if (runnerFiles !== void 0 && (!isObject(runnerFiles) || unknownKey(runnerFiles, RUNNER_FILES_KEYS) !== void 0 || !RUNNER_FILES_KEYS.every((k) => typeof runnerFiles[k] === "string"))) {
    return "record field runnerFiles is not {output, env, path, summary}";
  }
  return entry.blobs === void 0 ? void 0 : checkBlobs(entry.blobs);
}
function checkBlobs(blobs) {
  if (!isObject(blobs)) return "record field blobs is not an object of path: blob id";
  let count = 0;
  for (const path29 in blobs) {
    if (++count > MAX_OUTPUTS) return `record field blobs has more than ${MAX_OUTPUTS} paths`;
    if (path29.length > MAX_PATH_LENGTH) {
      return `record field blobs has a path longer than ${MAX_PATH_LENGTH} characters`;
    }
    const id = blobs[path29];
    if (typeof id !== "string" || !BLOB_ID.test(id)) {
      return `record field blobs[${JSON.stringify(path29.slice(0, 200))}] is not a git blob id (40 or 64 lowercase hex digits)`;
    }
  }
  return void 0;
}
function checkOutputPaths(outputs) {
  const seen = /* @__PURE__ */ new Set();
  for (const item of outputs) {
    if (!isSafeRelativePath(item.path) || seen.has(item.path)) {
      return `unsafe output path ${JSON.stringify(item.path)}`;
    }
    seen.add(item.path);
  }
  for (const item of outputs) {
    for (let slash = item.path.lastIndexOf("/"); slash > 0; ) {
      if (seen.has(item.path.slice(0, slash))) {
        return `output ${JSON.stringify(item.path)} lies below another output`;
      }
      slash = item.path.lastIndexOf("/", slash - 1);
    }
    if (item.kind !== "link") continue;
    if (item.external === true) {
      if (item.target === "" || item.target.includes("\0")) {
        return `symlink ${item.path} has no usable target`;
      }
    } else if (!linkStaysInside(item.path, item.target)) {
      return `symlink ${item.path} points outside the workspace`;
    }
  }
  return void 0;
}
var import_node_buffer2, ENTRY_FORMAT, CODECS, CLOSING, MAX_RECORD_CHARS, MAX_OUTPUTS, MAX_PATH_LENGTH, MAX_SIZE, ascii, RECORD_FIELD, MANIFEST_FIELD, AFTER_MANIFEST, AFTER_OUTPUTS, CLOSE, OPEN, COMMA, utf8, LIST_PIECE, BETWEEN_OBJECTS, OPEN_LIST, CLOSE_LIST, BLOBS_AFTER, QUOTE, COLON, BACKSLASH, isLowerHex, hintDecodes, INPUTS_FIELD, INPUT_FILE, INPUT_EXECUTABLE, INPUT_PATH, INPUT_LINK, TRUE, FALSE, BLOBS_START, BlobCursor, startsWith, compareRange, tooLarge2, MANIFEST_NOT_KEY, RECORD_KEYS, FILE_KEYS, LINK_KEYS, RUNNER_FILES_KEYS, isSize, BLOB_ID;
var init_entry = __esm({
  "src/core/entry.ts"() {
    "use strict";
    import_node_buffer2 = require("node:buffer");
    init_canonical();
    init_digest();
    init_fields();
    init_manifest();
    init_paths();
    init_record_text();
    ENTRY_FORMAT = 1;
    CODECS = ["zstd", "gzip", "none"];
    CLOSING = new TextEncoder().encode("}\n");
    MAX_RECORD_CHARS = 64 * 1024 * 1024;
    MAX_OUTPUTS = 1e6;
    MAX_PATH_LENGTH = 4096;
    MAX_SIZE = 2 ** 40;
    ascii = (text) => Buffer.from(text, "latin1");
    RECORD_FIELD = ascii(',"record":');
    MANIFEST_FIELD = ascii(',"manifest":{');
    AFTER_MANIFEST = ascii('},"outputs":[');
    AFTER_OUTPUTS = ascii('],"producer":{');
    CLOSE = 125;
    OPEN = 123;
    COMMA = 44;
    utf8 = (bytes) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    LIST_PIECE = 64 * 1024;
    BETWEEN_OBJECTS = ascii('},{"');
    OPEN_LIST = 91;
    CLOSE_LIST = 93;
    BLOBS_AFTER = CODECS.map((codec) => ({
      codec,
      prefix: ascii(`{"archive":{"codec":"${codec}"},"blobs":{`)
    }));
    QUOTE = 34;
    COLON = 58;
    BACKSLASH = 92;
    isLowerHex = (byte) => byte !== void 0 && (byte >= 48 && byte <= 57 || byte >= 97 && byte <= 102);
    hintDecodes = { asWritten: 0, parsed: 0 };
    INPUTS_FIELD = ascii(',"inputs":[');
    INPUT_FILE = ascii('{"digest":"');
    INPUT_EXECUTABLE = ascii('","executable":');
    INPUT_PATH = ascii(',"path":"');
    INPUT_LINK = ascii('{"link":"');
    TRUE = ascii("true");
    FALSE = ascii("false");
    BLOBS_START = Object.fromEntries(BLOBS_AFTER.map((b) => [b.codec, b.prefix.length]));
    BlobCursor = class {
      constructor(body, at, close) {
        this.body = body;
        this.at = at;
        this.close = close;
        this.next();
      }
      body;
      at;
      close;
      /** The current entry: its path's and its id's bytes; undefined past the last one. */
      path;
      id = [0, 0];
      failed = false;
      next() {
        if (this.at >= this.close) {
          this.path = void 0;
          return;
        }
        const pathStart = this.at + 1;
        const pathEnd = this.body.indexOf(QUOTE, pathStart);
        const idStart = pathEnd + 3;
        const idEnd = this.body.indexOf(QUOTE, idStart);
        const previous = this.path;
        if (previous && this.body.compare(this.body, pathStart, pathEnd, previous[0], previous[1]) >= 0) {
          this.failed = true;
        }
        this.path = [pathStart, pathEnd];
        this.id = [idStart, idEnd];
        this.at = idEnd + 2;
      }
    };
    startsWith = (bytes, at, text) => bytes.compare(text, 0, text.length, at, at + text.length) === 0;
    compareRange = (blobs, bytes, from, to) => blobs.body.compare(bytes, from, to, blobs.path[0], blobs.path[1]);
    tooLarge2 = () => ({
      ok: false,
      reason: `record is larger than ${MAX_RECORD_CHARS / 1024 / 1024} MiB`
    });
    MANIFEST_NOT_KEY = "record's manifest does not give its key";
    RECORD_KEYS = [
      "format",
      "key",
      "task",
      "manifest",
      "createdAt",
      "durationMs",
      "exitCode",
      "outputs",
      "log",
      "archive",
      "producer",
      "runnerFiles",
      "blobs"
    ];
    FILE_KEYS = ["kind", "path", "executable", "size", "digest"];
    LINK_KEYS = ["kind", "path", "target", "external"];
    RUNNER_FILES_KEYS = ["output", "env", "path", "summary"];
    isSize = (value) => Number.isSafeInteger(value) && value >= 0 && value <= MAX_SIZE;
    BLOB_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
  }
});

// src/core/env.ts
function isSecretLookingName(name) {
  return SECRET_NAME.test(name);
}
function isWildcard(pattern) {
  return pattern.includes("*");
}
function wildcardToRegExp(pattern) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}
function compileEnvPatterns(patterns) {
  const exact = /* @__PURE__ */ new Set();
  const include = [];
  const exclude = [];
  for (const pattern of patterns) {
    if (pattern.startsWith("!")) {
      exclude.push(wildcardToRegExp(pattern.slice(1)));
    } else if (isWildcard(pattern)) {
      include.push(wildcardToRegExp(pattern));
    } else {
      exact.add(pattern);
    }
  }
  return { exact, include, exclude };
}
function selectEnv(patterns, env) {
  const compiled2 = compiledFor(patterns);
  const selected = [];
  for (const name of Object.keys(env)) {
    if (env[name] === void 0) continue;
    if (compiled2.exclude.some((re) => re.test(name))) continue;
    if (compiled2.exact.has(name)) {
      selected.push(name);
      continue;
    }
    if (!compiled2.include.some((re) => re.test(name))) continue;
    if (neverByWildcard(name)) continue;
    selected.push(name);
  }
  return selected.sort(compareCodeUnits);
}
function compiledFor(patterns) {
  const id = JSON.stringify(patterns);
  let compiled2 = compiledLists.get(id);
  if (compiled2 === void 0) {
    compiled2 = compileEnvPatterns(patterns);
    if (compiledLists.size < 256) compiledLists.set(id, compiled2);
  }
  return compiled2;
}
function neverByWildcard(name) {
  let refused = refusedNames.get(name);
  if (refused === void 0) {
    refused = isSecretLookingName(name) || VOLATILE.some((re) => re.test(name));
    if (refusedNames.size < 4096) refusedNames.set(name, refused);
  }
  return refused;
}
function secretValues(env) {
  const values = [];
  for (const [name, value] of Object.entries(env)) {
    if (value !== void 0 && value.length >= 4 && isSecretLookingName(name)) values.push(value);
  }
  return values.sort((a, b) => b.length - a.length);
}
function redact(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (secret.length > 0 && out.includes(secret)) out = out.split(secret).join("***");
  }
  return out;
}
function isPrivateEnvName(name) {
  return PRIVATE.some((re) => re.test(name));
}
function commandEnv(env) {
  const out = {};
  for (const name of Object.keys(env)) {
    if (!isPrivateEnvName(name)) out[name] = env[name];
  }
  return out;
}
var VOLATILE_ENV, SECRET_NAME, VOLATILE, compiledLists, refusedNames, PRIVATE_ENV, PRIVATE;
var init_env = __esm({
  "src/core/env.ts"() {
    "use strict";
    init_canonical();
    VOLATILE_ENV = [
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
    SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|AUTH|API_?KEY|_KEY$|^KEY$/i;
    VOLATILE = VOLATILE_ENV.map(wildcardToRegExp);
    compiledLists = /* @__PURE__ */ new Map();
    refusedNames = /* @__PURE__ */ new Map();
    PRIVATE_ENV = [
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
    PRIVATE = PRIVATE_ENV.map((pattern) => new RegExp(wildcardToRegExp(pattern).source, "i"));
  }
});

// src/adapters/dir-cache.ts
function loadRows(file) {
  let data;
  try {
    data = (0, import_node_fs12.readFileSync)(file);
    if (data.toString("latin1", 0, MAGIC2.length) !== MAGIC2) data = Buffer.alloc(0);
  } catch {
    data = Buffer.alloc(0);
  }
  const starts = [];
  for (let at = MAGIC2.length; at + 2 <= data.length; ) {
    const numbers = at + 2 + data.readUInt16LE(at);
    if (numbers + NUMBERS2 > data.length) break;
    const kinds = numbers + NUMBERS2 + data.readUInt32LE(numbers + 24);
    if (kinds + 4 > data.length) break;
    const end = kinds + 4 + data.readUInt32LE(kinds);
    if (end > data.length) break;
    starts.push(at, end);
    at = end;
  }
  const table2 = new NameTable(starts.length / 2, data);
  const ends = new Float64Array(starts.length / 2);
  for (let row = 0; row < ends.length; row++) {
    const at = starts[row * 2];
    const length = data.readUInt16LE(at);
    table2.add(data, at + 2, length, at + 2 + length);
    ends[row] = starts[row * 2 + 1];
  }
  table2.seal();
  return { data, table: table2, ends };
}
function statIfAny2(absolute) {
  try {
    return (0, import_node_fs12.statSync)(absolute, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function toRow(stats2, listing) {
  return [stats2.mtimeMs, stats2.ctimeMs, stats2.ino, listing.names.join("/"), listing.kinds];
}
function fromRow(row, stats2) {
  if (row[0] !== stats2.mtimeMs || row[1] !== stats2.ctimeMs || row[2] !== stats2.ino) {
    return void 0;
  }
  const names = row[3] === "" ? [] : row[3].split("/");
  return names.length === row[4].length ? { names, kinds: row[4] } : void 0;
}
function encodeRows(rows) {
  let most = 0;
  for (const [dir, row] of rows) {
    if (row !== null) most += 2 + dir.length * 3 + NUMBERS2 + row[3].length * 3 + 4 + row[4].length;
  }
  const out = Buffer.allocUnsafe(most);
  let at = 0;
  for (const [dir, row] of rows) {
    if (row === null) continue;
    const length = out.write(dir, at + 2, "utf8");
    if (length > 65535) continue;
    out.writeUInt16LE(length, at);
    at += 2 + length;
    at = out.writeDoubleLE(row[0], at);
    at = out.writeDoubleLE(row[1], at);
    at = out.writeDoubleLE(row[2], at);
    const names = out.write(row[3], at + 4, "utf8");
    out.writeUInt32LE(names, at);
    at += 4 + names;
    at = out.writeUInt32LE(row[4].length, at);
    at += out.write(row[4], at, "latin1");
  }
  return out.subarray(0, at);
}
var import_node_fs12, MAGIC2, MAX_DIRS, NUMBERS2, DirCache;
var init_dir_cache = __esm({
  "src/adapters/dir-cache.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    init_atomic_file();
    init_name_table();
    init_stat_cache();
    init_stat_witness();
    init_walk();
    MAGIC2 = "TCD1";
    MAX_DIRS = 1e5;
    NUMBERS2 = 3 * 8 + 4;
    DirCache = class _DirCache {
      constructor(file, rows, now) {
        this.file = file;
        this.rows = rows;
        this.now = now;
        this.seen = new Uint8Array(rows.ends.length);
      }
      file;
      rows;
      now;
      updates = /* @__PURE__ */ new Map();
      /** Per loaded row, 1 once its directory was listed in this run, 2 once listed anew. */
      seen;
      /** Directories listed during this run, and how many of them came from the cache. */
      listed = 0;
      reused = 0;
      /**
       * Loads the cache; a missing, foreign or torn file is an empty cache. `now` is the clock the
       * racy rule reads (tests pass one that runs ahead).
       */
      static load(file, now = Date.now) {
        return new _DirCache(file, loadRows(file), now);
      }
      /** A loaded row's listing, if the directory's stat is still the row's. */
      kept(row, stats2) {
        const { data, table: table2 } = this.rows;
        const at = table2.value(row);
        if (data.readDoubleLE(at) !== stats2.mtimeMs || data.readDoubleLE(at + 8) !== stats2.ctimeMs || data.readDoubleLE(at + 16) !== stats2.ino) {
          return void 0;
        }
        const namesAt = at + NUMBERS2;
        const kindsAt = namesAt + data.readUInt32LE(at + 24);
        const joined = data.toString("utf8", namesAt, kindsAt);
        const kinds = data.toString("latin1", kindsAt + 4, this.rows.ends[row]);
        const names = joined === "" ? [] : joined.split("/");
        return names.length === kinds.length ? { names, kinds } : void 0;
      }
      /** What this invocation listed while nothing it runs wrote (engine/key-caches.ts sets it). */
      memo;
      /** Lists directories through the cache (and the invocation's memo, when it has one). */
      list = (absolute) => {
        const known = this.memo?.listing(absolute);
        if (known !== void 0) {
          this.listed += 1;
          this.reused += 1;
          return known ?? void 0;
        }
        const stamp = this.memo?.stamp ?? -1;
        const listing = this.listOnDisk(absolute);
        this.memo?.keepListing(stamp, absolute, listing);
        return listing;
      };
      listOnDisk(absolute) {
        this.listed += 1;
        const update = this.updates.get(absolute);
        const row = update === void 0 ? this.rows.table.find(absolute) : -1;
        if (row >= 0) this.seen[row] = 1;
        const replace = (update2) => {
          this.updates.set(absolute, update2);
          if (row >= 0) this.seen[row] = 2;
        };
        const listedAt = this.now();
        const stats2 = statIfAny2(absolute);
        witnessStat(absolute, true, stats2);
        if (stats2 === void 0 || !stats2.isDirectory()) {
          replace(null);
          return void 0;
        }
        let known;
        if (update) known = fromRow(update, stats2);
        else if (row >= 0) known = this.kept(row, stats2);
        if (known !== void 0) {
          this.reused += 1;
          return known;
        }
        const listing = readListing(absolute);
        const keep = listing !== void 0 && listing.invalid === void 0 && !isRacy(stats2, listedAt);
        replace(keep ? toRow(stats2, listing) : null);
        return listing;
      }
      /** Writes the cache atomically when anything changed; failures only cost speed. */
      save() {
        if (this.listed === this.reused) return;
        const { data, table: table2, ends } = this.rows;
        const many = table2.size + this.updates.size > MAX_DIRS;
        const pieces = [Buffer.from(MAGIC2, "latin1")];
        let run2;
        for (let row = 0; row < table2.size; row++) {
          const seen = this.seen[row];
          if (table2.isShadowed(row) || seen === 2 || many && seen === 0) continue;
          const start = table2.nameStart(row) - 2;
          if (run2?.[1] === start) run2[1] = ends[row];
          else {
            if (run2) pieces.push(data.subarray(...run2));
            run2 = [start, ends[row]];
          }
        }
        if (run2) pieces.push(data.subarray(...run2));
        pieces.push(encodeRows(this.updates));
        try {
          writeFileAtomic(this.file, pieces);
        } catch {
        }
      }
    };
  }
});

// src/adapters/scan-memo.ts
var ScanMemo;
var init_scan_memo = __esm({
  "src/adapters/scan-memo.ts"() {
    "use strict";
    ScanMemo = class {
      files = /* @__PURE__ */ new Map();
      /** Directory listings by absolute path; null for one that was gone. */
      listings = /* @__PURE__ */ new Map();
      /**
       * Scans kept but not yet put in `files`: an invocation of one task never asks for them, and
       * 50,000 entries in a map cost it more than its scan's other work on them.
       */
      scans = [];
      generation = 0;
      writers = 0;
      /** Something of the invocation is about to write to the workspace. */
      beginWrite() {
        this.writers += 1;
        this.forget();
      }
      /** What began writing is done; what it wrote is seen by the next scan. */
      endWrite() {
        this.writers = Math.max(0, this.writers - 1);
        this.forget();
      }
      /** The workspace changed (a restore placed files): nothing kept holds. */
      forget() {
        this.generation += 1;
        if (this.files.size > 0) this.files = /* @__PURE__ */ new Map();
        if (this.listings.size > 0) this.listings = /* @__PURE__ */ new Map();
        if (this.scans.length > 0) this.scans = [];
      }
      /** Taken when a scan starts: what keep() compares with. */
      get stamp() {
        return this.writers === 0 ? this.generation : -1;
      }
      /** What an earlier scan of this invocation found at `path`, while nothing writes. */
      get(path29) {
        if (this.writers !== 0) return void 0;
        if (this.scans.length > 0) this.settleScans();
        return this.files.size === 0 ? void 0 : this.files.get(path29);
      }
      /** What a scan of this invocation listed in `absolute`, while nothing writes. */
      listing(absolute) {
        return this.writers === 0 ? this.listings.get(absolute) : void 0;
      }
      /** Keeps a listing taken since `stamp`, if nothing began writing meanwhile. */
      keepListing(stamp, absolute, listing) {
        if (stamp < 0 || stamp !== this.generation || this.writers !== 0) return;
        if (listing?.invalid !== void 0) return;
        this.listings.set(absolute, listing ?? null);
      }
      /** Keeps a scan's findings, if nothing began writing since the scan's stamp. */
      keep(stamp, files) {
        if (stamp < 0 || stamp !== this.generation || this.writers !== 0) return;
        this.settleScans();
        for (const [path29, file] of files) this.files.set(path29, file);
      }
      /**
       * Keeps a scan's files, if nothing began writing since the scan's stamp. The array is held as
       * it is (its order may change, its files must not) and looked into only when a later scan
       * asks; files the scan took from the memo are there already.
       */
      keepScan(stamp, files) {
        if (stamp < 0 || stamp !== this.generation || this.writers !== 0) return;
        this.scans.push(files);
      }
      settleScans() {
        for (const files of this.scans) {
          for (const file of files) if (!file.memoised) this.files.set(file.path, file);
        }
        this.scans = [];
      }
    };
  }
});

// src/engine/key-caches.ts
function loadScanCaches(stateDir, workspace) {
  if (!stateDir) return {};
  const id = scanStateId(workspace);
  const statCache = StatCache.load(path9.join(stateDir, `stat-${id}.bin`));
  const git = {
    gitIndex: lazyWorkspaceIndex(workspace),
    blobHints: BlobHints.load(path9.join(stateDir, "blobs.bin"))
  };
  if (statCache.empty) return { statCache, ...git };
  removeLegacyListings(path9.join(stateDir, `dirs-${id}.json`));
  return {
    statCache,
    dirCache: DirCache.load(path9.join(stateDir, `dirs-${id}.bin`)),
    ...git
  };
}
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
function removeLegacyListings(file) {
  try {
    (0, import_node_fs13.rmSync)(file, { force: true });
  } catch {
  }
}
function saveScanCaches(caches) {
  caches.statCache?.save();
  caches.dirCache?.save();
  caches.blobHints?.save();
}
function invocationCaches(context) {
  return context.keyCaches?.of(context.stateDir, context.workspace);
}
async function withKeyCaches(context, use, tasks) {
  const keyCaches = new KeyCaches(tasks === void 0 ? {} : { tasks });
  try {
    return await use({ ...context, keyCaches });
  } finally {
    keyCaches.save();
  }
}
var import_node_fs13, path9, KeyCaches;
var init_key_caches = __esm({
  "src/engine/key-caches.ts"() {
    "use strict";
    import_node_fs13 = require("node:fs");
    path9 = __toESM(require("node:path"), 1);
    init_blake3();
    init_collect();
    init_dir_cache();
    init_git_index();
    init_scan_memo();
    init_stat_cache();
    init_state_touch();
    KeyCaches = class {
      /**
       * `tasks`: how many tasks the invocation keys, when known (see keyed). One keeps no memo:
       * nothing would ask it, and it would hold every input's entry through the restore or the save
       * (megabytes at 32,000 files).
       */
      constructor(options = {}) {
        this.options = options;
      }
      options;
      loaded = /* @__PURE__ */ new Map();
      keys = 0;
      of(stateDir, workspace) {
        const id = `${stateDir ?? ""}\0${workspace}`;
        let caches = this.loaded.get(id);
        if (caches === void 0) {
          const { tasks } = this.options;
          const memo = tasks === 1 ? void 0 : new ScanMemo();
          caches = { ...loadScanCaches(stateDir, workspace), ...memo ? { memo } : {} };
          if (caches.dirCache && memo) caches.dirCache.memo = memo;
          if (stateDir && caches.statCache?.empty === false) {
            for (const name of scanStateNames(workspace)) touchUsed(path9.join(stateDir, name));
          }
          this.loaded.set(id, caches);
        }
        return caches;
      }
      /**
       * Told each time a task's key is computed (or given up). After the last task's, what only
       * keys read goes: the git index, the directory listings and the blob hints (the last two
       * written now) are megabytes in a big checkout, which the restores and saves after the keys
       * would otherwise carry. The stat cache stays: a restore checks outputs in place with it.
       */
      keyed() {
        this.keys += 1;
        if (this.options.tasks === void 0 || this.keys < this.options.tasks) return;
        for (const [id, caches] of this.loaded) {
          caches.dirCache?.save();
          caches.blobHints?.save();
          caches.gitIndex?.release();
          const { dirCache: _, gitIndex: __, blobHints: ___, ...rest } = caches;
          this.loaded.set(id, rest);
        }
        forgetParsedIndexes();
        collectGarbage();
      }
      /** Writes every cache loaded; called once, when the invocation is done. */
      save() {
        for (const caches of this.loaded.values()) saveScanCaches(caches);
      }
    };
  }
});

// src/engine/key-commands.ts
function memoId(shell, command, cwd, env) {
  const vars = Object.entries(env).filter((entry) => entry[1] !== void 0).sort((a, b) => compareCodeUnits(a[0], b[0]));
  return blake3(JSON.stringify([shell, cwd, command, vars]));
}
function memoOf(ctx) {
  if (ctx.keyCommandMemo) return ctx.keyCommandMemo;
  let memo = implicit.get(ctx);
  if (!memo) {
    memo = new KeyCommandMemo();
    implicit.set(ctx, memo);
  }
  return memo;
}
async function keyCommandInput(memo, run2, notices, writes) {
  const { outcome, first } = memo.run(run2.shell, run2.command, run2.cwd, run2.env, writes);
  const { digest, ms: ms2 } = await outcome;
  if (first) {
    debug(`key-command "${run2.command}" in ${run2.cwd}: ${ms2} ms`);
    if (ms2 > SLOW_KEY_COMMAND_MS) {
      notices.push(
        `key-command "${run2.command}" took ${formatDuration(ms2)} (it runs once per invocation; its time is key time)`
      );
    }
  } else {
    debug(`key-command "${run2.command}" in ${run2.cwd}: reused`);
  }
  return { command: run2.command, digest };
}
var SLOW_KEY_COMMAND_MS, KeyCommandMemo, implicit;
var init_key_commands = __esm({
  "src/engine/key-commands.ts"() {
    "use strict";
    init_blake3();
    init_debug();
    init_process();
    init_canonical();
    init_units();
    SLOW_KEY_COMMAND_MS = 200;
    KeyCommandMemo = class {
      #runs = /* @__PURE__ */ new Map();
      /**
       * The run of this command, started by this call (`first`) or shared with an earlier one.
       * `writes` hears when a run starts and ends: a command may write to the workspace.
       */
      run(shell, command, cwd, env, writes) {
        const id = memoId(shell, command, cwd, env);
        const known = this.#runs.get(id);
        if (known) return { outcome: known, first: false };
        const started = monotonicMs();
        writes?.beginWrite();
        const outcome = captureStdout(shell, command, cwd, env).finally(() => writes?.endWrite()).then((stdout2) => ({
          digest: blake3(stdout2),
          ms: Math.round(monotonicMs() - started)
        }));
        outcome.catch(() => {
        });
        this.#runs.set(id, outcome);
        return { outcome, first: true };
      }
    };
    implicit = /* @__PURE__ */ new WeakMap();
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
function capabilitiesOf(store) {
  return store.capabilities ?? {
    list: typeof store.listEntries === "function",
    delete: typeof store.deleteEntry === "function",
    replace: store.replaces
  };
}
var canRead, canWrite, RECENT_RECORDS, UnsupportedError, StoreError;
var init_store = __esm({
  "src/stores/store.ts"() {
    "use strict";
    init_config_shape();
    canRead = (mode) => mode === "read-write" || mode === "read";
    canWrite = (mode) => mode === "read-write" || mode === "write";
    RECENT_RECORDS = 8;
    UnsupportedError = class extends Error {
      name = "UnsupportedError";
    };
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

// src/engine/store-hints.ts
function isHintSource(ctx) {
  const { stores, scope } = ctx;
  return typeof scope === "string" && typeof stores?.readable === "function";
}
async function storeBlobHints(task2, source) {
  for (const store of source.stores.readable()) {
    const records = await source.stores.attempt(
      store,
      "lookup",
      () => recentOf(store, task2, source)
    );
    if (!records || records.length === 0) continue;
    const pairs = /* @__PURE__ */ new Map();
    for (let i = 0; i < records.length; i++) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        releaseBytes(records[i]);
      };
      const decoded = decodeHintPairs(records[i], blake3, source.signer, release);
      release();
      records[i] = "";
      if (!decoded.ok || decoded.record.platform.os !== source.platform.os) continue;
      for (const [blob, digest] of decoded.record.pairs) {
        if (!pairs.has(blob)) pairs.set(blob, digest);
      }
    }
    return pairs;
  }
  return void 0;
}
function recentOf(store, task2, source) {
  if (store.recentRecordBytes) return store.recentRecordBytes(task2, source.scope);
  if (store.recentRecords) return store.recentRecords(task2, source.scope);
  return store.latestRecord(task2, source.scope).then((text) => text ? [text] : []);
}
var init_store_hints = __esm({
  "src/engine/store-hints.ts"() {
    "use strict";
    init_blake3();
    init_entry();
    init_store();
  }
});

// src/engine/key.ts
function cachesFor(ctx) {
  const shared2 = invocationCaches(ctx);
  if (shared2) return { caches: shared2, owned: false };
  return { caches: loadScanCaches(ctx.stateDir, ctx.workspace), owned: true };
}
async function computeTaskKey(spec, ctx, options = {}) {
  const { caches, owned } = cachesFor(ctx);
  const git = GitIgnore.start(ctx.workspace, spec.cwd, spec.inputs, {
    ...options,
    index: caches.gitIndex
  });
  const signer = ctx.signer ?? signerFromEnv(ctx.env);
  const storeHints = caches.gitIndex && isHintSource(ctx) ? () => storeBlobHints(spec.name, { ...ctx, signer }) : void 0;
  const scan = await scanInputs(
    {
      workspace: ctx.workspace,
      cwd: spec.cwd,
      patterns: spec.inputs,
      // Declared outputs are never inputs.
      exclude: spec.outputs,
      filter: git?.filter
    },
    { ...caches, storeHints }
  );
  let { inputs } = scan;
  const { unmatched, blobs, read } = scan;
  if (spec.upstream && spec.upstream.length > 0) {
    inputs = await withUpstreamOutputs(inputs, spec.upstream, ctx, caches);
  }
  if (owned) saveScanCaches(caches);
  const keyed = signer?.keyedHash;
  const warnings = [];
  const gitFailure = await git?.failure();
  if (gitFailure) {
    warnings.push(
      `${spec.name}: git could not say which inputs it ignores (${gitFailure}); every matching file is an input`
    );
  }
  const env = selectEnv(spec.env, ctx.env).map((name) => {
    if (!keyed && isSecretLookingName(name)) {
      warnings.push(
        `${spec.name}: env var ${name} looks like a secret and enters the key as a plain digest, which anyone who can read an entry can test guesses against; set TASKCACHE_SIGNING_KEY to key it`
      );
    }
    return { name, digest: envValueDigest(name, ctx.env[name] ?? "", keyed ?? blake3) };
  });
  const cwdAbsolute = path10.join(ctx.workspace, spec.cwd);
  const keyCommandEnv = spec.keyCommands.length > 0 ? commandEnv(ctx.env) : void 0;
  const keyCommands = [];
  const notices = [];
  for (const command of spec.keyCommands) {
    const run2 = { shell: spec.shell, command, cwd: cwdAbsolute, env: keyCommandEnv };
    keyCommands.push(await keyCommandInput(memoOf(ctx), run2, notices, caches.memo));
  }
  const manifest = createManifest({
    task: spec.name,
    command: spec.command,
    shell: spec.shell,
    cwd: spec.cwd,
    platform: ctx.platform,
    env,
    inputs,
    keyCommands,
    outputs: spec.outputs,
    salt: spec.salt
  });
  const key = hashManifest(manifest, await (await fileBackend()).createHasher());
  const ignored = await git?.report();
  return { manifest, key, unmatched, warnings, notices, ignored, blobs, read };
}
async function withUpstreamOutputs(inputs, upstream, ctx, caches) {
  const byPath = new Map(inputs.map((input) => [input.path, input]));
  for (const dep of upstream) {
    if (dep.outputs.length === 0) continue;
    const scanned = await scanInputs(
      { workspace: ctx.workspace, cwd: dep.cwd, patterns: dep.outputs },
      caches
    );
    for (const input of scanned.inputs) byPath.set(input.path, input);
  }
  return [...byPath.values()];
}
var path10;
var init_key = __esm({
  "src/engine/key.ts"() {
    "use strict";
    path10 = __toESM(require("node:path"), 1);
    init_blake3();
    init_files();
    init_git_ignore();
    init_env();
    init_manifest();
    init_key_caches();
    init_key_commands();
    init_signing();
    init_store_hints();
  }
});

// src/adapters/deadlines.ts
function operationBoundMs(bytes, deadlines = STORE_DEADLINES) {
  return deadlines.operationMs + Math.ceil(Math.max(0, bytes) * 1e3 / deadlines.minBytesPerSecond);
}
function deadlinesOf(settings) {
  return {
    connectMs: settings.connectTimeoutMs,
    firstByteMs: settings.idleTimeoutMs,
    minBytesPerSecond: settings.minBytesPerSecond,
    throughputWindowMs: settings.throughputWindowMs,
    operationMs: settings.operationMs
  };
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

// src/engine/stores.ts
function stricterMode(a, b) {
  const read = canRead(a) && canRead(b);
  const write = canWrite(a) && canWrite(b);
  return read ? write ? "read-write" : "read" : write ? "write" : "off";
}
function setOperationBound(store, operationMs) {
  operationBounds.set(store, operationMs);
}
function defaultBackstop(bytes, store) {
  const own = store === void 0 ? void 0 : operationBounds.get(store);
  const deadlines = own === void 0 ? STORE_DEADLINES : { ...STORE_DEADLINES, operationMs: own };
  return operationBoundMs(bytes, deadlines) + BACKSTOP_GRACE_MS;
}
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
var import_node_stream, BACKSTOP_GRACE_MS, CACHE_ENV, operationBounds, StoreSet, TIMED_OUT;
var init_stores = __esm({
  "src/engine/stores.ts"() {
    "use strict";
    import_node_stream = require("node:stream");
    init_deadlines();
    init_store();
    BACKSTOP_GRACE_MS = 5e3;
    CACHE_ENV = "TASKCACHE_CACHE";
    operationBounds = /* @__PURE__ */ new WeakMap();
    StoreSet = class _StoreSet {
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
        const backstop = new Promise((resolve10) => {
          timer = setTimeout(() => resolve10(TIMED_OUT), limit);
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
            const backstop = new Promise((resolve10) => {
              timer = setTimeout(() => resolve10(TIMED_OUT), limit);
            });
            try {
              const pending = entry.openArchive();
              pending.then(
                (stream2) => {
                  if (this.down.has(store)) stream2.destroy();
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
    TIMED_OUT = /* @__PURE__ */ Symbol("timed out");
  }
});

// src/engine/inspect.ts
async function keyTask(spec, context) {
  let taskKey;
  try {
    taskKey = await computeTaskKey(spec, context);
  } catch (error) {
    throw new UncacheableError(messageOf(error));
  }
  const warnings = [
    ...taskKey.unmatched.map(
      (pattern) => `${spec.name}: input pattern "${pattern}" matched no file`
    ),
    ...taskKey.warnings
  ];
  for (const warning of warnings) context.reporter.warn(warning);
  context.sealing?.keyWarned(spec.name, warnings);
  for (const notice of taskKey.notices ?? []) context.reporter.notice?.(notice);
  return taskKey;
}
async function recentRecords(store, task2, scope) {
  if (store.recentRecords) return store.recentRecords(task2, scope);
  const latest = await store.latestRecord(task2, scope);
  return latest === void 0 ? [] : [latest];
}
async function explainMiss(spec, manifest, context) {
  for (const store of context.stores.readable()) {
    const texts = await context.stores.attempt(
      store,
      "lookup",
      () => recentRecords(store, spec.name, context.scope)
    );
    let nearest;
    let among = 0;
    let failure;
    for (const text of texts ?? []) {
      const decoded = decodeRecord(text, void 0, blake3, context.signer);
      if (!decoded.ok) continue;
      among++;
      try {
        const changes = diffManifests(decoded.record.manifest, manifest);
        const count = changeCount(changes);
        if (nearest === void 0 || count < nearest.count) {
          nearest = { record: decoded.record, changes, count };
        }
      } catch (error) {
        failure ??= error;
      }
    }
    if (nearest) {
      const { record, changes } = nearest;
      const compared = { store: store.name, among };
      return { reason: missReason(changes), changes, previous: record, compared };
    }
    if (failure !== void 0) {
      return { reason: `unknown (${messageOf(failure)})`, changes: void 0, previous: void 0 };
    }
  }
  const ranBefore = await context.runLog?.runs().then((runs) => runs.some((run2) => run2.task === spec.name && run2.status !== "failed")).catch(() => false);
  return {
    reason: ranBefore ? "no entry for this key (the earlier entries of the task are gone: evicted, or saved elsewhere)" : missReason(void 0),
    changes: void 0,
    previous: void 0
  };
}
async function askStores(key, context) {
  const answers = [];
  for (const store of context.stores.readable()) {
    const hit = await context.stores.attempt(store, "lookup", () => store.has(key));
    answers.push({ store: store.name, hit: hit ?? null });
  }
  return answers;
}
async function dryRunTask(spec, context) {
  let taskKey;
  try {
    taskKey = await keyTask(spec, context);
  } catch (error) {
    if (!(error instanceof UncacheableError)) throw error;
    const reason2 = `uncacheable: ${error.message}`;
    return { task: spec.name, key: null, status: "miss", source: null, stores: [], reason: reason2 };
  }
  const { key, manifest } = taskKey;
  const answers = await askStores(key, context);
  const source = answers.find((a) => a.hit)?.store ?? null;
  const reason = source ? null : (await explainMiss(spec, manifest, context)).reason;
  return { task: spec.name, key, status: source ? "hit" : "miss", source, stores: answers, reason };
}
function firstFew(paths = []) {
  return { count: paths.length, first: paths.slice(0, SHOWN_PATHS) };
}
async function explainTask(spec, context) {
  const { key, manifest, unmatched, ignored } = await computeTaskKey(spec, context, {
    untracked: true
  }).catch((error) => {
    throw new UncacheableError(messageOf(error));
  });
  const answers = await askStores(key, context);
  const explained = await explainMiss(spec, manifest, context);
  return {
    task: spec.name,
    key,
    manifest: {
      inputs: manifest.inputs.length,
      env: manifest.env.map((e) => e.name),
      command: manifest.command,
      shell: manifest.shell,
      cwd: manifest.cwd,
      platform: `${manifest.platform.os}-${manifest.platform.arch}`,
      keyCommands: manifest.keyCommands.map((k) => k.command),
      salt: manifest.salt
    },
    unsetEnv: unsetEnvNames(spec.env, context.env),
    stores: answers,
    previous: explained.previous ? {
      key: explained.previous.key,
      createdAt: explained.previous.createdAt,
      ...explained.compared
    } : null,
    changes: explained.changes ?? null,
    lines: explained.changes ? describeChanges(explained.changes, 10) : [],
    unmatched,
    git: ignored ? { ignored: firstFew(ignored.ignored), untracked: firstFew(ignored.untracked) } : null
  };
}
function unsetEnvNames(patterns, env) {
  const excluded = new Set(patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1)));
  return patterns.filter(
    (p) => !p.startsWith("!") && !p.includes("*") && !excluded.has(p) && env[p] === void 0
  );
}
var UncacheableError;
var init_inspect = __esm({
  "src/engine/inspect.ts"() {
    "use strict";
    init_blake3();
    init_git_ignore();
    init_diff();
    init_entry();
    init_key();
    init_stores();
    UncacheableError = class extends Error {
      name = "UncacheableError";
    };
  }
});

// src/adapters/codec.ts
function hasZstdBinary() {
  zstdBinary ??= childProcess().spawnSync("zstd", ["--version"], { stdio: "ignore" }).status === 0;
  return zstdBinary;
}
function preferredCodec(bytes, compress = true) {
  if (!compress || bytes < TINY_ARCHIVE) return "none";
  if (zlib2().createZstdCompress) return "zstd";
  if (bytes >= SMALL_ARCHIVE && hasZstdBinary()) return "zstd";
  return "gzip";
}
function processStream(file, args, input = true) {
  const child = childProcess().spawn(file, args, {
    stdio: [input ? "pipe" : "ignore", "pipe", "pipe"]
  });
  const stdout2 = child.stdout;
  let stderr2 = "";
  const duplex = new stream.Duplex({
    write(chunk, _encoding, callback) {
      if (child.stdin.write(chunk)) callback();
      else child.stdin.once("drain", () => callback());
    },
    final(callback) {
      child.stdin?.end();
      callback();
    },
    read() {
      stdout2.resume();
    },
    destroy(error, callback) {
      if (child.exitCode === null) child.kill();
      callback(error);
    }
  });
  stdout2.on("data", (chunk) => {
    if (!duplex.push(chunk)) stdout2.pause();
  });
  child.stderr.on("data", (chunk) => {
    stderr2 += chunk.toString();
  });
  child.on("error", (error) => duplex.destroy(error));
  child.stdin?.on("error", (error) => duplex.destroy(error));
  child.on("close", (code) => {
    if (code === 0) duplex.push(null);
    else duplex.destroy(new Error(`${file} exited with code ${code}: ${stderr2.trim()}`));
  });
  if (!input) duplex.end();
  return duplex;
}
function compressor(codec) {
  switch (codec) {
    case "zstd": {
      const z = zlib2();
      if (z.createZstdCompress) {
        return z.createZstdCompress({
          params: { [z.constants.ZSTD_c_compressionLevel]: 1 }
        });
      }
      throw new Error("zstd is not available");
    }
    case "gzip":
      return zlib2().createGzip({ level: 1 });
  }
}
function compressToFile(codec, dest) {
  if (codec === "zstd" && hasZstdBinary()) {
    const child = childProcess().spawn("zstd", ["-1", "-T0", "-q", "-f", "-o", dest], {
      stdio: ["pipe", "ignore", "pipe"]
    });
    let stderr2 = "";
    child.stderr.on("data", (chunk) => {
      stderr2 += chunk.toString();
    });
    const done = new Promise((resolve10, reject) => {
      child.on("error", reject);
      child.on(
        "close",
        (code) => code === 0 ? resolve10() : reject(new Error(`zstd exited with code ${code}: ${stderr2.trim()}`))
      );
    });
    return { input: child.stdin, done };
  }
  if (codec === "none") {
    const input2 = (0, import_node_fs14.createWriteStream)(dest);
    return { input: input2, done: stream.promises.finished(input2) };
  }
  const input = compressor(codec);
  return { input, done: stream.promises.pipeline(input, (0, import_node_fs14.createWriteStream)(dest)) };
}
function decompressor(codec) {
  switch (codec) {
    case "zstd": {
      const z = zlib2();
      if (z.createZstdDecompress) return z.createZstdDecompress({ chunkSize: ZLIB_CHUNK });
      if (hasZstdBinary()) return processStream("zstd", ["-d", "-q", "-c"]);
      throw new Error("zstd is not available to read this entry");
    }
    case "gzip":
      return zlib2().createGunzip();
    case "none":
      return new stream.PassThrough();
  }
}
function decompressFile(codec, file) {
  if (codec === "none") return plainPieces(file);
  if (codec === "zstd" && !zlib2().createZstdDecompress && hasZstdBinary()) {
    return processStream("zstd", ["-d", "-q", "-c", "--", file], false);
  }
  return decompressStream((0, import_node_fs14.createReadStream)(file, { highWaterMark: PIECE }), codec);
}
function decompressStream(source, codec) {
  const stream2 = source.pipe(decompressor(codec));
  source.on("error", (error) => stream2.destroy(error));
  return stream2;
}
function* plainPieces(file) {
  const fd = (0, import_node_fs14.openSync)(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(PIECE);
    for (; ; ) {
      const read = (0, import_node_fs14.readSync)(fd, buffer, 0, PIECE, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    (0, import_node_fs14.closeSync)(fd);
  }
}
var import_node_fs14, stream, zlib2, zstdBinary, TINY_ARCHIVE, SMALL_ARCHIVE, ZLIB_CHUNK, PIECE;
var init_codec = __esm({
  "src/adapters/codec.ts"() {
    "use strict";
    import_node_fs14 = require("node:fs");
    stream = __toESM(require("node:stream"), 1);
    init_lazy_builtins();
    zlib2 = () => zlib();
    TINY_ARCHIVE = 64 * 1024;
    SMALL_ARCHIVE = 256 * 1024;
    ZLIB_CHUNK = 1024 * 1024;
    PIECE = 1024 * 1024;
  }
});

// src/adapters/piece-hasher.ts
function startThread(script) {
  const worker = new (workerThreads()).Worker(script);
  const ring = new Uint8Array(new SharedArrayBuffer(RING_BYTES));
  const thread = { worker, ring };
  const die = (error) => {
    if (thread.dead) return;
    thread.dead = error;
    const index = idle.indexOf(thread);
    if (index !== -1) idle.splice(index, 1);
    thread.onDeath?.(error);
  };
  worker.on("message", (answer) => thread.listener?.(answer));
  worker.on("error", die);
  worker.on("exit", (code) => die(new Error(`the hash worker exited with code ${code}`)));
  worker.postMessage({
    kind: "ring",
    ring: ring.buffer
  });
  pieceHashing.onStart?.(worker);
  return thread;
}
var import_node_os2, RING_BYTES, SEND_BYTES, pieceHashing, idle, PieceHasher;
var init_piece_hasher = __esm({
  "src/adapters/piece-hasher.ts"() {
    "use strict";
    import_node_os2 = require("node:os");
    init_debug();
    init_lazy_builtins();
    init_worker_pool();
    RING_BYTES = 8 * 1024 * 1024;
    SEND_BYTES = 1024 * 1024;
    pieceHashing = { script: null, minBytes: 4 * 1024 * 1024, minCores: 3, maxInFlight: 0 };
    idle = [];
    PieceHasher = class _PieceHasher {
      constructor(thread, check) {
        this.thread = thread;
        this.check = check;
        thread.worker.ref();
        thread.listener = (answer) => this.answered(answer);
        thread.onDeath = (error) => this.fail(error);
      }
      thread;
      check;
      /** Bytes copied into the ring, and bytes the worker has hashed: both only grow. */
      written = 0;
      hashed = 0;
      segments = [];
      unsent = 0;
      failure;
      wake;
      slotsEnded = 0;
      slotsChecked = 0;
      static start(bytes, check) {
        if (bytes < pieceHashing.minBytes || (0, import_node_os2.availableParallelism)() < pieceHashing.minCores) {
          return void 0;
        }
        const script = pieceHashing.script === null ? workerFile() : pieceHashing.script;
        if (script === void 0) return void 0;
        const thread = idle.pop();
        debug(`restore: hashing on ${thread ? "a waiting" : "a new"} worker thread`);
        return new _PieceHasher(thread ?? startThread(script), check);
      }
      /** Why the restore must stop, once known: a digest that did not match, a dead worker. */
      get failed() {
        return this.failure;
      }
      /** Hands the next bytes of `slot` on; a promise when the ring had no room for them yet. */
      update(slot, part) {
        if (part.length <= RING_BYTES - (this.written - this.hashed) && !this.failure) {
          this.copy(slot, part);
          return void 0;
        }
        return this.updateSlowly(slot, part);
      }
      /** Says that `slot` has no more bytes. */
      end(slot) {
        this.segments.push(slot, 0, 0, 1);
        this.slotsEnded += 1;
        if (this.segments.length >= 4096) this.send();
      }
      /** Sends what is gathered: after each SEND_BYTES, and at the end. */
      send() {
        if (this.segments.length === 0 || this.failure) return;
        const segments = Int32Array.from(this.segments);
        this.segments = [];
        this.unsent = 0;
        this.thread.worker.postMessage({ kind: "pieces", segments }, [
          segments.buffer
        ]);
      }
      /** Waits for every digest and throws the first failure. */
      async finish() {
        this.send();
        while (!this.failure && this.slotsChecked < this.slotsEnded) await this.answer();
        if (this.failure) throw this.failure;
      }
      /** Hands the worker back for the next restore, or stops it if it may still be busy. */
      release() {
        const { thread } = this;
        thread.listener = void 0;
        thread.onDeath = void 0;
        if (!thread.dead && this.hashed === this.written && this.segments.length === 0) {
          thread.worker.unref();
          idle.push(thread);
        } else void thread.worker.terminate();
      }
      copy(slot, part) {
        const { ring } = this.thread;
        let offset = 0;
        while (offset < part.length) {
          const at = this.written % RING_BYTES;
          const length = Math.min(RING_BYTES - at, part.length - offset);
          ring.set(part.subarray(offset, offset + length), at);
          this.segments.push(slot, at, length, 0);
          this.written += length;
          offset += length;
        }
        pieceHashing.maxInFlight = Math.max(pieceHashing.maxInFlight, this.written - this.hashed);
        this.unsent += part.length;
        if (this.unsent >= SEND_BYTES) this.send();
      }
      async updateSlowly(slot, part) {
        let offset = 0;
        while (offset < part.length) {
          if (this.failure) throw this.failure;
          const room = RING_BYTES - (this.written - this.hashed);
          if (room === 0) {
            this.send();
            await this.answer();
            continue;
          }
          const length = Math.min(room, part.length - offset);
          this.copy(slot, part.subarray(offset, offset + length));
          offset += length;
        }
      }
      answer() {
        return new Promise((resolve10) => {
          this.wake = resolve10;
        });
      }
      answered(answer) {
        this.hashed += answer.bytes;
        const { digests } = answer;
        try {
          for (let i = 0; i < digests.length; i += 2) {
            this.slotsChecked += 1;
            this.check(digests[i], digests[i + 1]);
          }
        } catch (error) {
          this.fail(error);
        }
        this.wakeUp();
      }
      fail(error) {
        this.failure ??= error;
        this.wakeUp();
      }
      wakeUp() {
        const wake = this.wake;
        this.wake = void 0;
        wake?.();
      }
    };
  }
});

// src/adapters/archive.ts
async function writeArchive(options) {
  const outputs = [];
  const skipped = [];
  const backend2 = await fileBackend();
  const hasher = await backend2.createHasher();
  const sink = compressToFile(options.codec, options.dest);
  sink.done.catch(() => {
  });
  const batches = new Batches(sink.input);
  try {
    for (const file of options.files) {
      const absolute = path11.join(options.workspace, file.path);
      if (file.symlink) {
        const target = linkTarget(options.workspace, file.path, absolute);
        if (target !== void 0) outputs.push({ kind: "link", path: file.path, target });
        else if (options.externalLinks) {
          const raw = (0, import_node_fs15.readlinkSync)(absolute);
          outputs.push({ kind: "link", path: file.path, target: raw, external: true });
        } else skipped.push(file.path);
        continue;
      }
      hasher.init();
      const size = await batches.readFile(absolute, hasher);
      outputs.push({
        kind: "file",
        path: file.path,
        executable: isExecutable(file.mode),
        size,
        digest: hasher.digest()
      });
    }
    await batches.append(options.log);
    await batches.end();
  } catch (error) {
    sink.input.destroy();
    await sink.done.catch(() => {
    });
    throw error;
  }
  await sink.done;
  return { outputs, log: { size: options.log.length, digest: backend2.hash(options.log) }, skipped };
}
function linkTarget(workspace, file, absolute) {
  let target = (0, import_node_fs15.readlinkSync)(absolute);
  if (path11.isAbsolute(target)) {
    const relative5 = path11.relative(path11.dirname(absolute), target);
    if (isAbsoluteAnywhere(relative5)) return void 0;
    const inside = path11.relative(workspace, target);
    if (inside.startsWith("..") || path11.isAbsolute(inside)) return void 0;
    target = relative5;
  }
  target = target.split(path11.sep).join("/");
  return linkStaysInside(file, target) ? target : void 0;
}
function restoredMode(executable) {
  return executable ? 493 : 420;
}
async function stageArchive(source, record, workspace, inPlace = /* @__PURE__ */ new Set()) {
  const dir = path11.join(workspace, `${STAGING_PREFIX}${uniqueSuffix()}`);
  try {
    const made2 = /* @__PURE__ */ new Set();
    const staged = (item) => {
      const file = path11.join(dir, item.path);
      const parent = path11.dirname(file);
      if (made2.size === 0) {
        (0, import_node_fs15.mkdirSync)(dir);
        made2.add(dir);
      }
      if (!made2.has(parent)) {
        (0, import_node_fs15.mkdirSync)(parent, { recursive: true });
        made2.add(parent);
      }
      return file;
    };
    const files = record.outputs.filter((item) => item.kind === "file");
    const slots = {
      count: files.length + 1,
      size: (index) => files[index]?.size ?? record.log.size,
      digest: (index) => files[index]?.digest ?? record.log.digest,
      label: (index) => files[index]?.path ?? "the log",
      inPlace: (index) => index < files.length && inPlace.has(files[index].path),
      stage: (index) => {
        const item = files[index];
        if (item === void 0 || inPlace.has(item.path)) return void 0;
        return { file: staged(item), mode: restoredMode(item.executable) };
      }
    };
    const log = await fillSlots(source, record.archive.codec, slots);
    for (const item of record.outputs) {
      if (item.kind === "link" && !inPlace.has(item.path)) (0, import_node_fs15.symlinkSync)(item.target, staged(item));
    }
    return { dir, log, inPlace };
  } catch (error) {
    (0, import_node_fs15.rmSync)(dir, { recursive: true, force: true });
    throw error instanceof CorruptEntryError ? error : new CorruptEntryError(messageOf2(error));
  }
}
async function fillSlots(source, codec, slots) {
  let total = 0;
  for (let i = 0; i < slots.count; i++) total += slots.size(i);
  const pieces = PieceHasher.start(total, (index2, digest) => {
    if (digest !== slots.digest(index2)) {
      throw new CorruptEntryError(`content of ${slots.label(index2)} does not match its digest`);
    }
  });
  const hasher = pieces ? void 0 : await (await fileBackend()).createHasher();
  const modes = new Modes();
  const ahead = new OpenAhead(slots);
  const logChunks = [];
  let index = -1;
  let slot = false;
  let remaining = 0;
  let position = 0;
  let fd;
  const finish2 = () => {
    if (!slot) return;
    if (fd !== void 0) (0, import_node_fs15.closeSync)(fd);
    fd = void 0;
    if (pieces) pieces.end(index);
    else if (hasher.digest() !== slots.digest(index)) {
      throw new CorruptEntryError(`content of ${slots.label(index)} does not match its digest`);
    }
  };
  const next = async () => {
    for (; ; ) {
      finish2();
      index += 1;
      slot = index < slots.count;
      if (!slot) return;
      hasher?.init();
      remaining = slots.size(index);
      position = 0;
      const opened = ahead.take(index);
      if (opened !== void 0) {
        fd = await opened.fd;
        modes.apply(fd, opened.mode);
      }
      if (remaining > 0) return;
    }
  };
  try {
    const stream2 = typeof source === "string" ? decompressFile(codec, source) : decompressStream(source, codec);
    if (stream2 instanceof import_node_stream2.Readable) stream2.on("error", () => {
    });
    try {
      await next();
    } catch (error) {
      if (stream2 instanceof import_node_stream2.Readable) stream2.destroy();
      throw error;
    }
    for await (const raw of stream2) {
      const chunk = raw;
      let offset = 0;
      while (offset < chunk.length) {
        if (!slot) throw new CorruptEntryError("archive has more data than its record");
        const take = Math.min(remaining, chunk.length - offset);
        const part = chunk.subarray(offset, offset + take);
        if (pieces) {
          const room = pieces.update(index, part);
          if (room) await room;
        } else hasher.update(part);
        if (fd !== void 0) {
          for (let done = 0; done < take; ) {
            done += (0, import_node_fs15.writeSync)(fd, part, done, take - done, position + done);
          }
          position += take;
        } else if (!slots.inPlace(index)) logChunks.push(Buffer.from(part));
        offset += take;
        remaining -= take;
        if (remaining === 0) await next();
      }
      if (pieces?.failed) throw pieces.failed;
    }
    if (slot) throw new CorruptEntryError("archive ends before its record does");
    await pieces?.finish();
  } finally {
    if (fd !== void 0) (0, import_node_fs15.closeSync)(fd);
    await ahead.closeRest();
    pieces?.release();
  }
  return Buffer.concat(logChunks);
}
function messageOf2(error) {
  return error instanceof Error ? error.message : String(error);
}
function checkDestinations(record, workspace, options = {}) {
  const kinds = /* @__PURE__ */ new Map();
  const prefix = workspace.endsWith(path11.sep) ? workspace : workspace + path11.sep;
  const kindOf2 = (relative5) => {
    let kind = kinds.get(relative5);
    if (kind === void 0) {
      const stats2 = (0, import_node_fs15.lstatSync)(prefix + relative5, { throwIfNoEntry: false });
      witnessStat(prefix + relative5, false, stats2);
      options.seen?.stats.set(relative5, stats2 ?? null);
      kind = !stats2 ? "none" : stats2.isSymbolicLink() ? "link" : stats2.isDirectory() ? "dir" : "other";
      kinds.set(relative5, kind);
    }
    return kind;
  };
  const parentMissing = (item) => {
    for (const dir of parents(item)) {
      const kind = kindOf2(dir);
      if (kind === "none") return true;
      if (kind === "link") {
        throw new CorruptEntryError(`output ${item} would be written through the link ${dir}`);
      }
      if (kind === "other") {
        throw new CorruptEntryError(
          `output ${item} cannot be placed: a file is where its directory would be`
        );
      }
    }
    return false;
  };
  const links = /* @__PURE__ */ new Set();
  for (const item of record.outputs) if (item.kind === "link") links.add(item.path);
  let checkedDir;
  let missing = false;
  for (const item of record.outputs) {
    const dir = item.path.slice(0, Math.max(0, item.path.lastIndexOf("/")));
    if (dir !== checkedDir) {
      missing = parentMissing(item.path);
      checkedDir = dir;
      if (missing) options.seen?.absentDirs.add(dir);
    }
    if (!missing && kindOf2(item.path) === "dir") {
      throw new CorruptEntryError(`output ${item.path} is a directory in the workspace`);
    }
    if (item.kind !== "link") continue;
    if (item.external) {
      if (options.externalLinks) continue;
      throw new CorruptEntryError(
        `symlink ${item.path} points outside the workspace and the task does not set allow-external-links`
      );
    }
    const walked = linkWalk(item.path, item.target);
    if (walked === void 0 || walked.length === 0 || walked.at(-1) === "") {
      throw new CorruptEntryError(`symlink ${item.path} points outside the workspace`);
    }
    for (const [index, step] of walked.entries()) {
      if (step.split("/").some(isReservedName)) {
        throw new CorruptEntryError(`symlink ${item.path} points into ${step}`);
      }
      if (index === walked.length - 1) break;
      if (step !== "" && (links.has(step) || kindOf2(step) === "link")) {
        throw new CorruptEntryError(`symlink ${item.path} resolves through the link ${step}`);
      }
    }
  }
}
function parents(relative5) {
  const dirs = [];
  for (let slash = relative5.indexOf("/"); slash !== -1; slash = relative5.indexOf("/", slash + 1)) {
    dirs.push(relative5.slice(0, slash));
  }
  return dirs;
}
function exists(file) {
  try {
    return (0, import_node_fs15.lstatSync)(file, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return false;
  }
}
function placeOutputs(record, staged, workspace, remove = []) {
  const present = /* @__PURE__ */ new Map();
  const moved = /* @__PURE__ */ new Set();
  const unit = (file) => {
    for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1)) {
      const dir = file.slice(0, slash);
      let there = present.get(dir);
      if (there === void 0) {
        there = exists(path11.join(workspace, dir));
        present.set(dir, there);
      }
      if (!there) return dir;
    }
    return file;
  };
  const marker = path11.join(staged.dir, IN_PROGRESS);
  const placed = [];
  const inPlace = staged.inPlace ?? /* @__PURE__ */ new Set();
  const moving = record.outputs.filter((item) => !inPlace.has(item.path));
  if (moving.length === 0 && remove.length === 0) return;
  if (moving.length === 0) (0, import_node_fs15.mkdirSync)(staged.dir);
  try {
    (0, import_node_fs15.writeFileSync)(marker, JSON.stringify([...moving.map((item) => item.path), ...remove]));
    for (const file of remove) (0, import_node_fs15.rmSync)(path11.join(workspace, file), { force: true });
    for (const item of moving) {
      const what = unit(item.path);
      if (moved.has(what)) continue;
      (0, import_node_fs15.renameSync)(path11.join(staged.dir, what), path11.join(workspace, what));
      placed.push(what);
      if (what !== item.path) moved.add(what);
    }
    (0, import_node_fs15.rmSync)(marker);
  } finally {
    if (!removeEmptyParents(staged.dir, placed)) {
      (0, import_node_fs15.rmSync)(staged.dir, { recursive: true, force: true });
    }
  }
}
function recoverInterrupted(workspace) {
  if (recovered.has(workspace)) return [];
  recovered.add(workspace);
  let names;
  try {
    names = (0, import_node_fs15.readdirSync)(workspace).filter((name) => name.startsWith(STAGING_PREFIX));
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    const dir = path11.join(workspace, name);
    const pid = Number(/^\.taskcache-tmp-(\d+)\./.exec(name)?.[1]);
    const stats2 = (0, import_node_fs15.lstatSync)(dir, { throwIfNoEntry: false });
    if (!stats2?.isDirectory()) continue;
    const old = Date.now() - stats2.mtimeMs > STALE_MS;
    if (pid !== process.pid && isRunning(pid) && !old) continue;
    let named;
    try {
      named = JSON.parse((0, import_node_fs15.readFileSync)(path11.join(dir, IN_PROGRESS), "utf8"));
    } catch {
      named = [];
    }
    if (Array.isArray(named)) {
      for (const file of named) {
        if (typeof file !== "string" || !isSafeRelativePath(file)) continue;
        if (parents(file).some((dir2) => !isPlainDirectory(path11.join(workspace, dir2)))) continue;
        const target = path11.join(workspace, file);
        if (exists(target)) {
          (0, import_node_fs15.rmSync)(target, { recursive: true, force: true });
          removed.push(file);
        }
      }
    }
    (0, import_node_fs15.rmSync)(dir, { recursive: true, force: true });
  }
  return removed;
}
function isRunning(pid) {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function isPlainDirectory(dir) {
  return (0, import_node_fs15.lstatSync)(dir, { throwIfNoEntry: false })?.isDirectory() === true;
}
function removeEmptyParents(root, moved) {
  const dirs = /* @__PURE__ */ new Set();
  for (const item of moved) {
    for (let slash = item.lastIndexOf("/"); slash > 0; slash = item.lastIndexOf("/", slash - 1)) {
      dirs.add(item.slice(0, slash));
    }
  }
  try {
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
      (0, import_node_fs15.rmdirSync)(path11.join(root, dir));
    }
    (0, import_node_fs15.rmdirSync)(root);
    return true;
  } catch {
    return false;
  }
}
var import_node_fs15, path11, import_node_stream2, CorruptEntryError, BATCH2, BUFFERS, Batches, Modes, OPEN_AHEAD, OpenAhead, SeenDestinations, STAGING_PREFIX, IN_PROGRESS, recovered, STALE_MS;
var init_archive = __esm({
  "src/adapters/archive.ts"() {
    "use strict";
    import_node_fs15 = require("node:fs");
    path11 = __toESM(require("node:path"), 1);
    import_node_stream2 = require("node:stream");
    init_paths();
    init_atomic_file();
    init_codec();
    init_files();
    init_piece_hasher();
    init_stat_witness();
    CorruptEntryError = class extends Error {
      name = "CorruptEntryError";
    };
    BATCH2 = 4 * 1024 * 1024;
    BUFFERS = 3;
    Batches = class {
      constructor(sink) {
        this.sink = sink;
        sink.on("error", () => {
        });
      }
      sink;
      buffers = [];
      writes = [];
      current = 0;
      fill = 0;
      /** Appends a file's bytes, hashing them on the way; returns how many there were. */
      async readFile(file, hasher) {
        const fd = (0, import_node_fs15.openSync)(file, "r");
        try {
          const expected = (0, import_node_fs15.fstatSync)(fd).size;
          let size = 0;
          for (; ; ) {
            const buffer = await this.room();
            const want = BATCH2 - this.fill;
            const read = (0, import_node_fs15.readSync)(fd, buffer, this.fill, want, null);
            if (read === 0) break;
            hasher.update(buffer.subarray(this.fill, this.fill + read));
            this.fill += read;
            size += read;
            if (read < want && size >= expected) break;
          }
          return size;
        } finally {
          (0, import_node_fs15.closeSync)(fd);
        }
      }
      async append(data) {
        let offset = 0;
        while (offset < data.length) {
          const buffer = await this.room();
          const copied = data.copy(buffer, this.fill, offset);
          this.fill += copied;
          offset += copied;
        }
      }
      async end() {
        await this.flush();
        await Promise.all(this.writes);
        await new Promise((resolve10) => this.sink.end(resolve10));
      }
      /** The buffer being filled, with room in it (allocated on first use: most archives are small). */
      async room() {
        if (this.fill === BATCH2) await this.flush();
        this.buffers[this.current] ??= Buffer.allocUnsafe(BATCH2);
        return this.buffers[this.current];
      }
      async flush() {
        if (this.fill === 0) return;
        const chunk = this.buffers[this.current].subarray(0, this.fill);
        const written = new Promise((resolve10, reject) => {
          this.sink.write(chunk, (error) => error ? reject(error) : resolve10());
        });
        written.catch(() => {
        });
        this.writes[this.current] = written;
        this.current = (this.current + 1) % BUFFERS;
        this.fill = 0;
        await this.writes[this.current];
      }
    };
    Modes = class {
      kept = /* @__PURE__ */ new Map();
      apply(fd, mode) {
        if (process.platform === "win32") return;
        let kept = this.kept.get(mode);
        if (kept === void 0) {
          kept = ((0, import_node_fs15.fstatSync)(fd).mode & 4095) === mode;
          this.kept.set(mode, kept);
        }
        if (!kept) (0, import_node_fs15.fchmodSync)(fd, mode);
      }
    };
    OPEN_AHEAD = 16;
    OpenAhead = class {
      constructor(slots) {
        this.slots = slots;
      }
      slots;
      opened = [];
      started = 0;
      /** The last open started: the next waits for it (see take). */
      tail = Promise.resolve();
      /**
       * The staging file of slot `index`, opened, and its mode; undefined for a slot that stages
       * nothing. Fails as the open did.
       */
      take(index) {
        for (; this.started <= index + OPEN_AHEAD && this.started < this.slots.count; this.started++) {
          const staged = this.slots.stage(this.started);
          if (staged === void 0) continue;
          const { file, mode } = staged;
          const fd = this.tail.then(
            () => new Promise(
              (resolve10, reject) => (0, import_node_fs15.open)(file, "wx", mode, (error, fd2) => error ? reject(error) : resolve10(fd2))
            )
          );
          this.tail = fd.catch(() => {
          });
          this.opened[this.started] = { fd, mode };
        }
        const opened = this.opened[index];
        this.opened[index] = void 0;
        return opened;
      }
      /** Waits for the opens under way and closes the files no slot took. */
      async closeRest() {
        for (const [index, opened] of this.opened.entries()) {
          if (opened === void 0) continue;
          this.opened[index] = void 0;
          await opened.fd.then(import_node_fs15.closeSync, () => {
          });
        }
      }
    };
    SeenDestinations = class {
      stats = /* @__PURE__ */ new Map();
      absentDirs = /* @__PURE__ */ new Set();
      /** What is at `relative` (null: nothing), or undefined when it was not looked up. */
      get(relative5) {
        const stats2 = this.stats.get(relative5);
        if (stats2 !== void 0 || this.absentDirs.size === 0) return stats2;
        return this.absentDirs.has(relative5.slice(0, Math.max(0, relative5.lastIndexOf("/")))) ? null : void 0;
      }
    };
    STAGING_PREFIX = ".taskcache-tmp-";
    IN_PROGRESS = `${STAGING_PREFIX}restoring`;
    recovered = /* @__PURE__ */ new Set();
    STALE_MS = 24 * 60 * 60 * 1e3;
  }
});

// src/adapters/declared-outputs.ts
function declaredOutputs(cwd, outputs) {
  const { positive, negative } = workspacePatterns(cwd, outputs);
  const included = positive.length > 0 ? (0, import_picomatch5.default)(positive, MATCH_OPTIONS) : () => false;
  const excluded = negative.length > 0 ? (0, import_picomatch5.default)(negative, MATCH_OPTIONS) : () => false;
  return (workspacePath) => included(workspacePath) && !excluded(workspacePath);
}
function firstUndeclared(paths, cwd, outputs) {
  const covered = declaredOutputs(cwd, outputs);
  for (const path29 of paths) if (!covered(path29)) return path29;
  return void 0;
}
var import_picomatch5;
var init_declared_outputs = __esm({
  "src/adapters/declared-outputs.ts"() {
    "use strict";
    import_picomatch5 = __toESM(require_picomatch2(), 1);
    init_files();
    init_walk();
  }
});

// src/adapters/in-place.ts
async function outputsInPlace(record, workspace, statCache, seen) {
  const inPlace = /* @__PURE__ */ new Map();
  let hasher;
  const hashedAt = Date.now();
  const hashOf = async (absolute, stat) => {
    hasher ??= await FileHasher.create(await fileBackend());
    const hashed = hasher.hash(absolute);
    if (hashed === void 0 || hashed.stat.size !== stat.size || hashed.stat.mtimeMs !== stat.mtimeMs || hashed.stat.ino !== stat.ino) {
      return void 0;
    }
    statCache?.record(stat, hashed.digest, hashedAt);
    return hashed.digest;
  };
  const prefix = workspace.endsWith(path12.sep) ? workspace : workspace + path12.sep;
  for (const item of record.outputs) {
    try {
      const absolute = prefix + item.path;
      const looked = seen?.get(item.path);
      let stats2;
      if (looked === void 0) {
        stats2 = (0, import_node_fs16.lstatSync)(absolute, { throwIfNoEntry: false });
        witnessStat(absolute, false, stats2);
      } else stats2 = looked ?? void 0;
      if (stats2 === void 0) continue;
      if (item.kind === "link") {
        if (stats2.isSymbolicLink() && (0, import_node_fs16.readlinkSync)(absolute) === item.target) {
          inPlace.set(item.path, { executable: false, symlink: true });
        }
        continue;
      }
      if (!stats2.isFile() || stats2.size !== item.size) continue;
      if ((stats2.mode & 4095) !== restoredMode(item.executable)) continue;
      const { size, mtimeMs, ctimeMs, ino } = stats2;
      const stat = { path: item.path, size, mtimeMs, ctimeMs, ino };
      const digest = statCache?.lookup(stat) ?? await hashOf(absolute, stat);
      if (digest === item.digest) {
        inPlace.set(item.path, { digest, executable: item.executable, symlink: false });
      }
    } catch {
    }
  }
  return inPlace;
}
var import_node_fs16, path12;
var init_in_place = __esm({
  "src/adapters/in-place.ts"() {
    "use strict";
    import_node_fs16 = require("node:fs");
    path12 = __toESM(require("node:path"), 1);
    init_archive();
    init_file_digest();
    init_files();
    init_stat_witness();
  }
});

// src/adapters/kept-logs.ts
var import_node_fs17, path13, MAX_LOG_BYTES, MAX_LOGS, KeptLogs;
var init_kept_logs = __esm({
  "src/adapters/kept-logs.ts"() {
    "use strict";
    import_node_fs17 = require("node:fs");
    path13 = __toESM(require("node:path"), 1);
    init_atomic_file();
    init_blake3();
    init_state_touch();
    MAX_LOG_BYTES = 64 * 1024;
    MAX_LOGS = 4e3;
    KeptLogs = class {
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
        const file = path13.join(this.dir, log.digest);
        let bytes;
        try {
          bytes = (0, import_node_fs17.readFileSync)(file);
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
        const file = path13.join(this.dir, digest);
        try {
          if ((0, import_node_fs17.statSync)(file, { throwIfNoEntry: false })?.size === log.length) return;
          (0, import_node_fs17.mkdirSync)(this.dir, { recursive: true });
          writeFileAtomic(file, [log]);
          this.trim();
        } catch {
        }
      }
      trim() {
        const names = (0, import_node_fs17.readdirSync)(this.dir);
        if (names.length <= this.maxLogs) return;
        const aged = names.map((name) => ({ name, at: (0, import_node_fs17.statSync)(path13.join(this.dir, name)).mtimeMs })).sort((a, b) => a.at - b.at);
        for (const { name } of aged.slice(0, aged.length >> 1)) {
          (0, import_node_fs17.rmSync)(path13.join(this.dir, name), { force: true });
        }
      }
    };
  }
});

// src/engine/save.ts
async function save(spec, taskKey, context, run2) {
  const { reporter } = context;
  const none = { bytes: 0, stores: [], kept: [] };
  if (context.stores.writable().length === 0) return none;
  let archivePath;
  let recordFile;
  try {
    archivePath = scratchFile(context, taskKey.key);
    const { written, codec } = await archiveOutputs(spec, context, run2.log, archivePath);
    if (written.skipped.length > 0) {
      reporter.warn(
        `${spec.name}: not saved: output ${written.skipped[0]} is a symlink leaving the workspace${written.skipped.length > 1 ? ` (and ${written.skipped.length - 1} more)` : ""}, which the entry cannot hold unless the task sets allow-external-links; a hit without it would restore a broken output`
      );
      return none;
    }
    recordFile = `${archivePath}.record`;
    const bytes = await writeRecordFile(spec, taskKey, context, run2, written, codec, recordFile);
    const file = recordFile;
    let recordBytes;
    let recordText;
    const bytesOf = () => {
      recordBytes ??= (0, import_node_fs18.readFileSync)(file);
      return recordBytes;
    };
    const request = {
      key: taskKey.key,
      task: spec.name,
      scope: context.scope,
      get recordText() {
        recordText ??= new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytesOf());
        return recordText;
      },
      get recordBytes() {
        return bytesOf();
      },
      recordFile,
      archivePath,
      archiveSize: (0, import_node_fs18.statSync)(archivePath).size,
      ...run2.replace ? { replace: true } : {}
    };
    const targets = context.stores.writable();
    if (run2.replace) {
      for (const store of targets.filter((s) => !s.replaces)) {
        reporter.warn(
          `${spec.name}: ${store.name} cannot replace an entry (its keys are immutable); an existing entry there stays`
        );
      }
    }
    const outcomes = await Promise.all(
      targets.map(async (store) => ({
        store,
        outcome: await context.stores.attempt(
          store,
          "write",
          () => store.put(request),
          request.archiveSize
        )
      }))
    );
    const stores = outcomes.filter((o) => o.outcome === "saved").map((o) => o.store);
    const kept = outcomes.filter((o) => o.outcome === "exists").map((o) => o.store);
    return { bytes, stores, kept };
  } catch (error) {
    reporter.warn(
      `${spec.name}: saving the outputs failed (${messageOf(error)}); the task itself succeeded`
    );
    return none;
  } finally {
    if (archivePath) (0, import_node_fs18.rmSync)(archivePath, { force: true });
    if (recordFile) (0, import_node_fs18.rmSync)(recordFile, { force: true });
  }
}
async function archiveOutputs(spec, context, log, dest) {
  const listing = await listFiles({
    workspace: context.workspace,
    cwd: spec.cwd,
    patterns: spec.outputs
  });
  for (const pattern of listing.unmatched) {
    context.reporter.warn(`${spec.name}: output pattern "${pattern}" matched no file`);
  }
  const codec = preferredCodec(
    listing.files.reduce((sum, file) => sum + file.size, 0) + log.length,
    context.stores.writable().some((store) => store.compress)
  );
  const written = await writeArchive({
    files: listing.files,
    workspace: context.workspace,
    log,
    codec,
    dest,
    externalLinks: spec.allowExternalLinks === true
  });
  return { written, codec };
}
async function writeRecordFile(spec, taskKey, context, run2, written, codec, file) {
  const record = {
    format: ENTRY_FORMAT,
    key: taskKey.key,
    task: spec.name,
    manifest: taskKey.manifest,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    durationMs: run2.durationMs,
    exitCode: 0,
    outputs: written.outputs,
    log: written.log,
    archive: { codec },
    producer: context.producer,
    ...run2.runnerFiles ? { runnerFiles: run2.runnerFiles } : {},
    // Beside the manifest: a fresh clone maps these blob ids to its digests (store-hints.ts).
    // Written from the Map: an object of a property per input made of it would be megabytes.
    ...taskKey.blobs && taskKey.blobs.size > 0 && taskKey.blobs.size <= MAX_OUTPUTS ? { blobs: taskKey.blobs } : {}
  };
  const hasher = await (await fileBackend()).createHasher();
  const fd = (0, import_node_fs18.openSync)(file, "w");
  try {
    const length = streamRecord(
      record,
      hasher,
      (bytes, at) => writeAt(fd, bytes, at),
      context.signer
    );
    (0, import_node_fs18.ftruncateSync)(fd, length);
  } finally {
    (0, import_node_fs18.closeSync)(fd);
  }
  return outputBytes(record);
}
function writeAt(fd, bytes, position) {
  for (let done = 0; done < bytes.length; ) {
    done += (0, import_node_fs18.writeSync)(fd, bytes, done, bytes.length - done, position + done);
  }
}
function scratchFile(context, key) {
  (0, import_node_fs18.mkdirSync)(context.tmpDir, { recursive: true });
  return path14.join(context.tmpDir, `${key}.${uniqueSuffix()}.archive`);
}
var import_node_fs18, path14;
var init_save = __esm({
  "src/engine/save.ts"() {
    "use strict";
    import_node_fs18 = require("node:fs");
    path14 = __toESM(require("node:path"), 1);
    init_archive();
    init_atomic_file();
    init_codec();
    init_files();
    init_entry();
    init_stores();
  }
});

// src/engine/restore.ts
async function restoreOutcome(spec, key, context) {
  const { stores, reporter } = context;
  let unusable;
  const refuse = (store, reason, what) => {
    unusable ??= reason;
    reporter.warn(
      `${spec.name}: entry ${shortKey(key)} in ${store.name} is ${what} (${reason}); treating it as a miss, outputs left as they were`
    );
  };
  const logs = keptLogs(context);
  const caches = invocationCaches(context);
  let removed = [];
  try {
    removed = recoverInterrupted(context.workspace);
  } catch (error) {
    reporter.warn(`cleaning up after an interrupted restore failed: ${messageOf(error)}`);
  }
  if (removed.length > 0) {
    caches?.memo?.forget();
    reporter.warn(
      `removed ${removed.length} output${removed.length === 1 ? "" : "s"} an interrupted restore left half-placed (${removed.slice(0, 3).join(", ")}${removed.length > 3 ? ", \u2026" : ""})`
    );
  }
  for (const store of stores.readable()) {
    const stored = await stores.get(store, key);
    if (!stored) continue;
    const decoded = decodeRecordToRestore(
      stored.recordBytes ?? stored.recordText,
      key,
      blake3,
      context.signer
    );
    if (!decoded.ok) {
      refuse(store, decoded.reason, "unusable");
      continue;
    }
    const record = decoded.record;
    const undeclared = firstUndeclared(
      record.outputs.map((item) => item.path),
      spec.cwd,
      spec.outputs
    );
    if (undeclared !== void 0) {
      refuse(store, `${undeclared} is not a declared output of the task`, "unusable");
      continue;
    }
    const position = stores.stores.indexOf(store);
    const backfill = stores.writable().filter((s) => stores.stores.indexOf(s) < position);
    if (backfill.length === 0) stored.releaseRecord?.();
    let copy;
    let written;
    let source;
    try {
      const seen = new SeenDestinations();
      checkDestinations(record, context.workspace, {
        externalLinks: spec.allowExternalLinks === true,
        seen
      });
      const local = stored.archiveFile !== void 0;
      const stamp = caches?.memo?.stamp ?? -1;
      const inPlace = local ? await outputsInPlace(record, context.workspace, caches?.statCache, seen) : /* @__PURE__ */ new Map();
      if (inPlace.size === record.outputs.length && backfill.length === 0 && local) {
        const log = logs?.get(record.log);
        if (log && (await staleOutputs(spec, record, context)).length === 0) {
          caches?.memo?.keep(stamp, inPlace);
          debug(`${spec.name}: every output in place; the log kept from an earlier run`);
          context.sealing?.inPlaceHit(spec.name, key, record);
          return { hit: { source: store, record, log } };
        }
      }
      context.sealing?.unsealable(`${spec.name} placed outputs`);
      if (backfill.length > 0) copy = scratchFile(context, key);
      let archive;
      if (copy) {
        source = await stored.openArchive();
        const tee = teeToFile(source, copy);
        archive = tee.stream;
        written = tee.written;
        written.catch(() => {
        });
      } else if (stored.archiveFile !== void 0) archive = stored.archiveFile;
      else archive = source = await stored.openArchive();
      const staged = await stageArchive(archive, record, context.workspace, inPlace);
      try {
        await written;
      } catch (error) {
        (0, import_node_fs19.rmSync)(staged.dir, { recursive: true, force: true });
        throw error;
      }
      const stale = await staleOutputs(spec, record, context).catch((error) => {
        (0, import_node_fs19.rmSync)(staged.dir, { recursive: true, force: true });
        throw error;
      });
      if (stale.length > 0 || inPlace.size < record.outputs.length) caches?.memo?.forget();
      else caches?.memo?.keep(stamp, inPlace);
      placeOutputs(record, staged, context.workspace, stale);
      logs?.keep(staged.log);
      if (copy) {
        await stores.putAll(backfill, {
          key,
          task: spec.name,
          scope: context.scope,
          recordText: stored.recordText,
          archivePath: copy,
          archiveSize: (0, import_node_fs19.statSync)(copy).size
        });
      }
      return { hit: { source: store, record, log: staged.log } };
    } catch (error) {
      source?.destroy();
      if (!stores.readable().includes(store)) continue;
      if (error instanceof CorruptEntryError) refuse(store, error.message, "corrupt");
      else stores.fail(store, `restore: ${messageOf(error)}`);
    } finally {
      if (copy) (0, import_node_fs19.rmSync)(copy, { force: true });
    }
  }
  return unusable === void 0 ? {} : { unusable };
}
function keptLogs(context) {
  return context.stateDir ? new KeptLogs(path15.join(context.stateDir, "logs")) : void 0;
}
async function staleOutputs(spec, record, context) {
  if (!spec.cleanOutputs) return [];
  const keep = new Set(record.outputs.map((item) => item.path));
  const { files } = await listFiles({
    workspace: context.workspace,
    cwd: spec.cwd,
    patterns: spec.outputs
  });
  return files.map((file) => file.path).filter((file) => !keep.has(file));
}
function teeToFile(source, file) {
  const out = (0, import_node_fs19.createWriteStream)(file);
  const pass = new import_node_stream3.PassThrough();
  source.on("error", (error) => {
    pass.destroy(error);
    out.destroy(error);
  });
  source.on("close", () => {
    if (!source.readableEnded) {
      pass.destroy();
      out.destroy();
    }
  });
  source.pipe(out);
  source.pipe(pass);
  return { stream: pass, written: (0, import_promises.finished)(out) };
}
var import_node_fs19, path15, import_node_stream3, import_promises;
var init_restore = __esm({
  "src/engine/restore.ts"() {
    "use strict";
    import_node_fs19 = require("node:fs");
    path15 = __toESM(require("node:path"), 1);
    import_node_stream3 = require("node:stream");
    import_promises = require("node:stream/promises");
    init_archive();
    init_blake3();
    init_debug();
    init_declared_outputs();
    init_files();
    init_in_place();
    init_kept_logs();
    init_digest();
    init_entry();
    init_key_caches();
    init_save();
    init_stores();
  }
});

// src/engine/types.ts
function hitEntry(record) {
  let files = 0;
  for (const item of record.outputs) if (item.kind === "file") files += 1;
  return {
    createdAt: record.createdAt,
    durationMs: record.durationMs,
    files,
    ...record.producer.runUrl ? { runUrl: record.producer.runUrl } : {}
  };
}
var init_types = __esm({
  "src/engine/types.ts"() {
    "use strict";
  }
});

// src/engine/run.ts
async function runTask(spec, taskContext) {
  const started = monotonicMs();
  const context = spec.cache === void 0 ? taskContext : { ...taskContext, stores: taskContext.stores.restrictedTo(spec.cache) };
  const cacheMode = context.stores.mode;
  const { reporter } = context;
  let taskKey;
  try {
    taskKey = cacheMode === "off" ? void 0 : await keyTask(spec, context);
  } catch (error) {
    reporter.warn(
      `${spec.name}: cannot compute the key (${messageOf(error)}); running without the cache`
    );
  }
  const keyMs = Math.round(monotonicMs() - started);
  debug(`${spec.name}: key in ${keyMs} ms`);
  context.keyCaches?.keyed();
  let unusable;
  if (taskKey && !context.force && canRead(cacheMode)) {
    const lookup = monotonicMs();
    const outcome = await restoreOutcome(spec, taskKey.key, context);
    debug(
      `${spec.name}: lookup${outcome.hit ? " and restore" : ""} in ${Math.round(monotonicMs() - lookup)} ms`
    );
    unusable = outcome.unusable;
    const hit = outcome.hit;
    if (hit) {
      const result2 = { ...hitResult(spec.name, taskKey.key, hit, started), keyMs };
      if (hit.record.runnerFiles) context.hooks?.apply(hit.record.runnerFiles);
      reporter.hit(spec, taskKey.key, hit.source.name, hitEntry(hit.record), hit.log);
      await finish(context, result2);
      return result2;
    }
  }
  context.sealing?.unsealable(`${spec.name} did not hit`);
  const reason = !canRead(cacheMode) ? `cache ${cacheMode === "off" ? "off" : "write-only"}` : taskKey ? context.force ? "forced" : unusable !== void 0 ? `the entry is unusable (${unusable})` : (await explainMiss(spec, taskKey.manifest, context)).reason : "no key";
  if (taskKey) reporter.miss(spec, taskKey.key, reason);
  let cwd;
  try {
    cwd = physicalDir(context.workspace, spec.cwd);
  } catch (error) {
    reporter.warn(`${spec.name}: ${messageOf(error)}; not running the command`);
    const result2 = failedResult(spec, taskKey?.key ?? null, 2, started, reason);
    await finish(context, result2);
    return result2;
  }
  const env = commandEnv(context.env);
  const memo = invocationCaches(context)?.memo;
  memo?.beginWrite();
  const run2 = await runCommand({
    shell: spec.shell,
    command: spec.command,
    cwd,
    env: context.hooks ? context.hooks.prepare(env) : env,
    live: reporter.live
  }).finally(() => memo?.endWrite());
  if (run2.spawnError) reporter.warn(`${spec.name}: ${run2.spawnError}`);
  if (run2.exitCode !== 0) reporter.failedOutput?.(spec, run2.log);
  const runnerFiles = context.hooks?.collect();
  let bytes = 0;
  let savedTo = [];
  let keptIn = [];
  if (run2.exitCode === 0 && taskKey) {
    const secrets = [
      ...secretValues(context.env),
      ...spec.redact.map((name) => context.env[name]).filter((v) => !!v)
    ];
    const log = Buffer.from(redact(run2.log.toString("utf8"), secrets));
    const saving = monotonicMs();
    const saved = await save(spec, taskKey, context, {
      log,
      durationMs: run2.durationMs,
      runnerFiles: runnerFiles && redactRunnerFiles(spec, runnerFiles, secrets, reporter),
      // A forced run, or one that found the entry unusable, replaces it where it can.
      replace: context.force || unusable !== void 0
    });
    debug(`${spec.name}: save in ${Math.round(monotonicMs() - saving)} ms`);
    if (saved.stores.length > 0) keptLogs(context)?.keep(log);
    bytes = saved.bytes;
    savedTo = saved.stores.map((s) => s.name);
    keptIn = saved.kept.map((s) => s.name);
  }
  const base = {
    task: spec.name,
    key: taskKey?.key ?? null,
    exitCode: run2.exitCode,
    durationMs: Math.round(monotonicMs() - started),
    keyMs,
    bytes,
    reason,
    ...runnerFiles ? { runnerFiles } : {}
  };
  const result = run2.exitCode === 0 ? { ...base, status: "miss", savedTo, keptIn } : { ...base, status: "failed" };
  await finish(context, result);
  return result;
}
function failedResult(spec, key, exitCode, started, reason) {
  return {
    task: spec.name,
    key,
    status: "failed",
    exitCode,
    durationMs: Math.round(monotonicMs() - started),
    bytes: 0,
    reason
  };
}
function redactRunnerFiles(spec, files, secrets, reporter) {
  const redacted = {
    output: redact(files.output, secrets),
    env: redact(files.env, secrets),
    path: redact(files.path, secrets),
    summary: redact(files.summary, secrets)
  };
  const touched = Object.keys(files).filter(
    (field) => files[field] !== redacted[field]
  );
  if (touched.length > 0) {
    reporter.warn(
      `${spec.name}: the command wrote secret values to GITHUB_${touched.map((f) => f === "summary" ? "STEP_SUMMARY" : f.toUpperCase()).join(", GITHUB_")}; the cache entry keeps *** in their place, which a hit will re-apply`
    );
  }
  return redacted;
}
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
function hitResult(task2, key, hit, started) {
  return {
    ...hitFigures(task2, key, hit.source.name, hit.record, outputBytes(hit.record), started),
    ...hit.record.runnerFiles ? { runnerFiles: hit.record.runnerFiles } : {}
  };
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
var init_run = __esm({
  "src/engine/run.ts"() {
    "use strict";
    init_debug();
    init_files();
    init_process();
    init_entry();
    init_env();
    init_store();
    init_inspect();
    init_key_caches();
    init_restore();
    init_save();
    init_stores();
    init_types();
  }
});

// src/engine/engine.ts
var init_engine = __esm({
  "src/engine/engine.ts"() {
    "use strict";
    init_inspect();
    init_restore();
    init_run();
    init_save();
    init_types();
  }
});

// src/engine/run-seal.ts
function sealFingerprint(invocation) {
  const env = Object.entries(invocation.env).filter((entry) => entry[1] !== void 0).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return blake3(
    JSON.stringify({
      seal: MAGIC3,
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
  return path16.join(stateDir, sealStateName(workspace));
}
function encodeSeal(fingerprint, tasks, witness) {
  const { names, flags, numbers } = witness.pieces();
  const header = Buffer.from(JSON.stringify({ fingerprint, tasks }));
  const lengths = (n) => {
    const out = Buffer.alloc(4);
    out.writeUInt32LE(n);
    return out;
  };
  let namesLength = 0;
  for (const piece of names) namesLength += piece.length;
  return [
    Buffer.from(MAGIC3, "latin1"),
    lengths(header.length),
    header,
    lengths(namesLength),
    ...names,
    lengths(witness.count),
    ...flags,
    ...numbers.map((piece) => new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength))
  ];
}
function decodeSeal(data) {
  try {
    if (data.toString("latin1", 0, MAGIC3.length) !== MAGIC3) return void 0;
    let at = MAGIC3.length;
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
function isSealedTask(value) {
  if (!isObject(value)) return false;
  const { task: task2, key, entry, shown, bytes, log, warnings } = value;
  return typeof task2 === "string" && isKey(key) && isObject(entry) && ["mode", "ino", "size", "mtimeMs", "ctimeMs"].every((field) => Number.isFinite(entry[field])) && isObject(shown) && isLine(shown.createdAt) && isCount(shown.durationMs) && isCount(shown.files) && (shown.runUrl === void 0 || isLine(shown.runUrl)) && isCount(bytes) && isObject(log) && isCount(log.size) && isDigest(log.digest) && Array.isArray(warnings) && warnings.every(isLine);
}
function statsNow(file, follow) {
  try {
    return follow ? (0, import_node_fs20.statSync)(file, IF_ANY) : (0, import_node_fs20.lstatSync)(file, IF_ANY);
  } catch {
    return void 0;
  }
}
function sameAt(stats2, numbers, at) {
  return stats2.mode === numbers[at] && stats2.ino === numbers[at + 1] && stats2.size === numbers[at + 2] && stats2.mtimeMs === numbers[at + 3] && stats2.ctimeMs === numbers[at + 4];
}
function readSeal(file) {
  let data;
  try {
    data = (0, import_node_fs20.readFileSync)(file);
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
  const prefix = process.cwd() === workspace ? "" : workspace + path16.sep;
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
var import_node_fs20, path16, MAGIC3, BIG_WITNESS, BUILD, RunSealer, isLine, isCount, IF_ANY;
var init_run_seal = __esm({
  "src/engine/run-seal.ts"() {
    "use strict";
    import_node_fs20 = require("node:fs");
    path16 = __toESM(require("node:path"), 1);
    init_atomic_file();
    init_blake3();
    init_collect();
    init_debug();
    init_stat_cache();
    init_stat_witness();
    init_digest();
    init_fields();
    init_key_caches();
    init_types();
    MAGIC3 = "TCR1";
    BIG_WITNESS = 1e4;
    BUILD = true ? "362e3cbc00e74da5f1b8c37021d70872083e37a20c5c782488b1d84e8245dee2" : "source";
    RunSealer = class {
      constructor(file, fingerprint, workspace, local) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.local = local;
        this.witness = new StatWitness(workspace).start();
      }
      file;
      fingerprint;
      local;
      witness;
      /** Before anything is looked at: what the racy rule compares times with. */
      startedAt = Date.now();
      /** What a seal keeps of each hit in place (not the record: one can hold 50,000 outputs). */
      inPlace = /* @__PURE__ */ new Map();
      keyWarnings = /* @__PURE__ */ new Map();
      /** What the invocation tells a sealed run (RunContext.sealing). */
      hooks = {
        keyWarned: (task2, warnings) => {
          this.keyWarnings.set(task2, warnings);
        },
        inPlaceHit: (task2, key, record) => {
          let bytes = 0;
          for (const item of record.outputs) if (item.kind === "file") bytes += item.size;
          this.inPlace.set(task2, { key, shown: hitEntry(record), bytes, log: record.log });
        },
        // What was seen goes now: a run that restores or saves 50,000 files need not carry it,
        // and a big witness's buffers (in old space since the keys' collection) are collected
        // before the restore or save allocates on top of them.
        unsealable: (reason) => {
          const big = this.witness.count >= BIG_WITNESS;
          this.witness.spoil(reason);
          if (big) collectGarbage();
        }
      };
      /** Stops looking (once the invocation's last scan is done). */
      stop() {
        this.witness.stop();
      }
      /**
       * Stops looking, and writes the seal when every task in `tasks` hit in place from the local
       * store, nothing but their keys warned (`warnings` in all), and nothing seen changed within
       * the racy window. Failures only cost speed.
       */
      seal(tasks, warnings) {
        this.stop();
        let keyWarnings = 0;
        for (const list of this.keyWarnings.values()) keyWarnings += list.length;
        const why = this.notSealed(tasks, warnings !== keyWarnings);
        if (why !== void 0) {
          debug(`not sealed: ${why}`);
          return;
        }
        const sealed = [];
        for (const { task: task2 } of tasks) {
          const hit = this.inPlace.get(task2);
          const entry = this.local.entryStat(hit.key);
          if (entry === void 0 || isRacy(entry, this.startedAt)) {
            debug(`not sealed: the entry of ${task2} is new or changed`);
            return;
          }
          sealed.push({ task: task2, ...hit, entry, warnings: this.keyWarnings.get(task2) ?? [] });
        }
        try {
          writeFileAtomic(this.file, encodeSeal(this.fingerprint, sealed, this.witness));
          debug(`sealed ${tasks.length} tasks over ${this.witness.count} paths`);
        } catch {
        }
      }
      notSealed(tasks, warned) {
        if (this.witness.spoiled !== void 0) return this.witness.spoiled;
        if (warned) return "the run warned of more than its keys";
        for (const { task: task2, source } of tasks) {
          if (source !== this.local.name || !this.inPlace.has(task2)) {
            return `${task2} did not hit with its outputs in place`;
          }
        }
        const racy = this.witness.racyPath(this.startedAt);
        if (racy !== void 0) return `${racy} changed within the racy window`;
        return void 0;
      }
    };
    isLine = (value) => typeof value === "string" && !/[\u0000-\u001f\u007f]/.test(value);
    isCount = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0;
    IF_ANY = { throwIfNoEntry: false };
  }
});

// src/engine/schedule.ts
async function schedule(specs, run2, options) {
  const limit = Math.max(1, Math.floor(options.concurrency));
  const selected = new Set(specs.map((spec) => spec.name));
  const results = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  const running = /* @__PURE__ */ new Map();
  let pending = [...specs];
  let stoppedBy;
  let thrown;
  const deps = (spec) => (spec.dependsOn ?? []).filter((dep) => selected.has(dep));
  const start = (spec) => {
    const done = run2(spec).then(
      (result) => {
        results.set(spec.name, result);
        if (result.status === "failed" && !options.continueOnFailure) stoppedBy ??= spec.name;
      },
      (error) => {
        thrown ??= { error };
        stoppedBy ??= spec.name;
      }
    );
    running.set(
      spec.name,
      done.finally(() => running.delete(spec.name))
    );
  };
  for (; ; ) {
    const waiting = [];
    for (const spec of pending) {
      if (stoppedBy !== void 0) {
        skipped.set(spec.name, `not run: ${stoppedBy} failed`);
        continue;
      }
      const blocker = deps(spec).find(
        (dep) => skipped.has(dep) || results.get(dep)?.status === "failed"
      );
      if (blocker !== void 0) {
        skipped.set(
          spec.name,
          skipped.has(blocker) ? `not run: ${blocker} did not run` : `not run: ${blocker} failed`
        );
      } else if (running.size < limit && deps(spec).every((dep) => results.has(dep))) {
        start(spec);
      } else {
        waiting.push(spec);
      }
    }
    pending = waiting;
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  if (thrown) throw thrown.error;
  const ordered = specs.flatMap((spec) => results.get(spec.name) ?? []);
  const firstFailure = ordered.find((result) => result.status === "failed");
  return {
    results: ordered,
    skipped: specs.flatMap((spec) => {
      const reason = skipped.get(spec.name);
      return reason === void 0 ? [] : [{ task: spec.name, reason }];
    }),
    exitCode: firstFailure?.exitCode ?? 0
  };
}
async function predictGraph(specs, context) {
  const status = /* @__PURE__ */ new Map();
  const out = [];
  for (const spec of specs) {
    const dry = await dryRunTask(spec, context);
    const upstream = (spec.dependsOn ?? []).find((dep) => status.get(dep) === "miss") ?? null;
    const result = upstream === null ? { ...dry, upstreamMiss: null } : {
      ...dry,
      status: "miss",
      source: null,
      reason: `predicted miss: upstream ${upstream} misses${dry.status === "hit" ? " (the key hits today, and still will if the rebuilt outputs are byte for byte the same)" : dry.reason ? `; and ${dry.reason}` : ""}`,
      upstreamMiss: upstream
    };
    status.set(spec.name, result.status);
    out.push(result);
  }
  return out;
}
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
var init_schedule = __esm({
  "src/engine/schedule.ts"() {
    "use strict";
    init_inspect();
  }
});

// src/adapters/http-failure.ts
function isTimeout(error) {
  return error instanceof HttpFailure && TIMEOUTS.has(error.reason);
}
function networkFailure(error) {
  if (error instanceof HttpFailure) return error;
  const code = error.code;
  const text = code === "ECONNRESET" && error.message === "aborted" ? "connection reset" : error.message;
  return new HttpFailure(code && !text.includes(code) ? `${text} (${code})` : text, "network");
}
var TIMEOUTS, HttpFailure;
var init_http_failure = __esm({
  "src/adapters/http-failure.ts"() {
    "use strict";
    TIMEOUTS = /* @__PURE__ */ new Set([
      "connect-timeout",
      "idle-timeout",
      "too-slow",
      "deadline"
    ]);
    HttpFailure = class extends Error {
      constructor(message, reason, attempts = 1, unsent = false) {
        super(message);
        this.reason = reason;
        this.attempts = attempts;
        this.unsent = unsent;
      }
      reason;
      attempts;
      unsent;
      name = "HttpFailure";
    };
  }
});

// src/adapters/guard-stream.ts
function guardStream(source, options) {
  const { idleMs, expectedBytes, minBytesPerSecond, deadlineAt } = options;
  const windowMs = options.windowMs ?? idleMs;
  const minimum = minBytesPerSecond === void 0 ? 0 : Math.ceil(minBytesPerSecond * windowMs / 1e3);
  let received = 0;
  let timer;
  let windowTimer;
  let windowBytes = 0;
  let ended = false;
  const stop = () => {
    clearTimeout(timer);
    timer = void 0;
  };
  const stopWindow = () => {
    clearTimeout(windowTimer);
    windowTimer = void 0;
  };
  const fail = (error) => {
    stop();
    stopWindow();
    clearTimeout(deadlineTimer);
    if (!out.destroyed) out.destroy(options.onError ? options.onError(error) : error);
  };
  const arm = () => {
    stop();
    timer = setTimeout(
      () => fail(new HttpFailure(`download stalled: no data for ${idleMs} ms`, "idle-timeout")),
      idleMs
    );
  };
  const startWindow = () => {
    if (minimum === 0 || windowTimer !== void 0) return;
    windowBytes = 0;
    windowTimer = setTimeout(() => {
      windowTimer = void 0;
      if (windowBytes < minimum) {
        fail(
          new HttpFailure(
            `download too slow: ${windowBytes} bytes in ${windowMs} ms (at least ${minBytesPerSecond} bytes/s wanted)`,
            "too-slow"
          )
        );
        return;
      }
      startWindow();
    }, windowMs);
  };
  const deadlineTimer = deadlineAt === void 0 ? void 0 : setTimeout(
    () => fail(
      new HttpFailure(
        `download not complete by its deadline (${received} bytes in)`,
        "deadline"
      )
    ),
    Math.max(0, deadlineAt - Date.now())
  );
  const out = new import_node_stream4.Readable({
    read() {
      if (ended) return;
      arm();
      startWindow();
      source.resume();
    },
    destroy(error, callback) {
      stop();
      stopWindow();
      clearTimeout(deadlineTimer);
      if (!ended) source.destroy();
      callback(error);
    }
  });
  source.on("data", (chunk) => {
    received += chunk.length;
    windowBytes += chunk.length;
    if (expectedBytes !== void 0 && received > expectedBytes) {
      fail(
        new HttpFailure(
          `download is longer than the ${expectedBytes} bytes announced`,
          "truncated"
        )
      );
      return;
    }
    arm();
    if (!out.push(chunk)) {
      source.pause();
      stop();
      stopWindow();
    }
  });
  source.on("end", () => {
    ended = true;
    stop();
    stopWindow();
    clearTimeout(deadlineTimer);
    if (expectedBytes !== void 0 && received !== expectedBytes) {
      fail(
        new HttpFailure(`download ended after ${received} of ${expectedBytes} bytes`, "truncated")
      );
      return;
    }
    out.push(null);
  });
  source.on("error", (error) => fail(networkFailure(error)));
  source.on("close", () => {
    if (!ended) {
      fail(
        new HttpFailure(`connection closed after ${received} bytes of the download`, "truncated")
      );
    }
  });
  source.pause();
  return out;
}
var import_node_stream4;
var init_guard_stream = __esm({
  "src/adapters/guard-stream.ts"() {
    "use strict";
    import_node_stream4 = require("node:stream");
    init_http_failure();
  }
});

// src/adapters/http-client.ts
function bodyOf(...parts) {
  const size = parts.reduce(
    (total, part) => total + (Buffer.isBuffer(part) ? part.length : part.size),
    0
  );
  return {
    size,
    open: () => import_node_stream5.Readable.from(
      (async function* () {
        for (const part of parts) {
          if (Buffer.isBuffer(part)) {
            if (part.length > 0) yield part;
          } else if (part.size > 0) {
            yield* (0, import_node_fs21.createReadStream)(part.path, { highWaterMark: 1 << 20 });
          }
        }
      })(),
      { objectMode: false }
    )
  };
}
function contentLength(res) {
  const value = res.headers["content-length"];
  if (value === void 0 || !/^\d+$/.test(value)) return void 0;
  return Number(value);
}
function retryAfterMs(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function withAttempts(error, attempts) {
  if (error instanceof HttpFailure) {
    return new HttpFailure(
      attempts > 1 ? `${error.message} (after ${attempts} attempts)` : error.message,
      error.reason,
      attempts
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
function sleep(ms2) {
  return new Promise((resolve10) => setTimeout(resolve10, ms2));
}
var import_node_fs21, http, https, import_node_stream5, HTTP_DEFAULTS, RETRYABLE_STATUS, isRead, HttpClient;
var init_http_client = __esm({
  "src/adapters/http-client.ts"() {
    "use strict";
    import_node_fs21 = require("node:fs");
    http = __toESM(require("node:http"), 1);
    https = __toESM(require("node:https"), 1);
    import_node_stream5 = require("node:stream");
    init_deadlines();
    init_guard_stream();
    init_http_failure();
    init_guard_stream();
    init_http_failure();
    HTTP_DEFAULTS = {
      connectTimeoutMs: STORE_DEADLINES.connectMs,
      idleTimeoutMs: STORE_DEADLINES.firstByteMs,
      minBytesPerSecond: STORE_DEADLINES.minBytesPerSecond,
      throughputWindowMs: STORE_DEADLINES.throughputWindowMs,
      operationMs: STORE_DEADLINES.operationMs,
      maxAttempts: 3,
      baseDelayMs: 250,
      maxDelayMs: 1e4
    };
    RETRYABLE_STATUS = (status) => status === 429 || status >= 500;
    isRead = (method) => method === "GET" || method === "HEAD";
    HttpClient = class {
      connectTimeoutMs;
      idleTimeoutMs;
      minBytesPerSecond;
      throughputWindowMs;
      operationMs;
      maxAttempts;
      baseDelayMs;
      maxDelayMs;
      headers;
      httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
      httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });
      /** The first time-out: every later request fails at once with it. */
      timedOut;
      constructor(options = {}) {
        this.connectTimeoutMs = options.connectTimeoutMs ?? HTTP_DEFAULTS.connectTimeoutMs;
        this.idleTimeoutMs = options.idleTimeoutMs ?? HTTP_DEFAULTS.idleTimeoutMs;
        this.minBytesPerSecond = options.minBytesPerSecond ?? HTTP_DEFAULTS.minBytesPerSecond;
        this.throughputWindowMs = options.throughputWindowMs ?? HTTP_DEFAULTS.throughputWindowMs;
        this.operationMs = options.operationMs ?? HTTP_DEFAULTS.operationMs;
        this.maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? HTTP_DEFAULTS.maxAttempts));
        this.baseDelayMs = options.baseDelayMs ?? HTTP_DEFAULTS.baseDelayMs;
        this.maxDelayMs = options.maxDelayMs ?? HTTP_DEFAULTS.maxDelayMs;
        this.headers = options.headers ?? {};
      }
      /**
       * Sends a request and reads the whole response body (for small objects). A read whose
       * body is cut short is retried like a failed connection.
       */
      async buffered(request, maxBytes) {
        return this.withRetries(request, async (res, deadlineAt) => {
          if (request.method === "HEAD") {
            res.resume();
            return Buffer.alloc(0);
          }
          const declared = contentLength(res);
          if (declared !== void 0 && declared > maxBytes) {
            res.destroy();
            throw new HttpFailure(
              `response of ${declared} bytes exceeds the limit of ${maxBytes}`,
              "too-large"
            );
          }
          const chunks = [];
          let total = 0;
          for await (const chunk of this.guard(res, deadlineAt)) {
            total += chunk.length;
            if (total > maxBytes) {
              res.destroy();
              throw new HttpFailure(`response exceeds the limit of ${maxBytes} bytes`, "too-large");
            }
            chunks.push(chunk);
          }
          return Buffer.concat(chunks);
        });
      }
      /**
       * Sends a request and hands back the response body as a stream once the headers are in.
       * Only the exchange up to the headers is retried: a body that stalls, trickles or is cut
       * short later errors the stream (with `mapError` applied), and is never passed off as
       * complete.
       */
      async streamed(request, mapError = (error) => error) {
        return this.withRetries(
          request,
          async (res, deadlineAt) => this.guard(res, deadlineAt, mapError)
        );
      }
      /** Closes idle keep-alive connections, and aborts those in use. */
      close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
      }
      noteTimeout(error) {
        if (this.timedOut === void 0 && isTimeout(error)) this.timedOut = error;
      }
      async withRetries(request, read) {
        if (this.timedOut) {
          throw new HttpFailure(
            `not tried: an earlier request timed out (${this.timedOut.message})`,
            this.timedOut.reason
          );
        }
        const deadlineAt = Date.now() + this.operationMs + Math.ceil((request.body?.size ?? 0) * 1e3 / this.minBytesPerSecond);
        let lastError;
        let attempts = 0;
        for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
          attempts = attempt;
          const last = attempt === this.maxAttempts;
          let res;
          try {
            res = await this.send(request, deadlineAt);
          } catch (error) {
            lastError = error;
            const retryable = !isTimeout(error) && (isRead(request.method) || error instanceof HttpFailure && error.unsent);
            if (last || !retryable) break;
            if (!await this.pause(this.backoff(attempt, void 0), deadlineAt)) break;
            continue;
          }
          const status = res.statusCode ?? 0;
          if (RETRYABLE_STATUS(status) && !last) {
            res.resume();
            const wait = this.backoff(attempt, retryAfterMs(res.headers["retry-after"]));
            if (await this.pause(wait, deadlineAt)) continue;
            return { status, headers: res.headers, body: await read(res, deadlineAt), attempts };
          }
          try {
            const body = await read(res, deadlineAt);
            return { status, headers: res.headers, body, attempts: attempt };
          } catch (error) {
            lastError = error;
            const retryable = isRead(request.method) && error instanceof HttpFailure && error.reason !== "too-large" && !isTimeout(error);
            if (last || !retryable) break;
            if (!await this.pause(this.backoff(attempt, void 0), deadlineAt)) break;
          }
        }
        this.noteTimeout(lastError);
        throw withAttempts(lastError, attempts);
      }
      /** Waits `ms` if the call's deadline leaves room for it and for an attempt after it. */
      async pause(ms2, deadlineAt) {
        if (Date.now() + ms2 >= deadlineAt) return false;
        await sleep(ms2);
        return true;
      }
      /** Exponential backoff with jitter (half fixed, half random); a Retry-After is respected. */
      backoff(attempt, retryAfter) {
        const exponential = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
        const jittered = exponential / 2 + Math.random() * exponential / 2;
        return Math.min(this.maxDelayMs, Math.max(jittered, retryAfter ?? 0));
      }
      /** One attempt, up to the response headers. */
      send(request, deadlineAt) {
        const { url, method, body } = request;
        const secure = url.protocol === "https:";
        const headers = { ...this.headers, ...request.headers };
        if (body) headers["content-length"] = String(body.size);
        return new Promise((resolve10, reject) => {
          const req = (secure ? https : http).request(url, {
            method,
            headers,
            agent: secure ? this.httpsAgent : this.httpAgent
          });
          let settled = false;
          let connectTimer;
          let deadlineTimer;
          const meter = body && body.size > 0 ? this.uploadMeter() : void 0;
          const stopTimers = () => {
            clearTimeout(connectTimer);
            clearTimeout(deadlineTimer);
            meter?.stop();
          };
          const fail = (error) => {
            stopTimers();
            if (settled) return;
            settled = true;
            reject(error);
            req.destroy();
          };
          deadlineTimer = setTimeout(
            () => fail(
              new HttpFailure(
                `no complete answer within ${this.operationMs} ms (the bound of one call)`,
                "deadline"
              )
            ),
            Math.max(0, deadlineAt - Date.now())
          );
          req.on("socket", (socket) => {
            if (!socket.connecting) return;
            connectTimer = setTimeout(
              () => fail(
                new HttpFailure(
                  `could not connect within ${this.connectTimeoutMs} ms`,
                  "connect-timeout"
                )
              ),
              this.connectTimeoutMs
            );
            socket.once("connect", () => clearTimeout(connectTimer));
          });
          req.setTimeout(
            this.idleTimeoutMs,
            () => fail(new HttpFailure(`no response within ${this.idleTimeoutMs} ms`, "idle-timeout"))
          );
          req.on("error", (error) => {
            const failure = networkFailure(error);
            const stale = req.reusedSocket && error.code === "ECONNRESET";
            fail(stale ? new HttpFailure(failure.message, "network", 1, true) : failure);
          });
          req.on("response", (res) => {
            stopTimers();
            req.setTimeout(0);
            if (settled) {
              res.destroy();
              return;
            }
            settled = true;
            resolve10(res);
          });
          if (!body || body.size === 0 || !meter) {
            req.end();
            return;
          }
          meter.start(fail);
          (0, import_node_stream5.pipeline)(body.open(), meter.stream, req, (error) => {
            meter.stop();
            if (error) fail(error);
          });
        });
      }
      /** Counts the bytes of an upload and fails it when fewer than the minimum went by. */
      uploadMeter() {
        const windowMs = this.throughputWindowMs;
        const minimum = Math.ceil(this.minBytesPerSecond * windowMs / 1e3);
        let bytes = 0;
        let timer;
        const stream2 = new import_node_stream5.Transform({
          transform(chunk, _encoding, callback) {
            bytes += chunk.length;
            callback(null, chunk);
          }
        });
        return {
          stream: stream2,
          start: (fail) => {
            timer = setInterval(() => {
              if (bytes < minimum) {
                fail(
                  new HttpFailure(
                    `upload too slow: ${bytes} bytes in ${windowMs} ms (at least ${this.minBytesPerSecond} bytes/s wanted)`,
                    "too-slow"
                  )
                );
              }
              bytes = 0;
            }, windowMs);
          },
          stop: () => clearInterval(timer)
        };
      }
      /** The response body, failing on silence, a trickle, a short or long body, or a reset. */
      guard(res, deadlineAt, mapError = (error) => error) {
        const expectedBytes = contentLength(res);
        return guardStream(res, {
          idleMs: this.idleTimeoutMs,
          expectedBytes,
          minBytesPerSecond: this.minBytesPerSecond,
          windowMs: this.throughputWindowMs,
          // The call's bound, extended by the announced body at the minimum rate; a body of
          // unknown length has the throughput floor only.
          deadlineAt: expectedBytes === void 0 ? void 0 : deadlineAt + Math.ceil(expectedBytes * 1e3 / this.minBytesPerSecond),
          onError: (error) => {
            this.noteTimeout(error);
            return mapError(error);
          }
        });
      }
    };
  }
});

// src/stores/remote-shared.ts
function redactUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) return "(not a URL)";
    return url.replace(/\/\/[^/]*@/, "//").replace(/[?#\s].*$/s, "");
  }
  const shown = [];
  for (const [name, value] of parsed.searchParams) {
    if (!SHOWN_PARAMS.has(name)) continue;
    shown.push(`${name}=${name === "endpoint" ? redactUrl(value) : value}`);
  }
  let base;
  if (parsed.host) {
    const path29 = parsed.pathname === "/" ? "" : parsed.pathname;
    base = `${parsed.protocol}//${parsed.host}${path29}`;
  } else {
    base = `${parsed.protocol}${parsed.pathname}`.replace(/^([^:]+:\/\/)[^/]*@/, "$1");
  }
  return shown.length > 0 ? `${base}?${shown.join("&")}` : base;
}
function statusError(name, what, response) {
  const { status, attempts = 1 } = response;
  if (status === 401 || status === 403) {
    return new StoreError(name, `${name}: authentication failed (HTTP ${status})`);
  }
  if (status === 413) {
    return new StoreError(
      name,
      `${name}: ${what}: the entry is too large for the server (HTTP 413)`
    );
  }
  const tries = attempts > 1 ? ` (after ${attempts} attempts)` : "";
  return new StoreError(name, `${name}: ${what}: unexpected HTTP ${status}${tries}`);
}
function failureError(name, what, error) {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(name, `${name}: ${what}: ${message}`);
}
function encodeCasEnvelope(cas, size, record) {
  return JSON.stringify({ v: 1, cas, size, record });
}
function decodeCasEnvelope(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "the entry envelope is not JSON";
  }
  const e = parsed;
  if (e === null || typeof e !== "object" || e.v !== 1 || !isDigest(e.cas) || !Number.isSafeInteger(e.size) || (e.size ?? -1) < 0 || typeof e.record !== "string") {
    return "the entry envelope is malformed";
  }
  return e;
}
function pointerId(task2, scope) {
  return blake3(`${scope}\0${task2}`);
}
function encodeRecentPointer(key, earlier) {
  const recent = pushRecent(key, earlier === void 0 ? [] : decodeRecent(earlier));
  return JSON.stringify({ latest: key, recent });
}
function decodeRecent(text) {
  try {
    const parsed = JSON.parse(text);
    const recent = Array.isArray(parsed?.recent) ? parsed.recent.filter(isKey) : [];
    if (recent.length > 0) return recent.slice(0, RECENT_RECORDS);
    return isKey(parsed?.latest) ? [parsed.latest] : [];
  } catch {
    return [];
  }
}
function decodePointer(text) {
  try {
    const latest = JSON.parse(text)?.latest;
    return isKey(latest) ? latest : void 0;
  } catch {
    return void 0;
  }
}
async function sha256File(path29) {
  const hash = (0, import_node_crypto.createHash)("sha256");
  for await (const chunk of (0, import_node_fs22.createReadStream)(path29, { highWaterMark: 1 << 20 })) {
    hash.update(chunk);
  }
  return hash.digest("hex");
}
function envelopeEntry(text, key, store, openContent) {
  const envelope = decodeCasEnvelope(text);
  if (typeof envelope === "string") {
    store.warn(
      `${store.name}: entry ${shortKey(key)} is unusable (${envelope}); treating it as a miss`
    );
    return void 0;
  }
  return {
    recordText: envelope.record,
    openArchive: () => openContent(envelope.cas, envelope.size)
  };
}
var import_node_crypto, import_node_fs22, RemoteUrlError, SHOWN_PARAMS;
var init_remote_shared = __esm({
  "src/stores/remote-shared.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs22 = require("node:fs");
    init_blake3();
    init_digest();
    init_store();
    RemoteUrlError = class extends Error {
      name = "RemoteUrlError";
    };
    SHOWN_PARAMS = /* @__PURE__ */ new Set([
      "region",
      "endpoint",
      "path-style",
      "team",
      "slug",
      "teamId",
      "ttl",
      "prefix"
    ]);
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
async function mapPool(items, limit, work) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      out[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
var isoTime;
var init_listing = __esm({
  "src/stores/listing.ts"() {
    "use strict";
    isoTime = (ms2) => new Date(ms2).toISOString();
  }
});

// src/stores/http.ts
var http_exports = {};
__export(http_exports, {
  HttpStore: () => HttpStore,
  extraHeaders: () => extraHeaders
});
function authorization(url, env) {
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    return { authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}` };
  }
  const token = env.TASKCACHE_REMOTE_TOKEN;
  return token ? { authorization: `Bearer ${token}` } : {};
}
function extraHeaders(env, storeName) {
  const text = env.TASKCACHE_REMOTE_HEADERS;
  const headers = {};
  if (!text) return headers;
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    const value = colon > 0 ? line.slice(colon + 1).trim() : "";
    if (!HEADER_NAME.test(name) || /[\r\n\0]/.test(value)) {
      throw new RemoteUrlError(
        `${storeName}: TASKCACHE_REMOTE_HEADERS line ${index + 1} is not "Name: value"`
      );
    }
    headers[name.toLowerCase()] = value;
  });
  return headers;
}
var LIST_NOTE, MAX_ENVELOPE_BYTES, HttpStore, HEADER_NAME;
var init_http = __esm({
  "src/stores/http.ts"() {
    "use strict";
    init_archive();
    init_http_client();
    init_digest();
    init_listing();
    init_remote_shared();
    init_store();
    LIST_NOTE = "lists only where the server serves ac/ as a JSON index (nginx: autoindex_format json); deletes where it takes DELETE (nginx: dav_methods PUT DELETE)";
    MAX_ENVELOPE_BYTES = 64 * 1024 * 1024;
    HttpStore = class {
      replaces = true;
      name;
      compress = true;
      mode;
      capabilities = {
        list: true,
        delete: true,
        replace: true,
        note: LIST_NOTE
      };
      credentials;
      base;
      client;
      warn;
      constructor(url, settings) {
        this.name = settings.name;
        this.mode = settings.mode;
        this.warn = settings.warn;
        this.credentials = url.username || url.password ? "basic auth from the URL: present" : `TASKCACHE_REMOTE_TOKEN: ${settings.env.TASKCACHE_REMOTE_TOKEN ? "present" : "not set"}`;
        if (url.search) {
          throw new RemoteUrlError(`${settings.name}: an HTTP cache URL takes no query parameters`);
        }
        const headers = {
          ...extraHeaders(settings.env, settings.name),
          ...authorization(url, settings.env)
        };
        this.base = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
        this.client = new HttpClient({
          connectTimeoutMs: settings.connectTimeoutMs,
          idleTimeoutMs: settings.idleTimeoutMs,
          minBytesPerSecond: settings.minBytesPerSecond,
          throughputWindowMs: settings.throughputWindowMs,
          operationMs: settings.operationMs,
          maxAttempts: settings.maxAttempts,
          baseDelayMs: settings.retryBaseDelayMs,
          maxDelayMs: settings.retryMaxDelayMs,
          headers
        });
      }
      url(kind, id) {
        return new URL(`${this.base}/${kind}/${id}`);
      }
      async get(key) {
        const text = await this.getText("ac", key);
        if (text === void 0) return void 0;
        return envelopeEntry(
          text,
          key,
          { name: this.name, warn: this.warn },
          (cas, size) => this.openContent(cas, size)
        );
      }
      async openContent(cas, size) {
        const what = `GET cas/${shortKey(cas)}`;
        const response = await this.call(what, { method: "GET", url: this.url("cas", cas) }, "stream");
        if (response.status === 404) {
          response.body.destroy();
          throw new CorruptEntryError(`${this.name}: the content of the entry is gone from the cache`);
        }
        if (response.status !== 200) {
          response.body.destroy();
          throw statusError(this.name, what, response);
        }
        const length = response.headers["content-length"];
        if (length !== void 0 && Number(length) !== size) {
          response.body.destroy();
          throw new CorruptEntryError(
            `${this.name}: the content is ${length} bytes, the entry says ${size}`
          );
        }
        return response.body;
      }
      async has(key) {
        return this.exists("ac", key);
      }
      async put(request) {
        if (!request.replace && await this.exists("ac", request.key)) return "exists";
        const cas = await sha256File(request.archivePath);
        if (!await this.exists("cas", cas)) {
          await this.putBody(
            `PUT cas/${shortKey(cas)}`,
            this.url("cas", cas),
            bodyOf({ path: request.archivePath, size: request.archiveSize })
          );
        }
        const envelope = encodeCasEnvelope(cas, request.archiveSize, request.recordText);
        await this.putBody(
          `PUT ac/${shortKey(request.key)}`,
          this.url("ac", request.key),
          bodyOf(Buffer.from(envelope))
        );
        const pointer = pointerId(request.task, request.scope);
        const earlier = await this.getText("ac", pointer);
        await this.putBody(
          `PUT ac/${shortKey(pointer)}`,
          this.url("ac", pointer),
          bodyOf(Buffer.from(encodeRecentPointer(request.key, earlier)))
        );
        return "saved";
      }
      async recentRecords(task2, scope, limit = RECENT_RECORDS) {
        const pointer = await this.getText("ac", pointerId(task2, scope));
        const keys = pointer === void 0 ? [] : decodeRecent(pointer).slice(0, limit);
        const records = await Promise.all(
          keys.map(async (key) => {
            const text = await this.getText("ac", key);
            const envelope = text === void 0 ? "gone" : decodeCasEnvelope(text);
            return typeof envelope === "string" ? void 0 : envelope.record;
          })
        );
        return records.filter((record) => record !== void 0);
      }
      async latestRecord(task2, scope) {
        const pointer = await this.getText("ac", pointerId(task2, scope));
        const key = pointer === void 0 ? void 0 : decodePointer(pointer);
        if (key === void 0) return void 0;
        const text = await this.getText("ac", key);
        if (text === void 0) return void 0;
        const envelope = decodeCasEnvelope(text);
        return typeof envelope === "string" ? void 0 : envelope.record;
      }
      /**
       * The entries under ac/, from the server's JSON index of the directory (nginx's
       * `autoindex_format json`); a server without one (bazel-remote, plain WebDAV) cannot list.
       */
      async listEntries() {
        const what = "GET ac/";
        const url = new URL(`${this.base}/ac/`);
        const response = await this.call(what, { method: "GET", url }, "buffer");
        if (response.status === 401 || response.status >= 500 && response.status !== 501) {
          throw statusError(this.name, what, response);
        }
        let index;
        try {
          index = response.status === 200 ? JSON.parse(response.body.toString("utf8")) : void 0;
        } catch {
          index = void 0;
        }
        if (!Array.isArray(index)) {
          throw new UnsupportedError(
            `${this.name}: cannot list: the server serves no JSON index of ac/ (HTTP ${response.status}; nginx: autoindex on; autoindex_format json;)`
          );
        }
        const names = index.map((item) => item?.name).filter((name) => typeof name === "string" && /^[0-9a-f]{64}$/.test(name));
        const found = await mapPool(names, 8, async (name) => {
          const text = await this.getText("ac", name);
          const envelope = text === void 0 ? "gone" : decodeCasEnvelope(text);
          if (typeof envelope === "string") return void 0;
          return { key: name, size: envelope.size, ...recordFacts(envelope.record) };
        });
        return found.filter((entry) => entry !== void 0);
      }
      /** Deletes the entry's envelope, then its content (another key with the same bytes misses). */
      async deleteEntry(key) {
        const text = await this.getText("ac", key);
        if (text === void 0) return false;
        const deleted = await this.delete("ac", key);
        const envelope = decodeCasEnvelope(text);
        if (typeof envelope !== "string") await this.delete("cas", envelope.cas);
        return deleted;
      }
      async delete(kind, id) {
        const what = `DELETE ${kind}/${shortKey(id)}`;
        const response = await this.call(what, { method: "DELETE", url: this.url(kind, id) }, "buffer");
        if (response.status === 404) return false;
        if (response.status === 405 || response.status === 501) {
          throw new UnsupportedError(
            `${this.name}: cannot delete: the server refuses DELETE (HTTP ${response.status}; nginx: dav_methods PUT DELETE;)`
          );
        }
        if (response.status < 200 || response.status > 299) {
          throw statusError(this.name, what, response);
        }
        return true;
      }
      /** Closes idle connections (the store keeps working; a new request opens one). */
      close() {
        this.client.close();
      }
      async getText(kind, id) {
        const what = `GET ${kind}/${shortKey(id)}`;
        const response = await this.call(what, { method: "GET", url: this.url(kind, id) }, "buffer");
        if (response.status === 404) return void 0;
        if (response.status !== 200) throw statusError(this.name, what, response);
        return response.body.toString("utf8");
      }
      async exists(kind, id) {
        const what = `HEAD ${kind}/${shortKey(id)}`;
        const response = await this.call(what, { method: "HEAD", url: this.url(kind, id) }, "buffer");
        if (response.status === 404) return false;
        if (response.status === 200) return true;
        throw statusError(this.name, what, response);
      }
      async putBody(what, url, body) {
        const response = await this.call(
          what,
          { method: "PUT", url, body, headers: { "content-type": "application/octet-stream" } },
          "buffer"
        );
        if (response.status < 200 || response.status > 299) {
          throw statusError(this.name, what, response);
        }
      }
      async call(what, request, read) {
        try {
          return read === "buffer" ? await this.client.buffered(request, MAX_ENVELOPE_BYTES) : await this.client.streamed(request, (error) => failureError(this.name, what, error));
        } catch (error) {
          throw failureError(this.name, what, error);
        }
      }
    };
    HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
  }
});

// src/stores/s3.ts
var s3_exports = {};
__export(s3_exports, {
  S3Store: () => S3Store
});
function messageOf3(error) {
  return error instanceof Error ? error.message : String(error);
}
function statusOf(error) {
  return error?.$metadata?.httpStatusCode;
}
function codeOf(error) {
  const e = error;
  return typeof e?.Code === "string" ? e.Code : typeof e?.name === "string" ? e.name : "";
}
var import_node_fs23, http2, https2, import_s3_sdk, PART_BYTES, PART_QUEUE, PARAMS, AUTH_CODES, MISSING_CODES, S3Store, DeadlineError;
var init_s3 = __esm({
  "src/stores/s3.ts"() {
    "use strict";
    import_node_fs23 = require("node:fs");
    http2 = __toESM(require("node:http"), 1);
    https2 = __toESM(require("node:https"), 1);
    init_archive();
    init_deadlines();
    init_http_client();
    init_digest();
    init_listing();
    init_remote_shared();
    import_s3_sdk = require("./s3-sdk.cjs");
    init_store();
    PART_BYTES = 8 * 1024 * 1024;
    PART_QUEUE = 4;
    PARAMS = /* @__PURE__ */ new Set(["region", "endpoint", "path-style"]);
    AUTH_CODES = /* @__PURE__ */ new Set([
      "InvalidAccessKeyId",
      "SignatureDoesNotMatch",
      "AccessDenied",
      "ExpiredToken",
      "InvalidToken",
      "Forbidden"
    ]);
    MISSING_CODES = /* @__PURE__ */ new Set(["NoSuchKey", "NotFound"]);
    S3Store = class {
      replaces = true;
      name;
      compress = true;
      mode;
      capabilities = { list: true, delete: true, replace: true };
      credentials;
      bucket;
      prefix;
      client;
      idleTimeoutMs;
      connectTimeoutMs;
      deadlines;
      /** The first time-out: every later operation fails at once with it. */
      timedOut;
      agents;
      /** Bytes each socket had moved at the last throughput check. */
      socketBytes = /* @__PURE__ */ new WeakMap();
      moving = /* @__PURE__ */ new Set();
      meterTimer;
      warn;
      /** Cleared when the server rejects If-None-Match on PUT (older S3 compatibles). */
      conditionalPut = true;
      constructor(url, settings) {
        this.name = settings.name;
        this.mode = settings.mode;
        this.warn = settings.warn;
        this.idleTimeoutMs = settings.idleTimeoutMs;
        this.connectTimeoutMs = settings.connectTimeoutMs;
        this.deadlines = deadlinesOf(settings);
        for (const name of url.searchParams.keys()) {
          if (!PARAMS.has(name)) {
            throw new RemoteUrlError(
              `${settings.name}: unknown parameter "${name}" (expected region, endpoint, path-style)`
            );
          }
        }
        if (url.username || url.password) {
          throw new RemoteUrlError(
            `${settings.name}: put S3 credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, not in the URL`
          );
        }
        this.bucket = decodeURIComponent(url.hostname);
        const path29 = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, "");
        this.prefix = path29 ? `${path29}/` : "";
        const env = settings.env;
        const endpoint = url.searchParams.get("endpoint") ?? env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
        if (endpoint !== void 0 && !/^https?:\/\/[^/]/.test(endpoint)) {
          throw new RemoteUrlError(
            `${settings.name}: endpoint must be an http:// or https:// URL (got ${redactUrl(endpoint)})`
          );
        }
        const pathStyle = url.searchParams.get("path-style");
        if (pathStyle !== null && pathStyle !== "true" && pathStyle !== "false") {
          throw new RemoteUrlError(`${settings.name}: path-style must be true or false`);
        }
        const agentOptions = { keepAlive: true, maxSockets: 16 };
        this.agents = [new http2.Agent(agentOptions), new https2.Agent(agentOptions)];
        const [httpAgent, httpsAgent] = this.agents;
        const config = {
          region: url.searchParams.get("region") ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1",
          forcePathStyle: pathStyle === null ? endpoint !== void 0 : pathStyle === "true",
          maxAttempts: settings.maxAttempts,
          retryMode: "standard",
          requestHandler: {
            connectionTimeout: settings.connectTimeoutMs,
            socketTimeout: settings.idleTimeoutMs,
            httpAgent,
            httpsAgent
          },
          // Compatibles (Ceph, R2, older MinIO) reject the SDK's default trailing checksums.
          requestChecksumCalculation: "WHEN_REQUIRED",
          responseChecksumValidation: "WHEN_REQUIRED",
          ...endpoint !== void 0 ? { endpoint } : {}
        };
        this.credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY ? `AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: present${env.AWS_SESSION_TOKEN ? ", AWS_SESSION_TOKEN: present" : ""}` : "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY: not set (the SDK's default chain applies)";
        if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
          config.credentials = {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}
          };
        }
        this.client = new import_s3_sdk.S3Client(config);
      }
      objectKey(kind, id) {
        return `${this.prefix}${kind}/${id}`;
      }
      async get(key) {
        const text = await this.getText(this.objectKey("ac", key), `GET ac/${shortKey(key)}`);
        if (text === void 0) return void 0;
        return envelopeEntry(
          text,
          key,
          { name: this.name, warn: this.warn },
          (cas, size) => this.openContent(cas, size)
        );
      }
      async openContent(cas, size) {
        const what = `GET cas/${shortKey(cas)}`;
        try {
          const started = Date.now();
          const out = await this.bounded(
            0,
            (abortSignal) => this.client.send(
              new import_s3_sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey("cas", cas) }),
              { abortSignal }
            )
          );
          const body = out.Body;
          if (!body) throw new StoreError(this.name, `${this.name}: ${what}: no body`);
          if (out.ContentLength !== void 0 && out.ContentLength !== size) {
            body.destroy();
            throw new CorruptEntryError(
              `${this.name}: the content is ${out.ContentLength} bytes, the entry says ${size}`
            );
          }
          return guardStream(body, {
            idleMs: this.idleTimeoutMs,
            expectedBytes: size,
            minBytesPerSecond: this.deadlines.minBytesPerSecond,
            windowMs: this.deadlines.throughputWindowMs,
            deadlineAt: started + operationBoundMs(size, this.deadlines),
            onError: (error) => this.timeoutError(what, error)
          });
        } catch (error) {
          if (error instanceof CorruptEntryError || error instanceof StoreError) throw error;
          if (MISSING_CODES.has(codeOf(error))) {
            throw new CorruptEntryError(
              `${this.name}: the content of the entry is gone from the bucket`
            );
          }
          throw this.error(what, error);
        }
      }
      async has(key) {
        return this.exists(this.objectKey("ac", key), `HEAD ac/${shortKey(key)}`);
      }
      async put(request) {
        const acKey = this.objectKey("ac", request.key);
        const replace = request.replace === true;
        if (!replace && await this.exists(acKey, `HEAD ac/${shortKey(request.key)}`)) return "exists";
        const cas = await sha256File(request.archivePath);
        const casKey = this.objectKey("cas", cas);
        if (!await this.exists(casKey, `HEAD cas/${shortKey(cas)}`)) {
          await this.upload(
            casKey,
            request.archivePath,
            request.archiveSize,
            `PUT cas/${shortKey(cas)}`
          );
        }
        const envelope = encodeCasEnvelope(cas, request.archiveSize, request.recordText);
        const written = await this.putText(
          acKey,
          envelope,
          `PUT ac/${shortKey(request.key)}`,
          !replace
        );
        if (!written) return "exists";
        const pointer = pointerId(request.task, request.scope);
        const earlier = await this.getText(
          this.objectKey("ac", pointer),
          `GET ac/${shortKey(pointer)}`
        );
        await this.putText(
          this.objectKey("ac", pointer),
          encodeRecentPointer(request.key, earlier),
          `PUT ac/${shortKey(pointer)}`,
          false
        );
        return "saved";
      }
      async recentRecords(task2, scope, limit = RECENT_RECORDS) {
        const pointer = pointerId(task2, scope);
        const text = await this.getText(this.objectKey("ac", pointer), `GET ac/${shortKey(pointer)}`);
        const keys = text === void 0 ? [] : decodeRecent(text).slice(0, limit);
        const records = await Promise.all(
          keys.map(async (key) => {
            const entry = await this.getText(this.objectKey("ac", key), `GET ac/${shortKey(key)}`);
            const envelope = entry === void 0 ? "gone" : decodeCasEnvelope(entry);
            return typeof envelope === "string" ? void 0 : envelope.record;
          })
        );
        return records.filter((record) => record !== void 0);
      }
      async latestRecord(task2, scope) {
        const pointer = pointerId(task2, scope);
        const text = await this.getText(this.objectKey("ac", pointer), `GET ac/${shortKey(pointer)}`);
        const key = text === void 0 ? void 0 : decodePointer(text);
        if (key === void 0) return void 0;
        const entry = await this.getText(this.objectKey("ac", key), `GET ac/${shortKey(key)}`);
        if (entry === void 0) return void 0;
        const envelope = decodeCasEnvelope(entry);
        return typeof envelope === "string" ? void 0 : envelope.record;
      }
      /** The entries under ac/ (ListObjectsV2), each with what its envelope says. */
      async listEntries() {
        const listed = [];
        let token;
        do {
          const page = await this.bounded(
            0,
            (abortSignal) => this.client.send(
              new import_s3_sdk.ListObjectsV2Command({
                Bucket: this.bucket,
                Prefix: this.objectKey("ac", ""),
                ...token ? { ContinuationToken: token } : {}
              }),
              { abortSignal }
            )
          ).catch((error) => {
            throw this.error("LIST ac/", error);
          });
          for (const item of page.Contents ?? []) {
            const id = item.Key?.slice(this.objectKey("ac", "").length) ?? "";
            if (/^[0-9a-f]{64}$/.test(id)) listed.push({ id, modified: item.LastModified });
          }
          token = page.IsTruncated ? page.NextContinuationToken : void 0;
        } while (token);
        const found = await mapPool(listed, 8, async ({ id, modified }) => {
          const text = await this.getText(this.objectKey("ac", id), `GET ac/${shortKey(id)}`);
          const envelope = text === void 0 ? "gone" : decodeCasEnvelope(text);
          if (typeof envelope === "string") return void 0;
          return {
            key: id,
            size: envelope.size,
            ...modified ? { createdAt: modified.toISOString() } : {},
            ...recordFacts(envelope.record)
          };
        });
        return found.filter((entry) => entry !== void 0);
      }
      /** Deletes the envelope, then the content (another key with the same bytes then misses). */
      async deleteEntry(key) {
        const acKey = this.objectKey("ac", key);
        const text = await this.getText(acKey, `GET ac/${shortKey(key)}`);
        if (text === void 0) return false;
        await this.deleteObject(acKey, `DELETE ac/${shortKey(key)}`);
        const envelope = decodeCasEnvelope(text);
        if (typeof envelope !== "string") {
          await this.deleteObject(
            this.objectKey("cas", envelope.cas),
            `DELETE cas/${shortKey(envelope.cas)}`
          );
        }
        return true;
      }
      async deleteObject(objectKey, what) {
        try {
          await this.bounded(
            0,
            (abortSignal) => this.client.send(new import_s3_sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey }), {
              abortSignal
            })
          );
        } catch (error) {
          throw this.error(what, error);
        }
      }
      close() {
        this.client.destroy();
        for (const agent of this.agents) agent.destroy();
      }
      async getText(objectKey, what) {
        try {
          const text = await this.bounded(0, async (abortSignal) => {
            const out = await this.client.send(
              new import_s3_sdk.GetObjectCommand({ Bucket: this.bucket, Key: objectKey }),
              { abortSignal }
            );
            return out.Body?.transformToString("utf8");
          });
          if (text === void 0) throw new StoreError(this.name, `${this.name}: ${what}: no body`);
          return text;
        } catch (error) {
          if (error instanceof StoreError) throw error;
          if (MISSING_CODES.has(codeOf(error))) return void 0;
          throw this.error(what, error);
        }
      }
      async exists(objectKey, what) {
        try {
          await this.bounded(
            0,
            (abortSignal) => this.client.send(new import_s3_sdk.HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }), {
              abortSignal
            })
          );
          return true;
        } catch (error) {
          if (MISSING_CODES.has(codeOf(error)) || statusOf(error) === 404) return false;
          throw this.error(what, error);
        }
      }
      /** Writes a small object; `onlyIfAbsent` returns false when another writer was first. */
      async putText(objectKey, text, what, onlyIfAbsent) {
        const conditional = onlyIfAbsent && this.conditionalPut;
        try {
          await this.bounded(
            Buffer.byteLength(text),
            (abortSignal) => this.client.send(
              new import_s3_sdk.PutObjectCommand({
                Bucket: this.bucket,
                Key: objectKey,
                Body: text,
                ContentType: "application/json",
                ...conditional ? { IfNoneMatch: "*" } : {}
              }),
              { abortSignal }
            )
          );
          return true;
        } catch (error) {
          const status = statusOf(error);
          if (conditional && (status === 412 || status === 409)) return false;
          if (conditional && (status === 501 || codeOf(error) === "NotImplemented")) {
            this.conditionalPut = false;
            return this.putText(objectKey, text, what, false);
          }
          throw this.error(what, error);
        }
      }
      /** Streams a file up; multipart above PART_BYTES, each part retried by the SDK. */
      async upload(objectKey, path29, size, what) {
        const upload = new import_s3_sdk.Upload({
          client: this.client,
          params: {
            Bucket: this.bucket,
            Key: objectKey,
            Body: (0, import_node_fs23.createReadStream)(path29, { highWaterMark: 1 << 20 }),
            ContentType: "application/octet-stream"
          },
          partSize: PART_BYTES,
          queueSize: PART_QUEUE,
          leavePartsOnError: false
        });
        try {
          await this.bounded(size, (signal) => {
            signal.addEventListener("abort", () => void upload.abort().catch(() => {
            }), {
              once: true
            });
            return upload.done();
          });
        } catch (error) {
          throw this.error(what, error);
        }
      }
      /**
       * Runs one call under its overall bound (the operation's fixed part plus `bytes` at the
       * minimum rate): past it the signal aborts the request and its socket. Refuses to start
       * once the store has timed out.
       */
      async bounded(bytes, call) {
        if (this.timedOut) throw this.timedOut;
        const controller = new AbortController();
        const limit = operationBoundMs(bytes, this.deadlines);
        const timer = setTimeout(
          () => controller.abort(new DeadlineError(`no complete answer within ${limit} ms`)),
          limit
        );
        const metered = bytes > this.windowMinimum();
        if (metered) this.meter(controller);
        try {
          return await call(controller.signal);
        } catch (error) {
          throw controller.signal.aborted ? controller.signal.reason : error;
        } finally {
          clearTimeout(timer);
          if (metered) this.unmeter(controller);
        }
      }
      windowMinimum() {
        const { minBytesPerSecond, throughputWindowMs } = this.deadlines;
        return Math.ceil(minBytesPerSecond * throughputWindowMs / 1e3);
      }
      /**
       * While calls that move bytes are under way, the store's sockets together must move the
       * minimum per window, else every such call is aborted.
       */
      meter(controller) {
        this.moving.add(controller);
        if (this.meterTimer !== void 0) return;
        this.bytesMoved();
        const windowMs = this.deadlines.throughputWindowMs;
        this.meterTimer = setInterval(() => {
          const moved = this.bytesMoved();
          if (moved >= this.windowMinimum()) return;
          const reason = new DeadlineError(
            `upload too slow: ${moved} bytes in ${windowMs} ms (at least ${this.deadlines.minBytesPerSecond} bytes/s wanted)`
          );
          for (const pending of this.moving) pending.abort(reason);
        }, windowMs);
      }
      unmeter(controller) {
        this.moving.delete(controller);
        if (this.moving.size > 0) return;
        clearInterval(this.meterTimer);
        this.meterTimer = void 0;
      }
      /** Bytes the store's sockets moved since the last call. */
      bytesMoved() {
        let moved = 0;
        for (const agent of this.agents) {
          for (const group of [agent.sockets, agent.freeSockets]) {
            for (const list of Object.values(group)) {
              for (const socket of list ?? []) {
                const total = socket.bytesWritten + socket.bytesRead;
                moved += total - (this.socketBytes.get(socket) ?? 0);
                this.socketBytes.set(socket, total);
              }
            }
          }
        }
        return moved;
      }
      /** The error a failed download body gets; a time-out switches the store off. */
      timeoutError(what, error) {
        const failure = this.error(what, error);
        if (isTimeout(error)) this.timedOut ??= failure;
        return failure;
      }
      error(what, error) {
        const failure = this.describe(what, error);
        if (error instanceof DeadlineError || /establish a connection|socket timed out/.test(messageOf3(error))) {
          this.timedOut ??= failure;
        }
        return failure;
      }
      describe(what, error) {
        if (error instanceof StoreError) return error;
        const status = statusOf(error);
        const code = codeOf(error);
        const shown = code && !["Unknown", "UnknownError", "Forbidden", "NotFound", "Error"].includes(code) ? code : "";
        if (status === 401 || status === 403 || AUTH_CODES.has(code)) {
          return new StoreError(
            this.name,
            `${this.name}: authentication failed (HTTP ${status ?? 403}${shown ? `, ${shown}` : ""})`
          );
        }
        if (code === "NoSuchBucket") {
          return new StoreError(this.name, `${this.name}: the bucket ${this.bucket} does not exist`);
        }
        if (code === "CredentialsProviderError") {
          return new StoreError(
            this.name,
            `${this.name}: no AWS credentials found (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)`
          );
        }
        const attempts = error?.$metadata?.attempts ?? 1;
        const tries = attempts > 1 ? ` (after ${attempts} attempts)` : "";
        if (status !== void 0 && status >= 300) {
          const text = shown ? `${shown} (HTTP ${status})` : `unexpected HTTP ${status}`;
          return new StoreError(this.name, `${this.name}: ${what}: ${text}${tries}`);
        }
        const message = error instanceof Error ? error.message : String(error);
        if (/establish a connection/.test(message)) {
          return new StoreError(
            this.name,
            `${this.name}: ${what}: could not connect within ${this.connectTimeoutMs} ms${tries}`
          );
        }
        if (/socket timed out/.test(message)) {
          return new StoreError(
            this.name,
            `${this.name}: ${what}: no data for ${this.idleTimeoutMs} ms${tries}`
          );
        }
        const errno = error?.code;
        const detail = errno && !message.includes(errno) ? `${message} (${errno})` : message;
        return new StoreError(this.name, `${this.name}: ${what}: ${detail}${tries}`);
      }
    };
    DeadlineError = class extends Error {
      name = "DeadlineError";
    };
  }
});

// src/stores/turbo.ts
var turbo_exports = {};
__export(turbo_exports, {
  TurboStore: () => TurboStore
});
function parseArtifact(body) {
  if (body.length < HEADER_BYTES || !body.subarray(0, MAGIC4.length).equals(MAGIC4)) {
    return "the artifact was not written by taskcache";
  }
  const length = body.readUInt32BE(MAGIC4.length);
  if (HEADER_BYTES + length > body.length) return "the artifact is shorter than its header says";
  return {
    recordText: body.subarray(HEADER_BYTES, HEADER_BYTES + length).toString("utf8"),
    archive: body.subarray(HEADER_BYTES + length)
  };
}
var import_node_crypto2, import_node_stream6, MAGIC4, HEADER_BYTES, MAX_ARTIFACT_BYTES, TurboStore;
var init_turbo = __esm({
  "src/stores/turbo.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    import_node_stream6 = require("node:stream");
    init_http_client();
    init_digest();
    init_remote_shared();
    init_store();
    MAGIC4 = Buffer.from("TCE1");
    HEADER_BYTES = MAGIC4.length + 4;
    MAX_ARTIFACT_BYTES = 1024 * 1024 * 1024;
    TurboStore = class {
      // No replace: turborepo-remote-cache's file storage (fs-blob-store) rewrites an artifact in
      // place, so a reader can meet the start of the old one and the rest of the new one; an
      // existing entry is kept.
      replaces = false;
      name;
      compress = true;
      mode;
      /** The Remote Cache API (v8) has no way to list or delete artifacts. */
      capabilities = {
        list: false,
        delete: false,
        replace: false,
        note: "the Turborepo Remote Cache API cannot list or delete artifacts: they expire by the server's own rules"
      };
      credentials;
      base;
      team;
      signingKey;
      client;
      warn;
      constructor(url, settings) {
        this.name = settings.name;
        this.mode = settings.mode;
        this.warn = settings.warn;
        const slug = url.searchParams.get("team") ?? url.searchParams.get("slug");
        const teamId = url.searchParams.get("teamId");
        for (const name of url.searchParams.keys()) {
          if (!["team", "slug", "teamId"].includes(name)) {
            throw new RemoteUrlError(
              `${settings.name}: unknown parameter "${name}" (expected team=SLUG)`
            );
          }
        }
        this.team = teamId ? { param: "teamId", value: teamId } : slug ? { param: "slug", value: slug } : void 0;
        if (url.username || url.password) {
          throw new RemoteUrlError(`${settings.name}: put the token in TURBO_TOKEN, not in the URL`);
        }
        const token = settings.env.TURBO_TOKEN || settings.env.TASKCACHE_REMOTE_TOKEN;
        this.credentials = settings.env.TURBO_TOKEN ? "TURBO_TOKEN: present" : `TURBO_TOKEN: not set, TASKCACHE_REMOTE_TOKEN: ${token ? "present" : "not set"}`;
        this.signingKey = settings.env.TURBO_REMOTE_CACHE_SIGNATURE_KEY || void 0;
        const protocol = url.protocol === "turbo+https:" ? "https:" : "http:";
        this.base = `${protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
        this.client = new HttpClient({
          connectTimeoutMs: settings.connectTimeoutMs,
          idleTimeoutMs: settings.idleTimeoutMs,
          minBytesPerSecond: settings.minBytesPerSecond,
          throughputWindowMs: settings.throughputWindowMs,
          operationMs: settings.operationMs,
          maxAttempts: settings.maxAttempts,
          baseDelayMs: settings.retryBaseDelayMs,
          maxDelayMs: settings.retryMaxDelayMs,
          headers: token ? { authorization: `Bearer ${token}` } : {}
        });
      }
      url(hash) {
        const url = new URL(`${this.base}/v8/artifacts/${hash}`);
        if (this.team) url.searchParams.set(this.team.param, this.team.value);
        return url;
      }
      async get(key) {
        const body = await this.download(key);
        if (body === void 0) return void 0;
        const parsed = parseArtifact(body);
        if (typeof parsed === "string") {
          this.warn(
            `${this.name}: entry ${shortKey(key)} is unusable (${parsed}); treating it as a miss`
          );
          return void 0;
        }
        return {
          recordText: parsed.recordText,
          openArchive: async () => import_node_stream6.Readable.from([parsed.archive], { objectMode: false })
        };
      }
      async has(key) {
        const what = `HEAD artifact ${shortKey(key)}`;
        const response = await this.call(what, { method: "HEAD", url: this.url(key) });
        if (response.status === 404) return false;
        if (response.status === 200) return true;
        throw statusError(this.name, what, response);
      }
      async put(request) {
        if (await this.has(request.key)) return "exists";
        const record = Buffer.from(request.recordText, "utf8");
        const header = Buffer.alloc(HEADER_BYTES);
        MAGIC4.copy(header, 0);
        header.writeUInt32BE(record.length, MAGIC4.length);
        const body = bodyOf(header, record, { path: request.archivePath, size: request.archiveSize });
        await this.upload(request.key, body);
        const pointer = pointerId(request.task, request.scope);
        const earlier = (await this.download(pointer))?.toString("utf8");
        await this.upload(pointer, bodyOf(Buffer.from(encodeRecentPointer(request.key, earlier))));
        return "saved";
      }
      async recentRecords(task2, scope, limit = RECENT_RECORDS) {
        const pointer = await this.download(pointerId(task2, scope));
        const keys = pointer === void 0 ? [] : decodeRecent(pointer.toString("utf8")).slice(0, limit);
        const records = await Promise.all(
          keys.map(async (key) => {
            const body = await this.download(key);
            const parsed = body === void 0 ? "gone" : parseArtifact(body);
            return typeof parsed === "string" ? void 0 : parsed.recordText;
          })
        );
        return records.filter((record) => record !== void 0);
      }
      async latestRecord(task2, scope) {
        const pointer = await this.download(pointerId(task2, scope));
        const key = pointer === void 0 ? void 0 : decodePointer(pointer.toString("utf8"));
        if (key === void 0) return void 0;
        const body = await this.download(key);
        if (body === void 0) return void 0;
        const parsed = parseArtifact(body);
        return typeof parsed === "string" ? void 0 : parsed.recordText;
      }
      close() {
        this.client.close();
      }
      /** The artifact's bytes; undefined on a miss, or when its signature does not verify. */
      async download(hash) {
        const what = `GET artifact ${shortKey(hash)}`;
        let response;
        try {
          response = await this.client.buffered(
            { method: "GET", url: this.url(hash) },
            MAX_ARTIFACT_BYTES
          );
        } catch (error) {
          throw failureError(this.name, what, error);
        }
        if (response.status === 404) return void 0;
        if (response.status !== 200) throw statusError(this.name, what, response);
        if (this.signingKey !== void 0) {
          const tag = response.headers["x-artifact-tag"];
          const problem = typeof tag !== "string" || tag === "" ? "it has no x-artifact-tag signature" : !this.tagMatches(hash, response.body, tag) ? "its x-artifact-tag signature does not match the signing key" : void 0;
          if (problem) {
            this.warn(
              `${this.name}: artifact ${shortKey(hash)} is not trusted (${problem}); treating it as a miss`
            );
            return void 0;
          }
        }
        return response.body;
      }
      async upload(hash, body) {
        const what = `PUT artifact ${shortKey(hash)}`;
        const headers = { "content-type": "application/octet-stream" };
        if (this.signingKey !== void 0) headers["x-artifact-tag"] = await this.tagOf(hash, body);
        const response = await this.call(what, { method: "PUT", url: this.url(hash), body, headers });
        if (response.status < 200 || response.status > 299) {
          throw statusError(this.name, what, response);
        }
      }
      hmac(hash) {
        return (0, import_node_crypto2.createHmac)("sha256", this.signingKey ?? "").update(hash).update(this.team?.value ?? "");
      }
      async tagOf(hash, body) {
        const mac = this.hmac(hash);
        for await (const chunk of body.open()) mac.update(chunk);
        return mac.digest("base64");
      }
      tagMatches(hash, body, tag) {
        const expected = this.hmac(hash).update(body).digest();
        const given = Buffer.from(tag, "base64");
        return given.length === expected.length && (0, import_node_crypto2.timingSafeEqual)(given, expected);
      }
      async call(what, request) {
        try {
          return await this.client.buffered(request, MAX_ARTIFACT_BYTES);
        } catch (error) {
          throw failureError(this.name, what, error);
        }
      }
    };
  }
});

// src/stores/redis.ts
var redis_exports = {};
__export(redis_exports, {
  DEFAULT_CHUNK_BYTES: () => DEFAULT_CHUNK_BYTES,
  RedisStore: () => RedisStore
});
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function isConnectionFailure(error) {
  if (!(error instanceof Error)) return false;
  return error instanceof RedisDeadline || error.name === "MaxRetriesPerRequestError" || /Connection is closed|Command timed out|Socket timeout|ECONN|ETIMEDOUT|EPIPE/i.test(
    error.message
  );
}
function decodeEnvelope(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "the entry envelope is not JSON";
  }
  const e = parsed;
  if (e === null || typeof e !== "object" || e.v !== 1 || typeof e.id !== "string" || !/^[0-9a-f]{16}$/.test(e.id) || !Number.isSafeInteger(e.chunks) || (e.chunks ?? -1) < 0 || !Number.isSafeInteger(e.size) || (e.size ?? -1) < 0 || typeof e.record !== "string") {
    return "the entry envelope is malformed";
  }
  return e;
}
var import_node_crypto3, import_node_fs24, import_promises2, import_node_stream7, import_ioredis, DEFAULT_TTL_SECONDS, CHUNK_MARGIN_SECONDS, REPLACED_CHUNK_SECONDS, DEFAULT_CHUNK_BYTES, MAX_CHUNK_BYTES, PARAMS2, RedisStore, RedisDeadline;
var init_redis = __esm({
  "src/stores/redis.ts"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    import_node_fs24 = require("node:fs");
    import_promises2 = require("node:fs/promises");
    import_node_stream7 = require("node:stream");
    import_ioredis = require("./ioredis.cjs");
    init_archive();
    init_deadlines();
    init_digest();
    init_units();
    init_listing();
    init_remote_shared();
    init_store();
    DEFAULT_TTL_SECONDS = 7 * 24 * 3600;
    CHUNK_MARGIN_SECONDS = 3600;
    REPLACED_CHUNK_SECONDS = 600;
    DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
    MAX_CHUNK_BYTES = 256 * 1024 * 1024;
    PARAMS2 = /* @__PURE__ */ new Set(["ttl", "prefix"]);
    RedisStore = class {
      replaces = true;
      name;
      compress = true;
      mode;
      capabilities = { list: true, delete: true, replace: true };
      credentials;
      options;
      caFile;
      prefix;
      ttlSeconds;
      chunkBytes;
      warn;
      client;
      /** The last connection-level error, which explains a later "Connection is closed". */
      lastError;
      inFlight = 0;
      commandTimeoutMs;
      deadlines;
      /** The first time-out: every later operation fails at once with it. */
      timedOut;
      constructor(url, settings) {
        this.name = settings.name;
        this.mode = settings.mode;
        this.warn = settings.warn;
        for (const name of url.searchParams.keys()) {
          if (!PARAMS2.has(name)) {
            throw new RemoteUrlError(
              `${settings.name}: unknown parameter "${name}" (expected ttl, prefix)`
            );
          }
        }
        const ttl = url.searchParams.get("ttl");
        const ttlMs = ttl === null ? DEFAULT_TTL_SECONDS * 1e3 : /^\d+$/.test(ttl) ? Number(ttl) * 1e3 : parseAge(ttl);
        if (ttlMs === void 0 || ttlMs < 1e3) {
          throw new RemoteUrlError(
            `${settings.name}: ttl must be a duration such as 7d, 12h or 3600 (seconds)`
          );
        }
        this.ttlSeconds = Math.round(ttlMs / 1e3);
        this.credentials = url.password ? `password from the URL: present${url.username ? " (ACL user)" : ""}` : "none in the URL";
        this.prefix = url.searchParams.get("prefix") ?? "taskcache:";
        this.chunkBytes = Math.min(
          MAX_CHUNK_BYTES,
          Math.max(1, settings.chunkBytes ?? DEFAULT_CHUNK_BYTES)
        );
        const db = url.pathname.replace(/^\/+|\/+$/g, "");
        if (db !== "" && !/^\d+$/.test(db)) {
          throw new RemoteUrlError(`${settings.name}: the path must be a database number`);
        }
        if (url.port !== "" && !/^\d+$/.test(url.port)) {
          throw new RemoteUrlError(`${settings.name}: the port must be a number`);
        }
        const attempts = Math.max(1, settings.maxAttempts);
        this.deadlines = deadlinesOf(settings);
        this.commandTimeoutMs = settings.operationMs;
        this.options = {
          host: url.hostname.replace(/^\[|\]$/g, ""),
          port: url.port ? Number(url.port) : 6379,
          ...url.username ? { username: decodeURIComponent(url.username) } : {},
          ...url.password ? { password: decodeURIComponent(url.password) } : {},
          db: db === "" ? 0 : Number(db),
          lazyConnect: true,
          connectTimeout: settings.connectTimeoutMs,
          commandTimeout: this.commandTimeoutMs,
          maxRetriesPerRequest: attempts - 1,
          // Reconnection is bounded: after the attempts are spent the client ends and every
          // pending command fails, instead of queueing forever.
          retryStrategy: (times) => times >= attempts ? null : Math.min(settings.retryMaxDelayMs, settings.retryBaseDelayMs * 2 ** (times - 1)),
          reconnectOnError: null,
          enableOfflineQueue: true,
          autoResubscribe: false,
          connectionName: "taskcache",
          disableClientInfo: true
        };
        this.caFile = url.protocol === "rediss:" ? settings.env.TASKCACHE_REDIS_CA || void 0 : void 0;
        if (url.protocol === "rediss:") this.options = { ...this.options, tls: {} };
      }
      entryKey(key) {
        return `${this.prefix}ac:${key}`;
      }
      chunkKey(key, id, index) {
        return `${this.prefix}ac:${key}:archive:${id}:${index}`;
      }
      latestKey(task2, scope) {
        return `${this.prefix}latest:${pointerId(task2, scope)}`;
      }
      /** A list of the keys of the task's recent entries in a scope, newest first. */
      recentKey(task2, scope) {
        return `${this.prefix}recent:${pointerId(task2, scope)}`;
      }
      async get(key) {
        const text = await this.run(`GET ${shortKey(key)}`, (c) => c.getBuffer(this.entryKey(key)));
        if (text === null) return void 0;
        const envelope = decodeEnvelope(text.toString("utf8"));
        if (typeof envelope === "string") {
          this.warn(
            `${this.name}: entry ${shortKey(key)} is unusable (${envelope}); treating it as a miss`
          );
          return void 0;
        }
        this.refresh(key, envelope);
        return {
          recordText: envelope.record,
          openArchive: async () => this.openChunks(key, envelope)
        };
      }
      /**
       * Sliding expiry: an entry found lives another TTL from now, its chunks an hour more, so
       * entries in use stay and unused ones expire. Sent beside the reads, never awaited by the
       * hit; a store that may not write (read mode, a read-only ACL user) leaves the TTL as it is.
       */
      refresh(key, envelope) {
        if (this.mode !== "read-write" && this.mode !== "write") return;
        void this.run("EXPIRE", (c) => {
          const batch = c.multi().expire(this.entryKey(key), this.ttlSeconds);
          for (let index = 0; index < envelope.chunks; index += 1) {
            batch.expire(
              this.chunkKey(key, envelope.id, index),
              this.ttlSeconds + CHUNK_MARGIN_SECONDS
            );
          }
          return batch.exec();
        }).catch(() => {
        });
      }
      openChunks(key, envelope) {
        const store = this;
        return import_node_stream7.Readable.from(
          (async function* () {
            let total = 0;
            for (let index = 0; index < envelope.chunks; index += 1) {
              const chunk = await store.run(
                `GET ${shortKey(key)} chunk ${index}`,
                (c) => c.getBuffer(store.chunkKey(key, envelope.id, index)),
                Math.min(store.chunkBytes, envelope.size)
              );
              if (chunk === null) {
                throw new CorruptEntryError(
                  `${store.name}: chunk ${index} of entry ${shortKey(key)} is gone`
                );
              }
              total += chunk.length;
              yield chunk;
            }
            if (total !== envelope.size) {
              throw new CorruptEntryError(
                `${store.name}: entry ${shortKey(key)} holds ${total} bytes, its envelope says ${envelope.size}`
              );
            }
          })(),
          { objectMode: false }
        );
      }
      async has(key) {
        return await this.run(`EXISTS ${shortKey(key)}`, (c) => c.exists(this.entryKey(key))) > 0;
      }
      async put(request) {
        const { key } = request;
        const replace = request.replace === true;
        if (!replace && await this.has(key)) return "exists";
        const id = (0, import_node_crypto3.randomBytes)(8).toString("hex");
        const chunkTtl = this.ttlSeconds + CHUNK_MARGIN_SECONDS;
        let chunks = 0;
        const file = await (0, import_promises2.open)(request.archivePath, "r");
        try {
          for (let offset = 0; offset < request.archiveSize; offset += this.chunkBytes) {
            const length = Math.min(this.chunkBytes, request.archiveSize - offset);
            const buffer = Buffer.allocUnsafe(length);
            const { bytesRead } = await file.read(buffer, 0, length, offset);
            if (bytesRead !== length)
              throw new Error(`${request.archivePath} changed while it was being stored`);
            const index = chunks;
            await this.run(
              `SET ${shortKey(key)} chunk ${index}`,
              (c) => c.set(this.chunkKey(key, id, index), buffer, "EX", chunkTtl),
              length
            );
            chunks += 1;
          }
        } catch (error) {
          if (this.client) await this.dropChunks(key, id, chunks + 1);
          throw error;
        } finally {
          await file.close();
        }
        const envelope = {
          v: 1,
          id,
          chunks,
          size: request.archiveSize,
          record: request.recordText
        };
        if (replace) {
          const replies = await this.run(
            `SET ${shortKey(key)}`,
            (c) => c.multi().get(this.entryKey(key)).set(this.entryKey(key), JSON.stringify(envelope), "EX", this.ttlSeconds).exec()
          );
          const failed = replies?.find(([error]) => error);
          if (!replies || failed) {
            throw new StoreError(
              this.name,
              `${this.name}: SET ${shortKey(key)}: ${failed?.[0]?.message ?? "the transaction was aborted"}`
            );
          }
          const old = replies[0]?.[1];
          const previous = typeof old === "string" ? decodeEnvelope(old) : void 0;
          if (previous !== void 0 && typeof previous !== "string" && previous.id !== id) {
            await this.expireChunks(key, previous);
          }
        } else {
          const set = await this.run(
            `SET ${shortKey(key)}`,
            (c) => c.set(this.entryKey(key), JSON.stringify(envelope), "EX", this.ttlSeconds, "NX")
          );
          if (set === null) {
            await this.dropChunks(key, id, chunks);
            return "exists";
          }
        }
        await this.run(
          `SET latest ${shortKey(key)}`,
          (c) => c.set(this.latestKey(request.task, request.scope), key, "EX", this.ttlSeconds)
        );
        const recent = this.recentKey(request.task, request.scope);
        await this.run(
          `LPUSH recent ${shortKey(key)}`,
          (c) => c.multi().lrem(recent, 0, key).lpush(recent, key).ltrim(recent, 0, RECENT_RECORDS - 1).expire(recent, this.ttlSeconds).exec()
        );
        return "saved";
      }
      async recentRecords(task2, scope, limit = RECENT_RECORDS) {
        const listed = await this.run(
          "LRANGE recent",
          (c) => c.lrange(this.recentKey(task2, scope), 0, limit - 1)
        );
        const keys = listed.flatMap((latest) => decodePointer(JSON.stringify({ latest })) ?? []);
        if (keys.length === 0) {
          const latest = await this.latestRecord(task2, scope);
          return latest === void 0 ? [] : [latest];
        }
        const records = await Promise.all(
          keys.map(async (key) => {
            const text = await this.run(`GET ${shortKey(key)}`, (c) => c.get(this.entryKey(key)));
            const envelope = text === null ? "gone" : decodeEnvelope(text);
            return typeof envelope === "string" ? void 0 : envelope.record;
          })
        );
        return records.filter((record) => record !== void 0);
      }
      async latestRecord(task2, scope) {
        const latest = await this.run("GET latest", (c) => c.get(this.latestKey(task2, scope)));
        const key = latest === null ? void 0 : decodePointer(JSON.stringify({ latest }));
        if (key === void 0) return void 0;
        const text = await this.run(`GET ${shortKey(key)}`, (c) => c.get(this.entryKey(key)));
        if (text === null) return void 0;
        const envelope = decodeEnvelope(text);
        return typeof envelope === "string" ? void 0 : envelope.record;
      }
      /**
       * The entries under the prefix (SCAN, never KEYS), with their last use from OBJECT IDLETIME
       * where the server's eviction policy tracks it.
       */
      async listEntries() {
        const entryPattern = new RegExp(`^${escapeRegExp(this.prefix)}ac:([0-9a-f]{64})$`);
        const match = `${this.prefix.replace(/[*?[\]\\]/g, "\\$&")}ac:*`;
        const keys = [];
        let cursor = "0";
        do {
          const [next, names] = await this.run(
            "SCAN",
            (c) => c.scan(cursor, "MATCH", match, "COUNT", 1e3)
          );
          for (const name of names) {
            const found = entryPattern.exec(name)?.[1];
            if (found !== void 0) keys.push(found);
          }
          cursor = next;
        } while (cursor !== "0");
        const out = [];
        const now = Date.now();
        for (const key of keys) {
          const [text, idle2] = await this.run(`GET ${shortKey(key)}`, async (c) => {
            const replies = await c.multi().get(this.entryKey(key)).call("OBJECT", "IDLETIME", this.entryKey(key)).exec();
            return [replies?.[0]?.[1], replies?.[1]?.[1]];
          });
          if (typeof text !== "string") continue;
          const envelope = decodeEnvelope(text);
          if (typeof envelope === "string") continue;
          out.push({
            key,
            size: envelope.size,
            ...recordFacts(envelope.record),
            ...typeof idle2 === "number" ? { usedAt: new Date(now - idle2 * 1e3).toISOString() } : {}
          });
        }
        return out;
      }
      /** Deletes the envelope and its chunks. */
      async deleteEntry(key) {
        const text = await this.run(`GET ${shortKey(key)}`, (c) => c.get(this.entryKey(key)));
        if (text === null) return false;
        const deleted = await this.run(`DEL ${shortKey(key)}`, (c) => c.del(this.entryKey(key)));
        const envelope = decodeEnvelope(text);
        if (typeof envelope !== "string") await this.dropChunks(key, envelope.id, envelope.chunks);
        return deleted > 0;
      }
      /** Closes the connection (a later operation opens a new one). */
      async close() {
        const client = this.client;
        this.client = void 0;
        if (!client) return;
        await client.quit().catch(() => client.disconnect());
      }
      /** Best effort: readers already streaming a replaced entry get a few minutes to finish. */
      async expireChunks(key, envelope) {
        if (envelope.chunks === 0) return;
        await this.run("EXPIRE chunks", (c) => {
          const batch = c.multi();
          for (let index = 0; index < envelope.chunks; index += 1) {
            batch.expire(this.chunkKey(key, envelope.id, index), REPLACED_CHUNK_SECONDS);
          }
          return batch.exec();
        }).catch(() => {
        });
      }
      async dropChunks(key, id, count) {
        if (count === 0) return;
        const keys = Array.from({ length: count }, (_, index) => this.chunkKey(key, id, index));
        await this.run("DEL chunks", (c) => c.del(...keys)).catch(() => {
        });
      }
      /** The connection, opened on first use and again after one has ended. */
      connection() {
        if (this.client && this.client.status !== "end") return this.client;
        let options = this.options;
        if (this.caFile !== void 0) {
          let ca;
          try {
            ca = (0, import_node_fs24.readFileSync)(this.caFile);
          } catch (error) {
            throw new StoreError(
              this.name,
              `${this.name}: cannot read the CA certificate TASKCACHE_REDIS_CA names (${error.code ?? "error"})`
            );
          }
          options = { ...options, tls: { ca } };
        }
        const client = new import_ioredis.Redis(options);
        client.on("error", (error) => {
          this.lastError = error;
        });
        this.client = client;
        return client;
      }
      /**
       * Runs one command as a store operation: failures become StoreErrors, and the socket keeps
       * the process alive only while a command is in flight (the Store interface has no close,
       * and an idle connection must not hold a finished CLI open).
       */
      async run(what, command, bytes = 0) {
        if (this.timedOut) throw this.timedOut;
        const client = this.connection();
        this.inFlight += 1;
        client.stream?.ref();
        const limit = this.deadlines.firstByteMs + Math.ceil(bytes * 1e3 / this.deadlines.minBytesPerSecond);
        let timer;
        const deadline = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new RedisDeadline(`no reply within ${limit} ms`)), limit);
        });
        try {
          return await Promise.race([command(client), deadline]);
        } catch (error) {
          if (error instanceof RedisDeadline || /Command timed out/.test(String(error))) {
            this.timedOut ??= this.error(what, error);
          }
          const failure = this.error(what, error);
          if (isConnectionFailure(error)) {
            client.disconnect();
            if (this.client === client) this.client = void 0;
          }
          throw failure;
        } finally {
          clearTimeout(timer);
          this.inFlight -= 1;
          if (this.inFlight === 0) client.stream?.unref();
        }
      }
      error(what, error) {
        if (error instanceof StoreError) return error;
        const raw = error instanceof Error ? error.message : String(error);
        const message = raw === "Command timed out" ? `no reply within ${this.commandTimeoutMs} ms` : raw;
        const cause = this.lastError?.message;
        const auth = [message, cause].find(
          (text) => text && /WRONGPASS|NOAUTH|invalid password|invalid username-password/i.test(text)
        );
        if (auth) {
          const code = /WRONGPASS|NOAUTH/.exec(auth)?.[0];
          return new StoreError(
            this.name,
            `${this.name}: authentication failed${code ? ` (${code})` : ""}`
          );
        }
        const detail = cause && cause !== message && isConnectionFailure(error) ? `${message.replace(/\.$/, "")} (${cause})` : message;
        return new StoreError(this.name, `${this.name}: ${what}: ${detail}`);
      }
    };
    RedisDeadline = class extends Error {
      name = "RedisDeadline";
    };
  }
});

// src/stores/remote.ts
var remote_exports = {};
__export(remote_exports, {
  REMOTE_SCHEMES: () => REMOTE_SCHEMES,
  RemoteUrlError: () => RemoteUrlError,
  createRemoteStore: () => createRemoteStore,
  parseRemoteUrl: () => parseRemoteUrl,
  redactUrl: () => redactUrl
});
async function createRemoteStore(url, options) {
  const parsed = parseRemoteUrl(url);
  await initBlake3();
  const settings = {
    name: redactUrl(url),
    mode: options.mode,
    env: options.env,
    // The deadlines' defaults live in adapters/deadlines.ts, shared by every store.
    connectTimeoutMs: options.connectTimeoutMs ?? STORE_DEADLINES.connectMs,
    idleTimeoutMs: options.timeoutMs ?? STORE_DEADLINES.firstByteMs,
    minBytesPerSecond: options.minBytesPerSecond ?? STORE_DEADLINES.minBytesPerSecond,
    throughputWindowMs: options.throughputWindowMs ?? STORE_DEADLINES.throughputWindowMs,
    operationMs: options.operationMs ?? STORE_DEADLINES.operationMs,
    maxAttempts: options.maxAttempts ?? HTTP_DEFAULTS.maxAttempts,
    retryBaseDelayMs: options.retryBaseDelayMs ?? HTTP_DEFAULTS.baseDelayMs,
    retryMaxDelayMs: options.retryMaxDelayMs ?? HTTP_DEFAULTS.maxDelayMs,
    warn: options.warn ?? ((message) => process.stderr.write(`warning: ${message}
`)),
    chunkBytes: options.chunkBytes
  };
  switch (parsed.protocol) {
    case "http:":
    case "https:": {
      const { HttpStore: HttpStore2 } = await Promise.resolve().then(() => (init_http(), http_exports));
      return new HttpStore2(parsed, settings);
    }
    case "s3:": {
      const { S3Store: S3Store2 } = await Promise.resolve().then(() => (init_s3(), s3_exports));
      return new S3Store2(parsed, settings);
    }
    case "turbo+http:":
    case "turbo+https:": {
      const { TurboStore: TurboStore2 } = await Promise.resolve().then(() => (init_turbo(), turbo_exports));
      return new TurboStore2(parsed, settings);
    }
    case "redis:":
    case "rediss:": {
      const { RedisStore: RedisStore2 } = await Promise.resolve().then(() => (init_redis(), redis_exports));
      return new RedisStore2(parsed, settings);
    }
    default:
      throw new RemoteUrlError(
        `unknown remote store scheme in ${redactUrl(url)}: expected one of ${REMOTE_SCHEMES.map((s) => `${s}://`).join(", ")}`
      );
  }
}
function parseRemoteUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new RemoteUrlError(`malformed remote store URL ${redactUrl(url)}`);
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (!REMOTE_SCHEMES.includes(scheme)) {
    throw new RemoteUrlError(
      `unknown remote store scheme in ${redactUrl(url)}: expected one of ${REMOTE_SCHEMES.map((s) => `${s}://`).join(", ")}`
    );
  }
  if (!parsed.hostname) {
    throw new RemoteUrlError(`remote store URL ${redactUrl(url)} has no host`);
  }
  if (parsed.hash) {
    throw new RemoteUrlError(`remote store URL ${redactUrl(url)} must not have a #fragment`);
  }
  return parsed;
}
var REMOTE_SCHEMES;
var init_remote = __esm({
  "src/stores/remote.ts"() {
    "use strict";
    init_blake3();
    init_deadlines();
    init_http_client();
    init_remote_shared();
    init_remote_shared();
    REMOTE_SCHEMES = [
      "http",
      "https",
      "s3",
      "turbo+http",
      "turbo+https",
      "redis",
      "rediss"
    ];
  }
});

// src/engine/remotes.ts
function readOnly(mode) {
  if (mode === "read-write") return "read";
  if (mode === "write") return "off";
  return mode;
}
function storeModeOf(text) {
  return STORE_MODES.includes(text ?? "") ? text : void 0;
}
function parseTimeout(text) {
  const ms2 = typeof text === "number" ? text * 1e3 : parseAge(text);
  return ms2 !== void 0 && ms2 > 0 && Number.isFinite(ms2) ? ms2 : void 0;
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
  const { createRemoteStore: createRemoteStore2, RemoteUrlError: RemoteUrlError2, redactUrl: redactUrl2 } = await Promise.resolve().then(() => (init_remote(), remote_exports));
  const stores = [];
  for (const spec of specs) {
    const own = splitRemoteOptions(spec.url, () => redactUrl2(spec.url));
    const configured = own.mode === void 0 ? spec.mode : stricterMode(spec.mode, own.mode);
    const mode = options.untrusted ? readOnly(configured) : configured;
    if (mode === "off") continue;
    const timeoutMs = own.timeoutMs ?? (spec.timeout === void 0 ? void 0 : parseTimeout(spec.timeout));
    const retries = own.retries ?? spec.retries;
    try {
      const store = await createRemoteStore2(own.url, {
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
        error instanceof RemoteUrlError2 ? message : `remote ${redactUrl2(spec.url)}: ${message}`
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
var MAX_RETRIES;
var init_remotes = __esm({
  "src/engine/remotes.ts"() {
    "use strict";
    init_deadlines();
    init_config_shape();
    init_units();
    init_config_file();
    init_stores();
    MAX_RETRIES = 10;
  }
});

// src/engine/plugins.ts
async function importModule(specifier) {
  try {
    return await nativeImport(specifier);
  } catch (error) {
    if (error.code !== "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING") {
      throw error;
    }
    return Promise.resolve().then(() => __toESM(require(specifier)));
  }
}
async function pluginStores(entries2, options) {
  const stores = [];
  const configDir = path17.dirname(options.configFile);
  for (const [index, entry] of entries2.entries()) {
    const item = typeof entry === "string" ? { module: entry, mode: "read-write" } : entry;
    const mode = options.untrusted ? readOnly(item.mode) : item.mode;
    if (mode === "off") continue;
    const where = `${options.configFile}: stores[${index}] (${item.module})`;
    const file = path17.resolve(configDir, item.module);
    let loaded;
    try {
      loaded = await importModule((0, import_node_url2.pathToFileURL)(file).href);
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
var path17, import_node_url2, STORE_METHODS, IMPORTER, nativeImport;
var init_plugins = __esm({
  "src/engine/plugins.ts"() {
    "use strict";
    path17 = __toESM(require("node:path"), 1);
    import_node_url2 = require("node:url");
    init_errors();
    init_remotes();
    STORE_METHODS = ["get", "has", "put", "latestRecord"];
    IMPORTER = /* @__PURE__ */ Symbol.for("taskcache.import");
    nativeImport = globalThis[IMPORTER] ?? new Function("specifier", "return import(specifier)");
  }
});

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
var init_producer = __esm({
  "src/engine/producer.ts"() {
    "use strict";
  }
});

// src/engine/project.ts
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
    common = path18.resolve(
      found.gitDir,
      (0, import_node_fs25.readFileSync)(path18.join(found.gitDir, "commondir"), "utf8").trim()
    );
  } catch {
  }
  let config = "";
  try {
    config = (0, import_node_fs25.readFileSync)(path18.join(common, "config"), "utf8");
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
    return import_node_fs25.realpathSync.native(file);
  } catch {
    return path18.resolve(file);
  }
}
async function projectScope(configFile, known) {
  const anchor = real(configFile);
  const dir = path18.dirname(anchor);
  const repo = repository(dir);
  if (repo === void 0) {
    const origin2 = known === void 0 ? void 0 : normalizeRemote(known.remote);
    if (known === void 0 || origin2 === void 0) return `path:${blake3(anchor).slice(0, 32)}`;
    const relative6 = path18.relative(real(known.root), anchor).split(path18.sep).join("/");
    return `${origin2}#${relative6 || "."}`;
  }
  const relative5 = path18.relative(real(repo.top), anchor).split(path18.sep).join("/") || ".";
  const origin = repo.remote === void 0 ? void 0 : normalizeRemote(repo.remote);
  return origin === void 0 ? `git:${relative5}` : `${origin}#${relative5}`;
}
var import_node_fs25, path18;
var init_project = __esm({
  "src/engine/project.ts"() {
    "use strict";
    import_node_fs25 = require("node:fs");
    path18 = __toESM(require("node:path"), 1);
    init_blake3();
    init_git_index();
  }
});

// src/adapters/user-cache.ts
function cacheHome(env) {
  return env.XDG_CACHE_HOME || path19.join((0, import_node_os3.homedir)(), ".cache");
}
function userCacheDir(env = process.env) {
  return path19.join(cacheHome(env), "taskcache");
}
var import_node_os3, path19;
var init_user_cache = __esm({
  "src/adapters/user-cache.ts"() {
    "use strict";
    import_node_os3 = require("node:os");
    path19 = __toESM(require("node:path"), 1);
  }
});

// src/stores/local-prune.ts
async function evictEntries(entries2, options, remove) {
  const byUse = [...entries2].sort((a, b) => b.usedAt - a.usedAt);
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
async function pruneState(stateDir, options) {
  const totals2 = { removed: 0, freedBytes: 0, kept: 0, keptBytes: 0 };
  const keep = new Set(options.keep ?? []);
  await pruneDir(stateDir, options, totals2, (name, info) => {
    if (info.isDirectory()) return name === "logs" ? "descend" : "leave";
    return keep.has(name) ? "keep" : "age";
  });
  return totals2;
}
async function pruneDir(dir, options, totals2, judge) {
  const { lstat, readdir } = await fsp();
  const self = await lstat(dir).catch(() => void 0);
  if (!self?.isDirectory()) return;
  for (const name of await readdir(dir).catch(() => [])) {
    const file = path20.join(dir, name);
    const info = await lstat(file).catch(() => void 0);
    if (info === void 0) continue;
    const verdict = judge(name, info);
    if (verdict === "descend") {
      await pruneDir(file, options, totals2, (_, inner) => inner.isDirectory() ? "leave" : "log");
      continue;
    }
    if (verdict === "leave") continue;
    if (isOld(name, verdict, options.now - info.mtimeMs, options)) {
      await options.beforeRemove?.(file);
      if (await removeUnchanged(file, info)) {
        totals2.removed += 1;
        totals2.freedBytes += info.size;
        continue;
      }
    }
    totals2.kept += 1;
    totals2.keptBytes += info.size;
  }
}
function isOld(name, verdict, age, options) {
  if (IN_PROGRESS2.test(name)) return age > STALE_TMP_MS;
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
  const { constants: constants3, open: open3 } = await fsp();
  let handle;
  try {
    handle = await open3(
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
    const item = path20.join(tmpDir, name);
    const info = await stat(item).catch(() => void 0);
    if (info && now - info.mtimeMs > STALE_TMP_MS) await rm(item, { recursive: true, force: true });
  }
  const base = path20.join(root, "entries");
  for (const shard of await readdir(base).catch(() => [])) {
    for (const name of await readdir(path20.join(base, shard)).catch(() => [])) {
      if (!name.endsWith(".replacing")) continue;
      const marker = path20.join(base, shard, name);
      const info = await stat(marker).catch(() => void 0);
      if (info && now - info.mtimeMs > STALE_TMP_MS) await rm(marker, { force: true });
    }
  }
}
function fsp() {
  return Promise.resolve().then(() => __toESM(require("node:fs/promises"), 1));
}
var path20, STALE_TMP_MS, DEFAULT_STATE_MAX_AGE_MS, RECORD_HEAD_BYTES, IN_PROGRESS2;
var init_local_prune = __esm({
  "src/stores/local-prune.ts"() {
    "use strict";
    path20 = __toESM(require("node:path"), 1);
    init_atomic_file();
    STALE_TMP_MS = 60 * 60 * 1e3;
    DEFAULT_STATE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1e3;
    RECORD_HEAD_BYTES = 4096;
    IN_PROGRESS2 = /\.\d+\.[0-9a-z]{9,}$/;
  }
});

// src/stores/run-log.ts
function trimRunLog(file, keep = RUN_LOG_KEEP) {
  const text = (0, import_node_fs26.readFileSync)(file, "utf8");
  const lines = text.split("\n").filter((line) => line !== "");
  if (lines.length <= keep) return;
  writeFileAtomic(file, `${lines.slice(-keep).join("\n")}
`);
}
var import_node_fs26, RUN_LOG_KEEP, RUN_LOG_MAX_BYTES;
var init_run_log = __esm({
  "src/stores/run-log.ts"() {
    "use strict";
    import_node_fs26 = require("node:fs");
    init_atomic_file();
    RUN_LOG_KEEP = 1e4;
    RUN_LOG_MAX_BYTES = 4 * 1024 * 1024;
  }
});

// src/stores/local.ts
function defaultCacheDir(env = process.env) {
  if (env.TASKCACHE_DIR) return path21.resolve(env.TASKCACHE_DIR);
  return userCacheDir(env);
}
function fsp2() {
  return Promise.resolve().then(() => __toESM(require("node:fs/promises"), 1));
}
function replacingMarker(entryDir) {
  return `${entryDir}.replacing`;
}
function statOrUndefined(file) {
  try {
    return (0, import_node_fs27.lstatSync)(file);
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw error;
  }
}
function isNotFound(error) {
  return error?.code === "ENOENT";
}
var import_node_fs27, path21, RECORD, ARCHIVE, LOOKUP_TRIES, OPEN_FLAGS, NOFOLLOW, LocalStore;
var init_local = __esm({
  "src/stores/local.ts"() {
    "use strict";
    import_node_fs27 = require("node:fs");
    path21 = __toESM(require("node:path"), 1);
    init_atomic_file();
    init_blake3();
    init_stat_witness();
    init_user_cache();
    init_listing();
    init_local_prune();
    init_run_log();
    init_store();
    RECORD = "record.json";
    ARCHIVE = "archive";
    LOOKUP_TRIES = 5;
    OPEN_FLAGS = import_node_fs27.constants.O_NONBLOCK ?? 0;
    NOFOLLOW = import_node_fs27.constants.O_NOFOLLOW ?? 0;
    LocalStore = class {
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
        return path21.join(this.root, "entries", key.slice(0, 2), key);
      }
      get tmpDir() {
        return path21.join(this.root, "tmp");
      }
      /** State that only speeds up later runs (the stat cache); safe to delete. */
      get stateDir() {
        return path21.join(this.root, "state");
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
        const record = statOrUndefined(path21.join(dir, RECORD));
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
        const stats2 = statOrUndefined(this.entryDir(key));
        return stats2 && statNumbers(stats2);
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
        if (now === void 0 || !sameStat2(now, sealed)) return false;
        if (await this.expired(dir, key)) return false;
        const at = Date.now() / 1e3;
        try {
          (0, import_node_fs27.utimesSync)(path21.join(dir, RECORD), at, at);
        } catch {
          return statOrUndefined(path21.join(dir, RECORD))?.isFile() === true;
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
            if (!(0, import_node_fs27.existsSync)(replacingMarker(dir))) return void 0;
            await new Promise((resolve10) => setTimeout(resolve10, 2));
            continue;
          }
          let bytes2;
          try {
            bytes2 = this.readRegularBytes(path21.join(dir, RECORD));
          } catch (error) {
            if (isNotFound(error)) return void 0;
            throw error;
          }
          const archive = statOrUndefined(path21.join(dir, ARCHIVE));
          if (archive !== void 0 && !archive.isFile()) {
            throw this.notRegular(path21.join(dir, ARCHIVE));
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
          (0, import_node_fs27.utimesSync)(path21.join(dir, RECORD), now, now);
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
          archiveFile: path21.join(dir, ARCHIVE),
          openArchive: async () => {
            const file = path21.join(dir, ARCHIVE);
            const fd = this.openRegular(file, import_node_fs27.constants.O_RDONLY);
            return (0, import_node_fs27.createReadStream)(file, { fd });
          }
        };
      }
      async has(key) {
        if (await this.expired(this.entryDir(key), key)) return false;
        return statOrUndefined(path21.join(this.entryDir(key), RECORD))?.isFile() === true;
      }
      async put(request) {
        const final = this.entryDir(request.key);
        const replace = request.replace === true;
        if (!replace && (0, import_node_fs27.existsSync)(final)) return "exists";
        const staging = path21.join(this.tmpDir, `${request.key}.${uniqueSuffix()}`);
        const { copyFile, link, mkdir, rename, rm, writeFile } = await fsp2();
        await mkdir(staging, { recursive: true });
        try {
          await link(request.archivePath, path21.join(staging, ARCHIVE)).catch(
            () => copyFile(request.archivePath, path21.join(staging, ARCHIVE))
          );
          if (request.recordFile) {
            const recordFile = request.recordFile;
            await link(recordFile, path21.join(staging, RECORD)).catch(
              () => copyFile(recordFile, path21.join(staging, RECORD))
            );
          } else {
            await writeFile(path21.join(staging, RECORD), request.recordBytes ?? request.recordText);
          }
          await mkdir(path21.dirname(final), { recursive: true });
          try {
            await rename(staging, final);
          } catch (error) {
            if (!replace) {
              if ((0, import_node_fs27.existsSync)(path21.join(final, RECORD))) return "exists";
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
            const aside = path21.join(this.tmpDir, `replaced-${path21.basename(final)}.${uniqueSuffix()}`);
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
        const fd = this.openRegular(file, import_node_fs27.constants.O_RDONLY);
        try {
          return (0, import_node_fs27.readFileSync)(fd);
        } finally {
          (0, import_node_fs27.closeSync)(fd);
        }
      }
      /** Opens a regular file without blocking on a FIFO or following a final link. */
      openRegular(file, flags, mode) {
        let fd;
        try {
          fd = (0, import_node_fs27.openSync)(file, flags | OPEN_FLAGS | NOFOLLOW, mode);
        } catch (error) {
          const code = error.code;
          if (code === "ELOOP" || code === "ENXIO" || code === "EISDIR") throw this.notRegular(file);
          throw error;
        }
        if (!(0, import_node_fs27.fstatSync)(fd).isFile()) {
          (0, import_node_fs27.closeSync)(fd);
          throw this.notRegular(file);
        }
        return fd;
      }
      notRegular(file) {
        return new StoreError(
          this.name,
          `${path21.relative(this.root, file) || file} in the local store is not a regular file`
        );
      }
      latestFile(task2, scope) {
        return path21.join(this.root, "latest", blake3(`${scope}\0${task2}`));
      }
      /** The keys of the task's recent entries in a scope, newest first, one a line. */
      recentFile(task2, scope) {
        return path21.join(this.root, "recent", blake3(`${scope}\0${task2}`));
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
          await mkdir(path21.dirname(file), { recursive: true });
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
            records.push(this.readRegularBytes(path21.join(this.entryDir(key), RECORD)));
          } catch {
          }
        }
        return records;
      }
      async latestRecord(task2, scope) {
        try {
          const key = this.readRegular(this.latestFile(task2, scope)).trim();
          if (!/^[0-9a-f]{64}$/.test(key)) return void 0;
          return this.readRegular(path21.join(this.entryDir(key), RECORD));
        } catch {
          return void 0;
        }
      }
      /** Every entry with its size and last use. */
      async list() {
        const base = path21.join(this.root, "entries");
        const { readdir, stat } = await fsp2();
        const out = [];
        for (const shard of await readdir(base).catch(() => [])) {
          for (const key of await readdir(path21.join(base, shard)).catch(() => [])) {
            const dir = path21.join(base, shard, key);
            try {
              const record = await stat(path21.join(dir, RECORD));
              const archive = await stat(path21.join(dir, ARCHIVE));
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
            facts = recordFacts(this.readRegular(path21.join(entry.dir, RECORD)));
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
        const entries2 = await evictEntries(
          await this.list(),
          { ...options, now },
          (entry) => this.remove(entry)
        );
        const result = {
          removed: entries2.removed,
          freedBytes: entries2.freedBytes,
          kept: entries2.kept.length,
          keptBytes: entries2.keptBytes
        };
        if (options.state === void 0) return result;
        const state = await pruneState(this.stateDir, {
          ...options.state,
          now,
          logs: await logsNamed(entries2.kept.map((entry) => path21.join(entry.dir, RECORD)))
        });
        return { ...result, state };
      }
      /** Moves the entry out of sight first, so readers never see half of it. */
      async remove(entry) {
        const { mkdir, rename, rm } = await fsp2();
        await mkdir(this.tmpDir, { recursive: true });
        const doomed = path21.join(this.tmpDir, `evict-${entry.key}.${uniqueSuffix()}`);
        try {
          await rename(entry.dir, doomed);
        } catch {
          return;
        }
        await rm(doomed, { recursive: true, force: true });
      }
      async recordRun(run2) {
        (0, import_node_fs27.mkdirSync)(this.root, { recursive: true });
        const fd = this.openRegular(
          path21.join(this.root, "runs.jsonl"),
          import_node_fs27.constants.O_WRONLY | import_node_fs27.constants.O_APPEND | import_node_fs27.constants.O_CREAT,
          420
        );
        let size;
        try {
          (0, import_node_fs27.writeSync)(fd, `${JSON.stringify(run2)}
`);
          size = (0, import_node_fs27.fstatSync)(fd).size;
        } finally {
          (0, import_node_fs27.closeSync)(fd);
        }
        if (size > RUN_LOG_MAX_BYTES) trimRunLog(path21.join(this.root, "runs.jsonl"));
      }
      async runs() {
        let text = "";
        try {
          text = this.readRegular(path21.join(this.root, "runs.jsonl"));
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
  }
});

// src/core/summary.ts
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
  const report2 = value;
  if (report2.version !== REPORT_VERSION || !Array.isArray(report2.rows)) return void 0;
  return report2;
}
function savedWhere(result) {
  const parts = [];
  if (result.savedTo.length > 0) parts.push(`saved to ${result.savedTo.join(", ")}`);
  if (result.keptIn && result.keptIn.length > 0) {
    parts.push(`kept the existing entry in ${result.keptIn.join(", ")}`);
  }
  return parts.length > 0 ? parts.join("; ") : "not saved";
}
function describeTimeSaved(ms2) {
  return ms2 >= 0 ? `saved ${formatDuration(ms2)}` : `cost ${formatDuration(-ms2)} more than running it`;
}
var REPORT_VERSION, RESULT;
var init_summary = __esm({
  "src/core/summary.ts"() {
    "use strict";
    init_units();
    REPORT_VERSION = 1;
    RESULT = { hit: "\u2705 hit", miss: "\u26AA miss", failed: "\u274C failed" };
  }
});

// src/cli/progress.ts
function liveProgress(stderr2, env) {
  return stderr2.isTTY && !env.CI && env.TERM !== "dumb";
}
function createProgress(out, options) {
  const afterMs = options.afterMs ?? 1e3;
  const now = options.now ?? (() => performance.now());
  const intervalMs = options.intervalMs ?? 250;
  const active2 = /* @__PURE__ */ new Set();
  let shown = false;
  let timer;
  const clear2 = () => {
    if (!shown) return;
    out.write("\r\x1B[K");
    shown = false;
  };
  const draw = () => {
    if (!options.live) return;
    const at = now();
    const due = [...active2].filter((t) => at - t.started >= afterMs);
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
    active2.add(transfer);
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
        active2.delete(transfer);
        const took = now() - transfer.started;
        if (options.live) {
          clear2();
          if (active2.size === 0) stopTimer();
          else draw();
        } else if (ok && took >= afterMs) {
          out.write(`  ${describe(transfer, transfer.started + took, true)}
`);
        }
      }
    };
    return handle;
  };
  return { sink, clear: clear2, draw };
}
function describe(t, at, done = false) {
  const ms2 = Math.max(1, at - t.started);
  const bytes = t.kind === "save" ? t.total ?? 0 : t.bytes;
  const rate = `${formatBytes(Math.round(bytes * 1e3 / ms2))}/s`;
  if (done) {
    const verb = t.kind === "save" ? "saved" : "restored";
    const where = t.kind === "save" ? "to" : "from";
    return `${verb} ${formatBytes(bytes)} ${where} ${t.store} in ${formatDuration(ms2)} (${rate})`;
  }
  if (t.kind === "save") {
    return `saving ${formatBytes(bytes)} to ${t.store}, ${formatDuration(ms2)}`;
  }
  return `restoring from ${t.store}: ${formatBytes(bytes)}, ${rate}`;
}
var init_progress = __esm({
  "src/cli/progress.ts"() {
    "use strict";
    init_units();
  }
});

// src/cli/style.ts
function createStyle(stream2, env) {
  const color = stream2.isTTY === true && !("NO_COLOR" in env) && env.TERM !== "dumb";
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
var wrap, plain;
var init_style = __esm({
  "src/cli/style.ts"() {
    "use strict";
    wrap = (open3, close) => (s) => `\x1B[${open3}m${s}\x1B[${close}m`;
    plain = (s) => s;
  }
});

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
  const plural2 = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
  const parts = [
    `${plural2(results.length, "task")}: ${plural2(hits, "hit")}, ${plural2(misses, "miss", "misses")}, ${count("failed")} failed`
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
var init_reporter = __esm({
  "src/cli/reporter.ts"() {
    "use strict";
    init_debug();
    init_digest();
    init_summary();
    init_units();
    init_output();
    init_progress();
    init_style();
  }
});

// src/cli/switches.ts
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
var init_switches = __esm({
  "src/cli/switches.ts"() {
    "use strict";
    init_config_shape();
    init_errors();
    init_remotes();
    init_stores();
    init_store();
  }
});

// src/cli/base-context.ts
function localStoreFor(flags) {
  const dir = flags["cache-dir"] ? path22.resolve(flags["cache-dir"]) : defaultCacheDir(process.env);
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
  const prune2 = {
    ...maxSize ? { maxBytes: parseSize(maxSize) } : {},
    ...maxAge ? { maxAgeMs: parseAge(maxAge) } : {}
  };
  local.expireAfter(prune2.maxAgeMs);
  return { loaded, local, reporter, cacheMode, prune: prune2 };
}
var path22;
var init_base_context = __esm({
  "src/cli/base-context.ts"() {
    "use strict";
    path22 = __toESM(require("node:path"), 1);
    init_blake3();
    init_units();
    init_config_file();
    init_local();
    init_reporter();
    init_switches();
  }
});

// src/cli/context.ts
async function createContext(flags) {
  const { loaded, local, reporter, cacheMode, prune: prune2 } = await baseContext(flags);
  const warn = (message) => reporter.warn(message);
  const remotes = await remoteStores(runRemotes(flags, loaded.config), {
    env: process.env,
    warn
  });
  const plugins = flags["no-remote"] ? [] : await pluginStores(loaded.config.stores ?? [], {
    configFile: loaded.file,
    env: process.env,
    warn
  });
  const all = new StoreSet([local, ...remotes, ...plugins], warn);
  all.progress = reporter.progress;
  const engine = {
    workspace: loaded.workspace,
    env: process.env,
    platform: { os: os.platform(), arch: os.arch() },
    stores: all.restrictedTo(cacheMode),
    scope: await projectScope(loaded.file),
    tmpDir: local.tmpDir,
    stateDir: local.stateDir,
    reporter,
    force: flags.force === true,
    producer: producerFromEnv(process.env),
    signer: signerFromEnv(process.env),
    keyCommandMemo: new KeyCommandMemo(),
    ...local.mode === "off" ? {} : { runLog: local }
  };
  return {
    loaded,
    engine,
    local,
    prune: prune2,
    warnings: reporter.warnings,
    summary: (results) => reporter.summary(results)
  };
}
var os;
var init_context = __esm({
  "src/cli/context.ts"() {
    "use strict";
    os = __toESM(require("node:os"), 1);
    init_key_commands();
    init_plugins();
    init_producer();
    init_project();
    init_remotes();
    init_signing();
    init_stores();
    init_base_context();
    init_switches();
  }
});

// src/cli/flags.ts
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
var import_node_util, FLAGS;
var init_flags = __esm({
  "src/cli/flags.ts"() {
    "use strict";
    import_node_util = require("node:util");
    init_errors();
    FLAGS = {
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
  }
});

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
var init_json = __esm({
  "src/cli/json.ts"() {
    "use strict";
    init_output();
  }
});

// src/cli/replay.ts
function parseConcurrency(flags) {
  const raw = flags.concurrency;
  if (raw === void 0) return os2.availableParallelism();
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
    touchUsed(path23.join(engine.stateDir, name));
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
var os2, path23, SEAL_TRIED, RUN_FLAGS;
var init_replay = __esm({
  "src/cli/replay.ts"() {
    "use strict";
    os2 = __toESM(require("node:os"), 1);
    path23 = __toESM(require("node:path"), 1);
    init_debug();
    init_state_touch();
    init_errors();
    init_key_caches();
    init_restore();
    init_run();
    init_run_seal();
    init_schedule();
    init_json();
    init_output();
    SEAL_TRIED = /* @__PURE__ */ Symbol.for("taskcache.seal-tried");
    RUN_FLAGS = [
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
  }
});

// src/cli/commands/run.ts
var run_exports = {};
__export(run_exports, {
  default: () => run
});
async function run(args) {
  const { flags, positionals } = parseFlags("run", args, RUN_FLAGS);
  const concurrency = parseConcurrency(flags);
  const ctx = await createContext(flags);
  const tasks = selectTasks(ctx.loaded, positionals, {
    filters: flags.filter ?? [],
    only: flags.only === true
  });
  const reporterOf = reporterFor(tasks, concurrency);
  const seal = sealOf(ctx, tasks, { flags, concurrency, mode: ctx.engine.stores.mode });
  const replayed = seal && !globalThis[SEAL_TRIED] ? await replaySealed(ctx, tasks, seal, concurrency) : void 0;
  const sealer = seal && !replayed ? new RunSealer(seal.file, seal.fingerprint, ctx.engine.workspace, ctx.local) : void 0;
  const warnedBefore = ctx.warnings.length;
  let pruning = Promise.resolve();
  const outcome = replayed ?? await withKeyCaches(
    sealer ? { ...ctx.engine, sealing: sealer.hooks } : ctx.engine,
    (engine) => schedule(
      tasks,
      async (task2) => {
        const result = await runTask(task2, reporterOf(engine, task2));
        if (result.status === "miss" && result.savedTo.includes(ctx.local.name)) {
          pruning = pruning.then(() => pruneLocal(ctx));
          await pruning;
        }
        return result;
      },
      { concurrency, continueOnFailure: flags.continue === true }
    ),
    tasks.length
  ).finally(() => sealer?.stop());
  if (sealer && outcome.results.length === tasks.length) {
    sealer.seal(
      outcome.results.map((r) => ({ task: r.task, source: r.status === "hit" ? r.source : null })),
      ctx.warnings.length - warnedBefore
    );
  }
  return endRun(ctx, outcome, flags);
}
async function pruneLocal(ctx) {
  const { maxBytes, maxAgeMs } = ctx.prune;
  if (maxBytes === void 0 && maxAgeMs === void 0) return;
  await ctx.local.prune({ maxBytes, maxAgeMs }).catch((error) => {
    ctx.engine.reporter.warn(`pruning the local store failed: ${messageOf(error)}`);
  });
}
var init_run2 = __esm({
  "src/cli/commands/run.ts"() {
    "use strict";
    init_config_file();
    init_engine();
    init_key_caches();
    init_run_seal();
    init_schedule();
    init_stores();
    init_context();
    init_flags();
    init_replay();
  }
});

// src/cli/commands/dry-run.ts
var dry_run_exports = {};
__export(dry_run_exports, {
  default: () => dryRun
});
async function dryRun(args) {
  const { flags, positionals } = parseFlags("dry-run", args, [
    "config",
    "cache-dir",
    "json",
    "remote",
    "only",
    "filter"
  ]);
  const ctx = await createContext(flags);
  const tasks = selectTasks(ctx.loaded, positionals, {
    filters: flags.filter ?? [],
    only: flags.only === true
  });
  const results = await withKeyCaches(
    ctx.engine,
    (engine) => predictGraph(tasks, engine),
    tasks.length
  );
  if (flags.json) {
    printJson({ tasks: results, warnings: ctx.warnings });
    return 0;
  }
  const style = createStyle(stdout, process.env);
  for (const r of results) {
    const status = r.status === "hit" ? style.green("hit") : style.yellow("miss");
    const stores = r.stores.map((s) => `${s.store}: ${s.hit === null ? "error" : s.hit ? "hit" : "miss"}`).join(", ");
    stdout.write(
      `${style.bold(r.task)}  ${status}  ${r.key ?? "(no key)"}
  ${style.dim(stores)}${r.reason ? `
  ${style.dim(`why: ${r.reason}`)}` : ""}
`
    );
  }
  return 0;
}
var init_dry_run = __esm({
  "src/cli/commands/dry-run.ts"() {
    "use strict";
    init_config_file();
    init_key_caches();
    init_schedule();
    init_context();
    init_flags();
    init_json();
    init_output();
    init_style();
  }
});

// src/cli/commands/explain.ts
var explain_exports = {};
__export(explain_exports, {
  default: () => explain
});
async function explain(args) {
  const { flags, positionals } = parseFlags("explain", args, [
    "config",
    "cache-dir",
    "json",
    "remote"
  ]);
  if (positionals.length !== 1) throw new UsageError("explain: expected exactly one TASK");
  const ctx = await createContext(flags);
  const named = selectTasks(ctx.loaded, positionals, { only: true });
  if (named.length !== 1) {
    throw new UsageError(
      `explain: expected exactly one TASK, "${positionals[0]}" matches ${named.map((t) => t.name).join(", ")}`
    );
  }
  const task2 = named[0];
  const upstream = selectTasks(ctx.loaded, positionals).filter((t) => t.name !== task2.name);
  const predicted = upstream.length > 0 ? await predictGraph(upstream, ctx.engine) : [];
  const upstreamMiss = (task2.dependsOn ?? []).find(
    (dep) => predicted.some((p) => p.task === dep && p.status === "miss")
  ) ?? null;
  const result = await explainTask(task2, ctx.engine).catch((error) => {
    if (error instanceof UncacheableError) return error;
    throw error;
  });
  if (result instanceof UncacheableError) {
    if (flags.json)
      printJson({ task: task2.name, uncacheable: result.message, warnings: ctx.warnings });
    else stdout.write(`${task2.name}  uncacheable: ${result.message}
`);
    return 0;
  }
  if (flags.json) {
    printJson({ ...result, upstreamMiss, warnings: ctx.warnings });
    return 0;
  }
  const style = createStyle(stdout, process.env);
  const m = result.manifest;
  const out = [
    `${style.bold(result.task)}  key ${result.key}`,
    `  command       ${m.command}`,
    `  shell         ${m.shell}`,
    `  directory     ${m.cwd}`,
    `  platform      ${m.platform}`,
    `  inputs        ${m.inputs} file${m.inputs === 1 ? "" : "s"}`,
    `  env           ${envLine(m.env, result.unsetEnv)}`,
    `  key-commands  ${m.keyCommands.length > 0 ? m.keyCommands.join(", ") : "(none)"}`,
    `  key-salt      ${m.salt === "" ? "(none)" : JSON.stringify(m.salt)}`,
    `  stores        ${result.stores.map((s) => `${s.store}: ${s.hit === null ? "error" : s.hit ? "hit" : "miss"}`).join(", ")}`
  ];
  if (upstreamMiss !== null) {
    out.push(
      `  predicted     miss: upstream ${upstreamMiss} misses, and its outputs are inputs here`
    );
  }
  if (result.unmatched.length > 0) {
    out.push(`  unmatched     ${result.unmatched.join(", ")}`);
  }
  for (const [label, part] of [
    ["ignored", result.git?.ignored],
    ["untracked", result.git?.untracked]
  ]) {
    if (!part || part.count === 0) continue;
    const more = part.count > part.first.length ? ` and ${part.count - part.first.length} more` : "";
    const what = label === "ignored" ? "left out (git ignores them)" : `input${part.count === 1 ? "" : "s"} git does not track`;
    out.push(`  ${label.padEnd(13)} ${part.count} ${what}: ${part.first.join(", ")}${more}`);
  }
  const previous = result.previous;
  if (!previous) {
    out.push("", "No earlier entry of this task in the stores: the next run is a first run.");
  } else {
    const age = Date.now() - Date.parse(previous.createdAt);
    const which = `entry ${shortKey(previous.key)}, ${Number.isNaN(age) ? previous.createdAt : `${formatDuration(Math.max(0, age))} ago`}${previous.store ? `, ${previous.store}` : ""}`;
    const nearest = previous.among !== void 0 && previous.among > 1 ? `the nearest of ${previous.among} recent entries` : "the most recent entry";
    if (previous.key === result.key) {
      out.push("", `${upper(nearest)} (${which}) has this key.`);
    } else {
      out.push("", `Changed since ${nearest} (${which}):`);
      for (const line of result.lines) out.push(`  - ${line}`);
    }
  }
  stdout.write(`${out.join("\n")}
`);
  return 0;
}
function envLine(set, unset) {
  const names = [...set, ...unset.map((name) => `${name} (unset)`)];
  return names.length > 0 ? names.join(", ") : "(none)";
}
var upper;
var init_explain = __esm({
  "src/cli/commands/explain.ts"() {
    "use strict";
    init_digest();
    init_units();
    init_config_file();
    init_engine();
    init_schedule();
    init_context();
    init_flags();
    init_json();
    init_output();
    init_style();
    upper = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  }
});

// src/cli/commands/stats.ts
var stats_exports = {};
__export(stats_exports, {
  default: () => stats,
  perTask: () => perTask
});
async function stats(args) {
  const { flags, positionals } = parseFlags("stats", args, ["cache-dir", "json", "task"]);
  const local = localStoreFor(flags);
  const entries2 = await local.list();
  const runs = await local.runs();
  const bytes = entries2.reduce((sum, e) => sum + e.bytes, 0);
  const created = entries2.map((e) => e.createdAt).sort((a, b) => a - b);
  const hits = runs.filter((r) => r.status === "hit").length;
  const counted2 = runs.filter((r) => r.status !== "failed").length;
  const result = {
    directory: local.root,
    entries: entries2.length,
    bytes,
    oldest: created.length > 0 ? new Date(created[0]).toISOString() : null,
    newest: created.length > 0 ? new Date(created[created.length - 1]).toISOString() : null,
    runs: runs.length,
    hits,
    misses: runs.filter((r) => r.status === "miss").length,
    failed: runs.filter((r) => r.status === "failed").length,
    hitRate: counted2 === 0 ? 0 : hits / counted2,
    timeSavedMs: runs.reduce((sum, r) => sum + (r.savedMs ?? 0), 0)
  };
  const tasks = flags.task ? perTask(runs, await local.listEntries(), positionals) : void 0;
  if (flags.json) {
    printJson(tasks ? { ...result, tasks } : result);
    return 0;
  }
  const pct = (result.hitRate * 100).toFixed(1);
  const lines = [
    `local store  ${result.directory}`,
    `entries      ${result.entries} (${formatBytes(result.bytes)})`,
    `oldest       ${result.oldest ?? "-"}`,
    `newest       ${result.newest ?? "-"}`,
    `runs         ${result.runs}: ${result.hits} hits, ${result.misses} misses, ${result.failed} failed`,
    `hit rate     ${pct} % (${result.hits} of ${counted2})`,
    `time saved   ${formatDuration(result.timeSavedMs)}`
  ];
  if (tasks) lines.push("", ...taskTable(tasks));
  stdout.write(`${lines.join("\n")}
`);
  return 0;
}
function perTask(runs, entries2, names = []) {
  const by = /* @__PURE__ */ new Map();
  const slot = (task2) => {
    let found = by.get(task2);
    if (!found) {
      found = { runs: [], entries: [] };
      by.set(task2, found);
    }
    return found;
  };
  for (const run2 of runs) slot(run2.task).runs.push(run2);
  for (const entry of entries2) if (entry.task !== void 0) slot(entry.task).entries.push(entry);
  const wanted = names.length > 0 ? new Set(names) : void 0;
  return [...by.entries()].filter(([task2]) => wanted === void 0 || wanted.has(task2)).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([task2, { runs: own, entries: stored }]) => {
    const hits = own.filter((r) => r.status === "hit").length;
    const misses = own.filter((r) => r.status === "miss").length;
    return {
      task: task2,
      runs: own.length,
      hits,
      misses,
      failed: own.length - hits - misses,
      hitRate: hits + misses === 0 ? 0 : hits / (hits + misses),
      timeSavedMs: own.reduce((sum, r) => sum + (r.savedMs ?? 0), 0),
      bytes: own.reduce((sum, r) => sum + (r.bytes ?? 0), 0),
      entries: stored.length,
      entryBytes: stored.reduce((sum, e) => sum + (e.size ?? 0), 0)
    };
  });
}
function taskTable(tasks) {
  if (tasks.length === 0) return ["no recorded runs or entries for these tasks"];
  const header = [
    "task",
    "runs",
    "hits",
    "misses",
    "failed",
    "hit rate",
    "time saved",
    "moved",
    "entries"
  ];
  const rows = tasks.map((t) => [
    t.task,
    String(t.runs),
    String(t.hits),
    String(t.misses),
    String(t.failed),
    `${(t.hitRate * 100).toFixed(0)} %`,
    formatDuration(t.timeSavedMs),
    formatBytes(t.bytes),
    `${t.entries} (${formatBytes(t.entryBytes)})`
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const format = (cells) => cells.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join("  ").trimEnd();
  return [format(header), ...rows.map(format)];
}
var init_stats = __esm({
  "src/cli/commands/stats.ts"() {
    "use strict";
    init_units();
    init_base_context();
    init_flags();
    init_json();
    init_output();
  }
});

// src/cli/commands/prune.ts
var prune_exports = {};
__export(prune_exports, {
  default: () => prune
});
async function prune(args) {
  const { flags, positionals } = parseFlags("prune", args, ["cache-dir", "max-size", "max-age"]);
  if (positionals.length > 0)
    throw new UsageError(`prune: unexpected argument "${positionals[0]}"`);
  const maxBytes = flags["max-size"] === void 0 ? void 0 : parseSize(flags["max-size"]);
  if (flags["max-size"] !== void 0 && maxBytes === void 0) {
    throw new UsageError(
      `prune: --max-size: expected a size such as "10GB", got "${flags["max-size"]}"`
    );
  }
  const maxAgeMs = flags["max-age"] === void 0 ? void 0 : parseAge(flags["max-age"]);
  if (flags["max-age"] !== void 0 && maxAgeMs === void 0) {
    throw new UsageError(
      `prune: --max-age: expected an age such as "7d" or "12h", got "${flags["max-age"]}"`
    );
  }
  if (maxBytes === void 0 && maxAgeMs === void 0) {
    throw new UsageError("prune: give --max-size SIZE, --max-age AGE, or both");
  }
  await initBlake3();
  const local = localStoreFor(flags);
  const config = findConfig(process.cwd());
  const keep = config === void 0 ? [] : scanStateNames(path24.dirname(config));
  const result = await local.prune({
    maxBytes,
    maxAgeMs,
    state: { maxAgeMs: maxAgeMs ?? DEFAULT_STATE_MAX_AGE_MS, keep }
  });
  const state = result.state ?? { removed: 0, freedBytes: 0 };
  stdout.write(
    `removed ${result.removed} entr${result.removed === 1 ? "y" : "ies"} (${formatBytes(result.freedBytes)}); kept ${result.kept} (${formatBytes(result.keptBytes)}); removed ${state.removed} state file${state.removed === 1 ? "" : "s"} (${formatBytes(state.freedBytes)})
`
  );
  return 0;
}
var path24;
var init_prune = __esm({
  "src/cli/commands/prune.ts"() {
    "use strict";
    path24 = __toESM(require("node:path"), 1);
    init_blake3();
    init_units();
    init_config_file();
    init_key_caches();
    init_local_prune();
    init_base_context();
    init_flags();
    init_output();
  }
});

// src/cli/commands/report.ts
var report_exports = {};
__export(report_exports, {
  default: () => report,
  runJsonReport: () => runJsonReport
});
async function report(args) {
  const { flags, positionals } = parseFlags("report", args, ["json"]);
  if (positionals.length === 0) throw new UsageError("report: expected one or more report files");
  const rows = [];
  for (const file of positionals) {
    let parsed;
    try {
      parsed = JSON.parse((0, import_node_fs28.readFileSync)(file, "utf8"));
    } catch (error) {
      throw new UsageError(`report: cannot read ${file}: ${error.message}`);
    }
    const report2 = asReport(parsed) ?? runJsonReport(parsed);
    if (!report2) {
      throw new UsageError(
        `report: ${file}: expected a taskcache report (version 1 with rows, or the output of run --json)`
      );
    }
    const job = positionals.length > 1 ? path25.basename(path25.dirname(path25.resolve(file))) : void 0;
    for (const row of report2.rows)
      rows.push(job !== void 0 && row.job === void 0 ? { ...row, job } : row);
  }
  if (flags.json) printJson({ version: 1, rows });
  else stdout.write(renderSummary(rows));
  return 0;
}
function runJsonReport(value) {
  if (value === null || typeof value !== "object") return void 0;
  const { tasks, summary } = value;
  if (!Array.isArray(tasks) || summary === null || typeof summary !== "object") return void 0;
  const rows = [];
  for (const item of tasks) {
    const t = item;
    if (t === null || typeof t !== "object") return void 0;
    if (typeof t.task !== "string" || !STATUSES.has(t.status)) return void 0;
    const number = (v) => typeof v === "number" && Number.isFinite(v) ? v : 0;
    const text = (v) => typeof v === "string" ? v : null;
    const hit = t.status === "hit";
    rows.push({
      task: t.task,
      status: t.status,
      source: text(t.source),
      // As the action's rows: a hit's duration is the original run's.
      durationMs: number(hit && t.originalDurationMs != null ? t.originalDurationMs : t.durationMs),
      timeSavedMs: hit ? number(t.timeSavedMs) : 0,
      bytes: number(t.bytes),
      reason: hit ? null : text(t.reason),
      key: text(t.key)
    });
  }
  return { version: REPORT_VERSION, rows };
}
var import_node_fs28, path25, STATUSES;
var init_report = __esm({
  "src/cli/commands/report.ts"() {
    "use strict";
    import_node_fs28 = require("node:fs");
    path25 = __toESM(require("node:path"), 1);
    init_summary();
    init_config_file();
    init_flags();
    init_json();
    init_output();
    STATUSES = /* @__PURE__ */ new Set(["hit", "miss", "failed"]);
  }
});

// src/stores/github-rest.ts
var github_rest_exports = {};
__export(github_rest_exports, {
  GithubRestSource: () => GithubRestSource,
  repoFromRemoteUrl: () => repoFromRemoteUrl
});
function repoFromRemoteUrl(url) {
  const match = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)[^/:]+[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(
    url.trim()
  );
  return match ? `${match[1]}/${match[2]}` : void 0;
}
var ENTRY_KEY, PER_PAGE, MAX_PAGES, GithubRestSource;
var init_github_rest = __esm({
  "src/stores/github-rest.ts"() {
    "use strict";
    init_http_client();
    init_remote_shared();
    init_store();
    ENTRY_KEY = /^taskcache-v1-([0-9a-f]{64})$/;
    PER_PAGE = 100;
    MAX_PAGES = 1e3;
    GithubRestSource = class {
      name;
      mode = "read-write";
      capabilities = { list: true, delete: true, replace: false };
      credentials;
      base;
      client;
      /** The caches of each entry key from the last listing, by id (one per branch). */
      ids = /* @__PURE__ */ new Map();
      constructor(options) {
        if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repo)) {
          throw new StoreError(
            "github",
            `github: expected a repository as OWNER/NAME, got "${options.repo}"`
          );
        }
        this.name = `github:${options.repo}`;
        const token = options.env.GITHUB_TOKEN || options.env.GH_TOKEN;
        this.credentials = options.env.GITHUB_TOKEN ? "GITHUB_TOKEN: present" : `GITHUB_TOKEN: not set, GH_TOKEN: ${token ? "present" : "not set"}`;
        const api = (options.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
        this.base = `${api}/repos/${options.repo}/actions/caches`;
        this.client = new HttpClient({
          headers: {
            accept: "application/vnd.github+json",
            "x-github-api-version": "2022-11-28",
            "user-agent": "taskcache",
            ...token ? { authorization: `Bearer ${token}` } : {}
          }
        });
      }
      /** The repository's taskcache entries (one per key; a key cached on several refs once). */
      async listEntries() {
        const byKey = /* @__PURE__ */ new Map();
        this.ids.clear();
        for (const cache of await this.caches("taskcache-v1-")) {
          const key = ENTRY_KEY.exec(cache.key)?.[1];
          if (key === void 0) continue;
          this.ids.set(key, [...this.ids.get(key) ?? [], cache.id]);
          const seen = byKey.get(key);
          const usedAt = seen?.usedAt !== void 0 && seen.usedAt > cache.last_accessed_at ? seen.usedAt : cache.last_accessed_at;
          byKey.set(key, {
            key,
            size: (seen?.size ?? 0) + cache.size_in_bytes,
            createdAt: seen?.createdAt !== void 0 && seen.createdAt < cache.created_at ? seen.createdAt : cache.created_at,
            usedAt
          });
        }
        return [...byKey.values()];
      }
      /** Deletes every cache of the entry (on every ref); false when there was none. */
      async deleteEntry(key) {
        const ids = this.ids.get(key) ?? (await this.caches(`taskcache-v1-${key}`)).filter((cache) => cache.key === `taskcache-v1-${key}`).map((cache) => cache.id);
        let deleted = false;
        for (const id of ids) {
          const what = `DELETE caches/${id}`;
          const response = await this.call(
            what,
            () => this.client.buffered({ method: "DELETE", url: new URL(`${this.base}/${id}`) }, 1 << 20)
          );
          if (response.status === 404) continue;
          if (response.status !== 204 && response.status !== 200) throw this.error(what, response);
          deleted = true;
        }
        this.ids.delete(key);
        return deleted;
      }
      close() {
        this.client.close();
      }
      /** Every cache whose key starts with `prefix`, following the pages. */
      async caches(prefix) {
        const out = [];
        for (let page = 1; page <= MAX_PAGES; page += 1) {
          const url = new URL(this.base);
          url.searchParams.set("key", prefix);
          url.searchParams.set("per_page", String(PER_PAGE));
          url.searchParams.set("page", String(page));
          const what = `GET caches page ${page}`;
          const response = await this.call(
            what,
            () => this.client.buffered({ method: "GET", url }, 64 << 20)
          );
          if (response.status !== 200) throw this.error(what, response);
          let body;
          try {
            body = JSON.parse(response.body.toString("utf8"));
          } catch {
            throw new StoreError(this.name, `${this.name}: ${what}: the answer is not JSON`);
          }
          if (!Array.isArray(body?.actions_caches)) {
            throw new StoreError(this.name, `${this.name}: ${what}: no actions_caches in the answer`);
          }
          const caches = body.actions_caches;
          out.push(...caches.filter((cache) => cache.key.startsWith(prefix)));
          const link = String(response.headers.link ?? "");
          if (!/rel="next"/.test(link) && (link !== "" || caches.length < PER_PAGE)) break;
          if (caches.length === 0) break;
        }
        return out;
      }
      async call(what, request) {
        try {
          return await request();
        } catch (error) {
          throw failureError(this.name, what, error);
        }
      }
      error(what, response) {
        if (response.status === 404) {
          return new StoreError(
            this.name,
            `${this.name}: ${what}: not found (HTTP 404): no such repository, or the token cannot see it`
          );
        }
        if (response.status === 403 && /actions|permission|scope/i.test(response.body.toString())) {
          return new StoreError(
            this.name,
            `${this.name}: ${what}: the token lacks the permission (HTTP 403; deleting needs actions: write)`
          );
        }
        return statusError(this.name, what, response);
      }
    };
  }
});

// src/engine/manage.ts
async function openStores(options) {
  await initBlake3();
  const file = options.configFile ?? findConfig(options.cwd);
  const loaded = file ? await loadConfigCached(file, options.local.stateDir) : void 0;
  const common = { env: options.env, warn: options.warn };
  const remotes = await remoteStores(
    [
      ...loaded ? configRemotes(loaded.config) : [],
      ...options.remotes.map((url) => ({ url, mode: "read-write" }))
    ],
    common
  );
  const plugins = loaded ? await pluginStores(loaded.config.stores ?? [], {
    ...common,
    configFile: loaded.file
  }) : [];
  const stores = [options.local, ...remotes, ...plugins];
  if (options.github) stores.push(await githubSource(options.github.repo, options));
  return { loaded, local: options.local, stores };
}
async function githubSource(repo, options) {
  const name = repo ?? options.env.GITHUB_REPOSITORY ?? await originRepo(options.cwd);
  if (!name) {
    throw new UsageError(
      "the GitHub cache: no repository (pass --repo OWNER/NAME, or run inside a clone whose origin is on GitHub)"
    );
  }
  const { GithubRestSource: GithubRestSource2 } = await Promise.resolve().then(() => (init_github_rest(), github_rest_exports));
  try {
    return new GithubRestSource2({ repo: name, env: options.env });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
async function originRepo(cwd) {
  const { repoFromRemoteUrl: repoFromRemoteUrl2 } = await Promise.resolve().then(() => (init_github_rest(), github_rest_exports));
  try {
    const url = (0, import_node_child_process.execFileSync)("git", ["config", "--get", "remote.origin.url"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    });
    return repoFromRemoteUrl2(url);
  } catch {
    return void 0;
  }
}
async function closeStores(stores) {
  await Promise.all(stores.map((s) => Promise.resolve(s.close?.()).catch(() => {
  })));
}
async function listAll(stores, tasks = []) {
  const rows = [];
  const notes = [];
  for (const store of stores) {
    if (store.mode === "off") continue;
    const caps = capabilitiesOf(store);
    if (!caps.list || !store.listEntries) {
      notes.push(`${store.name}: cannot list${caps.note ? `: ${caps.note}` : ""}`);
      continue;
    }
    try {
      for (const entry of await store.listEntries()) rows.push({ ...entry, store: store.name });
    } catch (error) {
      notes.push(noteOf(store, error));
    }
  }
  const taskOf = new Map(rows.filter((r) => r.task !== void 0).map((r) => [r.key, r.task]));
  const named = rows.map(
    (row) => row.task === void 0 && taskOf.has(row.key) ? { ...row, task: taskOf.get(row.key) } : row
  );
  const wanted = new Set(tasks);
  const shown = tasks.length === 0 ? named : named.filter((r) => wanted.has(r.task ?? ""));
  shown.sort(
    (a, b) => (a.task ?? "\uFFFF").localeCompare(b.task ?? "\uFFFF") || (b.createdAt ?? "").localeCompare(a.createdAt ?? "") || a.store.localeCompare(b.store)
  );
  return { rows: shown, notes };
}
async function clearAll(stores, options) {
  const { rows, notes } = await listAll(stores, options.all ? [] : options.tasks);
  const deleted = [];
  const keys = [...new Set(rows.map((r) => r.key))];
  for (const store of stores) {
    if (store.mode === "off") continue;
    const caps = capabilitiesOf(store);
    if (!canWrite(store.mode)) {
      notes.push(`${store.name}: not cleared: its mode is ${store.mode}`);
      continue;
    }
    if (!caps.delete || !store.deleteEntry) {
      notes.push(`${store.name}: cannot delete${caps.note ? `: ${caps.note}` : ""}`);
      continue;
    }
    const own = rows.filter((r) => r.store === store.name);
    const targets = caps.list ? own : keys.map((key) => ({ key, store: store.name, ...taskField(rows, key) }));
    for (const row of targets) {
      if (options.dryRun) {
        deleted.push(row);
        continue;
      }
      try {
        if (await store.deleteEntry(row.key)) deleted.push(row);
      } catch (error) {
        notes.push(noteOf(store, error));
        break;
      }
    }
  }
  return { deleted, notes };
}
function taskField(rows, key) {
  const task2 = rows.find((r) => r.key === key && r.task !== void 0)?.task;
  return task2 === void 0 ? {} : { task: task2 };
}
function noteOf(store, error) {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UnsupportedError || error instanceof StoreError) {
    return message.startsWith(store.name) ? message : `${store.name}: ${message}`;
  }
  return `${store.name}: ${message}`;
}
var import_node_child_process;
var init_manage = __esm({
  "src/engine/manage.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_blake3();
    init_config_shape();
    init_store();
    init_config_file();
    init_plugins();
    init_remotes();
  }
});

// src/cli/manage-open.ts
async function openManaged(flags) {
  return openStores({
    ...flags.config === void 0 ? {} : { configFile: flags.config },
    cwd: process.cwd(),
    local: localStoreFor(flags),
    remotes: flags.remote ?? [],
    ...flags.github || flags.repo !== void 0 ? { github: flags.repo === void 0 ? {} : { repo: flags.repo } } : {},
    env: process.env,
    warn: (message) => stderr.write(`warning: ${message}
`)
  });
}
function printNotes(notes) {
  for (const note of notes) stderr.write(`taskcache: ${note}
`);
}
function table(rows) {
  const widths = [];
  for (const row of rows)
    row.forEach((cell2, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell2.length);
    });
  return rows.map(
    (row) => row.map((cell2, i) => i === row.length - 1 ? cell2 : cell2.padEnd(widths[i] ?? 0)).join("  ")
  ).join("\n");
}
var sizeText, timeText;
var init_manage_open = __esm({
  "src/cli/manage-open.ts"() {
    "use strict";
    init_units();
    init_manage();
    init_base_context();
    init_output();
    sizeText = (bytes) => bytes === void 0 ? "-" : formatBytes(bytes);
    timeText = (iso) => iso === void 0 ? "-" : iso.replace("T", " ").slice(0, 16);
  }
});

// src/cli/commands/ls.ts
var ls_exports = {};
__export(ls_exports, {
  default: () => ls
});
async function ls(args) {
  const { flags, positionals } = parseFlags("ls", args, [
    "config",
    "cache-dir",
    "remote",
    "json",
    "github",
    "repo"
  ]);
  const { stores } = await openManaged(flags);
  try {
    const { rows, notes } = await listAll(stores, positionals);
    if (flags.json) {
      printJson({ entries: rows, notes });
      return 0;
    }
    printNotes(notes);
    if (rows.length === 0) {
      stdout.write(`no entries${positionals.length > 0 ? ` of ${positionals.join(", ")}` : ""}
`);
      return 0;
    }
    const lines = rows.map((r) => [
      shortKey(r.key),
      r.task ?? "?",
      sizeText(r.size),
      timeText(r.createdAt),
      timeText(r.usedAt),
      r.store
    ]);
    stdout.write(
      `${table([["KEY", "TASK", "SIZE", "CREATED", "LAST USED", "STORE"], ...lines])}
`
    );
    return 0;
  } finally {
    await closeStores(stores);
  }
}
var init_ls = __esm({
  "src/cli/commands/ls.ts"() {
    "use strict";
    init_digest();
    init_manage();
    init_flags();
    init_json();
    init_manage_open();
    init_output();
  }
});

// src/engine/show.ts
async function findEntry(stores, what, options) {
  const readable = stores.filter(
    (s) => typeof s.get === "function" && s.mode !== "off" && s.mode !== "write"
  );
  const notes = [];
  const isHex = /^[0-9a-f]{8,64}$/.test(what);
  let candidates = [];
  if (isKey(what)) candidates = [{ key: what }];
  else {
    const listing = await listAll(readable);
    notes.push(...listing.notes);
    const rows = listing.rows.filter((r) => isHex ? r.key.startsWith(what) : r.task === what);
    rows.sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? ""));
    if (isHex && new Set(rows.map((r) => r.key)).size > 1) {
      notes.push(`${what} matches ${new Set(rows.map((r) => r.key)).size} keys: give more of it`);
      return { notes };
    }
    candidates = rows.map((r) => ({ key: r.key, store: r.store }));
  }
  for (const { key, store: from } of candidates) {
    for (const store of readable) {
      if (from !== void 0 && store.name !== from) continue;
      const entry = await store.get(key).catch((error) => {
        notes.push(`${store.name}: ${error.message}`);
        return void 0;
      });
      if (entry)
        return { view: describe2(entry.recordText, key, store.name, options.signer), notes };
    }
  }
  if (!isHex && options.scope !== void 0) {
    for (const store of readable) {
      const text = await store.latestRecord?.(what, options.scope).catch(() => void 0);
      if (text === void 0) continue;
      const key = JSON.parse(text)?.record?.key;
      if (isKey(key)) return { view: describe2(text, key, store.name, options.signer), notes };
    }
  }
  return { notes };
}
function describe2(text, key, store, signer) {
  const checked = decodeRecord(text, key, blake3, signer);
  let raw = {};
  let signed = false;
  try {
    const parsed = JSON.parse(text);
    raw = parsed.record ?? {};
    signed = typeof parsed.signature === "string";
  } catch {
  }
  const manifest = raw.manifest ?? {};
  const list = (value) => Array.isArray(value) ? value : [];
  const outputs = list(raw.outputs).map((o) => ({
    path: String(o.path),
    kind: String(o.kind),
    ...typeof o.size === "number" ? { size: o.size } : {},
    ...typeof o.target === "string" ? { target: o.target } : {}
  }));
  const producer = Object.fromEntries(
    Object.entries(raw.producer ?? {}).filter(
      (e) => typeof e[1] === "string"
    )
  );
  const reason = checked.ok ? void 0 : checked.reason;
  const signatureProblem = reason !== void 0 && /signature|signed/i.test(reason);
  const platform2 = manifest.platform;
  return {
    key,
    store,
    ...typeof raw.task === "string" ? { task: raw.task } : {},
    ...typeof raw.createdAt === "string" ? { createdAt: raw.createdAt } : {},
    ...typeof raw.durationMs === "number" ? { durationMs: raw.durationMs } : {},
    ...typeof raw.exitCode === "number" ? { exitCode: raw.exitCode } : {},
    ...typeof manifest.command === "string" ? { command: manifest.command } : {},
    ...typeof manifest.cwd === "string" ? { cwd: manifest.cwd } : {},
    ...platform2 ? { platform: `${platform2.os}-${platform2.arch}` } : {},
    inputs: list(manifest.inputs).map((i) => ({
      path: String(i.path),
      kind: String(i.kind ?? "file")
    })),
    // Names only: never a value, and not the digests of values either.
    env: list(manifest.env).map((e) => String(e.name)),
    keyCommands: list(manifest.keyCommands).map((c) => String(c.command)),
    outputs,
    outputBytes: outputs.reduce((total, o) => total + (o.size ?? 0), 0),
    ...typeof raw.log?.size === "number" ? { logBytes: raw.log.size } : {},
    producer,
    signature: !signed ? `unsigned${signer ? " (a miss while TASKCACHE_SIGNING_KEY is set)" : ""}` : signatureProblem ? `invalid: ${reason}` : !signer ? "signed, not checked (TASKCACHE_SIGNING_KEY is not set)" : checked.ok ? "valid" : "not checked (the record is damaged)",
    integrity: reason === void 0 || signatureProblem ? "ok" : reason
  };
}
var init_show = __esm({
  "src/engine/show.ts"() {
    "use strict";
    init_blake3();
    init_digest();
    init_entry();
    init_manage();
  }
});

// src/cli/commands/show.ts
var show_exports = {};
__export(show_exports, {
  default: () => show
});
async function show(args) {
  const { flags, positionals } = parseFlags("show", args, [
    "config",
    "cache-dir",
    "remote",
    "json",
    "github",
    "repo"
  ]);
  if (positionals.length !== 1) throw new UsageError("show: expected exactly one KEY or TASK");
  const what = positionals[0];
  const { stores, loaded } = await openManaged(flags);
  try {
    const signer = signerFromEnv(process.env);
    const { view, notes } = await findEntry(stores, what, {
      ...loaded ? { scope: loaded.workspace } : {},
      ...signer ? { signer } : {}
    });
    if (flags.json) {
      printJson({ entry: view ?? null, notes });
      return view ? 0 : 1;
    }
    printNotes(notes);
    if (!view) {
      stdout.write(`no entry ${/^[0-9a-f]{8,64}$/.test(what) ? "with key" : "of task"} ${what}
`);
      return 1;
    }
    const out = [
      `${view.task ?? "(unknown task)"}  key ${view.key}`,
      `  store       ${view.store}`,
      `  created     ${view.createdAt ?? "-"}`,
      `  duration    ${view.durationMs === void 0 ? "-" : formatDuration(view.durationMs)}`,
      `  exit code   ${view.exitCode ?? "-"}`,
      `  command     ${view.command ?? "-"}`,
      `  directory   ${view.cwd ?? "-"}`,
      `  platform    ${view.platform ?? "-"}`,
      `  signature   ${view.signature}`,
      `  integrity   ${view.integrity}`,
      `  producer    ${Object.entries(view.producer).map(([k, v]) => `${k}=${v}`).join(", ") || "-"}`,
      `  env         ${view.env.length > 0 ? view.env.join(", ") : "(none)"}`,
      `  key-commands ${view.keyCommands.length > 0 ? view.keyCommands.join(", ") : "(none)"}`,
      `  inputs      ${view.inputs.length} file${view.inputs.length === 1 ? "" : "s"}`,
      ...view.inputs.map((i) => `    ${i.path}${i.kind === "file" ? "" : ` (${i.kind})`}`),
      `  outputs     ${view.outputs.length} (${formatBytes(view.outputBytes)})${view.logBytes === void 0 ? "" : `, log ${formatBytes(view.logBytes)}`}`,
      ...view.outputs.map(
        (o) => `    ${o.path}  ${o.kind === "link" ? `-> ${o.target ?? "?"}` : formatBytes(o.size ?? 0)}`
      )
    ];
    stdout.write(`${out.join("\n")}
`);
    return 0;
  } finally {
    await closeStores(stores);
  }
}
var init_show2 = __esm({
  "src/cli/commands/show.ts"() {
    "use strict";
    init_units();
    init_errors();
    init_manage();
    init_show();
    init_signing();
    init_flags();
    init_json();
    init_manage_open();
    init_output();
  }
});

// src/cli/commands/clear.ts
var clear_exports = {};
__export(clear_exports, {
  default: () => clear
});
async function clear(args) {
  const { flags, positionals } = parseFlags("clear", args, [
    "config",
    "cache-dir",
    "remote",
    "json",
    "github",
    "repo",
    "all",
    "dry-run",
    "yes"
  ]);
  const all = flags.all === true;
  if (all === positionals.length > 0 || !all && positionals.length === 0) {
    throw new UsageError("clear: give TASK... or --all (not both)");
  }
  const dryRun2 = flags["dry-run"] === true;
  const interactive = process.stdin.isTTY === true && !flags.json;
  if (!dryRun2 && !flags.yes && !interactive) {
    throw new UsageError(
      "clear: stdin is not a terminal: pass --yes to delete, or --dry-run to see what would go"
    );
  }
  const { stores } = await openManaged(flags);
  try {
    const options = { tasks: positionals, all, dryRun: true };
    let result = await clearAll(stores, options);
    if (!dryRun2 && result.deleted.length > 0) {
      if (!flags.yes) {
        printNotes(result.notes);
        const what = all ? "every entry" : `the entries of ${positionals.join(", ")}`;
        const answer = await ask(
          `Delete ${result.deleted.length} entr${result.deleted.length === 1 ? "y" : "ies"} (${what}) from ${new Set(result.deleted.map((r) => r.store)).size} store(s)? [y/N] `
        );
        if (!/^y(es)?$/i.test(answer.trim())) {
          stderr.write("taskcache: nothing deleted\n");
          return 1;
        }
      }
      result = await clearAll(stores, { ...options, dryRun: false });
    }
    if (flags.json) {
      printJson({ dryRun: dryRun2, deleted: result.deleted, notes: result.notes });
      return 0;
    }
    if (dryRun2 || flags.yes) printNotes(result.notes);
    const verb = dryRun2 ? "would delete" : "deleted";
    for (const row of result.deleted) {
      stdout.write(`${verb} ${shortKey(row.key)}  ${row.task ?? "?"}  from ${row.store}
`);
    }
    const bytes = result.deleted.reduce((total, r) => total + (r.size ?? 0), 0);
    const count = result.deleted.length;
    stdout.write(`${verb} ${count} entr${count === 1 ? "y" : "ies"} (${formatBytes(bytes)})
`);
    return 0;
  } finally {
    await closeStores(stores);
  }
}
async function ask(question) {
  const { createInterface } = await Promise.resolve().then(() => __toESM(require("node:readline/promises"), 1));
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}
var init_clear = __esm({
  "src/cli/commands/clear.ts"() {
    "use strict";
    init_digest();
    init_units();
    init_errors();
    init_manage();
    init_flags();
    init_json();
    init_manage_open();
    init_output();
  }
});

// src/engine/doctor.ts
async function checkStore(store, tmpDir) {
  const capabilities = capabilitiesOf(store);
  const steps = [];
  const base = {
    store: store.name,
    mode: store.mode,
    credentials: store.credentials ?? "not reported by the store",
    capabilities
  };
  const step = async (name, work) => {
    const started = performance.now();
    try {
      const value = await work();
      steps.push({ step: name, ms: Math.round(performance.now() - started) });
      return value;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      steps.push({
        step: name,
        ms: Math.round(performance.now() - started),
        error: failure.message
      });
      return failure;
    }
  };
  const fail = (problem) => ({ ...base, steps, ok: false, problem });
  if (store.mode === "off") return { ...base, steps, ok: true };
  const key = (0, import_node_crypto4.createHash)("sha256").update((0, import_node_crypto4.randomBytes)(32)).digest("hex");
  if (!canWrite(store.mode)) {
    const found = await step("read", () => store.has(key));
    if (found instanceof Error) return fail(`cannot read: ${found.message}`);
    return { ...base, steps, ok: true };
  }
  const dir = path26.join(tmpDir, `doctor-${(0, import_node_crypto4.randomBytes)(6).toString("hex")}`);
  (0, import_node_fs29.mkdirSync)(dir, { recursive: true });
  try {
    const archive = (0, import_node_crypto4.randomBytes)(PROBE_BYTES);
    const archivePath = path26.join(dir, "probe.archive");
    (0, import_node_fs29.writeFileSync)(archivePath, archive);
    const recordText = `{"probe":"taskcache doctor","key":"${key}"}
`;
    const wrote = await step(
      "write",
      () => store.put({
        key,
        task: PROBE_TASK,
        scope: PROBE_SCOPE,
        recordText,
        archivePath,
        archiveSize: archive.length
      })
    );
    if (wrote instanceof Error) {
      const read = canRead(store.mode) ? await step("read", () => store.get(key)) : void 0;
      const after = read === void 0 ? "" : read instanceof Error ? read.message === wrote.message ? "" : `; cannot read either: ${read.message}` : "; reading works: the credentials can read but not write";
      return fail(`cannot write: ${wrote.message}${after}`);
    }
    if (canRead(store.mode)) {
      const got = await step("read", async () => {
        const entry = await store.get(key);
        if (!entry) throw new Error("the probe entry just written is not found");
        const bytes = await readAll2(await entry.openArchive());
        if (entry.recordText !== recordText) throw new Error("the record read back differs");
        if (!bytes.equals(archive)) throw new Error("the archive read back differs");
      });
      if (got instanceof Error) return fail(`cannot read back: ${got.message}`);
    }
    if (capabilities.delete && store.deleteEntry) {
      const deleted = await step("delete", () => store.deleteEntry(key));
      if (deleted instanceof Error) return fail(`cannot delete: ${deleted.message}`);
    }
    return { ...base, steps, ok: true };
  } finally {
    (0, import_node_fs29.rmSync)(dir, { recursive: true, force: true });
  }
}
async function readAll2(stream2) {
  const chunks = [];
  for await (const chunk of stream2) chunks.push(chunk);
  return Buffer.concat(chunks);
}
var import_node_crypto4, import_node_fs29, path26, PROBE_TASK, PROBE_SCOPE, PROBE_BYTES;
var init_doctor = __esm({
  "src/engine/doctor.ts"() {
    "use strict";
    import_node_crypto4 = require("node:crypto");
    import_node_fs29 = require("node:fs");
    path26 = __toESM(require("node:path"), 1);
    init_store();
    PROBE_TASK = "taskcache-doctor-probe";
    PROBE_SCOPE = "taskcache-doctor";
    PROBE_BYTES = 4096;
  }
});

// src/cli/commands/doctor.ts
var doctor_exports = {};
__export(doctor_exports, {
  default: () => doctor
});
async function doctor(args) {
  const { flags, positionals } = parseFlags("doctor", args, [
    "config",
    "cache-dir",
    "remote",
    "json"
  ]);
  if (positionals.length > 0)
    throw new UsageError(`doctor: unexpected argument "${positionals[0]}"`);
  let managed;
  try {
    managed = await openManaged(flags);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (flags.json) printJson({ config: { ok: false, error: error.message }, stores: [] });
    else stdout.write(`config  FAILED
  ${error.message.replace(/\n/g, "\n  ")}
`);
    return 2;
  }
  const config = managed.loaded ? `${managed.loaded.file}: valid, ${Object.keys(managed.loaded.config.tasks).length} task(s)` : "no taskcache.yml found: checking the local store and --remote URLs";
  const checks = [];
  try {
    for (const store of managed.stores) {
      checks.push(await checkStore(store, managed.local.tmpDir));
    }
  } finally {
    await closeStores(managed.stores);
  }
  const ok = checks.every((c) => c.ok);
  if (flags.json) {
    printJson({ config: { ok: true, detail: config }, stores: checks, ok });
    return ok ? 0 : 1;
  }
  const out = [`config  ok: ${config}`];
  for (const check of checks) {
    const caps = check.capabilities;
    const can = [
      `list ${caps.list ? "yes" : "no"}`,
      `delete ${caps.delete ? "yes" : "no"}`,
      `replace ${caps.replace ? "yes" : "no"}`
    ].join(", ");
    const timing = check.steps.map((s) => `${s.step} ${s.error === void 0 ? `${s.ms} ms` : "FAILED"}`).join(", ");
    out.push(
      "",
      `${check.store}  ${check.ok ? "ok" : "FAILED"}`,
      `  mode          ${check.mode}`,
      `  round trip    ${timing || "-"}`,
      `  credentials   ${check.credentials}`,
      `  can           ${can}`,
      ...caps.note ? [`  note          ${caps.note}`] : [],
      ...check.problem ? [`  problem       ${check.problem}`] : []
    );
  }
  stdout.write(`${out.join("\n")}
`);
  return ok ? 0 : 1;
}
var init_doctor2 = __esm({
  "src/cli/commands/doctor.ts"() {
    "use strict";
    init_doctor();
    init_errors();
    init_manage();
    init_flags();
    init_json();
    init_manage_open();
    init_output();
  }
});

// src/adapters/workspaces.ts
function readJson(file) {
  let text;
  try {
    text = (0, import_node_fs30.readFileSync)(file, "utf8");
  } catch (error) {
    throw new WorkspaceError(`cannot read ${file}: ${error.code}`);
  }
  try {
    const value = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new Error("expected an object");
    }
    return value;
  } catch (error) {
    throw new WorkspaceError(`${file}: not valid JSON (${error.message})`);
  }
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function workspacePatterns2(root, manifest, rootFiles) {
  if (rootFiles.includes("pnpm-workspace.yaml")) {
    const file = path27.join(root, "pnpm-workspace.yaml");
    let value;
    try {
      value = (0, import_yaml.parse)((0, import_node_fs30.readFileSync)(file, "utf8"));
    } catch (error) {
      throw new WorkspaceError(`${file}: not valid YAML (${error.message})`);
    }
    const patterns2 = stringList(value?.packages);
    return { manager: "pnpm", patterns: patterns2 };
  }
  const field = manifest.workspaces;
  const patterns = Array.isArray(field) ? stringList(field) : stringList(field?.packages);
  if (field === void 0) return void 0;
  const declared = typeof manifest.packageManager === "string" ? manifest.packageManager : "";
  const yarn = declared.startsWith("yarn") || rootFiles.includes("yarn.lock");
  return { manager: yarn ? "yarn" : "npm", patterns };
}
function entries(dir) {
  const files = [];
  const dirs = [];
  for (const entry of (0, import_node_fs30.readdirSync)(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) dirs.push(entry.name);
    else files.push(entry.name);
  }
  return { files: files.sort(), dirs: dirs.sort() };
}
function packageDirs(root, patterns) {
  const clean = (p) => p.replace(/^\.\//, "").replace(/\/+$/, "");
  const include = patterns.filter((p) => !p.startsWith("!")).map(clean);
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => clean(p.slice(1)));
  const isIncluded = (0, import_picomatch6.default)(include.length > 0 ? include : ["!**"]);
  const isExcluded = exclude.length > 0 ? (0, import_picomatch6.default)(exclude) : () => false;
  const found = [];
  const walk = (relative5, depth) => {
    const absolute = path27.join(root, relative5);
    const { files, dirs } = entries(absolute);
    if (relative5 !== "" && files.includes("package.json")) {
      if (isIncluded(relative5) && !isExcluded(relative5)) found.push(relative5);
    }
    if (depth >= MAX_DEPTH) return;
    for (const dir of dirs) {
      if (SKIPPED.has(dir) || dir.startsWith(".")) continue;
      walk(relative5 === "" ? dir : `${relative5}/${dir}`, depth + 1);
    }
  };
  walk("", 0);
  return found.sort();
}
function readPackage(root, dir) {
  const absolute = path27.join(root, dir);
  const manifest = readJson(path27.join(absolute, "package.json"));
  const scripts = {};
  if (manifest.scripts && typeof manifest.scripts === "object") {
    for (const [name, script] of Object.entries(manifest.scripts)) {
      if (typeof script === "string") scripts[name] = script;
    }
  }
  const dependencies = /* @__PURE__ */ new Set();
  for (const field of DEPENDENCY_FIELDS) {
    const deps = manifest[field];
    if (deps && typeof deps === "object")
      for (const name of Object.keys(deps)) dependencies.add(name);
  }
  return {
    dir: dir === "" ? "." : dir,
    name: typeof manifest.name === "string" ? manifest.name : void 0,
    scripts,
    dependencies: [...dependencies].sort(),
    ...entries(absolute)
  };
}
function readWorkspace(root) {
  const top = entries(root);
  if (!top.files.includes("package.json")) {
    throw new WorkspaceError(
      `no package.json in ${root}: expected the root of a JavaScript project`
    );
  }
  const manifest = readJson(path27.join(root, "package.json"));
  const lockfile = LOCKFILES.find((name) => top.files.includes(name));
  const declared = workspacePatterns2(root, manifest, top.files);
  if (!declared) {
    const manager = lockfile === "pnpm-lock.yaml" ? "pnpm" : lockfile === "yarn.lock" ? "yarn" : "npm";
    const single = readPackage(root, "");
    return { manager, lockfile, rootFiles: top.files, isMonorepo: false, packages: [single] };
  }
  const packages = packageDirs(root, declared.patterns).map((dir) => readPackage(root, dir));
  return {
    manager: declared.manager,
    lockfile,
    rootFiles: top.files,
    isMonorepo: true,
    packages
  };
}
var import_node_fs30, path27, import_picomatch6, import_yaml, WorkspaceError, LOCKFILES, DEPENDENCY_FIELDS, SKIPPED, MAX_DEPTH;
var init_workspaces = __esm({
  "src/adapters/workspaces.ts"() {
    "use strict";
    import_node_fs30 = require("node:fs");
    path27 = __toESM(require("node:path"), 1);
    import_picomatch6 = __toESM(require_picomatch2(), 1);
    import_yaml = require("./yaml.cjs");
    WorkspaceError = class extends Error {
      name = "WorkspaceError";
    };
    LOCKFILES = ["pnpm-lock.yaml", "yarn.lock", "package-lock.json", "npm-shrinkwrap.json"];
    DEPENDENCY_FIELDS = [
      "dependencies",
      "devDependencies",
      "peerDependencies",
      "optionalDependencies"
    ];
    SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
    MAX_DEPTH = 8;
  }
});

// src/engine/init-plan.ts
function sanitizeName(text) {
  return text.replace(/^@/, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").replace(/-+$/, "");
}
function packageLabels(packages) {
  const base = (p) => sanitizeName(p.dir === "." ? p.name ?? "root" : p.dir.split("/").pop() ?? p.dir) || "pkg";
  const counts = /* @__PURE__ */ new Map();
  for (const p of packages) counts.set(base(p), (counts.get(base(p)) ?? 0) + 1);
  const labels = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const p of packages) {
    let label = base(p);
    if ((counts.get(label) ?? 0) > 1 && p.name) label = sanitizeName(p.name) || label;
    let unique = label;
    for (let n = 2; used.has(unique); n++) unique = `${label}-${n}`;
    used.add(unique);
    labels.set(p, unique);
  }
  return labels;
}
function outputDirs(pkg) {
  const dirs = new Set(OUTPUT_DIRS.filter((d) => pkg.dirs.includes(d)));
  if (pkg.dirs.includes("lib") && pkg.dirs.includes("src")) dirs.add("lib");
  for (const match of (pkg.scripts.build ?? "").matchAll(OUT_FLAG)) {
    const dir = match[1].replace(/^\.\//, "").replace(/\/+$/, "");
    if (dir && dir !== "." && !dir.startsWith("..")) dirs.add(dir);
  }
  if (dirs.size === 0) dirs.add("dist");
  return [...dirs].sort();
}
function inputPatterns(pkg, outputs) {
  const sources = SOURCE_DIRS.filter((d) => pkg.dirs.includes(d) && !outputs.includes(d));
  const files = pkg.files.filter((f) => f === "package.json" || CONFIG_FILE.test(f));
  return [...sources.map((d) => `${d}/**`), ...files];
}
function planConfig(workspace, scripts) {
  const labels = packageLabels(workspace.packages);
  const byName = new Map(
    workspace.packages.filter((p) => p.name).map((p) => [p.name, p])
  );
  const taskName = (script, pkg) => `${script}-${labels.get(pkg)}`;
  const builds = (pkg) => scripts.includes("build") && pkg.scripts.build !== void 0;
  const upstreamBuilds = (pkg) => pkg.dependencies.map((name) => byName.get(name)).filter((dep) => dep !== void 0 && dep !== pkg && builds(dep)).map((dep) => taskName("build", dep));
  const tasks = {};
  for (const pkg of workspace.packages) {
    const outputs = outputDirs(pkg);
    for (const script of scripts) {
      if (pkg.scripts[script] === void 0) continue;
      const dependsOn = script === "build" ? upstreamBuilds(pkg) : builds(pkg) ? [taskName("build", pkg)] : upstreamBuilds(pkg);
      tasks[taskName(script, pkg)] = {
        run: `${workspace.manager} run ${script}`,
        ...pkg.dir === "." ? {} : { "working-directory": pkg.dir },
        inputs: inputPatterns(pkg, outputs),
        ...script === "build" && outputs.length > 0 ? { outputs: outputs.map((d) => `${d}/**`) } : {},
        ...dependsOn.length > 0 ? { "depends-on": dependsOn } : {}
      };
    }
  }
  const shared2 = [
    ...workspace.lockfile ? [workspace.lockfile] : [],
    ...workspace.isMonorepo ? workspace.rootFiles.filter((f) => /^tsconfig.*\.json$/.test(f)) : []
  ];
  return { ...shared2.length > 0 ? { defaults: { inputs: shared2 } } : {}, tasks };
}
var DEFAULT_SCRIPTS, SOURCE_DIRS, OUTPUT_DIRS, OUT_FLAG, CONFIG_FILE;
var init_init_plan = __esm({
  "src/engine/init-plan.ts"() {
    "use strict";
    DEFAULT_SCRIPTS = ["build", "test", "lint"];
    SOURCE_DIRS = [
      "src",
      "lib",
      "app",
      "pages",
      "public",
      "components",
      "test",
      "tests",
      "__tests__"
    ];
    OUTPUT_DIRS = ["dist", "build", "out", ".next"];
    OUT_FLAG = /(?:--outDir|--out-dir|--outdir|-d)[ =]+['"]?([\w.-]+(?:\/[\w.-]+)*)/g;
    CONFIG_FILE = /^(?:tsconfig.*\.json|[\w.-]+\.config\.[cm]?[jt]s|\.babelrc|\.eslintrc.*)$/;
  }
});

// src/cli/commands/init.ts
var init_exports = {};
__export(init_exports, {
  default: () => init
});
async function init(args) {
  const { flags, positionals } = parseFlags("init", args, ["force", "stdout", "scripts"]);
  if (positionals.length > 0) throw new UsageError("init: expected no arguments");
  const scripts = parseScripts(flags.scripts);
  const root = process.cwd();
  const target = path28.join(root, DEFAULT_CONFIG);
  if (!flags.stdout && !flags.force && (0, import_node_fs31.existsSync)(target)) {
    throw new UsageError(
      `init: ${target} already exists; --force overwrites it, --stdout prints the new config instead`
    );
  }
  let workspace;
  try {
    workspace = readWorkspace(root);
  } catch (error) {
    if (error instanceof WorkspaceError) throw new UsageError(`init: ${error.message}`);
    throw error;
  }
  const plan = planConfig(workspace, scripts);
  const count = Object.keys(plan.tasks).length;
  if (count === 0) {
    throw new UsageError(
      `init: no package in ${root} has a script named ${scripts.join(", ")} (--scripts chooses others)`
    );
  }
  const text = render(plan, workspace.manager, scripts);
  const checked = (0, import_config2.parseConfig)(text);
  if (!checked.ok) throw new Error((0, import_config2.formatConfigIssues)("(generated)", checked.issues));
  if (flags.stdout) {
    stdout.write(text);
    return 0;
  }
  writeFileAtomic(target, text);
  const packages = workspace.packages.length;
  stderr.write(
    `taskcache: wrote ${target}: ${count} task${count === 1 ? "" : "s"} for ${packages} package${packages === 1 ? "" : "s"} (${workspace.manager}); check the inputs and outputs, then run \`taskcache run\`
`
  );
  return 0;
}
function parseScripts(value) {
  if (value === void 0) return [...DEFAULT_SCRIPTS];
  const scripts = value.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = scripts.find((s) => !/^[A-Za-z0-9][\w:.-]*$/.test(s));
  if (scripts.length === 0 || bad !== void 0) {
    throw new UsageError(
      `init: --scripts: expected script names separated by commas, such as build,test,lint${bad ? `, got "${bad}"` : ""}`
    );
  }
  return [...new Set(scripts)];
}
function render(plan, manager, scripts) {
  const header = [
    `# Written by \`taskcache init\` from the ${manager} workspace (scripts: ${scripts.join(", ")}).`,
    "# defaults.inputs are relative to this directory and shared by every task; a task's own",
    "# inputs and outputs are relative to its working-directory. See docs/configuration.md."
  ];
  return `${header.join("\n")}
${(0, import_yaml2.stringify)(plan, { lineWidth: 0 })}`;
}
var import_node_fs31, path28, import_yaml2, import_config2;
var init_init = __esm({
  "src/cli/commands/init.ts"() {
    "use strict";
    import_node_fs31 = require("node:fs");
    path28 = __toESM(require("node:path"), 1);
    import_yaml2 = require("./yaml.cjs");
    init_atomic_file();
    init_workspaces();
    import_config2 = require("./config.cjs");
    init_config_file();
    init_init_plan();
    init_flags();
    init_output();
  }
});

// src/cli/main.ts
var import_node_module4 = require("node:module");
init_collect();
init_files();

// src/cli/cli.ts
init_errors();
init_output();
var VERSION = true ? "0.1.0" : createRequire(__taskcacheModuleUrl)("../../package.json").version;
var USAGE = `taskcache \u2014 run tasks through a content-addressed cache

Usage:
  taskcache run [TASK...]      run tasks and their dependencies: restore on a hit, run on a miss
  taskcache dry-run [TASK...]  compute keys and ask the stores; runs and writes nothing
  taskcache explain TASK       the key's parts, and what changed since the task's last entry
  taskcache stats              local store size, entries, and hit rate of recorded runs
  taskcache stats --task [TASK...]  the same per task: hits, misses, time saved, bytes
  taskcache prune              evict local entries (--max-size 10GB, --max-age 7d) and unused state
  taskcache report FILE...     merge JSON run reports (e.g. of matrix jobs) into one markdown table
                               (the action's report files, or what run --json printed)
  taskcache ls [TASK...]       entries in every store that can list: key, task, size, dates, store
  taskcache show KEY|TASK      an entry's record: inputs, env names, outputs, producer, signature
  taskcache clear TASK...|--all  delete entries from the local store and writable remotes
  taskcache doctor             check the config and a round trip through every store
  taskcache init              write taskcache.yml for the npm, yarn or pnpm workspace here

Options:
  -c, --config FILE   config file (default: taskcache.yml in this or a parent directory)
  --cache-dir DIR     local store directory (env TASKCACHE_DIR; default ~/.cache/taskcache)
  --remote URL        a remote cache, after the local store (repeatable; run, dry-run, explain);
                      URL#mode=read sets its mode, URL?timeout=10s&retries=2 its bounds
  --remote-mode MODE  the mode of the --remote caches (run; default read-write)
  --no-remote         leave out the config's remotes and plug-in stores (run)
  --cache MODE        read-write, read, write or off for every task (run; env TASKCACHE_CACHE);
                      with a task's own cache mode, the stricter applies
  -v, --verbose       debug lines: timings of scan, hash, key, lookup, restore, save (run)
  -q, --quiet         only failures, warnings and the final line (run)
  --json              print only JSON on stdout (run, dry-run, explain, stats, report)
  --force             run and store even on a hit (run); overwrite taskcache.yml (init)
  --concurrency N     tasks run at once (run; default the number of cores)
  --continue          after a failure, run what does not depend on it (run)
  --only              the named tasks only, not their dependencies (run, dry-run)
  --filter DIR[...]   tasks in DIR or below it; DIR... with their dependencies (repeatable)
  --github            the repository's GitHub Actions cache too, by the REST API (ls, show, clear)
  --repo OWNER/NAME   the repository for --github (default: GITHUB_REPOSITORY, else git origin)
  --dry-run           say what would be deleted, delete nothing (clear)
  -y, --yes           delete without asking (clear; needed when stdin is not a terminal)
  --all               every entry (clear)
  --scripts LIST      package scripts to make tasks of (init; default build,test,lint)
  --stdout            print the config instead of writing it (init)
  -h, --help          show this help
  --version           print the version

Exit codes: 0 success; a failed task's own exit code; 2 usage or config error.`;
var COMMANDS = {
  run: () => Promise.resolve().then(() => (init_run2(), run_exports)),
  "dry-run": () => Promise.resolve().then(() => (init_dry_run(), dry_run_exports)),
  explain: () => Promise.resolve().then(() => (init_explain(), explain_exports)),
  stats: () => Promise.resolve().then(() => (init_stats(), stats_exports)),
  prune: () => Promise.resolve().then(() => (init_prune(), prune_exports)),
  report: () => Promise.resolve().then(() => (init_report(), report_exports)),
  ls: () => Promise.resolve().then(() => (init_ls(), ls_exports)),
  show: () => Promise.resolve().then(() => (init_show2(), show_exports)),
  clear: () => Promise.resolve().then(() => (init_clear(), clear_exports)),
  doctor: () => Promise.resolve().then(() => (init_doctor2(), doctor_exports)),
  init: () => Promise.resolve().then(() => (init_init(), init_exports))
};
async function main(argv) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    stdout.write(`${USAGE}
`);
    return command === void 0 ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    stdout.write(`${VERSION}
`);
    return 0;
  }
  const load2 = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : void 0;
  if (!load2) {
    stderr.write(`taskcache: unknown command "${command}"

${USAGE}
`);
    return 2;
  }
  if (wantsHelp(rest)) {
    stdout.write(`${commandUsage(command)}
`);
    return 0;
  }
  try {
    const module2 = await load2();
    return await module2.default(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`taskcache: ${error.message}
`);
      return 2;
    }
    stderr.write(`taskcache: internal error: ${error?.stack ?? String(error)}
`);
    return 1;
  }
}
function wantsHelp(args) {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "-h" || arg === "--help") return true;
  }
  return false;
}
function commandUsage(command) {
  const lines = USAGE.split("\n");
  const own = lines.filter((line) => line.startsWith(`  taskcache ${command} `));
  const options = USAGE.slice(USAGE.indexOf("Options:"));
  return `Usage:
${own.join("\n")}

${options}`;
}

// src/cli/main.ts
onLargeScan(() => {
  const load2 = (0, import_node_module4.createRequire)(__taskcacheModuleUrl);
  const v8 = load2("node:v8");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = load2("node:vm").runInNewContext("gc");
    if (typeof gc === "function") setCollector(gc);
  } catch {
  }
  globalThis[/* @__PURE__ */ Symbol.for("taskcache.v8-flags-changed")] = true;
});
process.exitCode = 1;
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
