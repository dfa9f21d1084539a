// The store URLs and environments that reach the real servers of scripts/servers/start.sh
// (as test/support/servers.ts reads them), and S3 bucket housekeeping for the tests.

import { randomBytes } from 'node:crypto';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import type { HttpServer, S3Server } from '../support/servers.js';

export { loadServers } from '../support/servers.js';

/** http://user:pass@host:port[/prefix] for the nginx cache, or at another host:port (a proxy). */
export function httpStoreUrl(
  http: HttpServer,
  options: { prefix?: string; pass?: string; origin?: string } = {},
): string {
  const url = new URL(options.origin ?? http.url);
  url.username = http.user;
  url.password = options.pass ?? http.pass;
  url.pathname = options.prefix ?? '/';
  return url.toString().replace(/\/$/, '');
}

export function s3StoreUrl(
  s3: S3Server,
  bucket: string,
  options: { prefix?: string; endpoint?: string } = {},
): string {
  const endpoint = options.endpoint ?? s3.endpoint;
  return `s3://${bucket}${options.prefix ? `/${options.prefix}` : ''}?region=${s3.region}&endpoint=${endpoint}&path-style=true`;
}

export function s3Env(s3: S3Server, secretAccessKey = s3.secretAccessKey): NodeJS.ProcessEnv {
  return { AWS_ACCESS_KEY_ID: s3.accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey };
}

export function turboStoreUrl(server: { url: string; team: string }, origin = server.url): string {
  return `turbo+${origin}?team=${server.team}`;
}

/** A fresh bucket name per test file: radosgw keeps every bucket in memory until it stops. */
export function bucketName(label: string): string {
  return `taskcache-${label}-${randomBytes(4).toString('hex')}`;
}

function s3Client(s3: S3Server): S3Client {
  return new S3Client({
    region: s3.region,
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export async function createBucket(s3: S3Server, bucket: string): Promise<void> {
  const client = s3Client(s3);
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } finally {
    client.destroy();
  }
}

/** Deletes objects by key, or every object of the bucket and then the bucket. */
export async function dropObjects(
  s3: S3Server,
  bucket: string,
  keys?: readonly string[],
): Promise<void> {
  const client = s3Client(s3);
  try {
    const names = keys ? [...keys] : [];
    if (!keys) {
      // Bounded: a test bucket holds a few dozen objects.
      for (let page = 0, token: string | undefined; page < 100; page += 1) {
        const listed = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
        );
        names.push(...(listed.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
        token = listed.NextContinuationToken;
        if (!token) break;
      }
    }
    // One by one: DeleteObjects wants a checksum header that not every S3 compatible takes.
    await Promise.all(
      names.map((Key) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key }))),
    );
    if (!keys) await client.send(new DeleteBucketCommand({ Bucket: bucket }));
  } finally {
    client.destroy();
  }
}
