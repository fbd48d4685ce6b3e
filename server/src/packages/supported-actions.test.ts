import { describe, expect, test } from 'vitest';
import type { Actor } from '../platform/actor.js';
import { orderActions, packageActionBlock, packageActions, type PackageFacts } from './supported-actions.js';

const packer: Actor = { kind: 'user', userId: 1, role: 'PACKER', sessionId: 1 };
const support: Actor = { kind: 'user', userId: 2, role: 'CUSTOMER_SERVICE', sessionId: 2 };
const partner: Actor = { kind: 'api-token', tokenId: 3, tokenKind: 'THREE_PL', partnerId: 7 };
const tool: Actor = { kind: 'api-token', tokenId: 4, tokenKind: 'SHIPPING_TOOL', partnerId: null };
const now = new Date('2026-01-10T12:00:00Z');

function pkg(overrides: Partial<PackageFacts> = {}, order: Partial<PackageFacts['orders'][number]> = {}): PackageFacts {
  return {
    status: 'TO_FULFILL',
    shippingType: 'SELLER',
    syncStatus: 'SYNCED',
    trackingNumber: null,
    shippedAt: null,
    units: 2,
    region: 'US',
    trackingUpdates: 0,
    orders: [{ status: 'AWAITING_SHIPMENT', fulfillmentType: 'FULFILLMENT_BY_SELLER', isBuyerRequestCancel: false, ...order }],
    ...overrides,
  };
}

const shipped = (hoursAgo: number, region = 'US') =>
  pkg({ status: 'PROCESSING', trackingNumber: '9400', shippedAt: new Date(now.getTime() - hoursAgo * 3600_000), region });

describe('supportedActions', () => {
  test('an order TikTok will not let ship says why, cancellation first', () => {
    expect(packageActionBlock(pkg({}, { status: 'ON_HOLD' }), 'SHIP')).toBe('ORDER_ON_HOLD');
    expect(packageActionBlock(pkg({}, { status: 'UNPAID' }), 'SHIP')).toBe('ORDER_UNPAID');
    expect(packageActionBlock(pkg({}, { status: 'CANCELLED', isBuyerRequestCancel: true }), 'SHIP')).toBe('ORDER_CANCELLED');
    expect(packageActionBlock(pkg({}, { isBuyerRequestCancel: true }), 'SHIP')).toBe('AFTER_SALE_OPEN');
    expect(packageActionBlock(pkg({}, { fulfillmentType: 'FULFILLMENT_BY_TIKTOK' }), 'SHIP')).toBe('FULFILLED_BY_TIKTOK');
    expect(packageActionBlock(pkg(), 'SHIP')).toBeNull();
  });

  test('a shipment in flight or done blocks shipping again; a failed one may be retried', () => {
    expect(packageActionBlock(pkg({ syncStatus: 'PENDING', trackingNumber: 'X' }), 'SHIP')).toBe('ALREADY_SHIPPED');
    expect(packageActionBlock(pkg({ syncStatus: 'PENDING', shippingType: 'TIKTOK' }), 'SHIP')).toBe('SYNC_PENDING');
    expect(packageActionBlock(pkg({ syncStatus: 'FAILED' }), 'SHIP')).toBeNull();
    expect(packageActionBlock(pkg({ status: 'COMPLETED' }), 'SHIP')).toBe('DELIVERED');
  });

  test('tracking changes follow TikTok: once, and within 72 hours in the US, UK and SEA only', () => {
    expect(packageActionBlock(shipped(10), 'UPDATE_TRACKING', now)).toBeNull();
    expect(packageActionBlock(shipped(73), 'UPDATE_TRACKING', now)).toBe('TRACKING_UPDATE_WINDOW_CLOSED');
    expect(packageActionBlock(shipped(73, 'GB'), 'UPDATE_TRACKING', now)).toBe('TRACKING_UPDATE_WINDOW_CLOSED');
    expect(packageActionBlock(shipped(73, 'MX'), 'UPDATE_TRACKING', now)).toBeNull();
    expect(packageActionBlock({ ...shipped(1), trackingUpdates: 1 }, 'UPDATE_TRACKING', now)).toBe('TRACKING_UPDATE_LIMIT');
    expect(packageActionBlock(pkg(), 'UPDATE_TRACKING', now)).toBe('NOT_SHIPPED');
    expect(packageActionBlock({ ...shipped(1), shippingType: 'TIKTOK' }, 'UPDATE_TRACKING', now)).toBe('TIKTOK_SHIPPING');
  });

  test("TikTok's label exists from arranging shipment until pickup; ours needs a tracking number", () => {
    const tiktok = (status: string) => pkg({ shippingType: 'TIKTOK', status });
    expect(packageActionBlock(tiktok('TO_FULFILL'), 'PRINT_LABEL')).toBe('NOT_SHIPPED');
    expect(packageActionBlock(tiktok('PROCESSING'), 'PRINT_LABEL')).toBeNull();
    expect(packageActionBlock(tiktok('FULFILLING'), 'PRINT_LABEL')).toBe('ALREADY_COLLECTED');
    expect(packageActionBlock(pkg(), 'PRINT_LABEL')).toBe('NO_TRACKING_NUMBER');
  });

  test('split needs an unshipped package of one order with two units; combine an unshipped one', () => {
    expect(packageActionBlock(pkg({ units: 1 }), 'SPLIT')).toBe('SINGLE_UNIT');
    const combined = pkg();
    combined.orders.push({ ...combined.orders[0]! });
    expect(packageActionBlock(combined, 'SPLIT')).toBe('COMBINED');
    expect(packageActionBlock(combined, 'COMBINE')).toBeNull();
    expect(packageActionBlock(shipped(1), 'COMBINE')).toBe('ALREADY_SHIPPED');
  });

  test('roles: partners ship and correct their seller-shipped packages, shipping tools and support only print', () => {
    const allowed = (actor: Actor, p: PackageFacts) => packageActions(actor, p, now).filter((a) => a.allowed).map((a) => a.action);
    expect(allowed(packer, pkg())).toEqual(['SHIP', 'PRINT_PACKING_SLIP', 'SPLIT', 'COMBINE', 'ASSIGN']);
    expect(allowed(partner, pkg())).toEqual(['SHIP', 'PRINT_PACKING_SLIP']);
    expect(allowed(partner, pkg({ shippingType: 'TIKTOK' }))).toEqual(['PRINT_PACKING_SLIP']);
    expect(allowed(tool, shipped(1))).toEqual(['PRINT_LABEL', 'PRINT_PACKING_SLIP']);
    expect(allowed(support, pkg())).toEqual(['PRINT_PACKING_SLIP']);
    expect(packageActions(partner, pkg(), now).find((a) => a.action === 'SPLIT')).toMatchObject({ allowed: false, reason: 'NOT_PERMITTED' });
  });

  test('an order may do what any of its packages may, else says why', () => {
    const order = { status: 'AWAITING_SHIPMENT', fulfillmentType: 'FULFILLMENT_BY_SELLER', isBuyerRequestCancel: false };
    const actions = orderActions(packer, order, [shipped(1), pkg()], now);
    expect(actions.find((a) => a.action === 'SHIP')).toMatchObject({ allowed: true });
    expect(orderActions(packer, order, [], now).find((a) => a.action === 'SHIP')).toMatchObject({ allowed: false, reason: 'NO_PACKAGE' });
    expect(orderActions(packer, { ...order, status: 'ON_HOLD' }, [], now).find((a) => a.action === 'SHIP')?.reason).toBe('ORDER_ON_HOLD');
  });
});
