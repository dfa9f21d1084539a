// Node's modules that only some runs use, each loaded on its first use: a hit of a small task
// starts no process, compresses nothing and starts no worker thread, and loading
// node:child_process, node:zlib and node:worker_threads was a large share of its start-up
// beyond Node's own (bench/tiny-profile.mjs).

import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

let childProcessModule: typeof import('node:child_process') | undefined;
let zlibModule: typeof import('node:zlib') | undefined;
let workerThreadsModule: typeof import('node:worker_threads') | undefined;

export function childProcess(): typeof import('node:child_process') {
  childProcessModule ??= load('node:child_process') as typeof import('node:child_process');
  return childProcessModule;
}

export function zlib(): typeof import('node:zlib') {
  zlibModule ??= load('node:zlib') as typeof import('node:zlib');
  return zlibModule;
}

export function workerThreads(): typeof import('node:worker_threads') {
  workerThreadsModule ??= load('node:worker_threads') as typeof import('node:worker_threads');
  return workerThreadsModule;
}
