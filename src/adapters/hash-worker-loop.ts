// The loop a hash worker thread runs: one backend and one reused buffer for its lifetime.

import { parentPort } from 'node:worker_threads';
import { loadBackend } from './blake3.js';
import { FileHasher } from './file-digest.js';
import {
  claim,
  inRoot,
  packBatch,
  type WorkerRequest,
  type WorkerResponse,
} from './worker-pool.js';

export async function serveHashRequests(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('serveHashRequests() runs in a worker thread');
  const hasher = await FileHasher.create(await loadBackend());
  port.on('message', (request: WorkerRequest) => {
    // Every worker gets every request; the first thread to claim it hashes it.
    if (!claim(request)) return;
    try {
      const { root, files } = request;
      const batch = packBatch(files.map((file) => hasher.hash(inRoot(root, file))));
      port.postMessage({ id: request.id, ...batch } satisfies WorkerResponse, [
        batch.stats.buffer as ArrayBuffer,
      ]);
    } catch (error) {
      port.postMessage({
        id: request.id,
        error: (error as Error).message,
      } satisfies WorkerResponse);
    }
  });
}
