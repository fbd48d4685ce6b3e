import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { POLL_OVERLAP_SECONDS } from '../sync/poll.js';
import { loadShop, type SyncShop } from '../sync/shop-ref.js';
import { CASE_PAGE_SIZE, refreshRecords } from './after-sale-refresh.js';
import { linkLines, upsertAfterSales } from './after-sale-upsert.js';
import { afterSaleFromCancellation, afterSaleFromReturn, type AfterSaleRecord } from './wire-after-sale.js';

/**
 * Reconciliation of cancellations and returns, as for orders: every case TikTok changed since the
 * watermark (minus an overlap), oldest change first, each page committed with its watermark. A shop
 * polled for the first time reads the whole look-back window (the backfill of after-sales).
 */
export async function pollAfterSales(hub: Hub, shopDbId: number): Promise<{ seen: number; changed: number }> {
  const shop = await loadShop(hub.pool, shopDbId);
  if (!shop?.connected) return { seen: 0, changed: 0 };
  const { rows } = await hub.pool.query(
    `insert into app.after_sale_sync (shop_id) values ($1) on conflict (shop_id) do update set shop_id = excluded.shop_id
     returning cancellation_watermark, return_watermark`,
    [shopDbId],
  );
  const lookback = Math.floor(Date.now() / 1000) - hub.config.SYNC_LOOKBACK_DAYS * 86_400;
  const a = await pollKind(hub, shop, 'cancellation_watermark', rows[0].cancellation_watermark, lookback);
  const b = await pollKind(hub, shop, 'return_watermark', rows[0].return_watermark, lookback);
  await hub.pool.query('update app.after_sale_sync set last_poll_ok_at = now() where shop_id = $1', [shopDbId]);
  return { seen: a.seen + b.seen, changed: a.changed + b.changed };
}

async function pollKind(
  hub: Hub,
  shop: SyncShop,
  column: 'cancellation_watermark' | 'return_watermark',
  watermark: Date | null,
  lookback: number,
): Promise<{ seen: number; changed: number }> {
  const since = Math.max(0, watermark ? Math.floor(watermark.getTime() / 1000) - POLL_OVERLAP_SECONDS : lookback);
  const query = { page_size: CASE_PAGE_SIZE, sort_field: 'update_time', sort_order: 'ASC' } as const;
  const pages =
    column === 'cancellation_watermark'
      ? mapPages(hub.tiktok.returnRefund.searchCancellationsPages(shop, { update_time_ge: since }, query), (p) => (p.cancellations ?? []).map(afterSaleFromCancellation))
      : mapPages(hub.tiktok.returnRefund.searchReturnsPages(shop, { update_time_ge: since }, query), (p) => (p.return_orders ?? []).map(afterSaleFromReturn));
  let highest = watermark?.getTime() ?? 0;
  let seen = 0;
  let changed = 0;
  for await (const records of pages) {
    seen += records.length;
    const cases = await withTransaction(hub.pool, async (tx) => {
      const result = await upsertAfterSales(tx, shop.dbId, records, 'POLL');
      for (const r of records) highest = Math.max(highest, r.tiktokUpdatedAt.getTime());
      await tx.query(`update app.after_sale_sync set ${column} = $2 where shop_id = $1`, [shop.dbId, new Date(highest)]);
      return result;
    });
    changed += cases.length;
    for (const c of cases) if (c.kind === 'RETURN') await refreshRecords(hub, shop, c.id, c.tiktokId);
  }
  // Cases that came before their orders are linked now that the order backfill/poll may have caught up.
  await withTransaction(hub.pool, async (tx) => {
    const { rows } = await tx.query(
      `select distinct a.id from app.after_sale a join app.after_sale_line l on l.after_sale_id = a.id
       where a.shop_id = $1 and (a.order_id is null or l.order_line_id is null)`,
      [shop.dbId],
    );
    await linkLines(tx, rows.map((r) => r.id));
  });
  return { seen, changed };
}

async function* mapPages<P>(pages: AsyncIterable<P>, map: (page: P) => AfterSaleRecord[]): AsyncIterable<AfterSaleRecord[]> {
  for await (const page of pages) yield map(page);
}
