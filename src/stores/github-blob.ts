// The blobs behind the cache service's signed URLs (Azure Blob): Put Blob, or Put Block and
// Put Block List for a large one; downloads in ranged segments, several at once for a large
// blob, handed on in order as a stream.

import { PassThrough, type Readable } from 'node:stream';
import {
  type BlobBody,
  type Budget,
  blobStatusError,
  bodySize,
  CacheServiceError,
  contentLength,
  readLimited,
  type Transport,
} from './github-transport.js';

const AZURE_VERSION = '2024-11-04';

export interface BlobSizes {
  /** Bodies up to this size go up in one Put Blob; larger ones in blocks. */
  readonly singlePutLimit: number;
  readonly blockSize: number;
  /** Downloads move in ranges of this size. */
  readonly segmentSize: number;
  /** Ranges (of a download) or blocks (of an upload) moving at once. */
  readonly concurrency: number;
}

/**
 * Azure's Put Blob takes up to 5000 MiB; one request is kept to what one retry can redo, and
 * larger blobs go up in blocks, a few at a time. A download holds at most `concurrency`
 * segments in memory.
 */
export const BLOB_SIZES: BlobSizes = {
  singlePutLimit: 128 * 1024 * 1024,
  blockSize: 64 * 1024 * 1024,
  segmentSize: 4 * 1024 * 1024,
  concurrency: 4,
};

export async function uploadBlob(
  transport: Transport,
  url: URL,
  body: BlobBody,
  budget: Budget,
  sizes: BlobSizes = BLOB_SIZES,
): Promise<void> {
  const size = bodySize(body);
  const { singlePutLimit, blockSize } = sizes;
  budget.extend(transport.transferMs(size));
  if (size <= singlePutLimit) {
    await blobPut(transport, 'Put Blob', url, body, { 'x-ms-blob-type': 'BlockBlob' }, budget);
    return;
  }
  const count = Math.ceil(size / blockSize);
  const ids = Array.from({ length: count }, (_, i) =>
    Buffer.from(`taskcache-block-${String(i).padStart(6, '0')}`).toString('base64'),
  );
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const start = i * blockSize;
      const blockUrl = new URL(url);
      blockUrl.searchParams.set('comp', 'block');
      blockUrl.searchParams.set('blockid', ids[i]!);
      await blobPut(
        transport,
        'Put Block',
        blockUrl,
        sliceBody(body, start, Math.min(blockSize, size - start)),
        {},
        budget,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(sizes.concurrency, count) }, worker));
  const listUrl = new URL(url);
  listUrl.searchParams.set('comp', 'blocklist');
  const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
  await blobPut(
    transport,
    'Put Block List',
    listUrl,
    Buffer.from(xml),
    { 'content-type': 'application/xml' },
    budget,
  );
}

export function downloadSmall(
  transport: Transport,
  url: URL,
  maxBytes: number,
  budget: Budget,
): Promise<Buffer | undefined> {
  return transport.withRetries('blob download', budget, () =>
    transport.send({
      what: 'blob download',
      method: 'GET',
      url,
      headers: { 'x-ms-version': AZURE_VERSION },
      budget,
      consume: async (res, moved) => {
        const status = res.statusCode ?? 0;
        if (status !== 200) throw blobStatusError('blob download', res);
        const declared = contentLength(res);
        if (declared !== undefined && declared > maxBytes) {
          res.destroy();
          return undefined;
        }
        const body = await readLimited(res, maxBytes, moved, 'blob download');
        if (body === undefined) return undefined;
        if (declared !== undefined && body.length !== declared) {
          throw new CacheServiceError(
            `blob download ended after ${body.length} of ${declared} bytes`,
            true,
          );
        }
        return body;
      },
    }),
  );
}

/** One range of a blob, and the blob's size. */
interface Segment {
  readonly bytes: Buffer;
  readonly total: number;
}

/**
 * `[start, start + length)` of the blob, in memory. A server that ignores the range may answer
 * the whole blob instead when it fits in `length`.
 */
