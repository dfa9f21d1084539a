// The CLI's bundle (dist/cli/main.cjs), started by the executable (src/cli/bin.ts): hands the
// arguments to the dispatcher and exits with its code.
import { createRequire } from 'node:module';
import { setCollector } from '../adapters/collect.js';
import { onLargeScan } from '../adapters/files.js';
import { main } from './cli.js';

// Most of what a big listing allocates lives until the key is computed, so a young generation
// that keeps doubling only copies it more: on a 50,000-file tree, not growing it cuts peak
// memory by a fifth at the same speed (bench/). V8 reads this flag each time it would grow the
// space; versions that hold the factor at 2 or more simply keep their default. Set once a scan
// turns out big. node:v8 is loaded only then: a small task's run never needs it.
onLargeScan(() => {
  const load = createRequire(import.meta.url);
  const v8 = load('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  // A collection between phases (src/adapters/collect.ts): V8 gives `gc` to the contexts made
  // once the flag is set, not to this one. A Node that gives none leaves collecting to V8.
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = (load('node:vm') as typeof import('node:vm')).runInNewContext('gc');
    if (typeof gc === 'function') setCollector(gc as () => void);
  } catch {
    // Not available: runs go on without it.
  }
  // Code V8 serializes from now on carries the changed flags, which the next run, started
  // without them, refuses: the executable's warm code cache (src/cli/warm-load.ts) is not
  // written by this run.
  (globalThis as Record<symbol, unknown>)[Symbol.for('taskcache.v8-flags-changed')] = true;
});
// A run that ends with the dispatcher still pending (nothing left to wait for, a bug) fails, as
// it would under a top-level await, instead of exiting 0.
process.exitCode = 1;
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
