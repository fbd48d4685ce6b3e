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

/** Batches of fewer rows than this go to their statement as a JSON document (see `StagingTable.feed`). */
export const STAGE_FROM_ROWS = 50;
const COPY_UNESCAPES: Record<string, string> = { '\\': '\\', n: '\n', r: '\r', t: '\t' };

/** A COPY text line as a JSON row: each field as its text, which PostgreSQL reads as the column's type. */
function copyLineToJson(line: string, columns: readonly BulkColumn[]): string {
  const row: Record<string, string> = {};
  const fields = line.slice(0, -1).split('\t');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field !== '\\N') row[columns[i]!.key] = field.includes('\\') ? field.replace(/\\(.)/g, (_, c: string) => COPY_UNESCAPES[c] ?? c) : field;
  }
  return JSON.stringify(row);
}

/**
 * A temporary table, one per connection, that a write COPYs its rows into and then drains in the
 * statement that uses them. It is emptied at every commit, so it never grows (PostgreSQL does not
 * vacuum temporary tables); draining it lets one transaction use it more than once.
 */
export class StagingTable {
  readonly name: string;
  private readonly ddl: string;

  constructor(
    name: string,
    readonly columns: readonly BulkColumn[],
  ) {
    this.name = `pg_temp.${name}`;
    this.ddl = `create temp table if not exists ${name} (${declarations(columns)}) on commit delete rows`;
  }

  /**
   * Feeds rows (COPY text lines, each ending in a newline) to one statement: what goes before it
   * (`with`), its FROM item (rows aliased `r`) and the parameters to add (`param` names the first). A
   * large batch is COPYed into the table; a small one travels as a JSON document instead, because a
   * temporary table costs its transaction about a millisecond whatever it holds (measured: a
   * one-order write took 3.8 instead of 1.1 ms), which a few rows do not win back.
   */
  async feed(tx: Tx, lines: string[], param: string): Promise<{ with: string; from: string; params: unknown[] }> {
    if (lines.length >= STAGE_FROM_ROWS) {
      await this.load(tx, lines.join(''));
      return { with: this.drain(), from: 'r', params: [] };
    }
    return { with: '', from: jsonRowSource(this.columns, param), params: [`[${lines.map((l) => copyLineToJson(l, this.columns)).join(',')}]`] };
  }

  /** COPYs `lines` (COPY text, each line ending in a newline) into the table. */
  async load(tx: Tx, lines: string): Promise<void> {
    // `if not exists` on every large write: a round trip such a batch does not notice. Creating it when a
    // connection opens instead put every new connection a few catalog writes behind (webhook acks waited).
    await tx.query(this.ddl);
    const copy = tx.query(copyFrom(`copy ${this.name} from stdin`));
    copy.end(lines);
    await finished(copy);
  }

  /** `with r as (delete from … returning *)`, to put before the statement that reads the rows from `r`. */
  drain(): string {
    return `with r as (delete from ${this.name} returning *)`;
  }
}
