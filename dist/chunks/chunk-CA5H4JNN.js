import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  debug,
  monotonicMs,
  uniqueSuffix
} from "./chunk-EPCJNCHJ.js";
import {
  FileHasher,
  STAT_FIELDS,
  WorkerPool,
  inRoot,
  packBatch
} from "./chunk-63LDGXZC.js";
import {
  loadBackend
} from "./chunk-UDF6BDGM.js";
import {
  isAbsoluteAnywhere,
  isReservedName,
  isSafeRelativePath,
  linkStaysInside,
  linkWalk
} from "./chunk-AZEJ7MGI.js";
import {
  __commonJS,
  __toESM
} from "./chunk-CUVSUTYU.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
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
    module.exports = {
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
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path4, { windows } = {}) => {
      const segs = path4.split(windows ? /[\\/]/ : "/");
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
  "node_modules/picomatch/lib/scan.js"(exports, module) {
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
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
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
            isGlob = token.isGlob = true;
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
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
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
              isGlob = token.isGlob = true;
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
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
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
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
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
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
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
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix2 });
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
    picomatch3.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
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
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
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
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
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
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
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
    module.exports = picomatch3;
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

// src/adapters/archive.ts
import {
  closeSync as closeSync2,
  fchmodSync,
  fstatSync,
  lstatSync as lstatSync2,
  mkdirSync,
  openSync as openSync2,
  readdirSync as readdirSync2,
  readFileSync,
  readlinkSync as readlinkSync2,
  readSync as readSync2,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync
} from "node:fs";
import * as path3 from "node:path";

