/**
 * Read access to parsed YAML that has not (yet) passed the schema. Semantic checks run even when
 * the schema failed, so that every problem of a file is reported at once; they must therefore
 * survive any shape (a string where a list belongs, a null entry) without throwing.
 */
export type RawRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The mapping under `key`, or undefined when absent or not a mapping. */
export function recordAt(value: unknown, key: string): RawRecord | undefined {
  const found = isRecord(value) ? value[key] : undefined;
  return isRecord(found) ? found : undefined;
}

/** The list under `key`, or [] when absent or not a list. */
export function listAt(value: unknown, key: string): unknown[] {
  const found = isRecord(value) ? value[key] : undefined;
  return Array.isArray(found) ? found : [];
}

export function stringAt(value: unknown, key: string): string | undefined {
  const found = isRecord(value) ? value[key] : undefined;
  return typeof found === 'string' ? found : undefined;
}

export function numberAt(value: unknown, key: string): number | undefined {
  const found = isRecord(value) ? value[key] : undefined;
  return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
}

export function booleanAt(value: unknown, key: string): boolean | undefined {
  const found = isRecord(value) ? value[key] : undefined;
  return typeof found === 'boolean' ? found : undefined;
}

/** The value at a path of keys and list indexes, or undefined where the path leads nowhere. */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isRecord(current) ? current[segment] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}
