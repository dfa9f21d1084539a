// The loop a hash worker thread runs: one backend and one reused buffer for its lifetime.

import { parentPort } from 'node:worker_threads';
import { loadBackend } from './blake3.js';
import { FileHasher, type HashRequest, type HashResponse } from './file-digest.js';

export async function serveHashRequests(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('serveHashRequests() runs in a worker thread');
  const hasher = await FileHasher.create(await loadBackend());
  port.on('message', (request: HashRequest) => {
    let response: HashResponse;
    try {
      response = { id: request.id, digests: request.files.map((file) => hasher.digest(file)) };
    } catch (error) {
      response = { id: request.id, error: (error as Error).message };
    }
    port.postMessage(response);
  });
}
