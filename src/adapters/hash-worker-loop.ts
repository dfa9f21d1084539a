// The loop a hash worker thread runs: one backend and one reused buffer for its lifetime. It
// answers batches of files (worker-pool.ts) and, on a worker of its own, the pieces of a
// restore in a shared ring (piece-hasher.ts).

import { parentPort } from 'node:worker_threads';
import { loadBackend } from './blake3.js';
import { FileHasher } from './file-digest.js';
import type { HashedPieces, PieceMessage } from './piece-hasher.js';
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
  const backend = await loadBackend();
  const hasher = await FileHasher.create(backend);
  const pieces = await backend.createHasher();
  let ring: Uint8Array | undefined;
  port.on('message', (message: WorkerRequest | PieceMessage) => {
    if ('kind' in message) {
      if (message.kind === 'ring') {
        ring = new Uint8Array(message.ring);
        pieces.init();
        return;
      }
      // Segments in order: slot, start in the ring, length, and whether the slot ends there.
      const { segments } = message;
      const digests: Array<number | string> = [];
      let bytes = 0;
      for (let i = 0; i < segments.length; i += 4) {
        const start = segments[i + 1]!;
        const length = segments[i + 2]!;
        if (length > 0) pieces.update(ring!.subarray(start, start + length));
        bytes += length;
        if (segments[i + 3] === 1) {
          digests.push(segments[i]!, pieces.digest());
          pieces.init();
        }
      }
      port.postMessage({ bytes, digests } satisfies HashedPieces);
      return;
    }
    // Every worker gets every request; the first thread to claim it hashes it.
    if (!claim(message)) return;
    try {
      const { root, files } = message;
      const batch = packBatch(files.map((file) => hasher.hash(inRoot(root, file))));
      port.postMessage({ id: message.id, ...batch } satisfies WorkerResponse, [
        batch.stats.buffer as ArrayBuffer,
      ]);
    } catch (error) {
      port.postMessage({
        id: message.id,
        error: (error as Error).message,
      } satisfies WorkerResponse);
    }
  });
}
