// Which workspace paths a task's declared `outputs` cover, decided from the patterns alone
// (a restore checks an entry's paths before anything exists on disk). The rules are those of
// the save-time listing: patterns relative to the working directory, `!` excludes, a plain
// name also covers everything below it (at save time it names a directory or a file).

import * as posix from 'node:path/posix';
import picomatch from 'picomatch';
import { MATCH_OPTIONS } from './walk.js';

export type OutputMatcher = (workspacePath: string) => boolean;

/** `./a/b`, `a//b/` and `a\b` as the listing sees them: `a/b`. */
function normalize(pattern: string): string {
  return pattern
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/{2,}/g, '/')
    .replace(/(.)\/+$/, '$1');
}

function compile(patterns: readonly string[]): (path: string) => boolean {
  const matchers = patterns.map((pattern) => {
    const glob = picomatch(pattern, MATCH_OPTIONS);
    if (picomatch.scan(pattern).isGlob) return glob;
    const below = picomatch(`${pattern}/**`, MATCH_OPTIONS);
    return (path: string) => glob(path) || below(path);
  });
  return (path) => matchers.some((matches) => matches(path));
}

/** A matcher of the workspace-relative paths that `outputs`, declared in `cwd`, select. */
export function declaredOutputs(cwd: string, outputs: readonly string[]): OutputMatcher {
  const positive = outputs.filter((p) => !p.startsWith('!')).map(normalize);
  const negative = outputs.filter((p) => p.startsWith('!')).map((p) => normalize(p.slice(1)));
  const included = compile(positive);
  const excluded = compile(negative);
  return (workspacePath) => {
    const relative = cwd === '.' ? workspacePath : posix.relative(cwd, workspacePath);
    return included(relative) && !excluded(relative);
  };
}

/** The first path of `paths` that the outputs do not cover, if any. */
export function firstUndeclared(
  paths: Iterable<string>,
  cwd: string,
  outputs: readonly string[],
): string | undefined {
  const covered = declaredOutputs(cwd, outputs);
  for (const path of paths) if (!covered(path)) return path;
  return undefined;
}
