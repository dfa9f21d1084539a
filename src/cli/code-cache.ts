// V8's compiled code for the CLI's bundle, kept between runs on Node versions without a compile
// cache of their own (module.enableCompileCache came in Node 22.8). A hit of a small task is
// mostly the process's start, and compiling the bundle and the functions a run calls is the
// largest part of it that is the CLI's own: with this cache, a small hit takes 46 M fewer of the
// 84 M instructions it adds to an empty script's (callgrind, Node 20).
//
// V8 takes a cache as it is given, so this file checks what V8 does not:
// - V8 in release builds has no checksum of the cache, and a damaged one can crash it: the
//   file carries the BLAKE3 of its data, checked before V8 sees a byte of it.
// - V8 tells sources apart by their length: the file carries the BLAKE3 of the bundle it was
//   made from, and any other bundle compiles from source.
// - V8 refuses a cache made under other flags: a run whose flags changed since it started (a
//   large scan changes one, see main.ts) writes none.
// Each subcommand, Node version, set of Node options and bundle has a file of its own, so that
// `--version` does not fill the cache that `run` then uses, and two installs or two settings of
// NODE_OPTIONS in turn do not replace each other's. A file is written when its run found none
// it could use; writing one removes the files nothing wrote for a month. Without the native
// BLAKE3 addon (or with TASKCACHE_BLAKE3=wasm), the bundle loads the ordinary way.

import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';
import { loadNative, nativeOneShot } from '../adapters/blake3-native.js';
import { debug } from '../adapters/debug.js';
import { COMMAND_NAMES } from './command-names.js';

const MAGIC = 'taskcache code cache 1';
/** Files no run wrote for this long are removed when another one is written. */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;

export interface CachedCode {
  /** The BLAKE3 of the bundle the code was compiled from. */
  readonly source: string;
  readonly data: Buffer;
}

/** The file's layout: a magic line, the bundle's digest, the data's digest, then the data. */
export function encodeCodeCache(
  source: string,
  data: Uint8Array,
  hash: (data: Uint8Array) => string,
): Buffer {
  return Buffer.concat([Buffer.from(`${MAGIC}\n${source}\n${hash(data)}\n`), data]);
}

/** The cached code in `file`, or why there is none that may be used. */
export function decodeCodeCache(
  file: Buffer,
  hash: (data: Uint8Array) => string,
): CachedCode | string {
  let at = 0;
  const lines: string[] = [];
  for (let i = 0; i < 3; i++) {
    const end = file.indexOf(0x0a, at);
    if (end === -1 || end - at > 100) return 'no header';
    lines.push(file.toString('latin1', at, end));
    at = end + 1;
  }
  const [magic, source, digest] = lines as [string, string, string];
  if (magic !== MAGIC) return 'another format';
  const data = file.subarray(at);
  if (hash(data) !== digest) return 'damaged';
  return { source, data };
}

/**
 * The cache file of this run: per subcommand (the first argument), Node version and
 * architecture, Node options (where V8's flags come from) and bundle.
 */
export function codeCacheName(
  argv: readonly string[],
  source: string,
  hash: (data: Uint8Array) => string,
): string {
  const command = (COMMAND_NAMES as readonly string[]).includes(argv[0] ?? '') ? argv[0] : 'other';
  const options = hash(
    Buffer.from(`${process.execArgv.join('\0')}\0\0${process.env.NODE_OPTIONS ?? ''}`),
  );
  return `${command}-${process.version}-${process.arch}-${options.slice(0, 8)}-${source.slice(0, 16)}.bin`;
}

/**
 * Runs the CommonJS file `bundle` as require() would, with its compiled code from `dir` when
 * the cache there was made from this very bundle; writes the cache when it was missing or not
 * used, at exit.
 */
export function requireWithCodeCache(bundle: string, dir: string): void {
  const native = process.env.TASKCACHE_BLAKE3 === 'wasm' ? undefined : loadNative();
  if (!native) {
    debug('code cache not used: no native BLAKE3');
    createRequire(bundle)(bundle);
    return;
  }
  const hash = nativeOneShot(native);
  const text = readFileSync(bundle);
  const source = hash(text);
  const file = path.join(dir, codeCacheName(process.argv.slice(2), source, hash));
  let cached: CachedCode | string;
  try {
    cached = decodeCodeCache(readFileSync(file), hash);
  } catch {
    cached = 'none yet';
  }
  if (typeof cached !== 'string' && cached.source !== source) cached = 'another bundle';
  const script = new Script(wrap(text.toString('utf8')), {
    filename: bundle,
    ...(typeof cached === 'string' ? {} : { cachedData: cached.data }),
  });
  const used = typeof cached !== 'string' && !script.cachedDataRejected;
  debug(
    used
      ? 'code cache used'
      : `code cache not used: ${typeof cached === 'string' ? cached : 'refused by V8'}`,
  );
  if (!used) {
    const v8 = createRequire(bundle)('node:v8') as typeof import('node:v8');
    const tag = v8.cachedDataVersionTag();
    process.once('exit', () => {
      if (v8.cachedDataVersionTag() !== tag) return;
      writeCodeCache(file, () => encodeCodeCache(source, script.createCachedData(), hash));
    });
  }
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(
    module.exports,
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    path.dirname(bundle),
  );
}

/**
 * Writes `file` whole (a temporary file renamed into place) and removes month-old others; runs
 * at exit, so it never throws: a cache that cannot be written only costs the next run time.
 */
function writeCodeCache(file: string, bytes: () => Buffer): void {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, bytes());
    renameSync(tmp, file);
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      const other = path.join(dir, name);
      const info = statSync(other, { throwIfNoEntry: false });
      if (other !== file && info && now - info.mtimeMs > STALE_MS) {
        rmSync(other, { recursive: true, force: true });
      }
    }
  } catch (error) {
    debug(`code cache not written: ${(error as Error).message}`);
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Left for the month-old sweep.
    }
  }
}

/** CommonJS's function wrapper, on the first line so that line numbers stay the file's own. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}
