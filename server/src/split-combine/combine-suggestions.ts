/**
 * Orders that may share a parcel: the hub groups whole, unshipped orders by shop, buyer, recipient,
 * warehouse and delivery option (at most 20 per group), and each group is matched with TikTok's own
 * proposals (Search Combinable Packages). Only groups TikTok also proposes can be combined.
 */
import type { Hub } from '../hub.js';
import { requireRole, type Actor } from '../platform/actor.js';
import { combineOrderBlocker, MAX_ORDERS_PER_COMBINED_PACKAGE, recipientKey } from './combine-rules.js';
import { loadOrderFacts, type OrderFacts } from './facts.js';
import { connectedShop, isCheckFailure, tiktokCombinableGroups } from './tiktok-checks.js';

export interface CombineSuggestionView {
  shopDbId: number;
  orderDbIds: number[];
  /** TikTok's pre-generated package id when TikTok proposes these orders together; null when it does not. */
  tiktokPackageId: string | null;
}

/** Enough for a packing shift; a bigger backlog shows its oldest candidates first. */
const MAX_CANDIDATES = 2000;

export async function combineSuggestions(hub: Hub, actor: Actor, shopDbId: number | null): Promise<CombineSuggestionView[]> {
  requireRole(actor, 'PACKER');
  const { rows } = await hub.pool.query(
    `select o.id from app.order o join app.shop s on s.id = o.shop_id
     where s.status = 'CONNECTED' and o.status = 'AWAITING_SHIPMENT' and ($1::int is null or o.shop_id = $1)
     order by o.paid_at nulls last, o.id limit ${MAX_CANDIDATES}`,
    [shopDbId],
  );
  const candidates = (await loadOrderFacts(hub.pool, rows.map((r) => r.id))).filter((o) => combineOrderBlocker(o) === null);
  const buckets = new Map<string, OrderFacts[]>();
  for (const o of candidates) {
    const key = [o.shopId, o.buyerUserId, recipientKey(o.recipient), o.tiktokWarehouseId, o.deliveryOptionId].join('#');
    buckets.set(key, [...(buckets.get(key) ?? []), o]);
  }
  const hubGroups: OrderFacts[][] = [];
  for (const orders of buckets.values()) {
    for (let i = 0; i < orders.length; i += MAX_ORDERS_PER_COMBINED_PACKAGE) {
      const chunk = orders.slice(i, i + MAX_ORDERS_PER_COMBINED_PACKAGE);
      if (chunk.length >= 2) hubGroups.push(chunk);
    }
  }
  const tiktokGroups = new Map<number, { id: string; orderIds: string[] }[]>();
  for (const shopId of new Set(hubGroups.map((g) => g[0]!.shopId))) {
    const shop = await connectedShop(hub, shopId);
    const groups = isCheckFailure(shop) ? [] : await tiktokCombinableGroups(hub, shop);
    tiktokGroups.set(shopId, isCheckFailure(groups) ? [] : groups);
  }
  return hubGroups.map((orders) => {
    const proposal = tiktokGroups.get(orders[0]!.shopId)!.find((g) => orders.every((o) => g.orderIds.includes(o.tiktokOrderId)));
    return { shopDbId: orders[0]!.shopId, orderDbIds: orders.map((o) => o.id), tiktokPackageId: proposal?.id ?? null };
  });
}
