import { type Manifest } from './manifest.js';
/** An output item as the record declares it (entry.ts's OutputItem), as far as written here. */
type OutputItem = {
    readonly kind: 'file';
    readonly path: string;
    readonly executable: boolean;
    readonly size: number;
    readonly digest: string;
} | {
    readonly kind: 'link';
    readonly path: string;
    readonly target: string;
    readonly external?: true;
};
/** The fields of a record written by their own writers; any others by canonicalJson. */
interface RecordLists {
    readonly manifest?: Manifest;
    readonly outputs?: readonly OutputItem[];
    readonly blobs?: {
        readonly [path: string]: string;
    };
}
/**
 * The record's stored form (`{"digest":…,"record":<text>}` and a newline), where `header`
 * gives the part before the text from the text's UTF-8 (of which it takes the digest). The
 * text is canonicalJson(record), byte for byte, written as UTF-8 into one growing array and
 * decoded once (or not at all, by a store that writes bytes): a record holds an item per input
 * and per output (tens of thousands), and the generic form builds each list's text, then the
 * manifest's, then the record's, as whole strings in turn (several copies of what is the
 * largest text a save holds) from an array and a sort per item, and strings joined from small
 * pieces cost more than their characters until they are flattened. Items shaped as the record's types declare are written directly, keys in
 * code-unit order as canonicalJson sorts them; anything else (a crafted record, an old
 * schema's manifest) goes through canonicalJson.
 */
export declare function storedRecordBytes(record: RecordLists, header: (text: Uint8Array) => string): Uint8Array;
export {};
