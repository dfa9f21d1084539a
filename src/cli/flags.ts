// The CLI's flags, declared once. Each command picks the ones it accepts.

import { parseArgs } from 'node:util';
import { UsageError } from '../engine/errors.js';

export const FLAGS = {
  config: { type: 'string', short: 'c' },
  'cache-dir': { type: 'string' },
  remote: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  force: { type: 'boolean' },
  'max-size': { type: 'string' },
  'max-age': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  all: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  github: { type: 'boolean' },
  repo: { type: 'string' },
  concurrency: { type: 'string' },
  continue: { type: 'boolean' },
  only: { type: 'boolean' },
  filter: { type: 'string', multiple: true },
  scripts: { type: 'string' },
  stdout: { type: 'boolean' },
  cache: { type: 'string' },
  'remote-mode': { type: 'string' },
  'no-remote': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  quiet: { type: 'boolean', short: 'q' },
  task: { type: 'boolean' },
} as const;

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
  readonly all?: boolean;
  readonly 'dry-run'?: boolean;
  readonly yes?: boolean;
  readonly github?: boolean;
  readonly repo?: string;
  readonly concurrency?: string;
  readonly continue?: boolean;
  readonly only?: boolean;
  readonly filter?: string[];
  readonly scripts?: string;
  readonly stdout?: boolean;
  readonly cache?: string;
  readonly 'remote-mode'?: string;
  readonly 'no-remote'?: boolean;
  readonly verbose?: boolean;
  readonly quiet?: boolean;
  readonly task?: boolean;
}

export function parseFlags(
  command: string,
  args: readonly string[],
  accepted: readonly FlagName[],
): { flags: ParsedFlags; positionals: string[] } {
  const options = Object.fromEntries(accepted.map((name) => [name, FLAGS[name]]));
  options.help = FLAGS.help;
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { flags: values as ParsedFlags, positionals };
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.replace(/\.$/, '')}`);
  }
}
