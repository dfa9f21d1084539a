import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  FileHasher,
  claim,
  inRoot,
  packBatch
} from "./chunk-LIRLPFWS.js";
import "./chunk-TEIB2ELP.js";
import {
  loadBackend
} from "./chunk-UDF6BDGM.js";
import "./chunk-CUVSUTYU.js";

// src/adapters/hash-worker-loop.ts
import { parentPort } from "node:worker_threads";
async function serveHashRequests() {
  const port = parentPort;
  if (!port) throw new Error("serveHashRequests() runs in a worker thread");
  const hasher = await FileHasher.create(await loadBackend());
  port.on("message", (request) => {
    if (!claim(request)) return;
    try {
      const { root, files } = request;
      const batch = packBatch(files.map((file) => hasher.hash(inRoot(root, file))));
      port.postMessage({ id: request.id, ...batch }, [
        batch.stats.buffer
      ]);
    } catch (error) {
      port.postMessage({
        id: request.id,
        error: error.message
      });
    }
  });
}

// src/adapters/hash-worker.ts
await serveHashRequests();
