// An entry: what a hit gives back. The record (JSON, self-digested so a flipped byte is
// caught) describes the outputs with a digest each, the log, exit status, duration and the
// manifest; the archive holds the bytes: every output file's content in record order, then
// the log, compressed as a whole.
//
// Over ~350 lines: the decoders check the exact layout the encoder writes (asWritten, and the
// hint pairs read as they stand), and both keep the same limits; apart, a change to one could
// silently stop matching the other.

import { isUtf8 } from 'node:buffer';
import { canonicalJson, type Json } from './canonical.js';
import type { Digest, HashFn, Key } from './digest.js';
import { isDigest, isKey } from './digest.js';
import { type Fields, isObject, unknownKey } from './fields.js';
import { computeKey, KEY_SCHEMA_VERSION, type Manifest, readManifest } from './manifest.js';
import { isSafeRelativePath, linkStaysInside } from './paths.js';
import { storedRecordBytes, writeRecordText } from './record-text.js';

export const ENTRY_FORMAT = 1;

export const CODECS = ['zstd', 'gzip', 'none'] as const;
export type Codec = (typeof CODECS)[number];

export interface OutputFile {
  readonly kind: 'file';
  readonly path: string;
  readonly executable: boolean;
  readonly size: number;
  readonly digest: Digest;
}

export interface OutputLink {
  readonly kind: 'link';
  readonly path: string;
  readonly target: string;
  /**
   * The target leaves the workspace (stored only for a task with `allow-external-links`, and
   * restored only for one): kept as it was read, absolute or relative.
   */
  readonly external?: true;
}

export type OutputItem = OutputFile | OutputLink;

/** Where and by what an entry was produced (CI facts when in CI). */
export interface Producer {
  readonly host?: string;
  readonly repository?: string;
  readonly ref?: string;
  readonly commit?: string;
  readonly workflow?: string;
  readonly runUrl?: string;
  readonly job?: string;
}

/** Values the command wrote to the Actions runner's files, re-applied on a hit. */
export interface RunnerFiles {
  readonly output: string;
  readonly env: string;
  readonly path: string;
  readonly summary: string;
}

export interface EntryRecord {
  readonly format: number;
  readonly key: Key;
  readonly task: string;
  readonly manifest: Manifest;
  readonly createdAt: string;
  readonly durationMs: number;
  readonly exitCode: number;
  readonly outputs: readonly OutputItem[];
  readonly log: { readonly size: number; readonly digest: Digest };
  readonly archive: { readonly codec: Codec };
  readonly producer: Producer;
  readonly runnerFiles?: RunnerFiles;
  /**
   * Optional, beside the manifest (whose text must hash to the key): the git blob id (hex) of
   * each input the key computation took from the git index with a stat match, by path, so a
   * fresh clone can map those ids to the manifest's digests without reading the files.
   */
  readonly blobs?: { readonly [path: string]: string };
}

/** Total bytes of output file content in an entry. */
export function outputBytes(record: Pick<EntryRecord, 'outputs'>): number {
  let total = 0;
  for (const item of record.outputs) if (item.kind === 'file') total += item.size;
  return total;
}

/**
 * Signs and checks entries: an HMAC over the key and the record's digest. The record holds a
 * digest of every output file and of the log, so this covers the whole entry.
 */
export interface Signer {
  sign(key: Key, recordDigest: Digest): string;
  verify(key: Key, recordDigest: Digest, signature: string): boolean;
  /**
   * A keyed digest (with a key derived from the signing key, never the signing key itself),
   * for values that enter the key but must not be guessable from a stored manifest: the values
   * of environment variables.
   */
  keyedHash?: HashFn;
}

/**
 * The stored form: `{"digest": BLAKE3(canonical record), "signature"?: ..., "record": {...}}`.
 */
/**
 * The stored form: `{"digest": BLAKE3(canonical record), "signature"?: ..., "record": {...}}`.
 * The manifest inside is its canonical JSON, which is serializeManifest()'s text: the text the
 * key is the hash of. (Any JSON is taken and digested as it is, for tests that craft entries.)
 */
export function encodeRecord(record: EntryRecord, hash: HashFn, signer?: Signer): string {
  // canonicalJson escapes lone surrogates, so the UTF-8 decodes to the very text.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    encodeRecordBytes(record, hash, signer),
  );
}

/** encodeRecord's text as UTF-8, for a store that writes bytes (see SaveRequest.recordBytes). */
export function encodeRecordBytes(record: EntryRecord, hash: HashFn, signer?: Signer): Uint8Array {
  // The text is written once, as UTF-8 (a record can be megabytes), and digested from it.
  return storedRecordBytes(record, (text) => recordHeader(record.key, hash(text), signer));
}

/** The stored form's part before the record's text: its digest, and a signature with a signer. */
function recordHeader(key: Key, digest: Digest, signer: Signer | undefined): string {
  const signature = signer ? `,"signature":${JSON.stringify(signer.sign(key, digest))}` : '';
  return `{"digest":"${digest}"${signature},"record":`;
}

/** An incremental hash of the kind HashFn gives in one call. */
export interface IncrementalHash {
  update(bytes: Uint8Array): void;
  digest(): Digest;
}

/**
 * A record as streamRecord takes it: its blobs may be a Map, written as the object
 * Object.fromEntries would make of it (a save has them as one, of a path per input).
 */
export type RecordToWrite = Omit<EntryRecord, 'blobs'> & {
  readonly blobs?: EntryRecord['blobs'] | ReadonlyMap<string, string>;
};

/** Where streamRecord writes: bytes at a position of the stored form. */
export type RecordSink = (bytes: Uint8Array, position: number) => void;

const CLOSING = new TextEncoder().encode('}\n');

