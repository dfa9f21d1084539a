export declare const FLAGS: {
    readonly config: {
        readonly type: "string";
        readonly short: "c";
    };
    readonly 'cache-dir': {
        readonly type: "string";
    };
    readonly remote: {
        readonly type: "string";
        readonly multiple: true;
    };
    readonly json: {
        readonly type: "boolean";
    };
    readonly force: {
        readonly type: "boolean";
    };
    readonly 'max-size': {
        readonly type: "string";
    };
    readonly 'max-age': {
        readonly type: "string";
    };
    readonly help: {
        readonly type: "boolean";
        readonly short: "h";
    };
};
export type FlagName = keyof typeof FLAGS;
export interface ParsedFlags {
    readonly config?: string;
    readonly 'cache-dir'?: string;
    readonly remote?: string[];
    readonly json?: boolean;
    readonly force?: boolean;
    readonly 'max-size'?: string;
    readonly 'max-age'?: string;
    readonly help?: boolean;
}
export declare function parseFlags(command: string, args: readonly string[], accepted: readonly FlagName[]): {
    flags: ParsedFlags;
    positionals: string[];
};
