import type { Producer } from '../core/entry.js';
export declare function producerFromEnv(env: NodeJS.ProcessEnv): Producer;
