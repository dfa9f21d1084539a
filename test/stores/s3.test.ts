// The store contract against Ceph radosgw (real S3, SigV4 enforced), in a bucket of this
// file's own that is emptied and removed afterwards (radosgw here keeps objects in memory).

import { afterAll, beforeAll } from 'vitest';
import { createRemoteStore } from '../../src/stores/remote.js';
import { defineStoreContract } from './contract.js';
import {
  bucketName,
  createBucket,
  dropObjects,
  loadServers,
  s3Env,
  s3StoreUrl,
} from './remotes.js';

const s3 = loadServers()?.s3;
const bucket = bucketName('contract');

beforeAll(async () => {
  if (s3) await createBucket(s3, bucket);
});
afterAll(async () => {
  if (s3) await dropObjects(s3, bucket);
});

defineStoreContract(
  's3 (radosgw)',
  async () =>
    createRemoteStore(s3StoreUrl(s3!, bucket), {
      mode: 'read-write',
      env: s3Env(s3!),
      warn: () => {},
    }),
  { skip: !s3 },
);

defineStoreContract(
  's3 (radosgw, under a prefix)',
  async () =>
    createRemoteStore(s3StoreUrl(s3!, bucket, { prefix: 'ci/taskcache' }), {
      mode: 'read-write',
      env: s3Env(s3!),
      warn: () => {},
    }),
  { skip: !s3 },
);
