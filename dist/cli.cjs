#!/usr/bin/env node
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

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module3) {
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
    module3.exports = {
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
    exports2.basename = (path12, { windows } = {}) => {
      const segs = path12.split(windows ? /[\\/]/ : "/");
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
  "node_modules/picomatch/lib/scan.js"(exports2, module3) {
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
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished3 = false;
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
              isGlob = token.isGlob = true;
              finished3 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished3 = true;
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
                finished3 = true;
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
          if (finished3 === true) continue;
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
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished3 = true;
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
                  finished3 = true;
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
          isGlob = token.isGlob = true;
          finished3 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished3 = true;
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
              isGlob = token.isGlob = true;
              finished3 = true;
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
          isGlob = token.isGlob = true;
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
                finished3 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished3 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
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
        isGlob,
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
    module3.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module3) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse2 = (input, options) => {
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
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
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
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
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
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
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
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
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
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
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
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
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
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
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
    parse2.fastpaths = (input, options) => {
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
      } = constants.globChars(opts.windows);
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
    module3.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module3) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
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
      const posix3 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
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
    picomatch3.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module3.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module3) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module3.exports = picomatch3;
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

// src/adapters/blake3.ts
async function createBLAKE3() {
  const wasm = await import("./vendor/hash-wasm-blake3.cjs");
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
function nativeOneShot(native) {
  const h = new native.Blake3Hasher();
  return (data) => {
    h.reset();
    h.update(data);
    return h.digest("hex");
  };
}
function loadNative() {
  try {
    return (0, import_node_module.createRequire)(__taskcacheModuleUrl)("@napi-rs/blake-hash");
  } catch {
    return void 0;
  }
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
var import_node_module, shared, oneShot, blake3;
var init_blake3 = __esm({
  "src/adapters/blake3.ts"() {
    "use strict";
    import_node_module = require("node:module");
    blake3 = (data) => {
      if (!oneShot) throw new Error("initBlake3() must be awaited before hashing");
      return oneShot(data);
    };
  }
});

// src/adapters/file-digest.ts
function debug(message) {
  if (process.env.TASKCACHE_DEBUG) process.stderr.write(`taskcache: debug: ${message}
`);
}
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
          const stat2 = { size, mode, mtimeMs, ctimeMs, ino };
          if (size > WHOLE) return { digest: this.streamed(fd), stat: stat2 };
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
          return { digest: this.backend.hash(this.buffer.subarray(0, length)), stat: stat2 };
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
function childProcess() {
  return (0, import_node_module2.createRequire)(__taskcacheModuleUrl)("node:child_process");
}
function runCommand(options) {
  const started = monotonicMs();
  const { file, args } = shellCommand(options.shell, options.command);
  return new Promise((resolve6) => {
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
      resolve6({
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
  return new Promise((resolve6, reject) => {
    const out = [];
    const child = childProcess().spawn(file, args, {
      cwd,
      env,
      stdio: ["ignore", "pipe", "inherit"]
    });
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.on("error", (error) => reject(new Error(`key-command "${command}": ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve6(Buffer.concat(out));
      else reject(new Error(`key-command "${command}" exited with code ${code}`));
    });
  });
}
function monotonicMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}
var import_node_module2, SIGNALS;
var init_process = __esm({
  "src/adapters/process.ts"() {
    "use strict";
    import_node_module2 = require("node:module");
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
    matches = (0, import_picomatch.default)(pattern, MATCH_OPTIONS);
    compiled.set(pattern, matches);
  }
  return matches;
}
function anyOf(patterns) {
  const lazy = patterns.map((pattern) => {
    let matches;
    return (path12) => {
      matches ??= matcher(pattern);
      return matches(path12);
    };
  });
  return (path12) => lazy.some((matches) => matches(path12));
}
function segmentMatcher(segment) {
  return /[\\*?[\]{}()!+@]/.test(segment) ? anyOf([segment]) : (name) => name === segment;
}
function mayContain(pattern) {
  if (/[{(][^})]*\//.test(pattern)) return () => true;
  const segments = pattern.split("/");
  const matchers = segments.map(
    (segment) => segment === "**" ? void 0 : segmentMatcher(segment)
  );
  return (dir) => {
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
function compileWalk(spec) {
  const userIgnores = spec.ignore.map(mayContain);
  return {
    spec,
    included: anyOf(spec.positive),
    ignored: anyOf([...ALWAYS_IGNORED, ...spec.ignore]),
    reachable: spec.positive.map(mayContain),
    covers: spec.positive.map(coversAll),
    mayIgnore: (dir) => userIgnores.some((may) => may(dir))
  };
}
function scanDir(walk, dir, parentCovered = false) {
  return { dir, covered: parentCovered || walk.covers.some((covers) => covers(dir)) };
}
function readDir(walk, at, onFile, subdirs, list) {
  const { dir, covered } = at;
  const absoluteDir = path.join(walk.spec.base, dir);
  const listing = list(absoluteDir);
  if (listing === void 0) return;
  const { names, kinds } = listing;
  const prefix = dir === "" ? "" : `${dir}/`;
  const checkIgnored = walk.mayIgnore(dir);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const kind = kinds.charCodeAt(i);
    const relative2 = prefix + name;
    if (kind === DIR) {
      if (IGNORED_NAME(name)) continue;
      if (!walk.reachable.some((may) => may(relative2)) || walk.ignored(`${relative2}/`)) continue;
      subdirs.push(scanDir(walk, relative2, covered));
      continue;
    }
    if (!covered && !walk.included(relative2)) continue;
    if ((checkIgnored || IGNORED_NAME(name)) && walk.ignored(relative2)) continue;
    onFile(relative2, kind === LINK);
  }
}
function crawl(walk, dirs, onFile, list = readListing) {
  const stack = [...dirs];
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    readDir(walk, next, onFile, stack, list);
  }
}
var import_node_fs2, path, import_picomatch, ALWAYS_IGNORED, IGNORED_NAME, MATCH_OPTIONS, compiled, readListing, DIR, LINK;
var init_walk = __esm({
  "src/adapters/walk.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    path = __toESM(require("node:path"), 1);
    import_picomatch = __toESM(require_picomatch2(), 1);
    ALWAYS_IGNORED = ["**/.git/**", "**/.taskcache-tmp-*/**"];
    IGNORED_NAME = (name) => name === ".git" || name.startsWith(".taskcache-tmp-");
    MATCH_OPTIONS = { dot: true };
    compiled = /* @__PURE__ */ new Map();
    readListing = (absolute) => {
      let entries;
      try {
        entries = (0, import_node_fs2.readdirSync)(absolute, { withFileTypes: true });
      } catch {
        return void 0;
      }
      const names = new Array(entries.length);
      const kinds = new Array(entries.length);
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        names[i] = entry.name;
        kinds[i] = entry.isDirectory() ? "d" : entry.isSymbolicLink() ? "l" : "f";
      }
      return { names, kinds: kinds.join("") };
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
    const stat2 = file?.stat;
    if (stat2)
      stats2.set([stat2.size, stat2.mode, stat2.mtimeMs, stat2.ctimeMs, stat2.ino], i * STAT_FIELDS);
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
    if ((0, import_node_fs3.existsSync)(file)) return file;
  }
  return void 0;
}
var import_node_fs3, import_node_module3, import_node_os, import_node_path, import_node_url, STAT_FIELDS, WorkerPool;
var init_worker_pool = __esm({
  "src/adapters/worker-pool.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_module3 = require("node:module");
    import_node_os = require("node:os");
    import_node_path = require("node:path");
    import_node_url = require("node:url");
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
        return new Promise((resolve6, reject) => {
          const request = {
            id: this.nextId++,
            root,
            files,
            claim: new Int32Array(new SharedArrayBuffer(4))
          };
          const job = { request, resolve: resolve6, reject };
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
        const threads = (0, import_node_module3.createRequire)(__taskcacheModuleUrl)(
          "node:worker_threads"
        );
        this.workers = Array.from({ length: this.threads }, () => {
          const worker = new threads.Worker(this.script);
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
    try {
      if ((0, import_node_fs4.statSync)(path2.join(base, body)).isDirectory()) {
        return `${negated ? "!" : ""}${body.replace(/\/+$/, "")}/**`;
      }
    } catch {
    }
    return pattern;
  });
}
function normalizePattern(pattern) {
  return pattern.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/{2,}/g, "/");
}
function walkPatterns(options, onFile, list) {
  const base = path2.join(options.workspace, options.cwd);
  const patterns = expandDirectories(base, options.patterns).map(
    (p) => p.startsWith("!") ? `!${normalizePattern(p.slice(1))}` : normalizePattern(p)
  );
  const positive = patterns.filter((p) => !p.startsWith("!"));
  if (positive.length === 0) return void 0;
  const negative = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const exclude = expandDirectories(base, options.exclude ?? []).filter((p) => !p.startsWith("!")).map(normalizePattern);
  const walk = compileWalk({ base, positive, ignore: [...negative, ...exclude] });
  const roots = [...new Set(positive.map((p) => import_picomatch2.default.scan(p).base))].sort();
  const dirs = [];
  for (const root of roots.filter(
    (root2, i) => !roots.slice(0, i).some((r) => r === "" || root2.startsWith(`${r}/`))
  )) {
    const absolute = path2.join(base, root);
    const stats2 = (0, import_node_fs4.lstatSync)(absolute, { throwIfNoEntry: false });
    if (stats2 === void 0) continue;
    if (stats2.isDirectory()) dirs.push(scanDir(walk, root));
    else if (walk.included(root) && !walk.ignored(root)) {
      onFile(root, stats2.isSymbolicLink());
    }
  }
  crawl(walk, dirs, onFile, list);
  return walk;
}
async function listFiles(options) {
  const files = [];
  const base = path2.join(options.workspace, options.cwd);
  const walk = walkPatterns(options, (relative2) => {
    const absolute = path2.join(base, relative2);
    const stats2 = (0, import_node_fs4.lstatSync)(absolute, { throwIfNoEntry: false });
    if (stats2 === void 0 || stats2.isDirectory()) return;
    files.push({
      path: toWorkspacePath(options.cwd, relative2),
      absolute,
      size: stats2.size,
      mode: stats2.mode,
      symlink: stats2.isSymbolicLink(),
      mtimeMs: stats2.mtimeMs,
      ctimeMs: stats2.ctimeMs,
      ino: stats2.ino
    });
  });
  if (!walk) return { files: [], unmatched: [] };
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  return { files, unmatched: unmatchedPatterns(options, walk, files) };
}
function toWorkspacePath(cwd, relative2) {
  return cwd === "." ? relative2 : path2.posix.join(cwd, relative2);
}
function cwdRelative(cwd, workspacePath) {
  return cwd === "." ? workspacePath : path2.posix.relative(cwd, workspacePath);
}
function unmatchedPatterns(options, walk, files) {
  const writtenPositive = options.patterns.filter((p) => !p.startsWith("!"));
  const unmatched = [];
  const relative2 = files.map((file) => cwdRelative(options.cwd, file.path));
  walk.spec.positive.forEach((pattern, index) => {
    const covers = walk.covers[index];
    if (relative2.some((file) => covers(file.slice(0, Math.max(0, file.lastIndexOf("/")))))) {
      return;
    }
    const matches = matcher(pattern);
    if (!relative2.some((file) => matches(file))) unmatched.push(writtenPositive[index] ?? pattern);
  });
  return unmatched;
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
  const root = options.workspace;
  const dirs = context.dirCache;
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
      file.digest = digest;
      file.executable = isExecutable(stats2[at + 1]);
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
    const stats2 = (0, import_node_fs4.lstatSync)(inRoot(root, file.path), { throwIfNoEntry: false });
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
  let walk;
  try {
    walk = walkPatterns(
      options,
      (relative2, symlink) => {
        const file = {
          path: toWorkspacePath(options.cwd, relative2),
          symlink,
          gone: false,
          digest: void 0,
          executable: false
        };
        if (scanned.push(file) === LARGE_SCAN && largeScanHook) {
          largeScanHook();
          largeScanHook = void 0;
        }
        if (symlink || cache?.knows(file.path) && lookup(file)) return;
        unhashed.push(file);
        if (++misses === PARALLEL_MIN_FILES) pool = WorkerPool.create();
        if (pool && unhashed.length >= BATCH) {
          send(unhashed);
          unhashed = [];
        }
      },
      dirs?.list
    );
    const reused = dirs ? `; ${dirs.reused} of ${dirs.listed} directory listings reused` : "";
    debug(
      `listed ${scanned.length} inputs at ${elapsed()}; hashing ${misses} on ${pool ? pool.threads + 1 : 1} thread(s)${reused}`
    );
    if (pool) {
      if (unhashed.length > 0) send(unhashed);
      const hasher = await FileHasher.create(await fileBackend());
      while (pool.helpWith((absolute) => hasher.hash(absolute))) {
        await new Promise((resolve6) => setImmediate(resolve6));
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
  cache?.save();
  dirs?.save();
  const files = scanned.filter((file) => !file.gone);
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  const inputs = files.map(
    (file) => file.symlink ? { path: file.path, link: (0, import_node_fs4.readlinkSync)(inRoot(root, file.path)).split(path2.sep).join("/") } : { path: file.path, executable: file.executable, digest: file.digest }
  );
  const unmatched = walk ? unmatchedPatterns(options, walk, files) : [];
  debug(`scanned at ${elapsed()}`);
  return { inputs, unmatched };
}
var import_node_fs4, path2, import_picomatch2, backend, PARALLEL_MIN_FILES, BATCH, LARGE_SCAN, largeScanHook;
var init_files = __esm({
  "src/adapters/files.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    path2 = __toESM(require("node:path"), 1);
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    init_canonical();
    init_blake3();
    init_file_digest();
    init_process();
    init_walk();
    init_worker_pool();
    PARALLEL_MIN_FILES = 1e3;
    BATCH = 256;
    LARGE_SCAN = 1e3;
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

// src/adapters/atomic-file.ts
function writeFileAtomic(file, data) {
  (0, import_node_fs5.mkdirSync)(path3.dirname(file), { recursive: true });
  const tmp = `${file}.${uniqueSuffix()}`;
  try {
    if (typeof data === "string" || data instanceof Uint8Array) (0, import_node_fs5.writeFileSync)(tmp, data);
    else {
      const fd = (0, import_node_fs5.openSync)(tmp, "w");
      try {
        for (const piece of data) {
          for (let at = 0; at < piece.length; ) at += (0, import_node_fs5.writeSync)(fd, piece, at);
        }
      } finally {
        (0, import_node_fs5.closeSync)(fd);
      }
    }
    (0, import_node_fs5.renameSync)(tmp, file);
  } catch (error) {
    (0, import_node_fs5.rmSync)(tmp, { force: true });
    throw error;
  }
}
function uniqueSuffix() {
  made += 1;
  const tail = Math.floor(Math.random() * 4294967296).toString(16).padStart(8, "0");
  return `${process.pid}.${made.toString(36)}${tail}`;
}
var import_node_fs5, path3, made;
var init_atomic_file = __esm({
  "src/adapters/atomic-file.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    path3 = __toESM(require("node:path"), 1);
    made = 0;
  }
});

// src/core/config-shape.ts
function configRemotes(config2) {
  const all = [...config2.remote === void 0 ? [] : [config2.remote], ...config2.remotes ?? []];
  return all.map((r) => typeof r === "string" ? { url: r, mode: "read-write" } : r);
}
function formatIssuePath(path12) {
  let out = "";
  for (const segment of path12) {
    if (typeof segment === "number") out += `[${segment}]`;
    else {
      const text = String(segment);
      const plain2 = /^[A-Za-z_$][\w$-]*$/.test(text);
      out += plain2 ? out ? `.${text}` : text : `[${JSON.stringify(text)}]`;
    }
  }
  return out || "(root)";
}
function formatConfigIssues(file, issues) {
  const lines = issues.map((issue2) => `  ${file}: ${issue2.path}: ${issue2.message}`);
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

// src/core/paths.ts
function patternStaysInside(cwd, pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  if (body.length === 0) return false;
  if (isAbsoluteAnywhere(body)) return false;
  const joined = posix2.normalize(posix2.join(cwd, body));
  return !escapes(joined);
}
function isAbsoluteAnywhere(path12) {
  return path12.startsWith("/") || path12.startsWith("\\") || /^[a-zA-Z]:/.test(path12);
}
function escapes(normalized) {
  return normalized === ".." || normalized.startsWith("../");
}
function normalizeWorkingDirectory(dir) {
  if (isAbsoluteAnywhere(dir)) return void 0;
  const normalized = posix2.normalize(dir.replace(/\\/g, "/")).replace(/\/+$/, "") || ".";
  return escapes(normalized) ? void 0 : normalized;
}
function isSafeRelativePath(path12) {
  if (path12.length === 0 || isAbsoluteAnywhere(path12)) return false;
  if (path12.includes("\\") || path12.includes("\0")) return false;
  return path12.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
function linkStaysInside(linkPath, target) {
  if (isAbsoluteAnywhere(target) || target.includes("\0")) return false;
  const resolved = posix2.normalize(posix2.join(posix2.dirname(linkPath), target.replace(/\\/g, "/")));
  return !escapes(resolved) && resolved !== ".";
}
var posix2;
var init_paths = __esm({
  "src/core/paths.ts"() {
    "use strict";
    posix2 = __toESM(require("node:path/posix"), 1);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar;
    exports2.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path12) {
      const ctrl = callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visit_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path12);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path12 = Object.freeze(path12.concat(node));
          const ck = visit_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path12);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path12) {
      const ctrl = await callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visitAsync_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path12);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path12 = Object.freeze(path12.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path12);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path12) {
      if (typeof visitor === "function")
        return visitor(key, node, path12);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path12);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path12);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path12);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path12);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path12);
      return void 0;
    }
    function replaceNode(key, path12, node) {
      const parent = path12[path12.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path12, value) {
      let v = value;
      for (let i = path12.length - 1; i >= 0; --i) {
        const k = path12[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path12) => path12 == null || typeof path12 === "object" && !!path12[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path12, value) {
        if (isEmptyPath(path12))
          this.add(value);
        else {
          const [key, ...rest] = path12;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        const [key, ...rest] = path12;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        const [key, ...rest] = path12;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug2(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug2;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string3 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date2 -= 6e4 * d;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null3.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string3 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string3.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path12, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path12, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        if (Collection.isEmptyPath(path12)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path12) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        if (Collection.isEmptyPath(path12))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path12, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path12) {
        if (Collection.isEmptyPath(path12))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path12) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        if (Collection.isEmptyPath(path12)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path12), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path12, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path12) => {
      let item = cst;
      for (const [field, index] of path12) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path12) => {
      const parent = visit.itemAtPath(cst, path12.slice(0, -1));
      const field = path12[path12.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path12, item, visitor) {
      let ctrl = visitor(item, path12);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path12.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path12);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path12) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse2;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path12, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path12);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim2(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim2(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var Cached, captureStackTrace, propertyKeyTypes, highSurrogate, installing, broke, breaker;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    highSurrogate = /[\uD800-\uDBFF]/;
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors2 = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_errors2();
    init_util();
    _parse = (_Err) => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parse = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// node_modules/zod/v4/core/regexes.js
var anyString, number;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    anyString = /^[\s\S]{0,}$/;
    number = /^-?\d+(?:\.\d+)?$/;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodUnion, $ZodRecord, $ZodEnum, $ZodOptional, $ZodDefault, $ZodCustom;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
          fn(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _ instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_2) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          } else {
            handleArrayResult(result, payload, i);
            if (abortEarly && result.issues.length !== 0 && aborted(result))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field.values)
              propValues[key].add(v);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          const patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return void 0;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) {
          return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        if (!async)
          return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results2) => {
          return handleUnionResults(results2, payload, inst, ctx);
        });
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = /* @__PURE__ */ new Set();
          for (const key of values) {
            if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
              recordKeys.add(typeof key === "number" ? key.toString() : key);
              if (key === "__proto__")
                continue;
              const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              const outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              if (result instanceof Promise) {
                proms.push(result.then((result2) => {
                  if (result2.issues.length) {
                    payload.issues.push(...prefixIssues(key, result2.issues));
                  }
                  payload.value[outKey] = result2.value;
                }));
              } else {
                if (result.issues.length) {
                  payload.issues.push(...prefixIssues(key, result.issues));
                }
                payload.value[outKey] = result.value;
              }
            }
          }
          let unrecognized;
          for (const key in input) {
            if (!recordKeys.has(key)) {
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              }
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        } else {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__")
              continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (retryResult.issues.length === 0) {
                keyResult = retryResult;
              }
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") {
                payload.value[key] = input[key];
              } else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
              }
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((result2) => {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[outKey] = result2.value;
              }));
            } else {
              if (result.issues.length) {
                payload.issues.push(...prefixIssues(key, result.issues));
              }
              payload.value[outKey] = result.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result instanceof Promise)
            return result.then((result2) => handleOptionalResult(payload, result2));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
          return payload;
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleDefaultResult(result2, def));
        }
        return handleDefaultResult(result, def);
      };
    });
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def);
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _) => {
        return payload;
      };
      inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
  const ch = new $ZodCheck({ check: "describe" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, description });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_registries();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors2();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
var ZodMiniType, ZodMiniString, ZodMiniNever, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniRecord, ZodMiniEnum, ZodMiniOptional, ZodMiniDefault, ZodMiniCustom, describe2;
var init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        const def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: true });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    });
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
      $ZodRecord.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    describe2 = describe;
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    init_external();
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