/**
 * encodeRecordBytes's bytes, written to `sink` as they are made rather than held whole (a
 * record holds an item per input and per output: megabytes, the largest thing a save holds).
 * The header holds the digest of the text after it, so the text is written after room for the
 * header, hashed on the way, and the header last: its length is known beforehand, a digest's
 * and an HMAC's being fixed. Should the header come out of another length after all (a signer
 * whose signatures vary), the text is written a second time after it. `hasher` is fresh; the
 * result is the stored form's length (the sink's bytes past it are not the record's).
 */
export function streamRecord(
  record: RecordToWrite,
  hasher: IncrementalHash,
  sink: RecordSink,
  signer?: Signer,
): number {
  const encoder = new TextEncoder();
  const room = encoder.encode(recordHeader(record.key, '0'.repeat(64) as Digest, signer)).length;
  const writeText = (at: number, hash: boolean): number => {
    writeRecordText(record, (piece) => {
      if (hash) hasher.update(piece);
      sink(piece, at);
      at += piece.length;
    });
    sink(CLOSING, at);
    return at + CLOSING.length;
  };
  let end = writeText(room, true);
  const header = encoder.encode(recordHeader(record.key, hasher.digest(), signer));
  sink(header, 0);
  if (header.length !== room) {
    // Hashed already: the second writing only moves the text to after the header.
    end = writeText(header.length, false);
  }
  return end;
}

/** Records longer than this (in UTF-16 code units of text) are refused unread. */
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;
/** At most this many outputs in one entry. */
export const MAX_OUTPUTS = 1_000_000;
/** The longest output path or link target a record may name (PATH_MAX on Linux). */
export const MAX_PATH_LENGTH = 4096;
/** The largest size a record may declare, for one file, the log, or all of an entry's files. */
export const MAX_SIZE = 2 ** 40;

