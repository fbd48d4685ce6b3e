/**
 * When orders may share one parcel (TikTok's in-shipping consolidation, API.md §6.1: same recipient name
 * and address, at most 20 orders per tracking number; the platform also keeps warehouse and delivery
 * option equal) and when a combined package may be taken apart. Pure: reason code or null.
 */
import type { RecipientAddress } from '../orders/order.entity.js';
import type { OrderFacts, PackageFacts } from './facts.js';
import { orderChangeBlocker, type OrderChangeBlocker } from './split-rules.js';

export const MAX_ORDERS_PER_COMBINED_PACKAGE = 20;

export type CombineOrderBlocker = OrderChangeBlocker | 'ALREADY_COMBINED' | 'ORDER_SPLIT';
export type CombineSetError = 'TOO_FEW_ORDERS' | 'TOO_MANY_ORDERS' | 'DIFFERENT_SHOPS' | 'DIFFERENT_BUYERS' | 'DIFFERENT_ADDRESSES' | 'DIFFERENT_SHIPPING';
export type UncombineBlocker = 'NOT_COMBINED' | 'PACKAGE_SHIPPED' | 'CHANGE_PENDING';

/** Same person at the same place, whatever the letter case. */
export function recipientKey(r: RecipientAddress | null): string {
  if (!r) return '';
  return [r.name, r.fullAddress, r.addressDetail, r.addressLine1, r.addressLine2, r.addressLine3, r.addressLine4, r.postalCode, r.regionCode]
    .map((part) => (part ?? '').trim().toLowerCase())
    .join('|');
}

/** Why this order cannot join a combined package, or null. */
export function combineOrderBlocker(order: OrderFacts): CombineOrderBlocker | null {
  const blocker = orderChangeBlocker(order);
  if (blocker) return blocker;
  if (order.packages.some((p) => p.orderIds.length > 1)) return 'ALREADY_COMBINED';
  if (order.packages.length !== 1) return 'ORDER_SPLIT';
  return null;
}

/** Why these orders cannot share one parcel, or null (each order is checked by `combineOrderBlocker`). */
export function combineSetError(orders: OrderFacts[]): CombineSetError | null {
  if (orders.length < 2) return 'TOO_FEW_ORDERS';
  if (orders.length > MAX_ORDERS_PER_COMBINED_PACKAGE) return 'TOO_MANY_ORDERS';
  const [first] = orders as [OrderFacts, ...OrderFacts[]];
  if (orders.some((o) => o.shopId !== first.shopId)) return 'DIFFERENT_SHOPS';
  if (orders.some((o) => o.buyerUserId !== first.buyerUserId)) return 'DIFFERENT_BUYERS';
  const key = recipientKey(first.recipient);
  if (key === '' || orders.some((o) => recipientKey(o.recipient) !== key)) return 'DIFFERENT_ADDRESSES';
  if (orders.some((o) => o.tiktokWarehouseId !== first.tiktokWarehouseId || o.deliveryOptionId !== first.deliveryOptionId)) return 'DIFFERENT_SHIPPING';
  return null;
}

/** Why this package cannot be taken apart now, or null. */
export function uncombineBlocker(pkg: PackageFacts, changePending: boolean): UncombineBlocker | null {
  if (pkg.orderIds.length < 2) return 'NOT_COMBINED';
  if (pkg.status !== 'TO_FULFILL') return 'PACKAGE_SHIPPED';
  // PENDING also while a shipment of it is on its way (the shipping mutations mark it so).
  if (changePending || pkg.syncStatus === 'PENDING') return 'CHANGE_PENDING';
  return null;
}
