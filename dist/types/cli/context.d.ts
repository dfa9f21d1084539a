import { type LoadedConfig } from '../engine/config-file.js';
import type { Engine } from '../engine/engine.js';
import { LocalStore } from '../stores/local.js';
import type { ParsedFlags } from './flags.js';
export interface CliContext {
    readonly loaded: LoadedConfig;
    readonly engine: Engine;
    readonly local: LocalStore;
    readonly warnings: string[];
}
export declare function localStoreFor(flags: ParsedFlags): LocalStore;
export declare function createContext(flags: ParsedFlags): Promise<CliContext>;
