import type { Config } from './config-schema.js';
export declare const SHELLS: readonly ["bash", "sh", "pwsh", "powershell", "cmd"];
export declare const STORE_MODES: readonly ["read-write", "read", "write", "off"];
export type StoreMode = (typeof STORE_MODES)[number];
export type Shell = (typeof SHELLS)[number];
export interface RemoteSpec {
    readonly url: string;
    readonly mode: StoreMode;
}
/** The config's `remote` and `remotes`, in order, as url and mode. */
export declare function configRemotes(config: Config): RemoteSpec[];
export interface ConfigIssue {
    /** `tasks.build.outputs[1]` */
    readonly path: string;
    readonly message: string;
}
export declare function formatIssuePath(path: readonly PropertyKey[]): string;
export declare function formatConfigIssues(file: string, issues: readonly ConfigIssue[]): string;
