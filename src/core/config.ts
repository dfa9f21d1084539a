// The config file: parsed from YAML, validated against one schema (config-schema.ts), every
// error reported at once with its path. The same schema produces the committed JSON Schema
// for editors.

import { parseDocument } from 'yaml';
import * as z from 'zod/mini';
import { type ConfigResult, configSchema, validateConfig } from './config-schema.js';
import type { ConfigIssue } from './config-shape.js';

export * from './config-schema.js';
export * from './config-shape.js';

/**
 * How many nodes the aliases of one anchor may expand to, in all (the `yaml` library's
 * default, named here): a "billion laughs" document, whose aliases nest each other, exceeds it
 * long before it takes memory or time.
 */
export const MAX_ALIAS_COUNT = 100;

export type YamlResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

/** Parses YAML text into plain data, not yet validated. Syntax errors carry line and column. */
export function parseConfigYaml(text: string): YamlResult {
  // `merge`: YAML merge keys (`<<: *common`) copy an anchored mapping's fields in.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, merge: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        return {
          path: pos ? `line ${pos.line}, column ${pos.col}` : '(syntax)',
          message: error.message.split('\n')[0] ?? error.message,
        };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The library throws a ReferenceError for aliases that expand too far; anything it throws
    // here is about the document, so it is a config error too.
    const excessive = /alias/i.test((error as Error).message);
    return {
      ok: false,
      issues: [
        {
          path: '(root)',
          message: excessive
            ? `expected YAML aliases to expand to at most ${MAX_ALIAS_COUNT} nodes each (anchors that nest aliases of each other, a "billion laughs" document)`
            : `expected a YAML document that converts to plain data: ${(error as Error).message}`,
        },
      ],
    };
  }
  if (value === null || value === undefined) {
    return { ok: false, issues: [{ path: '(root)', message: 'expected a mapping with "tasks"' }] };
  }
  return { ok: true, value };
}

/** Parses YAML text and validates it. */
export function parseConfig(text: string): ConfigResult {
  const parsed = parseConfigYaml(text);
  return parsed.ok ? validateConfig(parsed.value) : parsed;
}

/** The JSON Schema for editors, generated from the same schema that validates. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, {
    io: 'input',
    target: 'draft-2020-12',
  }) as JsonObject;
  // `x-` fields are accepted and ignored at the top level, in `defaults` and in each task.
  const properties = schema.properties as Record<string, JsonObject>;
  allowExtensionFields(schema);
  if (properties.defaults) allowExtensionFields(properties.defaults);
  const task = properties.tasks?.additionalProperties;
  if (task && typeof task === 'object') allowExtensionFields(task as JsonObject);
  return schema;
}

type JsonObject = Record<string, unknown>;

function allowExtensionFields(object: JsonObject): void {
  object.patternProperties = { '^x-': {} };
}
