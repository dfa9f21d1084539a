export type OutputMatcher = (workspacePath: string) => boolean;
/** A matcher of the workspace-relative paths that `outputs`, declared in `cwd`, select. */
export declare function declaredOutputs(cwd: string, outputs: readonly string[]): OutputMatcher;
/** The first path of `paths` that the outputs do not cover, if any. */
export declare function firstUndeclared(paths: Iterable<string>, cwd: string, outputs: readonly string[]): string | undefined;
