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
  readonly blobs?: { readonly [path: string]: string };
}

/** Code units of record text gathered into one piece before the pieces are joined. */
const RECORD_PIECE = 64 * 1024;

/**
 * canonicalJson(record), byte for byte, written piece by piece: a record holds an item per
 * input and per output (tens of thousands), and the generic form builds each list's text, then
 * the manifest's, then the record's, as whole strings in turn (several copies of what is the
 * largest text a save holds) from an array and a sort per item. Items shaped as the record's
 * types declare are written directly, keys in code-unit order as canonicalJson sorts them;
 * anything else (a crafted record, an old schema's manifest) goes through canonicalJson.
 * Returned in pieces of some 64 K code units: the stored form wraps the text, and joining the
 * wrapper and the pieces once makes the one copy a store writes.
 */
export function canonicalRecordPieces(record: RecordLists): string[] {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return [canonicalJson(record as unknown as Json)];
  }
  const pieces: string[] = [];
  let text = '';
  const write = (piece: string) => {
    text += piece;
    if (text.length >= RECORD_PIECE) {
      pieces.push(text);
      text = '';
    }
  };
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
  pieces.push(text);
  return pieces;
}

/**
 * The UTF-8 of the pieces' text, as TextEncoder writes it (a lone surrogate takes three
 * bytes), in one array: what the record's digest is taken of, without joining the text first.
 */
export function utf8OfPieces(pieces: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  let chars = 0;
  for (const piece of pieces) chars += piece.length;
  // Mostly ASCII: room for a little more, grown when a piece does not fit.
  let bytes = new Uint8Array(chars + (chars >> 4) + 16);
  let length = 0;
  for (const piece of pieces) {
    for (let done = 0; ; ) {
      const { read, written } = encoder.encodeInto(piece.slice(done), bytes.subarray(length));
      length += written;
      done += read;
      if (done >= piece.length) break;
      const grown = new Uint8Array(bytes.length * 2 + 3 * (piece.length - done));
      grown.set(bytes.subarray(0, length));
      bytes = grown;
    }
  }
  return bytes.subarray(0, length);
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

/** The blobs field's canonical JSON: {path: blob id}, paths in code-unit order. */
function writeBlobs(blobs: { readonly [path: string]: string }, write: (piece: string) => void) {
  const paths = Object.keys(blobs).sort(compareCodeUnits);
  if (!paths.every((p) => isText(blobs[p]))) {
    write(canonicalJson(blobs as Json));
    return;
  }
  write('{');
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i]!;
    write(`${i === 0 ? '' : ','}${jsonString(p)}:${jsonString(blobs[p]!)}`);
  }
  write('}');
}