type Checked =
  | {
      readonly ok: true;
      digest: Digest;
      record: object;
      signature: unknown;
      /** The manifest's UTF-8 in the body, when the record was parsed without it. */
      manifest?: Uint8Array;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * What of the record to parse: all of it but the manifest, and but the outputs (for hints) or
 * the blobs (for a restore) too.
 */
/**
 * What a decode leaves unparsed where the layout allows: 'manifest-outputs-and-blobs' (hint
 * pairs) only takes a body whose blobs are as written, and hands on where they are.
 */
type Leave =
  | 'manifest'
  | 'manifest-and-outputs'
  | 'manifest-and-blobs'
  | 'manifest-outputs-and-blobs';

const ascii = (text: string): Buffer => Buffer.from(text, 'latin1');
const RECORD_FIELD = ascii(',"record":');
const MANIFEST_FIELD = ascii(',"manifest":{');
const AFTER_MANIFEST = ascii('},"outputs":[');
const AFTER_OUTPUTS = ascii('],"producer":{');
const CLOSE = 0x7d; // }
const OPEN = 0x7b; // {
const COMMA = 0x2c; // ,

/** UTF-8 known to be valid, decoded (a byte-order mark is kept, as readFileSync keeps it). */
const utf8 = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/**
 * The record of a stored form laid out as encodeRecord writes it, checked by hashing its body's
 * bytes as they stand (no second serialization of a record that can hold tens of thousands of
 * inputs, and no text of the whole), and parsed without its manifest, whose bytes are handed on
 * to be hashed against the key (and, for a restore, are never made text). Undefined when the
 * bytes are laid out otherwise or the body does not match the digest; the general check then
 * decides. `bytes` is valid UTF-8: what any text's encoding is.
 */
function asWritten(bytes: Buffer, hash: HashFn, leave: Leave): Checked | undefined {
  const written = writtenBody(bytes, hash);
  if (!written) return undefined;
  const { body, digest, signature } = written;
  // The body is byte for byte what was hashed when the entry was written (which a crafted
  // text can still make invalid JSON: then the general check gives the reason).
  const without = parseWithout(body, leave);
  if (without) {
    return { ok: true, digest, signature, record: without.record, manifest: without.manifest };
  }
  let record: unknown;
  try {
    record = JSON.parse(utf8(body));
  } catch {
    return undefined;
  }
  if (record === null || typeof record !== 'object') return undefined;
  return { ok: true, digest, record, signature };
}

/**
 * The body of a stored form laid out as encodeRecord writes it, and its header's digest and
 * signature, when the body's bytes have that digest; undefined otherwise.
 */
function writtenBody(
  bytes: Buffer,
  hash: HashFn,
): { body: Buffer; digest: Digest; signature: unknown } | undefined {
  const start = bytes.indexOf(RECORD_FIELD);
  const end = bytes.lastIndexOf(CLOSE);
  if (start === -1 || end <= start || utf8(bytes.subarray(end + 1)).trim() !== '') {
    return undefined;
  }
  let header: { digest?: unknown; signature?: unknown };
  try {
    header = JSON.parse(`${utf8(bytes.subarray(0, start))}}`);
  } catch {
    return undefined;
  }
  const body = bytes.subarray(start + RECORD_FIELD.length, end);
  if (!isDigest(header.digest)) return undefined;
  if (hash(body) !== header.digest) return undefined;
  return { body, digest: header.digest, signature: header.signature };
}

/**
 * A record body as encodeRecord writes it, parsed without its manifest (which a restore does
 * not need, and which holds an entry per input), and the manifest's bytes; with
 * 'manifest-and-outputs', without its outputs too (left null). Keys are sorted, so the record's
 * "outputs" follows "manifest" and "producer" follows "outputs"; inside a manifest the key
 * "outputs" follows a list, never an object, no output item has a "producer", and a raw `"`
 * never occurs inside a JSON string. A body whose markers lie elsewhere gives a manifest whose
 * hash is not the key (or fields the record may not have), and is refused by the checks after.
 * Undefined when the body is not laid out so or does not parse.
 */
function parseWithout(
  body: Buffer,
  leave: Leave,
): { record: object; manifest: Buffer; blobs?: WrittenBlobs } | undefined {
  const start = body.indexOf(MANIFEST_FIELD);
  const end = start === -1 ? -1 : body.indexOf(AFTER_MANIFEST, start);
  if (end === -1) return undefined;
  let rest = end + 1;
  const left = ['manifest'];
  const blobsLeft = leave === 'manifest-and-blobs' || leave === 'manifest-outputs-and-blobs';
  const blobs = blobsLeft ? blobsAsWritten(body, start) : undefined;
  if (blobs) left.push('blobs');
  else if (leave === 'manifest-outputs-and-blobs') return undefined;
  const outputsAt = end + AFTER_MANIFEST.length - 1;
  const afterOutputs = body.indexOf(AFTER_OUTPUTS, outputsAt);
  let outputs: unknown[] | undefined;
  if (leave === 'manifest-and-outputs' || leave === 'manifest-outputs-and-blobs') {
    if (afterOutputs === -1) return undefined;
    rest = afterOutputs + 1;
    left.push('outputs');
  } else if (afterOutputs !== -1) {
    // In pieces: one text of an entry's outputs was megabytes beside the record's bytes.
    outputs = parseList(body, outputsAt, afterOutputs);
    if (!outputs) return undefined;
    rest = afterOutputs + 1;
  }
  // The parts before and after as objects of their own, each parsed from one flat text: joined,
  // the text would be copied whole once more to be parsed (megabytes, for outputs and blobs).
  // Each part's comma next to what is left out stands in for its brace meanwhile.
  const before = blobs ? withoutBlobs(body, blobs, start) : parseObject(body, 0, start, CLOSE);
  const after = before && parseObject(body, rest, body.length, OPEN);
  if (!after) return undefined;
  if (outputs) {
    if (Object.hasOwn(after, 'outputs') || Object.hasOwn(before, 'outputs')) return undefined;
    (before as { outputs?: unknown }).outputs = outputs;
  }
  if (!joinFields(before, after, left)) return undefined;
  const manifest = body.subarray(start + MANIFEST_FIELD.length - 1, end + 1);
  return { record: before, manifest, ...(blobs ? { blobs } : {}) };
}

/**
 * Adds the fields of `after` to `before`; false when the two share one, or `before` then has
 * one of `left` (fields that were left unparsed, which the text must not hold twice).
 */
function joinFields(before: Fields, after: Fields, left: readonly string[]): boolean {
  for (const field of Object.keys(after)) {
    if (Object.hasOwn(before, field)) return false;
    // Defined, not assigned: a "__proto__" stays a field, as JSON.parse leaves it.
    Object.defineProperty(before, field, {
      value: after[field],
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return !left.some((field) => Object.hasOwn(before, field));
}

/**
 * About how many bytes of a list parseList parses at once: small enough that each piece's text
 * is a young object, dead by the next scavenge, where megabyte texts wait for a full collection.
 */
const LIST_PIECE = 64 * 1024;
/** Between two objects of a list: where parseList splits it. */
const BETWEEN_OBJECTS = ascii('},{"');
const OPEN_LIST = 0x5b; // [
const CLOSE_LIST = 0x5d; // ]

/**
 * The JSON list from body[open] (its `[`) to body[close] (its `]`), parsed in pieces of about
 * LIST_PIECE bytes, each split between two objects and parsed as a list of its own (the commas
 * around it stand in for its brackets meanwhile). A split inside a string would leave that
 * string unterminated in the piece before it, which then does not parse: pieces that all parse
 * hold the whole list's items, in order. Undefined when one does not (the caller gives up on
 * this layout).
 */
function parseList(body: Buffer, open: number, close: number): unknown[] | undefined {
  if (body[open] !== OPEN_LIST || body[close] !== CLOSE_LIST) return undefined;
  const items: unknown[] = [];
  // Where a piece's `[` stands (the list's own, then the comma before the piece).
  let from = open;
  for (;;) {
    let split = from + LIST_PIECE < close ? body.indexOf(BETWEEN_OBJECTS, from + LIST_PIECE) : -1;
    if (split >= close) split = -1;
    // Where the piece's `]` stands: the list's own, or the comma after its last object's `}`.
    const to = split === -1 ? close : split + 1;
    const saved = [body[from]!, body[to]!];
    body[from] = OPEN_LIST;
    body[to] = CLOSE_LIST;
    let piece: unknown;
    try {
      piece = JSON.parse(utf8(body.subarray(from, to + 1)));
    } catch {
      return undefined;
    } finally {
      body[from] = saved[0]!;
      body[to] = saved[1]!;
    }
    for (const item of piece as unknown[]) items.push(item);
    if (split === -1) return items;
    from = to;
  }
}

/** Blobs found as written: the archive's codec before them, and where their object ends. */
interface WrittenBlobs {
  readonly codec: Codec;
  /** Just after the blobs' closing brace. */
  readonly to: number;
}

/** How a record as written begins when it has blobs: its archive, then its blobs. */
const BLOBS_AFTER = CODECS.map((codec) => ({
  codec,
  prefix: ascii(`{"archive":{"codec":"${codec}"},"blobs":{`),
}));
const QUOTE = 0x22;
const COLON = 0x3a;
const BACKSLASH = 0x5c;

/**
 * Where the blobs of a record body end (just after their object) and the codec of the archive
 * before them, when the body begins with its archive and
 * blobs as encodeRecord writes them and the blobs pass checkBlobs for certain: each path a
 * string without escapes or control characters of at most MAX_PATH_LENGTH UTF-16 code units,
 * each id 40 or 64 lowercase hex digits, at most MAX_OUTPUTS of them, and no whitespace. Then
 * JSON.parse would give an object checkBlobs takes (duplicates only make fewer paths), and a
 * restore, which has no use for the blobs, need not make it. Undefined otherwise: the blobs
 * are then parsed and checked with the rest. `before` is where the manifest field starts.
 */
function blobsAsWritten(body: Buffer, before: number): WrittenBlobs | undefined {
  const start = BLOBS_AFTER.find((b) => body.subarray(0, b.prefix.length).equals(b.prefix));
  if (!start) return undefined;
  let at = start.prefix.length;
  let count = 0;
  if (body[at] !== CLOSE) {
    for (;;) {
      if (body[at++] !== QUOTE) return undefined;
      let units = 0;
      for (;;) {
        const byte = body[at++];
        if (byte === undefined || byte === BACKSLASH || byte < 0x20) return undefined;
        if (byte === QUOTE) break;
        // Valid UTF-8: a lead byte starts a code point; four bytes make a surrogate pair.
        if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
      }
      if (units > MAX_PATH_LENGTH || ++count > MAX_OUTPUTS) return undefined;
      if (body[at++] !== COLON || body[at++] !== QUOTE) return undefined;
      const id = at;
      while (isLowerHex(body[at])) at++;
      if ((at - id !== 40 && at - id !== 64) || body[at++] !== QUOTE) return undefined;
      if (body[at] === CLOSE) break;
      if (body[at++] !== COMMA) return undefined;
    }
  }
  const to = at + 1;
  // The blobs end where a field follows, at the manifest's comma at the latest.
  if (to > before || body[to] !== COMMA) return undefined;
  return { codec: start.codec, to };
}

const isLowerHex = (byte: number | undefined): boolean =>
  byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66));

/**
 * The part of a record body before its manifest (at `before`), parsed without the blobs that
 * blobsAsWritten found: the archive it read, and the fields between the blobs and the manifest.
 */
function withoutBlobs(
  body: Buffer,
  blobs: WrittenBlobs,
  before: number,
): { [field: string]: unknown } | undefined {
  const archive = { codec: blobs.codec };
  if (blobs.to === before) return { archive };
  // `,"createdAt":…,` read as `{"createdAt":…}`: both commas stand in for braces meanwhile.
  if (body[blobs.to] !== COMMA) return undefined;
  body[blobs.to] = OPEN;
  try {
    const between = parseObject(body, blobs.to, before, CLOSE);
    if (!between || Object.hasOwn(between, 'archive')) return undefined;
    Object.defineProperty(between, 'archive', {
      value: archive,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    return between;
  } finally {
    body[blobs.to] = COMMA;
  }
}

/**
 * The JSON object of `body` from `from` to `to`, where the comma at `comma` (`to` or `from`) is
 * read as `brace` for the while (nothing else sees the bytes meanwhile). Undefined when it is
 * not an object.
 */
function parseObject(
  body: Buffer,
  from: number,
  to: number,
  brace: number,
): { [field: string]: unknown } | undefined {
  const at = brace === CLOSE ? to : from;
  if (body[at] !== COMMA) return undefined;
  body[at] = brace;
  try {
    const text = utf8(body.subarray(from, brace === CLOSE ? to + 1 : to));
    body[at] = COMMA;
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return value as { [field: string]: unknown };
  } catch {
    return undefined;
  } finally {
    body[at] = COMMA;
  }
}

/** The record of any JSON layout, checked against the digest of its canonical form. */
function reserialized(text: string, hash: HashFn): Checked {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'record is not valid JSON' };
  }
  if (parsed === null || typeof parsed !== 'object') {
    return { ok: false, reason: 'record is not an object' };
  }
  const { digest, record, signature } = parsed as {
    digest?: unknown;
    record?: unknown;
    signature?: unknown;
  };
  if (!isDigest(digest) || record === null || typeof record !== 'object') {
    return { ok: false, reason: 'record has no digest' };
  }
  let canonical: string;
  try {
    canonical = canonicalJson(record as Json);
  } catch {
    return { ok: false, reason: 'record is malformed' };
  }
  if (hash(canonical) !== digest) {
    return { ok: false, reason: 'record digest mismatch' };
  }
  return { ok: true, digest, record, signature };
}

export type DecodeResult<R = EntryRecord> =
  | { readonly ok: true; readonly record: R }
  | { readonly ok: false; readonly reason: string };

/**
 * What a restore needs of a record: all of it but the manifest and the blobs (both checked, as
 * every field is, and the blobs left unparsed where the layout allows).
 */
export type RestoredRecord = Omit<EntryRecord, 'manifest' | 'blobs'>;

/** What blob hints need of a record: all of it but the outputs. */
export type HintRecord = Omit<EntryRecord, 'outputs'>;

/**
 * A stored record: its text, or that text's UTF-8 as a store read it (unchecked: bytes that are
 * not UTF-8 are decoded as a text read would decode them, and checked as that text).
 */
export type StoredRecord = string | Uint8Array;

/**
 * Parses and checks a stored record: its size, its digest, its key (when one is expected), its
 * signature (with a signer), every field against the record's schema and the manifest's, that
 * the manifest gives the record's key, and that every path it would write stays inside the
 * workspace. Anything off is a reason, never a throw.
 */
export function decodeRecord(
  stored: StoredRecord,
  expectedKey: Key | undefined,
  hash: HashFn,
  signer?: Signer,
): DecodeResult {
  return decode(stored, { expectedKey, hash, signer, manifest: 'read' }) as DecodeResult;
}

/**
 * decodeRecord for a restore: the same checks, without building the manifest. When the record
 * is laid out as encodeRecord writes it, the manifest is checked against the key by hashing
 * its bytes as they stand (one pass, no parse, and from bytes no text of it); otherwise it is
 * read and checked in full.
 */
export function decodeRecordToRestore(
  stored: StoredRecord,
  expectedKey: Key,
  hash: HashFn,
  signer?: Signer,
): DecodeResult<RestoredRecord> {
  const options = { expectedKey, hash, signer, manifest: 'check-against-key' as const };
  return decode(stored, options, 'manifest-and-blobs');
}

/**
 * decodeRecord for blob hints, which read the manifest and the blobs of a task's earlier
 * records: the same checks but of the outputs, which are not parsed when the record is laid
 * out as encodeRecord writes it (a record holds an item per output; nothing of them is used),
 * and are checked as decodeRecord checks them otherwise. `release` is called when the bytes of
 * `stored` are read no more, which may be before the manifest is parsed (then the caller may
 * free them meanwhile: a record is megabytes), or not at all.
 */
export function decodeRecordForHints(
  stored: StoredRecord,
  hash: HashFn,
  signer?: Signer,
  release?: () => void,
): DecodeResult<HintRecord> {
  const options = { expectedKey: undefined, hash, signer, manifest: 'read' as const, release };
  return decode(stored, options, 'manifest-and-outputs') as DecodeResult<HintRecord>;
}

/** What blob hints take from a record: its platform, and its inputs' blob ids and digests. */
export interface HintPairs {
  readonly platform: { readonly os: string; readonly arch: string };
  /** Blob id (hex) -> digest, in input order: an id that inputs share keeps the first digest. */
  readonly pairs: Map<string, Digest>;
}

/** How many records decodeHintPairs read as they stand, and how many it parsed (for tests). */
export const hintDecodes = { asWritten: 0, parsed: 0 };

/**
 * decodeRecordForHints, its inputs joined with its blobs. Laid out as encodeRecord writes it,
 * the pairs are read from the bytes as they stand: the manifest's inputs and the blobs are never
 * made text or objects, which at 30,000 inputs were the most a fresh clone's decision held
 * beside the record's bytes. Whatever that reading is not certain of goes to
 * decodeRecordForHints, which gives the same pairs and refuses what it refuses. `release` as
 * for decodeRecordForHints.
 */
export function decodeHintPairs(
  stored: StoredRecord,
  hash: HashFn,
  signer?: Signer,
  release?: () => void,
): DecodeResult<HintPairs> {
  if (stored instanceof Uint8Array) {
    const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
    const read =
      bytes.length <= MAX_RECORD_CHARS && isUtf8(bytes) && hintPairsAsWritten(bytes, hash, signer);
    if (read) {
      hintDecodes.asWritten++;
      release?.();
      return { ok: true, record: read };
    }
  }
  hintDecodes.parsed++;
  const decoded = decodeRecordForHints(stored, hash, signer, release);
  if (!decoded.ok) return decoded;
  const { manifest, blobs } = decoded.record;
  const pairs = new Map<string, Digest>();
  for (const input of blobs ? manifest.inputs : []) {
    if (!('digest' in input) || !Object.hasOwn(blobs!, input.path)) continue;
    const blob = blobs![input.path]!;
    if (!pairs.has(blob)) pairs.set(blob, input.digest);
  }
  return { ok: true, record: { platform: manifest.platform, pairs } };
}

const INPUTS_FIELD = ascii(',"inputs":[');
const INPUT_FILE = ascii('{"digest":"');
const INPUT_EXECUTABLE = ascii('","executable":');
const INPUT_PATH = ascii(',"path":"');
const INPUT_LINK = ascii('{"link":"');
const TRUE = ascii('true');
const FALSE = ascii('false');

/**
 * The hint pairs of a record laid out as written, with every check decode makes of it for
 * hints; undefined when anything is not as encodeRecord writes it (the caller then parses).
 * Inputs and blobs are joined by path as they stand, each list in strictly rising byte order
 * (what code-unit order gives for most paths; any other order is left to the parse).
 */
function hintPairsAsWritten(
  bytes: Buffer,
  hash: HashFn,
  signer: Signer | undefined,
): HintPairs | undefined {
  const written = writtenBody(bytes, hash);
  if (!written) return undefined;
  const { body, digest, signature } = written;
  const parts = parseWithout(body, 'manifest-outputs-and-blobs');
  const blobs = parts?.blobs;
  if (!parts || !blobs) return undefined;
  const entry = parts.record as Fields;
  if (notItsOwn(entry, undefined, digest, signature, signer) !== undefined) return undefined;
  const malformed = checkRecord(entry, { manifestRequired: false, outputs: false });
  if (malformed !== undefined) return undefined;
  // The manifest: its text gives the key, its inputs are scanned, and the rest is read as
  // readManifest reads it.
  const manifest = parts.manifest;
  if ((hash(manifest) as string) !== entry.key) return undefined;
  const inputsAt = manifest.indexOf(INPUTS_FIELD);
  if (inputsAt === -1) return undefined;
  const pairs = new Map<string, Digest>();
  const blobList = new BlobCursor(body, BLOBS_START[blobs.codec], blobs.to - 1);
  const listEnd = joinInputs(manifest, inputsAt + INPUTS_FIELD.length, blobList, pairs);
  if (listEnd === undefined) return undefined;
  // The blobs past the last input are in order too: a path twice would be a parse's last one.
  while (blobList.path) blobList.next();
  if (blobList.failed) return undefined;
  const head = parseObject(manifest, 0, inputsAt, CLOSE);
  const tail = head && parseObject(manifest, listEnd + 1, manifest.length, OPEN);
  if (!head || !tail || !joinFields(head, tail, ['inputs'])) return undefined;
  head.inputs = [];
  const read = readManifest(head);
  if (!read.ok || read.manifest.schema !== KEY_SCHEMA_VERSION) return undefined;
  return { platform: read.manifest.platform, pairs };
}

/** Where each codec's record begins its blobs' first path (see BLOBS_AFTER). */
const BLOBS_START = Object.fromEntries(BLOBS_AFTER.map((b) => [b.codec, b.prefix.length])) as {
  [codec in Codec]: number;
};

/**
 * The entries of blobs that blobsAsWritten found (`"path":"id"`, no escapes), in order, each
 * path above the one before in byte order or the cursor fails.
 */
class BlobCursor {
  /** The current entry: its path's and its id's bytes; undefined past the last one. */
  path: [number, number] | undefined;
  id: [number, number] = [0, 0];
  failed = false;

  constructor(
    readonly body: Buffer,
    private at: number,
    /** The blobs' closing brace. */
    private readonly close: number,
  ) {
    this.next();
  }

  next(): void {
    if (this.at >= this.close) {
      this.path = undefined;
      return;
    }
    const pathStart = this.at + 1;
    const pathEnd = this.body.indexOf(QUOTE, pathStart);
    const idStart = pathEnd + 3;
    const idEnd = this.body.indexOf(QUOTE, idStart);
    const previous = this.path;
    if (
      previous &&
      this.body.compare(this.body, pathStart, pathEnd, previous[0], previous[1]) >= 0
    ) {
      this.failed = true;
    }
    this.path = [pathStart, pathEnd];
    this.id = [idStart, idEnd];
    // Past the id's closing quote and the comma (or onto the closing brace).
    this.at = idEnd + 2;
  }
}

/** Whether `bytes` holds `text` at `at`. */
const startsWith = (bytes: Buffer, at: number, text: Buffer): boolean =>
  bytes.compare(text, 0, text.length, at, at + text.length) === 0;

/**
 * The index of the closing quote of the string whose characters start at `at`, when none of
 * them is escaped or a control character; -1 otherwise.
 */
function plainString(bytes: Buffer, at: number): number {
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === QUOTE) return i;
    if (byte === BACKSLASH || byte < 0x20) return -1;
  }
  return -1;
}

