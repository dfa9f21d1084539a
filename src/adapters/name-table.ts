// Names found by their UTF-8 bytes, without a string per name: the git index's table of
// trusted entries (git-index.ts). A map of 50,000 decoded names cost every run that reads the
// index more to build, and the collector more to move, than its lookups.

/** FNV-1a over bytes, as a 32-bit integer. */
function fnv(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash;
}

/**
 * The trusted entries by name, found without a string per name: an open-addressing table of
 * hashes of the names' UTF-8 bytes. A map of 50,000 decoded names cost every run that reads
 * the index more to build (and the collector more to move) than its lookups. A query is
 * encoded into a scratch buffer and compared byte for byte. A version-4 index's names are
 * prefix-compressed, so they are copied out whole; otherwise they are read where they are.
 */
export class NameTable {
  private bytes: Buffer;
  private readonly copies: boolean;
  private used = 0;
  private readonly nameAt: Int32Array;
  private readonly nameLength: Int32Array;
  private readonly starts: Int32Array;
  private readonly hashes: Int32Array;
  private rows = 0;
  /** Row + 1 per slot, 0 for empty; its size a power of two. */
  private slots = new Int32Array(0);
  private scratch = Buffer.allocUnsafe(256);

  /** `data`: the index, where the names are; without it, names are copied as they come. */
  constructor(count: number, data?: Buffer) {
    this.copies = data === undefined;
    this.bytes = data ?? Buffer.allocUnsafe(Math.max(1024, Math.min(count, 1 << 20) * 32));
    this.nameAt = new Int32Array(count);
    this.nameLength = new Int32Array(count);
    this.starts = new Int32Array(count);
    this.hashes = new Int32Array(count);
  }

  /** Adds the name at `at` in `source`, of the entry starting at `start`. */
  add(source: Buffer, at: number, length: number, start: number): void {
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
    this.starts[row] = start;
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
        if (this.sameName(slots[slot]! - 1, this.bytes, at, length, this.hashes[row]!)) break;
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

  /** Where the entry of `name` starts in the index, or -1. */
  find(name: string): number {
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
      if (this.sameName(row, out, 0, length, hash)) return this.starts[row]!;
    }
    return -1;
  }

  /** Every name, in the index's order. */
  *names(): IterableIterator<string> {
    for (let row = 0; row < this.rows; row++) {
      const at = this.nameAt[row]!;
      yield this.bytes.toString('utf8', at, at + this.nameLength[row]!);
    }
  }
}
