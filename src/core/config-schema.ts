// The config's schema and its validation of a parsed value, every error reported at once with
// its path. Apart from the YAML parser (config.ts), so that a run which validates a parse it
// kept from an earlier run (engine/config-file.ts) does not load the parser.

// zod's tree-shakable form: the classic one costs a fresh run 40 ms just to load (bench/).
import * as z from 'zod/mini';
import {
  applyTaskDefaults,
  defaultsPatternIssues,
  stripExtensionFields,
} from './config-defaults.js';
import { type ConfigIssue, formatIssuePath, SHELLS, STORE_MODES } from './config-shape.js';
import { isAbsoluteAnywhere, normalizeWorkingDirectory, patternStaysInside } from './paths.js';
import { parseAge, parseSize } from './units.js';

const TASK_NAME = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;

const nonEmpty = () => z.string().check(z.minLength(1));

const stringList = (description: string) =>
  z._default(z.array(nonEmpty()), []).check(z.describe(description));

const sizeString = z
  .string()
  .check(
    z.refine((s) => parseSize(s) !== undefined, { message: 'expected a size such as "10GB"' }),
  );
const ageString = z.string().check(
  z.refine((s) => parseAge(s) !== undefined, {
    message: 'expected an age such as "7d" or "12h"',
  }),
);

const timeoutString = z.string().check(
  z.refine((s) => (parseAge(s) ?? 0) > 0, {
    message: 'expected a duration such as "10s" or "1500ms"',
  }),
);

export const taskSchema = z.strictObject({
  run: nonEmpty().check(z.describe('The command to run on a miss.')),
  inputs: stringList(
    'Globs of input files, relative to working-directory; "!" excludes. Their contents enter the key.',
  ),
  outputs: stringList(
    'Globs of output files, relative to working-directory; stored on success, restored on a hit.',
  ),
  env: stringList(
    'Environment variables whose values enter the key: names, "*" wildcards, "!" exclusions.',
  ),
  'key-commands': stringList('Commands whose stdout enters the key, such as "node --version".'),
  'depends-on': stringList(
    'Tasks that run before this one: names or globs of names. Their declared outputs are inputs of this task, by content.',
  ),
  'key-salt': z
    ._default(z.string(), '')
    .check(z.describe('Free text in the key, for manual invalidation.')),
  'working-directory': z
    ._default(z.string(), '.')
    .check(z.describe('Directory the command runs in, relative to the workspace.')),
  shell: z
    .optional(z.enum(SHELLS))
    .check(z.describe('Shell for the command (default bash; pwsh on Windows).')),
  redact: stringList('Environment variables whose values are removed from stored logs.'),
  'clean-outputs': z
    ._default(z.boolean(), false)
    .check(
      z.describe(
        "On a hit, remove the files in the outputs' directories that the entry does not have, so that stale files do not survive a restore.",
      ),
    ),
  'allow-external-links': z
    ._default(z.boolean(), false)
    .check(
      z.describe(
        "Store and restore output symlinks that point outside the workspace (such as a virtualenv's bin/python) as they are. Without it, such an output means the entry is not saved. A restored link points wherever the producing run's link pointed.",
      ),
    ),
  cache: z
    .optional(z.enum(STORE_MODES))
    .check(
      z.describe(
        'How this task uses the cache (default read-write): read-write, read (restore, never save), write (always run, save) or off (run without the cache). With --cache or TASKCACHE_CACHE, the stricter of the two applies.',
      ),
    ),
});

