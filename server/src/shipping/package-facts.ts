import { afterSaleHolds } from '../aftersales/open-after-sale.js';
import type { Pool, Tx } from '../db/pool.js';
import type { PackageFacts } from '../packages/supported-actions.js';

/** A package as the shipping rules and pushes see it: its state, its orders, and what is still in flight. */
export interface ShippingPackage extends PackageFacts {
  id: number;
  shopId: number;
  shopConnected: boolean;
  tiktokPackageId: string | null;
  version: number;
  partnerId: number | null;
  carrierId: number | null;
  tiktokShippingProviderId: string | null;
  shippingProviderName: string | null;
  orderRows: { id: number; tiktokOrderId: string; deliveryOptionId: string | null }[];
  /** TikTok line item ids per TikTok order id. */
  lineIds: Map<string, string[]>;
}

/**
 * Loads packages with everything the rules need, in four statements. With `partnerId`, packages of
 * other partners are left out, exactly like missing ones.
 */
export async function loadShippingPackages(db: Pool | Tx, ids: readonly number[], partnerId: number | null = null): Promise<Map<number, ShippingPackage>> {
  const out = new Map<number, ShippingPackage>();
  if (!ids.length) return out;
  const { rows } = await db.query(
    `select p.id, p.shop_id, s.region, s.status as shop_status, p.tiktok_package_id, p.status, p.shipping_type, p.sync_status, p.tracking_number,
       p.shipped_at, p.version, p.partner_id, p.carrier_id, p.tiktok_shipping_provider_id, p.shipping_provider_name,
       (select count(*)::int from app.shipping_push sp where sp.package_id = p.id and sp.kind = 'TRACKING_UPDATE' and sp.status = 'SYNCED') as tracking_updates
     from app.package p join app.shop s on s.id = p.shop_id
     where p.id = any($1::int[]) and ($2::int is null or p.partner_id = $2)`,
    [ids, partnerId],
  );
  for (const r of rows) {
    out.set(r.id, {
      id: r.id,
      shopId: r.shop_id,
      shopConnected: r.shop_status === 'CONNECTED',
      region: r.region,
      tiktokPackageId: r.tiktok_package_id,
      status: r.status,
      shippingType: r.shipping_type,
      syncStatus: r.sync_status,
      trackingNumber: r.tracking_number,
      shippedAt: r.shipped_at ? new Date(r.shipped_at) : null,
      version: r.version,
      partnerId: r.partner_id,
      carrierId: r.carrier_id,
      tiktokShippingProviderId: r.tiktok_shipping_provider_id,
      shippingProviderName: r.shipping_provider_name,
      trackingUpdates: r.tracking_updates,
      units: 0,
      orders: [],
      orderRows: [],
      lineIds: new Map(),
    });
  }
  if (!out.size) return out;
  const lines = await db.query(
    `select l.package_id, l.tiktok_line_item_id, l.display_status, o.id as order_id, o.tiktok_order_id, o.status, o.fulfillment_type,
       o.is_buyer_request_cancel, o.delivery_option_id
     from app.order_line l join app.order o on o.id = l.order_id where l.package_id = any($1::int[]) order by o.id, l.position`,
    [[...out.keys()]],
  );
  const holds = await afterSaleHolds(db, [...new Set(lines.rows.map((l) => l.order_id as number))]);
  for (const l of lines.rows) {
    const p = out.get(l.package_id)!;
    if (!p.orderRows.some((o) => o.id === l.order_id)) {
      p.orderRows.push({ id: l.order_id, tiktokOrderId: l.tiktok_order_id, deliveryOptionId: l.delivery_option_id });
      p.orders.push({ status: l.status, fulfillmentType: l.fulfillment_type, isBuyerRequestCancel: l.is_buyer_request_cancel, afterSaleHold: holds.get(l.order_id) ?? null });
    }
    // A cancelled unit is not shipped (TikTok drops it from the parcel), but its order still counts.
    if (l.display_status === 'CANCELLED') continue;
    p.units += 1;
    const list = p.lineIds.get(l.tiktok_order_id) ?? [];
    list.push(l.tiktok_line_item_id);
    p.lineIds.set(l.tiktok_order_id, list);
  }
  return out;
}
