#!/usr/bin/env node
// The `taskcache` executable (dist/cli.cjs): starts the CLI's bundle (dist/cli/main.cjs) with its
// compiled code kept between runs. A hit of a small task is mostly the process's start, and a
// good part of that is V8 compiling the bundle and the functions a run calls; with the code
// cache a run does neither (a tiny task's hit: about 7% fewer instructions, by callgrind).
//
// Node >= 22.1 keeps such a cache itself (module.enableCompileCache). On older versions this
// file does the same with V8's code cache through node:vm: the bundle is compiled with the
// cached data when there is some, and after the run the data (now with every function the run
// compiled) is written when there was none or V8 rejected it (another Node or V8 flags). The
// file's name holds the bundle's build id, Node's version and the architecture; it lives in a
// directory of the user's own cache (not the shared temporary directory): cached code is run
// as it is. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's. Whatever goes wrong
// with the cache, the bundle is loaded the plain way; a broken cache costs time, never the run.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { debug } from '../adapters/file-digest.js';

declare const __CLI_BUNDLE_ID__: string;

const bundle = fileURLToPath(new URL('./cli/main.cjs', import.meta.url));
const requireBundle = module.createRequire(bundle);

/** `$XDG_CACHE_HOME/taskcache/code`, else `~/.cache/taskcache/code`. */
function codeCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(base, 'taskcache', 'code');
}

type Compiled = (
  exports: unknown,
  require: NodeJS.Require,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void;

/** The bundle compiled with the cached code, and a hook that saves the code after the run. */
function compileWithCache(dir: string): Compiled {
  const file = path.join(dir, `main-${__CLI_BUNDLE_ID__}-${process.version}-${process.arch}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    // First run of this build on this Node: compiled below and saved at exit.
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(module.wrap(source), { filename: bundle, cachedData });
  const compiled = script.runInThisContext() as Compiled;
  const used = cachedData !== undefined && !script.cachedDataRejected;
  debug(`code cache ${used ? 'used' : cachedData ? 'rejected' : 'absent'}: ${file}`);
  if (!used) {
    process.once('exit', () => {
      try {
        const data = script.createCachedData();
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        // Other builds' caches go: this build will not use them again.
        for (const name of readdirSync(dir)) {
          if (name.startsWith('main-') && !name.startsWith(`main-${__CLI_BUNDLE_ID__}-`)) {
            rmSync(path.join(dir, name), { force: true });
          }
        }
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, data, { mode: 0o600 });
        renameSync(tmp, file);
        debug(`code cache written: ${data.length} bytes`);
      } catch (error) {
        debug(`code cache not written: ${(error as Error).message}`);
      }
    });
  }
  return compiled;
}

function start(): void {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) {
    requireBundle(bundle);
    return;
  }
  const { enableCompileCache } = module as { enableCompileCache?: (dir: string) => unknown };
  if (enableCompileCache) {
    try {
      enableCompileCache(codeCacheDir());
    } catch (error) {
      debug(`code cache not used: ${(error as Error).message}`);
    }
    requireBundle(bundle);
    return;
  }
  let compiled: Compiled;
  try {
    compiled = compileWithCache(codeCacheDir());
  } catch (error) {
    debug(`code cache not used: ${(error as Error).message}`);
    requireBundle(bundle);
    return;
  }
  // Run outside the try above: an error of the CLI itself must not start it a second time.
  const exports = {};
  compiled.call(exports, exports, requireBundle, { exports }, bundle, path.dirname(bundle));
}

start();
