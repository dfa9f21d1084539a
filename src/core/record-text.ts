// A record's canonical text (canonicalJson of the record, byte for byte), written piece by
// piece: the stored form of an entry is this text, and its digest is the record's. Apart from
// entry.ts since it is a job of its own: writing the text of a record of tens of thousands of
// items without the generic form's copies. Its tests compare it with canonicalJson.

import { canonicalJson, compareCodeUnits, type Json } from './canonical.js';
import { isDigest } from './digest.js';
import type { Fields } from './fields.js';
import { jsonString, KEY_SCHEMA_VERSION, type Manifest, writeManifest } from './manifest.js';

/** An output item as the record declares it (entry.ts's OutputItem), as far as written here. */
type OutputItem =
  | {
      readonly kind: 'file';
      readonly path: string;
      readonly executable: boolean;
      readonly size: number;
      readonly digest: string;
    }
  | {
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
  readonly blobs?: { readonly [path: string]: string } | ReadonlyMap<string, string>;
}

/** Code units of text gathered before they are encoded: a few hundred items' worth. */
const TEXT_CHUNK = 16 * 1024;

/** Bytes kept free before the text, for the stored form's header to be written into. */
const HEADER_ROOM = 512;

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
export function storedRecordBytes(
  record: RecordLists,
  header: (text: Uint8Array) => string,
): Uint8Array {
  const out = new Utf8Writer(HEADER_ROOM, expectedLength(record));
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    out.write(canonicalJson(record as unknown as Json));
  } else writeRecord(record, (piece) => out.write(piece));
  const head = new TextEncoder().encode(header(out.finish()));
  out.write('}\n');
  const text = out.finish();
  if (head.length <= HEADER_ROOM) return out.withBefore(head);
  const joined = new Uint8Array(head.length + text.length);
  joined.set(head);
  joined.set(text, head.length);
  return joined;
}

/** Bytes of an item's text beside its path: `{"digest":"<64 hex>","executable":false,…}`. */
const ITEM_BYTES = 128;

/**
 * About the length of a record's text in bytes (exact for ASCII paths of typical items, short
 * of it for others), so that its array is allocated once: grown by doubling, the array of a
 * record of tens of thousands of items was allocated a dozen times, up to twice the text's
 * length, and the copies left behind (about as much again) were garbage outside the JS heap,
 * held until the next full collection, at the very moment the record is written.
 */
function expectedLength(record: RecordLists): number {
  if (record === null || typeof record !== 'object') return 0;
  let length = 64 * 1024;
  const add = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      const p = (item as { path?: unknown } | null)?.path;
      length += ITEM_BYTES + (typeof p === 'string' ? p.length : 0);
    }
  };
  add(record.manifest?.inputs);
  add(record.outputs);
  const blobs = record.blobs;
  if (blobs instanceof Map) {
    for (const p of blobs.keys()) length += p.length + 48;
  } else if (blobs !== null && typeof blobs === 'object') {
    for (const p in blobs) length += p.length + 48;
  }
  return length;
}

/** Bytes of each piece writeRecordText hands on: a few hundred items' worth. */
const PIECE_BYTES = 64 * 1024;

/**
 * canonicalJson(record) as UTF-8 (the text storedRecordBytes holds between its header and its
 * closing brace, byte for byte), handed to `write` in pieces of up to PIECE_BYTES as it is
 * made, so that no array or string of the whole text is ever held: each piece is a view of one
 * array that is written again once `write` returns, to be hashed or written out meanwhile.
 */
export function writeRecordText(record: RecordLists, write: (piece: Uint8Array) => void): void {
  const out = new Utf8Writer(0, PIECE_BYTES, write);
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    out.write(canonicalJson(record as unknown as Json));
  } else writeRecord(record, (piece) => out.write(piece));
  out.finish();
}

/**
 * Text written as UTF-8 into one array, after `room` bytes left free: an array that grows, or
 * with `emit`, one of a fixed size whose bytes are handed to `emit` whenever it is full (and
 * by finish()), then written over.
 */
class Utf8Writer {
  private readonly encoder = new TextEncoder();
  private bytes: Uint8Array;
  private length: number;
  private text = '';

  constructor(
    private readonly room: number,
    expected = 0,
    private readonly emit?: (piece: Uint8Array) => void,
  ) {
    this.bytes = new Uint8Array(room + Math.max(expected, emit ? 16 : 64 * 1024));
    this.length = room;
  }

  write(piece: string): void {
    this.text += piece;
    if (this.text.length >= TEXT_CHUNK) this.flush();
  }

  /** The text written so far, as UTF-8 (with `emit`: what is left of it, handed on). */
  finish(): Uint8Array {
    this.flush();
    if (this.emit) this.handOn();
    return this.bytes.subarray(this.room, this.length);
  }

  /** The text with `head` (at most the room) just before it. */
  withBefore(head: Uint8Array): Uint8Array {
    const start = this.room - head.length;
    this.bytes.set(head, start);
    return this.bytes.subarray(start, this.length);
  }

  private flush(): void {
    const text = this.text;
    this.text = '';
    for (let done = 0; done < text.length; ) {
      const { read, written } = this.encoder.encodeInto(
        done === 0 ? text : text.slice(done),
        this.bytes.subarray(this.length),
      );
      this.length += written;
      done += read;
      // Out of room: a UTF-16 code unit takes at most three bytes.
      if (done < text.length) {
        if (this.emit) this.handOn();
        else this.grow(3 * (text.length - done));
      }
    }
  }

  /** Hands the bytes written so far to `emit`, and starts the array over. */
  private handOn(): void {
    if (this.length === this.room) return;
    this.emit!(this.bytes.subarray(this.room, this.length));
    this.length = this.room;
  }

