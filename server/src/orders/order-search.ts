import type { Pool } from '../db/pool.js';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../graphql/connection.js';
import { keysetPage } from '../db/keyset-page.js';
import { likeEscape, placeholders, Sql } from '../db/sql.js';
import { partnerScope, requireSignedIn, type Actor } from '../platform/actor.js';
import { BadRequestError } from '../platform/errors.js';
import { idOf } from '../platform/global-id.js';
import { ORDER_COLUMNS, orderFromRow, type OrderView } from './order.mapper.js';
import type { OrderFilter, OrderSort } from './order.types.js';

export interface OrderSearchArgs {
  first?: number | null;
  after?: string | null;
  filter?: OrderFilter | null;
  sort?: OrderSort | null;
  query?: string | null;
  /** Columns to read (see orderColumnsFor); all of them when absent. */
  columns?: string;
}

/** How each sort orders rows, and the keyset condition that continues after a cursor. */
const SORTS = {
  CREATED_AT_DESC: { order: 'o.tiktok_created_at desc, o.id desc', column: 'tiktok_created_at', dir: 'desc' },
  CREATED_AT_ASC: { order: 'o.tiktok_created_at asc, o.id asc', column: 'tiktok_created_at', dir: 'asc' },
  DEADLINE_ASC: { order: 'o.next_deadline_at asc nulls last, o.id asc', column: 'next_deadline_at', dir: 'asc' },
} as const;

/** Lists orders visible to the actor: filters, free-text search and keyset pagination in one statement. */
export async function searchOrders(db: Pool, actor: Actor, args: OrderSearchArgs): Promise<Page<OrderView>> {
  requireSignedIn(actor);
  const limit = pageSize(args.first);
  const sort = SORTS[args.sort ?? 'CREATED_AT_DESC'];
  const where = whereClause(actor, args);

  let keyset: Sql | null = null;
  if (args.after) keyset = keysetCondition(sort, decodeCursor(args.after, 2));
  return keysetPage(db, {
    select: `select ${args.columns ?? ORDER_COLUMNS} from app.order o where true`,
    countFrom: 'from app.order o where true',
    where,
    keyset,
    orderBy: sort.order,
    limit,
    after: args.after,
    map: orderFromRow,
    cursorOf: (o: OrderView) => encodeCursor([sort.column === 'next_deadline_at' ? o.deadlineKey : o.createdAtKey, o.dbId]),
  });
}

function whereClause(actor: Actor, args: OrderSearchArgs): Sql {
  const w = new Sql();
  const partner = partnerScope(actor);
  if (partner !== null) {
    w.add(
      'and exists (select 1 from app.order_line pl join app.package pp on pp.id = pl.package_id where pl.order_id = o.id and pp.partner_id = ?)',
      partner,
    );
  }
  const f = args.filter ?? {};
  if (f.shopIds?.length) {
    const ids = f.shopIds.map((gid) => idOf(gid, 'Shop') ?? -1);
    w.add(`and o.shop_id in (${placeholders(ids)})`, ...ids);
  }
  if (f.statuses?.length) w.add(`and o.status in (${placeholders(f.statuses)})`, ...f.statuses);
  if (f.shippingTypes?.length) w.add(`and o.shipping_type in (${placeholders(f.shippingTypes)})`, ...f.shippingTypes);
  const flags: [boolean | undefined, string][] = [
    [f.isSample, 'o.is_sample'],
    [f.isReplacement, 'o.is_replacement'],
    [f.isOnHoldOrder, 'o.is_on_hold_order'],
    [f.isBuyerRequestCancel, 'o.is_buyer_request_cancel'],
    [f.isCod, 'o.is_cod'],
    [f.isPreOrder, 'o.is_pre_order'],
  ];
  for (const [value, column] of flags) if (value !== undefined && value !== null) w.add(`and ${column} = ?`, value);
  if (f.hasGift !== undefined && f.hasGift !== null) {
    w.add(`and ${f.hasGift ? '' : 'not '}exists (select 1 from app.order_line gl where gl.order_id = o.id and gl.is_gift)`);
  }
  if (f.deadlineBefore) w.add('and o.next_deadline_at < ?', f.deadlineBefore);

  const q = args.query?.trim();
  if (q) {
    if (q.length > 200) throw new BadRequestError('query is limited to 200 characters.');
    const contains = `%${likeEscape(q)}%`;
    const prefix = `${likeEscape(q)}%`;
    w.add(
      `and (o.tiktok_order_id = ? or o.buyer_email ilike ? or o.buyer_user_id = ? or o.recipient->>'name' ilike ?
        or exists (select 1 from app.order_line ql where ql.order_id = o.id and ql.seller_sku ilike ?)
        or exists (select 1 from app.order_line tl join app.package tp on tp.id = tl.package_id where tl.order_id = o.id and tp.tracking_number = ?))`,
      q,
      contains,
      q,
      contains,
      prefix,
      q,
    );
  }
  return w;
}

/** The condition that continues after a cursor, for each sort (nulls last for deadlines). */
function keysetCondition(sort: (typeof SORTS)[keyof typeof SORTS], [value, id]: unknown[]): Sql {
  if (typeof id !== 'number' || (value !== null && typeof value !== 'string')) throw new BadRequestError('after is not a cursor from this list.');
  const col = `o.${sort.column}`;
  if (sort.column === 'next_deadline_at') {
    return value === null
      ? new Sql().add(`and ${col} is null and o.id > ?`, id)
      : new Sql().add(`and (${col} > ? or (${col} = ? and o.id > ?) or ${col} is null)`, value, value, id);
  }
  const op = sort.dir === 'desc' ? '<' : '>';
  return new Sql().add(`and (${col} ${op} ? or (${col} = ? and o.id ${op} ?))`, value, value, id);
}
