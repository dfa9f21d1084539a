import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  workerThreads
} from "./chunk-TEIB2ELP.js";

// src/adapters/file-digest.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var WHOLE = 1024 * 1024;
var CHUNK = 1024 * 1024;
var FileHasher = class _FileHasher {
  constructor(backend, hasher) {
    this.backend = backend;
    this.hasher = hasher;
  }
  backend;
  hasher;
  buffer = Buffer.allocUnsafe(64 * 1024);
  static async create(backend) {
    return new _FileHasher(backend, await backend.createHasher());
  }
  /** The file's digest and stat, or nothing when it no longer exists. */
  hash(absolute) {
    let fd;
    try {
      fd = openSync(absolute, "r");
    } catch (error) {
      if (error.code === "ENOENT") return void 0;
      throw error;
    }
    try {
      const { size, mode, mtimeMs, ctimeMs, ino } = fstatSync(fd);
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
        const read = readSync(fd, this.buffer, length, wanted, null);
        length += read;
        if (read === 0 || read < wanted && length >= size) break;
      }
      return { digest: this.backend.hash(this.buffer.subarray(0, length)), stat };
    } finally {
      closeSync(fd);
    }
  }
  streamed(fd) {
    const hasher = this.hasher;
    hasher.init();
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (; ; ) {
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      hasher.update(chunk.subarray(0, read));
    }
    return hasher.digest();
  }
};

// src/adapters/worker-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { sep } from "node:path";
import { fileURLToPath } from "node:url";
function inRoot(root, file) {
  return `${root}${sep}${file}`;
}
function claim(request) {
  return Atomics.compareExchange(request.claim, 0, 0, 1) === 0;
}
var STAT_FIELDS = 5;
function packBatch(files) {
  const stats = new Float64Array(files.length * STAT_FIELDS);
  files.forEach((file, i) => {
    const stat = file?.stat;
    if (stat)
      stats.set([stat.size, stat.mode, stat.mtimeMs, stat.ctimeMs, stat.ino], i * STAT_FIELDS);
  });
  return { digests: files.map((file) => file?.digest ?? null), stats };
}
function unpack(response) {
  const { digests, stats } = response;
  if (!digests || !stats) throw new Error("hash worker sent no digests");
  return { digests, stats };
}
function workerFile() {
  for (const candidate of [
    "./hash-worker.js",
    "./chunks/hash-worker.js",
    "../chunks/hash-worker.js"
  ]) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) return file;
  }
  return void 0;
}
var WorkerPool = class _WorkerPool {
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
  static create(threads = Math.min(4, availableParallelism()) - 1) {
    const script = workerFile();
    if (script === void 0 || threads < 1) return void 0;
    return new _WorkerPool(script, threads);
  }
  /** The digests and stats of `files` (POSIX, below `root`), in order, from whichever thread. */
  hash(root, files) {
    if (this.closed) return Promise.reject(new Error("worker pool is closed"));
    const workers = this.workers ?? this.start();
    return new Promise((resolve, reject) => {
      const request = {
        id: this.nextId++,
        root,
        files,
        claim: new Int32Array(new SharedArrayBuffer(4))
      };
      const job = { request, resolve, reject };
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

export {
  FileHasher,
  inRoot,
  claim,
  STAT_FIELDS,
  packBatch,
  workerFile,
  WorkerPool
};
