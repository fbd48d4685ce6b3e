/**
 * When an order may be split and whether a requested split is well formed: pure functions over
 * `OrderFacts`, returning a reason code or null, so mutations, `supportedActions` and dry runs agree.
 * TikTok's own answer (Get Order Split Attributes) is asked separately; these rules mirror API.md §6.1.
 */
import type { OrderFacts } from './facts.js';

export type OrderChangeBlocker =
  | 'FULFILLED_BY_TIKTOK'
  | 'ORDER_UNPAID'
  | 'ORDER_ON_HOLD'
  | 'ORDER_CANCELLED'
  | 'ORDER_SHIPPED'
  | 'CANCEL_REQUESTED'
  | 'CHANGE_PENDING';

export type SplitBlocker = OrderChangeBlocker | 'ORDER_COMBINED' | 'SINGLE_UNIT' | 'SINGLE_SKU';

export type SplitPlanError = 'EMPTY_PACKAGE' | 'TOO_FEW_PACKAGES' | 'LINE_NOT_IN_ORDER' | 'LINE_TWICE' | 'LINE_MISSING' | 'SAME_SKU_SPLIT';

/** SEA/LATAM split before shipping by SKU line: all units of a SKU stay together (API.md §6.1). */
const SPLIT_BY_SKU_REGIONS = new Set(['ID', 'MY', 'PH', 'SG', 'TH', 'VN', 'MX', 'BR']);

export function splitsBySku(region: string): boolean {
  return SPLIT_BY_SKU_REGIONS.has(region);
}

/** Why the seller may not re-shape this order's packages now (shared by split and combine), or null. */
export function orderChangeBlocker(order: OrderFacts): OrderChangeBlocker | null {
  if (order.fulfillmentType === 'FULFILLMENT_BY_TIKTOK') return 'FULFILLED_BY_TIKTOK';
  if (order.status === 'CANCELLED') return 'ORDER_CANCELLED';
  if (order.status === 'UNPAID') return 'ORDER_UNPAID';
  if (order.status === 'ON_HOLD') return 'ORDER_ON_HOLD';
  if (order.status !== 'AWAITING_SHIPMENT' || order.packages.some((p) => p.status !== 'TO_FULFILL')) return 'ORDER_SHIPPED';
  // A cancel request (the buyer's, an open cancellation case, or the seller's own cancel on its way) must be
  // answered first; an open return or refund needs a shipped item, so ORDER_SHIPPED already covers it.
  if (order.isBuyerRequestCancel || order.afterSaleHold === 'CANCELLATION') return 'CANCEL_REQUESTED';
  // A shipment pushed by the shipping mutations marks the package PENDING too; re-packing it meanwhile would race it.
  if (order.changePending || order.packages.some((p) => p.syncStatus === 'PENDING')) return 'CHANGE_PENDING';
  return null;
}

/** The units a split places: every unit not cancelled. */
export function openUnits(order: OrderFacts) {
  return order.units.filter((u) => !u.cancelled);
}

/** Why this order cannot be split now, or null. */
export function splitBlocker(order: OrderFacts): SplitBlocker | null {
  const blocker = orderChangeBlocker(order);
  if (blocker) return blocker;
  if (order.packages.some((p) => p.orderIds.length > 1)) return 'ORDER_COMBINED';
  const units = openUnits(order);
  if (units.length < 2) return 'SINGLE_UNIT';
  if (splitsBySku(order.shopRegion) && new Set(units.map((u) => u.skuId)).size < 2) return 'SINGLE_SKU';
  return null;
}

/**
 * Whether `groups` (hub unit ids, one list per package) is a complete new shape of the order: at least two
 * packages, none empty, each open unit in exactly one. Every unit must be placed: a unit left out would
 * stay in TikTok's old package, a parcel the packer never described. Returns the first error with the
 * index of the package (and unit) at fault.
 */
export function splitPlanError(order: OrderFacts, groups: number[][]): { code: SplitPlanError; group?: number; unit?: number } | null {
  if (groups.length < 2) return { code: 'TOO_FEW_PACKAGES' };
  const open = new Map(openUnits(order).map((u) => [u.id, u]));
  const placed = new Map<number, number>();
  for (const [g, group] of groups.entries()) {
    if (group.length === 0) return { code: 'EMPTY_PACKAGE', group: g };
    for (const unit of group) {
      if (!open.has(unit)) return { code: 'LINE_NOT_IN_ORDER', group: g, unit };
      if (placed.has(unit)) return { code: 'LINE_TWICE', group: g, unit };
      placed.set(unit, g);
    }
  }
  for (const unit of open.keys()) if (!placed.has(unit)) return { code: 'LINE_MISSING', unit };
  if (splitsBySku(order.shopRegion)) {
    const skuGroup = new Map<string, number>();
    for (const [unitId, g] of placed) {
      const sku = open.get(unitId)!.skuId;
      if ((skuGroup.get(sku) ?? g) !== g) return { code: 'SAME_SKU_SPLIT', group: g, unit: unitId };
      skuGroup.set(sku, g);
    }
  }
  return null;
}
