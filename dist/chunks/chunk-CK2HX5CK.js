import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  CorruptEntryError,
  canonicalJson,
  checkDestinations,
  compareCodeUnits,
  fileBackend,
  listFiles,
  placeOutputs,
  preferredCodec,
  readListing,
  scanInputs,
  stageArchive,
  streams,
  writeArchive
} from "./chunk-6MD2LHP5.js";
import {
  canRead,
  canWrite,
  isDigest,
  isKey
} from "./chunk-SIPIBT5M.js";
import {
  captureStdout,
  isSafeRelativePath,
  linkStaysInside,
  monotonicMs,
  runCommand,
  uniqueSuffix,
  writeFileAtomic
} from "./chunk-Q4WV3LEH.js";
import {
  blake3
} from "./chunk-UDF6BDGM.js";

// src/core/manifest.ts
var KEY_SCHEMA_VERSION = 1;
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
var PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
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
function serializeManifest(manifest) {
  const pieces = [];
  writeManifest(manifest, (piece) => pieces.push(piece));
  return pieces.join("");
}
function computeKey(manifest, hash) {
  return hash(serializeManifest(manifest));
}
var KEY_TEXT_CHUNK = 16 * 1024;
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
var platformText = (m) => `${m.platform.os}-${m.platform.arch}`;
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

