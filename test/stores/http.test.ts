// The store contract against nginx as a Bazel-style HTTP cache (basic auth), at the root of
// the server and under a path prefix.

import { createRemoteStore } from '../../src/stores/remote.js';
import { defineStoreContract } from './contract.js';
import { httpStoreUrl, loadServers } from './remotes.js';

const http = loadServers()?.http;
const quiet = { warn: () => {} };

defineStoreContract(
  'http (nginx)',
  async () => createRemoteStore(httpStoreUrl(http!), { mode: 'read-write', env: {}, ...quiet }),
  { skip: !http },
);

defineStoreContract(
  'http (nginx, under a prefix)',
  async () =>
    createRemoteStore(httpStoreUrl(http!, { prefix: '/ci/taskcache' }), {
      mode: 'read-write',
      env: {},
      ...quiet,
    }),
  { skip: !http },
);
