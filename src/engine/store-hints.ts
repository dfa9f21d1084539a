// Blob hints from the store: on a fresh clone (no local hints), the task's recent records map
// the git blob ids of its inputs to their digests, so files whose stat matches the git index
// are not read. See docs/SECURITY.md for what a hint from a store is trusted with.

import { blake3 } from '../adapters/blake3.js';
import type { Digest } from '../core/digest.js';
import { decodeHintPairs, type Signer, type StoredRecord } from '../core/entry.js';
import { releaseBytes, type Store } from '../stores/store.js';

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
 * record gives pairs only when it decodes: its digest, its signature when a signing key is set
 * (an unsigned record then gives none), every field (the outputs, of no use here, are left
 * unparsed where the layout allows), and a manifest that hashes to its key; and only for this
 * platform, where checkouts write a blob's bytes the same way.
 */
export async function storeBlobHints(
  task: string,
  source: HintSource,
): Promise<Map<string, Digest> | undefined> {
  for (const store of source.stores.readable()) {
    const records = await source.stores.attempt(store, 'lookup', () =>
      recentOf(store, task, source),
    );
    if (!records || records.length === 0) continue;
    const pairs = new Map<string, Digest>();
    for (let i = 0; i < records.length; i++) {
      // Each record's bytes go as soon as they are read, before its manifest is parsed where
      // the layout allows (a record can be megabytes, its manifest an object per input).
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        releaseBytes(records[i]!);
      };
      const decoded = decodeHintPairs(records[i]!, blake3, source.signer, release);
      release();
      records[i] = '';
      if (!decoded.ok || decoded.record.platform.os !== source.platform.os) continue;
      for (const [blob, digest] of decoded.record.pairs) {
        if (!pairs.has(blob)) pairs.set(blob, digest);
      }
    }
    return pairs;
  }
  return undefined;
}

/** The task's recent records, as bytes from a store that reads them. */
function recentOf(store: Store, task: string, source: HintSource): Promise<StoredRecord[]> {
  if (store.recentRecordBytes) return store.recentRecordBytes(task, source.scope);
  if (store.recentRecords) return store.recentRecords(task, source.scope);
  return store.latestRecord(task, source.scope).then((text) => (text ? [text] : []));
}