// src/adapters/codec.ts
import { spawn, spawnSync } from "node:child_process";
import { closeSync, createReadStream, createWriteStream, openSync, readSync } from "node:fs";
import * as stream from "node:stream";
import * as zlibModule from "node:zlib";
var zlib = zlibModule;
var zstdBinary;
function hasZstdBinary() {
  zstdBinary ??= spawnSync("zstd", ["--version"], { stdio: "ignore" }).status === 0;
  return zstdBinary;
}
var TINY_ARCHIVE = 64 * 1024;
var SMALL_ARCHIVE = 256 * 1024;
function preferredCodec(bytes, compress = true) {
  if (!compress || bytes < TINY_ARCHIVE) return "none";
  if (zlib.createZstdCompress) return "zstd";
  if (bytes >= SMALL_ARCHIVE && hasZstdBinary()) return "zstd";
  return "gzip";
}
function processStream(file, args, input = true) {
  const child = spawn(file, args, {
    stdio: [input ? "pipe" : "ignore", "pipe", "pipe"]
  });
  const stdout = child.stdout;
  let stderr = "";
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
      if (zlib.createZstdCompress) {
        return zlib.createZstdCompress({
          params: { [zlib.constants.ZSTD_c_compressionLevel]: 1 }
        });
      }
      throw new Error("zstd is not available");
    }
    case "gzip":
      return zlib.createGzip({ level: 1 });
  }
}
function compressToFile(codec, dest) {
  if (codec === "zstd" && hasZstdBinary()) {
    const child = spawn("zstd", ["-1", "-T0", "-q", "-f", "-o", dest], {
      stdio: ["pipe", "ignore", "pipe"]
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString();
    });
    const done = new Promise((resolve2, reject) => {
      child.on("error", reject);
      child.on(
        "close",
        (code) => code === 0 ? resolve2() : reject(new Error(`zstd exited with code ${code}: ${stderr.trim()}`))
      );
    });
    return { input: child.stdin, done };
  }
  if (codec === "none") {
    const input2 = createWriteStream(dest);
    return { input: input2, done: stream.promises.finished(input2) };
  }
  const input = compressor(codec);
  return { input, done: stream.promises.pipeline(input, createWriteStream(dest)) };
}
function decompressor(codec) {
  switch (codec) {
    case "zstd": {
      if (zlib.createZstdDecompress) return zlib.createZstdDecompress();
      if (hasZstdBinary()) return processStream("zstd", ["-d", "-q", "-c"]);
      throw new Error("zstd is not available to read this entry");
    }
    case "gzip":
      return zlib.createGunzip();
    case "none":
      return new stream.PassThrough();
  }
}
function decompressFile(codec, file) {
  if (codec === "none") return plainPieces(file);
  if (codec === "zstd" && !zlib.createZstdDecompress && hasZstdBinary()) {
    return processStream("zstd", ["-d", "-q", "-c", "--", file], false);
  }
  return decompressStream(createReadStream(file), codec);
}
function decompressStream(source, codec) {
  const stream2 = source.pipe(decompressor(codec));
  source.on("error", (error) => stream2.destroy(error));
  return stream2;
}
var PIECE = 1024 * 1024;
function* plainPieces(file) {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(PIECE);
    for (; ; ) {
      const read = readSync(fd, buffer, 0, PIECE, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

// src/adapters/files.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { lstatSync, readlinkSync, realpathSync, statSync } from "node:fs";
import * as path2 from "node:path";

// src/adapters/walk.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { isUtf8 } from "node:buffer";
import { readdirSync } from "node:fs";
import * as path from "node:path";
var ALWAYS_IGNORED = ["**/.git/**", "**/.taskcache-tmp-*/**"];
var IGNORED_NAME = (name) => name === ".git" || name.startsWith(".taskcache-tmp-");
var MATCH_OPTIONS = { dot: true };
var compiled = /* @__PURE__ */ new Map();
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
    return (path4) => {
      matches ??= matcher(pattern);
      return matches(path4);
    };
  });
  return (path4) => lazy.some((matches) => matches(path4));
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
  return {
    spec,
    included: anyOf(spec.positive),
    ignored: anyOf([...ALWAYS_IGNORED, ...spec.ignore]),
    ignoredDir: anyOf([...ALWAYS_IGNORED, ...spec.ignore.filter(excludesDirs)]),
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
var readListing = (absolute) => {
  let entries;
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch {
    return void 0;
  }
  const names = new Array(entries.length);
  const kinds = new Array(entries.length);
  let lossy = false;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    names[i] = entry.name;
    kinds[i] = kindOf(entry);
    if (entry.name.includes("\uFFFD")) lossy = true;
  }
  return lossy ? rawListing(absolute) : { names, kinds: kinds.join("") };
};
function kindOf(entry) {
  return entry.isDirectory() ? "d" : entry.isSymbolicLink() ? "l" : "f";
}
function rawListing(absolute) {
  let entries;
  try {
    entries = readdirSync(absolute, { withFileTypes: true, encoding: "buffer" });
  } catch {
    return void 0;
  }
  const invalid = /* @__PURE__ */ new Map();
  const names = entries.map((entry, i) => {
    if (!isUtf8(entry.name)) invalid.set(i, entry.name);
    return entry.name.toString("utf8");
  });
  const kinds = entries.map(kindOf).join("");
  return invalid.size > 0 ? { names, kinds, invalid } : { names, kinds };
}
function quotePath(path4) {
  const bytes = typeof path4 === "string" ? Buffer.from(path4, "utf8") : path4;
  let out = "";
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at];
    const length = byte < 128 ? 1 : byte >= 240 ? 4 : byte >= 224 ? 3 : byte >= 192 ? 2 : 0;
    const sequence = bytes.subarray(at, at + length);
    if (length > 1 && sequence.length === length && isUtf8(sequence)) {
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
  const absoluteDir = path.join(walk.spec.base, dir);
  const listing = list(absoluteDir);
  if (listing === void 0) return;
  const { names, kinds, invalid } = listing;
  const prefix = dir === "" ? "" : `${dir}/`;
  const checkIgnored = walk.mayIgnore(dir);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const kind = kinds.charCodeAt(i);
    const relative2 = prefix + name;
    if (kind === DIR) {
      if (IGNORED_NAME(name)) continue;
      if (!walk.reachable.some((may) => may(relative2)) || walk.ignoredDir(relative2)) continue;
      if (invalid?.has(i)) throw invalidName(dir, invalid.get(i));
      subdirs.push(scanDir(walk, relative2, covered));
      continue;
    }
    if (!covered && !walk.included(relative2)) continue;
    if ((checkIgnored || IGNORED_NAME(name)) && walk.ignored(relative2)) continue;
    if (invalid?.has(i)) throw invalidName(dir, invalid.get(i));
    onFile(relative2, kind === LINK);
  }
}
var DIR = "d".charCodeAt(0);
var LINK = "l".charCodeAt(0);
function crawl(walk, dirs, onFile, list = readListing) {
  const stack = [...dirs];
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    readDir(walk, next, onFile, stack, list);
  }
}

