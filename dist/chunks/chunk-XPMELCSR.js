import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  BlobHints,
  CorruptEntryError,
  MATCH_OPTIONS,
  NameTable,
  SeenDestinations,
  StatCache,
  canonicalJson,
  checkDestinations,
  collectGarbage,
  compareCodeUnits,
  fileBackend,
  findGitDir,
  forgetParsedIndexes,
  isRacy,
  isoTime,
  lazyWorkspaceIndex,
  listFiles,
  loadWorkspaceIndex,
  matcher,
  physicalDir,
  placeOutputs,
  preferredCodec,
  readListing,
  recordFacts,
  recoverInterrupted,
  restoredMode,
  sameStat,
  scanInputs,
  stageArchive,
  statNumbers,
  witnessSpoil,
  witnessStat,
  workspacePatterns,
  writeArchive
} from "./chunk-SRAC3I6Q.js";
import {
  isDigest,
  isKey,
  shortKey
} from "./chunk-SGE7DEJ6.js";
import {
  messageOf,
  signerFromEnv,
  touchUsed
} from "./chunk-EUGGKUGV.js";
import {
  captureStdout,
  debug,
  monotonicMs,
  require_picomatch,
  runCommand,
  uniqueSuffix,
  writeFileAtomic
} from "./chunk-WCZ5FQDO.js";
import {
  RECENT_RECORDS,
  StoreError,
  canRead,
  pushRecent,
  releaseBytes
} from "./chunk-XJK27DBY.js";
import {
  FileHasher
} from "./chunk-YMTDA3HV.js";
import {
  childProcess
} from "./chunk-TEIB2ELP.js";
import {
  blake3
} from "./chunk-UDF6BDGM.js";
import {
  formatDuration
} from "./chunk-R3RWRY7A.js";
import {
  isSafeRelativePath,
  linkStaysInside
} from "./chunk-SM6SODOI.js";
import {
  __toESM
} from "./chunk-CUVSUTYU.js";

// src/core/fields.ts
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function unknownKey(value, allowed) {
  for (const key in value) if (!allowed.includes(key)) return key;
  return void 0;
}