// src/core/entry.ts
var ENTRY_FORMAT = 1;
var CODECS = ["zstd", "gzip", "none"];
function outputBytes(record) {
  let total = 0;
  for (const item of record.outputs) if (item.kind === "file") total += item.size;
  return total;
}
function encodeRecord(record, hash, signer) {
  const body = canonicalJson(record);
  const digest = hash(body);
  const signature = signer ? `,"signature":${JSON.stringify(signer.sign(record.key, digest))}` : "";
  return `{"digest":"${digest}"${signature},"record":${body}}
`;
}
var RECORD_FIELD = ',"record":';
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
  let record;
  try {
    record = !withManifest && parseWithoutManifest(body) || JSON.parse(body);
  } catch {
    return void 0;
  }
  if (record === null || typeof record !== "object") return void 0;
  return { ok: true, digest: header.digest, record, signature: header.signature };
}
var MANIFEST_FIELD = ',"manifest":{';
var AFTER_MANIFEST = '},"outputs":[';
function parseWithoutManifest(body) {
  const start = body.indexOf(MANIFEST_FIELD);
  const end = start === -1 ? -1 : body.indexOf(AFTER_MANIFEST, start);
  if (end === -1) return void 0;
  try {
    const record = JSON.parse(
      `${body.slice(0, start)},"manifest":null${body.slice(end + 1)}`
    );
    if (record === null || typeof record !== "object") return void 0;
    delete record.manifest;
    return record;
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
  const { digest, record, signature } = parsed;
  if (!isDigest(digest) || record === null || typeof record !== "object") {
    return { ok: false, reason: "record has no digest" };
  }
  if (hash(canonicalJson(record)) !== digest) {
    return { ok: false, reason: "record digest mismatch" };
  }
  return { ok: true, digest, record, signature };
}
function decodeRecord(text, expectedKey, hash, signer) {
  return decode(text, expectedKey, hash, signer, true);
}
function decodeRecordToRestore(text, expectedKey, hash, signer) {
  return decode(text, expectedKey, hash, signer, false);
}
function decode(text, expectedKey, hash, signer, withManifest) {
  const checked = asWritten(text, hash, withManifest) ?? reserialized(text, hash);
  if (!checked.ok) return checked;
  const { digest, record, signature } = checked;
  const entry = record;
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

// src/core/env.ts
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
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|AUTH|API_?KEY|_KEY$|^KEY$/i;
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
var VOLATILE = VOLATILE_ENV.map(wildcardToRegExp);
function selectEnv(patterns, env) {
  const compiled = compileEnvPatterns(patterns);
  const selected = [];
  for (const name of Object.keys(env)) {
    if (env[name] === void 0) continue;
    if (compiled.exclude.some((re) => re.test(name))) continue;
    if (compiled.exact.has(name)) {
      selected.push(name);
      continue;
    }
    if (!compiled.include.some((re) => re.test(name))) continue;
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

// src/engine/key.ts
import * as path from "node:path";

// src/adapters/dir-cache.ts
import { lstatSync, readFileSync as readFileSync2 } from "node:fs";

// src/adapters/stat-cache.ts
import { readFileSync } from "node:fs";
var MAGIC = "TCS1";
var NUMBERS = 4 * 8;
var DIGEST_BYTES = 32;
var RACY_MS = 2e3;
function isRacy(times, readAt) {
  return Math.max(times.mtimeMs, times.ctimeMs) >= readAt - RACY_MS;
}
var MAX_ENTRIES = 25e4;
function sameStat(stat, size, mtimeMs, ctimeMs, ino) {
  return size === stat.size && mtimeMs === stat.mtimeMs && ctimeMs === stat.ctimeMs && ino === stat.ino;
}
var PIECE_BYTES = 256 * 1024;
var ROW_TAIL = NUMBERS + DIGEST_BYTES;
var StatCache = class _StatCache {
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
      data = readFileSync(file);
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
  lookup(stat) {
    const at = this.offsets.get(stat.path);
    if (at === void 0 || this.superseded.has(stat.path)) return void 0;
    this.seen.add(stat.path);
    const d = this.data;
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
    if (this.offsets.has(stat.path)) this.superseded.add(stat.path);
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
    if (this.addedRows === 0 && this.superseded.size === 0) return;
    const many = this.offsets.size - this.superseded.size + this.addedRows > MAX_ENTRIES;
    const pieces = [Buffer.from(MAGIC, "latin1")];
    let run;
    for (const [name, numbers] of this.offsets) {
      if (this.superseded.has(name) || many && !this.seen.has(name)) continue;
      const start = numbers - 2 - Buffer.byteLength(name);
      if (run?.[1] === start) run[1] = numbers + ROW_TAIL;
      else {
        if (run) pieces.push(this.data.subarray(...run));
        run = [start, numbers + ROW_TAIL];
      }
    }
    if (run) pieces.push(this.data.subarray(...run));
    pieces.push(...this.added, this.piece.subarray(0, this.pieceBytes));
    try {
      writeFileAtomic(this.file, pieces);
    } catch {
    }
  }
};

// src/adapters/dir-cache.ts
var FORMAT = 1;
var MAX_DIRS = 1e5;
var DirCache = class _DirCache {
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
      const parsed = JSON.parse(readFileSync2(file, "utf8"));
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
    const stats = lstatSync(absolute, { throwIfNoEntry: false });
    if (stats === void 0 || !stats.isDirectory()) {
      this.updates.set(absolute, null);
      return void 0;
    }
    if (row !== void 0 && Array.isArray(row) && row[0] === stats.mtimeMs && row[1] === stats.ctimeMs && row[2] === stats.ino && typeof row[3] === "string" && typeof row[4] === "string") {
      const names = row[3] === "" ? [] : row[3].split("/");
      if (names.length === row[4].length) {
        this.reused += 1;
        return { names, kinds: row[4] };
      }
    }
    const listing = readListing(absolute);
    const keep = listing !== void 0 && !isRacy(stats, listedAt);
    this.updates.set(absolute, keep ? toRow(stats, listing) : null);
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
function toRow(stats, listing) {
  return [stats.mtimeMs, stats.ctimeMs, stats.ino, listing.names.join("/"), listing.kinds];
}

// src/engine/key.ts
function cachesFor(ctx) {
  if (!ctx.stateDir) return {};
  const id = blake3(ctx.workspace).slice(0, 24);
  const statCache = StatCache.load(path.join(ctx.stateDir, `stat-${id}.bin`));
  if (statCache.empty) return { statCache };
  return { statCache, dirCache: DirCache.load(path.join(ctx.stateDir, `dirs-${id}.json`)) };
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
  const cwdAbsolute = path.join(ctx.workspace, spec.cwd);
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

// src/engine/stores.ts
var StoreSet = class {
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
      this.fail(store, `${what}: ${messageOf(error)}`);
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
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/engine/engine.ts
import { createWriteStream, mkdirSync, rmSync, statSync } from "node:fs";
import * as path2 from "node:path";
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
      `${spec.name}: cannot compute the key (${messageOf(error)}); running without the cache`
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
  const cwd = path2.join(engine.workspace, spec.cwd);
  const run = await runCommand({
    shell: spec.shell,
    command: spec.command,
    cwd,
    env: engine.hooks ? engine.hooks.prepare(engine.env) : engine.env,
    live: reporter.live
  });
  if (run.spawnError) reporter.warn(`${spec.name}: ${run.spawnError}`);
  const runnerFiles = engine.hooks?.collect();
  let bytes = 0;
  let savedTo = [];
  if (run.exitCode === 0 && taskKey) {
    const secrets = [
      ...secretValues(engine.env),
      ...spec.redact.map((name) => engine.env[name]).filter((v) => !!v)
    ];
    const log = Buffer.from(redact(run.log.toString("utf8"), secrets));
    const saved = await save(spec, taskKey, engine, {
      log,
      durationMs: run.durationMs,
      runnerFiles: runnerFiles && redactRunnerFiles(spec, runnerFiles, secrets, reporter)
    });
    bytes = saved.bytes;
    savedTo = saved.stores.map((s) => s.name);
  }
  const result = {
    task: spec.name,
    key: taskKey?.key ?? null,
    status: run.exitCode === 0 ? "miss" : "failed",
    source: null,
    exitCode: run.exitCode,
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
    const record = decoded.record;
    const position = stores.stores.indexOf(store);
    const backfill = stores.writable().filter((s) => stores.stores.indexOf(s) < position);
    const copy = backfill.length > 0 ? scratchFile(engine, key) : void 0;
    try {
      checkDestinations(record, engine.workspace);
      let archive;
      let written;
      if (copy) ({ stream: archive, written } = teeToFile(await stored.openArchive(), copy));
      else archive = stored.archiveFile ?? await stored.openArchive();
      const staged = await stageArchive(archive, record, engine.workspace);
      try {
        await written;
      } catch (error) {
        rmSync(staged.dir, { recursive: true, force: true });
        throw error;
      }
      placeOutputs(record, staged, engine.workspace);
      if (copy) {
        await stores.putAll(backfill, {
          key,
          task: spec.name,
          scope: engine.scope,
          recordText: stored.recordText,
          archivePath: copy,
          archiveSize: statSync(copy).size
        });
      }
      return { source: store, record, log: staged.log };
    } catch (error) {
      if (error instanceof CorruptEntryError) {
        reporter.warn(
          `${spec.name}: entry ${key.slice(0, 12)} in ${store.name} is corrupt (${error.message}); treating it as a miss, outputs left as they were`
        );
      } else {
        stores.fail(store, `restore: ${messageOf(error)}`);
      }
    } finally {
      if (copy) rmSync(copy, { force: true });
    }
  }
  return void 0;
}
function scratchFile(engine, key) {
  mkdirSync(engine.tmpDir, { recursive: true });
  return path2.join(engine.tmpDir, `${key}.${uniqueSuffix()}.archive`);
}
function teeToFile(source, file) {
  const out = createWriteStream(file);
  const pass = new (streams()).PassThrough();
  source.on("error", (error) => {
    pass.destroy(error);
    out.destroy(error);
  });
  source.pipe(out);
  source.pipe(pass);
  return { stream: pass, written: streams().promises.finished(out) };
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
async function save(spec, taskKey, engine, run) {
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
      listing.files.reduce((sum, file) => sum + file.size, 0) + run.log.length,
      engine.stores.writable().some((store) => store.compress)
    );
    const written = await writeArchive({
      files: listing.files,
      workspace: engine.workspace,
      log: run.log,
      codec,
      dest: archivePath
    });
    for (const skipped of written.skipped) {
      reporter.warn(
        `${spec.name}: output ${skipped} is a symlink leaving the workspace; not stored`
      );
    }
    const record = {
      format: ENTRY_FORMAT,
      key: taskKey.key,
      task: spec.name,
      manifest: taskKey.manifest,
      createdAt: (/* @__PURE__ */ new Date()).toISOString(),
      durationMs: run.durationMs,
      exitCode: 0,
      outputs: written.outputs,
      log: written.log,
      archive: { codec },
      producer: engine.producer,
      ...run.runnerFiles ? { runnerFiles: run.runnerFiles } : {}
    };
    const stores = await engine.stores.saveAll({
      key: taskKey.key,
      task: spec.name,
      scope: engine.scope,
      recordText: encodeRecord(record, blake3, engine.signer),
      archivePath,
      archiveSize: statSync(archivePath).size
    });
    if (engine.local && stores.includes(engine.local) && engine.prune) {
      const { maxBytes, maxAgeMs } = engine.prune;
      if (maxBytes !== void 0 || maxAgeMs !== void 0) {
        await engine.local.prune({ maxBytes, maxAgeMs }).catch((error) => {
          reporter.warn(`pruning the local store failed: ${messageOf(error)}`);
        });
      }
    }
    return { bytes: outputBytes(record), stores };
  } catch (error) {
    reporter.warn(
      `${spec.name}: saving the outputs failed (${messageOf(error)}); the task itself succeeded`
    );
    return { bytes: 0, stores: [] };
  } finally {
    rmSync(archivePath, { force: true });
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

// src/stores/local.ts
import {
  appendFileSync,
  createReadStream,
  existsSync,
  mkdirSync as mkdirSync2,
  readFileSync as readFileSync3,
  utimesSync
} from "node:fs";
import * as path4 from "node:path";

// src/adapters/user-cache.ts
import { homedir } from "node:os";
import * as path3 from "node:path";
function userCacheDir(env = process.env) {
  if (env.XDG_CACHE_HOME) return path3.join(env.XDG_CACHE_HOME, "taskcache");
  return path3.join(homedir(), ".cache", "taskcache");
}

// src/stores/local.ts
var RECORD = "record.json";
var ARCHIVE = "archive";
var STALE_TMP_MS = 60 * 60 * 1e3;
function defaultCacheDir(env = process.env) {
  if (env.TASKCACHE_DIR) return path4.resolve(env.TASKCACHE_DIR);
  return userCacheDir(env);
}
var LocalStore = class {
  constructor(root, mode = "read-write") {
    this.root = root;
    this.mode = mode;
  }
  root;
  mode;
  name = "local";
  compress = false;
  entryDir(key) {
    return path4.join(this.root, "entries", key.slice(0, 2), key);
  }
  get tmpDir() {
    return path4.join(this.root, "tmp");
  }
  /** State that only speeds up later runs (the stat cache); safe to delete. */
  get stateDir() {
    return path4.join(this.root, "state");
  }
  async get(key) {
    const dir = this.entryDir(key);
    let recordText;
    try {
      recordText = readFileSync3(path4.join(dir, RECORD), "utf8");
    } catch (error) {
      if (isNotFound(error)) return void 0;
      throw error;
    }
    const now = Date.now() / 1e3;
    try {
      utimesSync(path4.join(dir, RECORD), now, now);
    } catch {
    }
    return {
      recordText,
      archiveFile: path4.join(dir, ARCHIVE),
      openArchive: async () => {
        const stream = createReadStream(path4.join(dir, ARCHIVE));
        await new Promise((resolve2, reject) => {
          stream.once("open", () => resolve2());
          stream.once("error", reject);
        });
        return stream;
      }
    };
  }
  async has(key) {
    return existsSync(path4.join(this.entryDir(key), RECORD));
  }
  async put(request) {
    const final = this.entryDir(request.key);
    if (existsSync(final)) return "exists";
    const staging = path4.join(this.tmpDir, `${request.key}.${uniqueSuffix()}`);
    const { copyFile, link, mkdir, rename, rm, writeFile } = await fsp();
    await mkdir(staging, { recursive: true });
    try {
      await link(request.archivePath, path4.join(staging, ARCHIVE)).catch(
        () => copyFile(request.archivePath, path4.join(staging, ARCHIVE))
      );
      await writeFile(path4.join(staging, RECORD), request.recordText);
      await mkdir(path4.dirname(final), { recursive: true });
      try {
        await rename(staging, final);
      } catch (error) {
        if (existsSync(path4.join(final, RECORD))) return "exists";
        throw error;
      }
      await this.setLatest(request.task, request.scope, request.key);
      return "saved";
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  latestFile(task, scope) {
    return path4.join(this.root, "latest", blake3(`${scope}\0${task}`));
  }
  async setLatest(task, scope, key) {
    const file = this.latestFile(task, scope);
    const { mkdir, rename, writeFile } = await fsp();
    await mkdir(path4.dirname(file), { recursive: true });
    const tmp = `${file}.${uniqueSuffix()}`;
    await writeFile(tmp, key);
    await rename(tmp, file);
  }
  async latestRecord(task, scope) {
    const { readFile } = await fsp();
    try {
      const key = (await readFile(this.latestFile(task, scope), "utf8")).trim();
      return await readFile(path4.join(this.entryDir(key), RECORD), "utf8");
    } catch {
      return void 0;
    }
  }
  /** Every entry with its size and last use. */
  async list() {
    const base = path4.join(this.root, "entries");
    const { readdir, stat } = await fsp();
    const out = [];
    for (const shard of await readdir(base).catch(() => [])) {
      for (const key of await readdir(path4.join(base, shard)).catch(() => [])) {
        const dir = path4.join(base, shard, key);
        try {
          const record = await stat(path4.join(dir, RECORD));
          const archive = await stat(path4.join(dir, ARCHIVE));
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
    const { mkdir, rename, rm } = await fsp();
    await mkdir(this.tmpDir, { recursive: true });
    const doomed = path4.join(this.tmpDir, `evict-${entry.key}.${uniqueSuffix()}`);
    try {
      await rename(entry.dir, doomed);
    } catch {
      return;
    }
    await rm(doomed, { recursive: true, force: true });
  }
  async clearStaleTmp(now) {
    const { readdir, rm, stat } = await fsp();
    for (const name of await readdir(this.tmpDir).catch(() => [])) {
      const item = path4.join(this.tmpDir, name);
      const info = await stat(item).catch(() => void 0);
      if (info && now - info.mtimeMs > STALE_TMP_MS)
        await rm(item, { recursive: true, force: true });
    }
  }
  async recordRun(run) {
    mkdirSync2(this.root, { recursive: true });
    appendFileSync(path4.join(this.root, "runs.jsonl"), `${JSON.stringify(run)}
`);
  }
  async runs() {
    const { readFile } = await fsp();
    const text = await readFile(path4.join(this.root, "runs.jsonl"), "utf8").catch(() => "");
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
function fsp() {
  return import("node:fs/promises");
}
function isNotFound(error) {
  return error?.code === "ENOENT";
}

export {
  KEY_SCHEMA_VERSION,
  createManifest,
  serializeManifest,
  computeKey,
  diffManifests,
  describeChanges,
  missReason,
  outputBytes,
  encodeRecord,
  decodeRecord,
  selectEnv,
  computeTaskKey,
  StoreSet,
  keyTask,
  runTask,
  restore,
  explainMiss,
  save,
  dryRunTask,
  explainTask,
  defaultCacheDir,
  LocalStore
};
