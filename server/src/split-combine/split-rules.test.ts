import { describe, expect, test } from 'vitest';
import { combineOrderBlocker, combineSetError, recipientKey, uncombineBlocker } from './combine-rules.js';
import type { OrderFacts, PackageFacts } from './facts.js';
import { splitBlocker, splitPlanError } from './split-rules.js';

function pkg(over: Partial<PackageFacts> = {}): PackageFacts {
  return { id: 10, tiktokPackageId: 'P10', status: 'TO_FULFILL', syncStatus: 'SYNCED', version: 1, shopId: 1, orderIds: [1], ...over };
}

function order(over: Partial<OrderFacts> = {}): OrderFacts {
  return {
    id: 1,
    tiktokOrderId: 'O1',
    shopId: 1,
    shopRegion: 'US',
    status: 'AWAITING_SHIPMENT',
    fulfillmentType: 'FULFILLMENT_BY_SELLER',
    isBuyerRequestCancel: false,
    afterSaleHold: null,
    buyerUserId: 'B1',
    recipient: { name: 'Ada Lovelace', addressLine1: '1 Main St', postalCode: '10001', regionCode: 'US' },
    tiktokWarehouseId: 'W1',
    deliveryOptionId: 'D1',
    units: [
      { id: 1, tiktokLineItemId: 'L1', skuId: 'S1', cancelled: false, packageId: 10 },
      { id: 2, tiktokLineItemId: 'L2', skuId: 'S1', cancelled: false, packageId: 10 },
      { id: 3, tiktokLineItemId: 'L3', skuId: 'S2', cancelled: false, packageId: 10 },
    ],
    packages: [pkg()],
    changePending: false,
    undoableSplitId: null,
    ...over,
  };
}

describe('split rules', () => {
  test('order states that forbid a split', () => {
    expect(splitBlocker(order())).toBeNull();
    expect(splitBlocker(order({ status: 'ON_HOLD' }))).toBe('ORDER_ON_HOLD');
    expect(splitBlocker(order({ status: 'CANCELLED' }))).toBe('ORDER_CANCELLED');
    expect(splitBlocker(order({ status: 'PARTIALLY_SHIPPING' }))).toBe('ORDER_SHIPPED');
    expect(splitBlocker(order({ packages: [pkg({ status: 'PROCESSING' })] }))).toBe('ORDER_SHIPPED');
    expect(splitBlocker(order({ fulfillmentType: 'FULFILLMENT_BY_TIKTOK' }))).toBe('FULFILLED_BY_TIKTOK');
    expect(splitBlocker(order({ isBuyerRequestCancel: true }))).toBe('CANCEL_REQUESTED');
    expect(splitBlocker(order({ changePending: true }))).toBe('CHANGE_PENDING');
    expect(splitBlocker(order({ afterSaleHold: 'CANCELLATION' }))).toBe('CANCEL_REQUESTED');
    expect(splitBlocker(order({ packages: [pkg({ syncStatus: 'PENDING' })] }))).toBe('CHANGE_PENDING');
    expect(splitBlocker(order({ packages: [pkg({ orderIds: [1, 2] })] }))).toBe('ORDER_COMBINED');
    expect(splitBlocker(order({ units: order().units.slice(0, 1) }))).toBe('SINGLE_UNIT');
    expect(splitBlocker(order({ shopRegion: 'MY', units: order().units.slice(0, 2) }))).toBe('SINGLE_SKU');
  });

  test('a plan must place every open unit exactly once in at least two non-empty packages', () => {
    expect(splitPlanError(order(), [[1], [2, 3]])).toBeNull();
    expect(splitPlanError(order(), [[1, 2, 3]])).toEqual({ code: 'TOO_FEW_PACKAGES' });
    expect(splitPlanError(order(), [[1, 2, 3], []])).toEqual({ code: 'EMPTY_PACKAGE', group: 1 });
    expect(splitPlanError(order(), [[1, 2], [2, 3]])).toEqual({ code: 'LINE_TWICE', group: 1, unit: 2 });
    expect(splitPlanError(order(), [[1], [2, 99]])).toEqual({ code: 'LINE_NOT_IN_ORDER', group: 1, unit: 99 });
    expect(splitPlanError(order(), [[1], [2]])).toEqual({ code: 'LINE_MISSING', unit: 3 });
    const withCancelled = order({ units: [...order().units, { id: 4, tiktokLineItemId: 'L4', skuId: 'S3', cancelled: true, packageId: 10 }] });
    expect(splitPlanError(withCancelled, [[1], [2, 3]])).toBeNull();
    expect(splitPlanError(withCancelled, [[1, 4], [2, 3]])).toEqual({ code: 'LINE_NOT_IN_ORDER', group: 0, unit: 4 });
  });

  test('SEA and LATAM keep the units of a SKU together; the US splits freely', () => {
    expect(splitPlanError(order({ shopRegion: 'MY' }), [[1], [2, 3]])).toEqual({ code: 'SAME_SKU_SPLIT', group: 1, unit: 2 });
    expect(splitPlanError(order({ shopRegion: 'MY' }), [[1, 2], [3]])).toBeNull();
  });
});

