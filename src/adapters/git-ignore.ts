// Which inputs git ignores: in a git checkout, a file git ignores is not an input unless a
// pattern names it (or a directory above it) before any glob (docs/config.md, "Inputs and
// .gitignore"). Git itself answers, so every rule it has (nested .gitignore files, negations,
// .git/info/exclude, core.excludesFile) applies exactly as `git status` applies it.
//
// One `git ls-files --others --ignored --exclude-standard --directory` per scan, limited to the
// patterns' static bases and started before the walk, so it runs while the walk does. It lists
// what git ignores and is not tracked (a tracked file is never ignored), an ignored directory
// as one line: its cost follows the untracked part of the tree, not the tracked files.
// `git check-ignore --stdin` would ask about each listed file, at about half a millisecond
// each with a 50,000-file index. Untracked files (for `explain`) take a second listing, only
// when asked for.
//
// A tracked file is never ignored: when the index (git-index.ts) holds every file a scan
// listed, as in a clean checkout, git is not started at all. Otherwise the listing starts
// when the walk is done; `explain`, which also lists the untracked files, starts both before
// the walk.

import * as path from 'node:path';
import picomatch from 'picomatch';
import { debug } from './debug.js';
import { type ListFilter, workspacePatterns } from './files.js';
import { findGitDir, loadWorkspaceIndex, type WorkspaceIndex } from './git-index.js';
import { childProcess } from './lazy-builtins.js';
import { witnessSpoil } from './stat-witness.js';
import { matcher } from './walk.js';

/** Paths git lists, relative to the workspace: files, and directories ending in `/`. */
class PathSet {
  constructor(private readonly paths: ReadonlySet<string>) {}

  /** Whether `relative` is listed, or lies below a listed directory. */
  has(relative: string): boolean {
    if (this.paths.has(relative) || this.paths.has(`${relative}/`)) return true;
    for (let slash = relative.lastIndexOf('/'); slash > 0; ) {
      if (this.paths.has(relative.slice(0, slash + 1))) return true;
      slash = relative.lastIndexOf('/', slash - 1);
    }
    return false;
  }
}

/** Workspaces where git answered that there is no repository (or no git): not asked again. */
const notRepositories = new Set<string>();
/** Why git failed in a repository, per workspace, until it is told (once per process). */
const failures = new Map<string, string | null>();

/** How many paths of each kind `explain` shows. */
export const SHOWN_PATHS = 5;

export interface IgnoredInputs {
  /** Files the patterns matched that git ignores, left out of the inputs. */
  readonly ignored: readonly string[];
  /** Inputs that git neither tracks nor ignores; undefined when not asked for. */
  readonly untracked?: readonly string[];
}

/**
 * Runs git in the workspace; resolves to its output split at NULs, or undefined on failure.
 * `input` goes to its standard input; an exit code of 1 with input means "none of them".
 */
function gitList(
  workspace: string,
  args: readonly string[],
  input?: string,
): Promise<Set<string> | undefined> {
  // What git reads to answer (its ignore rules, the untracked files) is not seen by a stat.
  witnessSpoil('git was asked which inputs it ignores');
  return new Promise((resolve) => {
    const child = childProcess().execFile(
      'git',
      args,
      {
        cwd: workspace,
        maxBuffer: 1 << 30,
        encoding: 'utf8',
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (error && input !== undefined && error.code === 1) {
          resolve(new Set());
          return;
        }
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT' || /not a git repository/i.test(String(stderr))) {
            notRepositories.add(workspace);
          } else if (!failures.has(workspace)) {
            const line = String(stderr).trim().split('\n')[0] || error.message;
            failures.set(workspace, line.replace(/^(fatal|error): /, ''));
          }
          debug(
            `git ${args.find((arg) => !arg.startsWith('-'))}: ${code === 'ENOENT' ? 'git is not installed' : String(stderr).trim() || error.message}`,
          );
          resolve(undefined);
          return;
        }
        resolve(new Set(stdout.split('\0').filter((line) => line !== '')));
      },
    );
    child.stdin?.on('error', () => {}); // A git that failed early: reported above.
    child.stdin?.end(input);
  });
}

/** A positive pattern's static base (before any glob magic), relative to the workspace. */
function staticBase(cwd: string, written: string): string {
  const body = written
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/{2,}/g, '/');
  const joined = path.posix.normalize(path.posix.join(cwd, picomatch.scan(body).base));
  const base = joined.replace(/\/+$/, '');
  return base === '.' ? '' : base;
}

/**
 * The git side of a scan: started before the walk (git lists while the walk runs), asked
 * once the walk is done. `filter` leaves out what git ignores; `report` says what it left out
 * and, when asked for, which inputs are untracked. Undefined where there is no repository.
 */
export class GitIgnore {
  private dropped: string[] = [];
  private kept: string[] = [];
  private ignoredList: Promise<Set<string> | undefined> | undefined;