/** The order of the cursor's path against bytes `from`..`to` of `bytes`: below 0 when before. */
const compareRange = (blobs: BlobCursor, bytes: Buffer, from: number, to: number): number =>
  blobs.body.compare(bytes, from, to, blobs.path![0], blobs.path![1]);

/**
 * Scans the manifest's inputs from `at` (just after their `[`), written as inputJson writes
 * them with paths free of escapes, each above the one before in byte order, and adds to `pairs`
 * the id of each file input's path in `blobs` with its digest. The index of the list's `]`, or
 * undefined when anything is written otherwise.
 */
function joinInputs(
  m: Buffer,
  at: number,
  blobs: BlobCursor,
  pairs: Map<string, Digest>,
): number | undefined {
  let previous: [number, number] | undefined;
  if (m[at] === CLOSE_LIST) return at;
  for (;;) {
    let digestAt = -1;
    if (startsWith(m, at, INPUT_FILE)) {
      digestAt = at + INPUT_FILE.length;
      at = digestAt;
      while (isLowerHex(m[at])) at++;
      if (at - digestAt !== 64 || !startsWith(m, at, INPUT_EXECUTABLE)) return undefined;
      at += INPUT_EXECUTABLE.length;
      if (startsWith(m, at, TRUE)) at += TRUE.length;
      else if (startsWith(m, at, FALSE)) at += FALSE.length;
      else return undefined;
    } else if (startsWith(m, at, INPUT_LINK)) {
      at = plainString(m, at + INPUT_LINK.length);
      if (at === -1) return undefined;
      at += 1;
    } else return undefined;
    if (!startsWith(m, at, INPUT_PATH)) return undefined;
    const pathStart = at + INPUT_PATH.length;
    const pathEnd = plainString(m, pathStart);
    if (pathEnd === -1 || m[pathEnd + 1] !== CLOSE) return undefined;
    if (previous && m.compare(m, pathStart, pathEnd, previous[0], previous[1]) >= 0) {
      return undefined;
    }
    previous = [pathStart, pathEnd];
    if (digestAt !== -1) {
      // The blob entries below this path have no input: passed over.
      let order = 1;
      for (; blobs.path; blobs.next()) {
        order = compareRange(blobs, m, pathStart, pathEnd);
        if (order >= 0) break;
      }
      if (blobs.failed) return undefined;
      if (order === 0) {
        const blob = blobs.body.toString('latin1', blobs.id[0], blobs.id[1]);
        if (!pairs.has(blob))
          pairs.set(blob, m.toString('latin1', digestAt, digestAt + 64) as Digest);
      }
    }
    at = pathEnd + 2;
    if (m[at] === CLOSE_LIST) return at;
    if (m[at] !== COMMA) return undefined;
    at += 1;
  }
}

