// The cache-service fake of test/support/github-cache-fake.ts as a process of its own, so its
// CPU (serving blobs from memory) is not charged to the clients being measured. Prints one JSON
// line with the environment a job needs ({ ACTIONS_RESULTS_URL, ... }) and serves until stdin
// closes.

import { register } from 'tsx/esm/api';

register();
const { startFakeCacheService } = await import('../../test/support/github-cache-fake.ts');
const service = await startFakeCacheService();
process.stdout.write(`${JSON.stringify(service.env())}\n`);
process.stdin.resume();
process.stdin.on('end', () => service.close().then(() => process.exit(0)));
