// An entry: what a hit gives back. The record (JSON, self-digested so a flipped byte is
// caught) describes the outputs with a digest each, the log, exit status, duration and the
// manifest; the archive holds the bytes: every output file's content in record order, then
// the log, compressed as a whole.

import { canonicalJson, type Json } from './canonical.js';
import type { Digest, HashFn, Key } from './digest.js';
import { isDigest, isKey } from './digest.js';
import type { Manifest } from './manifest.js';
import { isSafeRelativePath, linkStaysInside } from './paths.js';

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
}

/**
 * The stored form: `{"digest": BLAKE3(canonical record), "signature"?: ..., "record": {...}}`.
 */
export function encodeRecord(record: EntryRecord, hash: HashFn, signer?: Signer): string {
  const body = canonicalJson(record as unknown as Json);
  const digest = hash(body);
  const signature = signer ? `,"signature":${JSON.stringify(signer.sign(record.key, digest))}` : '';
  return `{"digest":"${digest}"${signature},"record":${body}}\n`;
}

type Checked =
  | { readonly ok: true; digest: Digest; record: object; signature: unknown }
  | { readonly ok: false; readonly reason: string };

const RECORD_FIELD = ',"record":';

/**
 * The record of a text laid out as encodeRecord writes it, checked by hashing its body as it
 * stands (no second serialization of a record that can hold tens of thousands of inputs).
 * Undefined when the text is laid out otherwise or the body does not match the digest; the
 * general check then decides.
 */
function asWritten(text: string, hash: HashFn, withManifest: boolean): Checked | undefined {
  const start = text.indexOf(RECORD_FIELD);
  const end = text.lastIndexOf('}');
  if (start === -1 || end <= start || text.slice(end + 1).trim() !== '') return undefined;
  let header: { digest?: unknown; signature?: unknown };
  try {
    header = JSON.parse(`${text.slice(0, start)}}`);
  } catch {
    return undefined;
  }
  const body = text.slice(start + RECORD_FIELD.length, end);
  if (!isDigest(header.digest) || hash(body) !== header.digest) return undefined;
  // The body is byte for byte what was hashed when the entry was written (which a crafted
  // text can still make invalid JSON: then the general check gives the reason).
  let record: unknown;
  try {
    record = (!withManifest && parseWithoutManifest(body)) || JSON.parse(body);
  } catch {
    return undefined;
  }
  if (record === null || typeof record !== 'object') return undefined;
  return { ok: true, digest: header.digest, record, signature: header.signature };
}

const MANIFEST_FIELD = ',"manifest":{';
const AFTER_MANIFEST = '},"outputs":[';

/**
 * A record body as encodeRecord writes it, parsed without its manifest (which a restore does
 * not need, and which holds an entry per input). Keys are sorted, so "outputs" follows
 * "manifest", and no key inside a manifest is called "outputs"; a raw `"` never occurs inside
 * a JSON string. Undefined when the body is not laid out so or does not parse.
 */
function parseWithoutManifest(body: string): object | undefined {
  const start = body.indexOf(MANIFEST_FIELD);
  const end = start === -1 ? -1 : body.indexOf(AFTER_MANIFEST, start);
  if (end === -1) return undefined;
  try {
    const record: unknown = JSON.parse(
      `${body.slice(0, start)},"manifest":null${body.slice(end + 1)}`,
    );
    if (record === null || typeof record !== 'object') return undefined;
    delete (record as { manifest?: unknown }).manifest;
    return record;
  } catch {
    return undefined;
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
  if (hash(canonicalJson(record as Json)) !== digest) {
    return { ok: false, reason: 'record digest mismatch' };
  }
  return { ok: true, digest, record, signature };
}

export type DecodeResult<R = EntryRecord> =
  | { readonly ok: true; readonly record: R }
  | { readonly ok: false; readonly reason: string };

/** What a restore needs of a record: all of it but the manifest. */
export type RestoredRecord = Omit<EntryRecord, 'manifest'>;

/**
 * Parses and checks a stored record: its digest, its key (when one is expected), and that
 * every path it would write stays inside the workspace. Anything off is a reason, never a
 * throw.
 */
export function decodeRecord(
  text: string,
  expectedKey: Key | undefined,
  hash: HashFn,
  signer?: Signer,
): DecodeResult {
  return decode(text, expectedKey, hash, signer, true) as DecodeResult;
}

/** decodeRecord for a restore: the same checks, without building the manifest. */
export function decodeRecordToRestore(
  text: string,
  expectedKey: Key,
  hash: HashFn,
  signer?: Signer,
): DecodeResult<RestoredRecord> {
  return decode(text, expectedKey, hash, signer, false);
}

function decode(
  text: string,
  expectedKey: Key | undefined,
  hash: HashFn,
  signer: Signer | undefined,
  withManifest: boolean,
): DecodeResult<RestoredRecord> {
  const checked = asWritten(text, hash, withManifest) ?? reserialized(text, hash);
  if (!checked.ok) return checked;
  const { digest, record, signature } = checked;
  const entry = record as RestoredRecord;
  if (entry.format !== ENTRY_FORMAT) {
    return { ok: false, reason: `unsupported entry format ${String(entry.format)}` };
  }
  if (!isKey(entry.key) || (expectedKey !== undefined && entry.key !== expectedKey)) {
    return { ok: false, reason: 'record belongs to another key' };
  }
  if (signer) {
    if (typeof signature !== 'string') return { ok: false, reason: 'entry is not signed' };
    if (!signer.verify(entry.key, digest, signature)) {
      return { ok: false, reason: 'entry signature does not match the signing key' };
    }
  }
  if (!Array.isArray(entry.outputs) || !CODECS.includes(entry.archive?.codec)) {
    return { ok: false, reason: 'record is malformed' };
  }
  const seen = new Set<string>();
  for (const item of entry.outputs) {
    if (!isSafeRelativePath(item.path) || seen.has(item.path)) {
      return { ok: false, reason: `unsafe output path ${JSON.stringify(item.path)}` };
    }
    seen.add(item.path);
  }
  for (const item of entry.outputs) {
    // No output lies below another (a save never lists into a link): a restore could
    // otherwise be led through a link it placed itself.
    for (let slash = item.path.lastIndexOf('/'); slash > 0; ) {
      if (seen.has(item.path.slice(0, slash))) {
        return {
          ok: false,
          reason: `output ${JSON.stringify(item.path)} lies below another output`,
        };
      }
      slash = item.path.lastIndexOf('/', slash - 1);
    }
    if (item.kind === 'link') {
      if (typeof item.target !== 'string' || !linkStaysInside(item.path, item.target)) {
        return { ok: false, reason: `symlink ${item.path} points outside the workspace` };
      }
    } else if (
      item.kind !== 'file' ||
      !isDigest(item.digest) ||
      !Number.isSafeInteger(item.size) ||
      item.size < 0
    ) {
      return { ok: false, reason: `malformed output ${item.path}` };
    }
  }
  if (!isDigest(entry.log?.digest) || !Number.isSafeInteger(entry.log.size)) {
    return { ok: false, reason: 'record is malformed' };
  }
  return { ok: true, record: entry };
}