interface DecodeOptions {
  readonly expectedKey: Key | undefined;
  readonly hash: HashFn;
  readonly signer: Signer | undefined;
  /**
   * 'read': parse and validate the manifest and return it; 'check-against-key': only check
   * that its text gives the key, where the layout allows that (a restore needs no manifest).
   */
  readonly manifest: 'read' | 'check-against-key';
  /** Called when the stored bytes are read no more, before the manifest is parsed. */
  readonly release?: () => void;
}

/** The bytes of a stored record checked as written, or its text for the general check. */
function checkStored(stored: StoredRecord, hash: HashFn, leave: Leave): Checked {
  let text: string | undefined;
  let bytes: Buffer;
  if (typeof stored === 'string') {
    if (stored.length > MAX_RECORD_CHARS) return tooLarge();
    text = stored;
    // Encoded once: the digest, the manifest's hash and the parse all work from these.
    bytes = Buffer.from(stored, 'utf8');
  } else {
    bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
    // Not UTF-8, or maybe too long in characters: as the text a read would have given.
    if (bytes.length > MAX_RECORD_CHARS || !isUtf8(bytes)) {
      text = bytes.toString('utf8');
      if (text.length > MAX_RECORD_CHARS) return tooLarge();
      bytes = Buffer.from(text, 'utf8');
    }
  }
  return asWritten(bytes, hash, leave) ?? reserialized(text ?? utf8(bytes), hash);
}

