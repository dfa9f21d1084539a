import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/adapters/lazy-builtins.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
var childProcessModule;
var zlibModule;
var workerThreadsModule;
function childProcess() {
  childProcessModule ??= load("node:child_process");
  return childProcessModule;
}
function zlib() {
  zlibModule ??= load("node:zlib");
  return zlibModule;
}
function workerThreads() {
  workerThreadsModule ??= load("node:worker_threads");
  return workerThreadsModule;
}

export {
  childProcess,
  zlib,
  workerThreads
};
