import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  isDigest,
  isKey,
  shortKey
} from "./chunk-SGE7DEJ6.js";
import {
  RECENT_RECORDS,
  StoreError,
  pushRecent
} from "./chunk-XJK27DBY.js";
import {
  blake3
} from "./chunk-UDF6BDGM.js";

// src/stores/remote-shared.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
var RemoteUrlError = class extends Error {
  name = "RemoteUrlError";
};
var SHOWN_PARAMS = /* @__PURE__ */ new Set([
  "region",
  "endpoint",
  "path-style",
  "team",
  "slug",
  "teamId",
  "ttl",
  "prefix"
]);
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
    const path = parsed.pathname === "/" ? "" : parsed.pathname;
    base = `${parsed.protocol}//${parsed.host}${path}`;
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
function pointerId(task, scope) {
  return blake3(`${scope}\0${task}`);
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
async function sha256File(path) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
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

export {
  RemoteUrlError,
  redactUrl,
  statusError,
  failureError,
  encodeCasEnvelope,
  decodeCasEnvelope,
  pointerId,
  encodeRecentPointer,
  decodeRecent,
  decodePointer,
  sha256File,
  envelopeEntry
};
