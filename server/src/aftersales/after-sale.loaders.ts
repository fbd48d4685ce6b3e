import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { placeholders, select } from '../db/sql.js';
import { LINE_COLUMNS, lineFromRow, type OrderLineView } from '../orders/order.mapper.js';
import { AFTER_SALE_COLUMNS, AFTER_SALE_LINE_COLUMNS, afterSaleFromRow, AfterSaleLineView, type AfterSaleView } from './after-sale.mapper.js';

function create(ctx: Context) {
  const db = ctx.hub.pool;
  const grouped = <T>(keys: readonly number[], items: T[], keyOf: (item: T) => number) => {
    const byKey = new Map<number, T[]>(keys.map((k) => [k, []]));
    for (const item of items) byKey.get(keyOf(item))?.push(item);
    return keys.map((k) => byKey.get(k)!);
  };
  return {
    byId: new DataLoader<number, AfterSaleView | null>(async (ids) => {
      const rows = await select(db, `select ${AFTER_SALE_COLUMNS} from app.after_sale a where a.id in (${placeholders(ids)})`, [...ids]);
      const byId = new Map(rows.map((r) => [r.id as number, afterSaleFromRow(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    byOrder: new DataLoader<number, AfterSaleView[]>(async (ids) => {
      const rows = await select(
        db,
        `select ${AFTER_SALE_COLUMNS} from app.after_sale a where a.order_id in (${placeholders(ids)}) order by a.order_id, a.tiktok_created_at, a.id`,
        [...ids],
      );
      return grouped(ids, rows.map(afterSaleFromRow), (v) => v.orderDbId!);
    }),
    lines: new DataLoader<number, AfterSaleLineView[]>(async (ids) => {
      const rows = await select(
        db,
        `select ${AFTER_SALE_LINE_COLUMNS}, a.currency from app.after_sale_line l join app.after_sale a on a.id = l.after_sale_id
         where l.after_sale_id in (${placeholders(ids)}) order by l.after_sale_id, l.id`,
        [...ids],
      );
      return grouped(ids, rows.map((r) => new AfterSaleLineView(r, r.currency)), (l) => l.afterSaleDbId);
    }),
    orderLine: new DataLoader<number, OrderLineView | null>(async (ids) => {
      const rows = await select(db, `select ${LINE_COLUMNS} from app.order_line l where l.id in (${placeholders(ids)})`, [...ids]);
      const byId = new Map(rows.map((r) => [r.id as number, lineFromRow(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

const perRequest = new WeakMap<Context, ReturnType<typeof create>>();

/** After-sale batch loaders, one set per request (kept beside the context, not in it). */
export function afterSaleLoaders(ctx: Context) {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = create(ctx)));
  return loaders;
}
