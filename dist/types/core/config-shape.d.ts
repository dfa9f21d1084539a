export declare const SHELLS: readonly ["bash", "sh", "pwsh", "powershell", "cmd"];
export declare const STORE_MODES: readonly ["read-write", "read", "write", "off"];
export type StoreMode = (typeof STORE_MODES)[number];
export type Shell = (typeof SHELLS)[number];
export interface RemoteSpec {
    readonly url: string;
    readonly mode: StoreMode;
    /** Bound on one operation, such as "10s" (see engine/remotes.ts); default: the stores'. */
    readonly timeout?: string | undefined;
    /** Retries after a failed attempt; default: the stores'. */
    readonly retries?: number | undefined;
}
/** A remote as the config holds it: a URL, or url and mode. */
export type RemoteEntry = string | RemoteSpec;
/**
 * The config's `remote` and `remotes`, in order, as url and mode. Takes any value with those
 * fields (a validated Config has them) so that this module needs nothing of the schema's.
 */
export declare function configRemotes(config: {
    readonly remote?: RemoteEntry | undefined;
    readonly remotes?: readonly RemoteEntry[] | undefined;
}): RemoteSpec[];
export interface ConfigIssue {
    /** `tasks.build.outputs[1]` */
    readonly path: string;
    readonly message: string;
}
export declare function formatIssuePath(path: readonly PropertyKey[]): string;
export declare function formatConfigIssues(file: string, issues: readonly ConfigIssue[]): string;
