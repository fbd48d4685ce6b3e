import type { Hub } from '../hub.js';
import { loadShop } from '../sync/shop-ref.js';
import { isTikTokError } from '../tiktok/index.js';
import type { PriceDetailJson } from './order.entity.js';

/**
 * TikTok's tax breakdown of an order (Get Price Detail). It costs one API call per order, which the
 * 50-QPS budget cannot spend on every synced order, so it is fetched when someone asks for it and kept
 * until the order changes at TikTok.
 */
export async function priceDetail(hub: Hub, orderId: number): Promise<PriceDetailJson | null> {
  const { rows } = await hub.pool.query(
    `select shop_id, tiktok_order_id, price_detail, (price_detail_for = tiktok_updated_at) as fresh, tiktok_updated_at
     from app.order where id = $1`,
    [orderId],
  );
  const order = rows[0];
  if (!order) return null;
  if (order.fresh) return order.price_detail;
  const shop = await loadShop(hub.pool, order.shop_id);
  if (!shop?.connected) return order.price_detail;
  try {
    const d = await hub.tiktok.orders.getPriceDetail(shop, order.tiktok_order_id);
    const detail: PriceDetailJson = {
      taxAmount: d.tax_amount,
      taxRate: d.tax_rate,
      subtotalTaxAmount: d.subtotal_tax_amount,
      netPriceAmount: d.net_price_amount,
      lines: (d.line_items ?? []).map((l) => ({ tiktokLineItemId: l.id ?? '', taxAmount: l.tax_amount, taxRate: l.tax_rate, netPriceAmount: l.net_price_amount })),
    };
    await hub.pool.query('update app.order set price_detail = $2, price_detail_for = $3 where id = $1', [orderId, JSON.stringify(detail), order.tiktok_updated_at]);
    return detail;
  } catch (e) {
    // Shown as unavailable rather than failing the whole query; the stored figures stay readable.
    hub.log.warn({ err: e, orderId, kind: isTikTokError(e) ? e.kind : undefined }, 'price detail unavailable');
    return order.price_detail;
  }
}
