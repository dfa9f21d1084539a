// The hash worker thread's entry: answers batches of files with their BLAKE3 digests.
import { serveHashRequests } from './hash-worker-loop.js';

await serveHashRequests();
