/** A usage or config problem: the CLI exits 2, the action fails the step. */
export declare class UsageError extends Error {
    readonly name: string;
}