  private constructor(
    private readonly workspace: string,
    private readonly cwd: string,
    private readonly patterns: readonly string[],
    private readonly listIgnored: () => Promise<Set<string> | undefined>,
    private readonly untrackedList: Promise<Set<string> | undefined> | undefined,
    private readonly index: WorkspaceIndex | undefined,
  ) {
    if (untrackedList) this.ignoredList = listIgnored();
  }

  /** What git ignores among the scanned paths, asked for once. */
  private ignoredPaths(): Promise<Set<string> | undefined> {
    this.ignoredList ??= this.listIgnored();
    return this.ignoredList;
  }

  /**
   * Starts asking git about the files `patterns` (relative to `cwd`) can match. With
   * `untracked`, also lists the untracked files, for `report`. `index` is the invocation's
   * index of the workspace (engine/key-caches.ts), read once for all its tasks; without one,
   * each filter reads it.
   */
  static start(
    workspace: string,
    cwd: string,
    patterns: readonly string[],
    options: { readonly untracked?: boolean; readonly index?: WorkspaceIndex } = {},
  ): GitIgnore | undefined {
    if (notRepositories.has(workspace) || findGitDir(workspace) === undefined) return undefined;
    const bases = new Set<string>();
    for (const written of patterns) {
      if (!written.startsWith('!')) bases.add(staticBase(cwd, written));
    }
    if (bases.size === 0) return undefined;
    // Limited to the bases, unless one of them is the whole workspace.
    const pathspecs = bases.has('') ? [] : ['--', ...bases];
    const list = (extra: string[]) =>
      gitList(workspace, [
        '--literal-pathspecs',
        'ls-files',
        '-z',
        '--others',
        '--exclude-standard',
        ...extra,
        ...pathspecs,
      ]);
    return new GitIgnore(
      workspace,
      cwd,
      patterns,
      () => list(['--ignored', '--directory']),
      options.untracked ? list(['--directory']) : undefined,
      options.index,
    );
  }

  /** Leaves out what git ignores, but for matches of a pattern whose base git ignores. */
  readonly filter: ListFilter = async (files) => {
    if (this.ignoredList === undefined) {
      const index = this.index ?? loadWorkspaceIndex(this.workspace);
      if (index !== undefined && files.every((file) => index.has(file))) {
        debug('git: every input is tracked, so none is ignored');
        this.kept = [...files];
        return new Set();
      }
    }
    const listed = await this.ignoredPaths();
    if (listed === undefined || listed.size === 0) {
      this.kept = [...files];
      return new Set();
    }
    const ignored = new PathSet(listed);
    // A pattern whose static base git ignores names ignored files on purpose: its matches count.
    // The listing cannot tell (it shows a directory of ignored files as ignored), the rules
    // can: git check-ignore, for the few bases the listing covers.
    const covered = new Map<string, string[]>();
    for (const written of this.patterns) {
      if (written.startsWith('!')) continue;
      const base = staticBase(this.cwd, written);
      if (base !== '' && ignored.has(base))
        covered.set(base, [...(covered.get(base) ?? []), written]);
    }
    const named: Array<(file: string) => boolean> = [];
    if (covered.size > 0) {
      const bases = [...covered.keys()];
      const answer = await gitList(
        this.workspace,
        ['check-ignore', '-z', '--stdin'],
        `${bases.join('\0')}\0`,
      );
      for (const base of bases) {
        if (answer !== undefined && !answer.has(base)) continue;
        for (const pattern of workspacePatterns(this.cwd, covered.get(base)!).positive) {
          named.push(matcher(pattern));
        }
      }
    }
    const drop = new Set<string>();
    for (const file of files) {
      if (ignored.has(file) && !named.some((matches) => matches(file))) {
        drop.add(file);
        this.dropped.push(file);
      } else this.kept.push(file);
    }
    return drop;
  };

  /**
   * Why git could not list what it ignores in a repository (every match then counts): told
   * once per workspace and process; undefined otherwise.
   */
  async failure(): Promise<string | undefined> {
    if (this.ignoredList === undefined) return undefined;
    await this.ignoredList;
    const message = failures.get(this.workspace);
    if (!message) return undefined;
    failures.set(this.workspace, null);
    return message;
  }

  /** What `filter` left out and, when asked for at the start, the untracked inputs. */
  async report(): Promise<IgnoredInputs | undefined> {
    // Not asked: every input was in the index, so none is ignored.
    if (this.ignoredList === undefined) return { ignored: [] };
    if ((await this.ignoredList) === undefined) return undefined;
    const listed = await this.untrackedList;
    if (listed === undefined) return { ignored: this.dropped };
    const untracked = new PathSet(listed);
    return { ignored: this.dropped, untracked: this.kept.filter((file) => untracked.has(file)) };
  }
}
