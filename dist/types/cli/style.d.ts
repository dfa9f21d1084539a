export interface Style {
    readonly bold: (s: string) => string;
    readonly dim: (s: string) => string;
    readonly green: (s: string) => string;
    readonly yellow: (s: string) => string;
    readonly red: (s: string) => string;
    readonly cyan: (s: string) => string;
}
export declare function createStyle(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Style;
