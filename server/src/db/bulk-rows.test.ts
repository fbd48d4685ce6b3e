import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { bulkColumns, bulkValues, copyValue, STAGE_FROM_ROWS, StagingTable } from './bulk-rows.js';
import { createPool, withTransaction } from './pool.js';

const COLUMNS = bulkColumns([
  ['label', 'text'],
  ['n', 'int'],
  ['flag', 'bool'],
  ['amount', 'numeric'],
  ['at', 'timestamptz'],
  ['doc', 'jsonb'],
  ['ids', 'int[]'],
]);
const STAGING = new StagingTable('bulk_rows_test', COLUMNS);

type Row = [string | null, number | null, boolean | null, string | null, Date | null, unknown, number[] | null];
const line = (row: Row) => `${row.map((v, i) => copyValue(COLUMNS[i]!.type, v)).join('\t')}\n`;
const read = (tx: pg.PoolClient) =>
  tx.query(`${STAGING.drain()} select ${bulkValues(COLUMNS)} from r`).then((r) => r.rows.map((x) => Object.values(x)));
/** The rows as a statement reads them through `feed`: staged with COPY, or as a JSON document when few. */
async function fed(rows: Row[]): Promise<unknown[][]> {
  return withTransaction(pool, async (tx) => {
    const source = await STAGING.feed(tx, rows.map(line), '$1');
    const { rows: got } = await tx.query(`${source.with} select ${bulkValues(COLUMNS)} from ${source.from}`, source.params);
    return got.map((x) => Object.values(x));
  });
}

let pool: pg.Pool;
beforeAll(() => {
  pool = createPool(inject('adminDatabaseUrl'), 2);
});
afterAll(() => pool.end());

describe('staged rows', () => {
  test('text with tabs, newlines, backslashes and quotes, empty strings, nulls and every column type arrive unchanged, in a large batch and a small one', async () => {
    const rows: Row[] = [
      ['tab\there, line\nbreak, cr\r, back\\slash \\N "quoted" ünïcødé 👍', 7, true, '41.99', new Date('2026-11-30T12:34:56.789Z'), { note: 'a\tb\n"c"\\d', list: [1, null] }, [1, 2, 3]],
      ['', 0, false, '0', new Date(0), [], []],
      [null, null, null, null, null, null, null],
      ['\\N', -1, true, '-0.01', new Date('1999-12-31T23:59:59Z'), 'text', [5]],
    ];
    const expected = [
      [rows[0]![0], 7, true, '41.99', rows[0]![4], rows[0]![5], [1, 2, 3]],
      ['', 0, false, '0', new Date(0), [], []],
      [null, null, null, null, null, null, null],
      ['\\N', -1, true, '-0.01', rows[3]![4], 'text', [5]],
    ];
    expect(rows.length).toBeLessThan(STAGE_FROM_ROWS);
    expect(await fed(rows)).toEqual(expected);
    const many = Array.from({ length: Math.ceil(STAGE_FROM_ROWS / rows.length) }, () => rows).flat();
    expect(await fed(many)).toEqual(Array.from({ length: many.length / rows.length }, () => expected).flat());
  });

  test('a NUL, which PostgreSQL text cannot hold, arrives as U+FFFD instead of refusing the batch; the text "\\u0000" stays as it is', async () => {
    const rows: Row[] = [['before\0after', 1, true, '1', new Date(0), { message: 'a\0b', literal: '\\u0000' }, null]];
    const [got] = await withTransaction(pool, async (tx) => {
      await STAGING.load(tx, rows.map(line).join(''));
      return read(tx);
    });
    expect(got!.slice(0, 1)).toEqual(['before\uFFFDafter']);
    expect(got![5]).toEqual({ message: 'a\uFFFDb', literal: '\\u0000' });
  });

  test('a transaction may stage twice; nothing stays staged after commit or rollback', async () => {
    const one: Row = ['one', 1, true, '1', new Date(1000), {}, [1]];
    const two: Row = ['two', 2, false, '2', new Date(2000), {}, [2]];
    const both = await withTransaction(pool, async (tx) => {
      await STAGING.load(tx, line(one));
      const first = await read(tx);
      await STAGING.load(tx, line(two));
      return [first, await read(tx)];
    });
    expect(both.map((rows) => rows.map((r) => r[0]))).toEqual([['one'], ['two']]);

    // Staged but not drained: gone at commit.
    await withTransaction(pool, (tx) => STAGING.load(tx, line(one)));
    // Staged, then the transaction fails: gone with it.
    await expect(
      withTransaction(pool, async (tx) => {
        await STAGING.load(tx, line(two));
        throw new Error('fails after staging');
      }),
    ).rejects.toThrow('fails after staging');
    // Both connections of the pool are checked: each has its own table, and each is empty.
    const left = await Promise.all(
      [0, 1].map(() =>
        withTransaction(pool, async (tx) => {
          await STAGING.load(tx, '');
          return (await read(tx)).length;
        }),
      ),
    );
    expect(left).toEqual([0, 0]);
  });

  test('a row the table cannot take fails the load, and the transaction with it', async () => {
    await expect(withTransaction(pool, (tx) => STAGING.load(tx, 'only one field\n'))).rejects.toThrow(/missing data/);
    // The connection is usable again afterwards.
    expect(await withTransaction(pool, async (tx) => (await tx.query('select 1 as one')).rows[0].one)).toBe(1);
  });
});
