import { z } from 'zod';
import { type ConfigIssue } from './config-shape.js';
export * from './config-shape.js';
export declare const taskSchema: z.ZodObject<{
    run: z.ZodString;
    inputs: z.ZodDefault<z.ZodArray<z.ZodString>>;
    outputs: z.ZodDefault<z.ZodArray<z.ZodString>>;
    env: z.ZodDefault<z.ZodArray<z.ZodString>>;
    'key-commands': z.ZodDefault<z.ZodArray<z.ZodString>>;
    'key-salt': z.ZodDefault<z.ZodString>;
    'working-directory': z.ZodDefault<z.ZodString>;
    shell: z.ZodOptional<z.ZodEnum<{
        bash: "bash";
        sh: "sh";
        pwsh: "pwsh";
        powershell: "powershell";
        cmd: "cmd";
    }>>;
    redact: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export declare const configSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    tasks: z.ZodRecord<z.ZodString, z.ZodObject<{
        run: z.ZodString;
        inputs: z.ZodDefault<z.ZodArray<z.ZodString>>;
        outputs: z.ZodDefault<z.ZodArray<z.ZodString>>;
        env: z.ZodDefault<z.ZodArray<z.ZodString>>;
        'key-commands': z.ZodDefault<z.ZodArray<z.ZodString>>;
        'key-salt': z.ZodDefault<z.ZodString>;
        'working-directory': z.ZodDefault<z.ZodString>;
        shell: z.ZodOptional<z.ZodEnum<{
            bash: "bash";
            sh: "sh";
            pwsh: "pwsh";
            powershell: "powershell";
            cmd: "cmd";
        }>>;
        redact: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    'max-size': z.ZodOptional<z.ZodString>;
    'max-age': z.ZodOptional<z.ZodString>;
    remote: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        url: z.ZodString;
        mode: z.ZodDefault<z.ZodEnum<{
            "read-write": "read-write";
            read: "read";
            write: "write";
            off: "off";
        }>>;
    }, z.core.$strict>]>>;
    remotes: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        url: z.ZodString;
        mode: z.ZodDefault<z.ZodEnum<{
            "read-write": "read-write";
            read: "read";
            write: "write";
            off: "off";
        }>>;
    }, z.core.$strict>]>>>;
}, z.core.$strict>;
export type TaskConfig = z.output<typeof taskSchema>;
export type Config = z.output<typeof configSchema>;
export type ConfigResult = {
    readonly ok: true;
    readonly config: Config;
} | {
    readonly ok: false;
    readonly issues: readonly ConfigIssue[];
};
/** Validates an already-parsed value; every problem is reported, not just the first. */
export declare function validateConfig(value: unknown): ConfigResult;
/** Parses YAML text and validates it. Syntax errors carry line and column. */
export declare function parseConfig(text: string): ConfigResult;
/** The JSON Schema for editors, generated from the same schema that validates. */
export declare function configJsonSchema(): Record<string, unknown>;
