import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  debug,
  monotonicMs,
  require_picomatch,
  uniqueSuffix,
  writeFileAtomic
} from "./chunk-WCZ5FQDO.js";
import {
  FileHasher,
  STAT_FIELDS,
  WorkerPool,
  inRoot,
  packBatch,
  workerFile
} from "./chunk-YMTDA3HV.js";
import {
  childProcess,
  workerThreads,
  zlib
} from "./chunk-TEIB2ELP.js";
import {
  loadBackend
} from "./chunk-UDF6BDGM.js";
import {
  isAbsoluteAnywhere,
  isReservedName,
  isSafeRelativePath,
  linkStaysInside,
  linkWalk
} from "./chunk-SM6SODOI.js";
import {
  __toESM
} from "./chunk-CUVSUTYU.js";

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
  closeSync as closeSync3,
  fchmodSync,
  fstatSync as fstatSync2,
  lstatSync as lstatSync3,
  mkdirSync,
  open,
  openSync as openSync3,
  readdirSync as readdirSync2,
  readFileSync as readFileSync3,
  readlinkSync as readlinkSync2,
  readSync as readSync3,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync
} from "node:fs";
import * as path5 from "node:path";
import { Readable } from "node:stream";

// src/adapters/codec.ts
import { closeSync, createReadStream, createWriteStream, openSync, readSync } from "node:fs";
import * as stream from "node:stream";
var zlib2 = () => zlib();
var zstdBinary;
function hasZstdBinary() {
  zstdBinary ??= childProcess().spawnSync("zstd", ["--version"], { stdio: "ignore" }).status === 0;
  return zstdBinary;
}
var TINY_ARCHIVE = 64 * 1024;
var SMALL_ARCHIVE = 256 * 1024;
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
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString();
    });
    const done = new Promise((resolve3, reject) => {
      child.on("error", reject);
      child.on(
        "close",
        (code) => code === 0 ? resolve3() : reject(new Error(`zstd exited with code ${code}: ${stderr.trim()}`))
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
var ZLIB_CHUNK = 1024 * 1024;
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
  return decompressStream(createReadStream(file, { highWaterMark: PIECE }), codec);
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
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { lstatSync as lstatSync2, readlinkSync, realpathSync, statSync as statSync3 } from "node:fs";
import * as path4 from "node:path";

// src/adapters/git-index.ts
import {
  closeSync as closeSync2,
  fstatSync,
  openSync as openSync2,
  readFileSync as readFileSync2,
  readSync as readSync2,
  statSync as statSync2
} from "node:fs";
import * as path2 from "node:path";

// src/adapters/name-table.ts
function fnv(bytes, from, to) {
  let hash = 2166136261 | 0;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
  return hash;
}
var NameTable = class {
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

// src/adapters/stat-witness.ts
import { lstatSync } from "node:fs";
import * as path from "node:path";

// src/adapters/collect.ts
var collector;
function collectGarbage() {
  collector?.();
}

// src/adapters/stat-cache.ts
import { readFileSync, statSync } from "node:fs";
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
var PIECE_INDEX = 2 ** 32;
var ROW_TAIL = NUMBERS + DIGEST_BYTES;
var StatCache = class _StatCache {
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
      data = readFileSync(file);
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
    let run;
    for (let row = 0; row < this.offsets.size; row++) {
      if (this.superseded[row] === 1 || this.offsets.isShadowed(row)) continue;
      if (many && this.seen[row] === 0) continue;
      const numbers = this.offsets.value(row);
      const start = this.offsets.nameStart(row) - 2;
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
var HINTS_MAGIC = "TCB1";
var keptHints = /* @__PURE__ */ new Map();
function fileStamp(file) {
  const stats = statSync(file, { throwIfNoEntry: false, bigint: true });
  return stats ? `${stats.mtimeNs}:${stats.ctimeNs}:${stats.size}:${stats.ino}` : "none";
}
var MAX_HINTS = 5e5;
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
var BlobHints = class _BlobHints {
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
      data = readFileSync(this.file);
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
    const table = new Int32Array(size);
    for (let row = 0; row < rows.length; row++) {
      const at = rows[row];
      let slot = data[at] >= 4 ? data.readUInt32BE(at + 1) & size - 1 : 0;
      while (table[slot] !== 0) slot = slot + 1 & size - 1;
      table[slot] = row + 1;
    }
    this.loaded = { data, rows, table, used: new Uint8Array(rows.length) };
    return this.loaded;
  }
  /** The row of a blob in the file, or -1. */
  rowOf(blob) {
    const { data, rows, table } = this.known;
    const mask = table.length - 1;
    for (let slot = hexKey(blob) & mask; table[slot] !== 0; slot = slot + 1 & mask) {
      const row = table[slot] - 1;
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

// src/adapters/stat-witness.ts
function statNumbers(stats) {
  const { mode, ino, size, mtimeMs, ctimeMs } = stats;
  return { mode, ino, size, mtimeMs, ctimeMs };
}
function sameStat2(a, b) {
  return a.mode === b.mode && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}
var active = /* @__PURE__ */ new Set();
var NAME_PIECE = 64 * 1024;
function witnessStat(absolute, follow, stats) {
  if (active.size === 0) return;
  for (const witness of active) witness.saw(absolute, follow, stats);
}
function witnessScanned(root, relative3, stats) {
  if (active.size === 0) return;
  for (const witness of active) witness.sawIn(root, relative3, stats);
}
function witnessSpoil(reason) {
  if (active.size === 0) return;
  for (const witness of active) witness.spoil(reason);
}
function witnessAncestors(root, relative3) {
  if (active.size === 0) return;
  const look = (at2) => {
    let stats = null;
    for (const witness of active) {
      if (witness.ancestors.has(at2)) continue;
      witness.ancestors.add(at2);
      if (stats === null) stats = lstatIfAny(at2);
      witness.saw(at2, false, stats);
    }
  };
  let at = root;
  look(at);
  const parts = relative3.split("/");
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] === "") continue;
    at = path.join(at, parts[i]);
    look(at);
  }
}
function lstatIfAny(absolute) {
  try {
    return lstatSync(absolute, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function witnessing() {
  return active.size > 0;
}

// src/adapters/git-index.ts
var ASSUME_VALID = 32768;
var EXTENDED = 16384;
var STAGE = 12288;
var SKIP_WORKTREE = 16384;
var INTENT_TO_ADD = 8192;
var S_IFMT = 61440;
var S_IFREG = 32768;
function ms(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
}
var U32 = 2 ** 32;
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
    const table = new NameTable(count, version === 4 ? void 0 : data);
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
      if (version === 4) table.add(previous, nameAt, nameLength, start);
      else table.add(data, nameAt, nameLength, start);
    }
    while (at < end) {
      if (at + 8 > end) return void 0;
      const signature = data.toString("latin1", at, at + 4);
      if (signature === "link") return void 0;
      at += 8 + data.readUInt32BE(at + 4);
    }
    if (at !== end) return void 0;
    table.seal();
    return {
      version,
      names: () => table.names(),
      has: (name) => table.find(name) >= 0,
      lookup(name) {
        const row = table.find(name);
        return row < 0 ? void 0 : entryAt(data, table.value(row), hashBytes);
      },
      matching(name, stat) {
        const row = table.find(name);
        if (row < 0) return void 0;
        const start = table.value(row);
        if (!matchesAt(data, start, stat)) return void 0;
        return data.toString("hex", start + 40, start + 40 + hashBytes);
      }
    };
  } catch {
    return void 0;
  }
}
function findGitDir(dir) {
  for (let at = path2.resolve(dir); ; ) {
    const dotGit = path2.join(at, ".git");
    try {
      let stats;
      try {
        stats = statSync2(dotGit);
      } finally {
        witnessStat(dotGit, true, stats);
      }
      if (stats.isDirectory()) return { gitDir: dotGit, top: at };
      const match = /^gitdir: (.+?)\r?\n?$/.exec(readFileSync2(dotGit, "utf8"));
      if (!match) return void 0;
      return { gitDir: path2.resolve(at, match[1]), top: at };
    } catch {
    }
    const parent = path2.dirname(at);
    if (parent === at) return void 0;
    at = parent;
  }
}
function hashBytesOf(gitDir) {
  let config = "";
  try {
    config = readFileSync2(path2.join(gitDir, "config"), "utf8");
  } catch {
  }
  return /^\s*objectformat\s*=\s*sha256\s*$/im.test(config) ? 32 : 20;
}
function converts(gitDir, top) {
  const read = (file) => {
    try {
      return readFileSync2(file, "utf8");
    } catch {
      return "";
    }
  };
  if (/^\s*autocrlf\s*=\s*(true|input)\s*$/im.test(read(path2.join(gitDir, "config")))) return true;
  return /\b(filter|eol|text|crlf|ident|working-tree-encoding)\b/.test(
    read(path2.join(top, ".gitattributes"))
  );
}
function loadWorkspaceIndex(workspace) {
  const found = findGitDir(workspace);
  if (!found) return void 0;
  if (converts(found.gitDir, found.top)) {
    debug("git index: not used, this checkout converts files (line endings or filters)");
    return void 0;
  }
  const parsed = readIndex(path2.join(found.gitDir, "index"), found.gitDir);
  if (!parsed) {
    debug("git index: not understood, every input is read");
    return void 0;
  }
  const prefix = path2.relative(found.top, workspace).split(path2.sep).join("/");
  if (prefix === "") return parsed;
  if (prefix.startsWith("..")) return void 0;
  return {
    lookup: (relative3) => parsed.lookup(`${prefix}/${relative3}`),
    has: (relative3) => parsed.has(`${prefix}/${relative3}`),
    matching: (relative3, stat) => parsed.matching(`${prefix}/${relative3}`, stat)
  };
}
var parsedIndexes = /* @__PURE__ */ new Map();
function forgetParsedIndexes() {
  parsedIndexes.clear();
}
function readIndex(file, gitDir) {
  let fd;
  try {
    if (witnessing()) witnessStat(file, true, statIfAny(file));
    fd = openSync2(file, "r");
    const stats = fstatSync(fd, { bigint: true });
    const stamp = `${stats.mtimeNs}:${stats.ctimeNs}:${stats.size}:${stats.ino}`;
    const known = parsedIndexes.get(file);
    if (known?.stamp === stamp) return known.parsed;
    const data = readAll(fd, Number(stats.size));
    const mtimeNs = stats.mtimeNs;
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
    if (fd !== void 0) closeSync2(fd);
  }
}
function readAll(fd, size) {
  const first = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (; ; ) {
    const read = readSync2(fd, first, length, first.length - length, null);
    if (read === 0) return first.subarray(0, length);
    length += read;
    if (length === first.length) break;
  }
  const pieces = [first];
  for (; ; ) {
    const piece = Buffer.allocUnsafe(1 << 20);
    const read = readSync2(fd, piece, 0, piece.length, null);
    if (read === 0) break;
    pieces.push(piece.subarray(0, read));
  }
  return Buffer.concat(pieces);
}
function lazyWorkspaceIndex(workspace) {
  let loaded;
  const load = () => {
    if (loaded === void 0) loaded = loadWorkspaceIndex(workspace) ?? null;
    return loaded;
  };
  return {
    lookup: (relative3) => load()?.lookup(relative3),
    has: (relative3) => load()?.has(relative3) ?? false,
    matching: (relative3, stat) => load()?.matching(relative3, stat),
    release: () => {
      loaded = void 0;
    }
  };
}
function statIfAny(file) {
  try {
    return statSync2(file);
  } catch {
    return void 0;
  }
}

// src/adapters/walk.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { isUtf8 } from "node:buffer";
import { readdirSync } from "node:fs";
import * as path3 from "node:path";
var ALWAYS_IGNORED = /(?:^|\/)\.git(?:\/|$)|(?:^|\/)\.taskcache-tmp-[^/]*\//;
var IGNORED_NAME = (name) => name === ".git" || name.startsWith(".taskcache-tmp-");
var IGNORED_SEGMENT = /(?:^|\/)(?:\.git|\.taskcache-tmp-[^/]*)(?:\/|$)/;
var MATCH_OPTIONS = { dot: true };
var compiled = /* @__PURE__ */ new Map();
var GLOB_SYNTAX = /[\\*?[\]{}()!+@]/;
function matcher(pattern) {
  let matches = compiled.get(pattern);
  if (matches === void 0) {
    matches = GLOB_SYNTAX.test(pattern) ? (0, import_picomatch.default)(pattern, MATCH_OPTIONS) : (path6) => path6 === pattern;
    compiled.set(pattern, matches);
  }
  return matches;
}
function lazyMatcher(pattern) {
  let matches;
  return (path6) => {
    matches ??= matcher(pattern);
    return matches(path6);
  };
}
function anyOf(patterns) {
  const lazy = patterns.map(lazyMatcher);
  return (path6) => lazy.some((matches) => matches(path6));
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
    ignored: (relative3) => ALWAYS_IGNORED.test(relative3) || userIgnored(relative3),
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
function quotePath(path6) {
  const bytes = typeof path6 === "string" ? Buffer.from(path6, "utf8") : path6;
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
  const absoluteDir = path3.join(walk.spec.base, dir);
  const listing = list(absoluteDir);
  if (listing === void 0) return;
  const { names, kinds, invalid } = listing;
  const prefix = dir === "" ? "" : `${dir}/`;
  const checkIgnored = walk.mayIgnore(dir);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const kind = kinds.charCodeAt(i);
    const relative3 = prefix + name;
    if (kind === DIR) {
      if (IGNORED_NAME(name)) continue;
      if (!walk.reachable.some((may) => may(relative3)) || walk.ignoredDir(relative3)) continue;
      if (invalid?.has(i)) throw invalidName(dir, invalid.get(i));
      subdirs.push(scanDir(walk, relative3, covered));
      continue;
    }
    if (!covered && !walk.included(relative3)) continue;
    if ((checkIgnored || IGNORED_NAME(name)) && walk.ignored(relative3)) continue;
    if (invalid?.has(i)) throw invalidName(dir, invalid.get(i));
    onFile(relative3, kind === LINK);
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
    const absolute = path4.join(base, body);
    let stats;
    try {
      stats = statSync3(absolute);
    } catch {
    }
    witnessStat(absolute, true, stats);
    if (stats?.isDirectory()) return `${negated ? "!" : ""}${body.replace(/\/+$/, "")}/**`;
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
    let open2 = -1;
    const commas = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (char === "{") {
        if (depth++ === 0) {
          open2 = i;
          commas.length = 0;
        }
      } else if (char === "," && depth === 1) commas.push(i);
      else if (char === "}" && depth > 0 && --depth === 0 && commas.length > 0) {
        const head = text.slice(0, open2);
        const tail = text.slice(i + 1);
        let from = open2 + 1;
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
  const joined = path4.posix.normalize(path4.posix.join(cwd, base)).replace(/\/+$/, "");
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
  dir(relative3) {
    let real = this.known.get(relative3);
    if (real === void 0) {
      real = realpathSync.native(path4.join(this.root, relative3));
      this.known.set(relative3, real);
    }
    return real;
  }
  /** Whether `relative` is `ancestor`'s path below it on disk: no link in between. */
  continues(ancestor, realAncestor, relative3, real) {
    const rest = ancestor === "" ? relative3 : relative3.slice(ancestor.length + 1);
    return real === path4.join(realAncestor, rest);
  }
  /** Throws unless a real path is the workspace or inside it. */
  confine(relative3, real) {
    if (real === this.workspace || real.startsWith(`${this.workspace}${path4.sep}`)) return;
    throw new Error(
      `${quotePath(relative3)} is reached through a symbolic link that leads out of the workspace (to ${quotePath(real)})`
    );
  }
};
function physicalDir(workspace, cwd) {
  const realWorkspace = realpathSync.native(workspace);
  let dir = path4.resolve(workspace, cwd);
  const missing = [];
  let real;
  for (; ; ) {
    try {
      real = realpathSync.native(dir);
      break;
    } catch (error) {
      const code = error.code;
      const parent = path4.dirname(dir);
      if (code !== "ENOENT" && code !== "ENOTDIR" || parent === dir) throw error;
      missing.unshift(path4.basename(dir));
      dir = parent;
    }
  }
  const resolved = path4.join(real, ...missing);
  if (resolved !== realWorkspace && !resolved.startsWith(`${realWorkspace}${path4.sep}`)) {
    throw new Error(
      `working directory ${quotePath(cwd)} leads out of the workspace (to ${quotePath(resolved)})`
    );
  }
  return resolved;
}
function walkPatterns(options, onFile, list) {
  const { workspace, cwd } = options;
  if (list === void 0) witnessSpoil("a walk listed directories without the listing cache");
  const base = path4.join(workspace, cwd);
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
    const found = (relative3, symlink) => {
      at.files.push(relative3);
      onFile(relative3, symlink);
    };
    if (at.kind === "dir") {
      if (!excludedDir(walk, at.root)) crawl(walk, [scanDir(walk, at.root)], found, list);
    } else if (at.kind === "path") {
      const absolute = path4.join(workspace, at.root);
      const stats = lstatIfAny2(absolute);
      witnessStat(absolute, false, stats);
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
function lstatIfAny2(absolute) {
  try {
    return lstatSync2(absolute, { throwIfNoEntry: false });
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
  const absolute = path4.join(physical.root, root);
  let stats;
  try {
    stats = statSync3(absolute);
  } catch {
  }
  witnessStat(absolute, true, stats);
  witnessAncestors(physical.root, root);
  if (!stats?.isDirectory()) return nothing(root);
  const real = physical.dir(root);
  physical.confine(root, real);
  const crawl2 = reachedBy(physical, crawls, root, real);
  return crawl2 ?? { root, kind: "dir", real, patterns: [], written: [], files: [] };
}
function pathCrawl(physical, crawls, root) {
  witnessAncestors(physical.root, root);
  const slash = root.lastIndexOf("/");
  const parent = slash < 0 ? "" : root.slice(0, slash);
  let real;
  try {
    real = physical.dir(parent);
  } catch {
    return nothing(root);
  }
  physical.confine(root, path4.join(real, root.slice(slash + 1)));
  const crawl2 = reachedBy(physical, crawls, parent, real);
  return crawl2 ?? { root, kind: "path", patterns: [], written: [], files: [] };
}
async function listFiles(options) {
  const files = [];
  const { workspace } = options;
  const unmatched = walkPatterns(options, (relative3) => {
    if (relative3.includes("\\")) {
      throw new Error(
        `output ${quotePath(relative3)}: a file name with a backslash cannot be restored`
      );
    }
    const stats = lstatSync2(path4.join(workspace, relative3), { throwIfNoEntry: false });
    if (stats === void 0 || stats.isDirectory()) return;
    files.push({
      path: relative3,
      size: stats.size,
      mode: stats.mode,
      symlink: stats.isSymbolicLink()
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
var backend;
function fileBackend() {
  backend ??= loadBackend();
  return backend;
}
var PARALLEL_MIN_FILES = 1e3;
var BATCH = 256;
var LARGE_SCAN = 1e3;
var largeScanHook;
var WAITING_FIELDS = 5;
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
    const { digests, stats } = batch;
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
          mode: stats[at + 1],
          ino: stats[at + 4],
          size: stats[at],
          mtimeMs: stats[at + 2],
          ctimeMs: stats[at + 3]
        });
      }
      file.digest = digest;
      file.executable = isExecutable(stats[at + 1]);
      const entry = file.entry;
      if (entry && statMatches(entry, {
        size: stats[at],
        mode: stats[at + 1],
        mtimeMs: stats[at + 2],
        ctimeMs: stats[at + 3],
        ino: stats[at + 4],
        uid: entry.uid,
        gid: entry.gid
      })) {
        hints.record(entry.blob, digest);
        file.blob = entry.blob;
      }
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
    const stats = lstatSync2(inRoot(root, file.path), { throwIfNoEntry: false });
    witnessScanned(root, file.path, stats);
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
  const indexed = (file) => {
    if (!index.has(file.path)) return false;
    const stats = lstatSync2(inRoot(root, file.path), { throwIfNoEntry: false });
    witnessScanned(root, file.path, stats);
    if (stats === void 0 || stats.isDirectory()) file.gone = true;
    else if (stats.isSymbolicLink()) file.symlink = true;
    else {
      const blob = index.matching(file.path, stats);
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
        waitingStats[at] = stats.size;
        waitingStats[at + 1] = stats.mode;
        waitingStats[at + 2] = stats.mtimeMs;
        waitingStats[at + 3] = stats.ctimeMs;
        waitingStats[at + 4] = stats.ino;
        waiting.push(file);
        waitingBlobs.push(blob);
        return true;
      }
      file.blob = blob;
      file.digest = known;
      file.executable = isExecutable(stats.mode);
      fromIndex++;
      const { size, mtimeMs, ctimeMs, ino } = stats;
      cache?.record({ path: file.path, size, mtimeMs, ctimeMs, ino }, known, hashedAt);
    }
    return true;
  };
  let unmatched;
  try {
    unmatched = walkPatterns(
      options,
      (relative3, symlink) => {
        const file = {
          path: relative3,
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
        const known = memo?.get(relative3);
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
        await new Promise((resolve3) => setImmediate(resolve3));
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
        link: readlinkSync(inRoot(root, file.path)).split(path4.sep).join("/")
      };
    }
    if (file.blob !== void 0) kept.set(file.path, file.blob);
    return { path: file.path, executable: file.executable, digest: file.digest };
  });
  debug(`scanned at ${elapsed()}`);
  return { inputs, unmatched, blobs: kept, read: misses };
}

// src/adapters/piece-hasher.ts
import { availableParallelism } from "node:os";
var RING_BYTES = 8 * 1024 * 1024;
var SEND_BYTES = 1024 * 1024;
var pieceHashing = { script: null, minBytes: 4 * 1024 * 1024, minCores: 3, maxInFlight: 0 };
var idle = [];
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
var PieceHasher = class _PieceHasher {
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
    if (bytes < pieceHashing.minBytes || availableParallelism() < pieceHashing.minCores) {
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
    return new Promise((resolve3) => {
      this.wake = resolve3;
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
      const absolute = path5.join(options.workspace, file.path);
      if (file.symlink) {
        const target = linkTarget(options.workspace, file.path, absolute);
        if (target !== void 0) outputs.push({ kind: "link", path: file.path, target });
        else if (options.externalLinks) {
          const raw = readlinkSync2(absolute);
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
    const fd = openSync3(file, "r");
    try {
      const expected = fstatSync2(fd).size;
      let size = 0;
      for (; ; ) {
        const buffer = await this.room();
        const want = BATCH2 - this.fill;
        const read = readSync3(fd, buffer, this.fill, want, null);
        if (read === 0) break;
        hasher.update(buffer.subarray(this.fill, this.fill + read));
        this.fill += read;
        size += read;
        if (read < want && size >= expected) break;
      }
      return size;
    } finally {
      closeSync3(fd);
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
    await new Promise((resolve3) => this.sink.end(resolve3));
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
    const written = new Promise((resolve3, reject) => {
      this.sink.write(chunk, (error) => error ? reject(error) : resolve3());
    });
    written.catch(() => {
    });
    this.writes[this.current] = written;
    this.current = (this.current + 1) % BUFFERS;
    this.fill = 0;
    await this.writes[this.current];
  }
};
function linkTarget(workspace, file, absolute) {
  let target = readlinkSync2(absolute);
  if (path5.isAbsolute(target)) {
    const relative3 = path5.relative(path5.dirname(absolute), target);
    if (isAbsoluteAnywhere(relative3)) return void 0;
    const inside = path5.relative(workspace, target);
    if (inside.startsWith("..") || path5.isAbsolute(inside)) return void 0;
    target = relative3;
  }
  target = target.split(path5.sep).join("/");
  return linkStaysInside(file, target) ? target : void 0;
}
function restoredMode(executable) {
  return executable ? 493 : 420;
}
async function stageArchive(source, record, workspace, inPlace = /* @__PURE__ */ new Set()) {
  const dir = path5.join(workspace, `${STAGING_PREFIX}${uniqueSuffix()}`);
  try {
    const made = /* @__PURE__ */ new Set();
    const staged = (item) => {
      const file = path5.join(dir, item.path);
      const parent = path5.dirname(file);
      if (made.size === 0) {
        mkdirSync(dir);
        made.add(dir);
      }
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
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
      if (item.kind === "link" && !inPlace.has(item.path)) symlinkSync(item.target, staged(item));
    }
    return { dir, log, inPlace };
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
      kept = (fstatSync2(fd).mode & 4095) === mode;
      this.kept.set(mode, kept);
    }
    if (!kept) fchmodSync(fd, mode);
  }
};
var OPEN_AHEAD = 16;
var OpenAhead = class {
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
          (resolve3, reject) => open(file, "wx", mode, (error, fd2) => error ? reject(error) : resolve3(fd2))
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
      await opened.fd.then(closeSync3, () => {
      });
    }
  }
};
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
  const finish = () => {
    if (!slot) return;
    if (fd !== void 0) closeSync3(fd);
    fd = void 0;
    if (pieces) pieces.end(index);
    else if (hasher.digest() !== slots.digest(index)) {
      throw new CorruptEntryError(`content of ${slots.label(index)} does not match its digest`);
    }
  };
  const next = async () => {
    for (; ; ) {
      finish();
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
    if (stream2 instanceof Readable) stream2.on("error", () => {
    });
    try {
      await next();
    } catch (error) {
      if (stream2 instanceof Readable) stream2.destroy();
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
            done += writeSync(fd, part, done, take - done, position + done);
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
    if (fd !== void 0) closeSync3(fd);
    await ahead.closeRest();
    pieces?.release();
  }
  return Buffer.concat(logChunks);
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
var SeenDestinations = class {
  stats = /* @__PURE__ */ new Map();
  absentDirs = /* @__PURE__ */ new Set();
  /** What is at `relative` (null: nothing), or undefined when it was not looked up. */
  get(relative3) {
    const stats = this.stats.get(relative3);
    if (stats !== void 0 || this.absentDirs.size === 0) return stats;
    return this.absentDirs.has(relative3.slice(0, Math.max(0, relative3.lastIndexOf("/")))) ? null : void 0;
  }
};
function checkDestinations(record, workspace, options = {}) {
  const kinds = /* @__PURE__ */ new Map();
  const prefix = workspace.endsWith(path5.sep) ? workspace : workspace + path5.sep;
  const kindOf2 = (relative3) => {
    let kind = kinds.get(relative3);
    if (kind === void 0) {
      const stats = lstatSync3(prefix + relative3, { throwIfNoEntry: false });
      witnessStat(prefix + relative3, false, stats);
      options.seen?.stats.set(relative3, stats ?? null);
      kind = !stats ? "none" : stats.isSymbolicLink() ? "link" : stats.isDirectory() ? "dir" : "other";
      kinds.set(relative3, kind);
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
function parents(relative3) {
  const dirs = [];
  for (let slash = relative3.indexOf("/"); slash !== -1; slash = relative3.indexOf("/", slash + 1)) {
    dirs.push(relative3.slice(0, slash));
  }
  return dirs;
}
function exists(file) {
  try {
    return lstatSync3(file, { throwIfNoEntry: false }) !== void 0;
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
        there = exists(path5.join(workspace, dir));
        present.set(dir, there);
      }
      if (!there) return dir;
    }
    return file;
  };
  const marker = path5.join(staged.dir, IN_PROGRESS);
  const placed = [];
  const inPlace = staged.inPlace ?? /* @__PURE__ */ new Set();
  const moving = record.outputs.filter((item) => !inPlace.has(item.path));
  if (moving.length === 0 && remove.length === 0) return;
  if (moving.length === 0) mkdirSync(staged.dir);
  try {
    writeFileSync(marker, JSON.stringify([...moving.map((item) => item.path), ...remove]));
    for (const file of remove) rmSync(path5.join(workspace, file), { force: true });
    for (const item of moving) {
      const what = unit(item.path);
      if (moved.has(what)) continue;
      renameSync(path5.join(staged.dir, what), path5.join(workspace, what));
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
    const dir = path5.join(workspace, name);
    const pid = Number(/^\.taskcache-tmp-(\d+)\./.exec(name)?.[1]);
    const stats = lstatSync3(dir, { throwIfNoEntry: false });
    if (!stats?.isDirectory()) continue;
    const old = Date.now() - stats.mtimeMs > STALE_MS;
    if (pid !== process.pid && isRunning(pid) && !old) continue;
    let named;
    try {
      named = JSON.parse(readFileSync3(path5.join(dir, IN_PROGRESS), "utf8"));
    } catch {
      named = [];
    }
    if (Array.isArray(named)) {
      for (const file of named) {
        if (typeof file !== "string" || !isSafeRelativePath(file)) continue;
        if (parents(file).some((dir2) => !isPlainDirectory(path5.join(workspace, dir2)))) continue;
        const target = path5.join(workspace, file);
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
  return lstatSync3(dir, { throwIfNoEntry: false })?.isDirectory() === true;
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
      rmdirSync(path5.join(root, dir));
    }
    rmdirSync(root);
    return true;
  } catch {
    return false;
  }
}

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
var isoTime = (ms2) => new Date(ms2).toISOString();

export {
  canonicalJson,
  compareCodeUnits,
  NameTable,
  collectGarbage,
  isRacy,
  StatCache,
  BlobHints,
  statNumbers,
  sameStat2 as sameStat,
  witnessStat,
  witnessSpoil,
  findGitDir,
  loadWorkspaceIndex,
  forgetParsedIndexes,
  lazyWorkspaceIndex,
  MATCH_OPTIONS,
  matcher,
  readListing,
  workspacePatterns,
  physicalDir,
  listFiles,
  fileBackend,
  scanInputs,
  preferredCodec,
  CorruptEntryError,
  writeArchive,
  restoredMode,
  stageArchive,
  SeenDestinations,
  checkDestinations,
  placeOutputs,
  recoverInterrupted,
  recordFacts,
  mapPool,
  isoTime
};
