// The manifest: a plain, versioned record of everything that can change a task's outputs.
// The key is the BLAKE3 digest of its canonical serialization. Nothing here reads the
// machine: platform, environment and file digests come in as arguments.

import { canonicalJson, compareCodeUnits } from './canonical.js';
import type { Digest, HashFn, Key } from './digest.js';

/**
 * Bumped only when the manifest's shape or meaning changes. Upgrading taskcache without a
 * schema change must not invalidate caches, so the tool version is deliberately absent.
 */
export const KEY_SCHEMA_VERSION = 1;

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
    salt: parts.salt,
  };
}

export function isLink(entry: InputEntry): entry is LinkInput {
  return 'link' in entry;
}

/**
 * One input's canonical JSON, written directly: there can be hundreds of thousands, and the
 * generic canonicalJson would sort the same three keys for each. Keys in code-unit order.
 */
function inputJson(entry: InputEntry): string {
  return isLink(entry)
    ? `{"link":${jsonString(entry.link)},"path":${jsonString(entry.path)}}`
    : `{"digest":"${entry.digest}","path":${jsonString(entry.path)},"x":${entry.executable}}`;
}

/** Printable ASCII but `"` and `\`: what JSON.stringify leaves as it is. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** JSON.stringify of a string; most paths need no escaping, and are only quoted. */
function jsonString(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

/**
 * Writes the canonical text the key is computed from, in pieces: everything before the inputs,
 * then one piece per input, then the rest. Joined, they are serializeManifest()'s text.
 */
function writeManifest(manifest: Manifest, write: (piece: string) => void): void {
  // The other fields are few: the generic canonical form, with a placeholder for the inputs.
  const rest = canonicalJson({
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
  });
  // Inside a JSON string a quote is escaped, so this can only be the key itself.
  const placeholder = '"inputs":0';
  const at = rest.indexOf(placeholder);
  write(`${rest.slice(0, at)}"inputs":[`);
  const inputs = manifest.inputs;
  for (let i = 0; i < inputs.length; i++) {
    write(i === 0 ? inputJson(inputs[i]!) : `,${inputJson(inputs[i]!)}`);
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
  update(chunk: Uint8Array): void;
  digest(): Digest;
}

/** Code units of text gathered before it is encoded and handed to the hash. */
const KEY_TEXT_CHUNK = 16 * 1024;

/**
 * The same key as computeKey(), hashed as the text is written, some 16 KB at a time: the text
 * of 50,000 inputs is 7 MB that would otherwise be built as one string, then encoded as a whole.
 */
export function hashManifest(manifest: Manifest, hash: IncrementalHash): Key {
  const encoder = new TextEncoder();
  // A UTF-16 code unit takes at most 3 bytes of UTF-8; text is flushed once it passes the
  // chunk size, so it rarely exceeds twice that.
  const bytes = new Uint8Array(3 * 2 * KEY_TEXT_CHUNK);
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
