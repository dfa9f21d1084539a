// Loading the CLI's bundle with a code cache taken at the end of a run, not at load time.
//
// Node's compile cache (module.enableCompileCache) stores a module's code as it is right after
// compiling it: the top level only. Every function a run calls is then compiled again, lazily,
// by every run. V8 can serialize a script's code at any point, with every function compiled so
// far (vm.Script#createCachedData): that is what this keeps, per bundle, Node version, flags and
// command, beside the local store (`~/.cache/taskcache-code/warm`). The first run of a command
// writes it as it exits; the next few runs that succeed write it again if they compiled more (a
// hit runs other code than the miss before it), then the cache is settled and runs only read it.
//
// V8 checks cached data against the source's length, its own version and flags, not the source's
// bytes, and keeps no checksum in release builds (damaged data can crash it). So the file is
// named by a hash of the bundle's bytes and of Node's flags, so that another build of the same
// length never reads it, and carries the BLAKE3 of its data, checked before V8 sees it. A
// run that changes V8's flags as it goes (a large scan) writes nothing but a mark that leaves
// its command to Node's own cache from then on, and a cache V8 refuses for other reasons is
// written again at most twice in a row.
// Both hashes are the native BLAKE3 addon's; where it is not installed there is no such cache.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's own cache.

import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import vm from 'node:vm';
import { writeFileAtomic } from '../adapters/atomic-file.js';
import { loadNative, nativeOneShot } from '../adapters/blake3-native.js';
import { debug } from '../adapters/debug.js';

/** Cache files of other bundles and commands left this long unwritten are removed. */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/** BLAKE3 of bytes, as hex. */
type Hash = (data: Uint8Array) => string;

type ModuleInternals = typeof Module & {
  wrap(source: string): string;
  _nodeModulePaths(dir: string): string[];
};

/**
 * Runs `bundle` (a CommonJS file) as require() would, with its code cache in `dir`; returns
 * false, having run nothing, where this Node cannot (the bundle is then required as usual).
 */
export function loadWarm(
  bundle: string,
  dir: string | undefined,
  argv: readonly string[],
): boolean {
  const internals = Module as ModuleInternals;
  if (typeof internals.wrap !== 'function') return false;
  // The cache is named and checked with the native BLAKE3 the bundle loads anyway (node:crypto
  // would cost a hit a module it does not use); without it, no cache.
  if (dir === undefined) return false;
  const native = loadNative();
  if (native === undefined) return false;
  const hash = nativeOneShot(native);
  let bytes: Buffer;
  try {
    bytes = readFileSync(bundle);
  } catch {
    return false;
  }
  const source = bytes.toString('utf8');
  const file = path.join(dir, cacheName(hash, hash(bytes), argv));
  const kept = readKept(file, hash);
  // This command's runs change V8's flags (large scans): no cache is written for it, and the
  // bundle is required as usual, with Node's own cache of its top level.
  if (kept === undefined && existsSync(`${file}.flags`)) {
    debug(`code cache: ${commandOf(argv)} runs change V8's flags; Node's own cache serves it`);
    return false;
  }
  let script: vm.Script;
  try {
    script = new vm.Script(internals.wrap(source), { filename: bundle, cachedData: kept?.data });
  } catch {
    return false; // Nothing ran: required as usual, which reports what is wrong.
  }
  // A run that changed V8's flags as it went (main.ts does, for a large scan) writes nothing:
  // what it would write carries flags the next run does not start with, which V8 refuses.
  const atExit = (write: (code: number) => void) =>
    process.once('exit', (code) => {
      if (!(globalThis as Record<symbol, unknown>)[FLAGS_CHANGED]) write(code);
      else if (kept === undefined) mark(`${file}.flags`);
    });
  if (kept === undefined) {
    atExit(() => save(script, file, hash, 0));
  } else if (script.cachedDataRejected) {
    // Refused although intact: V8's flags differ from those it was written with. Written
    // again, unless runs keep refusing what runs write (flags changed by other means).
    if (kept.refused < MAX_REFUSED) atExit(() => save(script, file, hash, kept.refused + 1));
  } else if (kept.refused > 0) {
    // Taken: the refusals before it are no longer in a row.
    atExit(() => setCount(file, 8, 0));
  } else if (kept.checks > 0) {
    // A run that failed (a config error, say) ran little of the bundle: it proves nothing.
    atExit((code) => {
      if (code === 0) recheck(script, file, hash, kept);
    });
  }
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const self = new Module(bundle);
  self.filename = bundle;
  self.paths = internals._nodeModulePaths(path.dirname(bundle));
  run.call(
    self.exports,
    self.exports,
    Module.createRequire(bundle),
    self,
    bundle,
    path.dirname(bundle),
  );
  return true;
}

