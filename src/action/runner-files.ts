// The runner's command files. The command gets files of its own for GITHUB_OUTPUT,
// GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY; what it writes is forwarded to the
// step's real files and recorded in the entry, and re-applied from the entry on a hit.

import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RunnerFiles } from '../core/entry.js';
import type { CommandHooks } from '../engine/engine.js';

const FILES = {
  output: 'GITHUB_OUTPUT',
  env: 'GITHUB_ENV',
  path: 'GITHUB_PATH',
  summary: 'GITHUB_STEP_SUMMARY',
} as const satisfies Record<keyof RunnerFiles, string>;

/** Variables only the action's own process may see: never passed to the command. */
const PRIVATE = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_STATE',
];

export function commandEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (PRIVATE.includes(name) || name.startsWith('INPUT_') || name.startsWith('STATE_')) continue;
    out[name] = value;
  }
  return out;
}

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

/** Appends writes to the step's real files (what the command wrote, on a miss). */
function appendRunnerFiles(files: RunnerFiles, env: NodeJS.ProcessEnv): void {
  for (const [field, variable] of Object.entries(FILES) as [keyof RunnerFiles, string][]) {
    const target = env[variable];
    const text = files[field];
    if (target && text) appendFileSync(target, text.endsWith('\n') ? text : `${text}\n`);
  }
}

/**
 * Re-applies a cached entry's runner files on a hit, as filterRunnerFiles allows, with one
 * notice naming what was left out.
 */
export function applyRunnerFiles(
  files: RunnerFiles,
  env: NodeJS.ProcessEnv,
  options: { workspace: string; notice: (message: string) => void },
): void {
  const {
    files: kept,
    refusedEnv,
    refusedPath,
    envError,
  } = filterRunnerFiles(files, options.workspace);
  const left: string[] = [];
  if (refusedEnv.length > 0) {
    left.push(`GITHUB_ENV ${refusedEnv.join(', ')} (variables that make later programs run code)`);
  }
  if (envError) left.push(`the rest of GITHUB_ENV (${envError})`);
  if (refusedPath.length > 0) {
    left.push(`GITHUB_PATH ${refusedPath.join(', ')} (outside the workspace)`);
  }
  if (left.length > 0) {
    options.notice(
      `taskcache: the cached entry's runner files were re-applied without ${left.join('; ')}`,
    );
  }
  appendRunnerFiles(kept, env);
}

export function runnerFileHooks(
  dir: string,
  env: NodeJS.ProcessEnv,
  reapply: { workspace: string; notice: (message: string) => void },
): CommandHooks {
  mkdirSync(dir, { recursive: true });
  const own = Object.fromEntries(
    Object.entries(FILES).map(([field, variable]) => [
      field,
      path.join(dir, variable.toLowerCase()),
    ]),
  ) as Record<keyof RunnerFiles, string>;
  return {
    prepare(base) {
      const childEnv = commandEnv(base);
      for (const [field, variable] of Object.entries(FILES) as [keyof RunnerFiles, string][]) {
        writeFileSync(own[field], '');
        childEnv[variable] = own[field];
      }
      return childEnv;
    },
    collect() {
      const read = (field: keyof RunnerFiles) => readFileSync(own[field], 'utf8');
      const files: RunnerFiles = {
        output: read('output'),
        env: read('env'),
        path: read('path'),
        summary: read('summary'),
      };
      appendRunnerFiles(files, env);
      return files;
    },
    apply(files) {
      applyRunnerFiles(files, env, reapply);
    },
  };
}
