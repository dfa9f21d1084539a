import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

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
function debug(message) {
  if (process.env.TASKCACHE_DEBUG) process.stderr.write(`taskcache: debug: ${message}
`);
}

// src/adapters/worker-pool.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var STAT_FIELDS = 5;
function packResponse(id, files) {
  const stats = new Float64Array(files.length * STAT_FIELDS);
  files.forEach((file, i) => {
    const stat = file?.stat;
    if (stat)
      stats.set([stat.size, stat.mode, stat.mtimeMs, stat.ctimeMs, stat.ino], i * STAT_FIELDS);
  });
  const response = {
    id,
    digests: files.map((file) => file?.digest ?? null),
    stats
  };
  return { response, transfer: [stats.buffer] };
}
function unpack(response) {
  const { digests, stats } = response;
  if (!digests || !stats) throw new Error("hash worker sent no digests");
  return digests.map((digest, i) => {
    if (digest === null) return void 0;
    const at = i * STAT_FIELDS;
    const [size, mode, mtimeMs, ctimeMs, ino] = stats.subarray(at, at + STAT_FIELDS);
    return {
      digest,
      stat: { size, mode, mtimeMs, ctimeMs, ino }
    };
  });
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
var IN_FLIGHT = 2;
var WorkerPool = class _WorkerPool {
  constructor(script, threads) {
    this.script = script;
    this.threads = threads;
  }
  script;
  threads;
  slots;
  queue = [];
  pending = /* @__PURE__ */ new Map();
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
  /** The digests and stats of `files` (absolute paths), in order, from the next free worker. */
  hash(files) {
    if (this.closed) return Promise.reject(new Error("worker pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, files }, resolve, reject });
      this.dispatch();
    }).then(unpack);
  }
  /**
   * Hashes the oldest request no worker has taken yet on the calling thread, with `hash`;
   * whether there was one. Lets a thread that would only wait take part.
   */
  helpWith(hash) {
    const job = this.queue.shift();
    if (!job) return false;
    try {
      const { response } = packResponse(job.request.id, job.request.files.map(hash));
      job.resolve(response);
    } catch (error) {
      job.reject(error);
    }
    return true;
  }
  start() {
    const threads = createRequire(import.meta.url)(
      "node:worker_threads"
    );
    this.slots = Array.from({ length: this.threads }, () => {
      const slot = { worker: new threads.Worker(this.script), busy: 0 };
      slot.worker.on("message", (response) => this.settle(slot, response));
      slot.worker.on("error", (error) => this.fail(slot, error));
      slot.worker.on("exit", (code) => {
        if (!this.closed) this.fail(slot, new Error(`worker thread exited with code ${code}`));
      });
      return slot;
    });
    return this.slots;
  }
  dispatch() {
    const slots = this.slots ?? this.start();
    while (this.queue.length > 0) {
      const slot = slots.reduce((a, b) => b.busy < a.busy ? b : a);
      if (slot.busy >= IN_FLIGHT) return;
      const job = this.queue.shift();
      slot.busy++;
      this.pending.set(job.request.id, { slot, resolve: job.resolve, reject: job.reject });
      slot.worker.postMessage(job.request);
    }
  }
  settle(slot, response) {
    const job = this.pending.get(response.id);
    if (!job) return;
    this.pending.delete(response.id);
    slot.busy--;
    if (response.error !== void 0) job.reject(new Error(response.error));
    else job.resolve(response);
    this.dispatch();
  }
  /** A worker that fails takes its requests down, and every later one: the caller's run fails. */
  fail(slot, error) {
    for (const [id, job] of this.pending) {
      if (job.slot !== slot) continue;
      this.pending.delete(id);
      job.reject(error);
    }
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(error);
  }
  async close() {
    this.closed = true;
    const slots = this.slots ?? [];
    this.slots = void 0;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
};

export {
  FileHasher,
  debug,
  packResponse,
  WorkerPool
};
