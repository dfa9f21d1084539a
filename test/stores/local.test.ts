// The store contract against the local store, on a temp dir.

import { afterAll } from 'vitest';
import { LocalStore } from '../../src/stores/local.js';
import { defineStoreContract } from './contract.js';
import { removeDir, tempDir } from './fixtures.js';

const root = tempDir('local-store');
afterAll(() => removeDir(root));

defineStoreContract('local', async () => new LocalStore(root));
