// The manifest: a plain, versioned record of everything that can change a task's outputs.
// The key is the BLAKE3 digest of its canonical serialization. Nothing here reads the
// machine: platform, environment and file digests come in as arguments.

import { canonicalJson, compareCodeUnits, type Json } from './canonical.js';
import { type Digest, type HashFn, isDigest, type Key } from './digest.js';
import { type Fields, isObject, unknownKey } from './fields.js';

/**
 * Bumped only when the manifest's shape or meaning changes. Upgrading taskcache without a
 * schema change must not invalidate caches, so the tool version is deliberately absent.
 */
export const KEY_SCHEMA_VERSION = 2;

/**
 * The schemas whose manifests can still be read (and their keys re-derived) to explain a miss:
 * 1 had no outputs and wrote an input's executable bit as "x".
 */
export const READABLE_KEY_SCHEMAS: readonly number[] = [1, 2];

/** One input file: workspace-relative POSIX path, executable bit and content digest. */
export interface FileInput {
  readonly path: string;
  readonly executable: boolean;
  readonly digest: Digest;
}

/** A symlink among the inputs contributes its target path, not the target's content. */
export interface LinkInput {
  readonly path: string;
  readonly link: string;
}

export type InputEntry = FileInput | LinkInput;

export interface EnvInput {
  readonly name: string;
  /** Digest of the value; the value itself is never stored. */
  readonly digest: Digest;
}

export interface KeyCommandInput {
  readonly command: string;
  /** Digest of the command's stdout. */
  readonly digest: Digest;
}

export interface Manifest {
  readonly schema: number;
  readonly task: string;
  readonly command: string;
  readonly shell: string;
  /** Working directory relative to the workspace, POSIX, "." for the root. */
  readonly cwd: string;
  readonly platform: { readonly os: string; readonly arch: string };
  readonly env: readonly EnvInput[];
  readonly inputs: readonly InputEntry[];
  readonly keyCommands: readonly KeyCommandInput[];
  /**
   * The declared output patterns, as declared (relative to the working directory), in declared
   * order: a task that stores more or other files is another task. Empty in schema 1.
   */
  readonly outputs: readonly string[];
  readonly salt: string;
}

export interface ManifestParts {
  task: string;
  command: string;
  shell: string;
  cwd: string;
  platform: { os: string; arch: string };
  env: readonly EnvInput[];
  inputs: readonly InputEntry[];
  keyCommands: readonly KeyCommandInput[];
  /** The declared output patterns; none when left out. */
  outputs?: readonly string[];
  salt: string;
}

/** Builds a manifest with every list in canonical order. */
export function createManifest(parts: ManifestParts): Manifest {
  return {
    schema: KEY_SCHEMA_VERSION,
    task: parts.task,
    command: parts.command,
    shell: parts.shell,
    cwd: parts.cwd,
    platform: { os: parts.platform.os, arch: parts.platform.arch },
    env: [...parts.env].sort((a, b) => compareCodeUnits(a.name, b.name)),
    inputs: [...parts.inputs].sort((a, b) => compareCodeUnits(a.path, b.path)),
    // Key-commands keep their declared order: each runs independently, but the order is the
    // user's and reordering them is a visible config change.
    keyCommands: [...parts.keyCommands],
    // Declared order too: the same patterns reordered are a visible config change.
    outputs: [...(parts.outputs ?? [])],
    salt: parts.salt,
  };
}

export function isLink(entry: InputEntry): entry is LinkInput {
  return 'link' in entry;
}

/**
 * One input's canonical JSON, written directly: there can be hundreds of thousands, and the
 * generic canonicalJson would sort the same three keys for each. Keys in code-unit order, and
 * named as in the Manifest (from schema 2), so that the manifest a record holds (canonical JSON)
 * is this text byte for byte and a restore can check it against the key with one hash.
 */
function inputJson(entry: InputEntry): string {
  return isLink(entry)
    ? `{"link":${jsonString(entry.link)},"path":${jsonString(entry.path)}}`
    : `{"digest":"${entry.digest}","executable":${entry.executable},"path":${jsonString(entry.path)}}`;
}

/** Schema 1's form of an input: the executable bit was "x". */
function inputJsonV1(entry: InputEntry): string {
  return isLink(entry)
    ? `{"link":${jsonString(entry.link)},"path":${jsonString(entry.path)}}`
    : `{"digest":"${entry.digest}","path":${jsonString(entry.path)},"x":${entry.executable}}`;
}

