import type { OrderStatus } from './order.enums.js';

export interface Deadlines {
  rtsSlaAt: Date | null;
  ttsSlaAt: Date | null;
  shippingDueAt: Date | null;
  collectionDueAt: Date | null;
  deliveryDueAt: Date | null;
  deliverySlaAt: Date | null;
}

/**
 * The deadline that governs the order's current status: ship-by while it waits to ship, collect-by
 * while it waits for the carrier, deliver-by in transit. It may be in the past: that order is late,
 * and sorting by it puts late orders first.
 */
export function nextDeadline(status: OrderStatus, d: Deadlines): Date | null {
  const earliest = (...dates: (Date | null)[]) =>
    dates.filter((x): x is Date => x !== null).reduce<Date | null>((a, b) => (a === null || b < a ? b : a), null);
  switch (status) {
    case 'ON_HOLD':
    case 'AWAITING_SHIPMENT':
    case 'PARTIALLY_SHIPPING':
      return earliest(d.rtsSlaAt, d.shippingDueAt);
    case 'AWAITING_COLLECTION':
      return earliest(d.ttsSlaAt, d.collectionDueAt);
    case 'IN_TRANSIT':
      return earliest(d.deliverySlaAt, d.deliveryDueAt);
    default:
      return null;
  }
}
