/**
 * Rows found by name: an open-addressing table of hashes of the names' UTF-8 bytes, each row
 * with a number of its owner's (where its entry starts). A query is encoded into a scratch
 * buffer and compared byte for byte. Names are read where they are in the owner's buffer, or
 * copied as they come when they are not kept whole there (a version-4 index's).
 */
export declare class NameTable {
    private bytes;
    private readonly copies;
    private used;
    private readonly nameAt;
    private readonly nameLength;
    private readonly values;
    /** Per row, 1 when a later row has the same name. */
    private readonly shadowed;
    private readonly hashes;
    private rows;
    /** Row + 1 per slot, 0 for empty; its size a power of two. */
    private slots;
    private scratch;
    /** The name found last, and its row (or -1). */
    private lastName;
    private lastRow;
    /** `data`: where the names are; without it, names are copied as they come. */
    constructor(count: number, data?: Buffer);
    /** Adds the name at `at` in `source`, with its number. */
    add(source: Buffer, at: number, length: number, value: number): void;
    /** Builds the table once every name is added; a name added twice finds its last entry. */
    seal(): void;
    private sameName;
    /** The row of `name`, or -1. */
    find(name: string): number;
    /** Rows added. */
    get size(): number;
    /** A row's number. */
    value(row: number): number;
    /** Where a row's name starts in the buffer it was read from (when not copied). */
    nameStart(row: number): number;
    /** Whether a later row has the same name: this one is never found. */
    isShadowed(row: number): boolean;
    /** Every name found, in the order added. */
    names(): IterableIterator<string>;
}
