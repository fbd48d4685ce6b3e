import type { Hub } from '../hub.js';
import { shopByTiktokId } from '../sync/shop-ref.js';
import type { WebhookEvent } from '../tiktok/index.js';
import { refreshAfterSales } from './after-sale-refresh.js';

/**
 * Webhooks 11 (cancellation) and 12 (return) name a case: re-read those cases from TikTok, one search
 * per shop and kind for the whole batch. The payload's status is never stored (it may be stale).
 */
export async function refreshCasesOfWebhooks(hub: Hub, events: WebhookEvent[]): Promise<void> {
  const byShop = new Map<string, { cancelIds: string[]; returnIds: string[] }>();
  for (const e of events) {
    if (!e.shop_id || (e.topic !== 'CANCELLATION_STATUS_CHANGE' && e.topic !== 'RETURN_STATUS_CHANGE')) continue;
    const ids = byShop.get(e.shop_id) ?? byShop.set(e.shop_id, { cancelIds: [], returnIds: [] }).get(e.shop_id)!;
    if (e.topic === 'CANCELLATION_STATUS_CHANGE' && e.data.cancel_id) ids.cancelIds.push(e.data.cancel_id);
    if (e.topic === 'RETURN_STATUS_CHANGE' && e.data.return_id) ids.returnIds.push(e.data.return_id);
  }
  for (const [tiktokShopId, ids] of byShop) {
    const shop = await shopByTiktokId(hub.pool, tiktokShopId);
    if (shop) await refreshAfterSales(hub, shop.dbId, ids, 'WEBHOOK');
  }
}
