// Checking parsed JSON field by field: what the record and manifest validators share.

/** A parsed JSON object whose fields are not checked yet. */
export type Fields = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The first key of `value` that is not one of `allowed`, if any. */
export function unknownKey(value: Fields, allowed: readonly string[]): string | undefined {
  for (const key in value) if (!allowed.includes(key)) return key;
  return undefined;
}
