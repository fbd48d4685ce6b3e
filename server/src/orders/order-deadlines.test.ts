import { describe, expect, test } from 'vitest';
import { nextDeadline, type Deadlines } from './order-deadlines.js';

const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
const d: Deadlines = {
  rtsSlaAt: at(10),
  shippingDueAt: at(12),
  ttsSlaAt: at(20),
  collectionDueAt: at(18),
  deliverySlaAt: null,
  deliveryDueAt: at(40),
};

describe('nextDeadline', () => {
  test('is the earliest deadline of the current stage', () => {
    expect(nextDeadline('AWAITING_SHIPMENT', d)).toEqual(at(10));
    expect(nextDeadline('ON_HOLD', d)).toEqual(at(10));
    expect(nextDeadline('AWAITING_COLLECTION', d)).toEqual(at(18));
    expect(nextDeadline('IN_TRANSIT', d)).toEqual(at(40));
  });
  test('is none once nothing is owed', () => {
    for (const s of ['UNPAID', 'DELIVERED', 'COMPLETED', 'CANCELLED'] as const) expect(nextDeadline(s, d)).toBeNull();
  });
  test('ignores missing dates', () => {
    expect(nextDeadline('AWAITING_SHIPMENT', { ...d, rtsSlaAt: null })).toEqual(at(12));
    expect(nextDeadline('AWAITING_SHIPMENT', { ...d, rtsSlaAt: null, shippingDueAt: null })).toBeNull();
  });
});
