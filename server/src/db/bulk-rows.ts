import { finished } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from './pool.js';

/**
 * Bulk writes hand PostgreSQL a whole batch to one statement, in one of two forms:
 *  - staged rows (the sync's orders, units and packages): COPY text into a temporary table of the
 *    connection, which the write then drains. PostgreSQL reads COPY text about four times faster than
 *    it takes the same rows apart from a JSON document (1,000 orders, measured: 15 against 55 ms), where
 *    the sync's writes spent a quarter of their time;
 *  - a JSON document (the journal), which can travel as a literal inside the COMMIT message.
 * In both, a timestamp travels as Unix seconds and a jsonb value as JSON text that PostgreSQL casts
 * (`json_to_recordset` copies a nested object character by character, about three times slower than
 * casting its text). Each column has a short key (`c0`, `c1`, …): in a JSON document, column names
 * were two fifths of a row.
 */
export type BulkColumnType = 'text' | 'int' | 'bool' | 'numeric' | 'timestamptz' | 'jsonb' | 'int[]';

export interface BulkColumn {
  name: string;
  type: BulkColumnType;
  /** The key (or staging column) it travels under. */
  key: string;
}

/** Columns in row order, keyed by position. */
export function bulkColumns(columns: readonly (readonly [name: string, type: BulkColumnType])[]): BulkColumn[] {
  return columns.map(([name, type], i) => ({ name, type, key: `c${i}` }));
}

/** How a column travels. */
const TRAVELS_AS: Record<BulkColumnType, string> = {
  text: 'text',
  int: 'int',
  bool: 'boolean',
  numeric: 'numeric',
  timestamptz: 'float8',
  jsonb: 'text',
  'int[]': 'int[]',
};

const declarations = (columns: readonly BulkColumn[]) => columns.map((c) => `${c.key} ${TRAVELS_AS[c.type]}`).join(', ');

function expression(column: BulkColumn, alias: string): string {
  const ref = `${alias}.${column.key}`;
  if (column.type === 'timestamptz') return `to_timestamp(${ref})`;
  if (column.type === 'jsonb') return `${ref}::jsonb`;
  return ref;
}

/** `<expr>, <expr>, …`: the columns' values from the rows of a bulk source aliased `alias`. */
export function bulkValues(columns: readonly BulkColumn[], alias = 'r'): string {
  return columns.map((c) => expression(c, alias)).join(', ');
}

/** `json_to_recordset(<document>::json) as alias(<key> <type>, …)`, for a FROM clause; `document` is a placeholder (`$1`) or a quoted literal. */
export function jsonRowSource(columns: readonly BulkColumn[], param: string, alias = 'r'): string {
  return `json_to_recordset(${param}::json) as ${alias}(${declarations(columns)})`;
}

/** A value as its column travels in a JSON document; a null travels as an absent key. */
export function jsonRowValue(type: BulkColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (type === 'timestamptz') return (value as Date).getTime() / 1000;
  if (type === 'jsonb') return JSON.stringify(value);
  return value;
}

/**
 * PostgreSQL text cannot hold U+0000: a NUL in TikTok's data (a buyer's message, an address) would
 * refuse the whole batch, so it is stored as U+FFFD, as in JSON values.
 */
const COPY_SPECIAL = /[\\\n\r\t\0]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\uFFFD' };
const copyText = (s: string) => (COPY_SPECIAL.test(s) ? s.replace(/[\\\n\r\t\0]/g, (c) => COPY_ESCAPES[c]!) : s);
const withoutNul = (_key: string, v: unknown) => (typeof v === 'string' ? v.replaceAll('\0', '\uFFFD') : v);
/** JSON text of a jsonb value; a string holding NUL (written `\u0000`, which jsonb refuses) has it replaced. */
function jsonText(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\u0000') ? JSON.stringify(value, withoutNul) : json;
}

/** A value as its column travels in COPY text (the fields of a line are joined by tabs). */
export function copyValue(type: BulkColumnType, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (type) {
    case 'timestamptz':
      return String((value as Date).getTime() / 1000);
    case 'jsonb':
      return copyText(jsonText(value));
    case 'bool':
      return value ? 't' : 'f';
    case 'int[]':
      return `{${(value as number[]).join(',')}}`;
    default:
      return copyText(String(value));
  }
}

/**
 * A temporary table, one per connection, that a write COPYs its rows into and then drains in the
 * statement that uses them. It is created on a connection's first use and emptied at every commit, so it
 * never grows (PostgreSQL does not vacuum temporary tables); draining it lets one transaction use it
 * more than once.
 */
export class StagingTable {
  readonly name: string;

  constructor(
    name: string,
    readonly columns: readonly BulkColumn[],
  ) {
    this.name = `pg_temp.${name}`;
  }

  /** COPYs `lines` (COPY text, each line ending in a newline) into the table. */
  async load(tx: Tx, lines: string): Promise<void> {
    await tx.query(`create temp table if not exists ${this.name.slice('pg_temp.'.length)} (${declarations(this.columns)}) on commit delete rows`);
    const copy = tx.query(copyFrom(`copy ${this.name} from stdin`));
    copy.end(lines);
    await finished(copy);
  }

  /** `with <alias> as (delete from … returning *)`, to put before the statement that reads the rows from `alias`. */
  drain(alias = 'r'): string {
    return `with ${alias} as (delete from ${this.name} returning *)`;
  }
}
