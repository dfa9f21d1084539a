// Names found by their UTF-8 bytes, without a string per name: the git index's trusted entries
// (git-index.ts), the stat cache's rows (stat-cache.ts) and the kept directory listings
// (dir-cache.ts). A map of 50,000 decoded names cost every run that reads them more to build,
// and the collector more to move, than its lookups.

/** FNV-1a over bytes, as a 32-bit integer. */
function fnv(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash;
}

/**
 * Rows found by name: an open-addressing table of hashes of the names' UTF-8 bytes, each row
 * with a number of its owner's (where its entry starts). A query is encoded into a scratch
 * buffer and compared byte for byte. Names are read where they are in the owner's buffer, or
 * copied as they come when they are not kept whole there (a version-4 index's).
 */
export class NameTable {
  private bytes: Buffer;
  private readonly copies: boolean;
  private used = 0;
  private readonly nameAt: Int32Array;
  private readonly nameLength: Int32Array;
  private readonly values: Float64Array;
  /** Per row, 1 when a later row has the same name. */
  private readonly shadowed: Uint8Array;
  private readonly hashes: Int32Array;
  private rows = 0;
  /** Row + 1 per slot, 0 for empty; its size a power of two. */
  private slots = new Int32Array(0);
  private scratch = Buffer.allocUnsafe(256);
  /** The name found last, and its row (or -1). */
  private lastName: string | undefined;
  private lastRow = -1;

  /** `data`: where the names are; without it, names are copied as they come. */
  constructor(count: number, data?: Buffer) {
    this.copies = data === undefined;
    this.bytes = data ?? Buffer.allocUnsafe(Math.max(1024, Math.min(count, 1 << 20) * 32));
    this.nameAt = new Int32Array(count);
    this.nameLength = new Int32Array(count);
    this.values = new Float64Array(count);
    this.shadowed = new Uint8Array(count);
    this.hashes = new Int32Array(count);
  }

  /** Adds the name at `at` in `source`, with its number. */
  add(source: Buffer, at: number, length: number, value: number): void {
    let nameAt = at;
    if (this.copies) {
      if (this.used + length > this.bytes.length) {
        const grown = Buffer.allocUnsafe(Math.max(this.used + length, this.bytes.length * 2));
        this.bytes.copy(grown, 0, 0, this.used);
        this.bytes = grown;
      }
      source.copy(this.bytes, this.used, at, at + length);
      nameAt = this.used;
      this.used += length;
    }
    const row = this.rows++;
    this.nameAt[row] = nameAt;
    this.nameLength[row] = length;
    this.values[row] = value;
    this.hashes[row] = fnv(this.bytes, nameAt, nameAt + length);
  }

  /** Builds the table once every name is added; a name added twice finds its last entry. */
  seal(): void {
    let size = 16;
    while (size < this.rows * 2) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let row = 0; row < this.rows; row++) {
      let slot = this.hashes[row]! & mask;
      const at = this.nameAt[row]!;
      const length = this.nameLength[row]!;
      for (; slots[slot] !== 0; slot = (slot + 1) & mask) {
        const other = slots[slot]! - 1;
        if (this.sameName(other, this.bytes, at, length, this.hashes[row]!)) {
          this.shadowed[other] = 1;
          break;
        }
      }
      slots[slot] = row + 1;
    }
    this.slots = slots;
  }

  private sameName(row: number, bytes: Buffer, at: number, length: number, hash: number) {
    if (this.hashes[row] !== hash || this.nameLength[row] !== length) return false;
    const own = this.bytes;
    const from = this.nameAt[row]!;
    for (let i = 0; i < length; i++) if (own[from + i] !== bytes[at + i]) return false;
    return true;
  }

  /** The row of `name`, or -1. */
  find(name: string): number {
    // A fresh clone's caches are empty: nothing to encode a name for.
    if (this.rows === 0) return -1;
    // Asked again for the name just found (whether a path is tracked, then its entry).
    if (name === this.lastName) return this.lastRow;
    // Encoded into the scratch buffer and hashed in one pass while it is ASCII.
    let length = name.length;
    if (this.scratch.length < length * 3) this.scratch = Buffer.allocUnsafe(length * 3);
    const out = this.scratch;
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < length; i++) {
      const code = name.charCodeAt(i);
      if (code >= 0x80) {
        length = out.write(name, 0, 'utf8');
        hash = fnv(out, 0, length);
        break;
      }
      out[i] = code;
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const row = slots[slot]! - 1;
      if (this.sameName(row, out, 0, length, hash)) {
        this.lastName = name;
        this.lastRow = row;
        return row;
      }
    }
    this.lastName = name;
    this.lastRow = -1;
    return -1;
  }

  /** Rows added. */
  get size(): number {
    return this.rows;
  }

  /** A row's number. */
  value(row: number): number {
    return this.values[row]!;
  }

  /** Where a row's name starts in the buffer it was read from (when not copied). */
  nameStart(row: number): number {
    return this.nameAt[row]!;
  }

  /** Whether a later row has the same name: this one is never found. */
  isShadowed(row: number): boolean {
    return this.shadowed[row] === 1;
  }

  /** Every name found, in the order added. */
  *names(): IterableIterator<string> {
    for (let row = 0; row < this.rows; row++) {
      if (this.shadowed[row] === 1) continue;
      const at = this.nameAt[row]!;
      yield this.bytes.toString('utf8', at, at + this.nameLength[row]!);
    }
  }
}
