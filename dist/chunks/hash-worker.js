import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  FileHasher
} from "./chunk-VSKF6YIF.js";
import {
  loadBackend
} from "./chunk-G4XQRJRI.js";
import "./chunk-CUVSUTYU.js";

// src/adapters/hash-worker-loop.ts
import { parentPort } from "node:worker_threads";
async function serveHashRequests() {
  const port = parentPort;
  if (!port) throw new Error("serveHashRequests() runs in a worker thread");
  const hasher = await FileHasher.create(await loadBackend());
  port.on("message", (request) => {
    let response;
    try {
      response = { id: request.id, digests: request.files.map((file) => hasher.digest(file)) };
    } catch (error) {
      response = { id: request.id, error: error.message };
    }
    port.postMessage(response);
  });
}

// src/adapters/hash-worker.ts
await serveHashRequests();