function fetchSegment(
  transport: Transport,
  url: URL,
  start: number,
  length: number,
  budget: Budget,
): Promise<Segment> {
  const what = 'blob download';
  return transport.withRetries(what, budget, () =>
    transport.send({
      what,
      method: 'GET',
      url,
      headers: {
        'x-ms-version': AZURE_VERSION,
        'x-ms-range': `bytes=${start}-${start + length - 1}`,
      },
      budget,
      consume: async (res, moved) => {
        const status = res.statusCode ?? 0;
        let total: number;
        let expected: number;
        if (status === 206) {
          const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(res.headers['content-range'] ?? '');
          if (!range || Number(range[1]) !== start) {
            res.resume();
            throw new CacheServiceError(`${what}: the answered range does not match`);
          }
          total = Number(range[3]);
          expected = Number(range[2]) - start + 1;
        } else if (status === 200 && start === 0) {
          const declared = contentLength(res);
          if (declared === undefined || declared > length) {
            res.resume();
            throw new CacheServiceError(`${what}: the service ignored the requested range`);
          }
          total = declared;
          expected = declared;
        } else {
          throw blobStatusError(what, res);
        }
        if (expected > length) {
          res.resume();
          throw new CacheServiceError(`${what}: the answered range does not match`);
        }
        const bytes = await readLimited(res, expected, moved, what);
        if (bytes === undefined || bytes.length !== expected) {
          throw new CacheServiceError(
            `${what} ended after ${bytes?.length ?? 'more than'} of ${expected} bytes`,
            true,
          );
        }
        return { bytes, total };
      },
    }),
  );
}

/**
 * The blob behind a signed URL as a stream, once its first segment is in: its size and bytes.
 * The rest comes in segments, `concurrency` at a time, each retried on its own within the
 * budget and handed on in order; a failure the budget cannot cover errors the stream. Time the
 * reader spends not asking for more extends the budget, and no new segment starts meanwhile.
 */
export async function openDownload(
  transport: Transport,
  url: URL,
  budget: Budget,
  sizes: BlobSizes = BLOB_SIZES,
): Promise<{ size: number; body: Readable }> {
  const { segmentSize, concurrency } = sizes;
  const first = await fetchSegment(transport, url, 0, segmentSize, budget);
  const size = first.total;
  budget.extend(transport.transferMs(Math.max(0, size - first.bytes.length)));
  const body = new PassThrough({ highWaterMark: 1 << 20 });
  const pending: Promise<Segment>[] = [];
  let next = first.bytes.length;
  const fill = () => {
    while (pending.length < concurrency && next < size && !body.destroyed) {
      const length = Math.min(segmentSize, size - next);
      const segment = fetchSegment(transport, url, next, length, budget);
      segment.catch(() => {});
      pending.push(segment);
      next += length;
    }
  };
  const drained = () =>
    new Promise<void>((resolve) => {
      if (body.destroyed) {
        resolve();
        return;
      }
      const done = () => {
        body.off('drain', done);
        body.off('close', done);
        resolve();
      };
      body.on('drain', done);
      body.on('close', done);
    });
  const pump = async () => {
    fill();
    if (!body.write(first.bytes)) {
      const held = Date.now();
      await drained();
      budget.extend(Date.now() - held);
    }
    for (let segment = pending.shift(); segment; segment = pending.shift()) {
      const { bytes, total } = await segment;
      if (body.destroyed) return;
      if (total !== size) throw new CacheServiceError('blob download: the blob changed size');
      fill();
      if (!body.write(bytes)) {
        const held = Date.now();
        await drained();
        budget.extend(Date.now() - held);
      }
    }
    body.end();
  };
  pump().catch((error: unknown) => {
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return { size, body };
}

/** `[start, start + length)` of a body, as a body of its own (for Put Block). */
function sliceBody(body: BlobBody, start: number, length: number): BlobBody {
  const prefixPart = body.prefix.subarray(start, Math.min(body.prefix.length, start + length));
  const fileOffset = Math.max(0, start - body.prefix.length);
  return {
    prefix: prefixPart,
    file: body.file,
    fileStart: body.fileStart + fileOffset,
    fileLength: Math.min(length - prefixPart.length, body.fileLength - fileOffset),
  };
}

async function blobPut(
  transport: Transport,
  what: string,
  url: URL,
  body: BlobBody | Buffer,
  headers: Record<string, string>,
  budget: Budget,
): Promise<void> {
  await transport.withRetries(what, budget, () =>
    transport.send({
      what,
      method: 'PUT',
      url,
      headers: { 'x-ms-version': AZURE_VERSION, ...headers },
      body,
      budget,
      consume: async (res) => {
        const status = res.statusCode ?? 0;
        res.resume();
        if (status !== 201) throw blobStatusError(what, res);
      },
    }),
  );
}
