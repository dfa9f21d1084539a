// What a hit may re-apply of the runner files a cached run wrote. The entry is untrusted
// input: GITHUB_ENV is read as the runner reads it and names that make later programs run
// code are dropped; GITHUB_PATH keeps entries inside the workspace only.

import * as path from 'node:path';
import type { RunnerFiles } from '../core/entry.js';

/**
 * Names a recorded GITHUB_ENV line may not set on a hit: each makes a later program load or run
 * code the value chooses, without that program asking for it (a shell's start-up file, the
 * dynamic loader, an interpreter's or the JVM's options, git's configuration and helpers), or
 * re-points the runner's own services. The runner itself refuses NODE_OPTIONS there. A `*`
 * ends a prefix. Names are compared in upper case (Windows' are case-insensitive).
 */
export const REFUSED_ENV_NAMES: readonly string[] = [
  // Shells: start-up files, exported functions and hooks.
  'BASH_ENV',
  'ENV',
  'BASH_FUNC_*',
  'PROMPT_COMMAND',
  'PS4',
  'SHELLOPTS',
  'BASHOPTS',
  'ZDOTDIR',
  // The dynamic loader (glibc, macOS), and modules glibc and OpenSSL load by path.
  'LD_*',
  'DYLD_*',
  'GCONV_PATH',
  'OPENSSL_CONF',
  // Interpreters and runtimes.
  'NODE_OPTIONS',
  'PYTHONSTARTUP',
  'PYTHONPATH',
  'PYTHONHOME',
  'PYTHONWARNINGS',
  'PERL5OPT',
  'PERL5DB',
  'RUBYOPT',
  'JAVA_TOOL_OPTIONS',
  '_JAVA_OPTIONS',
  'JDK_JAVA_OPTIONS',
  // git: configuration from the environment, its programs and the commands it runs.
  'GIT_CONFIG*',
  'GIT_EXEC_PATH',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_ASKPASS',
  'SSH_ASKPASS',
  'GIT_PROXY_COMMAND',
  'GIT_EXTERNAL_DIFF',
  'GIT_EDITOR',
  'GIT_PAGER',
  // The runner's services (cache, results, OIDC) for later actions.
  'ACTIONS_*',
];

export function isRefusedEnvName(name: string): boolean {
  const upper = name.toUpperCase();
  return REFUSED_ENV_NAMES.some((rule) =>
    rule.endsWith('*') ? upper.startsWith(rule.slice(0, -1)) : upper === rule,
  );
}

/** One variable of a GITHUB_ENV file, with the exact text that set it. */
export interface EnvFileEntry {
  readonly name: string;
  readonly value: string;
  /** The line (or heredoc block) as written, with its line ends. */
  readonly text: string;
}

export interface EnvFile {
  readonly entries: readonly EnvFileEntry[];
  /** Why the runner would stop reading at some point (the text after it is not applied). */
  readonly error?: string;
}

/** Next line from `index`: LF-terminated, as the runner on Linux and macOS reads them. */
function nextLine(text: string, index: number): { line: string; end: number } | undefined {
  if (index >= text.length) return undefined;
  const lf = text.indexOf('\n', index);
  return lf < 0
    ? { line: text.slice(index), end: text.length }
    : { line: text.slice(index, lf), end: lf + 1 };
}

/**
 * Parses a GITHUB_ENV file as the runner does (FileCommandManager's SetEnvFileCommand):
 * `NAME=value` when `=` comes before any `<<`, else `NAME<<DELIMITER` followed by the value's
 * lines up to a line that is exactly the delimiter; empty lines are skipped; anything else, an
 * empty name or delimiter, or a missing delimiter ends the file with an error.
 */
export function parseEnvFile(text: string): EnvFile {
  const entries: EnvFileEntry[] = [];
  let index = 0;
  for (let next = nextLine(text, index); next; next = nextLine(text, index)) {
    const start = index;
    const { line } = next;
    index = next.end;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (name === '') return { entries, error: 'a line has an empty name' };
      entries.push({ name, value: line.slice(equals + 1), text: text.slice(start, index) });
      continue;
    }
    if (heredoc < 0) return { entries, error: 'a line is neither NAME=value nor NAME<<DELIMITER' };
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    if (name === '' || delimiter === '') {
      return { entries, error: 'a heredoc has an empty name or delimiter' };
    }
    const valueStart = index;
    let valueEnd = index;
    let found = false;
    for (let inner = nextLine(text, index); inner; inner = nextLine(text, index)) {
      index = inner.end;
      if (inner.line === delimiter) {
        found = true;
        break;
      }
      valueEnd = text[inner.end - 1] === '\n' ? inner.end - 1 : inner.end;
    }
    if (!found) return { entries, error: `no line ends the heredoc of ${name}` };
    entries.push({
      name,
      value: valueEnd > valueStart ? text.slice(valueStart, valueEnd) : '',
      text: text.slice(start, index),
    });
  }
  return { entries };
}

/** True when `entry` is an absolute path inside `workspace` (the workspace itself included). */
export function isInsideWorkspace(entry: string, workspace: string): boolean {
  if (!path.isAbsolute(entry)) return false;
  const relative = path.relative(path.resolve(workspace), path.resolve(entry));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export interface Reapplied {
  readonly files: RunnerFiles;
  /** Names of GITHUB_ENV variables left out (never their values). */
  readonly refusedEnv: readonly string[];
  /** GITHUB_PATH entries left out: not inside the workspace. */
  readonly refusedPath: readonly string[];
  readonly envError?: string;
}

/**
 * What of a cached entry's runner files a hit re-applies: GITHUB_OUTPUT and the step summary
 * as recorded; GITHUB_ENV without the variables of REFUSED_ENV_NAMES (each kept line or block
 * written back as recorded); GITHUB_PATH entries inside the workspace only. The entry is
 * untrusted input: whoever can write to a store must not gain code execution in later steps.
 */
export function filterRunnerFiles(files: RunnerFiles, workspace: string): Reapplied {
  const env = parseEnvFile(files.env);
  const refusedEnv = [
    ...new Set(env.entries.filter((e) => isRefusedEnvName(e.name)).map((e) => e.name)),
  ];
  const keptEnv = env.entries.filter((e) => !isRefusedEnvName(e.name));
  const pathLines = files.path.split('\n').filter((line) => line !== '');
  const keptPath = pathLines.filter((line) => isInsideWorkspace(line, workspace));
  const refusedPath = pathLines.filter((line) => !isInsideWorkspace(line, workspace));
  return {
    files: {
      output: files.output,
      summary: files.summary,
      env: keptEnv.map((e) => (e.text.endsWith('\n') ? e.text : `${e.text}\n`)).join(''),
      path: keptPath.map((line) => `${line}\n`).join(''),
    },
    refusedEnv,
    refusedPath,
    ...(env.error ? { envError: env.error } : {}),
  };
}