const remoteSchema = z
  .union([
    nonEmpty(),
    z.strictObject({
      url: nonEmpty(),
      mode: z._default(z.enum(STORE_MODES), 'read-write'),
      timeout: z
        .optional(timeoutString)
        .check(
          z.describe(
            'Bound on one operation, retries included, such as "10s"; also the longest wait for an answer. Default 30s.',
          ),
        ),
      retries: z
        .optional(
          z
            .int()
            .check(
              z.minimum(0, { message: 'expected a whole number from 0 to 10' }),
              z.maximum(10, { message: 'expected a whole number from 0 to 10' }),
            ),
        )
        .check(z.describe('Retries after a failed attempt, 0 to 10. Default 2.')),
    }),
  ])
  .check(
    z.describe(
      'A remote cache: http(s)://, s3://, turbo+http(s)://, redis(s)://, or {url, mode, timeout, retries} with mode read-write, read, write or off.',
    ),
  );

const pluginStoreSchema = z
  .union([
    nonEmpty(),
    z.strictObject({
      module: nonEmpty(),
      mode: z._default(z.enum(STORE_MODES), 'read-write'),
      options: z.optional(z.record(z.string(), z.unknown())),
    }),
  ])
  .check(
    z.describe(
      'A plug-in store: a module path relative to the config file (its factory returns a Store), or {module, mode, options}. It runs with the rights of the config.',
    ),
  );

const optionalList = (description: string) =>
  z.optional(z.array(nonEmpty())).check(z.describe(description));

/** Fields merged into every task: lists go before the task's own, scalars unless it sets them. */
const defaultsSchema = z
  .strictObject({
    inputs: optionalList(
      "Globs of input files of every task, relative to the workspace root (the config file's directory), before the task's own.",
    ),
    env: optionalList("Environment variables of every task, before the task's own."),
    'key-commands': optionalList("Key-commands of every task, before the task's own."),
    redact: optionalList(
      "Variables redacted from every task's stored logs, before the task's own.",
    ),
    'key-salt': z.optional(z.string()).check(z.describe('Key salt of tasks that set none.')),
    shell: z.optional(z.enum(SHELLS)).check(z.describe('Shell of tasks that set none.')),
    'clean-outputs': z
      .optional(z.boolean())
      .check(z.describe('clean-outputs of tasks that do not set it.')),
    'allow-external-links': z
      .optional(z.boolean())
      .check(z.describe('allow-external-links of tasks that do not set it.')),
  })
  .check(
    z.describe(
      'Shared task fields, merged into every task. Fields starting with "x-" are ignored here, at the top level and in tasks (a place for YAML anchors).',
    ),
  );

export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  defaults: z.optional(defaultsSchema),
  tasks: z
    .record(
      z.string().check(
        z.regex(TASK_NAME, {
          message: 'expected a task name of letters, digits and . _ : @ / -',
        }),
      ),
      taskSchema,
    )
    .check(z.describe('The tasks, by name.')),
  'max-size': z
    .optional(sizeString)
    .check(z.describe('Prune the local store to this size after a save.')),
  'max-age': z
    .optional(ageString)
    .check(z.describe('Prune local entries unused for longer than this.')),
  remote: z.optional(remoteSchema),
  remotes: z
    .optional(z.array(remoteSchema))
    .check(z.describe('Remote caches, read in this order after the local store.')),
  stores: z
    .optional(z.array(pluginStoreSchema))
    .check(z.describe('Plug-in stores, read in this order after the remote caches.')),
});

export type TaskConfig = z.output<typeof taskSchema>;
export type Config = z.output<typeof configSchema>;

export type ConfigResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

