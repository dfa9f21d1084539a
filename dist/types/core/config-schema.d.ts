import * as z from 'zod/mini';
import { type ConfigIssue } from './config-shape.js';
export declare const taskSchema: z.ZodMiniObject<{
    run: z.ZodMiniString<string>;
    inputs: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    outputs: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    env: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    'key-commands': z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    'depends-on': z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    'key-salt': z.ZodMiniDefault<z.ZodMiniString<string>>;
    'working-directory': z.ZodMiniDefault<z.ZodMiniString<string>>;
    shell: z.ZodMiniOptional<z.ZodMiniEnum<{
        bash: "bash";
        sh: "sh";
        pwsh: "pwsh";
        powershell: "powershell";
        cmd: "cmd";
    }>>;
    redact: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    'clean-outputs': z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
    'allow-external-links': z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
    cache: z.ZodMiniOptional<z.ZodMiniEnum<{
        "read-write": "read-write";
        read: "read";
        write: "write";
        off: "off";
    }>>;
}, z.core.$strict>;
export declare const configSchema: z.ZodMiniObject<{
    $schema: z.ZodMiniOptional<z.ZodMiniString<string>>;
    defaults: z.ZodMiniOptional<z.ZodMiniObject<{
        inputs: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        env: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        'key-commands': z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        redact: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        'key-salt': z.ZodMiniOptional<z.ZodMiniString<string>>;
        shell: z.ZodMiniOptional<z.ZodMiniEnum<{
            bash: "bash";
            sh: "sh";
            pwsh: "pwsh";
            powershell: "powershell";
            cmd: "cmd";
        }>>;
        'clean-outputs': z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        'allow-external-links': z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    }, z.core.$strict>>;
    tasks: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniObject<{
        run: z.ZodMiniString<string>;
        inputs: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        outputs: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        env: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        'key-commands': z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        'depends-on': z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        'key-salt': z.ZodMiniDefault<z.ZodMiniString<string>>;
        'working-directory': z.ZodMiniDefault<z.ZodMiniString<string>>;
        shell: z.ZodMiniOptional<z.ZodMiniEnum<{
            bash: "bash";
            sh: "sh";
            pwsh: "pwsh";
            powershell: "powershell";
            cmd: "cmd";
        }>>;
        redact: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        'clean-outputs': z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
        'allow-external-links': z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
        cache: z.ZodMiniOptional<z.ZodMiniEnum<{
            "read-write": "read-write";
            read: "read";
            write: "write";
            off: "off";
        }>>;
    }, z.core.$strict>>;
    'max-size': z.ZodMiniOptional<z.ZodMiniString<string>>;
    'max-age': z.ZodMiniOptional<z.ZodMiniString<string>>;
    remote: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        url: z.ZodMiniString<string>;
        mode: z.ZodMiniDefault<z.ZodMiniEnum<{
            "read-write": "read-write";
            read: "read";
            write: "write";
            off: "off";
        }>>;
        timeout: z.ZodMiniOptional<z.ZodMiniString<string>>;
        retries: z.ZodMiniOptional<z.ZodMiniInt>;
    }, z.core.$strict>]>>;
    remotes: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        url: z.ZodMiniString<string>;
        mode: z.ZodMiniDefault<z.ZodMiniEnum<{
            "read-write": "read-write";
            read: "read";
            write: "write";
            off: "off";
        }>>;
        timeout: z.ZodMiniOptional<z.ZodMiniString<string>>;
        retries: z.ZodMiniOptional<z.ZodMiniInt>;
    }, z.core.$strict>]>>>;
    stores: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        module: z.ZodMiniString<string>;
        mode: z.ZodMiniDefault<z.ZodMiniEnum<{
            "read-write": "read-write";
            read: "read";
            write: "write";
            off: "off";
        }>>;
        options: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
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
export declare function validateConfig(parsed: unknown): ConfigResult;