describe('combine rules', () => {
  const second = (over: Partial<OrderFacts> = {}) => order({ id: 2, tiktokOrderId: 'O2', packages: [pkg({ id: 11, orderIds: [2] })], ...over });

  test('same shop, buyer, recipient, warehouse and delivery option; 2 to 20 orders', () => {
    expect(combineSetError([order(), second()])).toBeNull();
    expect(combineSetError([order()])).toBe('TOO_FEW_ORDERS');
    expect(combineSetError(Array.from({ length: 21 }, (_, i) => second({ id: i + 1 })))).toBe('TOO_MANY_ORDERS');
    expect(combineSetError([order(), second({ shopId: 2 })])).toBe('DIFFERENT_SHOPS');
    expect(combineSetError([order(), second({ buyerUserId: 'B2' })])).toBe('DIFFERENT_BUYERS');
    expect(combineSetError([order(), second({ recipient: { name: 'Ada Lovelace', addressLine1: '2 Main St', postalCode: '10001', regionCode: 'US' } })])).toBe(
      'DIFFERENT_ADDRESSES',
    );
    expect(combineSetError([order(), second({ deliveryOptionId: 'D2' })])).toBe('DIFFERENT_SHIPPING');
  });

  test('the recipient compares without regard to case or surrounding spaces', () => {
    expect(recipientKey({ name: ' ada lovelace', addressLine1: '1 MAIN ST ' })).toBe(recipientKey({ name: 'Ada Lovelace', addressLine1: '1 Main St' }));
  });

  test('only whole, uncombined, unshipped orders join a combination', () => {
    expect(combineOrderBlocker(order())).toBeNull();
    expect(combineOrderBlocker(order({ packages: [pkg(), pkg({ id: 12 })] }))).toBe('ORDER_SPLIT');
    expect(combineOrderBlocker(order({ packages: [pkg({ orderIds: [1, 3] })] }))).toBe('ALREADY_COMBINED');
    expect(combineOrderBlocker(order({ status: 'ON_HOLD' }))).toBe('ORDER_ON_HOLD');
  });

  test('uncombine needs a combined, unshipped package with nothing pending', () => {
    expect(uncombineBlocker(pkg({ orderIds: [1, 2] }), false)).toBeNull();
    expect(uncombineBlocker(pkg(), false)).toBe('NOT_COMBINED');
    expect(uncombineBlocker(pkg({ orderIds: [1, 2], status: 'PROCESSING' }), false)).toBe('PACKAGE_SHIPPED');
    expect(uncombineBlocker(pkg({ orderIds: [1, 2] }), true)).toBe('CHANGE_PENDING');
  });
});
