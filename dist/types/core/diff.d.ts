import { type Manifest } from './manifest.js';
export interface NameChanges {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly changed: readonly string[];
}
export type ManifestChange = {
    readonly kind: 'schema';
    readonly before: number;
    readonly after: number;
} | {
    readonly kind: 'command';
    readonly before: string;
    readonly after: string;
} | {
    readonly kind: 'shell';
    readonly before: string;
    readonly after: string;
} | {
    readonly kind: 'cwd';
    readonly before: string;
    readonly after: string;
} | {
    readonly kind: 'platform';
    readonly before: string;
    readonly after: string;
} | ({
    readonly kind: 'files';
} & NameChanges) | ({
    readonly kind: 'env';
} & NameChanges) | ({
    readonly kind: 'key-commands';
} & NameChanges) | {
    readonly kind: 'outputs';
    readonly before: readonly string[];
    readonly after: readonly string[];
} | {
    readonly kind: 'salt';
};
/** What differs from `before` to `after`; empty when the manifests give the same key. */
export declare function diffManifests(before: Manifest, after: Manifest): ManifestChange[];
/** "a, b, c" with at most `limit` names, then "and N more". */
export declare function listNames(names: readonly string[], limit?: number): string;
/** Human-readable lines, one per kind of change. */
export declare function describeChanges(changes: readonly ManifestChange[], limit?: number): string[];
/**
 * How far apart two manifests are: each input file, env var and key-command output that
 * differs counts one, and so does each other kind of change. The nearest earlier entry (the
 * one a miss is explained against) has the fewest.
 */
export declare function changeCount(changes: readonly ManifestChange[]): number;
/** The short reason for a miss, for a summary row or a status line. */
export declare function missReason(changes: readonly ManifestChange[] | undefined): string;
export declare function unreachable(value: never): never;