const tooLarge = (): Checked => ({
  ok: false,
  reason: `record is larger than ${MAX_RECORD_CHARS / 1024 / 1024} MiB`,
});

function decode(
  stored: StoredRecord,
  options: DecodeOptions,
  leave: Leave = 'manifest',
): DecodeResult<RestoredRecord> {
  const { expectedKey, hash, signer } = options;
  if (typeof stored !== 'string' && !(stored instanceof Uint8Array)) {
    return { ok: false, reason: 'record is not text' };
  }
  const checked = checkStored(stored, hash, leave);
  if (!checked.ok) return checked;
  const { digest, record, signature, manifest: written } = checked;
  if (Array.isArray(record)) return { ok: false, reason: 'record is not an object' };
  const entry = record as Fields;
  const foreign = notItsOwn(entry, expectedKey, digest, signature, signer);
  if (foreign !== undefined) return { ok: false, reason: foreign };
  // Outputs left unparsed for hints are neither checked nor returned.
  const outputsLeft = written !== undefined && leave === 'manifest-and-outputs';
  const malformed = checkRecord(entry, {
    manifestRequired: written === undefined,
    outputs: !outputsLeft,
  });
  if (malformed !== undefined) return { ok: false, reason: malformed };
  if (!outputsLeft) {
    const unsafe = checkOutputPaths(entry.outputs as readonly OutputItem[]);
    if (unsafe !== undefined) return { ok: false, reason: unsafe };
  }
  if (written !== undefined) {
    // As encodeRecord writes it, the manifest's text is serializeManifest()'s: its hash is the
    // key. One pass over bytes as they were read, where re-serializing 50,000 inputs to hash
    // them would cost many times the rest of the decoding. With an expected key (computed here
    // from the workspace) only the genuine text has that hash; without one, a crafted record
    // may hold a manifest in another layout of its own key, which is still checked field by
    // field.
    if (options.manifest === 'check-against-key') {
      if ((hash(written) as string) !== entry.key) {
        return { ok: false, reason: MANIFEST_NOT_KEY };
      }
      if (!Object.hasOwn(entry, 'blobs')) return { ok: true, record: entry as RestoredRecord };
      const { blobs: _, ...restored } = entry;
      return { ok: true, record: restored as unknown as RestoredRecord };
    }
    // The manifest's text and hash taken, the bytes are read no more: they may go before the
    // manifest (an object per input) is made.
    const text = utf8(written);
    const writtenKey = hash(written);
    options.release?.();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'record manifest is not valid JSON' };
    }
    const manifest = readManifest(value);
    if (!manifest.ok) return { ok: false, reason: `record ${manifest.reason}` };
    // Schema 1's key text is not the text its records hold ("x" for the executable bit).
    const key =
      manifest.manifest.schema === KEY_SCHEMA_VERSION
        ? writtenKey
        : computeKey(manifest.manifest, hash);
    if ((key as string) !== entry.key) return { ok: false, reason: MANIFEST_NOT_KEY };
    return {
      ok: true,
      record: { ...entry, manifest: manifest.manifest } as unknown as EntryRecord,
    };
  }
  // Any other layout: the manifest is read and its key computed.
  const manifest = readManifest(entry.manifest);
  if (!manifest.ok) return { ok: false, reason: `record ${manifest.reason}` };
  if (computeKey(manifest.manifest, hash) !== entry.key) {
    return { ok: false, reason: MANIFEST_NOT_KEY };
  }
  if (options.manifest === 'check-against-key') {
    const { manifest: _, blobs: __, ...restored } = entry;
    return { ok: true, record: restored as unknown as RestoredRecord };
  }
  return { ok: true, record: { ...entry, manifest: manifest.manifest } as unknown as EntryRecord };
}

