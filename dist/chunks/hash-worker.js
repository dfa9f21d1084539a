import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  FileHasher,
  claim,
  inRoot,
  packBatch
} from "./chunk-YMTDA3HV.js";
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
  const backend = await loadBackend();
  const hasher = await FileHasher.create(backend);
  const pieces = await backend.createHasher();
  let ring;
  port.on("message", (message) => {
    if ("kind" in message) {
      if (message.kind === "ring") {
        ring = new Uint8Array(message.ring);
        pieces.init();
        return;
      }
      const { segments } = message;
      const digests = [];
      let bytes = 0;
      for (let i = 0; i < segments.length; i += 4) {
        const start = segments[i + 1];
        const length = segments[i + 2];
        if (length > 0) pieces.update(ring.subarray(start, start + length));
        bytes += length;
        if (segments[i + 3] === 1) {
          digests.push(segments[i], pieces.digest());
          pieces.init();
        }
      }
      port.postMessage({ bytes, digests });
      return;
    }
    if (!claim(message)) return;
    try {
      const { root, files } = message;
      const batch = packBatch(files.map((file) => hasher.hash(inRoot(root, file))));
      port.postMessage({ id: message.id, ...batch }, [
        batch.stats.buffer
      ]);
    } catch (error) {
      port.postMessage({
        id: message.id,
        error: error.message
      });
    }
  });
}

// src/adapters/hash-worker.ts
await serveHashRequests();
