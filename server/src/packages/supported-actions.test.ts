import { describe, expect, test } from 'vitest';
import type { Actor } from '../platform/actor.js';
import type { OrderFacts as ChangeOrderFacts } from '../split-combine/facts.js';
import { orderActions, packageActionBlock, packageActions, type ChangeFacts, type PackageFacts } from './supported-actions.js';

const packer: Actor = { kind: 'user', userId: 1, role: 'PACKER', sessionId: 1 };
const support: Actor = { kind: 'user', userId: 2, role: 'CUSTOMER_SERVICE', sessionId: 2 };
const partner: Actor = { kind: 'api-token', tokenId: 3, tokenKind: 'THREE_PL', partnerId: 7 };
const tool: Actor = { kind: 'api-token', tokenId: 4, tokenKind: 'SHIPPING_TOOL', partnerId: null };
const now = new Date('2026-01-10T12:00:00Z');

function pkg(overrides: Partial<PackageFacts> = {}, order: Partial<PackageFacts['orders'][number]> = {}): PackageFacts & { id: number } {
  return {
    id: 10,
    status: 'TO_FULFILL',
    shippingType: 'SELLER',
    syncStatus: 'SYNCED',
    trackingNumber: null,
    shippedAt: null,
    units: 2,
    region: 'US',
    trackingUpdates: 0,
    orders: [{ status: 'AWAITING_SHIPMENT', fulfillmentType: 'FULFILLMENT_BY_SELLER', isBuyerRequestCancel: false, afterSaleHold: null, ...order }],
    ...overrides,
  };
}

/** The split/combine view of a package's single order: splittable, not combined. */
function change(over: Partial<ChangeOrderFacts> = {}, tiktokSplit: ChangeFacts['tiktokSplit'] = null): ChangeFacts {
  const order: ChangeOrderFacts = {
    id: 1,
    tiktokOrderId: 'O1',
    shopId: 1,
    shopRegion: 'US',
    status: 'AWAITING_SHIPMENT',
    fulfillmentType: 'FULFILLMENT_BY_SELLER',
    isBuyerRequestCancel: false,
    afterSaleHold: null,
    buyerUserId: 'B1',
    recipient: null,
    tiktokWarehouseId: null,
    deliveryOptionId: null,
    units: [
      { id: 1, tiktokLineItemId: 'L1', skuId: 'S1', cancelled: false, packageId: 10 },
      { id: 2, tiktokLineItemId: 'L2', skuId: 'S2', cancelled: false, packageId: 10 },
    ],
    packages: [{ id: 10, tiktokPackageId: 'P10', status: 'TO_FULFILL', syncStatus: 'SYNCED', version: 1, shopId: 1, orderIds: [1] }],
    changePending: false,
    undoableSplitId: null,
    ...over,
  };
  return { orders: [order], tiktokSplit };
}