const MANIFEST_NOT_KEY = "record's manifest does not give its key";

/**
 * Why a record is not one this decoder takes as its own: its format, its key (against the one
 * expected, if any), its signature (with a signer); undefined when it is.
 */
function notItsOwn(
  entry: Fields,
  expectedKey: Key | undefined,
  digest: Digest,
  signature: unknown,
  signer: Signer | undefined,
): string | undefined {
  if (entry.format !== ENTRY_FORMAT) return `unsupported entry format ${String(entry.format)}`;
  if (!isKey(entry.key) || (expectedKey !== undefined && entry.key !== expectedKey)) {
    return 'record belongs to another key';
  }
  if (!signer) return undefined;
  if (typeof signature !== 'string') return 'entry is not signed';
  if (!signer.verify(entry.key, digest, signature)) {
    return 'entry signature does not match the signing key';
  }
  return undefined;
}

const RECORD_KEYS = [
  'format',
  'key',
  'task',
  'manifest',
  'createdAt',
  'durationMs',
  'exitCode',
  'outputs',
  'log',
  'archive',
  'producer',
  'runnerFiles',
  'blobs',
];
const FILE_KEYS = ['kind', 'path', 'executable', 'size', 'digest'];
const LINK_KEYS = ['kind', 'path', 'target', 'external'];
const RUNNER_FILES_KEYS = ['output', 'env', 'path', 'summary'];

const isSize = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SIZE;

/**
 * The record's schema, but the manifest (read by readManifest): the reason for the first field
 * that is missing, of the wrong type or out of bounds, or that the record may not have.
 */
