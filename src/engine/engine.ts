// The run-or-restore engine's public surface. It does not know whether the CLI or the action
// called it: it takes a run context (stores, an environment, a reporter) and returns results
// as data. Each job lives in a module of its own: run, restore, save, inspect.

export * from './inspect.js';
export * from './restore.js';
export * from './run.js';
export * from './save.js';
export * from './types.js';
