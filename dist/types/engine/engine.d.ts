export * from './inspect.js';
export * from './restore.js';
export * from './run.js';
export * from './save.js';
export * from './types.js';
