import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  isAbsoluteAnywhere,
  linkStaysInside,
  uniqueSuffix
} from "./chunk-UV2KENB3.js";
import {
  fileBackend,
  isExecutable
} from "./chunk-Z26XVRZI.js";
import {
  childProcess
} from "./chunk-JQJ6SPEN.js";

// src/adapters/archive.ts
import {
  closeSync as closeSync2,
  fchmodSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync as openSync2,
  readlinkSync,
  readSync as readSync2,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync
} from "node:fs";
import * as path from "node:path";

// src/adapters/codec.ts
import { closeSync, createReadStream, createWriteStream, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { Duplex, PassThrough } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
var zlibModule;
function zlib() {
  zlibModule ??= createRequire(import.meta.url)("node:zlib");
  return zlibModule;
}
var zstdBinary;
function hasZstdBinary() {
  zstdBinary ??= childProcess().spawnSync("zstd", ["--version"], { stdio: "ignore" }).status === 0;
  return zstdBinary;
}
var TINY_ARCHIVE = 64 * 1024;
var SMALL_ARCHIVE = 256 * 1024;
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
  const duplex = new Duplex({
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
    const done = new Promise((resolve, reject) => {
      child.on("error", reject);
      child.on(
        "close",
        (code) => code === 0 ? resolve() : reject(new Error(`zstd exited with code ${code}: ${stderr.trim()}`))
      );
    });
    return { input: child.stdin, done };
  }
  if (codec === "none") {
    const input2 = createWriteStream(dest);
    return { input: input2, done: finished(input2) };
  }
  const input = compressor(codec);
  return { input, done: pipeline(input, createWriteStream(dest)) };
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
      return new PassThrough();
  }
}
function decompressFile(codec, file) {
  if (codec === "none") return plainPieces(file);
  if (codec === "zstd" && !zlib().createZstdDecompress && hasZstdBinary()) {
    return processStream("zstd", ["-d", "-q", "-c", "--", file], false);
  }
  return decompressStream(createReadStream(file), codec);
}
function decompressStream(source, codec) {
  const stream = source.pipe(decompressor(codec));
  source.on("error", (error) => stream.destroy(error));
  return stream;
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

// src/adapters/archive.ts
var CorruptEntryError = class extends Error {
  name = "CorruptEntryError";
};
async function writeArchive(options) {
  const outputs = [];
  const skipped = [];
  const backend = await fileBackend();
  const hasher = await backend.createHasher();
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
  return { outputs, log: { size: options.log.length, digest: backend.hash(options.log) }, skipped };
}
var BATCH = 4 * 1024 * 1024;
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
        const want = BATCH - this.fill;
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
    await new Promise((resolve) => this.sink.end(resolve));
  }
  /** The buffer being filled, with room in it (allocated on first use: most archives are small). */
  async room() {
    if (this.fill === BATCH) await this.flush();
    this.buffers[this.current] ??= Buffer.allocUnsafe(BATCH);
    return this.buffers[this.current];
  }
  async flush() {
    if (this.fill === 0) return;
    const chunk = this.buffers[this.current].subarray(0, this.fill);
    const written = new Promise((resolve, reject) => {
      this.sink.write(chunk, (error) => error ? reject(error) : resolve());
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
  let target = readlinkSync(file.absolute);
  if (path.isAbsolute(target)) {
    const relative2 = path.relative(path.dirname(file.absolute), target);
    if (isAbsoluteAnywhere(relative2)) return void 0;
    const inside = path.relative(workspace, target);
    if (inside.startsWith("..") || path.isAbsolute(inside)) return void 0;
    target = relative2;
  }
  target = target.split(path.sep).join("/");
  return linkStaysInside(file.path, target) ? target : void 0;
}
async function stageArchive(source, record, workspace) {
  const dir = path.join(workspace, `.taskcache-tmp-${uniqueSuffix()}`);
  mkdirSync(dir);
  try {
    const made = /* @__PURE__ */ new Set([dir]);
    const staged = (item) => {
      const file = path.join(dir, item.path);
      const parent = path.dirname(file);
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
function checkDestinations(record, workspace) {
  const root = realpathSync(workspace);
  const checked = /* @__PURE__ */ new Map();
  const resolve = (dir) => {
    let known = checked.get(dir);
    if (known === void 0) {
      known = describe(dir);
      checked.set(dir, known);
    }
    return known;
  };
  const describe = (dir) => {
    let real;
    try {
      real = realpathSync(dir);
    } catch {
      if (exists(dir)) return { inside: true, exists: true, blocked: true };
      const ancestor = dir === path.dirname(dir) ? void 0 : resolve(path.dirname(dir));
      return {
        inside: ancestor?.inside ?? false,
        exists: false,
        blocked: ancestor?.blocked ?? true
      };
    }
    return {
      inside: real === root || real.startsWith(root + path.sep),
      exists: true,
      blocked: !isDirectory(real)
    };
  };
  for (const item of record.outputs) {
    const dest = path.join(root, item.path);
    const parent = resolve(path.dirname(dest));
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
    return lstatSync(file, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return false;
  }
}
function isDirectory(file) {
  try {
    return lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}
function placeOutputs(record, staged, workspace) {
  const present = /* @__PURE__ */ new Map();
  const moved = /* @__PURE__ */ new Set();
  const unit = (file) => {
    for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1)) {
      const dir = file.slice(0, slash);
      let there = present.get(dir);
      if (there === void 0) {
        there = exists(path.join(workspace, dir));
        present.set(dir, there);
      }
      if (!there) return dir;
    }
    return file;
  };
  try {
    for (const item of record.outputs) {
      const what = unit(item.path);
      if (moved.has(what)) continue;
      renameSync(path.join(staged.dir, what), path.join(workspace, what));
      if (what !== item.path) moved.add(what);
    }
  } finally {
    rmSync(staged.dir, { recursive: true, force: true });
  }
}

export {
  preferredCodec,
  CorruptEntryError,
  writeArchive,
  stageArchive,
  checkDestinations,
  placeOutputs
};
