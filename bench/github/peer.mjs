// The peer: the real @actions/cache, as actions/cache's restore step and post (save) step call
// it. `node peer.mjs restore|save <key>` in the workspace, with the cache-service environment.
// Exits 0 on a hit or a save, 3 on a miss.

import { restoreCache, saveCache } from '@actions/cache';

const [mode, key] = process.argv.slice(2);
const paths = ['dist'];
if (mode === 'restore') {
  const hit = await restoreCache(paths, key);
  process.exit(hit === key ? 0 : 3);
} else if (mode === 'save') {
  const id = await saveCache(paths, key);
  process.exit(id > 0 ? 0 : 3);
} else {
  console.error('usage: node peer.mjs restore|save <key>');
  process.exit(2);
}
