// The project's identity: what a task's earlier entries are found by in a shared store (the
// run context's `scope`), the same in every clone of the repository and never an absolute path.
//
//   github.com/owner/repo#taskcache.yml   the `origin` remote, normalised, and the config's
//                                         path relative to the repository root
//   git:tools/taskcache.yml               a repository without `origin`: the config's path
//   path:<digest>                         no git: a digest of the config's absolute path
//
// Without git, a surface that knows the repository another way (the action: GITHUB_REPOSITORY)
// passes it as `known`, with the directory that stands for the repository root: the identity is
// then the one a checkout with that `origin` would have.
//
// A remote keeps its host (lower-cased) and path only: no scheme, no user or password, no
// port, no `.git`. A remote that is a local path is kept as a digest of it.

import { readFileSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { blake3 } from '../adapters/blake3.js';
import { findGitDir } from '../adapters/git-index.js';

/**
 * The `url` of `[remote "origin"]` in a git config file's text (the last one, as `git config
 * --get` answers), or undefined. Quotes and trailing comments are removed; includes are not
 * followed.
 */
export function originUrl(config: string): string | undefined {
  let inOrigin = false;
  let url: string | undefined;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[([^\]]*)\]/.exec(line);
    if (section) {
      inOrigin = /^remote\s+"origin"$/i.test(section[1]!.trim());
      continue;
    }
    if (!inOrigin) continue;
    const entry = /^url\s*=\s*(.*)$/i.exec(line);
    if (!entry) continue;
    let value = '';
    let quoted = false;
    for (const char of entry[1]!) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === '#' || char === ';')) break;
      else value += char;
    }
    url = value.trim();
  }
  return url === '' ? undefined : url;
}

/** The repository `dir` is in: its top, and its `origin` remote when it has one. */
function repository(dir: string): { top: string; remote: string | undefined } | undefined {
  const found = findGitDir(dir);
  if (found === undefined) return undefined;
  // A linked worktree keeps its config in the common directory.
  let common = found.gitDir;
  try {
    common = path.resolve(
      found.gitDir,
      readFileSync(path.join(found.gitDir, 'commondir'), 'utf8').trim(),
    );
  } catch {
    // Not a linked worktree.
  }
  let config = '';
  try {
    config = readFileSync(path.join(common, 'config'), 'utf8');
  } catch {
    // No config: no remote.
  }
  return { top: found.top, remote: originUrl(config) };
}

/**
 * A remote URL as the same name in every clone: `https://user:token@GitHub.com:443/o/r.git`,
 * `git@github.com:o/r.git` and `ssh://git@github.com/o/r` are all `github.com/o/r`. Undefined
 * for an empty one.
 */
export function normalizeRemote(url: string): string | undefined {
  const text = url.trim();
  if (text === '') return undefined;
  let host: string;
  let rest: string;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(.*)$/i.exec(text);
  const scpLike = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.*)$/.exec(text);
  if (withScheme) {
    const [, scheme, authority, tail] = withScheme as unknown as [string, string, string, string];
    if (scheme.toLowerCase() === 'file') return `local:${blake3(tail).slice(0, 32)}`;
    host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
    rest = tail;
  } else if (scpLike && !/^[a-z]:[\\/]/i.test(text)) {
    [, host, rest] = scpLike as unknown as [string, string, string];
  } else {
    // A path on this machine: only its digest may be kept.
    return `local:${blake3(text).slice(0, 32)}`;
  }
  const cleanPath = rest
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/^\/+/, '');
  return `${host.toLowerCase()}/${cleanPath}`;
}

/** The real path of `file`, or the path as given when it cannot be resolved. */
function real(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * The project identity of the config file at `configFile` (or, for a task given without one,
 * a name in the project's directory): see the header.
 */
export async function projectScope(
  configFile: string,
  known?: { readonly remote: string; readonly root: string },
): Promise<string> {
  const anchor = real(configFile);
  const dir = path.dirname(anchor);
  // Read from the repository's files rather than by starting git twice on every run.
  const repo = repository(dir);
  if (repo === undefined) {
    const origin = known === undefined ? undefined : normalizeRemote(known.remote);
    if (known === undefined || origin === undefined) return `path:${blake3(anchor).slice(0, 32)}`;
    const relative = path.relative(real(known.root), anchor).split(path.sep).join('/');
    return `${origin}#${relative || '.'}`;
  }
  const relative = path.relative(real(repo.top), anchor).split(path.sep).join('/') || '.';
  const origin = repo.remote === undefined ? undefined : normalizeRemote(repo.remote);
  return origin === undefined ? `git:${relative}` : `${origin}#${relative}`;
}
