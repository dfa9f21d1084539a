/** A parsed JSON object whose fields are not checked yet. */
export type Fields = {
    readonly [key: string]: unknown;
};
export declare function isObject(value: unknown): value is Fields;
/** The first key of `value` that is not one of `allowed`, if any. */
export declare function unknownKey(value: Fields, allowed: readonly string[]): string | undefined;