// src/core/config.ts
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return typeof value;
}
function issueMessage(issue2, input) {
  switch (issue2.code) {
    case "invalid_type":
      if (input === void 0)
        return `missing required field (expected ${ARTICLE[issue2.expected] ?? issue2.expected})`;
      return `expected ${ARTICLE[issue2.expected] ?? issue2.expected}, got ${describeType(input)}`;
    case "unrecognized_keys":
      return `unknown field${issue2.keys.length > 1 ? "s" : ""} ${issue2.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_value":
      return `expected one of ${issue2.values.map((v) => String(v)).join(", ")}`;
    case "invalid_key":
      return issue2.issues[0]?.message ?? issue2.message;
    case "too_small":
      return issue2.origin === "string" ? "expected a non-empty string" : issue2.message;
    default:
      return issue2.message;
  }
}
function valueAt(root, path12) {
  let node = root;
  for (const segment of path12) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function workspaceIssues(value) {
  const tasks = valueAt(value, ["tasks"]);
  if (tasks === null || typeof tasks !== "object" || Array.isArray(tasks)) return [];
  const issues = [];
  for (const [name, task] of Object.entries(tasks)) {
    if (task === null || typeof task !== "object") continue;
    const raw = task;
    const dir = typeof raw["working-directory"] === "string" ? raw["working-directory"] : ".";
    const cwd = normalizeWorkingDirectory(dir);
    if (cwd === void 0) {
      issues.push({
        path: formatIssuePath(["tasks", name, "working-directory"]),
        message: `expected a directory inside the workspace, got "${dir}"`
      });
      continue;
    }
    for (const field of ["inputs", "outputs"]) {
      const list = raw[field];
      if (!Array.isArray(list)) continue;
      list.forEach((pattern, index) => {
        if (typeof pattern === "string" && pattern && !patternStaysInside(cwd, pattern)) {
          issues.push({
            path: formatIssuePath(["tasks", name, field, index]),
            message: `expected a pattern inside the workspace, got "${pattern}"`
          });
        }
      });
    }
  }
  return issues;
}
function validateConfig(value) {
  const result = configSchema.safeParse(value);
  const issues = result.success ? [] : result.error.issues.map((issue2) => ({
    path: formatIssuePath(issue2.path),
    message: issueMessage(issue2, valueAt(value, issue2.path))
  }));
  issues.push(...workspaceIssues(value));
  if (result.success && issues.length === 0) return { ok: true, config: result.data };
  return { ok: false, issues: sortIssues(issues) };
}
function sortIssues(issues) {
  return issues.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function parseConfig(text) {
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        return {
          path: pos ? `line ${pos.line}, column ${pos.col}` : "(syntax)",
          message: error.message.split("\n")[0] ?? error.message
        };
      })
    };
  }
  const value = doc.toJS();
  if (value === null || value === void 0) {
    return { ok: false, issues: [{ path: "(root)", message: 'expected a mapping with "tasks"' }] };
  }
  return validateConfig(value);
}
var import_yaml, TASK_NAME, nonEmpty, stringList, sizeString, ageString, taskSchema, remoteSchema, configSchema, ARTICLE;
var init_config = __esm({
  "src/core/config.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_mini();
    init_config_shape();
    init_paths();
    init_units();
    init_config_shape();
    TASK_NAME = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;
    nonEmpty = () => string2().check(_minLength(1));
    stringList = (description) => _default(array(nonEmpty()), []).check(describe2(description));
    sizeString = string2().check(
      refine((s) => parseSize(s) !== void 0, { message: 'expected a size such as "10GB"' })
    );
    ageString = string2().check(
      refine((s) => parseAge(s) !== void 0, {
        message: 'expected an age such as "7d" or "12h"'
      })
    );
    taskSchema = strictObject({
      run: nonEmpty().check(describe2("The command to run on a miss.")),
      inputs: stringList(
        'Globs of input files, relative to working-directory; "!" excludes. Their contents enter the key.'
      ),
      outputs: stringList(
        "Globs of output files, relative to working-directory; stored on success, restored on a hit."
      ),
      env: stringList(
        'Environment variables whose values enter the key: names, "*" wildcards, "!" exclusions.'
      ),
      "key-commands": stringList('Commands whose stdout enters the key, such as "node --version".'),
      "key-salt": _default(string2(), "").check(describe2("Free text in the key, for manual invalidation.")),
      "working-directory": _default(string2(), ".").check(describe2("Directory the command runs in, relative to the workspace.")),
      shell: optional(_enum(SHELLS)).check(describe2("Shell for the command (default bash; pwsh on Windows).")),
      redact: stringList("Environment variables whose values are removed from stored logs.")
    });
    remoteSchema = union([
      nonEmpty(),
      strictObject({
        url: nonEmpty(),
        mode: _default(_enum(STORE_MODES), "read-write")
      })
    ]).check(
      describe2(
        "A remote cache: http(s)://, s3://, turbo+http(s)://, redis(s)://, or {url, mode} with mode read-write, read, write or off."
      )
    );
    configSchema = strictObject({
      $schema: optional(string2()),
      tasks: record(
        string2().check(
          _regex(TASK_NAME, {
            message: "expected a task name of letters, digits and . _ : @ / -"
          })
        ),
        taskSchema
      ).check(describe2("The tasks, by name.")),
      "max-size": optional(sizeString).check(describe2("Prune the local store to this size after a save.")),
      "max-age": optional(ageString).check(describe2("Prune local entries unused for longer than this.")),
      remote: optional(remoteSchema),
      remotes: optional(array(remoteSchema)).check(describe2("Remote caches, read in this order after the local store."))
    });
    ARTICLE = {
      string: "a string",
      array: "a list",
      object: "a mapping",
      record: "a mapping",
      number: "a number",
      boolean: "true or false"
    };
  }
});

// src/engine/config-load.ts
var config_load_exports = {};
__export(config_load_exports, {
  loadConfig: () => loadConfig,
  parsedConfig: () => parsedConfig
});
function loadConfig(file) {
  const absolute = path4.resolve(file);
  return parsedConfig(absolute, readConfigText(absolute));
}
function parsedConfig(absolute, text) {
  const result = parseConfig(text);
  if (!result.ok) throw new ConfigError(absolute, result.issues);
  return { file: absolute, workspace: path4.dirname(absolute), config: result.config };
}
var path4;
var init_config_load = __esm({
  "src/engine/config-load.ts"() {
    "use strict";
    path4 = __toESM(require("node:path"), 1);
    init_config();
    init_config_file();
  }
});

// src/engine/config-file.ts
function findConfig(from) {
  let dir = path5.resolve(from);
  for (; ; ) {
    const candidate = path5.join(dir, DEFAULT_CONFIG);
    if ((0, import_node_fs6.existsSync)(candidate)) return candidate;
    const parent = path5.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function readConfigText(absolute) {
  try {
    return (0, import_node_fs6.readFileSync)(absolute, "utf8");
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `config file not found: ${absolute}` : `cannot read ${absolute}: ${code}`
    );
  }
}
async function loadConfigCached(file, stateDir) {
  const absolute = path5.resolve(file);
  const text = readConfigText(absolute);
  const cached2 = stateDir && SCHEMA_ID ? path5.join(stateDir, `config-${blake3(`${SCHEMA_ID}\0${text}`).slice(0, 32)}.json`) : void 0;
  if (cached2) {
    try {
      const config2 = JSON.parse((0, import_node_fs6.readFileSync)(cached2, "utf8"));
      return { file: absolute, workspace: path5.dirname(absolute), config: config2 };
    } catch {
    }
  }
  const { parsedConfig: parsedConfig2 } = await Promise.resolve().then(() => (init_config_load(), config_load_exports));
  const loaded = parsedConfig2(absolute, text);
  if (cached2) {
    try {
      writeFileAtomic(cached2, JSON.stringify(loaded.config));
    } catch {
    }
  }
  return loaded;
}
function resolveTask(name, task) {
  return {
    name,
    command: task.run,
    shell: task.shell ?? defaultShell(),
    // Validated by the schema already.
    cwd: normalizeWorkingDirectory(task["working-directory"]) ?? ".",
    inputs: task.inputs,
    outputs: task.outputs,
    env: task.env,
    keyCommands: task["key-commands"],
    salt: task["key-salt"],
    redact: task.redact
  };
}
function selectTasks(loaded, names) {
  const tasks = loaded.config.tasks;
  const wanted = names.length > 0 ? names : Object.keys(tasks);
  const unknown = wanted.filter((name) => !Object.hasOwn(tasks, name));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown task${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `"${n}"`).join(", ")} in ${loaded.file} (tasks: ${Object.keys(tasks).join(", ") || "none"})`
    );
  }
  return wanted.map((name) => resolveTask(name, tasks[name]));
}
var import_node_fs6, path5, DEFAULT_CONFIG, ConfigError, SCHEMA_ID;
var init_config_file = __esm({
  "src/engine/config-file.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    path5 = __toESM(require("node:path"), 1);
    init_atomic_file();
    init_blake3();
    init_process();
    init_config_shape();
    init_paths();
    init_errors();
    DEFAULT_CONFIG = "taskcache.yml";
    ConfigError = class extends UsageError {
      constructor(file, issues) {
        super(formatConfigIssues(file, issues));
        this.file = file;
        this.issues = issues;
      }
      file;
      issues;
    };
    SCHEMA_ID = true ? "e27436150c156b84" : void 0;
  }
});

