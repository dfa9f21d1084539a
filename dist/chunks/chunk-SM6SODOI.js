import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/core/paths.ts
import * as posix from "node:path/posix";
function patternStaysInside(cwd, pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  if (body.length === 0) return false;
  if (isAbsoluteAnywhere(body)) return false;
  const joined = posix.normalize(posix.join(cwd, body));
  return !escapes(joined);
}
function isAbsoluteAnywhere(path) {
  return path.startsWith("/") || path.startsWith("\\") || /^[a-zA-Z]:/.test(path);
}
function escapes(normalized) {
  return normalized === ".." || normalized.startsWith("../");
}
function normalizeWorkingDirectory(dir) {
  if (isAbsoluteAnywhere(dir)) return void 0;
  const normalized = posix.normalize(dir.replace(/\\/g, "/")).replace(/\/+$/, "") || ".";
  return escapes(normalized) ? void 0 : normalized;
}
var PLAIN_RELATIVE = /^[\w@+-][\w.@+-]*(?:\/[\w@+-][\w.@+-]*)*$/;
function isSafeRelativePath(path) {
  if (PLAIN_RELATIVE.test(path)) return true;
  if (path.length === 0 || isAbsoluteAnywhere(path)) return false;
  if (path.includes("\\") || path.includes("\0")) return false;
  return path.split("/").every(isSafeSegment);
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
  const resolved = posix.normalize(posix.join(posix.dirname(linkPath), target.replace(/\\/g, "/")));
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

export {
  patternStaysInside,
  isAbsoluteAnywhere,
  normalizeWorkingDirectory,
  isSafeRelativePath,
  isReservedName,
  linkStaysInside,
  linkWalk
};
