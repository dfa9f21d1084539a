import { type ListFilter } from './files.js';
import { type WorkspaceIndex } from './git-index.js';
/** How many paths of each kind `explain` shows. */
export declare const SHOWN_PATHS = 5;
export interface IgnoredInputs {
    /** Files the patterns matched that git ignores, left out of the inputs. */
    readonly ignored: readonly string[];
    /** Inputs that git neither tracks nor ignores; undefined when not asked for. */
    readonly untracked?: readonly string[];
}
/**
 * The git side of a scan: started before the walk (git lists while the walk runs), asked
 * once the walk is done. `filter` leaves out what git ignores; `report` says what it left out
 * and, when asked for, which inputs are untracked. Undefined where there is no repository.
 */
export declare class GitIgnore {
    private readonly workspace;
    private readonly cwd;
    private readonly patterns;
    private readonly listIgnored;
    private readonly untrackedList;
    private readonly index;
    private dropped;
    private kept;
    private ignoredList;
    private constructor();
    /** What git ignores among the scanned paths, asked for once. */
    private ignoredPaths;
    /**
     * Starts asking git about the files `patterns` (relative to `cwd`) can match. With
     * `untracked`, also lists the untracked files, for `report`. `index` is the invocation's
     * index of the workspace (engine/key-caches.ts), read once for all its tasks; without one,
     * each filter reads it.
     */
    static start(workspace: string, cwd: string, patterns: readonly string[], options?: {
        readonly untracked?: boolean;
        readonly index?: WorkspaceIndex;
    }): GitIgnore | undefined;
    /** Leaves out what git ignores, but for matches of a pattern whose base git ignores. */
    readonly filter: ListFilter;
    /**
     * Why git could not list what it ignores in a repository (every match then counts): told
     * once per workspace and process; undefined otherwise.
     */
    failure(): Promise<string | undefined>;
    /** What `filter` left out and, when asked for at the start, the untracked inputs. */
    report(): Promise<IgnoredInputs | undefined>;
}
