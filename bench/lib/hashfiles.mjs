#!/usr/bin/env node
// The cache key actions/cache users build with `hashFiles()`: @actions/glob's implementation, run
// outside Actions over the same globs the task tools use. Prints the hash.
//
//   node bench/lib/hashfiles.mjs 'packages/*/src/**' [more globs...]   (cwd = the workspace)
//
// Outside Actions, core.debug() prints a `::debug::` line per file; those are dropped here so the
// timing is the walk and the hashing, not a terminal scrolling 50,000 lines.

import path from 'node:path';

const realWrite = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) =>
  String(chunk).startsWith('::debug::') ? true : realWrite(chunk, ...rest);

const patterns = process.argv.slice(2);
if (patterns.length === 0) {
  console.error('usage: node bench/lib/hashfiles.mjs <glob> [glob...]');
  process.exit(2);
}

// Resolved from bench/.peers so the bench needs nothing in the project's own node_modules.
const peers = process.env.BENCH_PEERS ?? path.join(import.meta.dirname, '..', '.peers');
const { hashFiles } = await import(path.join(peers, 'node_modules/@actions/glob/lib/glob.js'));

const hash = await hashFiles(patterns.join('\n'), process.cwd());
if (!hash) {
  console.error(`hashFiles matched no file for ${patterns.join(' ')}`);
  process.exit(1);
}
console.log(hash);
