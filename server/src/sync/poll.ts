import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { upsertOrders } from './order-upsert.js';
import { loadShop } from './shop-ref.js';
import { orderFromWire } from './wire-order.js';

/** Each poll re-reads this much before the watermark: TikTok's update_time can land slightly out of order. */
export const POLL_OVERLAP_SECONDS = 300;

/**
 * Reconciliation: every order TikTok changed since the watermark (minus an overlap), oldest change
 * first. Lost, duplicated or reordered webhooks change nothing: this reads the truth.
 */
export async function pollShop(hub: Hub, shopDbId: number): Promise<{ seen: number; changed: number }> {
  const shop = await loadShop(hub.pool, shopDbId);
  if (!shop?.connected) return { seen: 0, changed: 0 };
  const { rows } = await hub.pool.query(
    `insert into app.shop_sync (shop_id) values ($1) on conflict (shop_id) do update set last_poll_at = now()
     returning watermark, backfill_until`,
    [shopDbId],
  );
  const watermark: Date | null = rows[0].watermark ?? rows[0].backfill_until;
  const since = watermark ? Math.floor(watermark.getTime() / 1000) - POLL_OVERLAP_SECONDS : Math.floor(Date.now() / 1000) - 86_400;
  let highest = watermark?.getTime() ?? 0;
  let seen = 0;
  let changed = 0;
  for await (const page of hub.tiktok.orders.searchPages(
    shop,
    { update_time_ge: Math.max(since, 0) },
    { page_size: 100, sort_field: 'update_time', sort_order: 'ASC' },
  )) {
    const records = (page.orders ?? []).map(orderFromWire);
    seen += records.length;
    const result = await withTransaction(hub.pool, async (tx) => {
      const r = await upsertOrders(tx, shopDbId, records, 'POLL');
      for (const rec of records) highest = Math.max(highest, rec.tiktokUpdatedAt.getTime());
      // The watermark moves with each committed page, so a crash resumes close to where it stopped.
      await tx.query('update app.shop_sync set watermark = $2 where shop_id = $1', [shopDbId, new Date(highest)]);
      return r;
    });
    changed += result.created + result.updated;
  }
  await hub.pool.query(
    `update app.shop_sync set last_poll_ok_at = now(), consecutive_failures = 0, last_error = null,
       watermark = greatest(coalesce(watermark, $2), $2) where shop_id = $1`,
    [shopDbId, new Date(highest || Date.now() - 86_400_000)],
  );
  return { seen, changed };
}