function checkRecord(
  entry: Fields,
  options: { readonly manifestRequired: boolean; readonly outputs: boolean },
): string | undefined {
  const extra = unknownKey(entry, RECORD_KEYS);
  if (extra !== undefined) return `record has an unknown field ${JSON.stringify(extra)}`;
  if (options.manifestRequired && !('manifest' in entry)) return 'record has no manifest';
  if (typeof entry.task !== 'string') return 'record field task is not a string';
  if (typeof entry.createdAt !== 'string') return 'record field createdAt is not a string';
  if (!isSize(entry.durationMs)) return 'record field durationMs is not a duration';
  if (!Number.isSafeInteger(entry.exitCode)) return 'record field exitCode is not an integer';
  const unfit = options.outputs ? checkOutputs(entry.outputs) : undefined;
  return unfit ?? checkRest(entry);
}

/** The record's outputs: the reason for the first item that is off. */
function checkOutputs(outputs: unknown): string | undefined {
  if (!Array.isArray(outputs)) return 'record field outputs is not a list';
  if (outputs.length > MAX_OUTPUTS) {
    return `record has ${outputs.length} outputs, more than ${MAX_OUTPUTS}`;
  }
  let total = 0;
  for (let i = 0; i < outputs.length; i++) {
    const item: unknown = outputs[i];
    const field = `record field outputs[${i}]`;
    if (!isObject(item) || typeof item.path !== 'string') return `${field} has no path`;
    if (item.path.length > MAX_PATH_LENGTH) {
      return `${field} has a path longer than ${MAX_PATH_LENGTH} characters`;
    }
    if (item.kind === 'link') {
      if (
        unknownKey(item, LINK_KEYS) !== undefined ||
        typeof item.target !== 'string' ||
        (item.external !== undefined && item.external !== true)
      ) {
        return `${field} is not {kind, path, target}`;
      }
      if (item.target.length > MAX_PATH_LENGTH) {
        return `${field} has a target longer than ${MAX_PATH_LENGTH} characters`;
      }
    } else if (
      item.kind !== 'file' ||
      unknownKey(item, FILE_KEYS) !== undefined ||
      typeof item.executable !== 'boolean' ||
      !isDigest(item.digest)
    ) {
      return `${field} is not {kind, path, executable, size, digest}`;
    } else {
      if (!isSize(item.size)) return `${field}.size is not a size up to ${MAX_SIZE} bytes`;
      total += item.size;
      if (total > MAX_SIZE) return `record's outputs add up to more than ${MAX_SIZE} bytes`;
    }
  }
  return undefined;
}

/** The record's other fields (checkRecord's part but the outputs). */
function checkRest(entry: Fields): string | undefined {
  const { log, archive, producer, runnerFiles } = entry;
  if (
    !isObject(log) ||
    unknownKey(log, ['size', 'digest']) !== undefined ||
    !isDigest(log.digest)
  ) {
    return 'record field log is not {size, digest}';
  }
  if (!isSize(log.size)) return `record field log.size is not a size up to ${MAX_SIZE} bytes`;
  if (
    !isObject(archive) ||
    unknownKey(archive, ['codec']) !== undefined ||
    !(CODECS as readonly unknown[]).includes(archive.codec)
  ) {
    return `record field archive is not {codec} with a codec of ${CODECS.join(', ')}`;
  }
  if (!isObject(producer) || Object.values(producer).some((v) => typeof v !== 'string')) {
    return 'record field producer is not an object of strings';
  }
  if (
    runnerFiles !== undefined &&
    (!isObject(runnerFiles) ||
      unknownKey(runnerFiles, RUNNER_FILES_KEYS) !== undefined ||
      !RUNNER_FILES_KEYS.every((k) => typeof runnerFiles[k] === 'string'))
  ) {
    return 'record field runnerFiles is not {output, env, path, summary}';
  }
  return entry.blobs === undefined ? undefined : checkBlobs(entry.blobs);
}

/** A git blob id as git writes it: 40 (SHA-1) or 64 (SHA-256) lowercase hex digits. */
const BLOB_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The optional blobs field: {path: blob id}, at most MAX_OUTPUTS paths of bounded length. */
function checkBlobs(blobs: unknown): string | undefined {
  if (!isObject(blobs)) return 'record field blobs is not an object of path: blob id';
  let count = 0;
  for (const path in blobs) {
    if (++count > MAX_OUTPUTS) return `record field blobs has more than ${MAX_OUTPUTS} paths`;
    if (path.length > MAX_PATH_LENGTH) {
      return `record field blobs has a path longer than ${MAX_PATH_LENGTH} characters`;
    }
    const id = blobs[path];
    if (typeof id !== 'string' || !BLOB_ID.test(id)) {
      return `record field blobs[${JSON.stringify(path.slice(0, 200))}] is not a git blob id (40 or 64 lowercase hex digits)`;
    }
  }
  return undefined;
}

/**
 * Every path a restore would write is a safe workspace-relative path, named once, with no
 * output below another, and every link stays inside the workspace but those marked external.
 */
function checkOutputPaths(outputs: readonly OutputItem[]): string | undefined {
  const seen = new Set<string>();
  for (const item of outputs) {
    if (!isSafeRelativePath(item.path) || seen.has(item.path)) {
      return `unsafe output path ${JSON.stringify(item.path)}`;
    }
    seen.add(item.path);
  }
  for (const item of outputs) {
    // No output lies below another (a save never lists into a link): a restore could
    // otherwise be led through a link it placed itself.
    for (let slash = item.path.lastIndexOf('/'); slash > 0; ) {
      if (seen.has(item.path.slice(0, slash))) {
        return `output ${JSON.stringify(item.path)} lies below another output`;
      }
      slash = item.path.lastIndexOf('/', slash - 1);
    }
    if (item.kind !== 'link') continue;
    if (item.external === true) {
      // Whether the task allows it is the restore's to decide; an empty or NUL target never.
      if (item.target === '' || item.target.includes('\0')) {
        return `symlink ${item.path} has no usable target`;
      }
    } else if (!linkStaysInside(item.path, item.target)) {
      return `symlink ${item.path} points outside the workspace`;
    }
  }
  return undefined;
}