/** The command a run's functions depend on most (`run`, `explain`, …): one cache per command. */
function commandOf(argv: readonly string[]): string {
  const command = argv.find((arg) => !arg.startsWith('-'));
  return command !== undefined && /^[a-z][a-z-]{0,23}$/.test(command) ? command : 'other';
}

/**
 * A cache's file name: the command, Node's version and the platform, and a hash of the bundle's
 * digest and of the flags Node was started with (code compiled under other flags is refused).
 */
function cacheName(hash: Hash, bundleDigest: string, argv: readonly string[]): string {
  const flags = JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? '']);
  const id = hash(Buffer.from(`${bundleDigest}\0${flags}`)).slice(0, 32);
  return `${commandOf(argv)}-${process.version}-${process.arch}-${id}.bin`;
}

/**
 * The file: MAGIC; a u32 count of the runs still to check whether they compiled more; a u32
 * count of the writes in a row that V8 then refused; the BLAKE3 of V8's cached data; the data.
 * V8 keeps no checksum of its own in release builds, and damaged data can crash it: data that
 * does not match its hash is never handed over.
 */
const MAGIC = 'TCW2';
/** Set by the bundle when it changes V8's flags (src/cli/main.ts). */
const FLAGS_CHANGED = Symbol.for('taskcache.v8-flags-changed');
const HEADER = 4 + 4 + 4 + 32;
/** Runs after a write that compare their code with the cache's before it counts as settled. */
const CHECKS = 4;
/** Code this much larger than the cache's is written again. */
const GROWTH = 1.02;
/** Writes V8 refused in a row after which the cache is left as it is. */
const MAX_REFUSED = 2;

interface Kept {
  readonly data: Buffer;
  readonly checks: number;
  readonly refused: number;
}

function readKept(file: string, hash: Hash): Kept | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined; // None yet.
  }
  if (bytes.length <= HEADER || bytes.toString('latin1', 0, 4) !== MAGIC) return undefined;
  const data = bytes.subarray(HEADER);
  const digest = Buffer.from(hash(data), 'hex');
  if (!digest.equals(bytes.subarray(12, HEADER))) {
    debug(`code cache ${file} is damaged: not used, written again`);
    return undefined;
  }
  return { data, checks: bytes.readUInt32LE(4), refused: bytes.readUInt32LE(8) };
}

/** Writes the script's code as it is now; a failure only costs the next run its speed. */
function save(
  script: vm.Script,
  file: string,
  hash: Hash,
  refused: number,
  data = script.createCachedData(),
) {
  const header = Buffer.alloc(HEADER);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(CHECKS, 4);
  header.writeUInt32LE(refused, 8);
  Buffer.from(hash(data), 'hex').copy(header, 12);
  try {
    writeFileAtomic(file, [header, data]);
    removeStale(path.dirname(file), Date.now());
  } catch {
    // Read-only or full: the next run compiles as without it.
  }
}

/** One of the runs after a write: its code is written if it grew, else one check is spent. */
function recheck(script: vm.Script, file: string, hash: Hash, kept: Kept): void {
  const data = script.createCachedData();
  if (data.length > kept.data.length * GROWTH) {
    save(script, file, hash, 0, data);
    return;
  }
  setCount(file, 4, kept.checks - 1);
}

/** Leaves an empty file saying this command's runs change V8's flags; failing costs nothing. */
function mark(file: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '', { mode: 0o600 });
  } catch {
    // Tried again by the next such run.
  }
}

/** Sets one of the header's counts in place; a failure (gone, read-only) changes nothing. */
function setCount(file: string, at: number, value: number): void {
  try {
    const fd = openSync(file, 'r+');
    try {
      const count = Buffer.alloc(4);
      count.writeUInt32LE(value);
      writeSync(fd, count, 0, 4, at);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Counted again next time.
  }
}

/** Removes other cache files not written for STALE_MS (builds since replaced). */
function removeStale(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    const entry = path.join(dir, name);
    const stats = statSync(entry, { throwIfNoEntry: false });
    if (stats?.isFile() && now - stats.mtimeMs > STALE_MS) rmSync(entry, { force: true });
  }
}
