// Stored records as a store writer can make them: any body text with that text's digest, for
// tests that craft layouts the encoder never writes.

import { blake3 } from '../../src/adapters/blake3.js';

/** A stored form of any record body text, with the digest of that text. */
export function storedForm(body: string): Buffer {
  return Buffer.from(`{"digest":"${blake3(Buffer.from(body))}","record":${body}}\n`);
}

/** The body text of a stored form as encodeRecord writes it (unsigned). */
export function bodyOf(stored: Uint8Array | string): string {
  const text = typeof stored === 'string' ? stored : Buffer.from(stored).toString('utf8');
  return text.slice(text.indexOf(',"record":') + 10, text.lastIndexOf('}'));
}
