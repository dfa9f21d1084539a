export type Json = null | boolean | number | string | Json[] | {
    [key: string]: Json;
};
export declare function canonicalJson(value: Json): string;
/** Orders strings by UTF-16 code unit, the same on every machine and locale. */
export declare function compareCodeUnits(a: string, b: string): number;
