export declare function childProcess(): typeof import('node:child_process');
export declare function zlib(): typeof import('node:zlib');
export declare function workerThreads(): typeof import('node:worker_threads');
