import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import type { JournalSource } from '../journal/journal.entity.js';
import { upsertOrders, type UpsertResult } from './order-upsert.js';
import { loadShop } from './shop-ref.js';
import { orderFromWire } from './wire-order.js';

/** TikTok's Get Order Detail takes at most 50 ids. */
const DETAIL_BATCH = 50;

/** Re-reads orders from TikTok and stores what changed: what a webhook leads to. */
export async function refreshOrders(hub: Hub, shopDbId: number, tiktokOrderIds: string[], source: JournalSource): Promise<UpsertResult> {
  const total: UpsertResult = { created: 0, updated: 0, unchanged: 0 };
  const shop = await loadShop(hub.pool, shopDbId);
  if (!shop?.connected) return total;
  const ids = [...new Set(tiktokOrderIds)];
  for (let i = 0; i < ids.length; i += DETAIL_BATCH) {
    const data = await hub.tiktok.orders.getDetail(shop, ids.slice(i, i + DETAIL_BATCH));
    const records = (data.orders ?? []).map(orderFromWire);
    const result = await withTransaction(hub.pool, (tx) => upsertOrders(tx, shop.dbId, records, source));
    total.created += result.created;
    total.updated += result.updated;
    total.unchanged += result.unchanged;
  }
  return total;
}