// src/core/manifest.ts
var KEY_SCHEMA_VERSION = 2;
var READABLE_KEY_SCHEMAS = [1, 2];
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
var PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
function jsonString(text) {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}
function writeManifest(manifest, write) {
  const v1 = manifest.schema === 1;
  const fields = {
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
  if (!v1) fields.outputs = [...manifest.outputs ?? []];
  const rest = canonicalJson(fields);
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
var KEY_TEXT_CHUNK = 16 * 1024;
var keyTextEncoder;
var keyTextBytes;
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
var MANIFEST_KEYS = [
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
var STRING_FIELDS = ["task", "command", "shell", "cwd", "salt"];
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
  const platform = value.platform;
  if (!isObject(platform) || unknownKey(platform, ["os", "arch"]) !== void 0 || typeof platform.os !== "string" || typeof platform.arch !== "string") {
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
    platform: { os: platform.os, arch: platform.arch },
    env,
    inputs,
    keyCommands,
    outputs: schema === 1 ? [] : outputs,
    salt: value.salt
  };
  return { ok: true, manifest };
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

// src/core/entry.ts
import { isUtf8 } from "node:buffer";

// src/core/record-text.ts
var TEXT_CHUNK = 16 * 1024;
var HEADER_ROOM = 512;
function storedRecordBytes(record, header) {
  const out = new Utf8Writer(HEADER_ROOM, expectedLength(record));
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    out.write(canonicalJson(record));
  } else writeRecord(record, (piece) => out.write(piece));
  const head = new TextEncoder().encode(header(out.finish()));
  out.write("}\n");
  const text = out.finish();
  if (head.length <= HEADER_ROOM) return out.withBefore(head);
  const joined = new Uint8Array(head.length + text.length);
  joined.set(head);
  joined.set(text, head.length);
  return joined;
}
var ITEM_BYTES = 128;
function expectedLength(record) {
  if (record === null || typeof record !== "object") return 0;
  let length = 64 * 1024;
  const add = (items) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      const p = item?.path;
      length += ITEM_BYTES + (typeof p === "string" ? p.length : 0);
    }
  };
  add(record.manifest?.inputs);
  add(record.outputs);
  const blobs = record.blobs;
  if (blobs instanceof Map) {
    for (const p of blobs.keys()) length += p.length + 48;
  } else if (blobs !== null && typeof blobs === "object") {
    for (const p in blobs) length += p.length + 48;
  }
  return length;
}
var PIECE_BYTES = 64 * 1024;
function writeRecordText(record, write) {
  const out = new Utf8Writer(0, PIECE_BYTES, write);
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    out.write(canonicalJson(record));
  } else writeRecord(record, (piece) => out.write(piece));
  out.finish();
}
var Utf8Writer = class {
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
function writeRecord(record, write) {
  const { manifest, outputs, blobs } = record;
  const fields = record;
  let first = true;
  write("{");
  for (const name of Object.keys(fields).sort(compareCodeUnits)) {
    const value = fields[name];
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
var isText = (value) => typeof value === "string";
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

// src/core/entry.ts
var ENTRY_FORMAT = 1;
var CODECS = ["zstd", "gzip", "none"];
function outputBytes(record) {
  let total = 0;
  for (const item of record.outputs) if (item.kind === "file") total += item.size;
  return total;
}
function encodeRecord(record, hash, signer) {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(
    encodeRecordBytes(record, hash, signer)
  );
}
function encodeRecordBytes(record, hash, signer) {
  return storedRecordBytes(record, (text) => recordHeader(record.key, hash(text), signer));
}
function recordHeader(key, digest, signer) {
  const signature = signer ? `,"signature":${JSON.stringify(signer.sign(key, digest))}` : "";
  return `{"digest":"${digest}"${signature},"record":`;
}
var CLOSING = new TextEncoder().encode("}\n");
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
var MAX_RECORD_CHARS = 64 * 1024 * 1024;
var MAX_OUTPUTS = 1e6;
var MAX_PATH_LENGTH = 4096;
var MAX_SIZE = 2 ** 40;
var ascii = (text) => Buffer.from(text, "latin1");
var RECORD_FIELD = ascii(',"record":');
var MANIFEST_FIELD = ascii(',"manifest":{');
var AFTER_MANIFEST = ascii('},"outputs":[');
var AFTER_OUTPUTS = ascii('],"producer":{');
var CLOSE = 125;
var OPEN = 123;
var COMMA = 44;
var utf8 = (bytes) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
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
var LIST_PIECE = 64 * 1024;
var BETWEEN_OBJECTS = ascii('},{"');
var OPEN_LIST = 91;
var CLOSE_LIST = 93;
function parseList(body, open, close) {
  if (body[open] !== OPEN_LIST || body[close] !== CLOSE_LIST) return void 0;
  const items = [];
  let from = open;
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
var BLOBS_AFTER = CODECS.map((codec) => ({
  codec,
  prefix: ascii(`{"archive":{"codec":"${codec}"},"blobs":{`)
}));
var QUOTE = 34;
var COLON = 58;
var BACKSLASH = 92;
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
var isLowerHex = (byte) => byte !== void 0 && (byte >= 48 && byte <= 57 || byte >= 97 && byte <= 102);
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
var hintDecodes = { asWritten: 0, parsed: 0 };
function decodeHintPairs(stored, hash, signer, release) {
  if (stored instanceof Uint8Array) {
    const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
    const read = bytes.length <= MAX_RECORD_CHARS && isUtf8(bytes) && hintPairsAsWritten(bytes, hash, signer);
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
var INPUTS_FIELD = ascii(',"inputs":[');
var INPUT_FILE = ascii('{"digest":"');
var INPUT_EXECUTABLE = ascii('","executable":');
var INPUT_PATH = ascii(',"path":"');
var INPUT_LINK = ascii('{"link":"');
var TRUE = ascii("true");
var FALSE = ascii("false");
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
var BLOBS_START = Object.fromEntries(BLOBS_AFTER.map((b) => [b.codec, b.prefix.length]));
var BlobCursor = class {
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
var startsWith = (bytes, at, text) => bytes.compare(text, 0, text.length, at, at + text.length) === 0;
function plainString(bytes, at) {
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) return i;
    if (byte === BACKSLASH || byte < 32) return -1;
  }
  return -1;
}
var compareRange = (blobs, bytes, from, to) => blobs.body.compare(bytes, from, to, blobs.path[0], blobs.path[1]);
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
    if (stored.length > MAX_RECORD_CHARS) return tooLarge();
    text = stored;
    bytes = Buffer.from(stored, "utf8");
  } else {
    bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
    if (bytes.length > MAX_RECORD_CHARS || !isUtf8(bytes)) {
      text = bytes.toString("utf8");
      if (text.length > MAX_RECORD_CHARS) return tooLarge();
      bytes = Buffer.from(text, "utf8");
    }
  }
  return asWritten(bytes, hash, leave) ?? reserialized(text ?? utf8(bytes), hash);
}
var tooLarge = () => ({
  ok: false,
  reason: `record is larger than ${MAX_RECORD_CHARS / 1024 / 1024} MiB`
});
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
var MANIFEST_NOT_KEY = "record's manifest does not give its key";
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
var RECORD_KEYS = [
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
var FILE_KEYS = ["kind", "path", "executable", "size", "digest"];
var LINK_KEYS = ["kind", "path", "target", "external"];
var RUNNER_FILES_KEYS = ["output", "env", "path", "summary"];
var isSize = (value) => Number.isSafeInteger(value) && value >= 0 && value <= MAX_SIZE;
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
var BLOB_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function checkBlobs(blobs) {
  if (!isObject(blobs)) return "record field blobs is not an object of path: blob id";
  let count = 0;
  for (const path11 in blobs) {
    if (++count > MAX_OUTPUTS) return `record field blobs has more than ${MAX_OUTPUTS} paths`;
    if (path11.length > MAX_PATH_LENGTH) {
      return `record field blobs has a path longer than ${MAX_PATH_LENGTH} characters`;
    }
    const id = blobs[path11];
    if (typeof id !== "string" || !BLOB_ID.test(id)) {
      return `record field blobs[${JSON.stringify(path11.slice(0, 200))}] is not a git blob id (40 or 64 lowercase hex digits)`;
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
  const compiled = compiledFor(patterns);
  const selected = [];
  for (const name of Object.keys(env)) {
    if (env[name] === void 0) continue;
    if (compiled.exclude.some((re) => re.test(name))) continue;
    if (compiled.exact.has(name)) {
      selected.push(name);
      continue;
    }
    if (!compiled.include.some((re) => re.test(name))) continue;
    if (neverByWildcard(name)) continue;
    selected.push(name);
  }
  return selected.sort(compareCodeUnits);
}
var compiledLists = /* @__PURE__ */ new Map();
function compiledFor(patterns) {
  const id = JSON.stringify(patterns);
  let compiled = compiledLists.get(id);
  if (compiled === void 0) {
    compiled = compileEnvPatterns(patterns);
    if (compiledLists.size < 256) compiledLists.set(id, compiled);
  }
  return compiled;
}
var refusedNames = /* @__PURE__ */ new Map();
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

// src/engine/key.ts
import * as path3 from "node:path";

// src/adapters/git-ignore.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import * as path from "node:path";
var PathSet = class {
  constructor(paths) {
    this.paths = paths;
  }
  paths;
  /** Whether `relative` is listed, or lies below a listed directory. */
  has(relative2) {
    if (this.paths.has(relative2) || this.paths.has(`${relative2}/`)) return true;
    for (let slash = relative2.lastIndexOf("/"); slash > 0; ) {
      if (this.paths.has(relative2.slice(0, slash + 1))) return true;
      slash = relative2.lastIndexOf("/", slash - 1);
    }
    return false;
  }
};
var notRepositories = /* @__PURE__ */ new Set();
var failures = /* @__PURE__ */ new Map();
var SHOWN_PATHS = 5;
function gitList(workspace, args, input) {
  witnessSpoil("git was asked which inputs it ignores");
  return new Promise((resolve2) => {
    const child = childProcess().execFile(
      "git",
      args,
      {
        cwd: workspace,
        maxBuffer: 1 << 30,
        encoding: "utf8",
        env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
      },
      (error, stdout, stderr) => {
        if (error && input !== void 0 && error.code === 1) {
          resolve2(/* @__PURE__ */ new Set());
          return;
        }
        if (error) {
          const code = error.code;
          if (code === "ENOENT" || /not a git repository/i.test(String(stderr))) {
            notRepositories.add(workspace);
          } else if (!failures.has(workspace)) {
            const line = String(stderr).trim().split("\n")[0] || error.message;
            failures.set(workspace, line.replace(/^(fatal|error): /, ""));
          }
          debug(
            `git ${args.find((arg) => !arg.startsWith("-"))}: ${code === "ENOENT" ? "git is not installed" : String(stderr).trim() || error.message}`
          );
          resolve2(void 0);
          return;
        }
        resolve2(new Set(stdout.split("\0").filter((line) => line !== "")));
      }
    );
    child.stdin?.on("error", () => {
    });
    child.stdin?.end(input);
  });
}
function staticBase(cwd, written) {
  const body = written.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/{2,}/g, "/");
  const joined = path.posix.normalize(path.posix.join(cwd, import_picomatch.default.scan(body).base));
  const base = joined.replace(/\/+$/, "");
  return base === "." ? "" : base;
}
var GitIgnore = class _GitIgnore {
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

// src/engine/key-caches.ts
import { rmSync } from "node:fs";
import * as path2 from "node:path";

// src/adapters/dir-cache.ts
import { readFileSync, statSync } from "node:fs";
var MAGIC = "TCD1";
var MAX_DIRS = 1e5;
var NUMBERS = 3 * 8 + 4;
function loadRows(file) {
  let data;
  try {
    data = readFileSync(file);
    if (data.toString("latin1", 0, MAGIC.length) !== MAGIC) data = Buffer.alloc(0);
  } catch {
    data = Buffer.alloc(0);
  }
  const starts = [];
  for (let at = MAGIC.length; at + 2 <= data.length; ) {
    const numbers = at + 2 + data.readUInt16LE(at);
    if (numbers + NUMBERS > data.length) break;
    const kinds = numbers + NUMBERS + data.readUInt32LE(numbers + 24);
    if (kinds + 4 > data.length) break;
    const end = kinds + 4 + data.readUInt32LE(kinds);
    if (end > data.length) break;
    starts.push(at, end);
    at = end;
  }
  const table = new NameTable(starts.length / 2, data);
  const ends = new Float64Array(starts.length / 2);
  for (let row = 0; row < ends.length; row++) {
    const at = starts[row * 2];
    const length = data.readUInt16LE(at);
    table.add(data, at + 2, length, at + 2 + length);
    ends[row] = starts[row * 2 + 1];
  }
  table.seal();
  return { data, table, ends };
}
var DirCache = class _DirCache {
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
  kept(row, stats) {
    const { data, table } = this.rows;
    const at = table.value(row);
    if (data.readDoubleLE(at) !== stats.mtimeMs || data.readDoubleLE(at + 8) !== stats.ctimeMs || data.readDoubleLE(at + 16) !== stats.ino) {
      return void 0;
    }
    const namesAt = at + NUMBERS;
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
    const stats = statIfAny(absolute);
    witnessStat(absolute, true, stats);
    if (stats === void 0 || !stats.isDirectory()) {
      replace(null);
      return void 0;
    }
    let known;
    if (update) known = fromRow(update, stats);
    else if (row >= 0) known = this.kept(row, stats);
    if (known !== void 0) {
      this.reused += 1;
      return known;
    }
    const listing = readListing(absolute);
    const keep = listing !== void 0 && listing.invalid === void 0 && !isRacy(stats, listedAt);
    replace(keep ? toRow(stats, listing) : null);
    return listing;
  }
  /** Writes the cache atomically when anything changed; failures only cost speed. */
  save() {
    if (this.listed === this.reused) return;
    const { data, table, ends } = this.rows;
    const many = table.size + this.updates.size > MAX_DIRS;
    const pieces = [Buffer.from(MAGIC, "latin1")];
    let run;
    for (let row = 0; row < table.size; row++) {
      const seen = this.seen[row];
      if (table.isShadowed(row) || seen === 2 || many && seen === 0) continue;
      const start = table.nameStart(row) - 2;
      if (run?.[1] === start) run[1] = ends[row];
      else {
        if (run) pieces.push(data.subarray(...run));
        run = [start, ends[row]];
      }
    }
    if (run) pieces.push(data.subarray(...run));
    pieces.push(encodeRows(this.updates));
    try {
      writeFileAtomic(this.file, pieces);
    } catch {
    }
  }
};
function statIfAny(absolute) {
  try {
    return statSync(absolute, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function toRow(stats, listing) {
  return [stats.mtimeMs, stats.ctimeMs, stats.ino, listing.names.join("/"), listing.kinds];
}
function fromRow(row, stats) {
  if (row[0] !== stats.mtimeMs || row[1] !== stats.ctimeMs || row[2] !== stats.ino) {
    return void 0;
  }
  const names = row[3] === "" ? [] : row[3].split("/");
  return names.length === row[4].length ? { names, kinds: row[4] } : void 0;
}
function encodeRows(rows) {
  let most = 0;
  for (const [dir, row] of rows) {
    if (row !== null) most += 2 + dir.length * 3 + NUMBERS + row[3].length * 3 + 4 + row[4].length;
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

// src/adapters/scan-memo.ts
var ScanMemo = class {
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
  get(path11) {
    if (this.writers !== 0) return void 0;
    if (this.scans.length > 0) this.settleScans();
    return this.files.size === 0 ? void 0 : this.files.get(path11);
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
    for (const [path11, file] of files) this.files.set(path11, file);
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

// src/engine/key-caches.ts
function loadScanCaches(stateDir, workspace) {
  if (!stateDir) return {};
  const id = scanStateId(workspace);
  const statCache = StatCache.load(path2.join(stateDir, `stat-${id}.bin`));
  const git = {
    gitIndex: lazyWorkspaceIndex(workspace),
    blobHints: BlobHints.load(path2.join(stateDir, "blobs.bin"))
  };
  if (statCache.empty) return { statCache, ...git };
  removeLegacyListings(path2.join(stateDir, `dirs-${id}.json`));
  return {
    statCache,
    dirCache: DirCache.load(path2.join(stateDir, `dirs-${id}.bin`)),
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
    rmSync(file, { force: true });
  } catch {
  }
}
function saveScanCaches(caches) {
  caches.statCache?.save();
  caches.dirCache?.save();
  caches.blobHints?.save();
}
var KeyCaches = class {
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
        for (const name of scanStateNames(workspace)) touchUsed(path2.join(stateDir, name));
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

// src/engine/key-commands.ts
var SLOW_KEY_COMMAND_MS = 200;
var KeyCommandMemo = class {
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
    const outcome = captureStdout(shell, command, cwd, env).finally(() => writes?.endWrite()).then((stdout) => ({
      digest: blake3(stdout),
      ms: Math.round(monotonicMs() - started)
    }));
    outcome.catch(() => {
    });
    this.#runs.set(id, outcome);
    return { outcome, first: true };
  }
};
function memoId(shell, command, cwd, env) {
  const vars = Object.entries(env).filter((entry) => entry[1] !== void 0).sort((a, b) => compareCodeUnits(a[0], b[0]));
  return blake3(JSON.stringify([shell, cwd, command, vars]));
}
var implicit = /* @__PURE__ */ new WeakMap();
function memoOf(ctx) {
  if (ctx.keyCommandMemo) return ctx.keyCommandMemo;
  let memo = implicit.get(ctx);
  if (!memo) {
    memo = new KeyCommandMemo();
    implicit.set(ctx, memo);
  }
  return memo;
}
async function keyCommandInput(memo, run, notices, writes) {
  const { outcome, first } = memo.run(run.shell, run.command, run.cwd, run.env, writes);
  const { digest, ms } = await outcome;
  if (first) {
    debug(`key-command "${run.command}" in ${run.cwd}: ${ms} ms`);
    if (ms > SLOW_KEY_COMMAND_MS) {
      notices.push(
        `key-command "${run.command}" took ${formatDuration(ms)} (it runs once per invocation; its time is key time)`
      );
    }
  } else {
    debug(`key-command "${run.command}" in ${run.cwd}: reused`);
  }
  return { command: run.command, digest };
}

// src/engine/store-hints.ts
function isHintSource(ctx) {
  const { stores, scope } = ctx;
  return typeof scope === "string" && typeof stores?.readable === "function";
}
async function storeBlobHints(task, source) {
  for (const store of source.stores.readable()) {
    const records = await source.stores.attempt(
      store,
      "lookup",
      () => recentOf(store, task, source)
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
function recentOf(store, task, source) {
  if (store.recentRecordBytes) return store.recentRecordBytes(task, source.scope);
  if (store.recentRecords) return store.recentRecords(task, source.scope);
  return store.latestRecord(task, source.scope).then((text) => text ? [text] : []);
}

// src/engine/key.ts
function cachesFor(ctx) {
  const shared = invocationCaches(ctx);
  if (shared) return { caches: shared, owned: false };
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
  const cwdAbsolute = path3.join(ctx.workspace, spec.cwd);
  const keyCommandEnv = spec.keyCommands.length > 0 ? commandEnv(ctx.env) : void 0;
  const keyCommands = [];
  const notices = [];
  for (const command of spec.keyCommands) {
    const run = { shell: spec.shell, command, cwd: cwdAbsolute, env: keyCommandEnv };
    keyCommands.push(await keyCommandInput(memoOf(ctx), run, notices, caches.memo));
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

// src/engine/inspect.ts
var UncacheableError = class extends Error {
  name = "UncacheableError";
};
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
async function recentRecords(store, task, scope) {
  if (store.recentRecords) return store.recentRecords(task, scope);
  const latest = await store.latestRecord(task, scope);
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
  const ranBefore = await context.runLog?.runs().then((runs) => runs.some((run) => run.task === spec.name && run.status !== "failed")).catch(() => false);
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

// src/engine/restore.ts
import { createWriteStream, rmSync as rmSync4, statSync as statSync4 } from "node:fs";
import * as path7 from "node:path";
import { PassThrough } from "node:stream";
import { finished } from "node:stream/promises";

// src/adapters/declared-outputs.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
function declaredOutputs(cwd, outputs) {
  const { positive, negative } = workspacePatterns(cwd, outputs);
  const included = positive.length > 0 ? (0, import_picomatch2.default)(positive, MATCH_OPTIONS) : () => false;
  const excluded = negative.length > 0 ? (0, import_picomatch2.default)(negative, MATCH_OPTIONS) : () => false;
  return (workspacePath) => included(workspacePath) && !excluded(workspacePath);
}
function firstUndeclared(paths, cwd, outputs) {
  const covered = declaredOutputs(cwd, outputs);
  for (const path11 of paths) if (!covered(path11)) return path11;
  return void 0;
}

// src/adapters/in-place.ts
import { lstatSync, readlinkSync } from "node:fs";
import * as path4 from "node:path";
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
  const prefix = workspace.endsWith(path4.sep) ? workspace : workspace + path4.sep;
  for (const item of record.outputs) {
    try {
      const absolute = prefix + item.path;
      const looked = seen?.get(item.path);
      let stats;
      if (looked === void 0) {
        stats = lstatSync(absolute, { throwIfNoEntry: false });
        witnessStat(absolute, false, stats);
      } else stats = looked ?? void 0;
      if (stats === void 0) continue;
      if (item.kind === "link") {
        if (stats.isSymbolicLink() && readlinkSync(absolute) === item.target) {
          inPlace.set(item.path, { executable: false, symlink: true });
        }
        continue;
      }
      if (!stats.isFile() || stats.size !== item.size) continue;
      if ((stats.mode & 4095) !== restoredMode(item.executable)) continue;
      const { size, mtimeMs, ctimeMs, ino } = stats;
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

// src/adapters/kept-logs.ts
import { mkdirSync, readdirSync, readFileSync as readFileSync2, rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import * as path5 from "node:path";
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
    const file = path5.join(this.dir, log.digest);
    let bytes;
    try {
      bytes = readFileSync2(file);
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
    const file = path5.join(this.dir, digest);
    try {
      if (statSync2(file, { throwIfNoEntry: false })?.size === log.length) return;
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(file, [log]);
      this.trim();
    } catch {
    }
  }
  trim() {
    const names = readdirSync(this.dir);
    if (names.length <= this.maxLogs) return;
    const aged = names.map((name) => ({ name, at: statSync2(path5.join(this.dir, name)).mtimeMs })).sort((a, b) => a.at - b.at);
    for (const { name } of aged.slice(0, aged.length >> 1)) {
      rmSync2(path5.join(this.dir, name), { force: true });
    }
  }
};

// src/engine/save.ts
import {
  closeSync,
  ftruncateSync,
  mkdirSync as mkdirSync2,
  openSync,
  readFileSync as readFileSync3,
  rmSync as rmSync3,
  statSync as statSync3,
  writeSync
} from "node:fs";
import * as path6 from "node:path";
async function save(spec, taskKey, context, run) {
  const { reporter } = context;
  const none = { bytes: 0, stores: [], kept: [] };
  if (context.stores.writable().length === 0) return none;
  let archivePath;
  let recordFile;
  try {
    archivePath = scratchFile(context, taskKey.key);
    const { written, codec } = await archiveOutputs(spec, context, run.log, archivePath);
    if (written.skipped.length > 0) {
      reporter.warn(
        `${spec.name}: not saved: output ${written.skipped[0]} is a symlink leaving the workspace${written.skipped.length > 1 ? ` (and ${written.skipped.length - 1} more)` : ""}, which the entry cannot hold unless the task sets allow-external-links; a hit without it would restore a broken output`
      );
      return none;
    }
    recordFile = `${archivePath}.record`;
    const bytes = await writeRecordFile(spec, taskKey, context, run, written, codec, recordFile);
    const file = recordFile;
    let recordBytes;
    let recordText;
    const bytesOf = () => {
      recordBytes ??= readFileSync3(file);
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
      archiveSize: statSync3(archivePath).size,
      ...run.replace ? { replace: true } : {}
    };
    const targets = context.stores.writable();
    if (run.replace) {
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
    if (archivePath) rmSync3(archivePath, { force: true });
    if (recordFile) rmSync3(recordFile, { force: true });
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
async function writeRecordFile(spec, taskKey, context, run, written, codec, file) {
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
    producer: context.producer,
    ...run.runnerFiles ? { runnerFiles: run.runnerFiles } : {},
    // Beside the manifest: a fresh clone maps these blob ids to its digests (store-hints.ts).
    // Written from the Map: an object of a property per input made of it would be megabytes.
    ...taskKey.blobs && taskKey.blobs.size > 0 && taskKey.blobs.size <= MAX_OUTPUTS ? { blobs: taskKey.blobs } : {}
  };
  const hasher = await (await fileBackend()).createHasher();
  const fd = openSync(file, "w");
  try {
    const length = streamRecord(
      record,
      hasher,
      (bytes, at) => writeAt(fd, bytes, at),
      context.signer
    );
    ftruncateSync(fd, length);
  } finally {
    closeSync(fd);
  }
  return outputBytes(record);
}
function writeAt(fd, bytes, position) {
  for (let done = 0; done < bytes.length; ) {
    done += writeSync(fd, bytes, done, bytes.length - done, position + done);
  }
}
function scratchFile(context, key) {
  mkdirSync2(context.tmpDir, { recursive: true });
  return path6.join(context.tmpDir, `${key}.${uniqueSuffix()}.archive`);
}

// src/engine/restore.ts
async function restore(spec, key, context) {
  return (await restoreOutcome(spec, key, context)).hit;
}
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
        rmSync4(staged.dir, { recursive: true, force: true });
        throw error;
      }
      const stale = await staleOutputs(spec, record, context).catch((error) => {
        rmSync4(staged.dir, { recursive: true, force: true });
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
          archiveSize: statSync4(copy).size
        });
      }
      return { hit: { source: store, record, log: staged.log } };
    } catch (error) {
      source?.destroy();
      if (!stores.readable().includes(store)) continue;
      if (error instanceof CorruptEntryError) refuse(store, error.message, "corrupt");
      else stores.fail(store, `restore: ${messageOf(error)}`);
    } finally {
      if (copy) rmSync4(copy, { force: true });
    }
  }
  return unusable === void 0 ? {} : { unusable };
}
function keptLogs(context) {
  return context.stateDir ? new KeptLogs(path7.join(context.stateDir, "logs")) : void 0;
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
  const out = createWriteStream(file);
  const pass = new PassThrough();
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
  return { stream: pass, written: finished(out) };
}

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
  const run = await runCommand({
    shell: spec.shell,
    command: spec.command,
    cwd,
    env: context.hooks ? context.hooks.prepare(env) : env,
    live: reporter.live
  }).finally(() => memo?.endWrite());
  if (run.spawnError) reporter.warn(`${spec.name}: ${run.spawnError}`);
  if (run.exitCode !== 0) reporter.failedOutput?.(spec, run.log);
  const runnerFiles = context.hooks?.collect();
  let bytes = 0;
  let savedTo = [];
  let keptIn = [];
  if (run.exitCode === 0 && taskKey) {
    const secrets = [
      ...secretValues(context.env),
      ...spec.redact.map((name) => context.env[name]).filter((v) => !!v)
    ];
    const log = Buffer.from(redact(run.log.toString("utf8"), secrets));
    const saving = monotonicMs();
    const saved = await save(spec, taskKey, context, {
      log,
      durationMs: run.durationMs,
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
    exitCode: run.exitCode,
    durationMs: Math.round(monotonicMs() - started),
    keyMs,
    bytes,
    reason,
    ...runnerFiles ? { runnerFiles } : {}
  };
  const result = run.exitCode === 0 ? { ...base, status: "miss", savedTo, keptIn } : { ...base, status: "failed" };
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
function hitResult(task, key, hit, started) {
  return {
    ...hitFigures(task, key, hit.source.name, hit.record, outputBytes(hit.record), started),
    ...hit.record.runnerFiles ? { runnerFiles: hit.record.runnerFiles } : {}
  };
}
function hitFigures(task, key, source, entry, bytes, started) {
  const durationMs = Math.round(monotonicMs() - started);
  return {
    task,
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

// src/stores/local.ts
import {
  closeSync as closeSync2,
  constants,
  createReadStream,
  existsSync,
  fstatSync,
  lstatSync as lstatSync2,
  mkdirSync as mkdirSync3,
  openSync as openSync2,
  readFileSync as readFileSync5,
  utimesSync,
  writeSync as writeSync2
} from "node:fs";
import * as path10 from "node:path";

// src/adapters/user-cache.ts
import { homedir } from "node:os";
import * as path8 from "node:path";
function cacheHome(env) {
  return env.XDG_CACHE_HOME || path8.join(homedir(), ".cache");
}
function userCacheDir(env = process.env) {
  return path8.join(cacheHome(env), "taskcache");
}

// src/stores/local-prune.ts
import * as path9 from "node:path";
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
    const file = path9.join(dir, name);
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
  const { constants: constants2, open } = await fsp();
  let handle;
  try {
    handle = await open(
      recordFile,
      constants2.O_RDONLY | (constants2.O_NONBLOCK ?? 0) | (constants2.O_NOFOLLOW ?? 0)
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
    const item = path9.join(tmpDir, name);
    const info = await stat(item).catch(() => void 0);
    if (info && now - info.mtimeMs > STALE_TMP_MS) await rm(item, { recursive: true, force: true });
  }
  const base = path9.join(root, "entries");
  for (const shard of await readdir(base).catch(() => [])) {
    for (const name of await readdir(path9.join(base, shard)).catch(() => [])) {
      if (!name.endsWith(".replacing")) continue;
      const marker = path9.join(base, shard, name);
      const info = await stat(marker).catch(() => void 0);
      if (info && now - info.mtimeMs > STALE_TMP_MS) await rm(marker, { force: true });
    }
  }
}
function fsp() {
  return import("node:fs/promises");
}

// src/stores/run-log.ts
import { readFileSync as readFileSync4 } from "node:fs";
var RUN_LOG_KEEP = 1e4;
var RUN_LOG_MAX_BYTES = 4 * 1024 * 1024;
function trimRunLog(file, keep = RUN_LOG_KEEP) {
  const text = readFileSync4(file, "utf8");
  const lines = text.split("\n").filter((line) => line !== "");
  if (lines.length <= keep) return;
  writeFileAtomic(file, `${lines.slice(-keep).join("\n")}
`);
}

// src/stores/local.ts
var RECORD = "record.json";
var ARCHIVE = "archive";
var LOOKUP_TRIES = 5;
var OPEN_FLAGS = constants.O_NONBLOCK ?? 0;
var NOFOLLOW = constants.O_NOFOLLOW ?? 0;
function defaultCacheDir(env = process.env) {
  if (env.TASKCACHE_DIR) return path10.resolve(env.TASKCACHE_DIR);
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
    return path10.join(this.root, "entries", key.slice(0, 2), key);
  }
  get tmpDir() {
    return path10.join(this.root, "tmp");
  }
  /** State that only speeds up later runs (the stat cache); safe to delete. */
  get stateDir() {
    return path10.join(this.root, "state");
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
    const record = statOrUndefined(path10.join(dir, RECORD));
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
      utimesSync(path10.join(dir, RECORD), at, at);
    } catch {
      return statOrUndefined(path10.join(dir, RECORD))?.isFile() === true;
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
        if (!existsSync(replacingMarker(dir))) return void 0;
        await new Promise((resolve2) => setTimeout(resolve2, 2));
        continue;
      }
      let bytes2;
      try {
        bytes2 = this.readRegularBytes(path10.join(dir, RECORD));
      } catch (error) {
        if (isNotFound(error)) return void 0;
        throw error;
      }
      const archive = statOrUndefined(path10.join(dir, ARCHIVE));
      if (archive !== void 0 && !archive.isFile()) {
        throw this.notRegular(path10.join(dir, ARCHIVE));
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
      utimesSync(path10.join(dir, RECORD), now, now);
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
      archiveFile: path10.join(dir, ARCHIVE),
      openArchive: async () => {
        const file = path10.join(dir, ARCHIVE);
        const fd = this.openRegular(file, constants.O_RDONLY);
        return createReadStream(file, { fd });
      }
    };
  }
  async has(key) {
    if (await this.expired(this.entryDir(key), key)) return false;
    return statOrUndefined(path10.join(this.entryDir(key), RECORD))?.isFile() === true;
  }
  async put(request) {
    const final = this.entryDir(request.key);
    const replace = request.replace === true;
    if (!replace && existsSync(final)) return "exists";
    const staging = path10.join(this.tmpDir, `${request.key}.${uniqueSuffix()}`);
    const { copyFile, link, mkdir, rename, rm, writeFile } = await fsp2();
    await mkdir(staging, { recursive: true });
    try {
      await link(request.archivePath, path10.join(staging, ARCHIVE)).catch(
        () => copyFile(request.archivePath, path10.join(staging, ARCHIVE))
      );
      if (request.recordFile) {
        const recordFile = request.recordFile;
        await link(recordFile, path10.join(staging, RECORD)).catch(
          () => copyFile(recordFile, path10.join(staging, RECORD))
        );
      } else {
        await writeFile(path10.join(staging, RECORD), request.recordBytes ?? request.recordText);
      }
      await mkdir(path10.dirname(final), { recursive: true });
      try {
        await rename(staging, final);
      } catch (error) {
        if (!replace) {
          if (existsSync(path10.join(final, RECORD))) return "exists";
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
        const aside = path10.join(this.tmpDir, `replaced-${path10.basename(final)}.${uniqueSuffix()}`);
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
    const fd = this.openRegular(file, constants.O_RDONLY);
    try {
      return readFileSync5(fd);
    } finally {
      closeSync2(fd);
    }
  }
  /** Opens a regular file without blocking on a FIFO or following a final link. */
  openRegular(file, flags, mode) {
    let fd;
    try {
      fd = openSync2(file, flags | OPEN_FLAGS | NOFOLLOW, mode);
    } catch (error) {
      const code = error.code;
      if (code === "ELOOP" || code === "ENXIO" || code === "EISDIR") throw this.notRegular(file);
      throw error;
    }
    if (!fstatSync(fd).isFile()) {
      closeSync2(fd);
      throw this.notRegular(file);
    }
    return fd;
  }
  notRegular(file) {
    return new StoreError(
      this.name,
      `${path10.relative(this.root, file) || file} in the local store is not a regular file`
    );
  }
  latestFile(task, scope) {
    return path10.join(this.root, "latest", blake3(`${scope}\0${task}`));
  }
  /** The keys of the task's recent entries in a scope, newest first, one a line. */
  recentFile(task, scope) {
    return path10.join(this.root, "recent", blake3(`${scope}\0${task}`));
  }
  recentKeys(task, scope) {
    let text;
    try {
      text = this.readRegular(this.recentFile(task, scope));
    } catch {
      try {
        text = this.readRegular(this.latestFile(task, scope));
      } catch {
        return [];
      }
    }
    return text.split("\n").filter((line) => /^[0-9a-f]{64}$/.test(line));
  }
  async setLatest(task, scope, key) {
    const { mkdir, rename, writeFile } = await fsp2();
    const recent = pushRecent(key, this.recentKeys(task, scope));
    for (const [file, text] of [
      [this.latestFile(task, scope), key],
      [this.recentFile(task, scope), `${recent.join("\n")}
`]
    ]) {
      await mkdir(path10.dirname(file), { recursive: true });
      const tmp = `${file}.${uniqueSuffix()}`;
      await writeFile(tmp, text);
      await rename(tmp, file);
    }
  }
  async recentRecords(task, scope, limit = RECENT_RECORDS) {
    const records = await this.recentRecordBytes(task, scope, limit);
    return records.map((bytes) => bytes.toString("utf8"));
  }
  async recentRecordBytes(task, scope, limit = RECENT_RECORDS) {
    const records = [];
    for (const key of this.recentKeys(task, scope).slice(0, limit)) {
      try {
        records.push(this.readRegularBytes(path10.join(this.entryDir(key), RECORD)));
      } catch {
      }
    }
    return records;
  }
  async latestRecord(task, scope) {
    try {
      const key = this.readRegular(this.latestFile(task, scope)).trim();
      if (!/^[0-9a-f]{64}$/.test(key)) return void 0;
      return this.readRegular(path10.join(this.entryDir(key), RECORD));
    } catch {
      return void 0;
    }
  }
  /** Every entry with its size and last use. */
  async list() {
    const base = path10.join(this.root, "entries");
    const { readdir, stat } = await fsp2();
    const out = [];
    for (const shard of await readdir(base).catch(() => [])) {
      for (const key of await readdir(path10.join(base, shard)).catch(() => [])) {
        const dir = path10.join(base, shard, key);
        try {
          const record = await stat(path10.join(dir, RECORD));
          const archive = await stat(path10.join(dir, ARCHIVE));
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
        facts = recordFacts(this.readRegular(path10.join(entry.dir, RECORD)));
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
      logs: await logsNamed(entries.kept.map((entry) => path10.join(entry.dir, RECORD)))
    });
    return { ...result, state };
  }
  /** Moves the entry out of sight first, so readers never see half of it. */
  async remove(entry) {
    const { mkdir, rename, rm } = await fsp2();
    await mkdir(this.tmpDir, { recursive: true });
    const doomed = path10.join(this.tmpDir, `evict-${entry.key}.${uniqueSuffix()}`);
    try {
      await rename(entry.dir, doomed);
    } catch {
      return;
    }
    await rm(doomed, { recursive: true, force: true });
  }
  async recordRun(run) {
    mkdirSync3(this.root, { recursive: true });
    const fd = this.openRegular(
      path10.join(this.root, "runs.jsonl"),
      constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT,
      420
    );
    let size;
    try {
      writeSync2(fd, `${JSON.stringify(run)}
`);
      size = fstatSync(fd).size;
    } finally {
      closeSync2(fd);
    }
    if (size > RUN_LOG_MAX_BYTES) trimRunLog(path10.join(this.root, "runs.jsonl"));
  }
  async runs() {
    let text = "";
    try {
      text = this.readRegular(path10.join(this.root, "runs.jsonl"));
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
  return import("node:fs/promises");
}
function replacingMarker(entryDir) {
  return `${entryDir}.replacing`;
}
function statOrUndefined(file) {
  try {
    return lstatSync2(file);
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw error;
  }
}
function isNotFound(error) {
  return error?.code === "ENOENT";
}

export {
  KEY_SCHEMA_VERSION,
  createManifest,
  serializeManifest,
  computeKey,
  readManifest,
  diffManifests,
  describeChanges,
  missReason,
  encodeRecord,
  decodeRecord,
  selectEnv,
  withKeyCaches,
  KeyCommandMemo,
  computeTaskKey,
  keyTask,
  explainMiss,
  dryRunTask,
  explainTask,
  save,
  restore,
  hitEntry,
  runTask,
  hitResult,
  defaultCacheDir,
  LocalStore
};
