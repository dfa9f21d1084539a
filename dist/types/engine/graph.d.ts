import type { TaskConfig } from '../core/config.js';
export interface TaskGraph {
    /** Every task, dependencies before dependents; otherwise in file order. */
    readonly order: readonly string[];
    /** Each task's direct dependencies, in the order `depends-on` names them. */
    readonly deps: ReadonlyMap<string, readonly string[]>;
}
/**
 * Resolves every task's `depends-on`. An unknown name, a glob that matches no other task, and
 * a cycle are config errors naming the file and the field (`tasks.web.depends-on[1]`).
 */
export declare function buildGraph(file: string, tasks: Readonly<Record<string, TaskConfig>>): TaskGraph;
/** The task and everything it depends on, directly or not. */
export declare function withDependencies(graph: TaskGraph, names: Iterable<string>): Set<string>;
export interface Selection {
    /** Task names or globs of names; none (and no filter) selects every task. */
    readonly names: readonly string[];
    /**
     * Working directories: the tasks whose working directory is one of them or below it. A
     * trailing `...` also selects their dependencies, whatever `only` says.
     */
    readonly filters?: readonly string[];
    /** Only the selected tasks, not their dependencies. */
    readonly only?: boolean;
}
/** The tasks a run selects, in graph order. Names and filters that select nothing are usage errors. */
export declare function selectNames(graph: TaskGraph, tasks: Readonly<Record<string, TaskConfig>>, file: string, selection: Selection): string[];
