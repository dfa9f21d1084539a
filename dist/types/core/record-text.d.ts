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
    /** As a Map (a save's, written without an object of a property per path made of it). */
    readonly blobs?: {
        readonly [path: string]: string;
    } | ReadonlyMap<string, string>;
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
/**
 * canonicalJson(record) as UTF-8 (the text storedRecordBytes holds between its header and its
 * closing brace, byte for byte), handed to `write` in pieces of up to PIECE_BYTES as it is
 * made, so that no array or string of the whole text is ever held: each piece is a view of one
 * array that is written again once `write` returns, to be hashed or written out meanwhile.
 */
export declare function writeRecordText(record: RecordLists, write: (piece: Uint8Array) => void): void;
export {};
