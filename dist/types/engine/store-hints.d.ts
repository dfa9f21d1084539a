import type { Digest } from '../core/digest.js';
import { type Signer } from '../core/entry.js';
import { type Store } from '../stores/store.js';
/** What the hints are fetched through: a run's stores and scope (a RunContext has them). */
export interface HintSource {
    readonly stores: {
        readable(): Store[];
        attempt<T>(store: Store, what: string, operation: () => Promise<T>): Promise<T | undefined>;
    };
    readonly scope: string;
    readonly signer?: Signer;
    readonly platform: {
        readonly os: string;
        readonly arch: string;
    };
}
export declare function isHintSource(ctx: object): ctx is HintSource;
/**
 * Blob id -> digest pairs from the task's recent records in the first store that has any. A
 * record gives pairs only when it decodes: its digest, its signature when a signing key is set
 * (an unsigned record then gives none), every field (the outputs, of no use here, are left
 * unparsed where the layout allows), and a manifest that hashes to its key; and only for this
 * platform, where checkouts write a blob's bytes the same way.
 */
export declare function storeBlobHints(task: string, source: HintSource): Promise<Map<string, Digest> | undefined>;
