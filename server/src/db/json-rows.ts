/**
 * Bulk writes feed a whole batch to one statement as a single JSON document: PostgreSQL parses JSON far
 * faster than the driver builds an array literal per column. To make that document small and cheap to
 * read, each column travels under a short key (`c0`, `c1`, …; column names were two fifths of a row),
 * a timestamp as Unix seconds, and a jsonb value as a JSON string that PostgreSQL casts
 * (`json_to_recordset` copies a nested object character by character, about three times slower than
 * casting its text). All measured on the order backfill.
 */
export type JsonColumnType = 'text' | 'int' | 'bool' | 'numeric' | 'timestamptz' | 'jsonb' | 'int[]';

export interface JsonColumn {
  name: string;
  type: JsonColumnType;
  /** The key it travels under. */
  key: string;
}

/** Columns in document order, keyed by position. */
export function jsonColumns(columns: readonly (readonly [name: string, type: JsonColumnType])[]): JsonColumn[] {
  return columns.map(([name, type], i) => ({ name, type, key: `c${i}` }));
}

const DECLARED: Record<JsonColumnType, string> = {
  text: 'text',
  int: 'int',
  bool: 'boolean',
  numeric: 'numeric',
  timestamptz: 'float8',
  jsonb: 'text',
  'int[]': 'int[]',
};

function expression(column: JsonColumn, alias: string): string {
  const ref = `${alias}.${column.key}`;
  if (column.type === 'timestamptz') return `to_timestamp(${ref})`;
  if (column.type === 'jsonb') return `${ref}::jsonb`;
  return ref;
}

/** `<expr>, <expr>, …`: the columns' values from `json_to_recordset` rows aliased `alias`. */
export function jsonRowColumns(columns: readonly JsonColumn[], alias = 'r'): string {
  return columns.map((c) => expression(c, alias)).join(', ');
}

/** `json_to_recordset(<document>::json) as alias(<key> <type>, …)`, for a FROM clause; `document` is a placeholder (`$1`) or a quoted literal. */
export function jsonRowSource(columns: readonly JsonColumn[], param: string, alias = 'r'): string {
  return `json_to_recordset(${param}::json) as ${alias}(${columns.map((c) => `${c.key} ${DECLARED[c.type]}`).join(', ')})`;
}

/** A value as its column travels in the document (see above); a null travels as an absent key. */
export function jsonRowValue(type: JsonColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (type === 'timestamptz') return (value as Date).getTime() / 1000;
  if (type === 'jsonb') return JSON.stringify(value);
  return value;
}
