import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/adapters/atomic-file.ts
import {
  closeSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync
} from "node:fs";
import * as path from "node:path";
function writeFileAtomic(file, data) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${uniqueSuffix()}`;
  try {
    if (typeof data === "string" || data instanceof Uint8Array) writeFileSync(tmp, data);
    else {
      const fd = openSync(tmp, "w");
      try {
        for (const piece of data) {
          for (let at = 0; at < piece.length; ) at += writeSync(fd, piece, at);
        }
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
var made = 0;
function uniqueSuffix() {
  made += 1;
  const tail = Math.floor(Math.random() * 4294967296).toString(16).padStart(8, "0");
  return `${process.pid}.${made.toString(36)}${tail}`;
}

// src/core/paths.ts
import * as posix from "node:path/posix";
function patternStaysInside(cwd, pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  if (body.length === 0) return false;
  if (isAbsoluteAnywhere(body)) return false;
  const joined = posix.normalize(posix.join(cwd, body));
  return !escapes(joined);
}
function isAbsoluteAnywhere(path2) {
  return path2.startsWith("/") || path2.startsWith("\\") || /^[a-zA-Z]:/.test(path2);
}
function escapes(normalized) {
  return normalized === ".." || normalized.startsWith("../");
}
function normalizeWorkingDirectory(dir) {
  if (isAbsoluteAnywhere(dir)) return void 0;
  const normalized = posix.normalize(dir.replace(/\\/g, "/")).replace(/\/+$/, "") || ".";
  return escapes(normalized) ? void 0 : normalized;
}
function isSafeRelativePath(path2) {
  if (path2.length === 0 || isAbsoluteAnywhere(path2)) return false;
  if (path2.includes("\\") || path2.includes("\0")) return false;
  return path2.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
function linkStaysInside(linkPath, target) {
  if (isAbsoluteAnywhere(target) || target.includes("\0")) return false;
  const resolved = posix.normalize(posix.join(posix.dirname(linkPath), target.replace(/\\/g, "/")));
  return !escapes(resolved) && resolved !== ".";
}

export {
  writeFileAtomic,
  uniqueSuffix,
  patternStaysInside,
  isAbsoluteAnywhere,
  normalizeWorkingDirectory,
  isSafeRelativePath,
  linkStaysInside
};