// src/adapters/codec.ts
function zlib() {
  zlibModule ??= (0, import_node_module4.createRequire)(__taskcacheModuleUrl)("node:zlib");
  return zlibModule;
}
function hasZstdBinary() {
  zstdBinary ??= childProcess().spawnSync("zstd", ["--version"], { stdio: "ignore" }).status === 0;
  return zstdBinary;
}
function preferredCodec(bytes, compress = true) {
  if (!compress || bytes < TINY_ARCHIVE) return "none";
  if (zlib().createZstdCompress) return "zstd";
  if (bytes >= SMALL_ARCHIVE && hasZstdBinary()) return "zstd";
  return "gzip";
}
function processStream(file, args, input = true) {
  const child = childProcess().spawn(file, args, {
    stdio: [input ? "pipe" : "ignore", "pipe", "pipe"]
  });
  const stdout = child.stdout;
  let stderr = "";
  const duplex = new import_node_stream.Duplex({
    write(chunk, _encoding, callback) {
      if (child.stdin.write(chunk)) callback();
      else child.stdin.once("drain", () => callback());
    },
    final(callback) {
      child.stdin?.end();
      callback();
    },
    read() {
      stdout.resume();
    },
    destroy(error, callback) {
      if (child.exitCode === null) child.kill();
      callback(error);
    }
  });
  stdout.on("data", (chunk) => {
    if (!duplex.push(chunk)) stdout.pause();
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk.toString();
  });
  child.on("error", (error) => duplex.destroy(error));
  child.stdin?.on("error", (error) => duplex.destroy(error));
  child.on("close", (code) => {
    if (code === 0) duplex.push(null);
    else duplex.destroy(new Error(`${file} exited with code ${code}: ${stderr.trim()}`));
  });
  if (!input) duplex.end();
  return duplex;
}
function compressor(codec) {
  switch (codec) {
    case "zstd": {
      const z = zlib();
      if (z.createZstdCompress) {
        return z.createZstdCompress({
          params: { [z.constants.ZSTD_c_compressionLevel]: 1 }
        });
      }
      throw new Error("zstd is not available");
    }
    case "gzip":
      return zlib().createGzip({ level: 1 });
  }
}
function compressToFile(codec, dest) {
  if (codec === "zstd" && hasZstdBinary()) {
    const child = childProcess().spawn("zstd", ["-1", "-T0", "-q", "-f", "-o", dest], {
      stdio: ["pipe", "ignore", "pipe"]
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString();
    });
    const done = new Promise((resolve6, reject) => {
      child.on("error", reject);
      child.on(
        "close",
        (code) => code === 0 ? resolve6() : reject(new Error(`zstd exited with code ${code}: ${stderr.trim()}`))
      );
    });
    return { input: child.stdin, done };
  }
  if (codec === "none") {
    const input2 = (0, import_node_fs7.createWriteStream)(dest);
    return { input: input2, done: (0, import_promises.finished)(input2) };
  }
  const input = compressor(codec);
  return { input, done: (0, import_promises.pipeline)(input, (0, import_node_fs7.createWriteStream)(dest)) };
}
function decompressor(codec) {
  switch (codec) {
    case "zstd": {
      const z = zlib();
      if (z.createZstdDecompress) return z.createZstdDecompress();
      if (hasZstdBinary()) return processStream("zstd", ["-d", "-q", "-c"]);
      throw new Error("zstd is not available to read this entry");
    }
    case "gzip":
      return zlib().createGunzip();
    case "none":
      return new import_node_stream.PassThrough();
  }
}
function decompressFile(codec, file) {
  if (codec === "none") return plainPieces(file);
  if (codec === "zstd" && !zlib().createZstdDecompress && hasZstdBinary()) {
    return processStream("zstd", ["-d", "-q", "-c", "--", file], false);
  }
  return decompressStream((0, import_node_fs7.createReadStream)(file), codec);
}
function decompressStream(source, codec) {
  const stream = source.pipe(decompressor(codec));
  source.on("error", (error) => stream.destroy(error));
  return stream;
}
function* plainPieces(file) {
  const fd = (0, import_node_fs7.openSync)(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(PIECE);
    for (; ; ) {
      const read = (0, import_node_fs7.readSync)(fd, buffer, 0, PIECE, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    (0, import_node_fs7.closeSync)(fd);
  }
}
var import_node_fs7, import_node_module4, import_node_stream, import_promises, zlibModule, zstdBinary, TINY_ARCHIVE, SMALL_ARCHIVE, PIECE;
var init_codec = __esm({
  "src/adapters/codec.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_module4 = require("node:module");
    import_node_stream = require("node:stream");
    import_promises = require("node:stream/promises");
    init_process();
    TINY_ARCHIVE = 64 * 1024;
    SMALL_ARCHIVE = 256 * 1024;
    PIECE = 1024 * 1024;
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
      if (file.symlink) {
        const target = linkTarget(options.workspace, file);
        if (target === void 0) skipped.push(file.path);
        else outputs.push({ kind: "link", path: file.path, target });
        continue;
      }
      hasher.init();
      const size = await batches.readFile(file.absolute, hasher);
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
function linkTarget(workspace, file) {
  let target = (0, import_node_fs8.readlinkSync)(file.absolute);
  if (path6.isAbsolute(target)) {
    const relative2 = path6.relative(path6.dirname(file.absolute), target);
    if (isAbsoluteAnywhere(relative2)) return void 0;
    const inside = path6.relative(workspace, target);
    if (inside.startsWith("..") || path6.isAbsolute(inside)) return void 0;
    target = relative2;
  }
  target = target.split(path6.sep).join("/");
  return linkStaysInside(file.path, target) ? target : void 0;
}
async function stageArchive(source, record2, workspace) {
  const dir = path6.join(workspace, `.taskcache-tmp-${uniqueSuffix()}`);
  (0, import_node_fs8.mkdirSync)(dir);
  try {
    const made2 = /* @__PURE__ */ new Set([dir]);
    const staged = (item) => {
      const file = path6.join(dir, item.path);
      const parent = path6.dirname(file);
      if (!made2.has(parent)) {
        (0, import_node_fs8.mkdirSync)(parent, { recursive: true });
        made2.add(parent);
      }
      return file;
    };
    const slots = [];
    for (const item of record2.outputs) {
      if (item.kind !== "file") continue;
      slots.push({
        size: item.size,
        digest: item.digest,
        file: staged(item),
        mode: item.executable ? 493 : 420,
        label: item.path
      });
    }
    slots.push({
      size: record2.log.size,
      digest: record2.log.digest,
      file: void 0,
      mode: 0,
      label: "the log"
    });
    const log = await fillSlots(source, record2.archive.codec, slots);
    for (const item of record2.outputs) {
      if (item.kind === "link") (0, import_node_fs8.symlinkSync)(item.target, staged(item));
    }
    return { dir, log };
  } catch (error) {
    (0, import_node_fs8.rmSync)(dir, { recursive: true, force: true });
    throw error instanceof CorruptEntryError ? error : new CorruptEntryError(messageOf(error));
  }
}
async function fillSlots(source, codec, slots) {
  const hasher = await (await fileBackend()).createHasher();
  const modes = new Modes();
  const logChunks = [];
  let index = -1;
  let slot;
  let remaining = 0;
  let position = 0;
  let fd;
  const finish2 = () => {
    if (!slot) return;
    if (fd !== void 0) (0, import_node_fs8.closeSync)(fd);
    fd = void 0;
    if (hasher.digest() !== slot.digest) {
      throw new CorruptEntryError(`content of ${slot.label} does not match its digest`);
    }
  };
  const next = () => {
    for (; ; ) {
      finish2();
      index += 1;
      slot = slots[index];
      if (!slot) return;
      hasher.init();
      remaining = slot.size;
      position = 0;
      if (slot.file !== void 0) {
        fd = (0, import_node_fs8.openSync)(slot.file, "wx", slot.mode);
        modes.apply(fd, slot.mode);
      }
      if (remaining > 0) return;
    }
  };
  try {
    next();
    const stream = typeof source === "string" ? decompressFile(codec, source) : decompressStream(source, codec);
    for await (const raw of stream) {
      const chunk = raw;
      let offset = 0;
      while (offset < chunk.length) {
        if (!slot) throw new CorruptEntryError("archive has more data than its record");
        const take = Math.min(remaining, chunk.length - offset);
        const part = chunk.subarray(offset, offset + take);
        hasher.update(part);
        if (fd !== void 0) {
          for (let done = 0; done < take; ) {
            done += (0, import_node_fs8.writeSync)(fd, part, done, take - done, position + done);
          }
          position += take;
        } else logChunks.push(Buffer.from(part));
        offset += take;
        remaining -= take;
        if (remaining === 0) next();
      }
    }
    if (slot) throw new CorruptEntryError("archive ends before its record does");
  } finally {
    if (fd !== void 0) (0, import_node_fs8.closeSync)(fd);
  }
  return Buffer.concat(logChunks);
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function checkDestinations(record2, workspace) {
  const root = (0, import_node_fs8.realpathSync)(workspace);
  const checked = /* @__PURE__ */ new Map();
  const resolve6 = (dir) => {
    let known = checked.get(dir);
    if (known === void 0) {
      known = describe3(dir);
      checked.set(dir, known);
    }
    return known;
  };
  const describe3 = (dir) => {
    let real;
    try {
      real = (0, import_node_fs8.realpathSync)(dir);
    } catch {
      if (exists(dir)) return { inside: true, exists: true, blocked: true };
      const ancestor = dir === path6.dirname(dir) ? void 0 : resolve6(path6.dirname(dir));
      return {
        inside: ancestor?.inside ?? false,
        exists: false,
        blocked: ancestor?.blocked ?? true
      };
    }
    return {
      inside: real === root || real.startsWith(root + path6.sep),
      exists: true,
      blocked: !isDirectory(real)
    };
  };
  for (const item of record2.outputs) {
    const dest = path6.join(root, item.path);
    const parent = resolve6(path6.dirname(dest));
    if (!parent.inside) {
      throw new CorruptEntryError(`output ${item.path} would be written outside the workspace`);
    }
    if (parent.blocked) {
      throw new CorruptEntryError(
        `output ${item.path} cannot be placed: a file is where its directory would be`
      );
    }
    if (parent.exists && isDirectory(dest)) {
      throw new CorruptEntryError(`output ${item.path} is a directory in the workspace`);
    }
  }
}
function exists(file) {
  try {
    return (0, import_node_fs8.lstatSync)(file, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return false;
  }
}
function isDirectory(file) {
  try {
    return (0, import_node_fs8.lstatSync)(file).isDirectory();
  } catch {
    return false;
  }
}
function placeOutputs(record2, staged, workspace) {
  const present = /* @__PURE__ */ new Map();
  const moved = /* @__PURE__ */ new Set();
  const unit = (file) => {
    for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1)) {
      const dir = file.slice(0, slash);
      let there = present.get(dir);
      if (there === void 0) {
        there = exists(path6.join(workspace, dir));
        present.set(dir, there);
      }
      if (!there) return dir;
    }
    return file;
  };
  try {
    for (const item of record2.outputs) {
      const what = unit(item.path);
      if (moved.has(what)) continue;
      (0, import_node_fs8.renameSync)(path6.join(staged.dir, what), path6.join(workspace, what));
      if (what !== item.path) moved.add(what);
    }
  } finally {
    (0, import_node_fs8.rmSync)(staged.dir, { recursive: true, force: true });
  }
}
var import_node_fs8, path6, CorruptEntryError, BATCH2, BUFFERS, Batches, Modes;
var init_archive = __esm({
  "src/adapters/archive.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    path6 = __toESM(require("node:path"), 1);
    init_paths();
    init_atomic_file();
    init_codec();
    init_files();
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
        const fd = (0, import_node_fs8.openSync)(file, "r");
        try {
          const expected = (0, import_node_fs8.fstatSync)(fd).size;
          let size = 0;
          for (; ; ) {
            const buffer = await this.room();
            const want = BATCH2 - this.fill;
            const read = (0, import_node_fs8.readSync)(fd, buffer, this.fill, want, null);
            if (read === 0) break;
            hasher.update(buffer.subarray(this.fill, this.fill + read));
            this.fill += read;
            size += read;
            if (read < want && size >= expected) break;
          }
          return size;
        } finally {
          (0, import_node_fs8.closeSync)(fd);
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
        await new Promise((resolve6) => this.sink.end(resolve6));
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
        const written = new Promise((resolve6, reject) => {
          this.sink.write(chunk, (error) => error ? reject(error) : resolve6());
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
          kept = ((0, import_node_fs8.fstatSync)(fd).mode & 4095) === mode;
          this.kept.set(mode, kept);
        }
        if (!kept) (0, import_node_fs8.fchmodSync)(fd, mode);
      }
    };
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
    salt: parts.salt
  };
}
function isLink(entry) {
  return "link" in entry;
}
function inputJson(entry) {
  return isLink(entry) ? `{"link":${jsonString(entry.link)},"path":${jsonString(entry.path)}}` : `{"digest":"${entry.digest}","path":${jsonString(entry.path)},"x":${entry.executable}}`;
}
function jsonString(text) {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}
function writeManifest(manifest, write) {
  const rest = canonicalJson({
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
  });
  const placeholder = '"inputs":0';
  const at = rest.indexOf(placeholder);
  write(`${rest.slice(0, at)}"inputs":[`);
  const inputs = manifest.inputs;
  for (let i = 0; i < inputs.length; i++) {
    write(i === 0 ? inputJson(inputs[i]) : `,${inputJson(inputs[i])}`);
  }
  write(`]${rest.slice(at + placeholder.length)}`);
}
function hashManifest(manifest, hash) {
  const encoder = new TextEncoder();
  const bytes = new Uint8Array(3 * 2 * KEY_TEXT_CHUNK);
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
var KEY_SCHEMA_VERSION, PLAIN, KEY_TEXT_CHUNK;
var init_manifest = __esm({
  "src/core/manifest.ts"() {
    "use strict";
    init_canonical();
    KEY_SCHEMA_VERSION = 1;
    PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
    KEY_TEXT_CHUNK = 16 * 1024;
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
  if (before.salt !== after.salt) changes.push({ kind: "salt" });
  return changes;
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
      case "salt":
        lines.push("key-salt changed");
        break;
      default:
        return unreachable(change);
    }
  }
  return lines;
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

// src/core/digest.ts
function isDigest(value) {
  return typeof value === "string" && HEX64.test(value);
}
function isKey(value) {
  return isDigest(value);
}
var HEX64;
var init_digest = __esm({
  "src/core/digest.ts"() {
    "use strict";
    HEX64 = /^[0-9a-f]{64}$/;
  }
});

// src/core/entry.ts
function outputBytes(record2) {
  let total = 0;
  for (const item of record2.outputs) if (item.kind === "file") total += item.size;
  return total;
}
function encodeRecord(record2, hash, signer) {
  const body = canonicalJson(record2);
  const digest = hash(body);
  const signature = signer ? `,"signature":${JSON.stringify(signer.sign(record2.key, digest))}` : "";
  return `{"digest":"${digest}"${signature},"record":${body}}
`;
}
function asWritten(text, hash, withManifest) {
  const start = text.indexOf(RECORD_FIELD);
  const end = text.lastIndexOf("}");
  if (start === -1 || end <= start || text.slice(end + 1).trim() !== "") return void 0;
  let header;
  try {
    header = JSON.parse(`${text.slice(0, start)}}`);
  } catch {
    return void 0;
  }
  const body = text.slice(start + RECORD_FIELD.length, end);
  if (!isDigest(header.digest) || hash(body) !== header.digest) return void 0;
  let record2;
  try {
    record2 = !withManifest && parseWithoutManifest(body) || JSON.parse(body);
  } catch {
    return void 0;
  }
  if (record2 === null || typeof record2 !== "object") return void 0;
  return { ok: true, digest: header.digest, record: record2, signature: header.signature };
}
function parseWithoutManifest(body) {
  const start = body.indexOf(MANIFEST_FIELD);
  const end = start === -1 ? -1 : body.indexOf(AFTER_MANIFEST, start);
  if (end === -1) return void 0;
  try {
    const record2 = JSON.parse(
      `${body.slice(0, start)},"manifest":null${body.slice(end + 1)}`
    );
    if (record2 === null || typeof record2 !== "object") return void 0;
    delete record2.manifest;
    return record2;
  } catch {
    return void 0;
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
  const { digest, record: record2, signature } = parsed;
  if (!isDigest(digest) || record2 === null || typeof record2 !== "object") {
    return { ok: false, reason: "record has no digest" };
  }
  if (hash(canonicalJson(record2)) !== digest) {
    return { ok: false, reason: "record digest mismatch" };
  }
  return { ok: true, digest, record: record2, signature };
}
function decodeRecord(text, expectedKey, hash, signer) {
  return decode2(text, expectedKey, hash, signer, true);
}
function decodeRecordToRestore(text, expectedKey, hash, signer) {
  return decode2(text, expectedKey, hash, signer, false);
}
function decode2(text, expectedKey, hash, signer, withManifest) {
  const checked = asWritten(text, hash, withManifest) ?? reserialized(text, hash);
  if (!checked.ok) return checked;
  const { digest, record: record2, signature } = checked;
  const entry = record2;
  if (entry.format !== ENTRY_FORMAT) {
    return { ok: false, reason: `unsupported entry format ${String(entry.format)}` };
  }
  if (!isKey(entry.key) || expectedKey !== void 0 && entry.key !== expectedKey) {
    return { ok: false, reason: "record belongs to another key" };
  }
  if (signer) {
    if (typeof signature !== "string") return { ok: false, reason: "entry is not signed" };
    if (!signer.verify(entry.key, digest, signature)) {
      return { ok: false, reason: "entry signature does not match the signing key" };
    }
  }
  if (!Array.isArray(entry.outputs) || !CODECS.includes(entry.archive?.codec)) {
    return { ok: false, reason: "record is malformed" };
  }
  const seen = /* @__PURE__ */ new Set();
  for (const item of entry.outputs) {
    if (!isSafeRelativePath(item.path) || seen.has(item.path)) {
      return { ok: false, reason: `unsafe output path ${JSON.stringify(item.path)}` };
    }
    seen.add(item.path);
  }
  for (const item of entry.outputs) {
    for (let slash = item.path.lastIndexOf("/"); slash > 0; ) {
      if (seen.has(item.path.slice(0, slash))) {
        return {
          ok: false,
          reason: `output ${JSON.stringify(item.path)} lies below another output`
        };
      }
      slash = item.path.lastIndexOf("/", slash - 1);
    }
    if (item.kind === "link") {
      if (typeof item.target !== "string" || !linkStaysInside(item.path, item.target)) {
        return { ok: false, reason: `symlink ${item.path} points outside the workspace` };
      }
    } else if (item.kind !== "file" || !isDigest(item.digest) || !Number.isSafeInteger(item.size) || item.size < 0) {
      return { ok: false, reason: `malformed output ${item.path}` };
    }
  }
  if (!isDigest(entry.log?.digest) || !Number.isSafeInteger(entry.log.size)) {
    return { ok: false, reason: "record is malformed" };
  }
  return { ok: true, record: entry };
}
var ENTRY_FORMAT, CODECS, RECORD_FIELD, MANIFEST_FIELD, AFTER_MANIFEST;
var init_entry = __esm({
  "src/core/entry.ts"() {
    "use strict";
    init_canonical();
    init_digest();
    init_paths();
    ENTRY_FORMAT = 1;
    CODECS = ["zstd", "gzip", "none"];
    RECORD_FIELD = ',"record":';
    MANIFEST_FIELD = ',"manifest":{';
    AFTER_MANIFEST = '},"outputs":[';
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
  const compiled2 = compileEnvPatterns(patterns);
  const selected = [];
  for (const name of Object.keys(env)) {
    if (env[name] === void 0) continue;
    if (compiled2.exclude.some((re) => re.test(name))) continue;
    if (compiled2.exact.has(name)) {
      selected.push(name);
      continue;
    }
    if (!compiled2.include.some((re) => re.test(name))) continue;
    if (isSecretLookingName(name) || VOLATILE.some((re) => re.test(name))) continue;
    selected.push(name);
  }
  return selected.sort(compareCodeUnits);
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
var VOLATILE_ENV, SECRET_NAME, VOLATILE;
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
  }
});

// src/adapters/stat-cache.ts
function isRacy(times, readAt) {
  return Math.max(times.mtimeMs, times.ctimeMs) >= readAt - RACY_MS;
}
function sameStat(stat2, size, mtimeMs, ctimeMs, ino) {
  return size === stat2.size && mtimeMs === stat2.mtimeMs && ctimeMs === stat2.ctimeMs && ino === stat2.ino;
}
var import_node_fs9, MAGIC, NUMBERS, DIGEST_BYTES, RACY_MS, MAX_ENTRIES, PIECE_BYTES, ROW_TAIL, StatCache;
var init_stat_cache = __esm({
  "src/adapters/stat-cache.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    init_atomic_file();
    MAGIC = "TCS1";
    NUMBERS = 4 * 8;
    DIGEST_BYTES = 32;
    RACY_MS = 2e3;
    MAX_ENTRIES = 25e4;
    PIECE_BYTES = 256 * 1024;
    ROW_TAIL = NUMBERS + DIGEST_BYTES;
    StatCache = class _StatCache {
      constructor(file, data) {
        this.file = file;
        this.data = data;
      }
      file;
      data;
      /** Rows loaded from disk, by path: where their numbers start in `data`. */
      offsets = /* @__PURE__ */ new Map();
      /** Loaded paths recorded again (or found racy) in this run: their loaded rows are dropped. */
      superseded = /* @__PURE__ */ new Set();
      /** Loaded paths looked up in this run. */
      seen = /* @__PURE__ */ new Set();
      /**
       * Rows recorded in this run, encoded as the file holds them as they come, so 50,000 new rows
       * cost no objects and saving is a write: full pieces, then the one being filled.
       */
      added = [];
      piece = Buffer.allocUnsafe(0);
      pieceBytes = 0;
      addedRows = 0;
      /** Loads the cache; a missing, foreign or torn file is an empty cache. */
      static load(file) {
        let data;
        try {
          data = (0, import_node_fs9.readFileSync)(file);
        } catch {
          return new _StatCache(file, Buffer.alloc(0));
        }
        const cache = new _StatCache(file, data);
        if (data.toString("latin1", 0, MAGIC.length) !== MAGIC)
          return new _StatCache(file, Buffer.alloc(0));
        let at = MAGIC.length;
        while (at + 2 <= data.length) {
          const length = data.readUInt16LE(at);
          const end = at + 2 + length + ROW_TAIL;
          if (end > data.length) break;
          cache.offsets.set(data.toString("utf8", at + 2, at + 2 + length), at + 2 + length);
          at = end;
        }
        return cache;
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
        return this.offsets.has(name) && !this.superseded.has(name);
      }
      /** The digest kept for this exact stat, unless it was racy when recorded. */
      lookup(stat2) {
        const at = this.offsets.get(stat2.path);
        if (at === void 0 || this.superseded.has(stat2.path)) return void 0;
        this.seen.add(stat2.path);
        const d = this.data;
        return sameStat(
          stat2,
          d.readDoubleLE(at),
          d.readDoubleLE(at + 8),
          d.readDoubleLE(at + 16),
          d.readDoubleLE(at + 24)
        ) ? d.toString("hex", at + NUMBERS, at + NUMBERS + DIGEST_BYTES) : void 0;
      }
      /** Records a digest computed from content read at or after `hashedAt`. */
      record(stat2, digest, hashedAt) {
        if (this.offsets.has(stat2.path)) this.superseded.add(stat2.path);
        if (isRacy(stat2, hashedAt)) return;
        const most = 2 + stat2.path.length * 3 + ROW_TAIL;
        if (this.pieceBytes + most > this.piece.length) {
          if (this.pieceBytes > 0) this.added.push(this.piece.subarray(0, this.pieceBytes));
          this.piece = Buffer.allocUnsafe(Math.max(PIECE_BYTES, most));
          this.pieceBytes = 0;
        }
        const out = this.piece;
        let at = this.pieceBytes;
        const length = out.write(stat2.path, at + 2, "utf8");
        out.writeUInt16LE(length, at);
        at += 2 + length;
        at = out.writeDoubleLE(stat2.size, at);
        at = out.writeDoubleLE(stat2.mtimeMs, at);
        at = out.writeDoubleLE(stat2.ctimeMs, at);
        at = out.writeDoubleLE(stat2.ino, at);
        this.pieceBytes = at + out.write(digest, at, "hex");
        this.addedRows += 1;
      }
      /**
       * Writes the cache atomically when anything changed; failures only cost speed. Loaded rows
       * still valid are written as they were read (runs of them in one piece), then this run's rows.
       */
      save() {
        if (this.addedRows === 0 && this.superseded.size === 0) return;
        const many = this.offsets.size - this.superseded.size + this.addedRows > MAX_ENTRIES;
        const pieces = [Buffer.from(MAGIC, "latin1")];
        let run2;
        for (const [name, numbers] of this.offsets) {
          if (this.superseded.has(name) || many && !this.seen.has(name)) continue;
          const start = numbers - 2 - Buffer.byteLength(name);
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
  }
});

// src/adapters/dir-cache.ts
function toRow(stats2, listing) {
  return [stats2.mtimeMs, stats2.ctimeMs, stats2.ino, listing.names.join("/"), listing.kinds];
}
var import_node_fs10, FORMAT, MAX_DIRS, DirCache;
var init_dir_cache = __esm({
  "src/adapters/dir-cache.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    init_atomic_file();
    init_stat_cache();
    init_walk();
    FORMAT = 1;
    MAX_DIRS = 1e5;
    DirCache = class _DirCache {
      constructor(file, rows) {
        this.file = file;
        this.rows = rows;
      }
      file;
      rows;
      updates = /* @__PURE__ */ new Map();
      seen = /* @__PURE__ */ new Set();
      /** Directories listed during this run, and how many of them came from the cache. */
      listed = 0;
      reused = 0;
      /** Loads the cache; a missing, foreign or torn file is an empty cache. */
      static load(file) {
        let rows = /* @__PURE__ */ new Map();
        try {
          const parsed = JSON.parse((0, import_node_fs10.readFileSync)(file, "utf8"));
          if (parsed.format === FORMAT && parsed.dirs !== null && typeof parsed.dirs === "object") {
            rows = new Map(Object.entries(parsed.dirs));
          }
        } catch {
        }
        return new _DirCache(file, rows);
      }
      /** Lists directories through the cache. */
      list = (absolute) => {
        this.listed += 1;
        this.seen.add(absolute);
        const row = this.rows.get(absolute);
        const listedAt = Date.now();
        const stats2 = (0, import_node_fs10.lstatSync)(absolute, { throwIfNoEntry: false });
        if (stats2 === void 0 || !stats2.isDirectory()) {
          this.updates.set(absolute, null);
          return void 0;
        }
        if (row !== void 0 && Array.isArray(row) && row[0] === stats2.mtimeMs && row[1] === stats2.ctimeMs && row[2] === stats2.ino && typeof row[3] === "string" && typeof row[4] === "string") {
          const names = row[3] === "" ? [] : row[3].split("/");
          if (names.length === row[4].length) {
            this.reused += 1;
            return { names, kinds: row[4] };
          }
        }
        const listing = readListing(absolute);
        const keep = listing !== void 0 && !isRacy(stats2, listedAt);
        this.updates.set(absolute, keep ? toRow(stats2, listing) : null);
        return listing;
      };
      /** Writes the cache atomically when anything changed; failures only cost speed. */
      save() {
        if (this.listed === this.reused) return;
        const many = this.rows.size + this.updates.size > MAX_DIRS;
        const dirs = {};
        for (const [dir, row] of this.rows) {
          if (!this.updates.has(dir) && (!many || this.seen.has(dir))) dirs[dir] = row;
        }
        for (const [dir, row] of this.updates) if (row !== null) dirs[dir] = row;
        try {
          writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, dirs }));
        } catch {
        }
      }
    };
  }
});

// src/engine/key.ts
function cachesFor(ctx) {
  if (!ctx.stateDir) return {};
  const id = blake3(ctx.workspace).slice(0, 24);
  const statCache = StatCache.load(path7.join(ctx.stateDir, `stat-${id}.bin`));
  if (statCache.empty) return { statCache };
  return { statCache, dirCache: DirCache.load(path7.join(ctx.stateDir, `dirs-${id}.json`)) };
}
async function computeTaskKey(spec, ctx) {
  const { inputs, unmatched } = await scanInputs(
    {
      workspace: ctx.workspace,
      cwd: spec.cwd,
      patterns: spec.inputs,
      // Declared outputs are never inputs.
      exclude: spec.outputs
    },
    cachesFor(ctx)
  );
  const env = selectEnv(spec.env, ctx.env).map((name) => ({
    name,
    digest: envValueDigest(name, ctx.env[name] ?? "", blake3)
  }));
  const cwdAbsolute = path7.join(ctx.workspace, spec.cwd);
  const keyCommands = [];
  for (const command of spec.keyCommands) {
    const stdout = await captureStdout(spec.shell, command, cwdAbsolute, ctx.env);
    keyCommands.push({ command, digest: blake3(stdout) });
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
    salt: spec.salt
  });
  const key = hashManifest(manifest, await (await fileBackend()).createHasher());
  return { manifest, key, unmatched };
}
var path7;
var init_key = __esm({
  "src/engine/key.ts"() {
    "use strict";
    path7 = __toESM(require("node:path"), 1);
    init_blake3();
    init_dir_cache();
    init_files();
    init_process();
    init_stat_cache();
    init_env();
    init_manifest();
  }
});

// src/stores/store.ts
var canRead, canWrite, StoreError;
var init_store = __esm({
  "src/stores/store.ts"() {
    "use strict";
    init_config_shape();
    canRead = (mode) => mode === "read-write" || mode === "read";
    canWrite = (mode) => mode === "read-write" || mode === "write";
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

// src/engine/stores.ts
function messageOf2(error) {
  return error instanceof Error ? error.message : String(error);
}
var StoreSet;
var init_stores = __esm({
  "src/engine/stores.ts"() {
    "use strict";
    init_store();
    StoreSet = class {
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
          this.fail(store, `${what}: ${messageOf2(error)}`);
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
  }
});

// src/engine/engine.ts
async function keyTask(spec, engine) {
  const taskKey = await computeTaskKey(spec, engine);
  for (const pattern of taskKey.unmatched) {
    engine.reporter.warn(`${spec.name}: input pattern "${pattern}" matched no file`);
  }
  return taskKey;
}
async function runTask(spec, engine) {
  const started = monotonicMs();
  const { reporter } = engine;
  let taskKey;
  try {
    taskKey = await keyTask(spec, engine);
  } catch (error) {
    reporter.warn(
      `${spec.name}: cannot compute the key (${messageOf2(error)}); running without the cache`
    );
  }
  if (taskKey && !engine.force) {
    const hit = await restore(spec, taskKey.key, engine);
    if (hit) {
      const durationMs = Math.round(monotonicMs() - started);
      const result2 = {
        task: spec.name,
        key: taskKey.key,
        status: "hit",
        source: hit.source.name,
        exitCode: 0,
        durationMs,
        originalDurationMs: hit.record.durationMs,
        timeSavedMs: Math.max(0, hit.record.durationMs - durationMs),
        bytes: outputBytes(hit.record),
        reason: null,
        savedTo: [],
        cachedAt: hit.record.createdAt,
        ...hit.record.runnerFiles ? { runnerFiles: hit.record.runnerFiles } : {}
      };
      if (hit.record.runnerFiles) engine.hooks?.apply(hit.record.runnerFiles);
      reporter.hit(spec, taskKey.key, hit.source.name, hit.record, hit.log);
      await finish(engine, result2);
      return result2;
    }
  }
  const reason = taskKey ? engine.force ? "forced" : (await explainMiss(spec, taskKey.manifest, engine)).reason : "no key";
  if (taskKey) reporter.miss(spec, taskKey.key, reason);
  const cwd = path8.join(engine.workspace, spec.cwd);
  const run2 = await runCommand({
    shell: spec.shell,
    command: spec.command,
    cwd,
    env: engine.hooks ? engine.hooks.prepare(engine.env) : engine.env,
    live: reporter.live
  });
  if (run2.spawnError) reporter.warn(`${spec.name}: ${run2.spawnError}`);
  const runnerFiles = engine.hooks?.collect();
  let bytes = 0;
  let savedTo = [];
  if (run2.exitCode === 0 && taskKey) {
    const secrets = [
      ...secretValues(engine.env),
      ...spec.redact.map((name) => engine.env[name]).filter((v) => !!v)
    ];
    const log = Buffer.from(redact(run2.log.toString("utf8"), secrets));
    const saved = await save(spec, taskKey, engine, {
      log,
      durationMs: run2.durationMs,
      runnerFiles: runnerFiles && redactRunnerFiles(spec, runnerFiles, secrets, reporter)
    });
    bytes = saved.bytes;
    savedTo = saved.stores.map((s) => s.name);
  }
  const result = {
    task: spec.name,
    key: taskKey?.key ?? null,
    status: run2.exitCode === 0 ? "miss" : "failed",
    source: null,
    exitCode: run2.exitCode,
    durationMs: Math.round(monotonicMs() - started),
    originalDurationMs: null,
    timeSavedMs: 0,
    bytes,
    reason,
    savedTo,
    cachedAt: null,
    ...runnerFiles ? { runnerFiles } : {}
  };
  await finish(engine, result);
  return result;
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
async function finish(engine, result) {
  engine.reporter.done(result);
  if (!engine.local || engine.local.mode === "off" || result.key === null) return;
  await engine.local.recordRun({
    time: (/* @__PURE__ */ new Date()).toISOString(),
    task: result.task,
    key: result.key,
    status: result.status,
    source: result.source,
    durationMs: result.durationMs,
    savedMs: result.timeSavedMs
  }).catch(() => {
  });
}
async function restore(spec, key, engine) {
  const { stores, reporter } = engine;
  for (const store of stores.readable()) {
    const stored = await stores.get(store, key);
    if (!stored) continue;
    const decoded = decodeRecordToRestore(stored.recordText, key, blake3, engine.signer);
    if (!decoded.ok) {
      reporter.warn(
        `${spec.name}: entry ${key.slice(0, 12)} in ${store.name} is unusable (${decoded.reason}); treating it as a miss`
      );
      continue;
    }
    const record2 = decoded.record;
    const position = stores.stores.indexOf(store);
    const backfill = stores.writable().filter((s) => stores.stores.indexOf(s) < position);
    const copy = backfill.length > 0 ? scratchFile(engine, key) : void 0;
    try {
      checkDestinations(record2, engine.workspace);
      let archive;
      let written;
      if (copy) ({ stream: archive, written } = teeToFile(await stored.openArchive(), copy));
      else archive = stored.archiveFile ?? await stored.openArchive();
      const staged = await stageArchive(archive, record2, engine.workspace);
      try {
        await written;
      } catch (error) {
        (0, import_node_fs11.rmSync)(staged.dir, { recursive: true, force: true });
        throw error;
      }
      placeOutputs(record2, staged, engine.workspace);
      if (copy) {
        await stores.putAll(backfill, {
          key,
          task: spec.name,
          scope: engine.scope,
          recordText: stored.recordText,
          archivePath: copy,
          archiveSize: (0, import_node_fs11.statSync)(copy).size
        });
      }
      return { source: store, record: record2, log: staged.log };
    } catch (error) {
      if (error instanceof CorruptEntryError) {
        reporter.warn(
          `${spec.name}: entry ${key.slice(0, 12)} in ${store.name} is corrupt (${error.message}); treating it as a miss, outputs left as they were`
        );
      } else {
        stores.fail(store, `restore: ${messageOf2(error)}`);
      }
    } finally {
      if (copy) (0, import_node_fs11.rmSync)(copy, { force: true });
    }
  }
  return void 0;
}
function scratchFile(engine, key) {
  (0, import_node_fs11.mkdirSync)(engine.tmpDir, { recursive: true });
  return path8.join(engine.tmpDir, `${key}.${uniqueSuffix()}.archive`);
}
function teeToFile(source, file) {
  const out = (0, import_node_fs11.createWriteStream)(file);
  const pass = new import_node_stream2.PassThrough();
  source.on("error", (error) => {
    pass.destroy(error);
    out.destroy(error);
  });
  source.pipe(out);
  source.pipe(pass);
  return { stream: pass, written: (0, import_promises2.finished)(out) };
}
async function explainMiss(spec, manifest, engine) {
  for (const store of engine.stores.readable()) {
    const text = await engine.stores.attempt(
      store,
      "lookup",
      () => store.latestRecord(spec.name, engine.scope)
    );
    if (!text) continue;
    const decoded = decodeRecord(text, void 0, blake3, engine.signer);
    if (!decoded.ok) continue;
    const changes = diffManifests(decoded.record.manifest, manifest);
    return { reason: missReason(changes), changes, previous: decoded.record };
  }
  return { reason: missReason(void 0), changes: void 0, previous: void 0 };
}
async function save(spec, taskKey, engine, run2) {
  const { reporter } = engine;
  if (engine.stores.writable().length === 0) return { bytes: 0, stores: [] };
  const listing = await listFiles({
    workspace: engine.workspace,
    cwd: spec.cwd,
    patterns: spec.outputs
  });
  for (const pattern of listing.unmatched) {
    reporter.warn(`${spec.name}: output pattern "${pattern}" matched no file`);
  }
  const archivePath = scratchFile(engine, taskKey.key);
  try {
    const codec = preferredCodec(
      listing.files.reduce((sum, file) => sum + file.size, 0) + run2.log.length,
      engine.stores.writable().some((store) => store.compress)
    );
    const written = await writeArchive({
      files: listing.files,
      workspace: engine.workspace,
      log: run2.log,
      codec,
      dest: archivePath
    });
    for (const skipped of written.skipped) {
      reporter.warn(
        `${spec.name}: output ${skipped} is a symlink leaving the workspace; not stored`
      );
    }
    const record2 = {
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
      producer: engine.producer,
      ...run2.runnerFiles ? { runnerFiles: run2.runnerFiles } : {}
    };
    const stores = await engine.stores.saveAll({
      key: taskKey.key,
      task: spec.name,
      scope: engine.scope,
      recordText: encodeRecord(record2, blake3, engine.signer),
      archivePath,
      archiveSize: (0, import_node_fs11.statSync)(archivePath).size
    });
    if (engine.local && stores.includes(engine.local) && engine.prune) {
      const { maxBytes, maxAgeMs } = engine.prune;
      if (maxBytes !== void 0 || maxAgeMs !== void 0) {
        await engine.local.prune({ maxBytes, maxAgeMs }).catch((error) => {
          reporter.warn(`pruning the local store failed: ${messageOf2(error)}`);
        });
      }
    }
    return { bytes: outputBytes(record2), stores };
  } catch (error) {
    reporter.warn(
      `${spec.name}: saving the outputs failed (${messageOf2(error)}); the task itself succeeded`
    );
    return { bytes: 0, stores: [] };
  } finally {
    (0, import_node_fs11.rmSync)(archivePath, { force: true });
  }
}
async function askStores(key, engine) {
  const answers = [];
  for (const store of engine.stores.readable()) {
    const hit = await engine.stores.attempt(store, "lookup", () => store.has(key));
    answers.push({ store: store.name, hit: hit ?? null });
  }
  return answers;
}
async function dryRunTask(spec, engine) {
  const { key, manifest } = await keyTask(spec, engine);
  const answers = await askStores(key, engine);
  const source = answers.find((a) => a.hit)?.store ?? null;
  const reason = source ? null : (await explainMiss(spec, manifest, engine)).reason;
  return { task: spec.name, key, status: source ? "hit" : "miss", source, stores: answers, reason };
}
async function explainTask(spec, engine) {
  const { key, manifest, unmatched } = await computeTaskKey(spec, engine);
  const answers = await askStores(key, engine);
  const explained = await explainMiss(spec, manifest, engine);
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
    stores: answers,
    previous: explained.previous ? { key: explained.previous.key, createdAt: explained.previous.createdAt } : null,
    changes: explained.changes ?? null,
    lines: explained.changes ? describeChanges(explained.changes, 10) : [],
    unmatched
  };
}
var import_node_fs11, path8, import_node_stream2, import_promises2;
var init_engine = __esm({
  "src/engine/engine.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    path8 = __toESM(require("node:path"), 1);
    import_node_stream2 = require("node:stream");
    import_promises2 = require("node:stream/promises");
    init_archive();
    init_atomic_file();
    init_blake3();
    init_codec();
    init_files();
    init_process();
    init_diff();
    init_entry();
    init_env();
    init_key();
    init_stores();
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

// src/adapters/http-client.ts
function bodyOf(...parts) {
  const size = parts.reduce(
    (total, part) => total + (Buffer.isBuffer(part) ? part.length : part.size),
    0
  );
  return {
    size,
    open: () => import_node_stream3.Readable.from(
      (async function* () {
        for (const part of parts) {
          if (Buffer.isBuffer(part)) {
            if (part.length > 0) yield part;
          } else if (part.size > 0) {
            yield* (0, import_node_fs12.createReadStream)(part.path, { highWaterMark: 1 << 20 });
          }
        }
      })(),
      { objectMode: false }
    )
  };
}
function guardStream(source, options) {
  const { idleMs, expectedBytes } = options;
  let received = 0;
  let timer;
  let ended = false;
  const stop = () => {
    clearTimeout(timer);
    timer = void 0;
  };
  const fail = (error) => {
    stop();
    if (!out.destroyed) out.destroy(error);
  };
  const arm = () => {
    stop();
    timer = setTimeout(
      () => fail(new HttpFailure(`download stalled: no data for ${idleMs} ms`, "idle-timeout")),
      idleMs
    );
  };
  const out = new import_node_stream3.Readable({
    read() {
      if (ended) return;
      arm();
      source.resume();
    },
    destroy(error, callback) {
      stop();
      if (!ended) source.destroy();
      callback(error);
    }
  });
  source.on("data", (chunk) => {
    received += chunk.length;
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
    }
  });
  source.on("end", () => {
    ended = true;
    stop();
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
function contentLength(res) {
  const value = res.headers["content-length"];
  if (value === void 0 || !/^\d+$/.test(value)) return void 0;
  return Number(value);
}
function retryAfterMs(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date2 = Date.parse(trimmed);
  if (Number.isNaN(date2)) return void 0;
  return Math.max(0, date2 - now);
}
function networkFailure(error) {
  if (error instanceof HttpFailure) return error;
  const code = error.code;
  const text = code === "ECONNRESET" && error.message === "aborted" ? "connection reset" : error.message;
  return new HttpFailure(code && !text.includes(code) ? `${text} (${code})` : text, "network");
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
function sleep(ms) {
  return new Promise((resolve6) => setTimeout(resolve6, ms));
}
var import_node_fs12, http, https, import_node_stream3, HTTP_DEFAULTS, HttpFailure, RETRYABLE_STATUS, isRead, HttpClient;
var init_http_client = __esm({
  "src/adapters/http-client.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    http = __toESM(require("node:http"), 1);
    https = __toESM(require("node:https"), 1);
    import_node_stream3 = require("node:stream");
    HTTP_DEFAULTS = {
      connectTimeoutMs: 5e3,
      idleTimeoutMs: 15e3,
      maxAttempts: 3,
      baseDelayMs: 250,
      maxDelayMs: 1e4
    };
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
    RETRYABLE_STATUS = (status) => status === 429 || status >= 500;
    isRead = (method) => method === "GET" || method === "HEAD";
    HttpClient = class {
      connectTimeoutMs;
      idleTimeoutMs;
      maxAttempts;
      baseDelayMs;
      maxDelayMs;
      headers;
      httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
      httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });
      constructor(options = {}) {
        this.connectTimeoutMs = options.connectTimeoutMs ?? HTTP_DEFAULTS.connectTimeoutMs;
        this.idleTimeoutMs = options.idleTimeoutMs ?? HTTP_DEFAULTS.idleTimeoutMs;
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
        return this.withRetries(request, async (res) => {
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
          for await (const chunk of this.guard(res)) {
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
       * Only the exchange up to the headers is retried: a body that stalls or is cut short
       * later errors the stream, and is never passed off as complete.
       */
      async streamed(request) {
        return this.withRetries(request, async (res) => this.guard(res));
      }
      /** Closes idle keep-alive connections. */
      close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
      }
      async withRetries(request, read) {
        let lastError;
        let attempts = 0;
        for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
          attempts = attempt;
          const last = attempt === this.maxAttempts;
          let res;
          try {
            res = await this.send(request);
          } catch (error) {
            lastError = error;
            const retryable = isRead(request.method) || error instanceof HttpFailure && error.unsent;
            if (last || !retryable) break;
            await sleep(this.backoff(attempt, void 0));
            continue;
          }
          const status = res.statusCode ?? 0;
          if (RETRYABLE_STATUS(status) && !last) {
            res.resume();
            await sleep(this.backoff(attempt, retryAfterMs(res.headers["retry-after"])));
            continue;
          }
          try {
            const body = await read(res);
            return { status, headers: res.headers, body, attempts: attempt };
          } catch (error) {
            lastError = error;
            const retryable = isRead(request.method) && error instanceof HttpFailure && error.reason !== "too-large";
            if (last || !retryable) break;
            await sleep(this.backoff(attempt, void 0));
          }
        }
        throw withAttempts(lastError, attempts);
      }
      /** Exponential backoff with jitter (half fixed, half random); a Retry-After is respected. */
      backoff(attempt, retryAfter) {
        const exponential = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
        const jittered = exponential / 2 + Math.random() * exponential / 2;
        return Math.min(this.maxDelayMs, Math.max(jittered, retryAfter ?? 0));
      }
      /** One attempt, up to the response headers. */
      send(request) {
        const { url, method, body } = request;
        const secure = url.protocol === "https:";
        const headers = { ...this.headers, ...request.headers };
        if (body) headers["content-length"] = String(body.size);
        return new Promise((resolve6, reject) => {
          const req = (secure ? https : http).request(url, {
            method,
            headers,
            agent: secure ? this.httpsAgent : this.httpAgent
          });
          let settled = false;
          let connectTimer;
          const fail = (error) => {
            clearTimeout(connectTimer);
            if (settled) return;
            settled = true;
            reject(error);
            req.destroy();
          };
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
            const failure2 = networkFailure(error);
            const stale = req.reusedSocket && error.code === "ECONNRESET";
            fail(stale ? new HttpFailure(failure2.message, "network", 1, true) : failure2);
          });
          req.on("response", (res) => {
            clearTimeout(connectTimer);
            req.setTimeout(0);
            if (settled) {
              res.destroy();
              return;
            }
            settled = true;
            resolve6(res);
          });
          if (!body || body.size === 0) {
            req.end();
            return;
          }
          (0, import_node_stream3.pipeline)(body.open(), req, (error) => {
            if (error) fail(error);
          });
        });
      }
      /** The response body, failing on silence, on a short or long body, or on a reset. */
      guard(res) {
        return guardStream(res, { idleMs: this.idleTimeoutMs, expectedBytes: contentLength(res) });
      }
    };
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
var MAX_ENVELOPE_BYTES, HttpStore, HEADER_NAME;
var init_http = __esm({
  "src/stores/http.ts"() {
    "use strict";
    init_archive();
    init_http_client();
    init_remote();
    MAX_ENVELOPE_BYTES = 64 * 1024 * 1024;
    HttpStore = class {
      name;
      compress = true;
      mode;
      base;
      client;
      warn;
      constructor(url, settings) {
        this.name = settings.name;
        this.mode = settings.mode;
        this.warn = settings.warn;
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
        const what = `GET cas/${short(cas)}`;
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
        if (await this.exists("ac", request.key)) return "exists";
        const cas = await sha256File(request.archivePath);
        if (!await this.exists("cas", cas)) {
          await this.putBody(
            `PUT cas/${short(cas)}`,
            this.url("cas", cas),
            bodyOf({ path: request.archivePath, size: request.archiveSize })
          );
        }
        const envelope = encodeCasEnvelope(cas, request.archiveSize, request.recordText);
        await this.putBody(
          `PUT ac/${short(request.key)}`,
          this.url("ac", request.key),
          bodyOf(Buffer.from(envelope))
        );
        const pointer = pointerId(request.task, request.scope);
        await this.putBody(
          `PUT ac/${short(pointer)}`,
          this.url("ac", pointer),
          bodyOf(Buffer.from(encodePointer(request.key)))
        );
        return "saved";
      }
      async latestRecord(task, scope) {
        const pointer = await this.getText("ac", pointerId(task, scope));
        const key = pointer === void 0 ? void 0 : decodePointer(pointer);
        if (key === void 0) return void 0;
        const text = await this.getText("ac", key);
        if (text === void 0) return void 0;
        const envelope = decodeCasEnvelope(text);
        return typeof envelope === "string" ? void 0 : envelope.record;
      }
      /** Closes idle connections (the store keeps working; a new request opens one). */
      close() {
        this.client.close();
      }
      async getText(kind, id) {
        const what = `GET ${kind}/${short(id)}`;
        const response = await this.call(what, { method: "GET", url: this.url(kind, id) }, "buffer");
        if (response.status === 404) return void 0;
        if (response.status !== 200) throw statusError(this.name, what, response);
        return response.body.toString("utf8");
      }
      async exists(kind, id) {
        const what = `HEAD ${kind}/${short(id)}`;
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
          return read === "buffer" ? await this.client.buffered(request, MAX_ENVELOPE_BYTES) : await this.client.streamed(request);
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
function statusOf(error) {
  return error?.$metadata?.httpStatusCode;
}
function codeOf(error) {
  const e = error;
  return typeof e?.Code === "string" ? e.Code : typeof e?.name === "string" ? e.name : "";
}
var import_node_fs13, import_client_s3, import_lib_storage, PART_BYTES, PART_QUEUE, PARAMS, AUTH_CODES, MISSING_CODES, S3Store;
var init_s3 = __esm({
  "src/stores/s3.ts"() {
    "use strict";
    import_node_fs13 = require("node:fs");
    import_client_s3 = require("./vendor/aws-s3.cjs");
    import_lib_storage = require("./vendor/aws-s3.cjs");
    init_archive();
    init_http_client();
    init_remote();
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
      name;
      compress = true;
      mode;
      bucket;
      prefix;
      client;
      idleTimeoutMs;
      connectTimeoutMs;
      warn;
      /** Cleared when the server rejects If-None-Match on PUT (older S3 compatibles). */
      conditionalPut = true;
      constructor(url, settings) {
        this.name = settings.name;
        this.mode = settings.mode;
        this.warn = settings.warn;
        this.idleTimeoutMs = settings.idleTimeoutMs;
        this.connectTimeoutMs = settings.connectTimeoutMs;
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
        const path12 = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, "");
        this.prefix = path12 ? `${path12}/` : "";
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
        const agent = { keepAlive: true, maxSockets: 16 };
        const config2 = {
          region: url.searchParams.get("region") ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1",
          forcePathStyle: pathStyle === null ? endpoint !== void 0 : pathStyle === "true",
          maxAttempts: settings.maxAttempts,
          retryMode: "standard",
          requestHandler: {
            connectionTimeout: settings.connectTimeoutMs,
            socketTimeout: settings.idleTimeoutMs,
            httpAgent: agent,
            httpsAgent: agent
          },
          // Compatibles (Ceph, R2, older MinIO) reject the SDK's default trailing checksums.
          requestChecksumCalculation: "WHEN_REQUIRED",
          responseChecksumValidation: "WHEN_REQUIRED",
          ...endpoint !== void 0 ? { endpoint } : {}
        };
        if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
          config2.credentials = {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}
          };
        }
        this.client = new import_client_s3.S3Client(config2);
      }
      objectKey(kind, id) {
        return `${this.prefix}${kind}/${id}`;
      }
      async get(key) {
        const text = await this.getText(this.objectKey("ac", key), `GET ac/${short(key)}`);
        if (text === void 0) return void 0;
        return envelopeEntry(
          text,
          key,
          { name: this.name, warn: this.warn },
          (cas, size) => this.openContent(cas, size)
        );
      }
      async openContent(cas, size) {
        const what = `GET cas/${short(cas)}`;
        try {
          const out = await this.client.send(
            new import_client_s3.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey("cas", cas) })
          );
          const body = out.Body;
          if (!body) throw new StoreError(this.name, `${this.name}: ${what}: no body`);
          if (out.ContentLength !== void 0 && out.ContentLength !== size) {
            body.destroy();
            throw new CorruptEntryError(
              `${this.name}: the content is ${out.ContentLength} bytes, the entry says ${size}`
            );
          }
          return guardStream(body, { idleMs: this.idleTimeoutMs, expectedBytes: size });
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
        return this.exists(this.objectKey("ac", key), `HEAD ac/${short(key)}`);
      }
      async put(request) {
        const acKey = this.objectKey("ac", request.key);
        if (await this.exists(acKey, `HEAD ac/${short(request.key)}`)) return "exists";
        const cas = await sha256File(request.archivePath);
        const casKey = this.objectKey("cas", cas);
        if (!await this.exists(casKey, `HEAD cas/${short(cas)}`)) {
          await this.upload(casKey, request.archivePath, `PUT cas/${short(cas)}`);
        }
        const envelope = encodeCasEnvelope(cas, request.archiveSize, request.recordText);
        const written = await this.putText(acKey, envelope, `PUT ac/${short(request.key)}`, true);
        if (!written) return "exists";
        const pointer = pointerId(request.task, request.scope);
        await this.putText(
          this.objectKey("ac", pointer),
          encodePointer(request.key),
          `PUT ac/${short(pointer)}`,
          false
        );
        return "saved";
      }
      async latestRecord(task, scope) {
        const pointer = pointerId(task, scope);
        const text = await this.getText(this.objectKey("ac", pointer), `GET ac/${short(pointer)}`);
        const key = text === void 0 ? void 0 : decodePointer(text);
        if (key === void 0) return void 0;
        const entry = await this.getText(this.objectKey("ac", key), `GET ac/${short(key)}`);
        if (entry === void 0) return void 0;
        const envelope = decodeCasEnvelope(entry);
        return typeof envelope === "string" ? void 0 : envelope.record;
      }
      close() {
        this.client.destroy();
      }
      async getText(objectKey, what) {
        try {
          const out = await this.client.send(
            new import_client_s3.GetObjectCommand({ Bucket: this.bucket, Key: objectKey })
          );
          const text = await out.Body?.transformToString("utf8");
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
          await this.client.send(new import_client_s3.HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }));
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
          await this.client.send(
            new import_client_s3.PutObjectCommand({
              Bucket: this.bucket,
              Key: objectKey,
              Body: text,
              ContentType: "application/json",
              ...conditional ? { IfNoneMatch: "*" } : {}
            })
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
      async upload(objectKey, path12, what) {
        const upload = new import_lib_storage.Upload({
          client: this.client,
          params: {
            Bucket: this.bucket,
            Key: objectKey,
            Body: (0, import_node_fs13.createReadStream)(path12, { highWaterMark: 1 << 20 }),
            ContentType: "application/octet-stream"
          },
          partSize: PART_BYTES,
          queueSize: PART_QUEUE,
          leavePartsOnError: false
        });
        try {
          await upload.done();
        } catch (error) {
          throw this.error(what, error);
        }
      }
      error(what, error) {
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
  }
});

// src/stores/turbo.ts
var turbo_exports = {};
__export(turbo_exports, {
  TurboStore: () => TurboStore
});
function parseArtifact(body) {
  if (body.length < HEADER_BYTES || !body.subarray(0, MAGIC2.length).equals(MAGIC2)) {
    return "the artifact was not written by taskcache";
  }
  const length = body.readUInt32BE(MAGIC2.length);
  if (HEADER_BYTES + length > body.length) return "the artifact is shorter than its header says";
  return {
    recordText: body.subarray(HEADER_BYTES, HEADER_BYTES + length).toString("utf8"),
    archive: body.subarray(HEADER_BYTES + length)
  };
}
var import_node_crypto, import_node_stream4, MAGIC2, HEADER_BYTES, MAX_ARTIFACT_BYTES, TurboStore;
var init_turbo = __esm({
  "src/stores/turbo.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_stream4 = require("node:stream");
    init_http_client();
    init_remote();
    MAGIC2 = Buffer.from("TCE1");
    HEADER_BYTES = MAGIC2.length + 4;
    MAX_ARTIFACT_BYTES = 1024 * 1024 * 1024;
    TurboStore = class {
      name;
      compress = true;
      mode;
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
        this.signingKey = settings.env.TURBO_REMOTE_CACHE_SIGNATURE_KEY || void 0;
        const protocol = url.protocol === "turbo+https:" ? "https:" : "http:";
        this.base = `${protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
        this.client = new HttpClient({
          connectTimeoutMs: settings.connectTimeoutMs,
          idleTimeoutMs: settings.idleTimeoutMs,
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
          this.warn(`${this.name}: entry ${short(key)} is unusable (${parsed}); treating it as a miss`);
          return void 0;
        }
        return {
          recordText: parsed.recordText,
          openArchive: async () => import_node_stream4.Readable.from([parsed.archive], { objectMode: false })
        };
      }
      async has(key) {
        const what = `HEAD artifact ${short(key)}`;
        const response = await this.call(what, { method: "HEAD", url: this.url(key) });
        if (response.status === 404) return false;
        if (response.status === 200) return true;
        throw statusError(this.name, what, response);
      }
      async put(request) {
        if (await this.has(request.key)) return "exists";
        const record2 = Buffer.from(request.recordText, "utf8");
        const header = Buffer.alloc(HEADER_BYTES);
        MAGIC2.copy(header, 0);
        header.writeUInt32BE(record2.length, MAGIC2.length);
        const body = bodyOf(header, record2, { path: request.archivePath, size: request.archiveSize });
        await this.upload(request.key, body);
        const pointer = pointerId(request.task, request.scope);
        await this.upload(pointer, bodyOf(Buffer.from(encodePointer(request.key))));
        return "saved";
      }
      async latestRecord(task, scope) {
        const pointer = await this.download(pointerId(task, scope));
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
        const what = `GET artifact ${short(hash)}`;
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
              `${this.name}: artifact ${short(hash)} is not trusted (${problem}); treating it as a miss`
            );
            return void 0;
          }
        }
        return response.body;
      }
      async upload(hash, body) {
        const what = `PUT artifact ${short(hash)}`;
        const headers = { "content-type": "application/octet-stream" };
        if (this.signingKey !== void 0) headers["x-artifact-tag"] = await this.tagOf(hash, body);
        const response = await this.call(what, { method: "PUT", url: this.url(hash), body, headers });
        if (response.status < 200 || response.status > 299) {
          throw statusError(this.name, what, response);
        }
      }
      hmac(hash) {
        return (0, import_node_crypto.createHmac)("sha256", this.signingKey ?? "").update(hash).update(this.team?.value ?? "");
      }
      async tagOf(hash, body) {
        const mac2 = this.hmac(hash);
        for await (const chunk of body.open()) mac2.update(chunk);
        return mac2.digest("base64");
      }
      tagMatches(hash, body, tag) {
        const expected = this.hmac(hash).update(body).digest();
        const given = Buffer.from(tag, "base64");
        return given.length === expected.length && (0, import_node_crypto.timingSafeEqual)(given, expected);
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
function isConnectionFailure(error) {
  if (!(error instanceof Error)) return false;
  return error.name === "MaxRetriesPerRequestError" || /Connection is closed|Command timed out|Socket timeout|ECONN|ETIMEDOUT|EPIPE/i.test(
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
var import_node_crypto2, import_node_fs14, import_promises3, import_node_stream5, import_ioredis, DEFAULT_TTL_SECONDS, CHUNK_MARGIN_SECONDS, DEFAULT_CHUNK_BYTES, MAX_CHUNK_BYTES, PARAMS2, RedisStore;
var init_redis = __esm({
  "src/stores/redis.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    import_node_fs14 = require("node:fs");
    import_promises3 = require("node:fs/promises");
    import_node_stream5 = require("node:stream");
    import_ioredis = require("./vendor/ioredis.cjs");
    init_archive();
    init_units();
    init_remote();
    init_store();
    DEFAULT_TTL_SECONDS = 7 * 24 * 3600;
    CHUNK_MARGIN_SECONDS = 3600;
    DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
    MAX_CHUNK_BYTES = 256 * 1024 * 1024;
    PARAMS2 = /* @__PURE__ */ new Set(["ttl", "prefix"]);
    RedisStore = class {
      name;
      compress = true;
      mode;
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
        this.commandTimeoutMs = settings.idleTimeoutMs * 2;
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
      latestKey(task, scope) {
        return `${this.prefix}latest:${pointerId(task, scope)}`;
      }
      async get(key) {
        const text = await this.run(`GET ${short(key)}`, (c) => c.getBuffer(this.entryKey(key)));
        if (text === null) return void 0;
        const envelope = decodeEnvelope(text.toString("utf8"));
        if (typeof envelope === "string") {
          this.warn(
            `${this.name}: entry ${short(key)} is unusable (${envelope}); treating it as a miss`
          );
          return void 0;
        }
        return {
          recordText: envelope.record,
          openArchive: async () => this.openChunks(key, envelope)
        };
      }
      openChunks(key, envelope) {
        const store = this;
        return import_node_stream5.Readable.from(
          (async function* () {
            let total = 0;
            for (let index = 0; index < envelope.chunks; index += 1) {
              const chunk = await store.run(
                `GET ${short(key)} chunk ${index}`,
                (c) => c.getBuffer(store.chunkKey(key, envelope.id, index))
              );
              if (chunk === null) {
                throw new CorruptEntryError(
                  `${store.name}: chunk ${index} of entry ${short(key)} is gone`
                );
              }
              total += chunk.length;
              yield chunk;
            }
            if (total !== envelope.size) {
              throw new CorruptEntryError(
                `${store.name}: entry ${short(key)} holds ${total} bytes, its envelope says ${envelope.size}`
              );
            }
          })(),
          { objectMode: false }
        );
      }
      async has(key) {
        return await this.run(`EXISTS ${short(key)}`, (c) => c.exists(this.entryKey(key))) > 0;
      }
      async put(request) {
        const { key } = request;
        if (await this.has(key)) return "exists";
        const id = (0, import_node_crypto2.randomBytes)(8).toString("hex");
        const chunkTtl = this.ttlSeconds + CHUNK_MARGIN_SECONDS;
        let chunks = 0;
        const file = await (0, import_promises3.open)(request.archivePath, "r");
        try {
          for (let offset = 0; offset < request.archiveSize; offset += this.chunkBytes) {
            const length = Math.min(this.chunkBytes, request.archiveSize - offset);
            const buffer = Buffer.allocUnsafe(length);
            const { bytesRead } = await file.read(buffer, 0, length, offset);
            if (bytesRead !== length)
              throw new Error(`${request.archivePath} changed while it was being stored`);
            const index = chunks;
            await this.run(
              `SET ${short(key)} chunk ${index}`,
              (c) => c.set(this.chunkKey(key, id, index), buffer, "EX", chunkTtl)
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
        const set = await this.run(
          `SET ${short(key)}`,
          (c) => c.set(this.entryKey(key), JSON.stringify(envelope), "EX", this.ttlSeconds, "NX")
        );
        if (set === null) {
          await this.dropChunks(key, id, chunks);
          return "exists";
        }
        await this.run(
          `SET latest ${short(key)}`,
          (c) => c.set(this.latestKey(request.task, request.scope), key, "EX", this.ttlSeconds)
        );
        return "saved";
      }
      async latestRecord(task, scope) {
        const latest = await this.run("GET latest", (c) => c.get(this.latestKey(task, scope)));
        const key = latest === null ? void 0 : decodePointer(JSON.stringify({ latest }));
        if (key === void 0) return void 0;
        const text = await this.run(`GET ${short(key)}`, (c) => c.get(this.entryKey(key)));
        if (text === null) return void 0;
        const envelope = decodeEnvelope(text);
        return typeof envelope === "string" ? void 0 : envelope.record;
      }
      /** Closes the connection (a later operation opens a new one). */
      async close() {
        const client = this.client;
        this.client = void 0;
        if (!client) return;
        await client.quit().catch(() => client.disconnect());
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
            ca = (0, import_node_fs14.readFileSync)(this.caFile);
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
      async run(what, command) {
        const client = this.connection();
        this.inFlight += 1;
        client.stream?.ref();
        try {
          return await command(client);
        } catch (error) {
          const failure2 = this.error(what, error);
          if (isConnectionFailure(error)) {
            client.disconnect();
            if (this.client === client) this.client = void 0;
          }
          throw failure2;
        } finally {
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
  }
});

// src/stores/remote.ts
var remote_exports = {};
__export(remote_exports, {
  REMOTE_SCHEMES: () => REMOTE_SCHEMES,
  RemoteUrlError: () => RemoteUrlError,
  createRemoteStore: () => createRemoteStore,
  decodeCasEnvelope: () => decodeCasEnvelope,
  decodePointer: () => decodePointer,
  encodeCasEnvelope: () => encodeCasEnvelope,
  encodePointer: () => encodePointer,
  envelopeEntry: () => envelopeEntry,
  failureError: () => failureError,
  parseRemoteUrl: () => parseRemoteUrl,
  pointerId: () => pointerId,
  redactUrl: () => redactUrl,
  sha256File: () => sha256File,
  short: () => short,
  statusError: () => statusError
});
async function createRemoteStore(url, options) {
  const parsed = parseRemoteUrl(url);
  await initBlake3();
  const settings = {
    name: redactUrl(url),
    mode: options.mode,
    env: options.env,
    connectTimeoutMs: options.connectTimeoutMs ?? HTTP_DEFAULTS.connectTimeoutMs,
    idleTimeoutMs: options.timeoutMs ?? HTTP_DEFAULTS.idleTimeoutMs,
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
    const path12 = parsed.pathname === "/" ? "" : parsed.pathname;
    base = `${parsed.protocol}//${parsed.host}${path12}`;
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
function encodeCasEnvelope(cas, size, record2) {
  return JSON.stringify({ v: 1, cas, size, record: record2 });
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
function pointerId(task, scope) {
  return blake3(`${scope}\0${task}`);
}
function encodePointer(key) {
  return JSON.stringify({ latest: key });
}
function decodePointer(text) {
  try {
    const latest = JSON.parse(text)?.latest;
    return isKey(latest) ? latest : void 0;
  } catch {
    return void 0;
  }
}
async function sha256File(path12) {
  const hash = (0, import_node_crypto3.createHash)("sha256");
  for await (const chunk of (0, import_node_fs15.createReadStream)(path12, { highWaterMark: 1 << 20 })) {
    hash.update(chunk);
  }
  return hash.digest("hex");
}
function short(key) {
  return key.slice(0, 12);
}
function envelopeEntry(text, key, store, openContent) {
  const envelope = decodeCasEnvelope(text);
  if (typeof envelope === "string") {
    store.warn(
      `${store.name}: entry ${short(key)} is unusable (${envelope}); treating it as a miss`
    );
    return void 0;
  }
  return {
    recordText: envelope.record,
    openArchive: () => openContent(envelope.cas, envelope.size)
  };
}
var import_node_crypto3, import_node_fs15, RemoteUrlError, REMOTE_SCHEMES, SHOWN_PARAMS;
var init_remote = __esm({
  "src/stores/remote.ts"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    import_node_fs15 = require("node:fs");
    init_blake3();
    init_http_client();
    init_digest();
    init_store();
    RemoteUrlError = class extends Error {
      name = "RemoteUrlError";
    };
    REMOTE_SCHEMES = [
      "http",
      "https",
      "s3",
      "turbo+http",
      "turbo+https",
      "redis",
      "rediss"
    ];
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

// src/engine/remotes.ts
function readOnly(mode) {
  if (mode === "read-write") return "read";
  if (mode === "write") return "off";
  return mode;
}
async function remoteStores(specs, options) {
  if (specs.length === 0) return [];
  const { createRemoteStore: createRemoteStore2, RemoteUrlError: RemoteUrlError2, redactUrl: redactUrl2 } = await Promise.resolve().then(() => (init_remote(), remote_exports));
  const stores = [];
  for (const spec of specs) {
    const mode = options.untrusted ? readOnly(spec.mode) : spec.mode;
    if (mode === "off") continue;
    try {
      stores.push(
        await createRemoteStore2(spec.url, { mode, env: options.env, warn: options.warn })
      );
    } catch (error) {
      const message = error.message;
      throw new UsageError(
        error instanceof RemoteUrlError2 ? message : `remote ${redactUrl2(spec.url)}: ${message}`
      );
    }
  }
  return stores;
}
var init_remotes = __esm({
  "src/engine/remotes.ts"() {
    "use strict";
    init_config_file();
  }
});

// src/engine/signing.ts
function signerFromEnv(env) {
  const secret = env[SIGNING_KEY_ENV];
  if (!secret) return void 0;
  const { createHmac: createHmac2, timingSafeEqual: timingSafeEqual2 } = (0, import_node_module5.createRequire)(__taskcacheModuleUrl)(
    "node:crypto"
  );
  const mac2 = (key, digest) => createHmac2("sha256", secret).update(`taskcache-entry\0${key}\0${digest}`).digest("base64");
  return {
    sign: mac2,
    verify(key, digest, signature) {
      const expected = Buffer.from(mac2(key, digest));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual2(expected, given);
    }
  };
}
var import_node_module5, SIGNING_KEY_ENV;
var init_signing = __esm({
  "src/engine/signing.ts"() {
    "use strict";
    import_node_module5 = require("node:module");
    SIGNING_KEY_ENV = "TASKCACHE_SIGNING_KEY";
  }
});

// src/stores/local.ts
function defaultCacheDir(env = process.env) {
  if (env.TASKCACHE_DIR) return path9.resolve(env.TASKCACHE_DIR);
  if (env.XDG_CACHE_HOME) return path9.join(env.XDG_CACHE_HOME, "taskcache");
  return path9.join(os.homedir(), ".cache", "taskcache");
}
function isNotFound(error) {
  return error?.code === "ENOENT";
}
var import_node_fs16, import_promises4, os, path9, RECORD, ARCHIVE, STALE_TMP_MS, LocalStore;
var init_local = __esm({
  "src/stores/local.ts"() {
    "use strict";
    import_node_fs16 = require("node:fs");
    import_promises4 = require("node:fs/promises");
    os = __toESM(require("node:os"), 1);
    path9 = __toESM(require("node:path"), 1);
    init_atomic_file();
    init_blake3();
    RECORD = "record.json";
    ARCHIVE = "archive";
    STALE_TMP_MS = 60 * 60 * 1e3;
    LocalStore = class {
      constructor(root, mode = "read-write") {
        this.root = root;
        this.mode = mode;
      }
      root;
      mode;
      name = "local";
      compress = false;
      entryDir(key) {
        return path9.join(this.root, "entries", key.slice(0, 2), key);
      }
      get tmpDir() {
        return path9.join(this.root, "tmp");
      }
      /** State that only speeds up later runs (the stat cache); safe to delete. */
      get stateDir() {
        return path9.join(this.root, "state");
      }
      async get(key) {
        const dir = this.entryDir(key);
        let recordText;
        try {
          recordText = await (0, import_promises4.readFile)(path9.join(dir, RECORD), "utf8");
        } catch (error) {
          if (isNotFound(error)) return void 0;
          throw error;
        }
        const now = /* @__PURE__ */ new Date();
        await (0, import_promises4.utimes)(path9.join(dir, RECORD), now, now).catch(() => {
        });
        return {
          recordText,
          archiveFile: path9.join(dir, ARCHIVE),
          openArchive: async () => {
            const stream = (0, import_node_fs16.createReadStream)(path9.join(dir, ARCHIVE));
            await new Promise((resolve6, reject) => {
              stream.once("open", () => resolve6());
              stream.once("error", reject);
            });
            return stream;
          }
        };
      }
      async has(key) {
        return (0, import_node_fs16.existsSync)(path9.join(this.entryDir(key), RECORD));
      }
      async put(request) {
        const final = this.entryDir(request.key);
        if ((0, import_node_fs16.existsSync)(final)) return "exists";
        const staging = path9.join(this.tmpDir, `${request.key}.${uniqueSuffix()}`);
        await (0, import_promises4.mkdir)(staging, { recursive: true });
        try {
          await (0, import_promises4.link)(request.archivePath, path9.join(staging, ARCHIVE)).catch(
            () => (0, import_promises4.copyFile)(request.archivePath, path9.join(staging, ARCHIVE))
          );
          await (0, import_promises4.writeFile)(path9.join(staging, RECORD), request.recordText);
          await (0, import_promises4.mkdir)(path9.dirname(final), { recursive: true });
          try {
            await (0, import_promises4.rename)(staging, final);
          } catch (error) {
            if ((0, import_node_fs16.existsSync)(path9.join(final, RECORD))) return "exists";
            throw error;
          }
          await this.setLatest(request.task, request.scope, request.key);
          return "saved";
        } finally {
          await (0, import_promises4.rm)(staging, { recursive: true, force: true });
        }
      }
      latestFile(task, scope) {
        return path9.join(this.root, "latest", blake3(`${scope}\0${task}`));
      }
      async setLatest(task, scope, key) {
        const file = this.latestFile(task, scope);
        await (0, import_promises4.mkdir)(path9.dirname(file), { recursive: true });
        const tmp = `${file}.${uniqueSuffix()}`;
        await (0, import_promises4.writeFile)(tmp, key);
        await (0, import_promises4.rename)(tmp, file);
      }
      async latestRecord(task, scope) {
        try {
          const key = (await (0, import_promises4.readFile)(this.latestFile(task, scope), "utf8")).trim();
          return await (0, import_promises4.readFile)(path9.join(this.entryDir(key), RECORD), "utf8");
        } catch {
          return void 0;
        }
      }
      /** Every entry with its size and last use. */
      async list() {
        const base = path9.join(this.root, "entries");
        const out = [];
        for (const shard of await (0, import_promises4.readdir)(base).catch(() => [])) {
          for (const key of await (0, import_promises4.readdir)(path9.join(base, shard)).catch(() => [])) {
            const dir = path9.join(base, shard, key);
            try {
              const record2 = await (0, import_promises4.stat)(path9.join(dir, RECORD));
              const archive = await (0, import_promises4.stat)(path9.join(dir, ARCHIVE));
              out.push({
                key,
                dir,
                bytes: record2.size + archive.size,
                usedAt: record2.mtimeMs,
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
        await (0, import_promises4.mkdir)(this.tmpDir, { recursive: true });
        const doomed = path9.join(this.tmpDir, `evict-${entry.key}.${uniqueSuffix()}`);
        try {
          await (0, import_promises4.rename)(entry.dir, doomed);
        } catch {
          return;
        }
        await (0, import_promises4.rm)(doomed, { recursive: true, force: true });
      }
      async clearStaleTmp(now) {
        for (const name of await (0, import_promises4.readdir)(this.tmpDir).catch(() => [])) {
          const item = path9.join(this.tmpDir, name);
          const info = await (0, import_promises4.stat)(item).catch(() => void 0);
          if (info && now - info.mtimeMs > STALE_TMP_MS)
            await (0, import_promises4.rm)(item, { recursive: true, force: true });
        }
      }
      async recordRun(run2) {
        await (0, import_promises4.mkdir)(this.root, { recursive: true });
        await (0, import_promises4.appendFile)(path9.join(this.root, "runs.jsonl"), `${JSON.stringify(run2)}
`);
      }
      async runs() {
        const text = await (0, import_promises4.readFile)(path9.join(this.root, "runs.jsonl"), "utf8").catch(() => "");
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

// src/cli/style.ts
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
var wrap, plain;
var init_style = __esm({
  "src/cli/style.ts"() {
    "use strict";
    wrap = (open2, close) => (s) => `\x1B[${open2}m${s}\x1B[${close}m`;
    plain = (s) => s;
  }
});

// src/cli/reporter.ts
function createCliReporter(options) {
  const err = process.stderr;
  const style = createStyle(err, process.env);
  const out = options.json ? process.stderr : process.stdout;
  const warnings = [];
  const line = (text) => err.write(`${text}
`);
  const short2 = (key) => key.slice(0, 12);
  return {
    warnings,
    live: { stdout: out, stderr: process.stderr },
    warn(message) {
      warnings.push(message);
      line(`${style.yellow("taskcache: warning:")} ${message}`);
    },
    miss(task, key, reason) {
      line(
        `${style.cyan("\u25B8")} ${style.bold(task.name)} ${style.yellow("miss")} ${style.dim(`(${reason}) key ${short2(key)}`)}`
      );
      line(style.dim(`  $ ${task.command}`));
    },
    hit(task, key, source, record2, log) {
      line(
        `${style.cyan("\u25B8")} ${style.bold(task.name)} ${style.green("hit")} ${style.dim(`from ${source}: cached ${record2.createdAt}, took ${formatDuration(record2.durationMs)}, key ${short2(key)}`)}`
      );
      out.write(log);
    },
    done(result) {
      if (result.status === "failed") {
        line(
          `${style.red("\u2717")} ${style.bold(result.task)} ${style.red(`failed with exit code ${result.exitCode}`)} ${style.dim("(not cached)")}`
        );
      } else if (result.status === "miss") {
        const where = result.savedTo.length > 0 ? `saved to ${result.savedTo.join(", ")}` : "not saved";
        line(
          `${style.green("\u2713")} ${style.bold(result.task)} ${style.dim(`${where}, ${formatBytes(result.bytes)} of outputs, ${formatDuration(result.durationMs)}`)}`
        );
      } else {
        line(
          `${style.green("\u2713")} ${style.bold(result.task)} ${style.dim(`restored ${formatBytes(result.bytes)} in ${formatDuration(result.durationMs)}, saved ${formatDuration(result.timeSavedMs)}`)}`
        );
      }
    }
  };
}
var init_reporter = __esm({
  "src/cli/reporter.ts"() {
    "use strict";
    init_units();
    init_style();
  }
});

// src/cli/context.ts
function localStoreFor(flags) {
  const dir = flags["cache-dir"] ? path10.resolve(flags["cache-dir"]) : defaultCacheDir(process.env);
  return new LocalStore(dir);
}
async function createContext(flags) {
  await initBlake3();
  const file = flags.config ?? findConfig(process.cwd());
  if (!file) {
    throw new UsageError(
      `no ${DEFAULT_CONFIG} in ${process.cwd()} or its parents (pass --config FILE)`
    );
  }
  const local = localStoreFor(flags);
  const loaded = await loadConfigCached(file, local.stateDir);
  const reporter = createCliReporter({ json: flags.json === true });
  const warn = (message) => reporter.warn(message);
  const remotes = await remoteStores(
    [
      ...configRemotes(loaded.config),
      ...(flags.remote ?? []).map((url) => ({ url, mode: "read-write" }))
    ],
    { env: process.env, warn }
  );
  const stores = new StoreSet([local, ...remotes], warn);
  const maxSize = loaded.config["max-size"];
  const maxAge = loaded.config["max-age"];
  const engine = {
    workspace: loaded.workspace,
    env: process.env,
    platform: { os: os2.platform(), arch: os2.arch() },
    stores,
    scope: loaded.workspace,
    tmpDir: local.tmpDir,
    stateDir: local.stateDir,
    reporter,
    force: flags.force === true,
    producer: producerFromEnv(process.env),
    signer: signerFromEnv(process.env),
    local,
    prune: {
      ...maxSize ? { maxBytes: parseSize(maxSize) } : {},
      ...maxAge ? { maxAgeMs: parseAge(maxAge) } : {}
    }
  };
  return { loaded, engine, local, warnings: reporter.warnings };
}
var os2, path10;
var init_context = __esm({
  "src/cli/context.ts"() {
    "use strict";
    os2 = __toESM(require("node:os"), 1);
    path10 = __toESM(require("node:path"), 1);
    init_blake3();
    init_config_shape();
    init_units();
    init_config_file();
    init_producer();
    init_remotes();
    init_signing();
    init_stores();
    init_local();
    init_reporter();
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
      help: { type: "boolean", short: "h" }
    };
  }
});

// src/cli/json.ts
function printJson(value) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}
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
    timeSavedMs: results.reduce((sum, r) => sum + r.timeSavedMs, 0)
  };
}
var init_json = __esm({
  "src/cli/json.ts"() {
    "use strict";
  }
});

// src/cli/commands/run.ts
var run_exports = {};
__export(run_exports, {
  default: () => run
});
async function run(args) {
  const { flags, positionals } = parseFlags("run", args, ["config", "cache-dir", "json", "force"]);
  const ctx = await createContext(flags);
  const tasks = selectTasks(ctx.loaded, positionals);
  const results = [];
  let exitCode = 0;
  for (const task of tasks) {
    const result = await runTask(task, ctx.engine);
    results.push(result);
    if (result.status === "failed") {
      exitCode = result.exitCode;
      break;
    }
  }
  if (flags.json) {
    printJson({
      tasks: results.map(({ runnerFiles: _runnerFiles, ...rest }) => rest),
      summary: summarize(results),
      warnings: ctx.warnings
    });
  }
  return exitCode;
}
var init_run = __esm({
  "src/cli/commands/run.ts"() {
    "use strict";
    init_config_file();
    init_engine();
    init_context();
    init_flags();
    init_json();
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
    "remote"
  ]);
  const ctx = await createContext(flags);
  const results = [];
  for (const task of selectTasks(ctx.loaded, positionals)) {
    results.push(await dryRunTask(task, ctx.engine));
  }
  if (flags.json) {
    printJson({ tasks: results, warnings: ctx.warnings });
    return 0;
  }
  const style = createStyle(process.stdout, process.env);
  for (const r of results) {
    const status = r.status === "hit" ? style.green("hit") : style.yellow("miss");
    const stores = r.stores.map((s) => `${s.store}: ${s.hit === null ? "error" : s.hit ? "hit" : "miss"}`).join(", ");
    process.stdout.write(
      `${style.bold(r.task)}  ${status}  ${r.key}
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
    init_engine();
    init_context();
    init_flags();
    init_json();
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
  const [task] = selectTasks(ctx.loaded, positionals);
  const result = await explainTask(task, ctx.engine);
  if (flags.json) {
    printJson({ ...result, warnings: ctx.warnings });
    return 0;
  }
  const style = createStyle(process.stdout, process.env);
  const m = result.manifest;
  const out = [
    `${style.bold(result.task)}  key ${result.key}`,
    `  command       ${m.command}`,
    `  shell         ${m.shell}`,
    `  directory     ${m.cwd}`,
    `  platform      ${m.platform}`,
    `  inputs        ${m.inputs} file${m.inputs === 1 ? "" : "s"}`,
    `  env           ${m.env.length > 0 ? m.env.join(", ") : "(none)"}`,
    `  key-commands  ${m.keyCommands.length > 0 ? m.keyCommands.join(", ") : "(none)"}`,
    `  key-salt      ${m.salt === "" ? "(none)" : JSON.stringify(m.salt)}`,
    `  stores        ${result.stores.map((s) => `${s.store}: ${s.hit === null ? "error" : s.hit ? "hit" : "miss"}`).join(", ")}`
  ];
  if (result.unmatched.length > 0) {
    out.push(`  unmatched     ${result.unmatched.join(", ")}`);
  }
  if (!result.previous) {
    out.push("", "No earlier entry of this task in the stores: the next run is a first run.");
  } else if (result.previous.key === result.key) {
    out.push("", `The most recent entry (${result.previous.createdAt}) has this key.`);
  } else {
    out.push(
      "",
      `Changed since the most recent entry (${result.previous.createdAt}, key ${result.previous.key.slice(0, 12)}):`
    );
    for (const line of result.lines) out.push(`  - ${line}`);
  }
  process.stdout.write(`${out.join("\n")}
`);
  return 0;
}
var init_explain = __esm({
  "src/cli/commands/explain.ts"() {
    "use strict";
    init_config_file();
    init_engine();
    init_context();
    init_flags();
    init_json();
    init_style();
  }
});

// src/cli/commands/stats.ts
var stats_exports = {};
__export(stats_exports, {
  default: () => stats
});
async function stats(args) {
  const { flags } = parseFlags("stats", args, ["cache-dir", "json"]);
  const local = localStoreFor(flags);
  const entries = await local.list();
  const runs = await local.runs();
  const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  const created = entries.map((e) => e.createdAt).sort((a, b) => a - b);
  const hits = runs.filter((r) => r.status === "hit").length;
  const counted = runs.filter((r) => r.status !== "failed").length;
  const result = {
    directory: local.root,
    entries: entries.length,
    bytes,
    oldest: created.length > 0 ? new Date(created[0]).toISOString() : null,
    newest: created.length > 0 ? new Date(created[created.length - 1]).toISOString() : null,
    runs: runs.length,
    hits,
    misses: runs.filter((r) => r.status === "miss").length,
    failed: runs.filter((r) => r.status === "failed").length,
    hitRate: counted === 0 ? 0 : hits / counted,
    timeSavedMs: runs.reduce((sum, r) => sum + (r.savedMs ?? 0), 0)
  };
  if (flags.json) {
    printJson(result);
    return 0;
  }
  const pct = (result.hitRate * 100).toFixed(1);
  process.stdout.write(
    [
      `local store  ${result.directory}`,
      `entries      ${result.entries} (${formatBytes(result.bytes)})`,
      `oldest       ${result.oldest ?? "-"}`,
      `newest       ${result.newest ?? "-"}`,
      `runs         ${result.runs}: ${result.hits} hits, ${result.misses} misses, ${result.failed} failed`,
      `hit rate     ${pct} % (${result.hits} of ${counted})`,
      ""
    ].join("\n")
  );
  return 0;
}
var init_stats = __esm({
  "src/cli/commands/stats.ts"() {
    "use strict";
    init_units();
    init_context();
    init_flags();
    init_json();
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
  const local = localStoreFor(flags);
  const result = await local.prune({ maxBytes, maxAgeMs });
  process.stdout.write(
    `removed ${result.removed} entr${result.removed === 1 ? "y" : "ies"} (${formatBytes(result.freedBytes)}); kept ${result.kept} (${formatBytes(result.keptBytes)})
`
  );
  return 0;
}
var init_prune = __esm({
  "src/cli/commands/prune.ts"() {
    "use strict";
    init_units();
    init_config_file();
    init_context();
    init_flags();
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
var REPORT_VERSION, RESULT;
var init_summary = __esm({
  "src/core/summary.ts"() {
    "use strict";
    init_units();
    REPORT_VERSION = 1;
    RESULT = { hit: "\u2705 hit", miss: "\u26AA miss", failed: "\u274C failed" };
  }
});

// src/cli/commands/report.ts
var report_exports = {};
__export(report_exports, {
  default: () => report
});
async function report(args) {
  const { flags, positionals } = parseFlags("report", args, ["json"]);
  if (positionals.length === 0) throw new UsageError("report: expected one or more report files");
  const rows = [];
  for (const file of positionals) {
    let parsed;
    try {
      parsed = JSON.parse((0, import_node_fs17.readFileSync)(file, "utf8"));
    } catch (error) {
      throw new UsageError(`report: cannot read ${file}: ${error.message}`);
    }
    const report2 = asReport(parsed);
    if (!report2)
      throw new UsageError(`report: ${file}: expected a taskcache report (version 1 with rows)`);
    const job = positionals.length > 1 ? path11.basename(path11.dirname(path11.resolve(file))) : void 0;
    for (const row of report2.rows)
      rows.push(job !== void 0 && row.job === void 0 ? { ...row, job } : row);
  }
  if (flags.json) printJson({ version: 1, rows });
  else process.stdout.write(renderSummary(rows));
  return 0;
}
var import_node_fs17, path11;
var init_report = __esm({
  "src/cli/commands/report.ts"() {
    "use strict";
    import_node_fs17 = require("node:fs");
    path11 = __toESM(require("node:path"), 1);
    init_summary();
    init_config_file();
    init_flags();
    init_json();
  }
});

// src/cli/main.ts
var import_node_module6 = __toESM(require("node:module"), 1);
init_files();

// src/cli/cli.ts
init_errors();
var VERSION = "0.1.0";
var USAGE = `taskcache \u2014 run tasks through a content-addressed cache

Usage:
  taskcache run [TASK...]      run tasks: restore and replay on a hit, run and store on a miss
  taskcache dry-run [TASK...]  compute keys and ask the stores; runs and writes nothing
  taskcache explain TASK       the key's parts, and what changed since the task's last entry
  taskcache stats              local store size, entries, and hit rate of recorded runs
  taskcache prune              evict local entries: --max-size 10GB, --max-age 7d
  taskcache report FILE...     merge JSON run reports (e.g. of matrix jobs) into one markdown table

Options:
  -c, --config FILE   config file (default: taskcache.yml in this or a parent directory)
  --cache-dir DIR     local store directory (env TASKCACHE_DIR; default ~/.cache/taskcache)
  --remote URL        a remote cache, after the local store (repeatable; run, dry-run, explain)
  --json              print only JSON on stdout (run, dry-run, explain, stats, report)
  --force             run and store even on a hit (run)
  -h, --help          show this help
  --version           print the version

Exit codes: 0 success; a failed task's own exit code; 2 usage or config error.`;
var COMMANDS = {
  run: () => Promise.resolve().then(() => (init_run(), run_exports)),
  "dry-run": () => Promise.resolve().then(() => (init_dry_run(), dry_run_exports)),
  explain: () => Promise.resolve().then(() => (init_explain(), explain_exports)),
  stats: () => Promise.resolve().then(() => (init_stats(), stats_exports)),
  prune: () => Promise.resolve().then(() => (init_prune(), prune_exports)),
  report: () => Promise.resolve().then(() => (init_report(), report_exports))
};
async function main(argv) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(`${USAGE}
`);
    return command === void 0 ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    process.stderr.write(`taskcache: unknown command "${command}"

${USAGE}
`);
    return 2;
  }
  try {
    const module3 = await load();
    return await module3.default(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`taskcache: ${error.message}
`);
      return 2;
    }
    process.stderr.write(
      `taskcache: internal error: ${error?.stack ?? String(error)}
`
    );
    return 1;
  }
}

// src/cli/main.ts
import_node_module6.default.enableCompileCache?.();
onLargeScan(() => {
  const v8 = (0, import_node_module6.createRequire)(__taskcacheModuleUrl)("node:v8");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
});
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