const ARTICLE: Record<string, string> = {
  string: 'a string',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** One message per zod issue, in the user's terms rather than the library's. */
function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined)
        return `missing required field (expected ${ARTICLE[issue.expected] ?? issue.expected})`;
      return `expected ${ARTICLE[issue.expected] ?? issue.expected}, got ${describeType(input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_key':
      return issue.issues[0]?.message ?? issue.message;
    case 'too_small':
      return issue.origin === 'string' ? 'expected a non-empty string' : issue.message;
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

const TOOL_CACHES =
  "tool caches belong in the tool's own cache action or actions/cache, not in a task's inputs or outputs";

/** `~` or `~/…`: a shell would expand it, taskcache would make a directory named `~`. */
function isHomeRelative(path: string): boolean {
  return path === '~' || path.startsWith('~/') || path.startsWith('~\\');
}

/** Why a pattern does not name workspace files, or undefined when it does. */
function patternProblem(cwd: string, pattern: string): string | undefined {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (isHomeRelative(body)) {
    return `expected a pattern relative to the working directory, got "${pattern}" ("~" is not expanded: it would be a directory named "~"); ${TOOL_CACHES}`;
  }
  if (isAbsoluteAnywhere(body)) {
    return `expected a pattern relative to the working directory, got the absolute path "${pattern}"; ${TOOL_CACHES}`;
  }
  if (!patternStaysInside(cwd, pattern)) {
    return `expected a pattern inside the workspace, got "${pattern}"`;
  }
  return undefined;
}

/**
 * Checks that working directories and patterns stay inside the workspace. Done on the raw
 * value, beside the schema, so these errors are reported together with every other one.
 */
function workspaceIssues(value: unknown): ConfigIssue[] {
  const tasks = valueAt(value, ['tasks']);
  if (tasks === null || typeof tasks !== 'object' || Array.isArray(tasks)) return [];
  const issues: ConfigIssue[] = [];
  for (const [name, task] of Object.entries(tasks as Record<string, unknown>)) {
    if (task === null || typeof task !== 'object') continue;
    const raw = task as Record<string, unknown>;
    const dir = typeof raw['working-directory'] === 'string' ? raw['working-directory'] : '.';
    const cwd = isHomeRelative(dir) ? undefined : normalizeWorkingDirectory(dir);
    if (cwd === undefined) {
      issues.push({
        path: formatIssuePath(['tasks', name, 'working-directory']),
        message: isHomeRelative(dir)
          ? `expected a directory inside the workspace, got "${dir}" ("~" is not expanded)`
          : `expected a directory inside the workspace, got "${dir}"`,
      });
      continue;
    }
    for (const field of ['inputs', 'outputs'] as const) {
      const list = raw[field];
      if (!Array.isArray(list)) continue;
      list.forEach((pattern: unknown, index) => {
        if (typeof pattern !== 'string' || !pattern) return;
        const problem = patternProblem(cwd, pattern);
        if (problem) {
          issues.push({ path: formatIssuePath(['tasks', name, field, index]), message: problem });
        }
      });
    }
  }
  return issues;
}

/**
 * A union's failure as the issues of the branch the value was meant for (a remote given as a
 * mapping: the mapping's fields), so that the error names the field, not just the union.
 */
function unionBranchIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const branch = issue.errors.find(
    (issues) => !issues.some((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  if (branch === undefined || branch.length === 0) return [issue];
  return branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** Validates an already-parsed value; every problem is reported, not just the first. */
export function validateConfig(parsed: unknown): ConfigResult {
  // `x-` fields are left out first; `defaults` are merged into the tasks once they are valid.
  const value = stripExtensionFields(parsed);
  const result = configSchema.safeParse(value);
  const issues: ConfigIssue[] = result.success
    ? []
    : result.error.issues.flatMap(unionBranchIssues).map((issue) => ({
        path: formatIssuePath(issue.path as PropertyKey[]),
        message: issueMessage(issue, valueAt(value, issue.path as PropertyKey[])),
      }));
  issues.push(...workspaceIssues(value));
  issues.push(...defaultsPatternIssues(value, patternProblem));
  if (result.success && issues.length === 0) {
    const { data } = result;
    const tasks = applyTaskDefaults(
      data.tasks,
      data.defaults,
      (value as { tasks?: unknown }).tasks,
      normalizeWorkingDirectory,
    );
    return { ok: true, config: { ...data, tasks } };
  }
  return { ok: false, issues: sortIssues(issues) };
}

function sortIssues(issues: ConfigIssue[]): ConfigIssue[] {
  return issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
