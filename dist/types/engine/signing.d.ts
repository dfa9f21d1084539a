import type { Signer } from '../core/entry.js';
export declare const SIGNING_KEY_ENV = "TASKCACHE_SIGNING_KEY";
export declare function signerFromEnv(env: NodeJS.ProcessEnv): Signer | undefined;
