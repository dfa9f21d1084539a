// Reading a config file: bounded in size, with the identity of the file read, and the error
// that names the file and its issues. Shared by config-file.ts (which may reuse a kept parse)
// and config-load.ts (which parses), so that neither imports the other's module back.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Config } from '../core/config.js';
import { type ConfigIssue, formatConfigIssues } from '../core/config-shape.js';
import { UsageError } from './errors.js';

export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(formatConfigIssues(file, issues));
  }
}

export interface LoadedConfig {
  /** Absolute path of the config file. */
  readonly file: string;
  /** The workspace root: the config file's directory. */
  readonly workspace: string;
  readonly config: Config;
}

/** The largest config file read: a config is a few kilobytes, and is read whole. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

const tooLarge = (absolute: string, size: string) =>
  new ConfigError(absolute, [
    {
      path: '(root)',
      message: `expected a file of at most 1 MiB (${MAX_CONFIG_BYTES} bytes), got ${size}`,
    },
  ]);

export interface ConfigText {
  readonly text: string;
  /** Which file this is and when it last changed: device, inode, size and times. */
  readonly identity: string;
}

/** Reads a config file, refusing one larger than MAX_CONFIG_BYTES before reading it. */
export function readConfigFile(absolute: string): ConfigText {
  let fd: number;
  try {
    fd = openSync(absolute, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `config file not found: ${absolute}` : `cannot read ${absolute}: ${code}`,
    );
  }
  try {
    const stat = fstatSync(fd, { bigint: true });
    if (stat.isFile() && stat.size > MAX_CONFIG_BYTES) {
      throw tooLarge(absolute, `${stat.size} bytes`);
    }
    // Read to one byte past the limit at most: a file that grows, or a pipe, is bounded too.
    let buffer = Buffer.allocUnsafe(stat.isFile() ? Number(stat.size) + 1 : 64 * 1024);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_CONFIG_BYTES + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_CONFIG_BYTES) {
        throw tooLarge(absolute, `more than ${MAX_CONFIG_BYTES} bytes`);
      }
    }
    const identity = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    return { text: buffer.toString('utf8', 0, length), identity };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${absolute}: ${(error as NodeJS.ErrnoException).code}`);
  } finally {
    closeSync(fd);
  }
}

export function readConfigText(absolute: string): string {
  return readConfigFile(absolute).text;
}
