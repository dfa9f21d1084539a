// Which workspace paths a task's declared `outputs` cover, decided from the patterns alone
// (a restore checks an entry's paths before anything exists on disk). The patterns are read
// as the save-time listing reads them (files.ts: rooted at the workspace, braces expanded, `!`
// excludes); a static pattern also covers everything below it, as it does when it names a
// directory at save time.

import picomatch from 'picomatch';
import { workspacePatterns } from './files.js';
import { MATCH_OPTIONS } from './walk.js';

export type OutputMatcher = (workspacePath: string) => boolean;

/** A matcher of the workspace-relative paths that `outputs`, declared in `cwd`, select. */
export function declaredOutputs(cwd: string, outputs: readonly string[]): OutputMatcher {
  const { positive, negative } = workspacePatterns(cwd, outputs);
  const included = positive.length > 0 ? picomatch(positive, MATCH_OPTIONS) : () => false;
  const excluded = negative.length > 0 ? picomatch(negative, MATCH_OPTIONS) : () => false;
  return (workspacePath) => included(workspacePath) && !excluded(workspacePath);
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
