import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { appendJournal } from '../journal/journal.js';
import type { WebhookEvent } from '../tiktok/index.js';
import { refreshOrders } from './order-refresh.js';
import { shopByTiktokId } from './shop-ref.js';
import { disconnectShop } from '../shops/shop-connection.js';
import { refreshCasesOfWebhooks } from '../aftersales/after-sale-webhooks.js';

/**
 * Acts on a batch of stored deliveries. Webhooks are hints: order events lead to re-reading the orders
 * from TikTok, so a stale or duplicated delivery cannot put old state in place; those of one shop are
 * merged into Get Order Detail calls of up to 50 orders, so a burst costs a few TikTok calls, not one each.
 */
export async function processWebhooks(hub: Hub, eventIds: number[]): Promise<void> {
  const { rows } = await hub.pool.query(
    'select id, payload from app.inbound_event where id = any($1::bigint[]) and processed_at is null order by id',
    [eventIds],
  );
  const ordersByShop = new Map<string, Set<string>>();
  const others: number[] = [];
  for (const r of rows) {
    const ids = orderIdsOf(r.payload as WebhookEvent);
    const shopId = (r.payload as WebhookEvent).shop_id;
    if (ids && shopId) {
      const set = ordersByShop.get(shopId) ?? ordersByShop.set(shopId, new Set()).get(shopId)!;
      for (const id of ids) set.add(id);
    } else others.push(Number(r.id));
  }
  for (const [tiktokShopId, ids] of ordersByShop) {
    const shop = await shopByTiktokId(hub.pool, tiktokShopId);
    if (shop) await refreshOrders(hub, shop.dbId, [...ids], 'WEBHOOK');
  }
  await refreshCasesOfWebhooks(hub, rows.map((r) => r.payload as WebhookEvent));
  const handled = rows.map((r) => Number(r.id)).filter((id) => !others.includes(id));
  await hub.pool.query('update app.inbound_event set processed_at = now(), error = null where id = any($1::bigint[])', [handled]);
  for (const id of others) await processShopEvent(hub, id);
}

function orderIdsOf(event: WebhookEvent): string[] | null {
  switch (event.topic) {
    case 'ORDER_STATUS_CHANGE':
    case 'RECIPIENT_ADDRESS_UPDATE':
    case 'CANCELLATION_STATUS_CHANGE':
    case 'RETURN_STATUS_CHANGE':
      return [event.data.order_id];
    case 'PACKAGE_UPDATE':
      return (event.data.package_list ?? []).flatMap((p) => p.order_id_list ?? []);
    default:
      return null;
  }
}

/**
 * Acts on one stored delivery that names no orders (deauthorization, expiry notice, unknown types).
 * Marked processed once done; a retry of a processed event does nothing.
 */
async function processShopEvent(hub: Hub, eventId: number): Promise<void> {
  const { rows } = await hub.pool.query('select payload, processed_at from app.inbound_event where id = $1', [eventId]);
  if (!rows[0] || rows[0].processed_at) return;
  const event = rows[0].payload as WebhookEvent;
  const shop = event.shop_id ? await shopByTiktokId(hub.pool, event.shop_id) : null;
  if (shop && event.topic === 'SELLER_DEAUTHORIZATION') {
    await disconnectShop(hub, shop.dbId, 'WEBHOOK', event.data.message ?? 'The seller removed the authorization in TikTok Shop.');
  }
  if (shop && event.topic === 'UPCOMING_AUTHORIZATION_EXPIRATION') {
    const expires = event.data.expiration_time ? new Date(event.data.expiration_time * 1000) : null;
    await withTransaction(hub.pool, async (tx) => {
      await tx.query(
        `insert into app.shop_sync (shop_id, reauthorize_by) values ($1, $2)
         on conflict (shop_id) do update set reauthorize_by = excluded.reauthorize_by`,
        [shop.dbId, expires],
      );
      await appendJournal(tx, [
        { shopId: shop.dbId, entityType: 'Shop', entityId: shop.dbId, kind: 'REAUTHORIZATION_NEEDED', source: 'WEBHOOK', data: { expiresAt: expires?.toISOString() ?? null } },
      ]);
    });
  }
  await hub.pool.query('update app.inbound_event set processed_at = now(), error = null where id = $1', [eventId]);
}
