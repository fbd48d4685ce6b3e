import type { Page } from '../graphql/connection.js';
import type { Pool } from './pool.js';
import { select, Sql } from './sql.js';

/**
 * Runs one page of a keyset-paginated list: `select` + `where` + the caller's `keyset` condition,
 * one row more than the page to know whether another follows, and a lazily counted total.
 */
export async function keysetPage<T>(
  db: Pool,
  q: {
    /** `select … from … where true` */
    select: string;
    /** The same `from … where true` for the count. */
    countFrom: string;
    where: Sql;
    keyset: Sql | null;
    orderBy: string;
    limit: number;
    after: string | null | undefined;
    map: (row: Record<string, any>) => T;
    cursorOf: (node: T) => string;
  },
): Promise<Page<T>> {
  const page = new Sql().add(q.select).append(q.where);
  if (q.keyset) page.append(q.keyset);
  page.add(`order by ${q.orderBy} limit ?`, q.limit + 1);
  const rows = q.limit === 0 ? [] : await select(db, page.text, page.params);
  const nodes = rows.slice(0, q.limit).map(q.map);
  return {
    nodes,
    cursorOf: q.cursorOf,
    pageInfo: {
      hasNextPage: rows.length > q.limit,
      hasPreviousPage: Boolean(q.after),
      startCursor: nodes[0] ? q.cursorOf(nodes[0]) : null,
      endCursor: nodes.length ? q.cursorOf(nodes[nodes.length - 1]!) : null,
    },
    totalCount: async () => {
      const count = new Sql().add(`select count(*)::int as n ${q.countFrom}`).append(q.where);
      const [row] = await select(db, count.text, count.params);
      return row!.n as number;
    },
  };
}
