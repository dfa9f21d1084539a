import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/adapters/file-digest.ts
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var WHOLE = 8 * 1024 * 1024;
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
  digest(file) {
    const fd = openSync(file.absolute, "r");
    try {
      if (file.size > WHOLE) return this.streamed(fd);
      let length = 0;
      for (; ; ) {
        if (length === this.buffer.length) {
          const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, file.size + 1));
          this.buffer.copy(bigger, 0, 0, length);
          this.buffer = bigger;
        }
        const read = readSync(fd, this.buffer, length, this.buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      return this.backend.hash(this.buffer.subarray(0, length));
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
var PARALLEL_MIN_FILES = 1e3;
var BATCH = 256;
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
async function hashFiles(files, backend, options = {}) {
  const threads = options.threads ?? Math.min(4, availableParallelism());
  const script = workerFile();
  const parallel = files.length >= PARALLEL_MIN_FILES && threads >= 2 && script !== void 0;
  if (process.env.TASKCACHE_DEBUG) {
    process.stderr.write(
      `taskcache: debug: hashing ${files.length} files with ${backend.name} BLAKE3 on ${parallel ? threads : 1} thread(s)
`
    );
  }
  if (!parallel) {
    const hasher = await FileHasher.create(backend);
    return files.map((file) => hasher.digest(file));
  }
  const digests = new Array(files.length);
  const workers = Array.from({ length: threads }, () => new Worker(script));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) => new Promise((resolve, reject) => {
          let current = -1;
          const send = () => {
            if (next >= files.length) {
              resolve();
              return;
            }
            current = next;
            next += BATCH;
            const request = {
              id: current,
              files: files.slice(current, current + BATCH)
            };
            worker.postMessage(request);
          };
          worker.on("message", (response) => {
            if (response.error !== void 0 || !response.digests) {
              reject(new Error(response.error ?? "hash worker sent no digests"));
              return;
            }
            response.digests.forEach((digest, i) => {
              digests[current + i] = digest;
            });
            send();
          });
          worker.on("error", reject);
          worker.on("exit", (code) => reject(new Error(`hash worker exited with code ${code}`)));
          send();
        })
      )
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return digests;
}

export {
  FileHasher,
  hashFiles
};