  private grow(need: number): void {
    // Past the expected length by a little (non-ASCII paths): a quarter more, not double.
    const grown = new Uint8Array(
      Math.max(Math.ceil(this.bytes.length * 1.25), this.length + need + 64 * 1024),
    );
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** canonicalJson of a record object, in pieces. */
function writeRecord(record: RecordLists, write: (piece: string) => void): void {
  const { manifest, outputs, blobs } = record;
  // The record's own keys as canonicalJson writes them; the long lists by their writers.
  const fields = record as unknown as { readonly [key: string]: Json | undefined };
  let first = true;
  write('{');
  for (const name of Object.keys(fields).sort(compareCodeUnits)) {
    const value = fields[name];
    if (value === undefined) continue;
    write(`${first ? '' : ','}${JSON.stringify(name)}:`);
    first = false;
    if (name === 'manifest' && isPlainManifest(manifest)) writeManifest(manifest, write);
    else if (name === 'outputs' && Array.isArray(outputs)) writeOutputs(outputs, write);
    else if (name === 'blobs' && blobs instanceof Map) writeBlobs(blobs, write);
    else if (
      name === 'blobs' &&
      blobs !== null &&
      typeof blobs === 'object' &&
      !Array.isArray(blobs)
    ) {
      writeBlobs(blobs, write);
    } else write(canonicalJson(value));
  }
  write('}');
}

/** Whether `value` has exactly `count` enumerable keys (the ones checked beside it). */
function keyCount(value: object, count: number): boolean {
  let n = 0;
  for (const _ in value) n++;
  return n === count;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** A manifest of this schema whose canonical JSON is writeManifest's text. */
function isPlainManifest(m: Manifest | undefined): m is Manifest {
  if (
    m === undefined ||
    m === null ||
    typeof m !== 'object' ||
    m.schema !== KEY_SCHEMA_VERSION ||
    !keyCount(m, 11) ||
    ![m.task, m.command, m.shell, m.cwd, m.salt].every(isText) ||
    m.platform === null ||
    typeof m.platform !== 'object' ||
    !keyCount(m.platform, 2) ||
    !isText(m.platform.os) ||
    !isText(m.platform.arch) ||
    !Array.isArray(m.env) ||
    !Array.isArray(m.inputs) ||
    !Array.isArray(m.keyCommands) ||
    !Array.isArray(m.outputs) ||
    !m.outputs.every(isText)
  ) {
    return false;
  }
  const pair = (item: unknown, a: string, b: string) =>
    item !== null &&
    typeof item === 'object' &&
    keyCount(item, 2) &&
    isText((item as Fields)[a]) &&
    isText((item as Fields)[b]);
  if (!m.env.every((e) => pair(e, 'name', 'digest'))) return false;
  if (!m.keyCommands.every((k) => pair(k, 'command', 'digest'))) return false;
  for (const input of m.inputs as unknown[]) {
    if (input === null || typeof input !== 'object') return false;
    const item = input as Fields;
    if ('link' in item) {
      if (!pair(item, 'link', 'path')) return false;
    } else if (
      !keyCount(item, 3) ||
      !isDigest(item.digest) ||
      typeof item.executable !== 'boolean' ||
      !isText(item.path)
    ) {
      return false;
    }
  }
  return true;
}

/** The outputs list's canonical JSON. */
function writeOutputs(outputs: readonly OutputItem[], write: (piece: string) => void): void {
  write('[');
  for (let i = 0; i < outputs.length; i++) {
    const item = outputs[i]!;
    write(i === 0 ? outputJson(item) : `,${outputJson(item)}`);
  }
  write(']');
}

function outputJson(item: OutputItem): string {
  if (item !== null && typeof item === 'object') {
    if (
      item.kind === 'file' &&
      keyCount(item, 5) &&
      isDigest(item.digest) &&
      typeof item.executable === 'boolean' &&
      isText(item.path) &&
      Number.isFinite(item.size)
    ) {
      return `{"digest":"${item.digest}","executable":${item.executable},"kind":"file","path":${jsonString(item.path)},"size":${JSON.stringify(item.size)}}`;
    }
    if (item.kind === 'link' && isText(item.path) && isText(item.target)) {
      if (item.external === true && keyCount(item, 4)) {
        return `{"external":true,"kind":"link","path":${jsonString(item.path)},"target":${jsonString(item.target)}}`;
      }
      if (!('external' in item) && keyCount(item, 3)) {
        return `{"kind":"link","path":${jsonString(item.path)},"target":${jsonString(item.target)}}`;
      }
    }
  }
  // An item canonicalJson writes as nothing (undefined) is nothing in a list too.
  return (canonicalJson(item as unknown as Json) as string | undefined) ?? '';
}

/**
 * The blobs field's canonical JSON: {path: blob id}, paths in code-unit order; from a Map, that
 * of the object Object.fromEntries would make of it.
 */
function writeBlobs(
  given: { readonly [path: string]: string } | ReadonlyMap<string, string>,
  write: (piece: string) => void,
) {
  const map = given instanceof Map ? (given as ReadonlyMap<string, string>) : undefined;
  const object = given as { readonly [path: string]: string };
  const paths = (map ? [...map.keys()] : Object.keys(object)).sort(compareCodeUnits);
  const idOf = map ? (p: string) => map.get(p) : (p: string) => object[p];
  if (!paths.every((p) => isText(idOf(p)))) {
    write(canonicalJson((map ? Object.fromEntries(map) : object) as Json));
    return;
  }
  write('{');
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i]!;
    write(`${i === 0 ? '' : ','}${jsonString(p)}:${jsonString(idOf(p)!)}`);
  }
  write('}');
}