const state = (actor: Actor, p: PackageFacts & { id: number }, c: ChangeFacts, action: string) => packageActions(actor, p, c, now).find((a) => a.action === action);

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

  test('an open after-sale case of any kind blocks shipping; only a cancellation blocks re-packing', () => {
    expect(packageActionBlock(pkg({}, { afterSaleHold: 'RETURN' }), 'SHIP')).toBe('AFTER_SALE_OPEN');
    expect(packageActionBlock(pkg({}, { afterSaleHold: 'CANCELLATION' }), 'SHIP')).toBe('AFTER_SALE_OPEN');
    expect(state(packer, pkg(), change({ afterSaleHold: 'CANCELLATION' }), 'SPLIT')).toMatchObject({ allowed: false, reason: 'CANCEL_REQUESTED' });
    expect(state(packer, pkg(), change({ afterSaleHold: 'CANCELLATION' }), 'COMBINE')).toMatchObject({ allowed: false, reason: 'CANCEL_REQUESTED' });
    expect(state(packer, pkg(), change({ afterSaleHold: 'RETURN' }), 'SPLIT')).toMatchObject({ allowed: true });
  });

  test("split, combine, uncombine and undo follow the split/combine rules and TikTok's split verdict", () => {
    expect(state(packer, pkg(), change(), 'SPLIT')).toMatchObject({ allowed: true, reason: null });
    const refused = { code: 'TIKTOK_CANNOT_SPLIT' as const, message: 'TikTok does not allow this split: Order has only one item' };
    expect(state(packer, pkg(), change({}, refused), 'SPLIT')).toEqual({ action: 'SPLIT', allowed: false, reason: 'TIKTOK_CANNOT_SPLIT', message: refused.message });
    const combined = change({ packages: [{ id: 10, tiktokPackageId: 'P10', status: 'TO_FULFILL', syncStatus: 'SYNCED', version: 1, shopId: 1, orderIds: [1, 2] }] });
    expect(state(packer, pkg(), combined, 'SPLIT')?.reason).toBe('ORDER_COMBINED');
    expect(state(packer, pkg(), combined, 'COMBINE')?.reason).toBe('ALREADY_COMBINED');
    expect(state(packer, pkg(), combined, 'UNCOMBINE')).toMatchObject({ allowed: true });
    expect(state(packer, pkg(), change(), 'UNCOMBINE')?.reason).toBe('NOT_COMBINED');
    expect(state(packer, pkg(), change(), 'UNDO_SPLIT')?.reason).toBe('NOT_UNDOABLE');
    const waiting = change({ changePending: true, undoableSplitId: 5 });
    expect(state(packer, pkg(), waiting, 'UNDO_SPLIT')).toMatchObject({ allowed: true });
    expect(state(packer, pkg(), waiting, 'SPLIT')?.reason).toBe('CHANGE_PENDING');
    expect(state(packer, pkg({ syncStatus: 'PENDING' }), change({ packages: [{ ...change().orders[0]!.packages[0]!, syncStatus: 'PENDING' }] }), 'SPLIT')?.reason).toBe('CHANGE_PENDING');
  });

  test('roles: partners ship and correct their seller-shipped packages, shipping tools and support only print', () => {
    const allowed = (actor: Actor, p: PackageFacts & { id: number }) => packageActions(actor, p, change(), now).filter((a) => a.allowed).map((a) => a.action);
    expect(allowed(packer, pkg())).toEqual(['SHIP', 'PRINT_PACKING_SLIP', 'SPLIT', 'COMBINE', 'ASSIGN']);
    expect(allowed(partner, pkg())).toEqual(['SHIP', 'PRINT_PACKING_SLIP']);
    expect(allowed(partner, pkg({ shippingType: 'TIKTOK' }))).toEqual(['PRINT_PACKING_SLIP']);
    expect(allowed(tool, shipped(1))).toEqual(['PRINT_LABEL', 'PRINT_PACKING_SLIP']);
    expect(allowed(support, pkg())).toEqual(['PRINT_PACKING_SLIP']);
    expect(packageActions(partner, pkg(), change(), now).find((a) => a.action === 'SPLIT')).toMatchObject({ allowed: false, reason: 'NOT_PERMITTED' });
  });

  test('an order may do what any of its packages may, else says why', () => {
    const order = { status: 'AWAITING_SHIPMENT', fulfillmentType: 'FULFILLMENT_BY_SELLER', isBuyerRequestCancel: false, afterSaleHold: null };
    const actions = orderActions(packer, order, [packageActions(packer, shipped(1), change(), now), packageActions(packer, pkg(), change(), now)]);
    expect(actions.find((a) => a.action === 'SHIP')).toMatchObject({ allowed: true });
    expect(orderActions(packer, order, []).find((a) => a.action === 'SHIP')).toMatchObject({ allowed: false, reason: 'NO_PACKAGE' });
    expect(orderActions(packer, { ...order, status: 'ON_HOLD' }, []).find((a) => a.action === 'SHIP')?.reason).toBe('ORDER_ON_HOLD');
    expect(orderActions(packer, { ...order, afterSaleHold: 'RETURN' }, []).find((a) => a.action === 'SHIP')?.reason).toBe('AFTER_SALE_OPEN');
    expect(orderActions(support, order, []).find((a) => a.action === 'SHIP')?.reason).toBe('NOT_PERMITTED');
  });
});
