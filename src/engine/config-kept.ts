// The check of a kept parse (config-file.ts) without the schema's module: a validated config,
// as the schema (core/config-schema.ts) returns it, is plain data of a known shape, which is
// checked here field by field with the same rules the schema applies (names, non-empty
// strings, enums, sizes and ages, patterns and working directories inside the workspace).
// Loading zod and building the schema costs a small task's hit more than the rest of its
// config handling (bench/tiny-profile.mjs). The check may refuse what the schema accepts (the
// run then parses the file again), never the reverse: test/config-kept.test.ts holds it to
// that, value by value, against the schema.

import type { Config } from '../core/config.js';
import { SHELLS, STORE_MODES } from '../core/config-shape.js';
import {
  isAbsoluteAnywhere,
  normalizeWorkingDirectory,
  patternStaysInside,
} from '../core/paths.js';
import { parseAge, parseSize } from '../core/units.js';

const TASK_NAME = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/** Only the given fields, each passing its check (absent fields pass or fail by their check). */
function fields(value: unknown, checks: Record<string, (field: unknown) => boolean>): boolean {
  if (!isMapping(value)) return false;
  for (const key of Object.keys(value)) if (!Object.hasOwn(checks, key)) return false;
  for (const [key, check] of Object.entries(checks)) {
    if (!check(Object.hasOwn(value, key) ? value[key] : undefined)) return false;
  }
  return true;
}

const optional =
  (check: (field: unknown) => boolean) =>
  (field: unknown): boolean =>
    field === undefined || check(field);
const isString = (field: unknown): field is string => typeof field === 'string';
const nonEmpty = (field: unknown): boolean => isString(field) && field.length > 0;
const isBoolean = (field: unknown): boolean => typeof field === 'boolean';
const oneOf =
  (values: readonly string[]) =>
  (field: unknown): boolean =>
    isString(field) && values.includes(field);
const nonEmptyList = (field: unknown): field is string[] =>
  Array.isArray(field) && field.every(nonEmpty);
const storeMode = oneOf(STORE_MODES);

/** A pattern that names workspace files from `cwd` (the schema's rule for inputs and outputs). */
function insidePattern(cwd: string, pattern: string): boolean {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  const home = body === '~' || body.startsWith('~/') || body.startsWith('~\\');
  return !home && !isAbsoluteAnywhere(body) && patternStaysInside(cwd, pattern);
}

const insidePatterns = (cwd: string) => (field: unknown) =>
  nonEmptyList(field) && field.every((pattern) => insidePattern(cwd, pattern));

function task(value: unknown): boolean {
  if (!isMapping(value)) return false;
  const dir = value['working-directory'];
  if (!isString(dir) || dir === '~' || dir.startsWith('~/') || dir.startsWith('~\\')) return false;
  const cwd = normalizeWorkingDirectory(dir);
  if (cwd === undefined) return false;
  return fields(value, {
    run: nonEmpty,
    inputs: insidePatterns(cwd),
    outputs: insidePatterns(cwd),
    env: nonEmptyList,
    'key-commands': nonEmptyList,
    'depends-on': nonEmptyList,
    'key-salt': isString,
    'working-directory': isString,
    shell: optional(oneOf(SHELLS)),
    redact: nonEmptyList,
    'clean-outputs': isBoolean,
    'allow-external-links': isBoolean,
    cache: optional(storeMode),
  });
}

const remote = (value: unknown): boolean =>
  nonEmpty(value) ||
  fields(value, {
    url: nonEmpty,
    mode: storeMode,
    timeout: optional((t) => isString(t) && (parseAge(t) ?? 0) > 0),
    retries: optional((n) => Number.isSafeInteger(n) && (n as number) >= 0 && (n as number) <= 10),
  });

const pluginStore = (value: unknown): boolean =>
  nonEmpty(value) ||
  fields(value, {
    module: nonEmpty,
    mode: storeMode,
    // The schema's record leaves out a "__proto__" key: such options are not taken as they are.
    options: optional((options) => isMapping(options) && !Object.hasOwn(options, '__proto__')),
  });

const CONFIG_CHECKS: Record<string, (field: unknown) => boolean> = {
  $schema: optional(isString),
  defaults: optional((value) =>
    fields(value, {
      inputs: optional(insidePatterns('.')),
      env: optional(nonEmptyList),
      'key-commands': optional(nonEmptyList),
      redact: optional(nonEmptyList),
      'key-salt': optional(isString),
      shell: optional(oneOf(SHELLS)),
      'clean-outputs': optional(isBoolean),
      'allow-external-links': optional(isBoolean),
    }),
  ),
  tasks: (tasks) =>
    isMapping(tasks) &&
    Object.entries(tasks).every(([name, value]) => TASK_NAME.test(name) && task(value)),
  'max-size': optional((size) => isString(size) && parseSize(size) !== undefined),
  'max-age': optional((age) => isString(age) && parseAge(age) !== undefined),
  remote: optional(remote),
  remotes: optional((list) => Array.isArray(list) && list.every(remote)),
  stores: optional((list) => Array.isArray(list) && list.every(pluginStore)),
};

/**
 * `value` as a validated config when it has the shape the schema gives one, else undefined.
 * For a kept parse, which whoever writes the state directory could have written.
 */
export function keptConfigShape(value: unknown): Config | undefined {
  return fields(value, CONFIG_CHECKS) ? (value as Config) : undefined;
}
