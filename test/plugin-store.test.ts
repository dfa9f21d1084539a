// Plug-in stores (issue 16, item 8): the example plug-in module, loaded the way a config's
// `stores:` item loads it, meets the store contract; and a bad module is a clear error.

import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { pluginStores } from '../src/engine/plugins.js';
import { defineStoreContract } from './stores/contract.js';
import { removeDir, tempDir } from './stores/fixtures.js';

const example = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'support',
  'plugin-store.mjs',
);
const dir = tempDir('plugin-store');
afterAll(() => removeDir(dir));

const load = (
  entries: Parameters<typeof pluginStores>[0],
  configFile = path.join(dir, 'taskcache.yml'),
) => pluginStores(entries, { configFile, env: {}, warn: () => {} });

defineStoreContract(
  'plug-in module (test/support/plugin-store.mjs)',
  async () => {
    const [store] = await load([
      { module: example, mode: 'read-write', options: { dir: 'store' } },
    ]);
    return store!;
  },
  { latestOnly: true },
);

test('a module without a factory is an error naming the config, the item and the export', async () => {
  const bad = path.join(dir, 'bad.mjs');
  writeFileSync(bad, 'export const notAFactory = 1;\n');
  await expect(load(['./bad.mjs'])).rejects.toThrow(
    /taskcache\.yml: stores\[0\] \(\.\/bad\.mjs\): expected a default export or a createStore export/,
  );
});

test('a factory that returns no Store is an error naming what is missing', async () => {
  writeFileSync(
    path.join(dir, 'half.mjs'),
    'export default () => ({ name: "half", mode: "read-write", get() {} });\n',
  );
  await expect(load(['./half.mjs'])).rejects.toThrow(
    /the factory returned no Store \(missing has, put, latestRecord\)/,
  );
});

test('a store in mode off is not loaded', async () => {
  expect(await load([{ module: './missing.mjs', mode: 'off' }])).toEqual([]);
});
