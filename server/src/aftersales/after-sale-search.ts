import type { Pool } from '../db/pool.js';
import { keysetPage } from '../db/keyset-page.js';
import { placeholders, Sql } from '../db/sql.js';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../graphql/connection.js';
import { BadRequestError } from '../platform/errors.js';
import { idOf } from '../platform/global-id.js';
import { AFTER_SALE_COLUMNS, afterSaleFromRow, type AfterSaleView } from './after-sale.mapper.js';
import type { AfterSaleFilter, AfterSaleSort } from './after-sale.types.js';

const SORTS = {
  DEADLINE_ASC: { order: 'a.deadline_at asc nulls last, a.id asc', column: 'deadline_at', dir: 'asc', key: (v: AfterSaleView) => v.deadlineKey },
  UPDATED_AT_DESC: { order: 'a.tiktok_updated_at desc, a.id desc', column: 'tiktok_updated_at', dir: 'desc', key: (v: AfterSaleView) => v.updatedKey },
  CREATED_AT_DESC: { order: 'a.tiktok_created_at desc, a.id desc', column: 'tiktok_created_at', dir: 'desc', key: (v: AfterSaleView) => v.createdKey },
} as const;

/**
 * The customer-service inbox: cases across shops, open ones by default, the response due soonest
 * first; keyset-paginated in one statement (cursor = sort value + id).
 */
export async function searchAfterSales(
  db: Pool,
  args: { first?: number | null; after?: string | null; filter?: AfterSaleFilter | null; sort?: AfterSaleSort | null },
): Promise<Page<AfterSaleView>> {
  const limit = pageSize(args.first);
  const sort = SORTS[args.sort ?? 'DEADLINE_ASC'];
  const where = whereClause(args.filter ?? {});
  const keyset = args.after ? keysetCondition(sort, decodeCursor(args.after, 2)) : null;
  return keysetPage(db, {
    select: `select ${AFTER_SALE_COLUMNS} from app.after_sale a where true`,
    countFrom: 'from app.after_sale a where true',
    where,
    keyset,
    orderBy: sort.order,
    limit,
    after: args.after,
    map: afterSaleFromRow,
    cursorOf: (v: AfterSaleView) => encodeCursor([sort.key(v), v.dbId]),
  });
}

function whereClause(f: AfterSaleFilter): Sql {
  const w = new Sql();
  if (f.open !== false) w.add('and a.is_open');
  if (f.shopIds?.length) {
    const ids = f.shopIds.map((gid) => idOf(gid, 'Shop') ?? -1);
    w.add(`and a.shop_id in (${placeholders(ids)})`, ...ids);
  }
  if (f.kinds?.length) w.add(`and a.kind in (${placeholders(f.kinds)})`, ...f.kinds);
  if (f.types?.length) w.add(`and a.type in (${placeholders(f.types)})`, ...f.types);
  if (f.statuses?.length) w.add(`and a.status in (${placeholders(f.statuses)})`, ...f.statuses);
  if (f.awaitingSeller) w.add('and a.deadline_at is not null');
  if (f.deadlineBefore) w.add('and a.deadline_at < ?', f.deadlineBefore);
  if (f.orderId) w.add('and a.order_id = ?', idOf(f.orderId, 'Order') ?? -1);
  return w;
}

function keysetCondition(sort: (typeof SORTS)[keyof typeof SORTS], [value, id]: unknown[]): Sql {
  if (typeof id !== 'number' || (value !== null && typeof value !== 'string')) throw new BadRequestError('after is not a cursor from this list.');
  const col = `a.${sort.column}`;
  if (sort.column === 'deadline_at') {
    return value === null
      ? new Sql().add(`and ${col} is null and a.id > ?`, id)
      : new Sql().add(`and (${col} > ? or (${col} = ? and a.id > ?) or ${col} is null)`, value, value, id);
  }
  const op = sort.dir === 'desc' ? '<' : '>';
  return new Sql().add(`and (${col} ${op} ? or (${col} = ? and a.id ${op} ?))`, value, value, id);
}
