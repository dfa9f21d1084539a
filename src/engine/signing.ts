// Entry signing with the user's key (TASKCACHE_SIGNING_KEY): HMAC-SHA256 over the key and
// the record digest. When a signing key is set, unsigned or wrongly signed entries are misses,
// and environment values enter the key as HMACs with a key derived from it, so that a short
// secret cannot be guessed from a stored manifest.

import { createRequire } from 'node:module';
import type { Digest } from '../core/digest.js';
import type { Signer } from '../core/entry.js';

export const SIGNING_KEY_ENV = 'TASKCACHE_SIGNING_KEY';

export function signerFromEnv(env: NodeJS.ProcessEnv): Signer | undefined {
  const secret = env[SIGNING_KEY_ENV];
  if (!secret) return undefined;
  // Loaded only when entries are signed: node:crypto is among the costliest of Node's modules
  // to load (bench/tiny-profile.mjs), and nothing else on a hit of the local store needs it.
  const { createHmac, timingSafeEqual } = createRequire(import.meta.url)(
    'node:crypto',
  ) as typeof import('node:crypto');
  const mac = (key: string, digest: string) =>
    createHmac('sha256', secret).update(`taskcache-entry\0${key}\0${digest}`).digest('base64');
  // A key of its own for the environment digests: a manifest never holds a MAC made with the
  // key that signs entries.
  const envKey = createHmac('sha256', secret).update('taskcache-env-digest-key').digest();
  return {
    keyedHash: (data) => createHmac('sha256', envKey).update(data).digest('hex') as Digest,
    sign: mac,
    verify(key, digest, signature) {
      const expected = Buffer.from(mac(key, digest));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