/** Printable ASCII but `"` and `\`: what JSON.stringify leaves as it is. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** JSON.stringify of a string; most paths need no escaping, and are only quoted. */
export function jsonString(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

/**
 * Writes the canonical text the key is computed from, in pieces: everything before the inputs,
 * then one piece per input, then the rest. Joined, they are serializeManifest()'s text.
 */
export function writeManifest(manifest: Manifest, write: (piece: string) => void): void {
  // The other fields are few: the generic canonical form, with a placeholder for the inputs.
  const v1 = manifest.schema === 1;
  const fields: { [key: string]: Json } = {
    schema: manifest.schema,
    task: manifest.task,
    command: manifest.command,
    shell: manifest.shell,
    cwd: manifest.cwd,
    platform: { os: manifest.platform.os, arch: manifest.platform.arch },
    env: manifest.env.map((e) => ({ name: e.name, digest: e.digest })),
    inputs: 0,
    keyCommands: manifest.keyCommands.map((k) => ({ command: k.command, digest: k.digest })),
    salt: manifest.salt,
  };
  if (!v1) fields.outputs = [...(manifest.outputs ?? [])];
  const rest = canonicalJson(fields);
  const input = v1 ? inputJsonV1 : inputJson;
  // Inside a JSON string a quote is escaped, so this can only be the key itself.
  const placeholder = '"inputs":0';
  const at = rest.indexOf(placeholder);
  write(`${rest.slice(0, at)}"inputs":[`);
  const inputs = manifest.inputs;
  for (let i = 0; i < inputs.length; i++) {
    write(i === 0 ? input(inputs[i]!) : `,${input(inputs[i]!)}`);
  }
  write(`]${rest.slice(at + placeholder.length)}`);
}

/** The canonical text the key is computed from. */
export function serializeManifest(manifest: Manifest): string {
  const pieces: string[] = [];
  writeManifest(manifest, (piece) => pieces.push(piece));
  return pieces.join('');
}

export function computeKey(manifest: Manifest, hash: HashFn): Key {
  return hash(serializeManifest(manifest)) as string as Key;
}

/** An incremental hash over bytes (BLAKE3, provided by an adapter). */
export interface IncrementalHash {
  /** Takes the chunk's bytes before returning: the caller reuses the chunk. */
  update(chunk: Uint8Array): void;
  digest(): Digest;
}

/** Code units of text gathered before it is encoded and handed to the hash. */
const KEY_TEXT_CHUNK = 16 * 1024;

let keyTextEncoder: InstanceType<typeof TextEncoder> | undefined;
/**
 * A UTF-16 code unit takes at most 3 bytes of UTF-8; text is flushed once it passes the chunk
 * size, so it rarely exceeds twice that.
 */
let keyTextBytes: Uint8Array | undefined;

/**
 * The same key as computeKey(), hashed as the text is written, some 16 KB at a time: the text
 * of 50,000 inputs is 7 MB that would otherwise be built as one string, then encoded as a whole.
 */
export function hashManifest(manifest: Manifest, hash: IncrementalHash): Key {
  // One buffer for every key of the process: a run of many small tasks would otherwise zero
  // 96 KB per key. The hash takes each chunk before the next is encoded, and nothing here
  // yields, so two keys never share it at once.
  keyTextEncoder ??= new TextEncoder();
  keyTextBytes ??= new Uint8Array(3 * 2 * KEY_TEXT_CHUNK);
  const encoder = keyTextEncoder;
  const bytes = keyTextBytes;
  let text = '';
  const flush = () => {
    if (text.length * 3 <= bytes.length) {
      hash.update(bytes.subarray(0, encoder.encodeInto(text, bytes).written));
    } else hash.update(encoder.encode(text));
    text = '';
  };
  writeManifest(manifest, (piece) => {
    text += piece;
    if (text.length >= KEY_TEXT_CHUNK) flush();
  });
  flush();
  return hash.digest() as string as Key;
}

/** The digest recorded for an environment value: never the value itself. */
export function envValueDigest(name: string, value: string, hash: HashFn): Digest {
  return hash(`taskcache-env\0${name}\0${value}`);
}

export type ManifestCheck =
  | { readonly ok: true; readonly manifest: Manifest }
  | { readonly ok: false; readonly reason: string };

/** How many keys `value` has: with each expected key checked present, more means another. */
function keyCount(value: Fields): number {
  let count = 0;
  for (const _ in value) count++;
  return count;
}

const MANIFEST_KEYS = [
  'schema',
  'task',
  'command',
  'shell',
  'cwd',
  'platform',
  'env',
  'inputs',
  'keyCommands',
  'outputs',
  'salt',
];
const STRING_FIELDS = ['task', 'command', 'shell', 'cwd', 'salt'] as const;
// A record holds inputs as the Manifest type has them, {path, executable, digest} or {path,
// link}, in every schema (schema 1's key text alone named the executable bit "x").

/**
 * A manifest read from a record (untrusted JSON), checked field by field: every field of its
 * schema with the right type, and nothing else (the record's key is the hash of exactly these
 * fields). Schema 1 manifests are read with no outputs. Anything off is a reason naming the
 * field, never a throw.
 */
export function readManifest(value: unknown): ManifestCheck {
  const fail = (field: string, what: string): ManifestCheck => ({
    ok: false,
    reason: `manifest${field} ${what}`,
  });
  if (!isObject(value)) return fail('', 'is not an object');
  const extra = unknownKey(value, MANIFEST_KEYS);
  if (extra !== undefined) return fail('', `has an unknown field ${JSON.stringify(extra)}`);
  const schema = value.schema;
  if (typeof schema !== 'number' || !READABLE_KEY_SCHEMAS.includes(schema)) {
    return fail('.schema', `is not a key schema this version reads (${READABLE_KEY_SCHEMAS})`);
  }
  for (const field of STRING_FIELDS) {
    if (typeof value[field] !== 'string') return fail(`.${field}`, 'is not a string');
  }
  const platform = value.platform;
  if (
    !isObject(platform) ||
    unknownKey(platform, ['os', 'arch']) !== undefined ||
    typeof platform.os !== 'string' ||
    typeof platform.arch !== 'string'
  ) {
    return fail('.platform', 'is not {os, arch}');
  }
  const { env, inputs, keyCommands, outputs } = value;
  if (!Array.isArray(env)) return fail('.env', 'is not a list');
  for (let i = 0; i < env.length; i++) {
    const item: unknown = env[i];
    if (
      !isObject(item) ||
      unknownKey(item, ['name', 'digest']) !== undefined ||
      typeof item.name !== 'string' ||
      !isDigest(item.digest)
    ) {
      return fail(`.env[${i}]`, 'is not {name, digest}');
    }
  }
  if (!Array.isArray(inputs)) return fail('.inputs', 'is not a list');
  for (let i = 0; i < inputs.length; i++) {
    const item: unknown = inputs[i];
    if (!isObject(item) || typeof item.path !== 'string') {
      return fail(`.inputs[${i}]`, 'has no path');
    }
    // One per input, of which there can be hundreds of thousands: the keys are counted.
    if ('link' in item) {
      if (typeof item.link !== 'string' || keyCount(item) !== 2) {
        return fail(`.inputs[${i}]`, 'is not {path, link}');
      }
    } else if (
      typeof item.executable !== 'boolean' ||
      !isDigest(item.digest) ||
      keyCount(item) !== 3
    ) {
      return fail(`.inputs[${i}]`, 'is not {path, executable, digest}');
    }
  }
  if (!Array.isArray(keyCommands)) return fail('.keyCommands', 'is not a list');
  for (let i = 0; i < keyCommands.length; i++) {
    const item: unknown = keyCommands[i];
    if (
      !isObject(item) ||
      unknownKey(item, ['command', 'digest']) !== undefined ||
      typeof item.command !== 'string' ||
      !isDigest(item.digest)
    ) {
      return fail(`.keyCommands[${i}]`, 'is not {command, digest}');
    }
  }
  if (schema === 1) {
    if (outputs !== undefined) return fail('', 'of key schema 1 has outputs');
  } else if (!Array.isArray(outputs) || !outputs.every((o) => typeof o === 'string')) {
    return fail('.outputs', 'is not a list of patterns');
  }
  const manifest: Manifest = {
    schema,
    task: value.task as string,
    command: value.command as string,
    shell: value.shell as string,
    cwd: value.cwd as string,
    platform: { os: platform.os, arch: platform.arch },
    env: env as EnvInput[],
    inputs: inputs as InputEntry[],
    keyCommands: keyCommands as KeyCommandInput[],
    outputs: schema === 1 ? [] : (outputs as string[]),
    salt: value.salt as string,
  };
  return { ok: true, manifest };
}