// src/adapters/files.ts
function expandDirectories(base, patterns) {
  return patterns.map((pattern) => {
    const negated = pattern.startsWith("!");
    const body = negated ? pattern.slice(1) : pattern;
    if (import_picomatch2.default.scan(body).isGlob) return pattern;
    try {
      if (statSync(path2.join(base, body)).isDirectory()) {
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
function escapeGlob(literal) {
  return literal.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}
var MAX_ALTERNATIVES = 64;
function expandBraces(pattern) {
  const out = [];
  const expand = (text) => {
    let depth = 0;
    let open = -1;
    const commas = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (char === "{") {
        if (depth++ === 0) {
          open = i;
          commas.length = 0;
        }
      } else if (char === "," && depth === 1) commas.push(i);
      else if (char === "}" && depth > 0 && --depth === 0 && commas.length > 0) {
        const head = text.slice(0, open);
        const tail = text.slice(i + 1);
        let from = open + 1;
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
  const joined = path2.posix.normalize(path2.posix.join(cwd, base)).replace(/\/+$/, "");
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
var Physical = class {
  constructor(root) {
    this.root = root;
    this.workspace = realpathSync.native(root);
    this.known.set("", this.workspace);
  }
  root;
  workspace;
  known = /* @__PURE__ */ new Map();
  /** The real path of a workspace-relative directory, which must exist. */
  dir(relative2) {
    let real = this.known.get(relative2);
    if (real === void 0) {
      real = realpathSync.native(path2.join(this.root, relative2));
      this.known.set(relative2, real);
    }
    return real;
  }
  /** Whether `relative` is `ancestor`'s path below it on disk: no link in between. */
  continues(ancestor, realAncestor, relative2, real) {
    const rest = ancestor === "" ? relative2 : relative2.slice(ancestor.length + 1);
    return real === path2.join(realAncestor, rest);
  }
  /** Throws unless a real path is the workspace or inside it. */
  confine(relative2, real) {
    if (real === this.workspace || real.startsWith(`${this.workspace}${path2.sep}`)) return;
    throw new Error(
      `${quotePath(relative2)} is reached through a symbolic link that leads out of the workspace (to ${quotePath(real)})`
    );
  }
};
function physicalDir(workspace, cwd) {
  const realWorkspace = realpathSync.native(workspace);
  let dir = path2.resolve(workspace, cwd);
  const missing = [];
  let real;
  for (; ; ) {
    try {
      real = realpathSync.native(dir);
      break;
    } catch (error) {
      const code = error.code;
      const parent = path2.dirname(dir);
      if (code !== "ENOENT" && code !== "ENOTDIR" || parent === dir) throw error;
      missing.unshift(path2.basename(dir));
      dir = parent;
    }
  }
  const resolved = path2.join(real, ...missing);
  if (resolved !== realWorkspace && !resolved.startsWith(`${realWorkspace}${path2.sep}`)) {
    throw new Error(
      `working directory ${quotePath(cwd)} leads out of the workspace (to ${quotePath(resolved)})`
    );
  }
  return resolved;
}
function walkPatterns(options, onFile, list) {
  const { workspace, cwd } = options;
  const base = path2.join(workspace, cwd);
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
    const found = (relative2, symlink) => {
      at.files.push(relative2);
      onFile(relative2, symlink);
    };
    if (at.kind === "dir") {
      if (!excludedDir(walk, at.root)) crawl(walk, [scanDir(walk, at.root)], found, list);
    } else if (at.kind === "path") {
      const stats = lstatIfAny(path2.join(workspace, at.root));
      if (stats !== void 0 && !stats.isDirectory() && !excludedDir(walk, at.root.slice(0, Math.max(0, at.root.lastIndexOf("/")))) && walk.included(at.root) && !walk.ignored(at.root)) {
        found(at.root, stats.isSymbolicLink());
      }
    }
  }
  const matched = /* @__PURE__ */ new Set();
  for (const at of all) {
    for (const pattern of matchedPatterns(at.walk, at.files, at.written)) matched.add(pattern);
  }
  return [...new Set(positive.map((p) => p.written))].filter((written) => !matched.has(written));
}
function lstatIfAny(absolute) {
  try {
    return lstatSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    if (error.code === "ENOTDIR") return void 0;
    throw error;
  }
}
var nothing = (root) => ({
  root,
  kind: "none",
  patterns: [],
  written: [],
  files: []
});
function reachedBy(physical, crawls, dir, real) {
  return crawls.find(
    (at) => (at.root === "" || dir === at.root || dir.startsWith(`${at.root}/`)) && physical.continues(at.root, at.real, dir, real)
  );
}
function dirCrawl(physical, crawls, root) {
  let isDir = false;
  try {
    isDir = statSync(path2.join(physical.root, root)).isDirectory();
  } catch {
  }
  if (!isDir) return nothing(root);
  const real = physical.dir(root);
  physical.confine(root, real);
  const crawl2 = reachedBy(physical, crawls, root, real);
  return crawl2 ?? { root, kind: "dir", real, patterns: [], written: [], files: [] };
}
function pathCrawl(physical, crawls, root) {
  const slash = root.lastIndexOf("/");
  const parent = slash < 0 ? "" : root.slice(0, slash);
  let real;
  try {
    real = physical.dir(parent);
  } catch {
    return nothing(root);
  }
  physical.confine(root, path2.join(real, root.slice(slash + 1)));
  const crawl2 = reachedBy(physical, crawls, parent, real);
  return crawl2 ?? { root, kind: "path", patterns: [], written: [], files: [] };
}
async function listFiles(options) {
  const files = [];
  const { workspace } = options;
  const unmatched = walkPatterns(options, (relative2) => {
    if (relative2.includes("\\")) {
      throw new Error(
        `output ${quotePath(relative2)}: a file name with a backslash cannot be restored`
      );
    }
    const absolute = path2.join(workspace, relative2);
    const stats = lstatSync(absolute, { throwIfNoEntry: false });
    if (stats === void 0 || stats.isDirectory()) return;
    files.push({
      path: relative2,
      absolute,
      size: stats.size,
      mode: stats.mode,
      symlink: stats.isSymbolicLink(),
      mtimeMs: stats.mtimeMs,
      ctimeMs: stats.ctimeMs,
      ino: stats.ino
    });
  });
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  return { files, unmatched };
}
function matchedPatterns(walk, files, written) {
  const matched = [];
  walk.spec.positive.forEach((pattern, index) => {
    const covers = walk.covers[index];
    const matches = matcher(pattern);
    if (files.some((file) => covers(file.slice(0, Math.max(0, file.lastIndexOf("/"))))) || files.some((file) => matches(file))) {
      matched.push(written[index]);
    }
  });
  return matched;
}
function isExecutable(mode) {
  return process.platform !== "win32" && (mode & 73) !== 0;
}
var backend;
function fileBackend() {
  backend ??= loadBackend();
  return backend;
}
var PARALLEL_MIN_FILES = 1e3;
var BATCH = 256;
var LARGE_SCAN = 1e3;
var largeScanHook;
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
    const { digests, stats } = batch;
    for (let i = 0; i < files2.length; i++) {
      const file = files2[i];
      const digest = digests[i];
      if (digest === null || digest === void 0) {
        file.gone = true;
        continue;
      }
      const at = i * STAT_FIELDS;
      file.digest = digest;
      file.executable = isExecutable(stats[at + 1]);
      cache?.record(
        {
          path: file.path,
          size: stats[at],
          mtimeMs: stats[at + 2],
          ctimeMs: stats[at + 3],
          ino: stats[at + 4]
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
    const stats = lstatSync(inRoot(root, file.path), { throwIfNoEntry: false });
    if (stats === void 0 || stats.isDirectory()) file.gone = true;
    else if (stats.isSymbolicLink()) file.symlink = true;
    else {
      const known = cache.lookup({
        path: file.path,
        size: stats.size,
        mtimeMs: stats.mtimeMs,
        ctimeMs: stats.ctimeMs,
        ino: stats.ino
      });
      if (known === void 0) return false;
      file.digest = known;
      file.executable = isExecutable(stats.mode);
    }
    return true;
  };
  let unmatched;
  try {
    unmatched = walkPatterns(
      options,
      (relative2, symlink) => {
        const file = {
          path: relative2,
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
        await new Promise((resolve2) => setImmediate(resolve2));
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
    (file) => file.symlink ? { path: file.path, link: readlinkSync(inRoot(root, file.path)).split(path2.sep).join("/") } : { path: file.path, executable: file.executable, digest: file.digest }
  );
  debug(`scanned at ${elapsed()}`);
  return { inputs, unmatched };
}

// src/adapters/archive.ts
var CorruptEntryError = class extends Error {
  name = "CorruptEntryError";
};
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
        if (target !== void 0) outputs.push({ kind: "link", path: file.path, target });
        else if (options.externalLinks) {
          const raw = readlinkSync2(file.absolute);
          outputs.push({ kind: "link", path: file.path, target: raw, external: true });
        } else skipped.push(file.path);
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
var BATCH2 = 4 * 1024 * 1024;
var BUFFERS = 3;
var Batches = class {
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
    const fd = openSync2(file, "r");
    try {
      const expected = fstatSync(fd).size;
      let size = 0;
      for (; ; ) {
        const buffer = await this.room();
        const want = BATCH2 - this.fill;
        const read = readSync2(fd, buffer, this.fill, want, null);
        if (read === 0) break;
        hasher.update(buffer.subarray(this.fill, this.fill + read));
        this.fill += read;
        size += read;
        if (read < want && size >= expected) break;
      }
      return size;
    } finally {
      closeSync2(fd);
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
    await new Promise((resolve2) => this.sink.end(resolve2));
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
    const written = new Promise((resolve2, reject) => {
      this.sink.write(chunk, (error) => error ? reject(error) : resolve2());
    });
    written.catch(() => {
    });
    this.writes[this.current] = written;
    this.current = (this.current + 1) % BUFFERS;
    this.fill = 0;
    await this.writes[this.current];
  }
};
function linkTarget(workspace, file) {
  let target = readlinkSync2(file.absolute);
  if (path3.isAbsolute(target)) {
    const relative2 = path3.relative(path3.dirname(file.absolute), target);
    if (isAbsoluteAnywhere(relative2)) return void 0;
    const inside = path3.relative(workspace, target);
    if (inside.startsWith("..") || path3.isAbsolute(inside)) return void 0;
    target = relative2;
  }
  target = target.split(path3.sep).join("/");
  return linkStaysInside(file.path, target) ? target : void 0;
}
async function stageArchive(source, record, workspace) {
  const dir = path3.join(workspace, `${STAGING_PREFIX}${uniqueSuffix()}`);
  mkdirSync(dir);
  try {
    const made = /* @__PURE__ */ new Set([dir]);
    const staged = (item) => {
      const file = path3.join(dir, item.path);
      const parent = path3.dirname(file);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      return file;
    };
    const slots = [];
    for (const item of record.outputs) {
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
      size: record.log.size,
      digest: record.log.digest,
      file: void 0,
      mode: 0,
      label: "the log"
    });
    const log = await fillSlots(source, record.archive.codec, slots);
    for (const item of record.outputs) {
      if (item.kind === "link") symlinkSync(item.target, staged(item));
    }
    return { dir, log };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error instanceof CorruptEntryError ? error : new CorruptEntryError(messageOf(error));
  }
}
var Modes = class {
  kept = /* @__PURE__ */ new Map();
  apply(fd, mode) {
    if (process.platform === "win32") return;
    let kept = this.kept.get(mode);
    if (kept === void 0) {
      kept = (fstatSync(fd).mode & 4095) === mode;
      this.kept.set(mode, kept);
    }
    if (!kept) fchmodSync(fd, mode);
  }
};
async function fillSlots(source, codec, slots) {
  const hasher = await (await fileBackend()).createHasher();
  const modes = new Modes();
  const logChunks = [];
  let index = -1;
  let slot;
  let remaining = 0;
  let position = 0;
  let fd;
  const finish = () => {
    if (!slot) return;
    if (fd !== void 0) closeSync2(fd);
    fd = void 0;
    if (hasher.digest() !== slot.digest) {
      throw new CorruptEntryError(`content of ${slot.label} does not match its digest`);
    }
  };
  const next = () => {
    for (; ; ) {
      finish();
      index += 1;
      slot = slots[index];
      if (!slot) return;
      hasher.init();
      remaining = slot.size;
      position = 0;
      if (slot.file !== void 0) {
        fd = openSync2(slot.file, "wx", slot.mode);
        modes.apply(fd, slot.mode);
      }
      if (remaining > 0) return;
    }
  };
  try {
    next();
    const stream2 = typeof source === "string" ? decompressFile(codec, source) : decompressStream(source, codec);
    for await (const raw of stream2) {
      const chunk = raw;
      let offset = 0;
      while (offset < chunk.length) {
        if (!slot) throw new CorruptEntryError("archive has more data than its record");
        const take = Math.min(remaining, chunk.length - offset);
        const part = chunk.subarray(offset, offset + take);
        hasher.update(part);
        if (fd !== void 0) {
          for (let done = 0; done < take; ) {
            done += writeSync(fd, part, done, take - done, position + done);
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
    if (fd !== void 0) closeSync2(fd);
  }
  return Buffer.concat(logChunks);
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function checkDestinations(record, workspace, options = {}) {
  const kinds = /* @__PURE__ */ new Map();
  const kindOf2 = (relative2) => {
    let kind = kinds.get(relative2);
    if (kind === void 0) {
      const stats = lstatSync2(path3.join(workspace, relative2), { throwIfNoEntry: false });
      kind = !stats ? "none" : stats.isSymbolicLink() ? "link" : stats.isDirectory() ? "dir" : "other";
      kinds.set(relative2, kind);
    }
    return kind;
  };
  const parentProblem = (item, dirs) => {
    for (const dir of dirs) {
      const kind = kindOf2(dir);
      if (kind === "none") return void 0;
      if (kind === "link") return `output ${item} would be written through the link ${dir}`;
      if (kind === "other") {
        return `output ${item} cannot be placed: a file is where its directory would be`;
      }
    }
    return void 0;
  };
  const links = /* @__PURE__ */ new Set();
  for (const item of record.outputs) if (item.kind === "link") links.add(item.path);
  for (const item of record.outputs) {
    const problem = parentProblem(item.path, parents(item.path));
    if (problem) throw new CorruptEntryError(problem);
    if (kindOf2(item.path) === "dir") {
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
function parents(relative2) {
  const dirs = [];
  for (let slash = relative2.indexOf("/"); slash !== -1; slash = relative2.indexOf("/", slash + 1)) {
    dirs.push(relative2.slice(0, slash));
  }
  return dirs;
}
function exists(file) {
  try {
    return lstatSync2(file, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return false;
  }
}
var STAGING_PREFIX = ".taskcache-tmp-";
var IN_PROGRESS = `${STAGING_PREFIX}restoring`;
function placeOutputs(record, staged, workspace, remove = []) {
  const present = /* @__PURE__ */ new Map();
  const moved = /* @__PURE__ */ new Set();
  const unit = (file) => {
    for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1)) {
      const dir = file.slice(0, slash);
      let there = present.get(dir);
      if (there === void 0) {
        there = exists(path3.join(workspace, dir));
        present.set(dir, there);
      }
      if (!there) return dir;
    }
    return file;
  };
  const marker = path3.join(staged.dir, IN_PROGRESS);
  const placed = [];
  try {
    writeFileSync(marker, JSON.stringify([...record.outputs.map((item) => item.path), ...remove]));
    for (const file of remove) rmSync(path3.join(workspace, file), { force: true });
    for (const item of record.outputs) {
      const what = unit(item.path);
      if (moved.has(what)) continue;
      renameSync(path3.join(staged.dir, what), path3.join(workspace, what));
      placed.push(what);
      if (what !== item.path) moved.add(what);
    }
    rmSync(marker);
  } finally {
    if (!removeEmptyParents(staged.dir, placed)) {
      rmSync(staged.dir, { recursive: true, force: true });
    }
  }
}
var recovered = /* @__PURE__ */ new Set();
var STALE_MS = 24 * 60 * 60 * 1e3;
function recoverInterrupted(workspace) {
  if (recovered.has(workspace)) return [];
  recovered.add(workspace);
  let names;
  try {
    names = readdirSync2(workspace).filter((name) => name.startsWith(STAGING_PREFIX));
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    const dir = path3.join(workspace, name);
    const pid = Number(/^\.taskcache-tmp-(\d+)\./.exec(name)?.[1]);
    const stats = lstatSync2(dir, { throwIfNoEntry: false });
    if (!stats?.isDirectory()) continue;
    const old = Date.now() - stats.mtimeMs > STALE_MS;
    if (pid !== process.pid && isRunning(pid) && !old) continue;
    let named;
    try {
      named = JSON.parse(readFileSync(path3.join(dir, IN_PROGRESS), "utf8"));
    } catch {
      named = [];
    }
    if (Array.isArray(named)) {
      for (const file of named) {
        if (typeof file !== "string" || !isSafeRelativePath(file)) continue;
        if (parents(file).some((dir2) => !isPlainDirectory(path3.join(workspace, dir2)))) continue;
        const target = path3.join(workspace, file);
        if (exists(target)) {
          rmSync(target, { recursive: true, force: true });
          removed.push(file);
        }
      }
    }
    rmSync(dir, { recursive: true, force: true });
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
  return lstatSync2(dir, { throwIfNoEntry: false })?.isDirectory() === true;
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
      rmdirSync(path3.join(root, dir));
    }
    rmdirSync(root);
    return true;
  } catch {
    return false;
  }
}

export {
  canonicalJson,
  compareCodeUnits,
  require_picomatch2 as require_picomatch,
  MATCH_OPTIONS,
  readListing,
  workspacePatterns,
  physicalDir,
  listFiles,
  fileBackend,
  scanInputs,
  preferredCodec,
  CorruptEntryError,
  writeArchive,
  stageArchive,
  checkDestinations,
  placeOutputs,
  recoverInterrupted
};
