// Blob hints from the store: on a fresh clone (no local hints), the task's recent records map
// the git blob ids of its inputs to their digests, so files whose stat matches the git index
// are not read. See docs/SECURITY.md for what a hint from a store is trusted with.

import { blake3 } from '../adapters/blake3.js';
import type { Digest } from '../core/digest.js';
import { decodeRecord, type Signer } from '../core/entry.js';
import type { Store } from '../stores/store.js';

/** What the hints are fetched through: a run's stores and scope (a RunContext has them). */
export interface HintSource {
  readonly stores: {
    readable(): Store[];
    attempt<T>(store: Store, what: string, operation: () => Promise<T>): Promise<T | undefined>;
  };
  readonly scope: string;
  readonly signer?: Signer;
  readonly platform: { readonly os: string; readonly arch: string };
}

export function isHintSource(ctx: object): ctx is HintSource {
  const { stores, scope } = ctx as Partial<HintSource>;
  return typeof scope === 'string' && typeof stores?.readable === 'function';
}

/**
 * Blob id -> digest pairs from the task's recent records in the first store that has any. A
 * record gives pairs only when it decodes in full: its digest, its signature when a signing key
 * is set (an unsigned record then gives none), every field, and a manifest that hashes to its
 * key; and only for this platform, where checkouts write a blob's bytes the same way.
 */
export async function storeBlobHints(
  task: string,
  source: HintSource,
): Promise<Map<string, Digest> | undefined> {
  for (const store of source.stores.readable()) {
    const texts = await source.stores.attempt(store, 'lookup', () =>
      store.recentRecords
        ? store.recentRecords(task, source.scope)
        : store.latestRecord(task, source.scope).then((text) => (text ? [text] : [])),
    );
    if (!texts || texts.length === 0) continue;
    const pairs = new Map<string, Digest>();
    for (const text of texts) {
      const decoded = decodeRecord(text, undefined, blake3, source.signer);
      if (!decoded.ok || !decoded.record.blobs) continue;
      const { manifest, blobs } = decoded.record;
      if (manifest.platform.os !== source.platform.os) continue;
      for (const input of manifest.inputs) {
        if (!('digest' in input) || !Object.hasOwn(blobs, input.path)) continue;
        const blob = blobs[input.path]!;
        if (!pairs.has(blob)) pairs.set(blob, input.digest);
      }
    }
    return pairs;
  }
  return undefined;
}
